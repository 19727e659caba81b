"""Briefing subscriptions, run claims with leases, delivery log.

Revision ID: 0001
Revises:
Create Date: 2025-01-01

Written by hand, frozen: it does not import the current table definitions, so later changes to
`store.py` cannot change what this step did on an existing deployment.
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "briefing_subscriptions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("team_id", sa.String(32), nullable=False),
        sa.Column("channel_id", sa.String(32), nullable=False),
        sa.Column("local_time", sa.String(5), nullable=False),
        sa.Column("timezone", sa.String(64), nullable=False),
        sa.Column("subscriber_id", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("paused_reason", sa.Text),
        sa.Column("starts_at", sa.DateTime, nullable=False),
        sa.Column("created_at", sa.DateTime, nullable=False),
        sa.Column("updated_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_briefing_subscriptions"),
        sa.UniqueConstraint("channel_id", name="uq_briefing_subscriptions_channel_id"),
    )
    op.create_table(
        "briefing_runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("channel_id", sa.String(32), nullable=False),
        sa.Column("local_date", sa.Date, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("owner", sa.String(128), nullable=False),
        sa.Column("lease_expires", sa.DateTime, nullable=False),
        sa.Column("rounds", sa.Integer, nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("message_ts", sa.String(32)),
        sa.Column("error", sa.Text),
        sa.Column("claimed_at", sa.DateTime, nullable=False),
        sa.Column("finished_at", sa.DateTime),
        sa.PrimaryKeyConstraint("id", name="pk_briefing_runs"),
        sa.UniqueConstraint("channel_id", "local_date", name="uq_briefing_runs_channel_date"),
    )
    op.create_table(
        "briefing_delivery_log",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("channel_id", sa.String(32), nullable=False),
        sa.Column("local_date", sa.Date, nullable=False),
        sa.Column("attempt", sa.Integer, nullable=False),
        sa.Column("owner", sa.String(128), nullable=False),
        sa.Column("outcome", sa.String(32), nullable=False),
        sa.Column("message_ts", sa.String(32)),
        sa.Column("error", sa.Text),
        sa.Column("at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_briefing_delivery_log"),
    )
    op.create_index("ix_briefing_delivery_log_channel_date", "briefing_delivery_log",
                    ["channel_id", "local_date"])


def downgrade() -> None:
    op.drop_table("briefing_delivery_log")
    op.drop_table("briefing_runs")
    op.drop_table("briefing_subscriptions")
