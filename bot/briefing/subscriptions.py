"""Subscriptions: one row per channel. Synchronous SQLAlchemy; async callers use `asyncio.to_thread`.

Subscribing an already subscribed channel updates its time and zone and resumes it if paused;
the schedule then counts from that moment (`starts_at`), so a change never fires a run that
was due earlier in the day, and the per-day run claim still prevents a second briefing today.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from bot.briefing.model import ACTIVE, PAUSED, Subscription
from bot.briefing.schedule import parse_hhmm
from bot.briefing.store import subscriptions as table


@dataclass(frozen=True)
class Subscribed:
    subscription: Subscription
    change: str  # "created" | "updated" | "resumed" | "unchanged"
    previous: Subscription | None


def _record(row: Any) -> Subscription:
    return Subscription(team_id=row.team_id, channel_id=row.channel_id, local_time=parse_hhmm(row.local_time),
                        timezone=row.timezone, subscriber_id=row.subscriber_id, status=row.status,
                        paused_reason=row.paused_reason, starts_at=row.starts_at, created_at=row.created_at,
                        updated_at=row.updated_at)


class Subscriptions:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def get(self, channel_id: str) -> Subscription | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(table).where(table.c.channel_id == channel_id)).first()
        return _record(row) if row else None

    def list(self, team_id: str | None = None, *, active_only: bool = False) -> list[Subscription]:
        query = select(table).order_by(table.c.team_id, table.c.channel_id)
        if team_id is not None:
            query = query.where(table.c.team_id == team_id)
        if active_only:
            query = query.where(table.c.status == ACTIVE)
        with self.engine.connect() as conn:
            return [_record(r) for r in conn.execute(query)]

    def subscribe(self, *, team_id: str, channel_id: str, local_time: str, timezone: str, subscriber_id: str,
                  now: datetime) -> Subscribed:
        """Create or update the channel's subscription (insert, and on a race, update)."""
        previous = self.get(channel_id)
        values = dict(team_id=team_id, local_time=local_time, timezone=timezone, subscriber_id=subscriber_id,
                      status=ACTIVE, paused_reason=None, updated_at=now)
        if previous is None:
            try:
                with self.engine.begin() as conn:
                    conn.execute(insert(table).values(channel_id=channel_id, starts_at=now, created_at=now,
                                                      **values))
                return Subscribed(self.get(channel_id), "created", None)  # type: ignore[arg-type]
            except IntegrityError:  # another process subscribed it meanwhile: update that row
                previous = self.get(channel_id)
        unchanged = (previous and previous.active and previous.time_text == local_time
                     and previous.timezone == timezone)
        if unchanged:
            return Subscribed(previous, "unchanged", previous)  # type: ignore[arg-type]
        with self.engine.begin() as conn:
            conn.execute(update(table).where(table.c.channel_id == channel_id)
                         .values(starts_at=now, **values))
        change = "resumed" if previous and not previous.active else "updated"
        return Subscribed(self.get(channel_id), change, previous)  # type: ignore[arg-type]

    def unsubscribe(self, channel_id: str) -> Subscription | None:
        """Remove the channel's subscription; returns what was removed. The delivery log stays."""
        previous = self.get(channel_id)
        if previous:
            with self.engine.begin() as conn:
                conn.execute(delete(table).where(table.c.channel_id == channel_id))
        return previous

    def pause(self, channel_id: str, reason: str, now: datetime) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(table).where(table.c.channel_id == channel_id)
                         .values(status=PAUSED, paused_reason=reason, updated_at=now))
