"""Delivery through a real Scheduler and Deliverer, the fake Slack Web API and both databases."""

from __future__ import annotations

import asyncio
import shutil
import time as wallclock
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from slack_sdk.web.async_client import AsyncWebClient

from bot.briefing.deliver import DeliveryPolicy
from bot.briefing.model import DONE, FAILED, RUNNING
from bot.briefing.runs import Runs
from bot.briefing.schedule import due
from bot.briefing.slack import tag
from bot.briefing.subscriptions import Subscriptions
from bot.settings import ROOT

from .conftest import FAST, briefings, subscribe

KYIV = ZoneInfo("Europe/Kyiv")


def at(zone: str, *args: int) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(zone)).astimezone(UTC)


def outcomes(engine, channel: str, day: date) -> list[str]:
    return [e.outcome for e in Runs(engine).history(channel, day)]


async def test_posts_once_tagged_with_metadata_and_records_it(engine, fake_slack, clock, make_scheduler):
    subscribe(engine, "C1", "08:00", "Europe/Kyiv")
    scheduler = make_scheduler()
    clock.set(at("Europe/Kyiv", 2025, 3, 10, 7, 59))
    assert await scheduler.tick_and_wait() == []
    clock.set(at("Europe/Kyiv", 2025, 3, 10, 8, 0))
    assert await scheduler.tick_and_wait() == ["posted"]
    for minutes in (1, 60, 600):  # later ticks that day post nothing
        clock.set(at("Europe/Kyiv", 2025, 3, 10, 8, 0) + timedelta(minutes=minutes))
        assert await scheduler.tick_and_wait() == []
    [post] = [c.body for c in fake_slack.calls_to("chat.postMessage")]
    assert post["metadata"] == tag("C1", date(2025, 3, 10))
    assert post["text"] and post["blocks"] and post["unfurl_links"] is False
    run = Runs(engine).get("C1", date(2025, 3, 10))
    assert run.status == DONE and run.message_ts == briefings(fake_slack, "C1")[0]["ts"]
    assert outcomes(engine, "C1", date(2025, 3, 10)) == ["posted"]
    assert fake_slack.calls_to("conversations.history") == []  # a fresh claim needs no history read


async def test_next_day_posts_again_and_compose_gets_the_previous_briefing_time(engine, fake_slack, clock,
                                                                                make_scheduler, composed):
    subscribe(engine, "C1", "08:00", "Europe/Kyiv")
    scheduler = make_scheduler()
    first = at("Europe/Kyiv", 2025, 3, 10, 8, 0)
    clock.set(first)
    await scheduler.tick_and_wait()
    clock.set(at("Europe/Kyiv", 2025, 3, 11, 8, 0))
    await scheduler.tick_and_wait()
    assert composed == [("C1", None), ("C1", first)]
    assert len(briefings(fake_slack, "C1")) == 2


async def test_catch_up_same_local_day_but_not_yesterdays(engine, fake_slack, clock, make_scheduler):
    subscribe(engine, "C1", "08:00", "Europe/Kyiv")
    clock.set(at("Europe/Kyiv", 2025, 3, 10, 11, 0))  # the bot was down at 08:00; it starts at 11:00
    assert await make_scheduler().tick_and_wait() == ["posted"]
    subscribe(engine, "C2", "08:00", "Europe/Kyiv")
    clock.set(at("Europe/Kyiv", 2025, 3, 11, 0, 30))  # C2 missed all of the 10th: nothing posted now
    assert await make_scheduler().tick_and_wait() == []
    assert briefings(fake_slack, "C2") == []
    clock.set(at("Europe/Kyiv", 2025, 3, 11, 8, 0))
    assert sorted(await make_scheduler().tick_and_wait()) == ["posted", "posted"]
    assert len(briefings(fake_slack, "C1")) == 2 and len(briefings(fake_slack, "C2")) == 1


async def test_two_deliverers_racing_for_one_slot_post_once(engine, fake_slack, clock, make_scheduler):
    subscribe(engine, "C1", "08:00", "Europe/Kyiv")
    fake_slack.fail("chat.postMessage", delay=0.2)  # the winner is slow: the loser must still not post
    clock.set(at("Europe/Kyiv", 2025, 3, 10, 8, 0))
    [slot] = due(Subscriptions(engine).list(), clock())
    a, b = make_scheduler(owner="a"), make_scheduler(owner="b")
    results = await asyncio.gather(a.deliverer.deliver(slot), b.deliverer.deliver(slot))
    assert sorted(results) == ["posted", "skipped"]
    assert len(briefings(fake_slack)) == 1


