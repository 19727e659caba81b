"""Watches and each channel's alert cursor, in SQL.

A channel's next batch is taken with one conditional UPDATE (there is something new, the rate
limit has passed, nobody holds a running lease): only one process posts it. The cursor moves only
after the post is recorded, so a crash re-posts nothing that was recorded and loses nothing that
was not; a post whose outcome is unknown (a timeout) marks the channel `unsure`, and whoever takes
it next looks in the channel's history first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Engine, delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from bot.alerts.tables import channels, watches

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
        except IntegrityError:  # the channel has a cursor already; a paused one is resumed by a new watch
            with self.engine.begin() as conn:
                conn.execute(update(channels).where(channels.c.channel_id == channel_id, channels.c.status == PAUSED)
                             .values(status=ACTIVE, error=None, cursor_seq=latest_seq))
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

    def done(self, batch: Batch, owner: str, to_seq: int, now: dt.datetime, posted: bool) -> bool:
        values = {"cursor_seq": to_seq, "owner": None, "lease_expires": None, "unsure": False, "error": None}
        if posted:
            values["last_posted_at"] = now
        return self._settle(batch, owner, values)

    def release(self, batch: Batch, owner: str, unsure: bool, error: str) -> bool:
        return self._settle(batch, owner, {"owner": None, "lease_expires": None, "unsure": batch.unsure or unsure,
                                           "error": error[:500]})

    def pause(self, batch: Batch, owner: str, error: str) -> bool:
        return self._settle(batch, owner, {"owner": None, "lease_expires": None, "status": PAUSED,
                                           "error": error[:500]})

    def _settle(self, batch: Batch, owner: str, values: dict) -> bool:
        with self.engine.begin() as conn:
            return conn.execute(update(channels).where(channels.c.channel_id == batch.channel_id,
                                                       channels.c.owner == owner,
                                                       channels.c.cursor_seq == batch.from_seq)
                                .values(**values)).rowcount == 1

    @staticmethod
    def _due(latest_seq: int, now: dt.datetime, min_interval: dt.timedelta) -> tuple:
        return (channels.c.status == ACTIVE, channels.c.cursor_seq < latest_seq,
                or_(channels.c.lease_expires.is_(None), channels.c.lease_expires < now),
                or_(channels.c.last_posted_at.is_(None), channels.c.last_posted_at <= now - min_interval))


def _watch(row) -> Watch:  # noqa: ANN001
    return Watch(int(row.id), row.channel_id, row.kind, row.key, row.label, row.created_by)



