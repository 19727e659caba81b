"""Event ids remembered in the database every replica shares, so a Slack retry that a load
balancer sends to another replica is still answered once.

One row per event id (its primary key decides, as the briefing runs' unique key does); rows older
than the retry window are deleted now and then. Slack retries within minutes, so an hour is ample.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, insert
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from bot.briefing.store import events_seen


class SharedSeenEvents:
    def __init__(self, engine: Engine, ttl: timedelta = timedelta(hours=1), prune_every: int = 500) -> None:
        self.engine = engine
        self.ttl = ttl
        self.prune_every = prune_every
        self._inserts = 0

    def first_time(self, event_id: str, now: datetime | None = None) -> bool:
        """True for the first replica to record `event_id`, False for every later one."""
        now = now or datetime.now(UTC)
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(events_seen).values(event_id=event_id[:64], seen_at=now))
        except IntegrityError:
            return False
        self._inserts += 1
        if self._inserts % self.prune_every == 0:
            with self.engine.begin() as conn:
                conn.execute(delete(events_seen).where(events_seen.c.seen_at < now - self.ttl))
        return True
