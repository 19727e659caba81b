"""The daily-briefing commands: /nk-subscribe, /nk-unsubscribe, /nk-subscriptions, /nk-brief.

Each reads ack -> (users.info for the requester's zone) -> `BriefingService` -> render -> respond.
They ack first with nothing, because the database and users.info may take longer than Slack's
3 seconds on a bad day; the reply follows on `response_url`, visible only to the person. A
`UserError` (bad time, unknown zone) is shown as it is; a database that is down (or not yet
brought up) gets "briefings are unavailable, lookups still work"; anything else is logged and
apologised for. Which command is which comes from `kind` in briefings/topics.yaml.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import UTC
from typing import Any

from slack_bolt.async_app import AsyncApp
from sqlalchemy.exc import SQLAlchemyError

from bot.alerts.store import Watches
from bot.briefing import present
from bot.briefing.composer import Composer, since_from_share
from bot.briefing.service import BriefingService
from bot.briefing.wiring import DatabaseState
from bot.errors import UserError
from bot.listeners.once import PressedOnce
from bot.listeners.send import NO_UNFURL
from bot.render import Renderer
from bot.topics import Catalogue

log = logging.getLogger("bot.listeners")

Handler = Callable[[dict[str, Any], Any], Awaitable[dict[str, Any]]]


async def user_zone(client: Any, user_id: str) -> str | None:
    """The requester's IANA zone from their Slack profile (`users:read`); None if Slack won't say."""
    try:
        response = await client.users_info(user=user_id)
        return (response.get("user") or {}).get("tz") or None
    except Exception as exc:  # noqa: BLE001 - a missing scope or an outage: fall back to UTC, say so
        log.warning("users.info failed (%s); subscribing in UTC unless a zone is given", type(exc).__name__)
        return None


class DatabaseUnavailable(Exception):
    """The command needs the database and it is not there (yet)."""


class BriefingCommands:
    def __init__(self, service: BriefingService, composer: Composer, renderer: Renderer,
                 database: DatabaseState | None = None, watches: Watches | None = None) -> None:
        self.service, self.composer, self.renderer = service, composer, renderer
        self.database = database or DatabaseState(ready=True)
        self.watches = watches

    def require_database(self) -> None:
        if not self.database.ready:
            raise DatabaseUnavailable(self.database.reason)

    async def subscribe(self, command: dict[str, Any], client: Any) -> dict[str, Any]:
        self.require_database()
        result = await self.service.subscribe(
            team_id=command.get("team_id", ""), channel_id=command["channel_id"], user_id=command["user_id"],
            text=command.get("text") or "", user_tz=await user_zone(client, command["user_id"]))
        return self.renderer.message("subscribed.json.j2", **present.subscribed(result))

    async def unsubscribe(self, command: dict[str, Any], client: Any) -> dict[str, Any]:
        self.require_database()
        removed = await self.service.unsubscribe(channel_id=command["channel_id"], text=command.get("text") or "")
        return self.renderer.message("unsubscribed.json.j2",
                                     removed=present.subscription(removed) if removed else None)

    async def subscriptions(self, command: dict[str, Any], client: Any) -> dict[str, Any]:
        self.require_database()
        channel = command["channel_id"]
        result = await self.service.list(team_id=command.get("team_id", ""), channel_id=channel,
                                         text=command.get("text") or "")
        watching = await asyncio.to_thread(self.watches.of_channel, channel) if self.watches else []
        alert_status = await asyncio.to_thread(self.watches.status, channel) if self.watches else ("", "")
        return self.renderer.message("subscriptions.json.j2", **present.listing(result, channel),
                                     watching=[{"label": w.label, "kind": w.kind} for w in watching],
                                     alerts_paused=alert_status[1] if alert_status[0] == "paused" else "")

    async def brief(self, command: dict[str, Any], client: Any, surface: str = "ephemeral",
                    since_value: str | None = None) -> dict[str, Any]:
        """Today's briefing for the channel: since its previous one, as the scheduled post would say.
        Without the database it is still composed from the index, over the default window, in UTC."""
        sub, since = None, None
        if self.database.ready:
            try:
                sub, since = await self.service.since(command["channel_id"])
            except SQLAlchemyError as exc:
                log.warning("briefing window unknown, database unavailable (%s); using the default", type(exc).__name__)
        if since_value is not None:  # a Share click: the briefing the person saw
            since = since_from_share(since_value)
        return await asyncio.to_thread(self.composer.message, since, sub.zone if sub else UTC, surface)

    async def produce(self, handler: Handler, command: dict[str, Any], client: Any) -> tuple[dict[str, Any], bool]:
        """The reply to send and whether it is the answer (False: a problem or an apology)."""
        try:
            return await handler(command, client), True
        except UserError as exc:
            return self.renderer.message("briefing_problem.json.j2", line=str(exc)), False
        except (DatabaseUnavailable, SQLAlchemyError) as exc:
            log.warning("%s refused, database unavailable (%s)", command.get("command"), type(exc).__name__)
            return self.renderer.message("briefings_unavailable.json.j2"), False
        except Exception:
            log.exception("failed to handle %s", command.get("command"))
            return self.renderer.message("error.json.j2"), False

    @staticmethod
    async def send(respond: Any, message: dict[str, Any], **route: Any) -> None:
        """Post to response_url; a refusal is logged by its kind and status only (never the URL)."""
        try:
            result = await respond(**message, **NO_UNFURL, **route)
        except Exception as exc:  # noqa: BLE001 - an expired response_url or an outage: nothing else to try
            log.warning("could not deliver a daily-briefing reply: %s", type(exc).__name__)
            return
        status = getattr(result, "status_code", 200)
        if not 200 <= int(status) < 300:
            log.warning("could not deliver a daily-briefing reply: response_url answered HTTP %s", status)


def register_channel_commands(app: AsyncApp, commands: BriefingCommands, catalogue: Catalogue,
                              handlers: dict[str, Handler]) -> None:
    """Commands that act on a channel with the database (by `kind`): acked at once, then `handler`'s
    reply through `commands.produce` (its error policy) to the person only."""
    def listener(handler: Handler):  # noqa: ANN202 - bolt injects arguments by parameter name
        async def on_command(ack, command, client, respond) -> None:  # noqa: ANN001
            await ack()
            message, _ = await commands.produce(handler, command, client)
            await commands.send(respond, message, response_type="ephemeral")
        return on_command

    for declared in catalogue.commands:
        if declared.kind in handlers:
            app.command(declared.command)(listener(handlers[declared.kind]))


def register(app: AsyncApp, commands: BriefingCommands, catalogue: Catalogue, once: PressedOnce | None = None) -> None:
    once = once or PressedOnce()
    register_channel_commands(app, commands, catalogue, {
        "subscribe": commands.subscribe, "unsubscribe": commands.unsubscribe,
        "subscriptions": commands.subscriptions, "brief": commands.brief})

    @app.action("share_briefing")
    async def on_share(ack, action, body, client, respond) -> None:  # noqa: ANN001
        await ack()
        if not await once.first(body, action):  # a second press of the same Share: one post
            return
        where = {"channel_id": (body.get("channel") or {}).get("id", ""), "command": "share_briefing"}

        async def shared(command: dict[str, Any], client: Any) -> dict[str, Any]:
            return await commands.brief(command, client, "shared", action.get("value") or "")
        message, ok = await commands.produce(shared, where, client)
        if not ok:  # keep the person's copy; tell only them
            await commands.send(respond, message, response_type="ephemeral", replace_original=False)
            return
        await respond(delete_original=True)
        await commands.send(respond, message, response_type="in_channel", replace_original=False)
