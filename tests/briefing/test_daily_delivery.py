"""End to end: a channel subscribes over signed HTTP and the scheduler, running next to the app,
posts the daily briefing to the fake Slack's chat.postMessage, tagged with message metadata.

The first test runs the app and the scheduler in-process with a hand-moved clock (08:00 Kyiv on
two days); the second runs `bot.serve.serve` itself in HTTP mode, real clock, and stops it.
Both on SQLite and PostgreSQL.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime

from bot.app import create_app
from bot.blockkit import validate_message
from bot.briefing.model import DONE
from bot.briefing.runs import Runs
from bot.briefing.store import make_engine, upgrade
from bot.briefing.wiring import create_briefings, prepare, start_scheduler, stop_scheduler
from bot.index.holder import IndexHolder
from bot.render import Renderer
from bot.serve import Runtime, http_application, serve, start_http
from bot.settings import ROOT, Settings
from bot.topics import load_catalogue
from tests.scenario.conftest import SIGNING_SECRET, BotServer, assert_all_valid
from tests.scenario.sample_index import build_sample_index

from .conftest import FAST, FakeClock, briefings, subscribe


def settings_for(tmp_path, fake_slack, database_url, **extra) -> Settings:
    return Settings(_env_file=None, index_path=tmp_path / "index.sqlite", slack_bot_token="xoxb-test-token",
                    slack_signing_secret=SIGNING_SECRET, slack_api_url=fake_slack.api_url,
                    briefings_dir=ROOT / "briefings", database_url=database_url, briefing_tick_seconds=0.02,
                    host="127.0.0.1", **extra)


def runtime_for(settings: Settings) -> Runtime:
    catalogue = load_catalogue(settings.briefings_dir / "topics.yaml")
    holder = IndexHolder.from_index(build_sample_index(), catalogue.topics)
    return Runtime(settings, catalogue, holder, Renderer(settings.briefings_dir / "templates"))


async def test_a_subscribed_channel_gets_one_briefing_a_day_at_0800_local(tmp_path, fake_slack, database_url):
    clock = FakeClock(datetime(2025, 3, 10, 4, 0, tzinfo=UTC))  # 06:00 in Kyiv
    settings = settings_for(tmp_path, fake_slack, database_url)
    rt = runtime_for(settings)
    daily = create_briefings(settings, rt.holder, rt.renderer, rt.catalogue, clock=clock)
    app = create_app(settings, rt.holder, rt.renderer, catalogue=rt.catalogue, daily=daily)
    await prepare(daily)
    runner, port = await start_http(http_application(app, rt), "127.0.0.1", 0)
    bot = BotServer(f"http://127.0.0.1:{port}", fake_slack, rt)
    outcomes: list[str] = []
    task = start_scheduler(settings, daily, outcomes.append, clock=clock, policy=FAST, owner="e2e")
    try:
        await bot.command("/nk-subscribe")  # 08:00 in the requester's zone (users.info: Europe/Kyiv)
        await fake_slack.wait_for(lambda: fake_slack.responses)
        assert "08:00 Europe/Kyiv" in fake_slack.responses[0].body["text"]
        await asyncio.sleep(0.2)
        assert briefings(fake_slack) == []  # not yet 08:00 in Kyiv

        clock.set(datetime(2025, 3, 10, 6, 0, 30, tzinfo=UTC))  # 08:00:30 in Kyiv
        await fake_slack.wait_for(lambda: len(briefings(fake_slack)) == 1)
        await fake_slack.wait_for(lambda: Runs(daily.engine).get("C1", date(2025, 3, 10)).status == DONE)
        clock.set(datetime(2025, 3, 11, 6, 1, tzinfo=UTC))  # the next morning
        await fake_slack.wait_for(lambda: len(briefings(fake_slack)) == 2)
        await asyncio.sleep(0.2)  # more ticks, no more posts
    finally:
        await stop_scheduler(task)
        await runner.cleanup()
        daily.engine.dispose()
    assert task.done()
    posts = [c.body for c in fake_slack.calls_to("chat.postMessage")]
    assert len(posts) == 2 and all(p["channel"] == "C1" for p in posts)
    first, second = posts
    for post, day in ((first, "2025-03-10"), (second, "2025-03-11")):
        validate_message({"text": post["text"], "blocks": post["blocks"]})
        assert post["metadata"] == {"event_type": "nkbot_briefing",
                                    "event_payload": {"channel": "C1", "date": day}}
        assert post["text"].startswith(f"Daily briefing · North Korean troops in Russia · {day}")
    assert "first briefing" in first["text"]
    assert "nothing new since 2025-03-10 08:00 EET" in second["text"]  # since the first one went out
    assert "Key numbers" in str(second["blocks"])
    assert outcomes == ["posted", "posted"]  # what `nkbot serve` feeds the ops metrics' deliveries counter
    assert_all_valid(fake_slack)


async def test_nkbot_serve_runs_the_scheduler_and_stops_it(tmp_path, fake_slack, database_url):
    settings = settings_for(tmp_path, fake_slack, database_url)
    engine = make_engine(database_url)
    upgrade(engine)
    subscribe(engine, "CSERVE", "00:00", "UTC")  # due since midnight: the first tick catches it up
    engine.dispose()
    serving = asyncio.create_task(serve(runtime_for(settings), http=True, port=0))
    try:
        await fake_slack.wait_for(lambda: briefings(fake_slack, "CSERVE"), timeout=10)
    finally:
        serving.cancel()
        await asyncio.gather(serving, return_exceptions=True)
    [post] = fake_slack.calls_to("chat.postMessage")
    assert post.body["metadata"]["event_payload"]["channel"] == "CSERVE"
    assert not [t for t in asyncio.all_tasks() if t.get_name() == "briefing scheduler" and not t.done()]


def test_a_process_can_opt_out_of_the_scheduler(tmp_path, fake_slack, database_url):
    settings = settings_for(tmp_path, fake_slack, database_url, briefing_scheduler=False)
    rt = runtime_for(settings)
    assert start_scheduler(settings, create_briefings(settings, rt.holder, rt.renderer, rt.catalogue)) is None
