"""The alert loop, in every `nkbot serve` process: each channel's new batch is posted by one of
them, once.

Each tick, for each channel with documents newer than its cursor (and past its rate limit), the
process that takes the batch (`Watches.take`) finds the new claims its watches catch, in the
documents this replica already serves, and posts them as one message tagged with the batch's
start (Slack message metadata). Nothing caught: the cursor moves on silently. A post whose outcome
is unknown is looked for in the channel's history before it is tried again; a channel the bot
cannot post in is paused (a new `/nk-watch` there resumes it); other failures are retried on a
later tick.

What a document holds must never stop alerts: an alert that cannot be rendered within Slack's
limits, or that Slack refuses for its content, gives way to a short one with only the counts and
the commands; if even that cannot be sent, or delivery raises for a reason nobody foresaw, the
batch is logged and skipped (marked done, not posted), so it is neither retried forever nor posted
twice. Each batch's failure is its own: the other channels' batches go on, and `run` ends only
when it is cancelled.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial

from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy.exc import SQLAlchemyError

from bot.alerts import logs
from bot.alerts.match import Caught, caught
from bot.alerts.store import Batch, Watches
from bot.blockkit import MessageInvalid, MessageTooLarge
from bot.briefing.slack import classify
from bot.corpus.store import LOOKBACK
from bot.index.holder import IndexHolder
from bot.render import Renderer
from bot.views import claim_view

log = logging.getLogger(__name__)
ALERT_EVENT = "nkbot_alert"
SHOWN = 8  # claims in one alert; the rest are counted, with the command that lists them
# Slack's refusals of a message's content: the short alert may still go through
REFUSED = frozenset({"invalid_blocks", "invalid_blocks_format", "msg_too_long", "too_many_blocks",
                     "invalid_metadata_format", "invalid_metadata_schema", "metadata_too_large"})


@dataclass(frozen=True)
class AlertPolicy:
    tick_seconds: float = 5.0
    min_interval: dt.timedelta = dt.timedelta(minutes=5)
    lease: dt.timedelta = dt.timedelta(minutes=2)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


@dataclass
class Alerter:
    watches: Watches
    holder: IndexHolder
    renderer: Renderer
    client: AsyncWebClient
    owner: str
    policy: AlertPolicy = AlertPolicy()
    public_base_url: str = ""
    count: Callable[[str], None] = lambda outcome: None

    async def run(self) -> None:
        """Every tick, forever: nothing but cancellation ends it (a task that dies is silent)."""
        while True:
            try:
                await self.tick()
            except SQLAlchemyError as exc:
                log.warning("alerts not checked: the database is unavailable (%s)", type(exc).__name__)
            except Exception:  # noqa: BLE001 - a bug must cost one tick, not every alert from now on
                log.exception(logs.tick_failed())
                self._count("tick_failed")
            await asyncio.sleep(self.policy.tick_seconds)

    async def tick(self) -> int:
        """Deliver every batch this process can take now; how many were posted."""
        latest = self.holder.served_seq  # only documents this replica serves: their claims are at hand
        if not latest:
            return 0
        posted = 0
        p = self.policy
        for channel in await asyncio.to_thread(self.watches.due, latest, _now(), p.min_interval):
            try:
                batch = await asyncio.to_thread(self.watches.take, channel, self.owner, latest, _now(), p.lease,
                                                p.min_interval)
                outcome = await self._deliver(batch, latest) if batch is not None else ""
            except Exception:  # noqa: BLE001 - one channel's failure (the database mid-batch) is its own
                log.exception(logs.batch_failed(channel))
                outcome = "failed"
            if outcome:
                self._count(outcome)
            posted += outcome in ("posted", "posted_short")
        return posted

    def _count(self, outcome: str) -> None:
        try:
            self.count(outcome)
        except Exception:  # noqa: BLE001 - counting must never break delivery
            log.exception("alert outcome hook failed")

    async def _deliver(self, batch: Batch, latest: int) -> str:
        q = self.holder.query
        watches = await asyncio.to_thread(self.watches.of_channel, batch.channel_id)
        # back past the cursor too: a document committed late can carry a lower number (see CorpusStore.missing)
        recent = self.holder.added_between(max(0, batch.from_seq - LOOKBACK), latest)
        covered = await asyncio.to_thread(self.watches.covered, batch.channel_id, [d.doc_id for d in recent])
        documents = [d for d in recent if d.doc_id not in covered]
        ids = [d.doc_id for d in documents]
        found = caught(watches, (c for d in documents for c in q.in_document(d.doc_id)), q)
        if not found:
            await asyncio.to_thread(self.watches.done, batch, self.owner, latest, _now(), False, ids)
            return "nothing_new"
        try:
            if batch.unsure and await self._already_posted(batch):
                await asyncio.to_thread(self.watches.done, batch, self.owner, latest, _now(), True, ids)
                return "found_posted"
            for which, message in self._messages(batch, found, [w.label for w in watches], len(documents)):
                try:
                    await self.client.chat_postMessage(channel=batch.channel_id, **message, unfurl_links=False,
                                                       unfurl_media=False, metadata=_tag(batch))
                except SlackApiError as exc:
                    if exc.response.get("error") not in REFUSED:
                        raise
                    log.warning(logs.unrenderable(batch, which, f"Slack refused it: {exc.response.get('error')}"))
                    continue
                await asyncio.to_thread(self.watches.done, batch, self.owner, latest, _now(), True, ids)
                log.info(logs.posted(batch, which, len(found), len(documents)))
                return "posted" if which == "full" else "posted_short"
            log.error(logs.given_up(batch, len(found)))
            await asyncio.to_thread(self.watches.done, batch, self.owner, latest, _now(), False, ids)
            return "given_up"
        except Exception as exc:  # noqa: BLE001 - Slack's failures are classified; anything else skips the batch
            try:
                failure = classify(exc)
            except Exception:  # noqa: BLE001 - classify re-raises what is not Slack's: a bug, not a retry
                log.exception(logs.crashed(batch))
                await asyncio.to_thread(self.watches.done, batch, self.owner, latest, _now(), False, ids)
                return "crashed"
            log.warning(logs.not_posted(batch, failure.reason))
            if failure.kind == "transient":
                await asyncio.to_thread(self.watches.release, batch, self.owner, failure.ambiguous, failure.reason)
                return "retry"
            await asyncio.to_thread(self.watches.pause, batch, self.owner, failure.reason)
            return "paused"

    def _messages(self, batch: Batch, found: list[Caught], watching: list[str],
                  documents: int) -> Iterator[tuple[str, dict]]:
        """The alert, then the short one that stands in for it; each rendered only if the one before
        could not be sent."""
        short = partial(self.renderer.message, "alert_short.json.j2", total=len(found), documents=documents)
        for which, render in (("full", partial(self.message, found, watching, documents)), ("short", short)):
            try:
                message = render()
            except MessageInvalid as exc:
                log.warning(logs.unrenderable(batch, which, str(exc)))
                continue
            yield which, message

    def message(self, found: list[Caught], watching: list[str], documents: int) -> dict:
        """At most `SHOWN` claims, fewer when their evidence would make the message too large."""
        q = self.holder.query
        size = SHOWN
        while True:
            shown = [{**claim_view(c.claim, q, self.public_base_url), "caught_by": list(c.watches)}
                     for c in found[:size]]
            try:
                return self.renderer.message("alert.json.j2", claims=shown, total=len(found), documents=documents,
                                             watching=watching)
            except MessageTooLarge:
                if size == 1:
                    raise
                size //= 2

    async def _already_posted(self, batch: Batch) -> bool:
        response = await self.client.conversations_history(channel=batch.channel_id, limit=50,
                                                           include_all_metadata=True)
        for message in response.get("messages") or []:
            meta = message.get("metadata") or {}
            if meta.get("event_type") == ALERT_EVENT and (meta.get("event_payload") or {}).get("from") == batch.from_seq:
                return True
        return False


def _tag(batch: Batch) -> dict:
    return {"event_type": ALERT_EVENT, "event_payload": {"channel": batch.channel_id, "from": batch.from_seq}}
