"""`/nk-troops chart` and the Chart button, against the fake Slack over real HTTP: the picture is
uploaded once, as a PNG, to the channel asked from, with its figures in words; the person is told
it is there, or why not."""

from __future__ import annotations

import io
import json

from matplotlib.image import imread

from bot.answer import BAD_BUTTON
from tests.scenario.conftest import answered

PNG = b"\x89PNG\r\n\x1a\n"


def chart_button(message: dict) -> dict:
    [button] = [b["accessory"] for b in message["blocks"] if (b.get("accessory") or {}).get("action_id") == "show_chart"]
    return button


def assert_one_png_in(fake, channel: str = "C1") -> dict:
    [shared] = fake.uploaded()
    assert shared["channel"] == channel
    assert shared["bytes"][:8] == PNG
    height, width = imread(io.BytesIO(shared["bytes"]), format="png").shape[:2]
    assert 800 <= width <= 1600 and 300 <= height <= 2000
    [ask] = fake.calls_to("files.getUploadURLExternal")
    assert int(ask.body["length"]) == len(shared["bytes"]) and ask.body["filename"].endswith(".png")
    assert ask.body.get("alt_txt", "").startswith("Chart: North Korean troops in Russia")
    return shared


async def test_chart_command_uploads_one_png_to_the_channel_with_its_figures_in_words(bot):
    resp = await bot.command("/nk-troops", "chart")
    assert resp.status == 200 and not bot.last_body  # acked at once, empty: the picture follows
    await bot.fake.wait_for(lambda: bot.fake.responses, timeout=20)
    shared = assert_one_png_in(bot.fake)
    comment = shared["initial_comment"]
    assert comment.startswith("Chart of the key numbers: *North Korean troops in Russia*")
    # the text alternative: the latest figure per source (the State Department's 10,000 is Kursk's, a subset)
    assert "North Korean troops sent to Russia" in comment and "figures disagree" in comment
    assert "NIS roughly 12,000 (Oct 18)" in comment and "Zelenskyy about 10,000 (Oct 25)" in comment
    assert "State Department" not in comment
    [told] = bot.fake.responses
    assert told.body["response_type"] == "ephemeral" and "Posted the chart" in told.body["text"]
    assert not bot.fake.calls_to("chat.postMessage")  # the picture is the post; nothing else in the channel


async def test_the_chart_button_on_the_key_numbers_posts_the_same_picture(bot):
    briefing = await answered(bot, "/nk-troops")
    button = chart_button(briefing)
    assert json.loads(button["value"]) == {"c": "/nk-troops", "t": "chart", "s": "ephemeral"}
    await bot.click(button, response="r2", channel="C7")
    await bot.fake.wait_for(lambda: len(bot.fake.responses) >= 2, timeout=20)
    assert_one_png_in(bot.fake, channel="C7")
    told = bot.fake.responses[-1].body
    assert "Posted the chart" in told["text"] and told["replace_original"] is False  # the briefing stays
    await bot.click(button, response="r3", channel="C7")  # pressed again on the same message
    await bot.fake.wait_for(lambda: len(bot.fake.responses) >= 3)
    assert "posted already" in bot.fake.responses[-1].body["text"] and len(bot.fake.uploaded()) == 1


async def test_a_filtered_briefing_charts_its_filter(bot):
    briefing = await answered(bot, "/nk-troops", "Zelenskyy")
    assert json.loads(chart_button(briefing)["value"])["t"] == "chart Zelenskyy"


async def test_not_in_channel_tells_the_person_to_invite_the_bot(bot, caplog):
    bot.fake.fail("files.completeUploadExternal", error="not_in_channel")
    await bot.command("/nk-troops", "chart")
    await bot.fake.wait_for(lambda: bot.fake.responses, timeout=20)
    told = bot.fake.responses[0].body["text"]
    assert "not a member of this channel" in told and "/invite @nkbot" in told and "/nk-troops chart" in told
    assert not bot.fake.uploaded() and "Traceback" not in told
    assert "not_in_channel" in caplog.text and "xoxb-test-token" not in caplog.text


async def test_a_failed_upload_says_so_plainly(bot):
    bot.fake.fail("upload", status=500)
    await bot.command("/nk-troops", "chart")
    await bot.fake.wait_for(lambda: bot.fake.responses, timeout=20)
    told = bot.fake.responses[0].body["text"]
    assert told.startswith("Slack did not take the chart") and "127.0.0.1" not in told
    assert not bot.fake.calls_to("files.completeUploadExternal")


async def test_no_figures_is_said_instead_of_an_empty_picture(bot):
    await bot.command("/nk-troops", "chart Kremlin dismissed")
    await bot.fake.wait_for(lambda: bot.fake.responses, timeout=20)
    assert bot.fake.responses[0].body["text"].startswith("No figures to chart for North Korean troops in Russia")
    assert not bot.fake.calls_to("files.getUploadURLExternal")


async def test_a_chart_button_that_asks_something_else_is_refused(bot):
    await bot.click({"action_id": "show_chart", "value": json.dumps({"c": "/who-said", "t": "Austin"})})
    await bot.click({"action_id": "show_chart", "value": "{not json"}, response="r3")
    await bot.fake.wait_for(lambda: len(bot.fake.responses) >= 2)
    assert all(r.body["text"] == BAD_BUTTON for r in bot.fake.responses)
    assert not bot.fake.calls_to("files.getUploadURLExternal")
