"""The App Home tab: the latest briefing and how to use the bot, published when opened."""

from __future__ import annotations

import asyncio
import logging

from slack_bolt.async_app import AsyncApp

from bot.answer import Answerer

log = logging.getLogger("bot.listeners")


def register(app: AsyncApp, answerer: Answerer) -> None:
    @app.event("app_home_opened")
    async def on_home_opened(event, client) -> None:
        if event.get("tab", "home") != "home":
            return
        view = await asyncio.to_thread(answerer.home, event["user"])
        await client.views_publish(user_id=event["user"], view=view)
