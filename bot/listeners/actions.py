"""Buttons: Show more, Share in channel, the speaker picked from ambiguous candidates, Show in
context (a modal with the paragraphs around a claim's evidence) and Chart (the key numbers as a
picture, uploaded to the conversation by `charts.py`).

Each button carries the question it belongs to (`Ask.state()` as JSON in its value), so any
replica can answer a click without session state.
"""

from __future__ import annotations

import asyncio
import json
import re
from dataclasses import replace

from slack_bolt.async_app import AsyncApp
from slack_sdk.errors import SlackApiError

from bot.answer import BAD_BUTTON, Answerer, Ask
from bot.errors import UserError
from bot.listeners.charts import post_chart
from bot.listeners.once import PressedOnce
from bot.listeners.send import NO_UNFURL, DeliveryFailed, deliver, ephemeral_via_api, log, send_checked


def _ask(action: dict) -> Ask:
    try:
        state = json.loads(action.get("value") or "{}")
    except (ValueError, RecursionError):
        raise UserError(BAD_BUTTON) from None
    return Ask.from_state(state)


async def _read(answerer: Answerer, action: dict, respond) -> Ask | None:
    """The button's question, or None after telling the person it could not be read."""
    try:
        return _ask(action)
    except UserError as exc:
        log.warning("unreadable button value on %s", action.get("action_id"))
        try:
            await send_checked(respond, **answerer.notice(str(exc)).message, **NO_UNFURL, response_type="ephemeral",
                               replace_original=False)
        except DeliveryFailed as failed:
            log.error("could not tell the person: %s", failed)
        return None


def _claim_of(action: dict) -> str:
    """The claim id a claim's button carries (`{"claim": ID}`); "" when it cannot be read."""
    try:
        value = json.loads(action.get("value") or "{}")
    except (ValueError, RecursionError):
        return ""
    claim = value.get("claim") if isinstance(value, dict) else None
    return claim[:64] if isinstance(claim, str) else ""


async def _tell(respond, answerer: Answerer, line: str) -> None:
    try:
        await send_checked(respond, **answerer.notice(line).message, **NO_UNFURL, response_type="ephemeral",
                           replace_original=False)
    except DeliveryFailed as failed:
        log.error("could not tell the person: %s", failed)


def _thread_of(body: dict) -> str:
    message = body.get("message") or {}
    return message.get("thread_ts") or message.get("ts") or ""


async def _send_next(answerer: Answerer, ask: Ask, body: dict, respond, say, client, replace_original: bool) -> None:
    if ask.surface in ("dm", "thread"):  # visible conversation: a new message in the same place
        thread = _thread_of(body) if ask.surface == "thread" else None
        await deliver(answerer, ask, say, respond, **({"thread_ts": thread} if thread else {}))
    else:
        other = ephemeral_via_api(client, (body.get("channel") or {}).get("id"), (body.get("user") or {}).get("id"))
        await deliver(answerer, ask, respond, other, response_type="ephemeral", replace_original=replace_original)


def register(app: AsyncApp, answerer: Answerer, once: PressedOnce | None = None) -> None:
    once = once or PressedOnce()

    @app.action("show_more")
    async def on_show_more(ack, action, body, respond, say, client) -> None:
        await ack()
        if ask := await _read(answerer, action, respond):
            await _send_next(answerer, ask, body, respond, say, client, replace_original=False)

    @app.action(re.compile(r"^pick_speaker_\d+$"))
    async def on_pick_speaker(ack, action, body, respond, say, client) -> None:
        await ack()
        if ask := await _read(answerer, action, respond):
            await _send_next(answerer, ask, body, respond, say, client, replace_original=True)

    @app.action("show_context")
    async def on_show_context(ack, action, body, respond, client) -> None:
        await ack()
        claim_id = _claim_of(action)
        view = await asyncio.to_thread(answerer.context, claim_id)
        if view is None:
            await _tell(respond, answerer, "That claim is no longer in the index (it was re-extracted or "
                        "removed); ask again for the current one.")
            return
        try:
            await client.views_open(trigger_id=body.get("trigger_id"), view=view)
        except SlackApiError as exc:  # an expired trigger (over 3 s) or a refused view: say so, never silence
            log.warning("could not open the context modal: %s", exc.response.get("error", "?"))
            await _tell(respond, answerer, "Slack did not open the passage (try the button again).")

    @app.action("share_in_channel")
    async def on_share(ack, action, body, respond) -> None:
        await ack()
        if not await once.first(body, action):
            log.info("ignoring a second press of Share on the same message")
            return
        if not (read := await _read(answerer, action, respond)):
            return
        ask = replace(read, surface="shared")
        await respond(delete_original=True)
        await deliver(answerer, ask, respond, response_type="in_channel", replace_original=False)

    @app.action("show_chart")
    async def on_chart(ack, action, body, respond, client) -> None:
        await ack()
        if not (ask := await _read(answerer, action, respond)):
            return
        if not answerer.wants_chart(ask):  # a value the bot did not write for this button
            log.warning("a Chart button without a chart question")
            await _tell(respond, answerer, BAD_BUTTON)
            return
        if not await once.first(body, action):  # a double click posts one picture
            await _tell(respond, answerer, f"The chart from this message is posted already; `{ask.command} chart` "
                        "draws a fresh one.")
            return
        channel, user = (body.get("channel") or {}).get("id"), (body.get("user") or {}).get("id")
        thread = _thread_of(body) if ask.surface == "thread" else None
        await post_chart(answerer, ask, client, channel, respond, ephemeral_via_api(client, channel, user, thread),
                         thread_ts=thread, response_type="ephemeral", replace_original=False)
