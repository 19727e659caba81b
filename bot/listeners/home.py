"""The App Home tab: the latest briefing, the workspace's daily briefings and alerts, how to use
the bot, and for editors the review queue.

Published when opened. The daily briefings come from the database; if it cannot be read the tab
still shows everything else (the index is in memory), so a database outage never blanks it.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from slack_bolt.async_app import AsyncApp

from bot.alerts.store import Watches
from bot.answer import Answerer
from bot.briefing import present
from bot.briefing.service import BriefingService
from bot.review.queue import Item, review_queue
from bot.review.service import ReviewService

log = logging.getLogger("bot.listeners")
T = TypeVar("T")


async def _section(what: str, read: Callable[[], T]) -> T | None:
    """One part of the tab read from the database in a thread; None (the tab shows the rest) if it fails."""
    try:
        return await asyncio.to_thread(read)
    except Exception as exc:  # noqa: BLE001 - show the rest of the tab; the log says why
        log.warning("App Home without %s: %s: %s", what, type(exc).__name__, str(exc)[:200])
        return None


def _alerts(watches: Watches, team_id: str) -> list[dict]:
    by_channel: dict[str, list[str]] = {}
    for w in watches.of_team(team_id):
        by_channel.setdefault(w.channel_id, []).append(w.label)
    return [{"channel_id": c, "labels": labels} for c, labels in by_channel.items()]


def _queue(review: ReviewService) -> list[Item]:
    standing = {r.decision.claim_id: r for r in review.store.all_standing()}
    return review_queue(review.holder.index, review.holder.added_documents(), standing, review.store.feedback())


def register(app: AsyncApp, answerer: Answerer, briefings: BriefingService | None = None,
             watches: Watches | None = None, review: ReviewService | None = None,
             editors: frozenset[str] = frozenset()) -> Callable[[Any, str, str, str], Awaitable[None]]:
    """Registers the tab; returns `publish(client, user, team, notice)` for listeners that change it."""
    async def publish(client: Any, user: str, team: str, notice: str = "") -> None:
        subscriptions = await _section("daily briefings", lambda: [
            present.subscription(v) for v in briefings.status(team)]) if briefings else None
        alerts = await _section("alerts", lambda: _alerts(watches, team)) if watches else None
        queue = await _section("the review queue", lambda: _queue(review)) if review and user in editors else None
        view = await asyncio.to_thread(answerer.home, user, subscriptions, alerts, queue, notice)
        await client.views_publish(user_id=user, view=view)

    @app.event("app_home_opened")
    async def on_home_opened(event, body, client) -> None:
        if event.get("tab", "home") != "home":
            return
        await publish(client, event["user"], body.get("team_id") or "")

    return publish
