"""The alert loop, in every `nkbot serve` process: each channel's new batch is posted by one of
them, once.

Each tick, for each channel with documents newer than its cursor (and past its rate limit), the
process that takes the batch (`Watches.take`) finds the new claims its watches catch, in the
documents this replica already serves, and posts them as one message tagged with the batch's
start (Slack message metadata). Nothing caught: the cursor moves on silently. A post whose outcome
is unknown is looked for in the channel's history before it is tried again; a channel the bot
cannot post in is paused (a new `/nk-watch` there resumes it); other failures are retried on a
later tick.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from slack_sdk.web.async_client import AsyncWebClient
from sqlalchemy.exc import SQLAlchemyError

from bot.alerts.match import Caught, caught
from bot.alerts.store import Batch, Watches
from bot.blockkit import MessageTooLarge
from bot.briefing.slack import classify
from bot.corpus.store import LOOKBACK
from bot.index.holder import IndexHolder
from bot.render import Renderer
from bot.views import claim_view

log = logging.getLogger(__name__)
ALERT_EVENT = "nkbot_alert"
SHOWN = 8  # claims in one alert; the rest are counted, with the command that lists them


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
        while True:
            try:
                await self.tick()
            except SQLAlchemyError as exc:
                log.warning("alerts not checked: the database is unavailable (%s)", type(exc).__name__)
            await asyncio.sleep(self.policy.tick_seconds)

    async def tick(self) -> int:
        """Deliver every batch this process can take now; how many were posted."""
        latest = self.holder.served_seq  # only documents this replica serves: their claims are at hand
        if not latest:
            return 0
        posted = 0
        p = self.policy
        for channel in await asyncio.to_thread(self.watches.due, latest, _now(), p.min_interval):
            batch = await asyncio.to_thread(self.watches.take, channel, self.owner, latest, _now(), p.lease,
                                            p.min_interval)
            if batch is not None:
                outcome = await self._deliver(batch, latest)
                self.count(outcome)
                posted += outcome == "posted"
        return posted

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
            message = self.message(found, [w.label for w in watches], len(documents))
            await self.client.chat_postMessage(channel=batch.channel_id, **message, unfurl_links=False,
                                               unfurl_media=False, metadata=_tag(batch))
        except Exception as exc:  # noqa: BLE001 - classified below; a bug re-raises from classify
            failure = classify(exc)
            log.warning("alert for %s not posted: %s", batch.channel_id, failure.reason)
            if failure.kind == "transient":
                await asyncio.to_thread(self.watches.release, batch, self.owner, failure.ambiguous, failure.reason)
                return "retry"
            await asyncio.to_thread(self.watches.pause, batch, self.owner, failure.reason)
            return "paused"
        await asyncio.to_thread(self.watches.done, batch, self.owner, latest, _now(), True, ids)
        log.info("alert posted in %s: %d claims from %d documents", batch.channel_id, len(found), len(documents))
        return "posted"

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
