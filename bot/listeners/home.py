"""The App Home tab: the latest briefing, the workspace's daily briefings, and how to use the bot.

Published when opened. The daily briefings come from the database; if it cannot be read the tab
still shows everything else (the index is in memory), so a database outage never blanks it.
"""

from __future__ import annotations

import asyncio
import logging

from slack_bolt.async_app import AsyncApp

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


def register(app: AsyncApp, answerer: Answerer, briefings: BriefingService | None = None) -> None:
    @app.event("app_home_opened")
    async def on_home_opened(event, body, client) -> None:
        if event.get("tab", "home") != "home":
            return
        subscriptions = await _subscriptions(briefings, body.get("team_id") or "")
        view = await asyncio.to_thread(answerer.home, event["user"], subscriptions)
        await client.views_publish(user_id=event["user"], view=view)
