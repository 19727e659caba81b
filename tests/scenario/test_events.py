"""DMs, mentions, retries and the App Home, delivered as Slack delivers events."""

from __future__ import annotations

from tests.scenario.conftest import buttons


def dm(text: str, ts: str = "1700000100.000100") -> dict:
    return {"type": "message", "channel_type": "im", "channel": "D1", "user": "U1", "text": text, "ts": ts}


async def posts(bot, n: int = 1):
    await bot.fake.wait_for(lambda: len(bot.fake.calls_to("chat.postMessage")) >= n)
    return [c.body for c in bot.fake.calls_to("chat.postMessage")]


async def test_dm_who_said_phrase(bot):
    resp = await bot.event(dm("who said fair game?"))
    assert resp.status == 200
    (msg,) = await posts(bot)
    assert msg["channel"] == "D1" and "thread_ts" not in msg
    assert msg["text"].startswith("Who said “fair game”") and "Austin warned" in str(msg["blocks"])
    assert "share_in_channel" not in buttons(msg)  # a DM is already visible to its reader


async def test_dm_routes_question_shapes(bot):
    for n, text in enumerate(("what did China say", "did the Kremlin deny it?", "troops in Kursk"), 1):
        await bot.event(dm(text))
        await posts(bot, n)  # one at a time: answers run concurrently and may finish in any order
    first, second, third = await posts(bot, 3)
    assert first["text"].startswith("Claims by Chinese government")
    assert second["text"].startswith("Denials by Kremlin")
    assert "Kursk region" in str(third["blocks"])


async def test_mention_is_answered_in_a_thread(bot):
    event = {"type": "app_mention", "channel": "C9", "user": "U1", "ts": "1700000200.000200",
             "text": f"<@{bot.fake.BOT_USER_ID}> what did Zelenskyy say"}
    await bot.event(event)
    (msg,) = await posts(bot)
    assert msg["channel"] == "C9" and msg["thread_ts"] == "1700000200.000200"
    assert "Zelenskyy told reporters" in str(msg["blocks"])


async def test_a_retried_event_is_answered_once(bot):
    await bot.event(dm("who said fair game?"), event_id="EvSAME")
    await posts(bot)
    for retry in ("1", "2"):
        resp = await bot.event(dm("who said fair game?"), event_id="EvSAME",
                               headers={"X-Slack-Retry-Num": retry, "X-Slack-Retry-Reason": "http_timeout"})
        assert resp.status == 200
    await bot.event(dm("what did China say"), event_id="EvOTHER")  # a later, different event
    await posts(bot, 2)
    assert len(bot.fake.calls_to("chat.postMessage")) == 2


async def test_unhandled_events_and_message_subtypes_are_acknowledged_silently(bot):
    assert (await bot.event({"type": "reaction_added", "user": "U1", "reaction": "eyes"})).status == 200
    edited = {**dm("hello"), "subtype": "message_changed"}
    assert (await bot.event(edited)).status == 200
    channel_msg = {**dm("troops"), "channel_type": "channel", "channel": "C1"}
    assert (await bot.event(channel_msg)).status == 200
    await bot.event(dm("help"), event_id="EvLAST")
    (msg,) = await posts(bot)  # only the DM is answered
    assert msg["text"].startswith("Help:")


async def test_app_home_publishes_briefing_and_usage(bot):
    await bot.event({"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home"})
    await bot.fake.wait_for(lambda: bot.fake.calls_to("views.publish"))
    call = bot.fake.calls_to("views.publish")[0]
    assert call.body["user_id"] == "U1"
    view = call.body["view"]
    assert view["type"] == "home" and "|roughly 12,000> (Oct 18)" in str(view["blocks"])
    assert "/who-said" in str(view["blocks"])
    assert call.headers["Authorization"] == "Bearer xoxb-test-token"


async def test_show_more_in_a_dm_posts_the_next_page(bot):
    await bot.event(dm("North Korean"))  # matches most sample claims
    (first,) = await posts(bot)
    if "show_more" not in buttons(first):  # the sample is small; the limits test covers paging fully
        return
    await bot.click(buttons(first)["show_more"], channel="D1", message={"ts": "1700000100.000100"})
    second = (await posts(bot, 2))[1]
    assert second["channel"] == "D1"
