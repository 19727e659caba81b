"""Feeds (`FEEDS`) polled every `FEED_POLL_SECONDS` by every replica, each item fetched once.

A feed is parsed in a reading worker (`pool.py`), never on the event loop, and at most
`FEED_MAX_ITEMS` of its items are read a poll: its newest ones. Older items it lists beyond those
are skipped, not kept for later (a feed is a window on what is recent; one that lists 100,000
items would otherwise be fetched for hours), and the skip is logged. Failed items due a retry count
within the same cap.

Every process runs this loop over the same feeds; `FeedLedger` decides in SQL who polls a feed
this time and who reads each item. Polls are conditional (ETag / Last-Modified), so an unchanged
feed costs one 304. A feed or item that fails is logged, counted in `nkbot_feed_events_total`
and retried with backoff; it never stops the other feeds or the bot.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from collections.abc import Callable

import aiohttp
from sqlalchemy.exc import SQLAlchemyError

from bot.corpus.feed_ledger import FeedLedger
from bot.errors import UserError
from bot.ingest.add import Ingestor
from bot.ingest.feeds import Feed
from bot.ingest.fetch import FEED_TYPES, fetch, open_session

log = logging.getLogger(__name__)
TICK_SECONDS = 5.0  # how often a process looks for a feed that is due (each is polled every FEED_POLL_SECONDS)
MAX_ITEMS = 50  # FEED_MAX_ITEMS


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


async def poll_feeds(feeds: list[str], every: float, ingestor: Ingestor, ledger: FeedLedger,
                     count: Callable[[str], None] = lambda outcome: None, max_items: int = MAX_ITEMS) -> None:
    """Run until cancelled."""
    interval = dt.timedelta(seconds=every)
    async with open_session(ingestor.limits) as session:
        while True:
            for url in feeds:
                try:
                    await poll_once(url, session, ingestor, ledger, interval, count, max_items)
                except SQLAlchemyError as exc:
                    log.warning("feed %s not polled: the database is unavailable (%s)", url, type(exc).__name__)
            await asyncio.sleep(min(every, TICK_SECONDS))


async def poll_once(url: str, session: aiohttp.ClientSession, ingestor: Ingestor, ledger: FeedLedger,
                    every: dt.timedelta, count: Callable[[str], None] = lambda outcome: None,
                    max_items: int = MAX_ITEMS) -> bool:
    """Poll `url` if it is due and nobody else is polling it; True when this process polled it."""
    poll = await asyncio.to_thread(ledger.take_poll, url, _now())
    if poll is None:
        return False
    try:
        page = await fetch(session, url, accept=FEED_TYPES, limits=ingestor.limits, etag=poll.etag,
                           last_modified=poll.last_modified)
        feed = Feed(()) if page.status == 304 else await ingestor.reader.feed(
            page.body, page.url, ingestor.limits.max_bytes, max_items)
    except UserError as exc:
        wait = await asyncio.to_thread(ledger.polled, poll, _now(), every, error=str(exc))
        log.warning("feed %s: %s; next poll in %d s", url, exc, wait.total_seconds())
        count("poll_failed")
        return True
    count("not_modified" if page.status == 304 else "polled")
    if feed.skipped:
        log.info("feed %s lists %d items: reading the %d newest, skipping %d older ones",
                 url, feed.listed, len(feed.items), feed.skipped)
    retries = await asyncio.to_thread(ledger.due_retries, url, _now())
    read = 0
    for key, link in [*((i.key, i.link) for i in feed.items), *retries]:
        if read >= max_items:
            break  # retries not reached now stay due for the next poll
        if await asyncio.to_thread(ledger.take_item, url, key, link, _now()):
            read += 1
            count(await _read_item(url, key, link, session, ingestor, ledger, every))
    await asyncio.to_thread(ledger.polled, poll, _now(), every, page.etag, page.last_modified)
    return True


async def _read_item(feed: str, key: str, link: str, session: aiohttp.ClientSession, ingestor: Ingestor,
                     ledger: FeedLedger, every: dt.timedelta) -> str:
    try:
        added = await ingestor.add_url(link, session, origin="feed", by=feed)
    except Exception as exc:  # noqa: BLE001 - one bad item must not stop the feed
        reason = str(exc) if isinstance(exc, UserError) else f"{type(exc).__name__} (a bug: logged in full)"
        if not isinstance(exc, UserError):
            log.exception("feed item %s failed", link[:200])
        status = await asyncio.to_thread(ledger.item_failed, feed, key, reason, _now(), every)
        log.warning("feed item %s: %s; %s", link[:200], reason, "will retry" if status == "retry" else "given up")
        return "item_failed" if status == "retry" else "item_given_up"
    await asyncio.to_thread(ledger.item_done, feed, key, added.outcome, added.doc_id)
    if added.outcome == "added":
        log.info("feed %s: added %s (%s, %d claims)", feed, added.doc_id, added.source.title[:80], len(added.claims))
    return added.outcome
