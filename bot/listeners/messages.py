"""Free-text questions: direct messages (answered in the DM) and mentions (answered in a thread).

DMs arrive as `message` events with `channel_type: im` (the `message.im` subscription), never
as `app_mention`. Edits, joins and other message subtypes are acknowledged and ignored; bolt
already drops the bot's own messages.
"""

from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from bot.answer import Answerer, Ask
from bot.listeners.send import deliver, ephemeral_via_api


async def _is_plain_dm(event: dict) -> bool:
    return event.get("channel_type") == "im" and not event.get("subtype") and not event.get("bot_id")


def register(app: AsyncApp, answerer: Answerer) -> None:
    @app.event("app_mention")
    async def on_mention(event, say, client) -> None:
        thread = event.get("thread_ts") or event["ts"]
        other = ephemeral_via_api(client, event.get("channel"), event.get("user"), thread)
        await deliver(answerer, Ask(text=event.get("text") or "", surface="thread"), say, other, thread_ts=thread)

    @app.event("message", matchers=[_is_plain_dm])
    async def on_dm(event, say, client) -> None:
        other = ephemeral_via_api(client, event.get("channel"), event.get("user"))
        await deliver(answerer, Ask(text=event.get("text") or "", surface="dm"), say, other)
