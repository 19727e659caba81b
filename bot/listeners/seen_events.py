"""What every replica must remember together, in the database they share: the event ids already
answered (a Slack retry that a load balancer sends to another replica is answered once), the
buttons already pressed, and the request signatures already accepted (a replayed request is
refused by every replica, not only by the one that saw it first).

One row per key (its primary key decides, as the briefing runs' unique key does); expired rows
are deleted now and then. Slack retries within minutes, so an hour is ample for events; a
signature is remembered for as long as its timestamp could still verify.

Every signed request asks "first time anywhere?", so the question is on the acknowledgement's
path. Asked one transaction per request, it queued requests behind the database's write lock and
filled the thread pool that answering uses too (at 200 requests a second on SQLite, seconds per
acknowledgement). So the requests that arrive while one transaction is in flight are asked
together in the next (`GroupedMemory`: group commit, one `INSERT ... ON CONFLICT DO NOTHING
RETURNING` for all of them), on a thread of its own; the event loop only awaits the answer.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import Column, Table, delete
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Engine

from bot.briefing.store import events_seen, signatures_seen

log = logging.getLogger(__name__)
MAX_GROUP = 1000  # keys asked in one transaction


@dataclass
class SharedKeys:
    """One table of keys, each recorded once by whichever replica gets there first."""

    engine: Engine
    table: Table
    key: Column
    expiry: Column  # when the row may be deleted (or when it was seen, for `ttl`)
    ttl: timedelta = timedelta(0)  # rows expire `ttl` after the time recorded
    prune_every: int = 500
    _inserts: int = 0

    def first_times(self, keys: Sequence[tuple[str, datetime]], now: datetime | None = None) -> set[str]:
        """The keys this call recorded first: all but those some replica (or an earlier call)
        already had. One transaction whatever their number."""
        now = now or datetime.now(UTC)
        rows = {key[:self.key.type.length]: when for key, when in keys}
        if not rows:
            return set()
        dialect = postgresql if self.engine.dialect.name == "postgresql" else sqlite
        stmt = (dialect.insert(self.table).on_conflict_do_nothing(index_elements=[self.key])
                .returning(self.key))
        with self.engine.begin() as conn:
            new = set(conn.execute(stmt, [{self.key.name: k, self.expiry.name: w} for k, w in rows.items()]).scalars())
            self._inserts += len(new)
            if self._inserts >= self.prune_every:
                self._inserts = 0
                conn.execute(delete(self.table).where(self.expiry < now - self.ttl))
        return {key for key, _ in keys if key[:self.key.type.length] in new}


def shared_events(engine: Engine) -> SharedKeys:
    """Event ids and button presses, kept an hour after they were seen."""
    return SharedKeys(engine, events_seen, events_seen.c.event_id, events_seen.c.seen_at, ttl=timedelta(hours=1))


def shared_signatures(engine: Engine) -> SharedKeys:
    """Signatures, kept until their timestamp can no longer verify."""
    return SharedKeys(engine, signatures_seen, signatures_seen.c.signature, signatures_seen.c.expires_at)


@dataclass
class GroupedMemory:
    """`first_time` for many concurrent requests, asked of `SharedKeys` in one transaction per group
    on one thread of its own (never the default pool, which answering uses)."""

    store: SharedKeys
    _waiting: list[tuple[str, datetime, asyncio.Future[bool]]] = field(default_factory=list)
    _flusher: asyncio.Task | None = None
    _thread: ThreadPoolExecutor = field(default_factory=lambda: ThreadPoolExecutor(1, "shared-memory"))

    async def first_time(self, key: str, when: datetime | None = None) -> bool:
        """True unless some replica recorded `key` already. Raises what the database raised, for
        the caller to fall back on its own process's memory."""
        future: asyncio.Future[bool] = asyncio.get_running_loop().create_future()
        self._waiting.append((key, when or datetime.now(UTC), future))
        if self._flusher is None or self._flusher.done():
            self._flusher = asyncio.create_task(self._flush())
        return await future

    async def _flush(self) -> None:
        loop = asyncio.get_running_loop()
        while self._waiting:
            group, self._waiting = self._waiting[:MAX_GROUP], self._waiting[MAX_GROUP:]
            try:
                new = await loop.run_in_executor(self._thread, self.store.first_times,
                                                 [(key, when) for key, when, _ in group])
            except Exception as exc:  # noqa: BLE001 - every waiter gets it and decides
                for _, _, future in group:
                    if not future.done():
                        future.set_exception(exc)
                continue
            answered: set[str] = set()
            for key, _, future in group:  # the same key twice in one group: only the first is new
                if not future.done():
                    future.set_result(key in new and key not in answered)
                answered.add(key)
