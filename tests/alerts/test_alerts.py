"""Alerts end to end on SQLite and PostgreSQL: a channel watching a speaker, a topic or words gets
the new claims of newly added articles as one message per batch, once across replicas, no more
often than its rate limit, and a channel the bot cannot post in is paused, not retried forever."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from slack_sdk.web.async_client import AsyncWebClient

from bot.alerts.match import resolve
from bot.alerts.runner import ALERT_EVENT, AlertPolicy, Alerter
from bot.alerts.store import Watches
from bot.blockkit import validate_message
from bot.corpus.follow import catch_up
from bot.index.holder import IndexHolder
from bot.ingest.add import Ingestor
from bot.ingest.fetch import Limits
from bot.render import Renderer
from bot.settings import ROOT
from bot.topics import load_catalogue
from tests.scenario.sample_index import build_sample_index

CATALOGUE = load_catalogue(ROOT / "briefings" / "topics.yaml")
RENDERER = Renderer(ROOT / "briefings" / "templates")
NOW = dt.datetime(2025, 3, 10, 9, 0, tzinfo=dt.UTC)
NO_LIMIT = AlertPolicy(tick_seconds=0.05, min_interval=dt.timedelta(0))


def holder() -> IndexHolder:
    return IndexHolder.from_index(build_sample_index(), CATALOGUE.topics)


def alerter(store, fake, policy=NO_LIMIT, owner="p1", timeout=5) -> Alerter:
    client = AsyncWebClient(token="xoxb-test", base_url=fake.api_url, timeout=timeout)
    return Alerter(Watches(store.engine), holder(), RENDERER, client, owner, policy)


def posts(fake, channel: str) -> list[dict]:
    return [c.body for c in fake.calls_to("chat.postMessage") if c.body.get("channel") == channel]


async def add(store, site, session, slug: str) -> None:
    await Ingestor(store, holder(), Limits(timeout_seconds=2, allow_loopback=True)).add_url(site.page(f"/news/{slug}"), session)


def test_what_a_watch_means_is_read_from_the_text():
    q = holder().query
    assert resolve("troops", q).kind == "topic" and resolve("North Korean troops in Russia", q).kind == "topic"
    austin = resolve("austn", q)
    assert (austin.status, austin.kind, austin.label) == ("found", "speaker", "Lloyd Austin")
    words = resolve("Kursk region", q)
    assert (words.kind, words.key) == ("words", "kursk region")
    assert resolve("   ", q).status == "none"


async def test_a_watched_speaker_gets_one_alert_with_the_new_claims(store, site, session, fake_slack):
    watches = Watches(store.engine)
    watches.add("T1", "CWATCH", "words", "quell", "Quell", "U1", 0, NOW)
    watches.add("T1", "COTHER", "words", "nobody here", "nobody here", "U1", 0, NOW)
    bot = alerter(store, fake_slack)
    assert await bot.tick() == 0  # nothing added yet
    await add(store, site, session, "ministers-dispute-convoy")
    catch_up(store, bot.holder)
    assert await bot.tick() == 1
    (alert,) = posts(fake_slack, "CWATCH")
    validate_message({"text": alert["text"], "blocks": alert["blocks"]})
    assert alert["text"].startswith("New on what this channel watches: ")
    assert "Mara Quell" in str(alert["blocks"]) and "Tobias Wren" not in str(alert["blocks"])
    assert alert["metadata"]["event_type"] == ALERT_EVENT and alert["unfurl_links"] in (False, "0", "false")
    assert posts(fake_slack, "COTHER") == []  # its watch caught nothing: the cursor moved on silently
    assert await bot.tick() == 0 and len(posts(fake_slack, "CWATCH")) == 1


async def test_the_rate_limit_holds_a_batch_back_until_it_has_passed(store, site, session, fake_slack):
    for word in ("minister", "harbour"):
        Watches(store.engine).add("T1", "CRATE", "words", word, word, "U1", 0, NOW)
    limited = alerter(store, fake_slack, AlertPolicy(min_interval=dt.timedelta(hours=1)))
    await add(store, site, session, "ministers-dispute-convoy")
    catch_up(store, limited.holder)
    assert await limited.tick() == 1
    await add(store, site, session, "harbour-envoy-warns")
    catch_up(store, limited.holder)
    assert await limited.tick() == 0  # within the hour: held back, not dropped
    unlimited = alerter(store, fake_slack)
    catch_up(store, unlimited.holder)
    assert await unlimited.tick() == 1 and len(posts(fake_slack, "CRATE")) == 2


async def test_several_replicas_post_each_batch_once(store, site, session, fake_slack):
    Watches(store.engine).add("T1", "CMANY", "words", "harbour", "harbour", "U1", 0, NOW)
    replicas = [alerter(store, fake_slack, owner=f"p{n}") for n in range(3)]
    await add(store, site, session, "harbour-envoy-warns")
    for r in replicas:
        catch_up(store, r.holder)
    for _ in range(3):
        await asyncio.gather(*(r.tick() for r in replicas))
    assert len(posts(fake_slack, "CMANY")) == 1


async def test_a_post_that_timed_out_is_looked_for_before_posting_again(store, site, session, fake_slack):
    Watches(store.engine).add("T1", "CSLOW", "words", "harbour", "harbour", "U1", 0, NOW)
    bot = alerter(store, fake_slack, timeout=0.5)
    await add(store, site, session, "harbour-envoy-warns")
    catch_up(store, bot.holder)
    fake_slack.fail("chat.postMessage", delay=1.0)  # Slack takes the message but answers too late
    assert await bot.tick() == 0
    await asyncio.sleep(0.7)  # the fake records the post once its delay is over
    assert await bot.tick() == 0  # found in the channel's history: not posted again
    assert len(fake_slack.history["CSLOW"]) == 1 and fake_slack.calls_to("conversations.history")


async def test_a_channel_the_bot_cannot_post_in_is_paused(store, site, session, fake_slack):
    watches = Watches(store.engine)
    watches.add("T1", "CGONE", "words", "harbour", "harbour", "U1", 0, NOW)
    bot = alerter(store, fake_slack)
    await add(store, site, session, "harbour-envoy-warns")
    catch_up(store, bot.holder)
    fake_slack.fail("chat.postMessage", error="not_in_channel")
    assert await bot.tick() == 0
    assert watches.status("CGONE") == ("paused", "not_in_channel")
    assert await bot.tick() == 0 and len(fake_slack.calls_to("chat.postMessage")) == 1
    watches.add("T1", "CGONE", "words", "envoy", "envoy", "U1", bot.holder.latest_seq, NOW)  # a new watch resumes
    assert watches.status("CGONE")[0] == "active"


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_removing_the_last_watch_forgets_the_channel(store):
    watches = Watches(store.engine)
    first, created = watches.add("T1", "C1", "topic", "troops", "North Korean troops in Russia", "U1", 3, NOW)
    again, created_again = watches.add("T1", "C1", "topic", "troops", "North Korean troops in Russia", "U1", 3, NOW)
    assert created and not created_again and first == again
    assert watches.remove("C1", [first.id]) == 1 and watches.of_channel("C1") == [] and watches.status("C1") == ("", "")


async def test_a_document_still_being_merged_is_alerted_on_once_it_is_served(store, site, session, fake_slack):
    Watches(store.engine).add("T1", "CSOON", "words", "harbour", "harbour", "U1", 0, NOW)
    bot = alerter(store, fake_slack)
    ingestor = Ingestor(store, bot.holder, Limits(timeout_seconds=2, allow_loopback=True))  # this replica adds it itself
    await ingestor.add_url(site.page("/news/harbour-envoy-warns"), session)
    await bot.tick()  # may run before the merge: then it must not skip the document
    bot.holder.settle(5)
    await bot.tick()
    assert len(posts(fake_slack, "CSOON")) == 1


async def test_a_document_committed_late_with_a_lower_number_is_still_alerted_once(store, site, session, fake_slack):
    from sqlalchemy import update

    from bot.corpus.tables import documents

    Watches(store.engine).add("T1", "CLATE", "words", "harbour", "harbour", "U1", 0, NOW)
    bot = alerter(store, fake_slack)

    async def add_as(slug: str, seq: int) -> None:
        ingestor = Ingestor(store, holder(), Limits(timeout_seconds=2, allow_loopback=True))
        added = await ingestor.add_url(site.page(f"/news/{slug}"), session)
        with store.engine.begin() as conn:
            conn.execute(update(documents).where(documents.c.doc_id == added.doc_id).values(seq=seq))
        catch_up(store, bot.holder)

    await add_as("ministers-dispute-convoy", 10)
    assert await bot.tick() == 0  # nothing about the harbour: covered, cursor at 10
    await add_as("harbour-envoy-warns", 5)  # committed late, numbered before the cursor
    site.stories["another"] = {**site.stories["ministers-dispute-convoy"], "title": "Another convoy report",
                               "paragraphs": ["The minister, Mara Quell, said on Friday that the last trucks had "
                                              "left the ridge and that the border crossing was open again. " * 4]}
    await add_as("another", 11)
    assert await bot.tick() == 1
    (alert,) = posts(fake_slack, "CLATE")
    assert "Petra Osk" in str(alert["blocks"])
    assert await bot.tick() == 0 and len(posts(fake_slack, "CLATE")) == 1
