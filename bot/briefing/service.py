"""The seam for the Slack listeners and the CLI: subscribe, unsubscribe, list, status, as data.

A listener reads: ack -> (users.info for the requester's tz) -> `await service.subscribe(...)`
-> render the returned data with a template -> respond. `UserError` carries a message to show
as it is. Database work runs in a thread so the app's event loop never blocks on it.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Engine

from bot.briefing.clock import Clock, system_clock
from bot.briefing.commands import parse_no_arguments, parse_subscribe
from bot.briefing.model import Run, Subscription
from bot.briefing.runs import Runs
from bot.briefing.schedule import local_date, next_run
from bot.briefing.subscriptions import Subscriptions


@dataclass(frozen=True)
class SubscriptionView:
    """One subscription as people see it: next run in the channel's own zone, last outcome."""
    team_id: str
    channel_id: str
    local_time: str
    timezone: str
    subscriber_id: str
    status: str
    paused_reason: str | None
    next_run: datetime | None  # aware, in `timezone`; None while paused
    last_date: date | None
    last_outcome: str | None  # the last run's state: done | paused | failed | running
    last_message_ts: str | None


@dataclass(frozen=True)
class SubscribeResult:
    view: SubscriptionView
    change: str  # created | updated | resumed | unchanged
    time_defaulted: bool
    zone_defaulted: bool
    previous: SubscriptionView | None


@dataclass(frozen=True)
class ListResult:
    channel: SubscriptionView | None  # the channel the command ran in
    workspace: list[SubscriptionView]  # every subscription of the team, this channel included


def view(sub: Subscription, last: Run | None, now: datetime) -> SubscriptionView:
    done_today = bool(last and last.local_date == local_date(now, sub.zone) and last.status != "running")
    nxt = next_run(sub, now, done_today=done_today)
    return SubscriptionView(
        team_id=sub.team_id, channel_id=sub.channel_id, local_time=sub.time_text, timezone=sub.timezone,
        subscriber_id=sub.subscriber_id, status=sub.status, paused_reason=sub.paused_reason,
        next_run=nxt.astimezone(sub.zone) if nxt else None, last_date=last.local_date if last else None,
        last_outcome=last.status if last else None, last_message_ts=last.message_ts if last else None)


class BriefingService:
    def __init__(self, engine: Engine, clock: Clock = system_clock) -> None:
        self.subscriptions, self.runs, self.clock = Subscriptions(engine), Runs(engine), clock

    async def subscribe(self, *, team_id: str, channel_id: str, user_id: str, text: str,
                        user_tz: str | None) -> SubscribeResult:
        """`/nk-subscribe` text -> the channel's subscription (created, changed or resumed)."""
        args = parse_subscribe(text, user_tz)
        return await asyncio.to_thread(self._subscribe, team_id, channel_id, user_id, args)

    def _subscribe(self, team_id, channel_id, user_id, args) -> SubscribeResult:  # noqa: ANN001
        now = self.clock()
        result = self.subscriptions.subscribe(team_id=team_id, channel_id=channel_id,
                                              local_time=args.local_time, timezone=args.timezone,
                                              subscriber_id=user_id, now=now)
        last = self.runs.latest([channel_id]).get(channel_id)
        previous = view(result.previous, last, now) if result.previous else None
        return SubscribeResult(view(result.subscription, last, now), result.change, args.time_defaulted,
                               args.zone_defaulted, previous)

    async def unsubscribe(self, *, channel_id: str, text: str = "") -> SubscriptionView | None:
        """`/nk-unsubscribe`: what was removed, or None if the channel had no subscription."""
        parse_no_arguments("/nk-unsubscribe", text)

        def run() -> SubscriptionView | None:
            removed = self.subscriptions.unsubscribe(channel_id)
            return view(removed, None, self.clock()) if removed else None
        return await asyncio.to_thread(run)

    async def list(self, *, team_id: str, channel_id: str, text: str = "") -> ListResult:
        """`/nk-subscriptions`: this channel's subscription and the workspace's."""
        parse_no_arguments("/nk-subscriptions", text)
        views = await asyncio.to_thread(self.status, team_id)
        here = next((v for v in views if v.channel_id == channel_id), None)
        return ListResult(here, views)

    async def since(self, channel_id: str) -> tuple[Subscription | None, datetime | None]:
        """For `/nk-brief`: the channel's subscription and when its previous briefing went out,
        so the on-demand briefing says what today's scheduled one says (or will say)."""
        def run() -> tuple[Subscription | None, datetime | None]:
            sub = self.subscriptions.get(channel_id)
            if sub is None:
                return None, None
            return sub, self.runs.last_briefing_at(channel_id, local_date(self.clock(), sub.zone))
        return await asyncio.to_thread(run)

    def status(self, team_id: str | None = None) -> list[SubscriptionView]:
        """Every subscription (of one team, or all) with next run and last outcome; synchronous."""
        now = self.clock()
        subs = self.subscriptions.list(team_id)
        latest = self.runs.latest([s.channel_id for s in subs]) if subs else {}
        return [view(s, latest.get(s.channel_id), now) for s in subs]
