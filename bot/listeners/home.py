"""The App Home tab: the latest briefing, the workspace's daily briefings and alerts, how to use
the bot, and for editors the review queue.

Published when opened. The daily briefings come from the database; if it cannot be read the tab
still shows everything else (the index is in memory), so a database outage never blanks it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncApp

from bot.alerts.store import Watches
from bot.answer import Answerer
from bot.briefing import present
from bot.briefing.service import BriefingService
from bot.review.queue import Item, review_queue
from bot.review.service import ReviewService

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


def _queue(review: ReviewService) -> list[Item] | None:
    try:
        standing = {r.decision.claim_id: r for r in review.store.all_standing()}
        feedback = review.store.feedback()
    except Exception as exc:  # noqa: BLE001 - show the rest of the tab; the log says why
        log.warning("App Home without the review queue: %s: %s", type(exc).__name__, str(exc)[:200])
        return None
    return review_queue(review.holder.index, review.holder.added_documents(), standing, feedback)


def register(app: AsyncApp, answerer: Answerer, briefings: BriefingService | None = None,
             watches: Watches | None = None, review: ReviewService | None = None,
             editors: frozenset[str] = frozenset()) -> Callable[[Any, str, str, str], Awaitable[None]]:
    """Registers the tab; returns `publish(client, user, team, notice)` for listeners that change it."""
    async def publish(client: Any, user: str, team: str, notice: str = "") -> None:
        subscriptions = await _subscriptions(briefings, team)
        alerts = await _alerts(watches, team)
        queue = await asyncio.to_thread(_queue, review) if review is not None and user in editors else None
        view = await asyncio.to_thread(answerer.home, user, subscriptions, alerts, queue, notice)
        await client.views_publish(user_id=user, view=view)

    @app.event("app_home_opened")
    async def on_home_opened(event, body, client) -> None:
        if event.get("tab", "home") != "home":
            return
        await publish(client, event["user"], body.get("team_id") or "")

    return publish
