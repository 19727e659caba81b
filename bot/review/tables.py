"""The review tables (migration 0006).

`review_decisions` holds each claim's standing decision and its `version`, which an editor's
action must name: two editors deciding one claim at once both name the same version, and only
one UPDATE (or INSERT) can match it. `review_log` keeps every decision ever taken (the audit log);
its growing `id` is what replicas poll to know the decisions changed. `review_feedback` holds one
row per (claim, kind, person): repeated feedback counts, never duplicates.
"""

from __future__ import annotations

from sqlalchemy import Column, Integer, String, Table, Text, UniqueConstraint

from bot.briefing.store import UTCDateTime, metadata

decisions = Table(
    "review_decisions", metadata,
    Column("claim_id", String(64), primary_key=True),
    Column("action", String(16), nullable=False),  # approve | reject | edit | merge
    Column("speaker", Text, nullable=False),  # edit: a registry id or a name ("" = unchanged)
    Column("stance", String(16), nullable=False),  # edit ("" = unchanged)
    Column("tags", Text, nullable=False),  # JSON list
    Column("duplicates", Text, nullable=False),  # JSON list of claim ids folded into this one
    Column("note", Text, nullable=False),
    Column("author", String(128), nullable=False),
    Column("decided_at", UTCDateTime, nullable=False),
    Column("version", Integer, nullable=False),
)

log = Table(
    "review_log", metadata,
    Column("id", Integer, primary_key=True),
    Column("claim_id", String(64), nullable=False),
    Column("action", String(16), nullable=False),
    Column("speaker", Text, nullable=False),
    Column("stance", String(16), nullable=False),
    Column("tags", Text, nullable=False),
    Column("duplicates", Text, nullable=False),
    Column("note", Text, nullable=False),
    Column("author", String(128), nullable=False),
    Column("decided_at", UTCDateTime, nullable=False),
)

speakers = Table(  # speakers an editor created in the Edit modal, with the aliases and affiliation they gave
    "review_speakers", metadata,
    Column("id", String(64), primary_key=True),  # gen-<slug of the name>, as extraction names new speakers
    Column("name", Text, nullable=False),
    Column("aliases", Text, nullable=False),  # JSON list
    Column("affiliation", Text, nullable=False),
    Column("created_by", String(128), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

feedback = Table(
    "review_feedback", metadata,
    Column("id", Integer, primary_key=True),
    Column("claim_id", String(64), nullable=False),
    Column("kind", String(32), nullable=False),  # wrong_speaker | not_a_claim | wrong_stance | duplicate | other
    Column("user_id", String(32), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    UniqueConstraint("claim_id", "kind", "user_id", name="uq_review_feedback_claim_id"),
)
