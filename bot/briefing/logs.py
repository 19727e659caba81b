"""All log wording for briefings, as small functions, so lines stay consistent and greppable.

Nothing here takes a token or a settings object: secrets cannot reach a log line from this module.
"""

from __future__ import annotations

from bot.briefing.schedule import Slot


def _slot(slot: Slot) -> str:
    return f"briefing {slot.channel_id} {slot.local_date.isoformat()}"


def attempt(slot: Slot, number: int, outcome: str, ts: str | None, error: str | None) -> str:
    extra = f" ts={ts}" if ts else ""
    extra += f" error={error}" if error else ""
    return f"{_slot(slot)} attempt {number}: {outcome}{extra}"


def compose_failed(slot: Slot) -> str:
    return f"{_slot(slot)}: composing the message failed"


def delivery_crashed(slot: Slot) -> str:
    return f"{_slot(slot)}: delivery raised; the run's lease will expire and another round retries it"


def scheduler_started(owner: str, tick: float, database: str) -> str:
    return f"briefing scheduler {owner} started: tick {tick:g}s, database {database}"


def scheduler_stopped(owner: str) -> str:
    return f"briefing scheduler {owner} stopped"


def tick_failed() -> str:
    return "briefing scheduler tick failed; retrying on the next tick"


def database_unavailable(reason: str, retry_in: float) -> str:
    return (f"database unavailable ({reason}); answering lookups from the index, daily briefings wait; "
            f"retrying in {retry_in:g}s")


def database_ready(database: str) -> str:
    return f"database {database} ready: daily briefings enabled"
