"""Daily briefings inside a bot process: the pieces built once, the scheduler started and stopped.

`create_app` builds `Briefings` (the listeners need the service and the composer). `nkbot serve`
answers lookups from the index at once and brings the database up beside them (`run_briefings`):
the schema is upgraded, retried with backoff while the database is down (lookups do not need it;
briefing commands say it is unavailable), then the scheduler starts unless
`BRIEFING_SCHEDULER=false` (for replicas that should only answer requests). Cancelling the task
on shutdown lets a delivery already posting finish within a grace period.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from sqlalchemy import Engine

from bot.briefing import logs, runner
from bot.briefing.clock import Clock, system_clock
from bot.briefing.composer import Composer
from bot.briefing.service import BriefingService
from bot.briefing.store import make_engine, upgrade
from bot.index.holder import IndexHolder
from bot.observability.readiness import describe
from bot.render import Renderer
from bot.settings import Settings
from bot.topics import Catalogue

log = logging.getLogger(__name__)

STOP_GRACE_SECONDS = 15.0  # a post in flight gets this long to finish and be recorded
FIRST_RETRY_SECONDS = 1.0  # then doubled up to settings.database_retry_seconds


@dataclass
class DatabaseState:
    """Whether the schema is known to be in place: until then the briefing commands answer that
    briefings are unavailable instead of failing on a missing table or a refused connection."""

    ready: bool = False
    reason: str = "the database has not been reached yet"


@dataclass
class Briefings:
    engine: Engine
    service: BriefingService
    composer: Composer
    database: DatabaseState = field(default_factory=DatabaseState)


def create_briefings(settings: Settings, holder: IndexHolder, renderer: Renderer, catalogue: Catalogue,
                     clock: Clock = system_clock) -> Briefings:
    """No I/O: the engine connects on first use."""
    engine = make_engine(settings.database_url)
    return Briefings(engine, BriefingService(engine, clock),
                     Composer(holder, renderer, catalogue, settings.public_base_url, clock))


async def prepare(briefings: Briefings) -> None:
    """Bring the schema up to date (safe from many processes); the briefing commands may then use it."""
    await asyncio.to_thread(upgrade, briefings.engine)
    briefings.database.ready, briefings.database.reason = True, ""


async def bring_up(briefings: Briefings, retry_cap: float,
                   sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
    """Upgrade the schema, retrying with backoff until the database answers; never raises."""
    cap = max(retry_cap, 0.01)
    delay = min(FIRST_RETRY_SECONDS, cap)
    while True:
        try:
            await prepare(briefings)
        except Exception as exc:  # noqa: BLE001 - down, refusing, or half-started: all mean "wait"
            briefings.database.reason = describe(exc)
            log.warning(logs.database_unavailable(briefings.database.reason, delay))
            await sleep(delay)
            delay = min(delay * 2, cap)
            continue
        log.info(logs.database_ready(briefings.engine.url.render_as_string(hide_password=True)))
        return


async def run_briefings(settings: Settings, briefings: Briefings, on_outcome: Callable[[str], None] | None = None,
                        **kwargs) -> None:  # noqa: ANN003 - clock, policy, owner for tests
    """The database brought up, then this process's scheduler (if it runs one) until cancelled."""
    await bring_up(briefings, settings.database_retry_seconds)
    scheduler = start_scheduler(settings, briefings, on_outcome, **kwargs)
    if scheduler is not None:
        await scheduler  # cancelling this task cancels the scheduler, which lets posts in flight finish


def start_scheduler(settings: Settings, briefings: Briefings, on_outcome: Callable[[str], None] | None = None,
                    **kwargs) -> asyncio.Task[None] | None:  # noqa: ANN003 - clock, policy, owner for tests
    """The scheduler task, or None when this process should not run one."""
    if not settings.briefing_scheduler:
        log.info("briefing scheduler disabled in this process (BRIEFING_SCHEDULER=false)")
        return None
    return runner.start(settings, briefings.composer, engine=briefings.engine, migrate=False,
                        on_outcome=on_outcome, **kwargs)


async def stop_scheduler(task: asyncio.Task[None] | None, grace: float = STOP_GRACE_SECONDS) -> None:
    """Cancel the loop; deliveries in flight finish (the loop waits for them) unless the grace runs out."""
    if task is None or task.done():
        return
    task.cancel()
    try:
        await asyncio.wait_for(task, grace)
    except (asyncio.CancelledError, TimeoutError):
        pass
