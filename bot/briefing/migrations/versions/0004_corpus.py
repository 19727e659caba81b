"""The live corpus: documents added while the bot runs (with their claims), the URLs each is
known at, and the feeds polled for new ones, with each feed item taken by one process only.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01

Written by hand, frozen, like the ones before.
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "corpus_documents",
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("doc_id", sa.String(64), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("outlet", sa.Text, nullable=False),
        sa.Column("author", sa.Text, nullable=False),
        sa.Column("published", sa.String(10), nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("fingerprint", sa.BigInteger, nullable=False),
        sa.Column("claims", sa.Text, nullable=False),
        sa.Column("speakers", sa.Text, nullable=False),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("added_by", sa.String(128), nullable=False),
        sa.Column("added_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("seq", name="pk_corpus_documents"),
        sa.UniqueConstraint("doc_id", name="uq_corpus_documents_doc_id"),
    )
    op.create_table(
        "corpus_urls",
        sa.Column("url", sa.String(2048), nullable=False),
        sa.Column("doc_id", sa.String(64), nullable=False),
        sa.Column("added_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("url", name="pk_corpus_urls"),
    )
    op.create_index("ix_corpus_urls_doc_id", "corpus_urls", ["doc_id"])
    op.create_table(
        "feed_state",
        sa.Column("url", sa.String(2048), nullable=False),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("owner", sa.String(128)),
        sa.Column("lease_expires", sa.DateTime),
        sa.Column("next_poll", sa.DateTime, nullable=False),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("error", sa.Text),
        sa.PrimaryKeyConstraint("url", name="pk_feed_state"),
    )
    op.create_table(
        "feed_items",
        sa.Column("feed_url", sa.String(2048), nullable=False),
        sa.Column("item_key", sa.String(2048), nullable=False),
        sa.Column("link", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("owner", sa.String(128), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        sa.Column("next_try", sa.DateTime, nullable=False),
        sa.Column("doc_id", sa.String(64)),
        sa.Column("error", sa.Text),
        sa.Column("taken_at", sa.DateTime, nullable=False),
        sa.PrimaryKeyConstraint("feed_url", "item_key", name="pk_feed_items"),
    )


def downgrade() -> None:
    op.drop_table("feed_items")
    op.drop_table("feed_state")
    op.drop_index("ix_corpus_urls_doc_id", table_name="corpus_urls")
    op.drop_table("corpus_urls")
    op.drop_table("corpus_documents")
