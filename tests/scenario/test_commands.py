"""Slash commands over real HTTP, signed as Slack signs them, answered via response_url."""

from __future__ import annotations

import asyncio
import re

from tests.scenario.conftest import answered, buttons


async def test_who_said_is_fuzzy_ephemeral_and_shareable(bot):
    msg = await answered(bot, "/who-said", "austn")
    assert msg["response_type"] == "ephemeral"
    assert "Claims by Lloyd Austin" in msg["text"]
    joined = str(msg["blocks"])
    assert "fair game for Ukrainian forces" in joined and "U.S. Secretary of Defense" in joined
    # newest first: the 30 Oct claim before the 23 Oct one
    assert joined.index("fair game") < joined.index("had evidence")
    assert "share_in_channel" in buttons(msg)


async def test_who_said_alias_and_institution(bot):
    msg = await answered(bot, "/who-said", "South Korean intelligence")
    assert "National Intelligence Service" in msg["text"]


async def test_who_said_ambiguous_offers_candidate_buttons_that_answer(bot):
    msg = await answered(bot, "/who-said", "Kim")
    picks = {k: v for k, v in buttons(msg).items() if k.startswith("pick_speaker_")}
    assert {b["text"]["text"] for b in picks.values()} == {"Kim Jong Un", "Kim Yo Jong"}
    kju = next(b for b in picks.values() if b["text"]["text"] == "Kim Jong Un")
    await bot.click(kju)
    await bot.fake.wait_for(lambda: len(bot.fake.responses) >= 2)
    chosen = bot.fake.responses[1].body
    assert chosen["replace_original"] is True
    assert chosen["text"] == "No statements by Kim Jong Un; Kim Jong Un is mentioned in 1 claim."


async def test_mentioned_only_person(bot):
    msg = await answered(bot, "/who-said", "Putin")
    assert msg["text"] == "No statements by Vladimir Putin; Vladimir Putin is mentioned in 1 claim."


async def test_unknown_name_says_what_was_searched_and_suggests(bot):
    msg = await answered(bot, "/who-said", "Nobody Atall")
    assert "No speaker matches “Nobody Atall”" in msg["text"]
    assert "/nk-claims" not in msg["text"] and "Most quoted" in str(msg["blocks"])


async def test_topic_briefing_groups_numbers_denials_and_sources(bot):
    msg = await answered(bot, "/nk-troops")
    blocks = str(msg["blocks"])
    shown = re.sub(r"<[^|>]+\|([^>]+)>", r"\1", blocks)  # each figure links to its evidence
    assert "NIS: roughly 12,000 (Oct 18)\\nZelenskyy: about 10,000 (Oct 25)" in shown  # each source, dated
    assert "_of which:_ over 10,000 in Kursk (State Department, Nov 5)" in shown  # a subset, apart
    assert "<https://nkbot.example/sources/notes#claim-c-nis-12k|roughly 12,000>" in blocks
    assert "figures disagree" in blocks
    assert "*Denials*" in blocks and "The Kremlin dismissed" in blocks
    # source line: title, outlet, date; passage links: text fragment, or the bot's page
    assert "_Allies weigh troop reports_ · Example Wire · 2024-11-06" in blocks
    assert "https://example.org/news/nk-troops?id=1&lang=en#:~:text=" in blocks
    assert "<https://nkbot.example/sources/notes#claim-c-kremlin-deny|read the passage>" in blocks
    assert "China" not in blocks  # not about troops


async def test_topic_filter_and_empty_filter(bot):
    msg = await answered(bot, "/nk-troops", "Kursk")
    assert "over 10,000 in Kursk" in str(msg["blocks"]) and "Zelenskyy told" not in str(msg["blocks"])
    empty = await answered(bot, "/nk-troops", "submarines", n=2)
    assert empty["text"] == "No claims on North Korean troops in Russia match “submarines”."


async def test_search_and_empty_search(bot):
    msg = await answered(bot, "/nk-claims", "fair game")
    assert "Austin warned" in str(msg["blocks"])
    empty = await answered(bot, "/nk-claims", "zeppelin", n=2)
    assert empty["text"] == "No claims match “zeppelin”." and "Try fewer" in str(empty["blocks"])


async def test_help_lists_every_declared_command(bot):
    msg = await answered(bot, "/nk-help")
    for command in ("/nk-troops", "/who-said", "/nk-claims", "/nk-help"):
        assert command in msg["text"]
    assert "who said fair game?" in str(msg["blocks"])


async def test_usage_when_name_missing(bot):
    msg = await answered(bot, "/who-said", "  ")
    assert msg["text"].startswith("Usage: `/who-said NAME`")


async def test_share_in_channel_reposts_publicly_without_the_share_button(bot):
    msg = await answered(bot, "/who-said", "Zelenskyy")
    await bot.click(buttons(msg)["share_in_channel"])
    await bot.fake.wait_for(lambda: len(bot.fake.responses) >= 3)
    deleted, shared = bot.fake.responses[1].body, bot.fake.responses[2].body
    assert deleted["delete_original"] is True
    assert shared["response_type"] == "in_channel" and shared["text"] == msg["text"]
    assert "share_in_channel" not in buttons(shared)


async def test_bad_signature_is_rejected_and_nothing_answered(bot):
    resp = await bot.command("/who-said", "Austin", secret="wrong-secret")
    assert resp.status == 401
    assert bot.fake.responses == []


async def test_share_pressed_twice_posts_once(bot):
    msg = await answered(bot, "/who-said", "Zelenskyy")
    first = await bot.click(buttons(msg)["share_in_channel"])
    second = await bot.click(buttons(msg)["share_in_channel"])  # a double click on the same message
    assert first.status == second.status == 200
    await bot.fake.wait_for(lambda: len(bot.fake.responses) >= 3)
    await asyncio.sleep(0.5)  # time enough for a second post, were one coming
    assert [r.body.get("response_type") for r in bot.fake.responses].count("in_channel") == 1
    other = await bot.click(buttons(msg)["share_in_channel"], message={"ts": "9.9"})  # another message's button
    assert other.status == 200
    await bot.fake.wait_for(
        lambda: [r.body.get("response_type") for r in bot.fake.responses].count("in_channel") == 2)