async def test_crash_after_posting_before_recording_is_not_posted_twice(engine, fake_slack, clock,
                                                                        make_scheduler):
    """The state a crash leaves: the message is in the channel, the run still `running` under a
    dead process's lease. The next process waits for the lease, finds the tag, posts nothing."""
    subscribe(engine, "C1", "08:00", "Europe/Kyiv")
    day, slot_at = date(2025, 3, 10), at("Europe/Kyiv", 2025, 3, 10, 8, 0)
    Runs(engine).claim("C1", day, "dead-process", slot_at, FAST.lease, FAST.max_rounds)
    posted = await AsyncWebClient(token="xoxb-test", base_url=fake_slack.api_url).chat_postMessage(
        channel="C1", text="briefing", metadata=tag("C1", day))
    clock.set(slot_at + timedelta(seconds=30))
    scheduler = make_scheduler()
    assert await scheduler.tick_and_wait() == []  # the dead process's lease still runs
    clock.set(slot_at + FAST.lease + timedelta(seconds=1))
    assert await scheduler.tick_and_wait() == ["found_in_history"]
    assert len(fake_slack.calls_to("chat.postMessage")) == 1
    run = Runs(engine).get("C1", day)
    assert (run.status, run.message_ts, run.rounds) == (DONE, posted["ts"], 2)
    [history_call] = fake_slack.calls_to("conversations.history")
    assert history_call.body["include_all_metadata"] in ("1", "true", "True")


async def test_crash_before_posting_is_posted_by_the_next_process(engine, fake_slack, clock, make_scheduler):
    subscribe(engine, "C1", "08:00", "Europe/Kyiv")
    day, slot_at = date(2025, 3, 10), at("Europe/Kyiv", 2025, 3, 10, 8, 0)
    Runs(engine).claim("C1", day, "dead-process", slot_at, FAST.lease, FAST.max_rounds)
    fake_slack.history["C1"] = [{"ts": "1.0", "text": "yesterday", "metadata": tag("C1", date(2025, 3, 9))}]
    clock.set(slot_at + FAST.lease + timedelta(seconds=1))
    assert await make_scheduler().tick_and_wait() == ["posted"]
    assert len(briefings(fake_slack, "C1")) == 2  # yesterday's and today's
    assert len(fake_slack.calls_to("conversations.history")) == 1


async def test_429_waits_for_retry_after_and_logs_the_wait(engine, fake_slack, clock, make_scheduler):
    subscribe(engine, "C1", "08:00", "Europe/Kyiv")
    fake_slack.fail("chat.postMessage", status=429, headers={"Retry-After": "1"})
    clock.set(at("Europe/Kyiv", 2025, 3, 10, 8, 0))
    started = wallclock.monotonic()
    assert await make_scheduler().tick_and_wait() == ["posted"]
    assert wallclock.monotonic() - started >= 1.0
    assert len(fake_slack.calls_to("chat.postMessage")) == 2 and len(briefings(fake_slack)) == 1
    log = Runs(engine).history("C1", date(2025, 3, 10))
    assert [e.outcome for e in log] == ["rate_limited", "posted"]
    assert "Retry-After 1s" in log[0].error
    assert fake_slack.calls_to("conversations.history") == []  # a 429 never went through: no need to look


async def test_5xx_is_retried_with_a_history_check_before_each_repost(engine, fake_slack, clock,
                                                                      make_scheduler):
    subscribe(engine, "C1", "08:00", "Europe/Kyiv")
    fake_slack.fail("chat.postMessage", status=503, times=2)
    clock.set(at("Europe/Kyiv", 2025, 3, 10, 8, 0))
    assert await make_scheduler().tick_and_wait() == ["posted"]
    assert outcomes(engine, "C1", date(2025, 3, 10)) == ["retry", "retry", "posted"]
    assert len(fake_slack.calls_to("conversations.history")) == 2
    assert len(briefings(fake_slack)) == 1


async def test_timeout_is_retried(engine, fake_slack, clock, make_scheduler):
    subscribe(engine, "C1", "08:00", "Europe/Kyiv")
    fake_slack.fail("chat.postMessage", status=500, delay=0.5)  # stalls, and never goes through
    clock.set(at("Europe/Kyiv", 2025, 3, 10, 8, 0))
    policy = DeliveryPolicy(**{**FAST.__dict__, "slack_timeout": 0.2})
    assert await make_scheduler(policy=policy).tick_and_wait() == ["posted"]
    log = Runs(engine).history("C1", date(2025, 3, 10))
    assert [e.outcome for e in log] == ["retry", "posted"] and "timed out" in log[0].error
    assert len(briefings(fake_slack)) == 1


