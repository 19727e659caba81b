"""The corpus tables (created by migration 0004), beside the briefing tables in one schema.

A document row carries everything a replica needs to serve it (metadata, text, the claims
extracted once at add time, the new speakers they introduced), so replicas never re-extract and
one INSERT makes a document visible whole or not at all. `seq` only grows: a replica asks for
rows after the last `seq` it has, which is how an addition reaches every replica.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Column, Index, Integer, PrimaryKeyConstraint, String, Table, Text

from bot.briefing.store import UTCDateTime, metadata

documents = Table(
    "corpus_documents", metadata,
    Column("seq", Integer, primary_key=True, autoincrement=True),
    Column("doc_id", String(64), nullable=False, unique=True),
    Column("title", Text, nullable=False),
    Column("outlet", Text, nullable=False),
    Column("author", Text, nullable=False),
    Column("published", String(10), nullable=False),  # ISO date or ""
    Column("url", Text, nullable=False),  # canonical URL, or "" for a file
    Column("text", Text, nullable=False),
    Column("fingerprint", BigInteger, nullable=False),  # simhash of the text, signed 64-bit
    Column("claims", Text, nullable=False),  # JSON list of exported claims, as extracted
    Column("speakers", Text, nullable=False),  # JSON list of the speakers extraction introduced
    Column("origin", String(16), nullable=False),  # cli | slack | feed
    Column("added_by", String(128), nullable=False),
    Column("added_at", UTCDateTime, nullable=False),
)

urls = Table(  # every URL a document is known at: its own, and those of syndicated copies
    "corpus_urls", metadata,
    Column("url", String(2048), primary_key=True),
    Column("doc_id", String(64), nullable=False),
    Column("added_at", UTCDateTime, nullable=False),
    Index("ix_corpus_urls_doc_id", "doc_id"),
)

feed_state = Table(  # one row per feed: its conditional-request validators and who polls it now
    "feed_state", metadata,
    Column("url", String(2048), primary_key=True),
    Column("etag", Text),
    Column("last_modified", Text),
    Column("owner", String(128)),
    Column("lease_expires", UTCDateTime),
    Column("next_poll", UTCDateTime, nullable=False),
    Column("failures", Integer, nullable=False),
    Column("error", Text),
)

feed_items = Table(  # one row per item ever seen: inserting it is what makes a process its reader
    "feed_items", metadata,
    Column("feed_url", String(2048), nullable=False),
    Column("item_key", String(2048), nullable=False),
    Column("link", Text, nullable=False),
    Column("status", String(16), nullable=False),  # taken | added | duplicate | retry | failed
    Column("owner", String(128), nullable=False),
    Column("attempts", Integer, nullable=False),
    Column("next_try", UTCDateTime, nullable=False),
    Column("doc_id", String(64)),
    Column("error", Text),
    Column("taken_at", UTCDateTime, nullable=False),
    PrimaryKeyConstraint("feed_url", "item_key", name="pk_feed_items"),
)
