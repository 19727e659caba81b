"""Feeds from the local news site: polled conditionally, every item fetched once however many
replicas poll, a failing item retried with backoff, a broken feed backed off, never fatal."""

from __future__ import annotations

import asyncio
import datetime as dt

from sqlalchemy import select

from bot.corpus.feed_ledger import FeedLedger
from bot.corpus.follow import catch_up
from bot.corpus.tables import feed_items, feed_state
from bot.index.holder import IndexHolder
from bot.ingest.add import Ingestor
from bot.ingest.fetch import Limits
from bot.ingest.poller import poll_once
from tests.fakes.news_site import STORIES
from tests.scenario.sample_index import build_sample_index

NOW_DUE = dt.timedelta(0)  # every poll due at once, so a test can poll again without waiting


def replica(store, name: str) -> tuple[Ingestor, FeedLedger]:
    holder = IndexHolder.from_index(build_sample_index())
    return Ingestor(store, holder, Limits(timeout_seconds=2.0, allow_loopback=True)), FeedLedger(store.engine, name)


def article_hits(site) -> dict[str, int]:
    return {path: n for path, n in site.hits.items() if path.startswith("/news/")}


async def test_a_feed_is_read_once_then_polled_conditionally(store, site, session):
    ingestor, ledger = replica(store, "a")
    outcomes: list[str] = []
    feed = site.page("/feeds/atom.xml")
    assert await poll_once(feed, session, ingestor, ledger, NOW_DUE, outcomes.append)
    assert sorted(outcomes) == ["added", "added", "polled"]
    assert {d.source.title for d in store.since(0)} == {s["title"] for s in STORIES.values()}
    assert await poll_once(feed, session, ingestor, ledger, NOW_DUE, outcomes.append)
    assert outcomes[-1] == "not_modified"  # the ETag matched: a 304, no item looked at again
    assert article_hits(site) == {f"/news/{slug}": 1 for slug in STORIES}


async def test_a_feed_not_yet_due_is_not_polled(store, site, session):
    ingestor, ledger = replica(store, "a")
    feed = site.page("/feeds/rss.xml")
    assert await poll_once(feed, session, ingestor, ledger, dt.timedelta(minutes=5))
    assert not await poll_once(feed, session, ingestor, ledger, dt.timedelta(minutes=5))
    assert site.hits["/feeds/rss.xml"] == 1


async def test_several_replicas_polling_one_feed_fetch_each_item_once(store, site, session):
    replicas = [replica(store, f"replica-{n}") for n in range(3)]
    feed = site.page("/feeds/rss.xml")
    for _ in range(3):
        await asyncio.gather(*(poll_once(feed, session, i, ledger, NOW_DUE) for i, ledger in replicas))
    site.stories["late-report"] = {**STORIES["harbour-envoy-warns"], "title": "Late report on the harbour",
                                   "paragraphs": ["The harbour master, Olaf Brekke, said on Saturday that "
                                                  "two more ships had arrived overnight and that " + "their cargo "
                                                  "was being inspected by customs officers at the pier. " * 5]}
    site.feed_items.append("late-report")
    for _ in range(3):
        await asyncio.gather(*(poll_once(feed, session, i, ledger, NOW_DUE) for i, ledger in replicas))
    assert article_hits(site) == {**{f"/news/{slug}": 1 for slug in STORIES}, "/news/late-report": 1}
    assert len(store.since(0)) == 3
    for ingestor, _ledger in replicas:  # every replica serves every item, whoever fetched it
        ingestor.holder.settle(5)
        catch_up(store, ingestor.holder)
        assert ingestor.holder.query.by_speaker("Olaf Brekke").status == "found"


async def test_an_item_that_fails_is_retried_then_added(store, site, session):
    ingestor, ledger = replica(store, "a")
    site.feed_items.append("not-yet-published")
    outcomes: list[str] = []
    feed = site.page("/feeds/atom.xml")
    await poll_once(feed, session, ingestor, ledger, NOW_DUE, outcomes.append)
    assert "item_failed" in outcomes
    with store.engine.connect() as conn:
        row = conn.execute(select(feed_items).where(feed_items.c.link.like("%not-yet-published"))).one()
    assert row.status == "retry" and row.attempts == 1 and "HTTP 404" in row.error
    site.stories["not-yet-published"] = {**STORIES["ministers-dispute-convoy"], "title": "Published at last",
                                         "paragraphs": ["The council chairman, Henrik Vale, said on Sunday that the "
                                                        "vote would be held in June after all, according to "
                                                        "a statement from his office. " * 3]}
    await poll_once(feed, session, ingestor, ledger, NOW_DUE, outcomes.append)
    assert outcomes[-2:] == ["not_modified", "added"]  # the retry ran on a 304 poll too
    assert "Published at last" in {d.source.title for d in store.since(0)}


async def test_a_broken_feed_backs_off_and_says_why(store, site, session):
    ingestor, ledger = replica(store, "a")
    outcomes: list[str] = []
    for path in ("/news/missing-feed", "/news/harbour-envoy-warns"):  # a 404, and a page that is not a feed
        assert await poll_once(site.page(path), session, ingestor, ledger, dt.timedelta(seconds=60), outcomes.append)
        with store.engine.connect() as conn:
            row = conn.execute(select(feed_state).where(feed_state.c.url == site.page(path))).one()
        assert row.failures == 1 and row.error and row.owner is None
        assert row.next_poll > dt.datetime.now(dt.UTC) + dt.timedelta(seconds=100)  # 60 s doubled
    assert "HTTP 404" in row.error or "not a feed" in row.error
    assert outcomes == ["poll_failed", "poll_failed"] and store.since(0) == []


async def test_a_feed_item_pointing_inside_the_network_is_refused_and_the_rest_read(store, site, session):
    ingestor, ledger = replica(store, "a")  # loopback allowed for the test site; nothing else private
    site.feed_items = ["harbour-envoy-warns", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.7/admin"]
    outcomes: list[str] = []
    assert await poll_once(site.page("/feeds/atom.xml"), session, ingestor, ledger, NOW_DUE, outcomes.append)
    assert sorted(outcomes) == ["added", "item_failed", "item_failed", "polled"]
    with store.engine.connect() as conn:
        reasons = [r.error for r in conn.execute(select(feed_items)) if r.error]
    assert len(reasons) == 2 and all(r.startswith("refused: ") for r in reasons)
