"""Watches and each channel's alert cursor, in SQL.

A channel's next batch is taken with one conditional UPDATE (there is something new, the rate
limit has passed, nobody holds a running lease): only one process posts it. The cursor moves only
after the post is recorded, so a crash re-posts nothing that was recorded and loses nothing that
was not; a post whose outcome is unknown (a timeout) marks the channel `unsure`, and whoever takes
it next looks in the channel's history first.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine, delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from bot.alerts.tables import channels, seen, watches
from bot.corpus.store import LOOKBACK
from bot.corpus.tables import documents

ACTIVE, PAUSED = "active", "paused"


@dataclass(frozen=True)
class Watch:
    id: int
    channel_id: str
    kind: str  # speaker | topic | words
    key: str
    label: str
    created_by: str


@dataclass(frozen=True)
class Batch:
    channel_id: str
    team_id: str
    from_seq: int  # documents after this one
    unsure: bool


class Watches:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def add(self, team_id: str, channel_id: str, kind: str, key: str, label: str, user: str, latest_seq: int,
            now: dt.datetime) -> tuple[Watch, bool]:
        """The watch, and whether it is new. A channel's first watch starts its cursor at `latest_seq`:
        alerts are about what arrives from now on."""
        created = True
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(watches).values(team_id=team_id, channel_id=channel_id, kind=kind, key=key,
                                                    label=label, created_by=user, created_at=now))
        except IntegrityError:
            created = False
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(channels).values(channel_id=channel_id, team_id=team_id, cursor_seq=latest_seq,
                                                     status=ACTIVE, unsure=False))
                self._cover_recent(conn, channel_id, latest_seq, now)
        except IntegrityError:  # the channel has a cursor already; a paused one is resumed by a new watch
            with self.engine.begin() as conn:
                if conn.execute(update(channels).where(channels.c.channel_id == channel_id,
                                                       channels.c.status == PAUSED)
                                .values(status=ACTIVE, error=None, cursor_seq=latest_seq)).rowcount:
                    self._cover_recent(conn, channel_id, latest_seq, now)
        watch = next(w for w in self.of_channel(channel_id) if (w.kind, w.key) == (kind, key))
        return watch, created

    def remove(self, channel_id: str, ids: list[int]) -> int:
        with self.engine.begin() as conn:
            removed = conn.execute(delete(watches).where(watches.c.channel_id == channel_id,
                                                         watches.c.id.in_(ids))).rowcount
            left = conn.execute(select(func.count()).select_from(watches)
                                .where(watches.c.channel_id == channel_id)).scalar_one()
            if not left:
                conn.execute(delete(channels).where(channels.c.channel_id == channel_id))
                conn.execute(delete(seen).where(seen.c.channel_id == channel_id))
        return removed

    def of_channel(self, channel_id: str) -> list[Watch]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(watches).where(watches.c.channel_id == channel_id).order_by(watches.c.id))
            return [_watch(r) for r in rows]

    def of_team(self, team_id: str) -> list[Watch]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(watches).where(watches.c.team_id == team_id)
                                .order_by(watches.c.channel_id, watches.c.id))
            return [_watch(r) for r in rows]

    def status(self, channel_id: str) -> tuple[str, str]:
        """(active | paused | "", the reason it is paused)."""
        with self.engine.connect() as conn:
            row = conn.execute(select(channels.c.status, channels.c.error)
                               .where(channels.c.channel_id == channel_id)).first()
        return (row.status, row.error or "") if row else ("", "")

    def due(self, latest_seq: int, now: dt.datetime, min_interval: dt.timedelta) -> list[str]:
        with self.engine.connect() as conn:
            return list(conn.execute(select(channels.c.channel_id).where(*self._due(latest_seq, now, min_interval)))
                        .scalars())

    def take(self, channel_id: str, owner: str, latest_seq: int, now: dt.datetime, lease: dt.timedelta,
             min_interval: dt.timedelta) -> Batch | None:
        with self.engine.begin() as conn:
            taken = conn.execute(update(channels).where(channels.c.channel_id == channel_id,
                                                        *self._due(latest_seq, now, min_interval))
                                 .values(owner=owner, lease_expires=now + lease)).rowcount
            if taken != 1:
                return None
            row = conn.execute(select(channels).where(channels.c.channel_id == channel_id)).one()
        return Batch(channel_id, row.team_id, int(row.cursor_seq), bool(row.unsure))

    def covered(self, channel_id: str, doc_ids: list[str]) -> set[str]:
        """Those of `doc_ids` the channel's alerts have covered already."""
        if not doc_ids:
            return set()
        with self.engine.connect() as conn:
            return set(conn.execute(select(seen.c.doc_id).where(seen.c.channel_id == channel_id,
                                                                seen.c.doc_id.in_(doc_ids))).scalars())

    def done(self, batch: Batch, owner: str, to_seq: int, now: dt.datetime, posted: bool,
             doc_ids: Sequence[str] = ()) -> bool:
        """Move the cursor and mark `doc_ids` covered, together, if this process still holds the batch."""
        values = {"cursor_seq": to_seq, "owner": None, "lease_expires": None, "unsure": False, "error": None}
        if posted:
            values["last_posted_at"] = now
        with self.engine.begin() as conn:
            if not self._settled(conn, batch, owner, values):
                return False
            for doc_id in doc_ids:
                conn.execute(insert(seen).values(channel_id=batch.channel_id, doc_id=doc_id, seen_at=now))
        return True

    def release(self, batch: Batch, owner: str, unsure: bool, error: str) -> bool:
        return self._settle(batch, owner, {"owner": None, "lease_expires": None, "unsure": batch.unsure or unsure,
                                           "error": error[:500]})

    def pause(self, batch: Batch, owner: str, error: str) -> bool:
        return self._settle(batch, owner, {"owner": None, "lease_expires": None, "status": PAUSED,
                                           "error": error[:500]})

    def _settle(self, batch: Batch, owner: str, values: dict) -> bool:
        with self.engine.begin() as conn:
            return self._settled(conn, batch, owner, values)

    @staticmethod
    def _settled(conn, batch: Batch, owner: str, values: dict) -> bool:  # noqa: ANN001
        return conn.execute(update(channels).where(channels.c.channel_id == batch.channel_id,
                                                   channels.c.owner == owner,
                                                   channels.c.cursor_seq == batch.from_seq)
                            .values(**values)).rowcount == 1

    @staticmethod
    def _cover_recent(conn, channel_id: str, latest_seq: int, now: dt.datetime) -> None:  # noqa: ANN001
        """A channel starts watching now: the documents already there are covered, including those
        the look-back for late commits would otherwise bring back."""
        conn.execute(delete(seen).where(seen.c.channel_id == channel_id))
        for doc_id in conn.execute(select(documents.c.doc_id).where(documents.c.seq <= latest_seq,
                                                                    documents.c.seq > latest_seq - LOOKBACK)).scalars():
            conn.execute(insert(seen).values(channel_id=channel_id, doc_id=doc_id, seen_at=now))

    @staticmethod
    def _due(latest_seq: int, now: dt.datetime, min_interval: dt.timedelta) -> tuple:
        return (channels.c.status == ACTIVE, channels.c.cursor_seq < latest_seq,
                or_(channels.c.lease_expires.is_(None), channels.c.lease_expires < now),
                or_(channels.c.last_posted_at.is_(None), channels.c.last_posted_at <= now - min_interval))


def _watch(row) -> Watch:  # noqa: ANN001
    return Watch(int(row.id), row.channel_id, row.kind, row.key, row.label, row.created_by)



