"""`/nk-watch NAME|TOPIC` and `/nk-unwatch NAME|TOPIC|all`: what a channel is alerted about.

Like the daily-briefing commands they need the channel and the database: acked at once, the
reply follows on `response_url`, visible only to the person; a database that is down gets the
"unavailable" reply. The alerts themselves are `bot.alerts.runner`'s.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import asdict
import logging
from typing import Any

from slack_bolt.async_app import AsyncApp

from bot.alerts.match import resolve
from bot.alerts.store import Watches
from bot.index.holder import IndexHolder
from bot.listeners.briefings import BriefingCommands, register_channel_commands
from bot.topics import Catalogue

log = logging.getLogger("bot.listeners")


class WatchCommands:
    def __init__(self, watches: Watches, holder: IndexHolder, briefing: BriefingCommands) -> None:
        self.watches, self.holder, self.briefing = watches, holder, briefing

    async def watch(self, command: dict[str, Any], client: Any) -> dict[str, Any]:
        self.briefing.require_database()
        text = " ".join((command.get("text") or "").split())[:200]
        channel = command["channel_id"]
        if not text:
            current = await asyncio.to_thread(self.watches.of_channel, channel)
            return self._render("watched.json.j2", outcome="usage", watching=[asdict(w) for w in current])
        target = resolve(text, self.holder.query)
        if target.status != "found":
            return self._render("watched.json.j2", outcome=target.status, text=text,
                                candidates=[s.name for s in target.candidates[:6]], watching=[])
        watch, created = await asyncio.to_thread(
            self.watches.add, command.get("team_id", ""), channel, target.kind, target.key, target.label,
            command.get("user_id", ""), self.holder.latest_seq, dt.datetime.now(dt.UTC))
        current = await asyncio.to_thread(self.watches.of_channel, channel)
        return self._render("watched.json.j2", outcome="created" if created else "exists", text=text,
                            watch=asdict(watch), watching=[asdict(w) for w in current])

    async def unwatch(self, command: dict[str, Any], client: Any) -> dict[str, Any]:
        self.briefing.require_database()
        text = " ".join((command.get("text") or "").split())[:200]
        channel = command["channel_id"]
        current = await asyncio.to_thread(self.watches.of_channel, channel)
        if text.lower() == "all":
            chosen = current
        else:
            target = resolve(text, self.holder.query) if text else None
            chosen = [w for w in current if w.label.lower() == text.lower()
                      or (target and target.status == "found" and (w.kind, w.key) == (target.kind, target.key))]
        if chosen:
            await asyncio.to_thread(self.watches.remove, channel, [w.id for w in chosen])
        left = [w for w in current if w not in chosen]
        return self._render("unwatched.json.j2", text=text, removed=[asdict(w) for w in chosen],
                            watching=[asdict(w) for w in left])

    def _render(self, template: str, **context: Any) -> dict[str, Any]:
        return self.briefing.renderer.message(template, **context)


def register(app: AsyncApp, commands: WatchCommands, catalogue: Catalogue) -> None:
    register_channel_commands(app, commands.briefing, catalogue,
                              {"watch": commands.watch, "unwatch": commands.unwatch})
