"""Daily briefings inside a bot process: the pieces built once, the scheduler started and stopped.

`create_app` builds `Briefings` (the listeners need the service and the composer); `nkbot serve`
upgrades the schema, then starts the scheduler next to the Slack connection unless
`BRIEFING_SCHEDULER=false` (for replicas that should only answer requests), and cancels it on
shutdown, letting a delivery already posting finish within a grace period.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import Engine

from bot.briefing import runner
from bot.briefing.clock import Clock, system_clock
from bot.briefing.composer import Composer
from bot.briefing.service import BriefingService
from bot.briefing.store import make_engine, upgrade
from bot.index_holder import IndexHolder
from bot.render import Renderer
from bot.settings import Settings
from bot.topics import Catalogue

log = logging.getLogger(__name__)

STOP_GRACE_SECONDS = 15.0  # a post in flight gets this long to finish and be recorded


@dataclass
class Briefings:
    engine: Engine
    service: BriefingService
    composer: Composer


def create_briefings(settings: Settings, holder: IndexHolder, renderer: Renderer, catalogue: Catalogue,
                     clock: Clock = system_clock) -> Briefings:
    """No I/O: the engine connects on first use."""
    engine = make_engine(settings.database_url)
    return Briefings(engine, BriefingService(engine, clock),
                     Composer(holder, renderer, catalogue, settings.public_base_url, clock))


async def prepare(briefings: Briefings) -> None:
    """Bring the schema up to date before the first request can touch it (safe from many processes)."""
    await asyncio.to_thread(upgrade, briefings.engine)


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
