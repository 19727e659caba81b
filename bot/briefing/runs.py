"""Run claims and the delivery log: the only coordination between bot processes.

A run is the row for one (channel, local date). A process *claims* it by inserting it (the
UNIQUE key makes exactly one insert win) or by *taking over* a row still `running` whose lease
has expired (one conditional UPDATE; its rowcount says who won). While it holds the run it
*renews* the lease before every post, so a process that lost its lease (it stalled, another took
over) learns so before posting rather than after. Every write that ends or extends a run is
conditional on `owner`, which fences off a process that lost the run.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Engine, and_, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from bot.briefing.model import DONE, FAILED, RUNNING, LogEntry, Run
from bot.briefing.store import delivery_log, runs


@dataclass(frozen=True)
class Claim:
    run: Run
    takeover: bool  # True: an earlier holder may have posted already; look before posting


def _run(row: Any) -> Run:
    return Run(channel_id=row.channel_id, local_date=row.local_date, status=row.status, owner=row.owner,
               lease_expires=row.lease_expires, rounds=row.rounds, attempts=row.attempts,
               message_ts=row.message_ts, error=row.error, claimed_at=row.claimed_at,
               finished_at=row.finished_at)


def _key(channel_id: str, local_date: date):  # noqa: ANN202
    return and_(runs.c.channel_id == channel_id, runs.c.local_date == local_date)


def _insert_or_nothing(conn: Connection, values: dict[str, Any]) -> bool:
    """INSERT the run unless its (channel, date) exists: True if this insert won. ON CONFLICT DO
    NOTHING on PostgreSQL and SQLite (no error in the server log per lost race); elsewhere the
    UNIQUE violation itself says the same."""
    if conn.dialect.name in ("postgresql", "sqlite"):
        dialect = importlib.import_module(f"sqlalchemy.dialects.{conn.dialect.name}")
        statement = dialect.insert(runs).values(**values).on_conflict_do_nothing(
            index_elements=["channel_id", "local_date"]).returning(runs.c.id)
        return conn.execute(statement).first() is not None  # rowcount is not reliable here on psycopg
    try:
        with conn.begin_nested():
            conn.execute(insert(runs).values(**values))
        return True
    except IntegrityError:
        return False


class Runs:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def get(self, channel_id: str, local_date: date) -> Run | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(runs).where(_key(channel_id, local_date))).first()
        return _run(row) if row else None

    def claim(self, channel_id: str, local_date: date, owner: str, now: datetime, lease: timedelta,
              max_rounds: int) -> Claim | None:
        """Insert the run, or take over an expired one; None if another process holds or settled it."""
        with self.engine.begin() as conn:
            inserted = _insert_or_nothing(conn, dict(
                channel_id=channel_id, local_date=local_date, status=RUNNING, owner=owner,
                lease_expires=now + lease, rounds=1, attempts=0, claimed_at=now))
        if inserted:
            return Claim(self.get(channel_id, local_date), takeover=False)  # type: ignore[arg-type]
        with self.engine.begin() as conn:
            taken = conn.execute(
                update(runs).where(_key(channel_id, local_date), runs.c.status == RUNNING,
                                   runs.c.lease_expires < now, runs.c.rounds < max_rounds)
                .values(owner=owner, lease_expires=now + lease, rounds=runs.c.rounds + 1, claimed_at=now)
            ).rowcount
        if taken != 1:
            return None
        return Claim(self.get(channel_id, local_date), takeover=True)  # type: ignore[arg-type]

    def renew(self, channel_id: str, local_date: date, owner: str, now: datetime, lease: timedelta) -> bool:
        """Extend our lease if we still hold it and it has not run out; False means: do not post."""
        return self._update(channel_id, local_date, owner, now, lease_expires=now + lease)

    def finish(self, channel_id: str, local_date: date, owner: str, status: str, now: datetime, *,
               message_ts: str | None = None, error: str | None = None) -> bool:
        """Settle the run (done, paused, failed); False if another process had taken it over."""
        return self._update(channel_id, local_date, owner, None, status=status, message_ts=message_ts,
                            error=error, finished_at=now)

    def release(self, channel_id: str, local_date: date, owner: str, now: datetime, retry_at: datetime,
                error: str, max_rounds: int) -> str:
        """Give the run back after transient failures: any process may retry it from `retry_at`
        (with a history check first). After `max_rounds` rounds the day is marked failed instead."""
        run = self.get(channel_id, local_date)
        if run and run.rounds >= max_rounds:
            self.finish(channel_id, local_date, owner, FAILED, now, error=error)
            return FAILED
        self._update(channel_id, local_date, owner, None, lease_expires=retry_at, error=error)
        return RUNNING

    def abandon(self, channel_id: str, local_date: date, owner: str) -> None:
        """Drop a run we claimed but must not deliver (the channel unsubscribed meanwhile)."""
        with self.engine.begin() as conn:
            conn.execute(runs.delete().where(_key(channel_id, local_date), runs.c.owner == owner,
                                             runs.c.status == RUNNING))

    def _update(self, channel_id: str, local_date: date, owner: str, live_at: datetime | None,
                **values: Any) -> bool:
        query = update(runs).where(_key(channel_id, local_date), runs.c.owner == owner,
                                   runs.c.status == RUNNING)
        if live_at is not None:
            query = query.where(runs.c.lease_expires > live_at)
        with self.engine.begin() as conn:
            return conn.execute(query.values(**values)).rowcount == 1

    # -- reading ----------------------------------------------------------------------------------
    def settled(self, keys: list[tuple[str, date]], now: datetime) -> set[tuple[str, date]]:
        """Of these (channel, date) pairs, those needing no work now: finished, or held under a live lease."""
        if not keys:
            return set()
        wanted = or_(*(_key(c, d) for c, d in keys))
        busy = or_(runs.c.status != RUNNING, runs.c.lease_expires >= now)
        with self.engine.connect() as conn:
            rows = conn.execute(select(runs.c.channel_id, runs.c.local_date).where(wanted, busy))
            return {(r.channel_id, r.local_date) for r in rows}

    def last_briefing_at(self, channel_id: str, before: date) -> datetime | None:
        """When the channel's previous briefing went out: the `since` for the next one."""
        query = select(func.max(runs.c.finished_at)).where(
            runs.c.channel_id == channel_id, runs.c.local_date < before, runs.c.status == DONE)
        with self.engine.connect() as conn:
            return conn.execute(query).scalar()

    def latest(self, channel_ids: list[str]) -> dict[str, Run]:
        """Each channel's most recent run, for status displays."""
        newest = (select(runs.c.channel_id, func.max(runs.c.local_date).label("d"))
                  .where(runs.c.channel_id.in_(channel_ids)).group_by(runs.c.channel_id).subquery())
        query = select(runs).join(newest, and_(runs.c.channel_id == newest.c.channel_id,
                                               runs.c.local_date == newest.c.d))
        with self.engine.connect() as conn:
            return {r.channel_id: _run(r) for r in conn.execute(query)}

    # -- the delivery log ---------------------------------------------------------------------------
    def log(self, channel_id: str, local_date: date, owner: str, outcome: str, now: datetime, *,
            message_ts: str | None = None, error: str | None = None) -> int:
        """Append one attempt or outcome; numbers attempts per (channel, date) across processes."""
        with self.engine.begin() as conn:
            conn.execute(update(runs).where(_key(channel_id, local_date))
                         .values(attempts=runs.c.attempts + 1))
            attempt = conn.execute(select(runs.c.attempts).where(_key(channel_id, local_date))).scalar() or 0
            conn.execute(insert(delivery_log).values(
                channel_id=channel_id, local_date=local_date, attempt=attempt, owner=owner, outcome=outcome,
                message_ts=message_ts, error=error, at=now))
        return attempt

    def history(self, channel_id: str, local_date: date | None = None) -> list[LogEntry]:
        query = select(delivery_log).where(delivery_log.c.channel_id == channel_id)
        if local_date is not None:
            query = query.where(delivery_log.c.local_date == local_date)
        with self.engine.connect() as conn:
            rows = conn.execute(query.order_by(delivery_log.c.id))
            return [LogEntry(r.channel_id, r.local_date, r.attempt, r.owner, r.outcome, r.message_ts, r.error,
                             r.at) for r in rows]
