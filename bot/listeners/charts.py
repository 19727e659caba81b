"""`/nk-troops chart` and the Chart button: the key numbers as a picture, uploaded to the channel.

Drawing is CPU work, so it runs in a worker thread after the ack. The picture goes up with
`files_upload_v2` (three calls: an upload address, the bytes, completing the upload into the
channel with a comment that says in words what the picture shows); the person who asked is told
in an ephemeral message that it is there, or why it is not, never with a traceback.
"""

from __future__ import annotations

import asyncio
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.answer import Answer, Answerer, Ask, Chart
from bot.listeners.send import Send, ephemeral_via_api, log, send_answer

# Slack's errors that mean the bot cannot post files where it was asked: it is not a member there.
NOT_A_MEMBER = {"not_in_channel", "channel_not_found", "is_archived", "restricted_action"}
POSTED = "Posted the chart of the key numbers to this conversation."
NOT_IN_CHANNEL = ("I could not post the chart here: I am not a member of this channel. Invite me "
                  "(`/invite @{bot}`), then ask again with `{command} chart`.")
NOT_TAKEN = "Slack did not take the chart ({reason}). Please try again in a moment."


async def post_chart(answerer: Answerer, ask: Ask, client: Any, channel: str | None, tell: Send,
                     other: Send | None = None, thread_ts: str | None = None, **extra: Any) -> None:
    """Draw `ask`'s chart and upload it to `channel`; `tell` (with `other` as its fallback, both
    bound to the person) says what happened."""
    try:
        chart = await asyncio.to_thread(answerer.chart, ask)
    except Exception:
        log.exception("failed to draw the chart for %s %r", ask.command, ask.text[:80])
        await send_answer(answerer.error(ask), tell, other, **extra)
        return
    if not chart.png:  # no figures: say so rather than post an empty picture
        await send_answer(Answer(chart.message, (), {}), tell, other, **extra)
        return
    line = await _upload(answerer, ask, chart, client, channel, thread_ts)
    await send_answer(answerer.notice(line, ask), tell, other, **extra)


async def _upload(answerer: Answerer, ask: Ask, chart: Chart, client: Any, channel: str | None,
                  thread_ts: str | None) -> str:
    """Upload the picture; what to tell the person."""
    if not channel:
        return NOT_TAKEN.format(reason="no conversation to post in")
    try:
        await client.files_upload_v2(channel=channel, file=chart.png, filename=chart.filename,
                                     title=chart.title, alt_txt=chart.alt, initial_comment=chart.message["text"],
                                     **({"thread_ts": thread_ts} if thread_ts else {}))
        return POSTED
    except SlackApiError as exc:
        error = exc.response.get("error", "") if hasattr(exc.response, "get") else ""
        method = str(getattr(exc.response, "api_url", "")).rsplit("/", 1)[-1]
        log.warning("could not upload the chart: %s %s", method, error or getattr(exc.response, "status_code", "?"))
        if error in NOT_A_MEMBER:
            bot = answerer.catalogue.app.get("bot_name", "the bot")
            return NOT_IN_CHANNEL.format(bot=bot, command=ask.command)
        return NOT_TAKEN.format(reason=error or "an error")
    except (SlackClientError, aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
        log.warning("could not upload the chart: %s", type(exc).__name__)  # (its message may quote a URL)
        return NOT_TAKEN.format(reason="the upload failed")


async def on_chart_command(answerer: Answerer, ask: Ask, command: dict, respond, client) -> None:
    """The slash command, after its ack: the person hears back by `response_url`, else ephemerally."""
    await post_chart(answerer, ask, client, command.get("channel_id"), respond,
                     ephemeral_via_api(client, command.get("channel_id"), command.get("user_id")),
                     response_type="ephemeral")
