"""The one message delivery sends besides the briefing: the pause notice to the subscriber.

Its wording is `briefings/templates/paused.json.j2`, like every other message; here is only which
template, with which fields.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from bot.briefing.model import Subscription
from bot.render import Renderer

PauseNotice = Callable[[Subscription, str], dict[str, Any]]


def pause_notice(renderer: Renderer) -> PauseNotice:
    def notice(sub: Subscription, error: str) -> dict[str, Any]:
        return renderer.message("paused.json.j2", channel_id=sub.channel_id, reason=error,
                                time_text=sub.time_text, timezone=sub.timezone)
    return notice
