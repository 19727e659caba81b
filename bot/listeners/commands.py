"""Slash commands, one listener per command declared in briefings/topics.yaml."""

from __future__ import annotations

from slack_bolt.async_app import AsyncApp

from bot.answer import Answerer, Ask
from bot.listeners.send import deliver, ephemeral_via_api
from bot.topics import ANSWER_KINDS, Catalogue


def register(app: AsyncApp, answerer: Answerer, catalogue: Catalogue) -> None:
    async def on_command(ack, command, respond, client) -> None:
        await ack()  # first, well within Slack's 3 seconds; the answer follows via response_url
        ask = Ask(command=command["command"], text=command.get("text") or "", surface="ephemeral")
        other = ephemeral_via_api(client, command.get("channel_id"), command.get("user_id"))
        await deliver(answerer, ask, respond, other, response_type="ephemeral")

    for declared in catalogue.commands:
        if declared.kind in ANSWER_KINDS:  # the daily-briefing commands: bot.listeners.briefings
            app.command(declared.command)(on_command)
