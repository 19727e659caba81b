"""/nk-watch, /nk-unwatch and the alerts in /nk-subscriptions, over signed HTTP."""

from __future__ import annotations

from tests.ops.conftest import command_answer


async def test_watch_list_and_unwatch_in_a_channel(bot):
    first = await command_answer(bot, "/nk-watch", "austn", response="w1")
    assert "now gets an alert" in first["text"] and "*Lloyd Austin*" in first["text"]
    again = await command_answer(bot, "/nk-watch", "Lloyd Austin", response="w2")
    assert again["text"] == "This channel already watches *Lloyd Austin*."
    topic = await command_answer(bot, "/nk-watch", "troops", response="w3")
    assert "on the topic *North Korean troops in Russia*" in topic["text"]
    listing = await command_answer(bot, "/nk-subscriptions", "", response="w4")
    alerts = listing["blocks"][-1]["text"]["text"]
    assert alerts == "*Alerts in this channel*: Lloyd Austin, North Korean troops in Russia (topic)"
    gone = await command_answer(bot, "/nk-unwatch", "Austin", response="w5")
    assert gone["text"] == "Stopped watching Lloyd Austin in this channel."
    assert "Still watched here: North Korean troops in Russia (topic)" in str(gone["blocks"])
    nothing = await command_answer(bot, "/nk-unwatch", "Kursk", response="w6")
    assert nothing["text"] == "This channel does not watch “Kursk”."
    cleared = await command_answer(bot, "/nk-unwatch", "all", response="w7")
    assert "This channel watches nothing now." in str(cleared["blocks"])


async def test_watch_without_text_explains_itself_and_hostile_text_stays_inert(bot):
    usage = await command_answer(bot, "/nk-watch", "", response="u1")
    assert usage["text"].startswith("Usage: `/nk-watch NAME|TOPIC|WORDS`")
    hostile = await command_answer(bot, "/nk-watch", "<!channel> *bold* <https://evil.example|x>", response="u2")
    text = str(hostile["blocks"])
    assert "<!channel>" not in text and "<https://evil.example" not in text


async def test_app_home_lists_the_workspace_alerts(bot):
    await command_answer(bot, "/nk-watch", "Austin", response="h1")
    await bot.event({"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home"})
    await bot.fake.wait_for(lambda: bot.fake.calls_to("views.publish"))
    view = bot.fake.calls_to("views.publish")[0].body["view"]
    assert "*Alerts in this workspace*\n• <#C1>: Lloyd Austin" in str(view["blocks"]).replace("\\n", "\n")
