"""All log wording for alerts, as small functions, so lines stay consistent and greppable.

A line names the channel and the batch (the cursor it starts after), never a token, a message's
text or a document's: what a document says is not for the logs.
"""

from __future__ import annotations

from bot.alerts.store import Batch


def _batch(batch: Batch) -> str:
    return f"alert {batch.channel_id} after document {batch.from_seq}"


def not_posted(batch: Batch, reason: str) -> str:
    return f"{_batch(batch)} not posted: {reason}"


def unrenderable(batch: Batch, which: str, reason: str) -> str:
    return f"{_batch(batch)}: the {which} message cannot be sent ({reason})"


def given_up(batch: Batch, claims: int) -> str:
    return f"{_batch(batch)}: no message could be sent; its {claims} claims are skipped so the channel moves on"


def crashed(batch: Batch) -> str:
    return f"{_batch(batch)}: delivery raised; the batch is skipped so it is neither retried forever nor posted twice"


def batch_failed(channel_id: str) -> str:
    return f"alert {channel_id}: the batch failed; its lease expires and a later tick takes it again"


def tick_failed() -> str:
    return "alert tick failed; trying again on the next tick"


def posted(batch: Batch, which: str, claims: int, documents: int) -> str:
    return f"{_batch(batch)}: {which} message posted, {claims} claims from {documents} documents"
