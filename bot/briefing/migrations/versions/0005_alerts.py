"""Alerts: what each channel watches, and each channel's cursor into the corpus.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01

Written by hand, frozen, like the ones before.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "alert_watches",
        sa.Column("id", sa.Integer, nullable=False),
        sa.Column("team_id", sa.String(32), nullable=False),
        sa.Column("channel_id", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("created_by", sa.String(32), nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_alert_watches"),
        sa.UniqueConstraint("channel_id", "kind", "key", name="uq_alert_watches_channel_kind_key"),
    )
    op.create_table(
        "alert_channels",
        sa.Column("channel_id", sa.String(32), nullable=False),
        sa.Column("team_id", sa.String(32), nullable=False),
        sa.Column("cursor_seq", sa.Integer, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("owner", sa.String(128)),
        sa.Column("lease_expires", sa.DateTime),
        sa.Column("unsure", sa.Boolean, nullable=False),
        sa.Column("last_posted_at", sa.DateTime),
        sa.Column("error", sa.Text),
        sa.PrimaryKeyConstraint("channel_id", name="pk_alert_channels"),
    )
    op.create_table(
        "alert_seen",
        sa.Column("channel_id", sa.String(32), nullable=False),
        sa.Column("doc_id", sa.String(64), nullable=False),
        sa.Column("seen_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("channel_id", "doc_id", name="pk_alert_seen"),
    )


def downgrade() -> None:
    op.drop_table("alert_seen")
    op.drop_table("alert_channels")
    op.drop_table("alert_watches")
