"""Exactly-once delivery of one channel's briefing for one local date, with several processes.

1. Claim the (channel, date) run in the database (`runs.Runs.claim`): insert-or-fail, or take
   over a run whose lease has expired. No claim, no post.
2. If we took over (or a previous attempt of ours may have gone through: timeout, dropped
   connection, 5xx), read the channel's history for the briefing's metadata tag before posting.
   Found: record it as delivered, post nothing.
3. Renew the lease right before each post; a process that lost its lease never posts. Slack's
   429 waits renew it too, so a long Retry-After cannot hand the run to another process mid-wait.
4. Post, tagged; record the outcome. `channel_not_found`/`not_in_channel`/`is_archived` pause the
   subscription and tell the subscriber; other refusals fail the day; transient failures are
   retried with backoff and, when a round's attempts are used up, the run is released for any
   process to retry later the same day.

Every attempt and outcome is a row in the delivery log. The message comes from the injected
`compose(subscription, since)` so the renderer plugs in without this module knowing it.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any

from bot.briefing import logs
from bot.briefing.clock import Clock
from bot.briefing.model import DONE, FAILED, RUN_PAUSED, Subscription
from bot.briefing.notices import PauseNotice
from bot.briefing.runs import Claim, Runs
from bot.briefing.schedule import Slot
from bot.briefing.slack import classify, find_briefing, make_client, tag
from bot.briefing.subscriptions import Subscriptions

log = logging.getLogger(__name__)

Compose = Callable[[Subscription, datetime | None], Awaitable[dict[str, Any]]]


@dataclass(frozen=True)
class DeliveryPolicy:
    """Timings. The lease must outlast one attempt (HTTP timeout + history read) with room to spare."""
    lease: timedelta = timedelta(seconds=120)
    slack_timeout: float = 10.0
    attempts_per_round: int = 4
    backoff: float = 2.0  # seconds before the 2nd attempt; doubles, capped, with jitter
    backoff_cap: float = 30.0
    retry_later: timedelta = timedelta(minutes=5)  # a released run waits this long for the next round
    max_rounds: int = 5  # rounds per (channel, day) before the day is marked failed
    rate_limit_retries: int = 3

    def __post_init__(self) -> None:
        # A holder renews, then posts; another process may take over once the lease runs out. If
        # an attempt could outlive the lease, both could post. Refuse such a policy outright.
        if self.lease.total_seconds() < 3 * self.slack_timeout:
            raise ValueError(f"lease ({self.lease.total_seconds():g}s) must be at least 3x the Slack "
                             f"timeout ({self.slack_timeout:g}s)")

    def backoff_after(self, attempt: int) -> float:
        return min(self.backoff_cap, self.backoff * 2 ** (attempt - 1)) * random.uniform(0.75, 1.0)


class LeaseLost(Exception):
    """Another process took the run over: stop without posting."""


class Deliverer:
    """Delivers due slots. One per process; safe to run many slots concurrently."""

    def __init__(self, *, subscriptions: Subscriptions, runs: Runs, compose: Compose, notice: PauseNotice,
                 token: str, base_url: str, owner: str, clock: Clock, policy: DeliveryPolicy = DeliveryPolicy(),
                 sleep: Callable[[float], Awaitable[None]] = asyncio.sleep) -> None:
        self.subscriptions, self.runs, self.compose, self.notice = subscriptions, runs, compose, notice
        self._token, self.base_url = token, base_url
        self.owner, self.clock, self.policy, self.sleep = owner, clock, policy, sleep

    async def deliver(self, slot: Slot) -> str:
        """Claim and deliver `slot`; returns the outcome ("skipped" if another process has it)."""
        p = self.policy
        claim = await asyncio.to_thread(self.runs.claim, slot.channel_id, slot.local_date, self.owner,
                                        self.clock(), p.lease, p.max_rounds)
        if claim is None:
            return "skipped"
        job = _Job(self, slot, claim)
        try:
            return await job.run()
        except LeaseLost:
            await job.record("lost_lease", error="another process took the run over; not posting")
            return "lost_lease"


class _Job:
    """One claimed run, from claim to a settled or released row."""

    def __init__(self, d: Deliverer, slot: Slot, claim: Claim) -> None:
        self.d, self.slot, self.claim = d, slot, claim
        self.key = (slot.channel_id, slot.local_date)
        self.client = make_client(d._token, d.base_url, d.policy.slack_timeout, self._rate_limited,
                                  d.policy.rate_limit_retries)

    async def db(self, fn, *args, **kwargs):  # noqa: ANN001, ANN202
        return await asyncio.to_thread(fn, *args, **kwargs)

    async def record(self, outcome: str, *, ts: str | None = None, error: str | None = None) -> None:
        attempt = await self.db(self.d.runs.log, *self.key, self.d.owner, outcome, self.d.clock(),
                                message_ts=ts, error=error)
        log.info(logs.attempt(self.slot, attempt, outcome, ts, error))

    async def renew(self, extra: float = 0.0) -> None:
        now = self.d.clock()
        lease = self.d.policy.lease + timedelta(seconds=extra)
        if not await self.db(self.d.runs.renew, *self.key, self.d.owner, now, lease):
            raise LeaseLost()

    async def _rate_limited(self, method: str, wait: float | None) -> None:
        shown = f"{wait:g}s" if wait is not None else "not given"
        await self.record("rate_limited", error=f"HTTP 429 from {method}: Retry-After {shown}")
        await self.renew(extra=(wait if wait is not None else 60.0) + 1.0)  # the wait must not cost the lease

    async def run(self) -> str:
        d, p = self.d, self.d.policy
        sub = await self.db(d.subscriptions.get, self.slot.channel_id)
        if sub is None or not sub.active:
            await self.db(d.runs.abandon, *self.key, d.owner)
            return "abandoned"
        must_check = self.claim.takeover
        message: dict[str, Any] | None = None
        reason = ""
        for attempt in range(1, p.attempts_per_round + 1):
            if attempt > 1:
                await d.sleep(p.backoff_after(attempt - 1))
            await self.renew()
            try:
                if must_check:
                    ts = await find_briefing(self.client, *self.key, self.day_start(sub))
                    if ts:
                        return await self.settle(DONE, "found_in_history", ts=ts)
                    must_check = False
                if message is None:
                    message = await self.compose(sub)
                    if message is None:
                        return await self.release("compose failed")
                await self.renew()
                response = await self.client.chat_postMessage(
                    channel=self.slot.channel_id, text=message["text"], blocks=message.get("blocks"),
                    metadata=tag(*self.key), unfurl_links=False, unfurl_media=False)
                return await self.settle(DONE, "posted", ts=response.get("ts"))
            except LeaseLost:
                raise
            except Exception as exc:  # noqa: BLE001 - classify re-raises anything that is not Slack's
                failure = classify(exc)
                reason = failure.reason
                if failure.kind == "pause":
                    return await self.pause(sub, reason)
                if failure.kind == "permanent":
                    return await self.settle(FAILED, "failed", error=reason)
                must_check = must_check or failure.ambiguous
                await self.record("retry", error=reason)
        return await self.release(reason)

    def day_start(self, sub: Subscription) -> datetime:
        return datetime.combine(self.slot.local_date, time(0), tzinfo=sub.zone).astimezone(UTC)

    async def compose(self, sub: Subscription) -> dict[str, Any] | None:
        since = await self.db(self.d.runs.last_briefing_at, self.slot.channel_id, self.slot.local_date)
        try:
            message = await self.d.compose(sub, since)
            if not isinstance(message, dict) or not str(message.get("text") or "").strip():
                raise ValueError("compose returned no fallback text")
            return message
        except Exception as exc:  # noqa: BLE001 - any renderer failure: log it, retry in a later round
            log.exception(logs.compose_failed(self.slot))
            await self.record("compose_failed", error=f"{type(exc).__name__}: {exc}"[:500])
            return None

    async def settle(self, status: str, outcome: str, *, ts: str | None = None,
                     error: str | None = None) -> str:
        await self.record(outcome, ts=ts, error=error)
        if not await self.db(self.d.runs.finish, *self.key, self.d.owner, status, self.d.clock(),
                             message_ts=ts, error=error):
            raise LeaseLost()
        return outcome

    async def release(self, reason: str) -> str:
        now = self.d.clock()
        p = self.d.policy
        state = await self.db(self.d.runs.release, *self.key, self.d.owner, now, now + p.retry_later, reason,
                              p.max_rounds)
        outcome = "failed" if state == FAILED else "released"
        await self.record(outcome, error=reason)
        return outcome

    async def pause(self, sub: Subscription, error: str) -> str:
        """The channel is gone or closed to us: pause it, tell the subscriber, settle the day."""
        await self.db(self.d.subscriptions.pause, sub.channel_id, error, self.d.clock())
        outcome = await self.settle(RUN_PAUSED, "paused", error=error)
        try:
            await self.client.chat_postMessage(channel=sub.subscriber_id, **self.d.notice(sub, error))
            await self.record("subscriber_notified")
        except Exception as exc:  # noqa: BLE001 - the pause stands even if the DM fails
            await self.record("notify_failed", error=classify(exc).reason)
        return outcome