async def test_timeout_that_went_through_is_found_not_reposted(engine, fake_slack, clock, make_scheduler):
    subscribe(engine, "C1", "08:00", "Europe/Kyiv")
    fake_slack.fail("chat.postMessage", delay=0.3)  # Slack posts it, but after we gave up waiting
    clock.set(at("Europe/Kyiv", 2025, 3, 10, 8, 0))
    policy = DeliveryPolicy(**{**FAST.__dict__, "slack_timeout": 0.1, "backoff": 0.8, "backoff_cap": 0.8})
    assert await make_scheduler(policy=policy).tick_and_wait() == ["found_in_history"]
    assert len(briefings(fake_slack)) == 1 and len(fake_slack.calls_to("chat.postMessage")) == 1


@pytest.mark.parametrize("error", ["channel_not_found", "not_in_channel", "is_archived"])
async def test_channel_errors_pause_and_tell_the_subscriber(engine, fake_slack, clock, make_scheduler, error):
    subscribe(engine, "C1", "08:00", "Europe/Kyiv", user="U0ALICE")
    fake_slack.fail("chat.postMessage", error=error)
    clock.set(at("Europe/Kyiv", 2025, 3, 10, 8, 0))
    scheduler = make_scheduler()
    assert await scheduler.tick_and_wait() == ["paused"]
    sub = Subscriptions(engine).get("C1")
    assert (sub.status, sub.paused_reason) == ("paused", error)
    notice = fake_slack.calls_to("chat.postMessage")[-1].body
    assert notice["channel"] == "U0ALICE" and "<#C1>" in notice["text"]
    assert "/nk-subscribe 08:00 Europe/Kyiv" in notice["text"]
    assert outcomes(engine, "C1", date(2025, 3, 10)) == ["paused", "subscriber_notified"]
    clock.set(at("Europe/Kyiv", 2025, 3, 11, 8, 0))
    assert await scheduler.tick_and_wait() == []  # stays paused
    subscribe(engine, "C1", "08:00", "Europe/Kyiv", user="U0ALICE", since=clock() - timedelta(minutes=1))
    clock.set(at("Europe/Kyiv", 2025, 3, 12, 8, 0))
    assert await scheduler.tick_and_wait() == ["posted"]


async def test_other_refusals_fail_the_day_without_retrying(engine, fake_slack, clock, make_scheduler):
    subscribe(engine, "C1", "08:00", "Europe/Kyiv")
    fake_slack.fail("chat.postMessage", error="invalid_blocks")
    clock.set(at("Europe/Kyiv", 2025, 3, 10, 8, 0))
    scheduler = make_scheduler()
    assert await scheduler.tick_and_wait() == ["failed"]
    assert Runs(engine).get("C1", date(2025, 3, 10)).status == FAILED
    clock.advance(hours=3)
    assert await scheduler.tick_and_wait() == []
    assert Subscriptions(engine).get("C1").active  # a bad message is our bug, not the channel's


async def test_a_round_out_of_attempts_is_released_and_retried_later_that_day(engine, fake_slack, clock,
                                                                             make_scheduler):
    subscribe(engine, "C1", "08:00", "Europe/Kyiv")
    fake_slack.fail("chat.postMessage", status=502, times=4)
    clock.set(at("Europe/Kyiv", 2025, 3, 10, 8, 0))
    scheduler = make_scheduler()
    assert await scheduler.tick_and_wait() == ["released"]
    assert Runs(engine).get("C1", date(2025, 3, 10)).status == RUNNING
    clock.advance(minutes=1)
    assert await scheduler.tick_and_wait() == []  # not before retry_later
    clock.advance(minutes=5)
    assert await scheduler.tick_and_wait() == ["posted"]
    assert outcomes(engine, "C1", date(2025, 3, 10)) == ["retry"] * 4 + ["released", "posted"]
    assert Runs(engine).get("C1", date(2025, 3, 10)).rounds == 2
    assert len(briefings(fake_slack)) == 1


async def test_compose_failure_is_logged_and_retried_in_a_later_round(engine, fake_slack, clock,
                                                                     make_scheduler, compose):
    calls = []

    async def flaky(sub, since):
        calls.append(sub.channel_id)
        if len(calls) == 1:
            raise RuntimeError("index not loaded yet")
        return await compose(sub, since)
    subscribe(engine, "C1", "08:00", "Europe/Kyiv")
    clock.set(at("Europe/Kyiv", 2025, 3, 10, 8, 0))
    scheduler = make_scheduler(compose_fn=flaky)
    assert await scheduler.tick_and_wait() == ["released"]
    clock.advance(minutes=6)
    assert await scheduler.tick_and_wait() == ["posted"]
    log = Runs(engine).history("C1", date(2025, 3, 10))
    assert [e.outcome for e in log] == ["compose_failed", "released", "posted"]
    assert "index not loaded yet" in log[0].error


