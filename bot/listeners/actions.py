"""Buttons: Show more, Share in channel, and the speaker picked from ambiguous candidates.

Each button carries the question it belongs to (`Ask.state()` as JSON in its value), so any
replica can answer a click without session state.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace

from slack_bolt.async_app import AsyncApp

from bot.answer import Answerer, Ask
from bot.listeners.send import deliver


def _ask(action: dict) -> Ask:
    return Ask.from_state(json.loads(action.get("value") or "{}"))


def _thread_of(body: dict) -> str:
    message = body.get("message") or {}
    return message.get("thread_ts") or message.get("ts") or ""


async def _send_next(answerer: Answerer, ask: Ask, body: dict, respond, say, replace_original: bool) -> None:
    if ask.surface in ("dm", "thread"):  # visible conversation: a new message in the same place
        thread = _thread_of(body) if ask.surface == "thread" else None
        await deliver(answerer, ask, say, **({"thread_ts": thread} if thread else {}))
    else:
        await deliver(answerer, ask, respond, response_type="ephemeral", replace_original=replace_original)


def register(app: AsyncApp, answerer: Answerer) -> None:
    @app.action("show_more")
    async def on_show_more(ack, action, body, respond, say) -> None:
        await ack()
        await _send_next(answerer, _ask(action), body, respond, say, replace_original=False)

    @app.action(re.compile(r"^pick_speaker_\d+$"))
    async def on_pick_speaker(ack, action, body, respond, say) -> None:
        await ack()
        await _send_next(answerer, _ask(action), body, respond, say, replace_original=True)

    @app.action("share_in_channel")
    async def on_share(ack, action, respond) -> None:
        await ack()
        ask = replace(_ask(action), surface="shared")
        await respond(delete_original=True)
        await deliver(answerer, ask, respond, response_type="in_channel", replace_original=False)
