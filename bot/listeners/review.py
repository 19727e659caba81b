"""Feedback on any claim (its overflow menu, for everyone) and the editors' review actions
(Approve, Reject, Edit, Merge in App Home), each checked on the server.

Feedback is thanked ephemerally (or in a small modal where there is no conversation, App Home).
An editor's action names the version of the claim's decision they saw; if another editor decided
first, nothing changes and they are told who did. A non-editor who sends an editor's action (a
forged or stale payload) gets a clear refusal and nothing changes. Modals are validated on
submission, with the errors shown in the modal.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from slack_bolt.async_app import AsyncApp
from sqlalchemy.exc import SQLAlchemyError

from bot.answer import Answerer
from bot.errors import UserError
from bot.index.curate import SLUG, Decision
from bot.index.model import Speaker
from bot.index.speakers import slugify
from bot.listeners.send import NO_UNFURL
from bot.render import visible
from bot.review.service import VERBS, ReviewService

log = logging.getLogger("bot.listeners")

NOT_EDITOR = ("Only editors can approve, reject, edit or merge claims (the EDITORS setting lists them). "
              "Nothing was changed. You can still flag a claim with its ⋯ menu.")
LABELS = {"wrong_speaker": "wrong speaker", "not_a_claim": "not a claim", "wrong_stance": "wrong stance",
          "duplicate": "duplicate", "other": "something else"}
Built = tuple[Decision, Speaker | None]  # what a submitted modal decides, and the speaker it creates
PublishHome = Callable[[Any, str, str, str], Awaitable[None]]  # client, user, team, notice


def _value(raw: str) -> tuple[str, int] | None:
    try:
        data = json.loads(raw or "{}")
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, dict) or not isinstance(data.get("claim"), str) or type(data.get("v", 0)) is not int:
        return None
    return data["claim"][:64], data.get("v", 0)


def register(app: AsyncApp, answerer: Answerer, service: ReviewService, editors: frozenset[str],
             publish_home: PublishHome) -> None:
    async def tell(body: dict, respond: Any, client: Any, line: str) -> None:
        """Ephemeral in the conversation, or a small modal where there is none (App Home)."""
        try:
            if body.get("response_url"):
                await respond(**answerer.notice(line).message, **NO_UNFURL, response_type="ephemeral",
                              replace_original=False)
            else:
                await client.views_open(trigger_id=body.get("trigger_id"), view=answerer.notice_modal(line))
        except Exception as exc:  # noqa: BLE001 - the person could not be told: say so in the log
            log.warning("could not tell %s: %s", (body.get("user") or {}).get("id", "?"), type(exc).__name__)

    @app.action("claim_feedback")
    async def on_feedback(ack, action, body, respond, client) -> None:
        await ack()
        kind, _, claim_id = str((action.get("selected_option") or {}).get("value") or "").partition(" ")
        user = (body.get("user") or {}).get("id", "")
        if kind not in LABELS or not claim_id:
            await tell(body, respond, client, "That menu could not be read; please try again.")
            return
        try:
            first = await asyncio.to_thread(service.store.give_feedback, claim_id[:64], kind, user)
        except SQLAlchemyError as exc:
            log.warning("feedback not recorded, database unavailable (%s)", type(exc).__name__)
            await tell(body, respond, client, "Your feedback could not be recorded right now (the database is "
                       "unavailable); please try again later.")
            return
        await tell(body, respond, client, f"Thanks: noted as “{LABELS[kind]}”. An editor will review this claim."
                   if first else f"You already flagged this claim as “{LABELS[kind]}”; it is in the editors' queue.")

    async def decide(body: dict, client: Any, decision: Decision, version: int,
                     new_speaker: Speaker | None = None) -> str:
        """The decision recorded; the line to show the editor."""
        user = (body.get("user") or {}).get("id", "")
        recorded = await asyncio.to_thread(service.decide, decision, user, version, None, new_speaker)
        return f"Claim {recorded.decision.claim_id} {VERBS[decision.action]}."

    def verdict(action_name: str):  # noqa: ANN202
        async def on_verdict(ack, action, body, respond, client) -> None:
            await ack()
            user = (body.get("user") or {}).get("id", "")
            parsed = _value(action.get("value", ""))
            if user not in editors:
                log.warning("refused %s from %s: not an editor", action_name, user)
                await tell(body, respond, client, NOT_EDITOR)
                return
            if parsed is None:
                await tell(body, respond, client, "That button could not be read; reopen the Home tab.")
                return
            claim_id, version = parsed
            try:
                line = await decide(body, client, Decision(claim_id, action_name), version)
            except UserError as exc:
                line = str(exc)
            except SQLAlchemyError as exc:
                log.warning("decision not recorded, database unavailable (%s)", type(exc).__name__)
                line = "The decision could not be recorded right now (the database is unavailable); nothing changed."
            await publish_home(client, user, (body.get("team") or {}).get("id", ""), line)
        return on_verdict

    app.action("review_approve")(verdict("approve"))
    app.action("review_reject")(verdict("reject"))

    def form(name: str):  # noqa: ANN202
        async def on_form(ack, action, body, respond, client) -> None:
            await ack()
            user = (body.get("user") or {}).get("id", "")
            parsed = _value(action.get("value", ""))
            if user not in editors:
                await tell(body, respond, client, NOT_EDITOR)
                return
            view = answerer.review_form(name, *parsed) if parsed else None
            if view is None:
                await tell(body, respond, client, "That claim is no longer in the index; reopen the Home tab.")
                return
            await client.views_open(trigger_id=body.get("trigger_id"), view=view)
        return on_form

    app.action("review_edit")(form("edit"))
    app.action("review_merge")(form("merge"))

    @app.options("speaker_pick")
    async def on_speaker_options(ack, payload) -> None:
        typed = " ".join(str(payload.get("value") or "").split()).lower()[:80]
        index = service.holder.index
        found = [s for s in index.speakers.values() if typed and any(typed in n.lower() for n in s.names())]
        found.sort(key=lambda s: (not s.name.lower().startswith(typed), s.generated, s.name))
        await ack(options=[{"text": {"type": "plain_text",
                                     "text": visible(s.name + (f" ({s.role})" if s.role else ""))[:75]},
                            "value": s.id} for s in found[:20]])

    def values(view: dict) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for block_id, actions in ((view.get("state") or {}).get("values") or {}).items():
            for element in actions.values():
                out[block_id] = (element.get("selected_option") or {}).get("value") if element.get(
                    "type") in ("external_select", "static_select") else (element.get("value") or "").strip()
        return out

    async def submitted(ack, body: dict, view: dict, client: Any, build: Callable[[dict, str], Built]) -> None:
        user = (body.get("user") or {}).get("id", "")
        if user not in editors:
            await ack(response_action="errors", errors={"note": NOT_EDITOR})
            return
        parsed = _value(view.get("private_metadata", ""))
        if parsed is None:
            await ack(response_action="errors", errors={"note": "This form could not be read; close it and retry."})
            return
        claim_id, version = parsed
        try:
            decision, new_speaker = build(values(view), claim_id)
            line = await decide(body, client, decision, version, new_speaker)
        except FormError as exc:
            await ack(response_action="errors", errors={exc.block: str(exc)})
            return
        except UserError as exc:
            await ack(response_action="errors", errors={"note": str(exc)[:150]})
            return
        except SQLAlchemyError:
            await ack(response_action="errors", errors={"note": "The database is unavailable; nothing changed."})
            return
        await ack()
        await publish_home(client, user, (body.get("team") or {}).get("id", ""), line)

    @app.view("review_edit")
    async def on_edit(ack, body, view, client) -> None:
        await submitted(ack, body, view, client, edit_decision(service))

    @app.view("review_merge")
    async def on_merge(ack, body, view, client) -> None:
        await submitted(ack, body, view, client, merge_decision(service))


class FormError(UserError):
    """A field of a modal is wrong; shown under that field."""

    def __init__(self, block: str, message: str) -> None:
        super().__init__(message)
        self.block = block


def edit_decision(service: ReviewService) -> Callable[[dict, str], Built]:
    def build(v: dict, claim_id: str) -> Built:
        claim = service.holder.index.claim(claim_id)
        if claim is None:
            raise FormError("note", "That claim is no longer in the index.")
        picked, typed = v.get("speaker") or "", v.get("new_speaker") or ""
        if picked and typed:
            raise FormError("new_speaker", "Pick a speaker or type a new name, not both.")
        if typed and len(typed.split()) > 8:
            raise FormError("new_speaker", "A speaker's name, please (at most 8 words).")
        aliases = tuple(dict.fromkeys(a.strip() for a in (v.get("new_aliases") or "").split(",") if a.strip()))
        affiliation = v.get("new_affiliation") or ""
        if (aliases or affiliation) and not typed:
            raise FormError("new_speaker", "Other names and an affiliation are for a new speaker: type its name here.")
        new_speaker = None
        if typed:
            speakers = service.holder.index.speakers
            if any(s.name.lower() == typed.lower() and not s.generated for s in speakers.values()):
                raise FormError("new_speaker", f"{typed} is in the registry already: pick it above.")
            new_id = f"gen-{slugify(typed)}"  # as extraction names a new speaker: it may have met this one
            known = speakers.get(new_id)
            new_speaker = Speaker(id=new_id, name=typed, generated=True, affiliation=affiliation,
                                  aliases=tuple(dict.fromkeys((*(known.aliases if known else ()), *aliases))))
        tags = tuple(t.strip().lower() for t in (v.get("tags") or "").split(",") if t.strip())
        if any(not SLUG.fullmatch(t) for t in tags):
            raise FormError("tags", "Tags are words or hyphenated-words, separated by commas.")
        speaker = picked or typed
        stance = v.get("stance") or ""
        if speaker == claim.speaker_id:
            speaker = ""
        if stance == claim.stance:
            stance = ""
        if not (speaker or stance or tags):
            raise FormError("stance", "Change the speaker, the stance or the tags (or Cancel).")
        return Decision(claim_id, "edit", speaker=speaker, stance=stance, tags=tags, note=v.get("note") or ""), new_speaker
    return build


def merge_decision(service: ReviewService) -> Callable[[dict, str], Built]:
    def build(v: dict, claim_id: str) -> Built:
        ids = tuple(dict.fromkeys((v.get("duplicates") or "").replace(",", " ").split()))
        if not ids:
            raise FormError("duplicates", "Give the ids of the claims to fold into this one.")
        index = service.holder.index
        for dup in ids:
            if index.claim(dup) is None:
                raise FormError("duplicates", f"No claim {dup[:40]} in the index.")
            if dup == claim_id:
                raise FormError("duplicates", "A claim cannot be a duplicate of itself.")
        return Decision(claim_id, "merge", duplicates=ids, note=v.get("note") or ""), None
    return build
