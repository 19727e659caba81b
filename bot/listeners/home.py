"""The App Home tab: the latest briefing, the workspace's daily briefings and alerts, and how to use
the bot.

Published when opened. The daily briefings come from the database; if it cannot be read the tab
still shows everything else (the index is in memory), so a database outage never blanks it.
"""

from __future__ import annotations

import asyncio
import logging

from slack_bolt.async_app import AsyncApp

from bot.alerts.store import Watches
from bot.answer import Answerer
from bot.briefing import present
from bot.briefing.service import BriefingService

log = logging.getLogger("bot.listeners")


async def _subscriptions(service: BriefingService | None, team_id: str) -> list[dict] | None:
    if service is None:
        return None
    try:
        views = await asyncio.to_thread(service.status, team_id)
    except Exception as exc:  # noqa: BLE001 - show the rest of the tab; the log says why
        log.warning("App Home without daily briefings: %s: %s", type(exc).__name__, str(exc)[:200])
        return None
    return [present.subscription(v) for v in views]


async def _alerts(watches: Watches | None, team_id: str) -> list[dict] | None:
    if watches is None:
        return None
    try:
        found = await asyncio.to_thread(watches.of_team, team_id)
    except Exception as exc:  # noqa: BLE001 - show the rest of the tab; the log says why
        log.warning("App Home without alerts: %s: %s", type(exc).__name__, str(exc)[:200])
        return None
    by_channel: dict[str, list[str]] = {}
    for w in found:
        by_channel.setdefault(w.channel_id, []).append(w.label)
    return [{"channel_id": c, "labels": labels} for c, labels in by_channel.items()]


def register(app: AsyncApp, answerer: Answerer, briefings: BriefingService | None = None,
             watches: Watches | None = None) -> None:
    @app.event("app_home_opened")
    async def on_home_opened(event, body, client) -> None:
        if event.get("tab", "home") != "home":
            return
        team = body.get("team_id") or ""
        subscriptions = await _subscriptions(briefings, team)
        alerts = await _alerts(watches, team)
        view = await asyncio.to_thread(answerer.home, event["user"], subscriptions, alerts)
        await client.views_publish(user_id=event["user"], view=view)
