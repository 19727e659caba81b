"""Which process polls a feed now, and which process reads each of its items: decided in SQL, so
any number of replicas can poll the same feeds and every new item is fetched once.

A poll is taken with one conditional UPDATE (due, and nobody's lease running); an item with one
INSERT on its (feed, key) primary key. A process that dies holding either loses it when its lease
runs out. A failed item is retried with backoff, then given up; a failed poll backs off too.
Like the briefing runs, this relies only on a unique key and single-statement updates.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, and_, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from bot.corpus.tables import feed_items, feed_state

MAX_ATTEMPTS = 5
LEASE = dt.timedelta(minutes=5)


@dataclass(frozen=True)
class FeedPoll:
    url: str
    etag: str | None
    last_modified: str | None
    failures: int


class FeedLedger:
    def __init__(self, engine: Engine, owner: str) -> None:
        self.engine, self.owner = engine, owner

    def take_poll(self, url: str, now: dt.datetime) -> FeedPoll | None:
        """This process polls `url` now, or None (not due, or another process is polling it)."""
        with self.engine.begin() as conn:
            exists = conn.execute(select(feed_state.c.url).where(feed_state.c.url == url)).first()
        if exists is None:
            try:
                with self.engine.begin() as conn:
                    conn.execute(insert(feed_state).values(url=url, next_poll=now, failures=0))
            except IntegrityError:
                pass  # another process registered it first
        with self.engine.begin() as conn:
            taken = conn.execute(
                update(feed_state)
                .where(feed_state.c.url == url, feed_state.c.next_poll <= now,
                       or_(feed_state.c.lease_expires.is_(None), feed_state.c.lease_expires < now))
                .values(owner=self.owner, lease_expires=now + LEASE)).rowcount
            if taken != 1:
                return None
            row = conn.execute(select(feed_state).where(feed_state.c.url == url)).one()
        return FeedPoll(url, row.etag, row.last_modified, int(row.failures))

    def polled(self, poll: FeedPoll, now: dt.datetime, every: dt.timedelta, etag: str | None = None,
               last_modified: str | None = None, error: str | None = None) -> dt.timedelta:
        """Release the poll; the next one is due after `every`, or after a backoff when it failed."""
        failures = poll.failures + 1 if error else 0
        wait = min(every * 2 ** failures, max(every, dt.timedelta(hours=1))) if error else every
        values = {"owner": None, "lease_expires": None, "next_poll": now + wait, "failures": failures,
                  "error": error}
        if not error:
            values |= {"etag": etag, "last_modified": last_modified}
        with self.engine.begin() as conn:
            conn.execute(update(feed_state).where(feed_state.c.url == poll.url, feed_state.c.owner == self.owner)
                         .values(**values))
        return wait

    def take_item(self, feed: str, key: str, link: str, now: dt.datetime) -> bool:
        """True when this process is the one to read the item: it is new, or due for a retry, or its
        reader died."""
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(feed_items).values(feed_url=feed, item_key=key, link=link, status="taken",
                                                       owner=self.owner, attempts=0, next_try=now, taken_at=now))
            return True
        except IntegrityError:
            pass
        with self.engine.begin() as conn:
            return conn.execute(
                update(feed_items)
                .where(feed_items.c.feed_url == feed, feed_items.c.item_key == key,
                       or_(and_(feed_items.c.status == "retry", feed_items.c.next_try <= now),
                           and_(feed_items.c.status == "taken", feed_items.c.taken_at < now - LEASE)))
                .values(status="taken", owner=self.owner, taken_at=now)).rowcount == 1

    def item_done(self, feed: str, key: str, outcome: str, doc_id: str) -> None:
        self._finish(feed, key, status=outcome, doc_id=doc_id, error=None)

    def item_failed(self, feed: str, key: str, error: str, now: dt.datetime, every: dt.timedelta) -> str:
        """"retry" (tried again after a backoff) or "failed" (given up after MAX_ATTEMPTS)."""
        with self.engine.connect() as conn:
            attempts = int(conn.execute(select(feed_items.c.attempts).where(
                feed_items.c.feed_url == feed, feed_items.c.item_key == key)).scalar_one()) + 1
        status = "failed" if attempts >= MAX_ATTEMPTS else "retry"
        self._finish(feed, key, status=status, attempts=attempts, error=error[:500],
                     next_try=now + every * 2 ** (attempts - 1))
        return status

    def due_retries(self, feed: str, now: dt.datetime) -> list[tuple[str, str]]:
        with self.engine.connect() as conn:
            return [(r.item_key, r.link) for r in conn.execute(select(feed_items.c.item_key, feed_items.c.link).where(
                feed_items.c.feed_url == feed, feed_items.c.status == "retry", feed_items.c.next_try <= now))]

    def _finish(self, feed: str, key: str, **values: object) -> None:
        with self.engine.begin() as conn:
            conn.execute(update(feed_items).where(feed_items.c.feed_url == feed, feed_items.c.item_key == key,
                                                  feed_items.c.owner == self.owner).values(**values))
