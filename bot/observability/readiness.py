"""Readiness: may this process take traffic? Lookups need only the index (and, in Socket Mode,
the connection to Slack); daily briefings need the database too.

Liveness (`/healthz`) only says the process serves HTTP; a load balancer or Kubernetes uses
readiness to hold traffic back while a dependency is down, without restarting the process. A
database that is down must not take lookups down with it, so it does not gate `ready`; it is
reported (`database`, `briefings`), and `check(need_briefings=True)` (`/readyz?for=briefings`)
gates on it for a probe that cares.

The database check is `SELECT 1` through SQLAlchemy on `settings.database_url`, with an engine
made by the briefing store (same URL handling, same SQLite pragmas). The engine is made on the
first probe, not at startup, so an unreachable database never stops the bot from starting. A
probe runs in a thread under a timeout, and at most one runs at a time: probes arriving while
one is in flight share its result, so a hanging database cannot pile up threads.

`responsive` (`responsiveness.py`) gates readiness too: a process whose event loop or thread pool
lags cannot acknowledge Slack in time, whatever its index. How busy reading added documents is
(`reading`) is reported and gates nothing: lookups do not need it, and an add waits or is refused
with a message on its own.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from sqlalchemy import Engine, text

from bot.index.holder import IndexHolder
from bot.observability.logs import RedactSecrets

TIMEOUT_SECONDS = 3.0


@dataclass(frozen=True)
class Check:
    ok: bool
    detail: dict[str, Any] = field(default_factory=dict)


def check_index(holder: IndexHolder | None) -> Check:
    if holder is None:
        return Check(False, {"reason": "no index loaded"})
    index = holder.index
    if not index.count:
        return Check(False, {"reason": "the index has no claims (run `nkbot index build`)", "version": index.version})
    return Check(True, {"version": index.version, "claims": index.count})


def describe(exc: BaseException) -> str:
    """The error's first line, without a password a URL in it might carry."""
    original = getattr(exc, "orig", None) or exc
    first = (str(original).strip().splitlines() or [""])[0]
    return RedactSecrets().redact(f"{type(original).__name__}: {first}")[:300]


class SchemaState(Protocol):
    """`bot.briefing.wiring.DatabaseState`: whether the schema was brought up, else why not."""

    ready: bool
    reason: str


class Readiness:
    def __init__(self, holder: IndexHolder | None, database_url: str, timeout: float = TIMEOUT_SECONDS, *,
                 schema: SchemaState | None = None,
                 connected: Callable[[], Awaitable[bool]] | None = None,
                 responsive: Callable[[], Check] | None = None,
                 reading: Callable[[], dict[str, Any]] | None = None) -> None:
        self.holder, self.database_url, self.timeout = holder, database_url, timeout
        self.schema, self.connected = schema, connected
        self.responsive, self.reading = responsive, reading
        self._engine: Engine | None = None
        self._probe: asyncio.Future[Check] | None = None

    def _select_one(self) -> Check:
        from bot.briefing.store import make_engine

        try:
            if self._engine is None:
                self._engine = make_engine(self.database_url)
            with self._engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            return Check(True, {"dialect": self._engine.dialect.name})
        except Exception as exc:  # noqa: BLE001 - any failure means "not ready", with the reason
            return Check(False, {"reason": describe(exc)})

    async def check_database(self) -> Check:
        if self._probe is None or self._probe.done():
            self._probe = asyncio.ensure_future(asyncio.to_thread(self._select_one))
        try:
            return await asyncio.wait_for(asyncio.shield(self._probe), self.timeout)
        except TimeoutError:
            return Check(False, {"reason": f"no answer from the database within {self.timeout:g}s"})

    async def check_slack(self) -> Check:
        try:
            up = await self.connected() if self.connected else True
        except Exception as exc:  # noqa: BLE001 - a broken client is a closed connection
            return Check(False, {"reason": describe(exc)})
        return Check(True) if up else Check(False, {"reason": "not connected to Slack (Socket Mode)"})

    def check_briefings(self, database: Check) -> Check:
        if not database.ok:
            return Check(False, {"reason": "the database does not answer"})
        if self.schema is not None and not self.schema.ready:
            return Check(False, {"reason": self.schema.reason or "the schema is not in place yet"})
        return Check(True)

    async def check(self, need_briefings: bool = False) -> tuple[bool, dict[str, Any]]:
        """(ready, report): the report names each check with ok and its details or reason."""
        checks = {"index": check_index(self.holder)}
        if self.connected is not None:
            checks["slack"] = await self.check_slack()
        if self.responsive is not None:
            checks["responsive"] = self.responsive()
        gating = list(checks.values())
        checks["database"] = await self.check_database()
        checks["briefings"] = self.check_briefings(checks["database"])
        if self.reading is not None:
            checks["reading"] = Check(True, self.reading())
        if need_briefings:
            gating += [checks["database"], checks["briefings"]]
        report = {name: {"ok": c.ok, **c.detail} for name, c in checks.items()}
        return all(c.ok for c in gating), report

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
