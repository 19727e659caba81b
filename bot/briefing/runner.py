"""The scheduler loop: wake every `tick` seconds, deliver whatever is due, never block on one channel.

Any number of these may run at once (in the bot processes, or as `nkbot briefing run`): they
share nothing but the database, where the run claim decides who delivers. No APScheduler job
store: a tick re-derives what is due from the subscriptions and the clock, so a process that
was down simply finds the missed slots on its first tick (same local day only).
"""

from __future__ import annotations

import asyncio
import importlib
import logging
import os
import secrets
import socket
from collections.abc import Callable
from datetime import timedelta

from sqlalchemy import Engine

from bot.briefing import logs
from bot.briefing.clock import Clock, system_clock
from bot.briefing.deliver import Compose, Deliverer, DeliveryPolicy
from bot.briefing.notices import pause_notice
from bot.briefing.runs import Runs
from bot.briefing.schedule import Slot, due
from bot.briefing.store import make_engine, upgrade
from bot.briefing.subscriptions import Subscriptions
from bot.render import Renderer
from bot.errors import UserError
from bot.settings import Settings

log = logging.getLogger(__name__)


class Scheduler:
    def __init__(self, *, subscriptions: Subscriptions, runs: Runs, deliverer: Deliverer, clock: Clock,
                 tick_seconds: float, concurrency: int = 8,
                 on_outcome: Callable[[str], None] | None = None) -> None:
        self.subscriptions, self.runs, self.deliverer = subscriptions, runs, deliverer
        self.on_outcome = on_outcome  # e.g. the app's `metrics.briefing_delivered`
        self.clock, self.tick_seconds = clock, tick_seconds
        self._limit = asyncio.Semaphore(concurrency)
        self._in_flight: dict[tuple, asyncio.Task[str]] = {}

    async def tick(self) -> list[asyncio.Task[str]]:
        """Start a delivery for each due, unsettled slot not already in flight here; return the tasks."""
        now = self.clock()
        subs = await asyncio.to_thread(self.subscriptions.list, active_only=True)
        candidates = due(subs, now)
        keys = [(s.channel_id, s.local_date) for s in candidates]
        settled = await asyncio.to_thread(self.runs.settled, keys, now)
        started = []
        for slot in candidates:
            key = (slot.channel_id, slot.local_date)
            if key in settled or key in self._in_flight:
                continue
            task = asyncio.create_task(self._deliver(slot), name=f"briefing {key[0]} {key[1]}")
            self._in_flight[key] = task
            task.add_done_callback(lambda _t, k=key: self._in_flight.pop(k, None))
            started.append(task)
        return started

    async def tick_and_wait(self) -> list[str]:
        """One tick, waiting for its deliveries: what tests and `--once` use."""
        return list(await asyncio.gather(*await self.tick()))

    async def _deliver(self, slot: Slot) -> str:
        async with self._limit:
            try:
                outcome = await self.deliverer.deliver(slot)
            except Exception:  # noqa: BLE001 - one channel's bug must not stop the others
                log.exception(logs.delivery_crashed(slot))
                outcome = "crashed"
        if self.on_outcome is not None:
            try:
                self.on_outcome(outcome)
            except Exception:  # noqa: BLE001 - counting must never break delivery
                log.exception("briefing outcome hook failed")
        return outcome

    async def run(self, stop: asyncio.Event | None = None) -> None:
        """Tick until `stop` is set (or the task is cancelled); then let deliveries in flight finish."""
        stop = stop or asyncio.Event()
        try:
            while not stop.is_set():
                try:
                    await self.tick()
                except Exception:  # noqa: BLE001 - a database blip: try again next tick
                    log.exception(logs.tick_failed())
                try:
                    await asyncio.wait_for(stop.wait(), timeout=self.tick_seconds)
                except TimeoutError:
                    pass
        finally:
            if self._in_flight:
                await asyncio.gather(*self._in_flight.values(), return_exceptions=True)


def make_owner() -> str:
    """Who holds a claim: host, pid and a random suffix (pids repeat across containers)."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


def policy_from(settings: Settings) -> DeliveryPolicy:
    return DeliveryPolicy(lease=timedelta(seconds=settings.briefing_lease_seconds),
                          slack_timeout=settings.briefing_slack_timeout_seconds)


def build_scheduler(settings: Settings, compose: Compose, *, engine: Engine | None = None,
                    clock: Clock = system_clock, policy: DeliveryPolicy | None = None,
                    owner: str | None = None, migrate: bool = True,
                    on_outcome: Callable[[str], None] | None = None) -> Scheduler:
    """Everything a scheduler needs, from settings. Upgrades the schema first (idempotent)."""
    if settings.slack_bot_token is None:
        raise UserError("SLACK_BOT_TOKEN is not set: briefings cannot be posted")
    engine = engine or make_engine(settings.database_url)
    if migrate:
        upgrade(engine)
    subs, runs = Subscriptions(engine), Runs(engine)
    notice = pause_notice(Renderer(settings.briefings_dir / "templates"))
    deliverer = Deliverer(subscriptions=subs, runs=runs, compose=compose, notice=notice,
                          token=settings.slack_bot_token.get_secret_value(), base_url=settings.slack_api_url,
                          owner=owner or make_owner(), clock=clock, policy=policy or policy_from(settings))
    log.info(logs.scheduler_started(deliverer.owner, settings.briefing_tick_seconds,
                                    engine.url.render_as_string(hide_password=True)))
    return Scheduler(subscriptions=subs, runs=runs, deliverer=deliverer, clock=clock,
                     tick_seconds=settings.briefing_tick_seconds, on_outcome=on_outcome)


def start(settings: Settings, compose: Compose, **kwargs) -> asyncio.Task[None]:  # noqa: ANN003
    """The seam for the Slack app: call from its startup; cancel the task on shutdown."""
    scheduler = build_scheduler(settings, compose, **kwargs)
    return asyncio.create_task(scheduler.run(), name="briefing scheduler")


def load_compose(spec: str) -> Compose:
    """'package.module:function' -> the compose callable, with a clear error if it is missing."""
    module_name, _, attr = spec.partition(":")
    try:
        return getattr(importlib.import_module(module_name), attr or "compose")
    except (ImportError, AttributeError) as exc:
        raise UserError(f"cannot load the briefing composer {spec!r} ({exc}); "
                        "pass --compose MODULE:FUNCTION") from None
