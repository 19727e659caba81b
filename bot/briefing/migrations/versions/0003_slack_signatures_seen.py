"""Slack request signatures already accepted, shared by every replica, so a replayed request that a
load balancer sends to another replica is refused too.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28

Written by hand, frozen, like 0001 and 0002.
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "slack_signatures_seen",
        sa.Column("signature", sa.String(80), nullable=False),
        sa.Column("expires_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("signature", name="pk_slack_signatures_seen"),
    )
    op.create_index("ix_slack_signatures_seen_expires_at", "slack_signatures_seen", ["expires_at"])


def downgrade() -> None:
    op.drop_index("ix_slack_signatures_seen_expires_at", table_name="slack_signatures_seen")
    op.drop_table("slack_signatures_seen")
