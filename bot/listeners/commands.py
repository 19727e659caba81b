"""Slash commands, one listener per command declared in briefings/topics.yaml.

An answer ready within `answer_in_ack_seconds` travels in the acknowledgement itself (a slash
command's HTTP response, or Socket Mode's ack payload, may carry the message): no round trip to
`response_url`, and the person sees it sooner. A slower answer is acknowledged empty, well within
Slack's 3 seconds, and follows via `response_url`, with `chat.postEphemeral` if that fails.
A topic's chart (`/nk-troops chart`) is acknowledged at once and uploaded by `charts.py`.
"""

from __future__ import annotations

import asyncio

from slack_bolt.async_app import AsyncApp

from bot.answer import Answerer, Ask
from bot.listeners.charts import on_chart_command
from bot.listeners.send import NO_UNFURL, answer_for, ephemeral_via_api, send_answer
from bot.topics import ANSWER_KINDS, Catalogue


def register(app: AsyncApp, answerer: Answerer, catalogue: Catalogue, answer_in_ack_seconds: float = 1.5) -> None:
    async def on_command(ack, command, respond, client) -> None:
        ask = Ask(command=command["command"], text=command.get("text") or "", surface="ephemeral")
        if answerer.wants_chart(ask):  # a picture uploaded to the channel, not a message: acked at once
            await ack()
            await on_chart_command(answerer, ask, command, respond, client)
            return
        answering = asyncio.ensure_future(answer_for(answerer, ask))
        if answer_in_ack_seconds > 0:
            await asyncio.wait({answering}, timeout=answer_in_ack_seconds)
            if answering.done():
                await ack(**answering.result().message, **NO_UNFURL, response_type="ephemeral")
                return
        await ack()
        other = ephemeral_via_api(client, command.get("channel_id"), command.get("user_id"))
        await send_answer(await answering, respond, other, response_type="ephemeral")

    for declared in catalogue.commands:
        if declared.kind in ANSWER_KINDS:  # the daily-briefing commands: bot.listeners.briefings
            app.command(declared.command)(on_command)
