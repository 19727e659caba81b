"""What every replica must remember together, in the database they share: the event ids already
answered (a Slack retry that a load balancer sends to another replica is answered once) and the
request signatures already accepted (a replayed request is refused by every replica, not only by
the one that saw it first).

One row per key (its primary key decides, as the briefing runs' unique key does); expired rows
are deleted now and then. Slack retries within minutes, so an hour is ample for events; a
signature is remembered for as long as its timestamp could still verify.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import delete, insert
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError

from bot.briefing.store import events_seen, signatures_seen


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


class SharedSignatures:
    def __init__(self, engine: Engine, prune_every: int = 500) -> None:
        self.engine = engine
        self.prune_every = prune_every
        self._inserts = 0

    def first_time(self, signature: str, expires_at: datetime, now: datetime | None = None) -> bool:
        """True for the first replica to accept `signature`, False for every later sight of it."""
        now = now or datetime.now(UTC)
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(signatures_seen).values(signature=signature[:80], expires_at=expires_at))
        except IntegrityError:
            return False
        self._inserts += 1
        if self._inserts % self.prune_every == 0:
            with self.engine.begin() as conn:
                conn.execute(delete(signatures_seen).where(signatures_seen.c.expires_at < now))
        return True
