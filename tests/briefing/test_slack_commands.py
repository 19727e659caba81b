"""The daily-briefing commands over real HTTP, signed as Slack signs them, on SQLite and PostgreSQL.

The bot is served in HTTP mode on loopback against the fake Slack Web API (which answers
`users.info` with tz Europe/Kyiv); replies arrive on `response_url`. Every message the fake Slack
receives is validated with the bot's Block Kit checks when the test ends.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from urllib.parse import urlencode

import pytest

from bot.briefing.model import DONE
from bot.briefing.runs import Runs
from bot.briefing.subscriptions import Subscriptions
from bot.briefing.wiring import prepare
from bot.index.holder import IndexHolder
from bot.render import Renderer
from bot.serve import Runtime, http_application, start_http
from bot.settings import ROOT, Settings
from bot.topics import load_catalogue
from tests.scenario.conftest import SIGNING_SECRET, BotServer, assert_all_valid, buttons
from tests.scenario.sample_index import build_sample_index


@pytest.fixture
async def bot(tmp_path, fake_slack, database_url):
    settings = Settings(_env_file=None, index_path=tmp_path / "index.sqlite", slack_bot_token="xoxb-test-token",
                        slack_signing_secret=SIGNING_SECRET, slack_api_url=fake_slack.api_url,
                        briefings_dir=ROOT / "briefings", database_url=database_url)
    catalogue = load_catalogue(settings.briefings_dir / "topics.yaml")
    holder = IndexHolder.from_index(build_sample_index(), catalogue.topics)
    runtime = Runtime(settings, catalogue, holder, Renderer(settings.briefings_dir / "templates"))
    app = runtime.app()
    await prepare(app.briefings)  # as `nkbot serve` does before it accepts requests
    runner, port = await start_http(http_application(app, runtime), "127.0.0.1", 0)
    server = BotServer(f"http://127.0.0.1:{port}", fake_slack, runtime)
    server.app = app
    yield server
    await runner.cleanup()
    app.briefings.engine.dispose()
    assert_all_valid(fake_slack)


async def reply(bot, command: str, text: str = "", channel: str = "C1", user: str = "U1") -> dict:
    """Send a slash command from `channel`; return the reply posted to its response_url."""
    name = f"r{len(bot.fake.responses) + 1}"
    form = {"token": "x", "team_id": bot.fake.TEAM_ID, "channel_id": channel, "user_id": user, "user_name": "ana",
            "command": command, "text": text, "response_url": bot.fake.response_url(name), "trigger_id": "t1",
            "api_app_id": "A1"}
    before = len(bot.fake.responses)
    resp = await bot.post(urlencode(form), "application/x-www-form-urlencoded")
    assert resp.status == 200
    await bot.fake.wait_for(lambda: len(bot.fake.responses) > before)
    body = bot.fake.responses[-1].body
    assert body["response_type"] == "ephemeral"
    return body


def subscription(bot, channel: str = "C1"):
    return Subscriptions(bot.app.briefings.engine).get(channel)


async def test_subscribe_defaults_to_0800_in_the_requesters_zone(bot):
    msg = await reply(bot, "/nk-subscribe")
    assert [c.body["user"] for c in bot.fake.calls_to("users.info")] == ["U1"]
    assert "This channel will get the daily briefing at *08:00 Europe/Kyiv*" in msg["blocks"][0]["text"]["text"]
    assert "08:00 is the default and the time zone is yours" in str(msg["blocks"])
    sub = subscription(bot)
    assert (sub.time_text, sub.timezone, sub.subscriber_id, sub.team_id) == ("08:00", "Europe/Kyiv", "U1",
                                                                           bot.fake.TEAM_ID)


async def test_subscribe_with_time_and_zone_then_change_it(bot):
    msg = await reply(bot, "/nk-subscribe", "07:30 Asia/Seoul")
    assert msg["text"].startswith("This channel will get the daily briefing at 07:30 Asia/Seoul; the next one")
    assert (subscription(bot).time_text, subscription(bot).timezone) == ("07:30", "Asia/Seoul")
    msg = await reply(bot, "/nk-subscribe", "6pm america/new_york")
    text = msg["blocks"][0]["text"]["text"]
    assert text.startswith("Changed: this channel now gets the daily briefing at *18:00 America/New_York*")
    assert "(It was 07:30 Asia/Seoul.)" in text
    assert "default" not in str(msg["blocks"])


async def test_a_bad_time_is_explained_and_changes_nothing(bot):
    msg = await reply(bot, "/nk-subscribe", "25:00 Europe/Kyiv")
    assert "`25:00` is not a time of day. Use 24-hour HH:MM" in msg["text"]
    assert subscription(bot) is None


async def test_an_unknown_zone_gets_suggestions(bot):
    msg = await reply(bot, "/nk-subscribe", "08:00 Europe/Kiyv")
    assert "`Europe/Kiyv` is not a time zone I know. Did you mean" in msg["text"] and "`Europe/Kyiv`" in msg["text"]
    msg = await reply(bot, "/nk-subscribe", "9:00 <!channel>")
    assert "<!channel>" not in json.dumps(msg) and "&lt;!channel&gt;" in msg["text"]  # echoed, never a ping
    assert subscription(bot) is None


async def test_unsubscribe(bot):
    msg = await reply(bot, "/nk-unsubscribe")
    assert msg["text"].startswith("This channel has no daily briefing")
    await reply(bot, "/nk-subscribe", "07:00 Europe/Kyiv")
    msg = await reply(bot, "/nk-unsubscribe")
    assert msg["text"].startswith("Done: no more daily briefings in <#C1> (it was 07:00 Europe/Kyiv)")
    assert subscription(bot) is None
    assert "takes no arguments" in (await reply(bot, "/nk-unsubscribe", "everything"))["text"]


async def test_subscriptions_lists_this_channel_and_the_workspace(bot):
    msg = await reply(bot, "/nk-subscriptions")
    assert "no daily briefing" in msg["blocks"][0]["text"]["text"]
    await reply(bot, "/nk-subscribe", "07:00 Asia/Seoul", channel="C2")
    await reply(bot, "/nk-subscribe", "", channel="C1")
    runs, at = Runs(bot.app.briefings.engine), subscription(bot, "C2").created_at
    runs.claim("C2", date(2024, 11, 6), "p", at, timedelta(minutes=1), 3)  # as if C2 got a briefing
    runs.finish("C2", date(2024, 11, 6), "p", DONE, at, message_ts="1.1")
    msg = await reply(bot, "/nk-subscriptions", channel="C1")
    here, elsewhere = (b["text"]["text"] for b in msg["blocks"][:2])
    assert here.startswith("*This channel*: <#C1> · 08:00 Europe/Kyiv · next ") and "none sent yet" in here
    assert "<#C2> · 07:00 Asia/Seoul · next " in elsewhere and "last 2024-11-06 posted" in elsewhere
    assert msg["text"] == "Daily briefings: 2 in this workspace"


async def test_brief_shows_todays_briefing_with_a_share_button(bot):
    msg = await reply(bot, "/nk-brief")
    assert msg["text"].startswith("Daily briefing · North Korean troops in Russia")
    assert "first briefing" in msg["text"]  # not subscribed: no previous briefing to count from
    share = buttons(msg)["share_briefing"]
    await bot.click(share, response="r9")
    await bot.fake.wait_for(lambda: any(r.body.get("response_type") == "in_channel" for r in bot.fake.responses))
    shared = next(r.body for r in bot.fake.responses if r.body.get("response_type") == "in_channel")
    assert shared["text"] == msg["text"] and "share_briefing" not in json.dumps(shared)
    assert any(r.body.get("delete_original") for r in bot.fake.responses)


async def test_app_home_lists_the_workspaces_daily_briefings(bot):
    await reply(bot, "/nk-subscribe", "07:15 Europe/Kyiv", channel="C7")
    await bot.event({"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home"})
    await bot.fake.wait_for(lambda: bot.fake.calls_to("views.publish"))
    blocks = json.dumps(bot.fake.calls_to("views.publish")[0].body["view"]["blocks"], ensure_ascii=False)
    assert "*Daily briefings in this workspace*" in blocks and "<#C7> · 07:15 Europe/Kyiv · next " in blocks
    assert "/nk-subscribe" in blocks
