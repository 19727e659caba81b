"""Slack event ids already answered, shared by every replica.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

Written by hand, frozen, like 0001.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "slack_events_seen",
        sa.Column("event_id", sa.String(64), nullable=False),
        sa.Column("seen_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("event_id", name="pk_slack_events_seen"),
    )
    op.create_index("ix_slack_events_seen_seen_at", "slack_events_seen", ["seen_at"])


def downgrade() -> None:
    op.drop_index("ix_slack_events_seen_seen_at", table_name="slack_events_seen")
    op.drop_table("slack_events_seen")
