"""The briefing as a message: `compose.daily` (pure) rendered by `daily.json.j2`, validated.

`Composer` is the `compose(subscription, since)` callable the scheduler needs. It reads the
index from the app's `IndexHolder` on every call, once per message, so a SIGHUP reload is in the
next briefing and a reload mid-render cannot mix two indexes. The same object serves `/nk-brief`
(ephemeral, with a Share button) and `nkbot briefing preview`.
"""

from __future__ import annotations

import asyncio
import json
from datetime import datetime, tzinfo
from typing import Any

from bot.blockkit import MessageTooLarge
from bot.briefing.clock import Clock, system_clock
from bot.briefing.compose import daily, daily_context
from bot.briefing.model import Subscription
from bot.index.holder import IndexHolder
from bot.render import Renderer
from bot.topics import Catalogue

TEMPLATE = "daily.json.j2"
CLAIM_LIMITS = (8, 4, 2, 1, 0)  # claims shown, tried in turn until the message fits Slack's limits


class Composer:
    def __init__(self, holder: IndexHolder, renderer: Renderer, catalogue: Catalogue, public_base_url: str = "",
                 clock: Clock = system_clock) -> None:
        self.holder, self.renderer, self.public_base_url, self.clock = holder, renderer, public_base_url, clock
        self.topic_key = catalogue.home_topic
        command = next((c for c in catalogue.commands if c.kind == "topic" and c.topic == self.topic_key), None)
        self.topic_command = command.command if command else ""

    def message(self, since: datetime | None, zone: tzinfo, surface: str = "channel",
                asked: bool = False) -> dict[str, Any]:
        """The briefing for today in `zone`, with changes since `since` (the previous briefing, or with
        `asked` a moment someone asked about); fewer claims if it would not fit."""
        query = self.holder.query  # one index for the whole message
        briefing = daily(query, since, self.clock(), zone, self.topic_key)
        share = {"since": since.isoformat() if since else ""}
        for limit in CLAIM_LIMITS:
            context = daily_context(briefing, query, self.public_base_url, max_claims=limit)
            try:
                return self.renderer.message(TEMPLATE, **context, surface=surface, share_value=share,
                                             topic_command=self.topic_command, asked=asked)
            except MessageTooLarge:
                if limit == CLAIM_LIMITS[-1]:
                    raise
        raise AssertionError("unreachable")

    async def __call__(self, subscription: Subscription, since: datetime | None) -> dict[str, Any]:
        """The scheduler's seam: the channel's briefing, rendered off the event loop."""
        return await asyncio.to_thread(self.message, since, subscription.zone)


def since_from_share(value: str) -> datetime | None:
    """The `since` a Share button carries, so the shared briefing is the one the person saw."""
    try:
        raw = json.loads(value or "{}").get("since") or ""
        since = datetime.fromisoformat(raw) if raw else None
    except (ValueError, AttributeError, TypeError):
        return None
    return since if since is None or since.tzinfo else None  # a naive time is not one we wrote
