"""Wording of the one message delivery sends besides the briefing: the pause notice.

Kept here, small and pure, until the renderer (bot/render.py, briefings/templates) exists; then
it becomes a template. Plain text with Slack's channel mention syntax, no Block Kit.
"""

from __future__ import annotations

from bot.briefing.model import Subscription

_WHY = {
    "channel_not_found": "I can no longer find that channel (it may have been deleted, or I lost access)",
    "not_in_channel": "I am no longer a member of that channel",
    "is_archived": "the channel is archived",
}


def paused_notice(sub: Subscription, error: str) -> dict:
    why = _WHY.get(error, f"Slack refused the post ({error})")
    return {"text": (f"I paused the daily briefing for <#{sub.channel_id}>: {why}. "
                     f"To resume, unarchive the channel or invite me back, then run "
                     f"`/nk-subscribe {sub.time_text} {sub.timezone}` in it.")}