async def test_unsubscribed_channels_are_not_posted(engine, fake_slack, clock, make_scheduler):
    subscribe(engine, "C1", "08:00", "Europe/Kyiv")
    Subscriptions(engine).unsubscribe("C1")
    clock.set(at("Europe/Kyiv", 2025, 3, 10, 8, 0))
    assert await make_scheduler().tick_and_wait() == []


async def test_two_channels_in_different_zones_post_at_their_own_eight(engine, fake_slack, clock,
                                                                       make_scheduler):
    subscribe(engine, "CKYIV", "08:00", "Europe/Kyiv")
    subscribe(engine, "CNY", "08:00", "America/New_York")
    scheduler = make_scheduler()
    posted_at: dict[str, datetime] = {}
    clock.set(datetime(2025, 3, 10, 0, 0, tzinfo=UTC))
    while clock() < datetime(2025, 3, 11, 0, 0, tzinfo=UTC):
        before = {c: len(briefings(fake_slack, c)) for c in ("CKYIV", "CNY")}
        await scheduler.tick_and_wait()
        for c in before:
            if len(briefings(fake_slack, c)) > before[c]:
                posted_at[c] = clock()
        clock.advance(minutes=15)
    assert posted_at == {"CKYIV": datetime(2025, 3, 10, 6, 0, tzinfo=UTC),  # 08:00 EET
                         "CNY": datetime(2025, 3, 10, 12, 0, tzinfo=UTC)}  # 08:00 EDT (DST began on the 9th)


@pytest.mark.parametrize("zone, at_time, start, expected", [
    # spring forward: 02:30 does not exist on the 30th; it runs once, at 03:30 CEST
    ("Europe/Berlin", "02:30", datetime(2025, 3, 29, tzinfo=UTC),
     [datetime(2025, 3, 29, 1, 30, tzinfo=UTC), datetime(2025, 3, 30, 1, 30, tzinfo=UTC),
      datetime(2025, 3, 31, 0, 30, tzinfo=UTC)]),
    # fall back: 02:30 happens twice on the 26th; it runs once, at the first
    ("Europe/Berlin", "02:30", datetime(2025, 10, 25, tzinfo=UTC),
     [datetime(2025, 10, 25, 0, 30, tzinfo=UTC), datetime(2025, 10, 26, 0, 30, tzinfo=UTC),
      datetime(2025, 10, 27, 1, 30, tzinfo=UTC)]),
    ("America/New_York", "01:30", datetime(2025, 11, 1, 4, tzinfo=UTC),
     [datetime(2025, 11, 1, 5, 30, tzinfo=UTC), datetime(2025, 11, 2, 5, 30, tzinfo=UTC),
      datetime(2025, 11, 3, 6, 30, tzinfo=UTC)]),
])
async def test_dst_changes_post_exactly_once_per_local_day(engine, fake_slack, clock, make_scheduler,
                                                           zone, at_time, start, expected):
    subscribe(engine, "C1", at_time, zone)
    scheduler = make_scheduler()
    posted_at = []
    clock.set(start)
    while clock() < start + timedelta(days=3):
        before = len(briefings(fake_slack))
        await scheduler.tick_and_wait()
        posted_at += [clock()] * (len(briefings(fake_slack)) - before)
        clock.advance(minutes=10)
    assert posted_at == expected
    dates = [m["metadata"]["event_payload"]["date"] for m in briefings(fake_slack)]
    assert len(dates) == len(set(dates)) == 3


async def test_the_pause_notice_is_worded_by_its_template(engine, fake_slack, clock, make_scheduler, tmp_path):
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "briefings" / "templates", templates)
    (templates / "paused.json.j2").write_text(
        '{% set t %}Paused <#{{ channel_id }}> ({{ reason }}), resume at {{ time_text }} {{ timezone }}{% endset %}'
        '{"text": {{ t | tojson }}, "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": {{ t | tojson }}}}]}')
    subscribe(engine, "C1", "08:00", "Europe/Kyiv", user="U0ALICE")
    fake_slack.fail("chat.postMessage", error="is_archived")
    clock.set(at("Europe/Kyiv", 2025, 3, 10, 8, 0))
    assert await make_scheduler(templates_dir=templates).tick_and_wait() == ["paused"]
    notice = fake_slack.calls_to("chat.postMessage")[-1].body
    assert notice["text"] == "Paused <#C1> (is_archived), resume at 08:00 Europe/Kyiv"
