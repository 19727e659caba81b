"""A feed of 100,000 items is parsed in a reading worker while the event loop keeps turning, and
only its newest items, up to the cap, are read in a poll; the rest are skipped and the skip is
logged. `parse_feed` itself keeps the newest, checks the size, and never opens what it is given."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import logging
import time
from email.utils import format_datetime

import pytest

from bot.corpus.feed_ledger import FeedLedger
from bot.ingest.feeds import NotAFeed, parse_feed
from bot.ingest.poller import poll_once
from bot.ingest.pool import ReadingPool
from tests.fakes.news_site import STORIES

NOW_DUE = dt.timedelta(0)


def rss(links: list[str], dates: list[dt.datetime] | None = None) -> bytes:
    items = "".join(f"<item><link>{link}</link>"
                    + (f"<pubDate>{format_datetime(dates[n], usegmt=True)}</pubDate>" if dates else "")
                    + "</item>" for n, link in enumerate(links))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>http://x.example/</link>'
            f"<description>All of it</description>{items}</channel></rss>").encode()


async def test_a_feed_of_100000_items_is_parsed_off_the_loop_and_only_its_newest_are_read(
        store, site, session, ingestor, caplog):
    ingestor.limits = dataclasses.replace(ingestor.limits, max_bytes=20_000_000)  # ~6 MB of feed
    ingestor.reader = ReadingPool(timeout=600)  # feedparser takes seconds here: time is not what is tested
    newest = [site.page(f"/news/{slug}") for slug in STORIES]  # listed first, as feeds list the newest
    url = site.publish("wire.xml", rss(newest + [site.page(f"/news/old-{n}") for n in range(100_000 - len(newest))]),
                       "application/rss+xml")
    gaps: list[float] = []

    async def ticker() -> None:
        last = time.monotonic()
        while True:
            await asyncio.sleep(0.05)
            gaps.append(time.monotonic() - last)
            last = time.monotonic()

    ticking = asyncio.create_task(ticker())
    outcomes: list[str] = []
    caplog.set_level(logging.INFO, logger="bot.ingest.poller")
    try:
        assert await poll_once(url, session, ingestor, FeedLedger(store.engine, "a"), NOW_DUE, outcomes.append,
                               max_items=10)
    finally:
        ticking.cancel()
    assert len(gaps) > 20 and max(gaps) < 1.0  # the loop kept turning while 100,000 items were parsed
    assert outcomes.count("polled") == 1 and outcomes.count("added") == len(STORIES)
    fetched = [path for path in site.hits if path.startswith("/news/")]
    assert len(fetched) == 10 and {f"/news/{slug}" for slug in STORIES} <= set(fetched)
    assert {d.source.title for d in store.since(0)} == {s["title"] for s in STORIES.values()}
    assert "lists 100000 items: reading the 10 newest, skipping 99990 older ones" in caplog.text


def test_parse_feed_keeps_the_newest_items_by_their_dates():
    start = dt.datetime(2025, 3, 1, tzinfo=dt.UTC)
    links = [f"https://x.example/{n}" for n in range(6)]
    dates = [start + dt.timedelta(days=d) for d in (3, 1, 5, 0, 4, 2)]
    feed = parse_feed(rss(links, dates), max_items=3)
    assert [i.link for i in feed.items] == [links[2], links[4], links[0]] and (feed.listed, feed.skipped) == (6, 3)
    undated = parse_feed(rss(links), max_items=2)  # no dates: the feed's own order, newest first
    assert [i.link for i in undated.items] == links[:2]


def test_parse_feed_refuses_more_than_the_fetch_limit():
    with pytest.raises(NotAFeed, match=r"the feed is [\d,]+ bytes, over the 100-byte limit"):
        parse_feed(rss(["https://x.example/1"]), max_bytes=100)


def test_a_feed_body_naming_a_local_file_is_not_opened(tmp_path):
    """feedparser opens a string that names a file (or fetches one that is a URL): a server's
    answer must never make it read this machine's files."""
    secret = tmp_path / "feed.xml"
    secret.write_bytes(rss(["https://x.example/private"]))
    with pytest.raises(NotAFeed):
        parse_feed(str(secret).encode())
