"""Review: editors' decisions (standing and logged), the speakers they create, and everyone's
feedback on claims.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

Written by hand, frozen, like the ones before.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _decision_columns() -> list[sa.Column]:
    return [
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("speaker", sa.Text, nullable=False),
        sa.Column("stance", sa.String(16), nullable=False),
        sa.Column("tags", sa.Text, nullable=False),
        sa.Column("duplicates", sa.Text, nullable=False),
        sa.Column("note", sa.Text, nullable=False),
        sa.Column("author", sa.String(128), nullable=False),
        sa.Column("decided_at", sa.DateTime, nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "review_decisions",
        sa.Column("claim_id", sa.String(64), nullable=False),
        *_decision_columns(),
        sa.Column("version", sa.Integer, nullable=False),
        sa.PrimaryKeyConstraint("claim_id", name="pk_review_decisions"),
    )
    op.create_table(
        "review_log",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("claim_id", sa.String(64), nullable=False),
        *_decision_columns(),
        sa.PrimaryKeyConstraint("id", name="pk_review_log"),
    )
    op.create_table(
        "review_speakers",
        sa.Column("id", sa.String(64), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("aliases", sa.Text, nullable=False),
        sa.Column("affiliation", sa.Text, nullable=False),
        sa.Column("created_by", sa.String(128), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_review_speakers"),
    )
    op.create_table(
        "review_feedback",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("claim_id", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("user_id", sa.String(32), nullable=False),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_review_feedback"),
        sa.UniqueConstraint("claim_id", "kind", "user_id", name="uq_review_feedback_claim_id"),
    )


def downgrade() -> None:
    op.drop_table("review_feedback")
    op.drop_table("review_speakers")
    op.drop_table("review_log")
    op.drop_table("review_decisions")
