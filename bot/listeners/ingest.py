"""`/nk-add URL`: an ephemeral "Reading …" at once, then what was added and the claims found, with
Share in channel. Fetching and extraction take seconds, so they run after the acknowledgement;
a failure says why in one line and changes nothing (`bot.ingest.add`). Who may add, and how
often, is `AddQuota`'s to say, before anything is fetched."""

from __future__ import annotations

import logging

from slack_bolt.async_app import AsyncApp

from bot.answer import Answerer, Ask
from bot.briefing.wiring import DatabaseState
from bot.errors import UserError
from bot.ingest.add import Ingestor
from bot.ingest.fetch import check_url, open_session
from bot.ingest.quota import AddQuota
from bot.listeners.send import NO_UNFURL, ephemeral_via_api, send_answer
from bot.topics import Catalogue

log = logging.getLogger("bot.listeners")


def register(app: AsyncApp, answerer: Answerer, ingestor: Ingestor, catalogue: Catalogue,
             database: DatabaseState, quota: AddQuota) -> None:
    async def on_add(ack, command, respond, client) -> None:
        name, text = command["command"], (command.get("text") or "").strip()
        if not text:
            await ack(**answerer.answer(Ask(command=name)).message, **NO_UNFURL, response_type="ephemeral")
            return
        try:
            url = check_url(text.split()[0])
        except UserError as exc:
            await ack(**answerer.notice(str(exc)).message, **NO_UNFURL, response_type="ephemeral")
            return
        if not database.ready:
            # the driver's words (host, port, database name) are for the log and /readyz, not for members
            await ack(**answerer.notice("Articles cannot be added right now: the bot's database is not available. "
                                        "Nothing was changed; try again in a minute.").message,
                      **NO_UNFURL, response_type="ephemeral")
            return
        user = command.get("user_id") or ""
        if refused := quota.take(user):
            await ack(**answerer.notice(refused.reason).message, **NO_UNFURL, response_type="ephemeral")
            return
        await ack(**answerer.reading(url).message, **NO_UNFURL, response_type="ephemeral")
        try:
            async with open_session(ingestor.limits) as session:
                added = await ingestor.add_url(url, session, origin="slack", by=user)
            answer = answerer.added(Ask(command=name, text=added.doc_id), added.outcome, added.doc_id, url,
                                    [s.name for s in added.new_speakers], added.claims, added.source)
        except UserError as exc:
            answer = answerer.notice(f"Could not add {url}: {exc}. Nothing was changed.")
        except Exception:  # noqa: BLE001 - logged in full; the person gets the apology, never silence
            log.exception("failed to add %s", url[:200])
            answer = answerer.error(Ask(command=name, text=url))
        other = ephemeral_via_api(client, command.get("channel_id"), user)
        await send_answer(answer, respond, other, response_type="ephemeral", replace_original=True)

    for declared in catalogue.commands:
        if declared.kind == "add":
            app.command(declared.command)(on_add)
