"""The alert tables (migration 0005): what each channel watches, each channel's cursor into the
corpus (`corpus_documents.seq`) with the lease of the process posting its next batch, and which
documents each channel's alerts have covered."""

from __future__ import annotations

from sqlalchemy import Boolean, Column, Integer, String, Table, Text, UniqueConstraint

from bot.briefing.store import UTCDateTime, metadata

watches = Table(
    "alert_watches", metadata,
    Column("id", Integer, primary_key=True),
    Column("team_id", String(32), nullable=False),
    Column("channel_id", String(32), nullable=False),
    Column("kind", String(16), nullable=False),  # speaker | topic | words
    Column("key", String(200), nullable=False),  # speaker id, topic key, or the words
    Column("label", Text, nullable=False),  # as shown: the speaker's name, the topic's title
    Column("created_by", String(32), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
    UniqueConstraint("channel_id", "kind", "key", name="uq_alert_watches_channel_kind_key"),
)

channels = Table(
    "alert_channels", metadata,
    Column("channel_id", String(32), primary_key=True),
    Column("team_id", String(32), nullable=False),
    Column("cursor_seq", Integer, nullable=False),  # documents up to here have been alerted on
    Column("status", String(16), nullable=False),  # active | paused (the bot cannot post there)
    Column("owner", String(128)),
    Column("lease_expires", UTCDateTime),
    Column("unsure", Boolean, nullable=False),  # a post may have gone through: look before posting again
    Column("last_posted_at", UTCDateTime),
    Column("error", Text),
)

seen = Table(  # the documents a channel's alerts have covered, so one committed late is still covered once
    "alert_seen", metadata,
    Column("channel_id", String(32), primary_key=True),
    Column("doc_id", String(64), primary_key=True),
    Column("seen_at", UTCDateTime, nullable=False),
)
