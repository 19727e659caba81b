"""Subscriptions as the templates show them: plain dicts, times already in the channel's zone.

The service returns `SubscriptionView`s; these functions only choose the display form (a local
time with its zone abbreviation, the last run as "date outcome"), so the wording stays in
`subscribed.json.j2`, `subscriptions.json.j2` and `home.json.j2`.
"""

from __future__ import annotations

from typing import Any

from bot.briefing.service import ListResult, SubscribeResult, SubscriptionView


def subscription(v: SubscriptionView) -> dict[str, Any]:
    return {"channel_id": v.channel_id, "local_time": v.local_time, "timezone": v.timezone, "status": v.status,
            "paused_reason": v.paused_reason or "", "subscriber_id": v.subscriber_id,
            "next_run": v.next_run.strftime("%a %d %b %Y %H:%M %Z") if v.next_run else "",
            "last_date": v.last_date.isoformat() if v.last_date else "", "last_outcome": v.last_outcome or ""}


def subscribed(result: SubscribeResult) -> dict[str, Any]:
    return {"sub": subscription(result.view), "change": result.change, "time_defaulted": result.time_defaulted,
            "zone_defaulted": result.zone_defaulted,
            "previous": subscription(result.previous) if result.previous else None}


def listing(result: ListResult, channel_id: str) -> dict[str, Any]:
    return {"channel_id": channel_id, "here": subscription(result.channel) if result.channel else None,
            "others": [subscription(v) for v in result.workspace if v.channel_id != channel_id]}
