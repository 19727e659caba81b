"""Escaping of user and document text, Block Kit limits with paging, rate limits, source pages."""

from __future__ import annotations

import json

import aiohttp
import pytest

from bot.source_page import segments
from tests.scenario.conftest import assert_all_valid, buttons, start_bot
from tests.scenario.sample_index import build_large_index


def shown(node):
    """What Slack displays: everything but button values (opaque data returned to the bot)."""
    if isinstance(node, dict):
        return {k: shown(v) for k, v in node.items() if k != "value"}
    if isinstance(node, list):
        return [shown(v) for v in node]
    return node


async def test_channel_ping_typed_in_a_query_never_comes_out_unescaped(bot):
    for text in ("<!channel> fair game", "<!here|here> & <@U999> zeppelin"):
        await bot.command("/nk-claims", text)
    await bot.event({"type": "message", "channel_type": "im", "channel": "D1", "user": "U1", "ts": "1.0",
                     "text": "who said <!everyone>?"})
    await bot.fake.wait_for(lambda: len(bot.fake.posted_messages()) >= 3)
    raw = json.dumps([shown(m) for m in bot.fake.posted_messages()], ensure_ascii=False)
    for ping in ("<!channel>", "<!here", "<!everyone>", "<@U999>"):
        assert ping not in raw
    assert "&lt;!channel&gt;" in raw


async def test_document_text_is_escaped_too(bot):
    await bot.command("/who-said", "Rutte")
    await bot.fake.wait_for(lambda: bot.fake.responses)
    blocks = json.dumps(bot.fake.responses[0].body["blocks"], ensure_ascii=False)
    assert "allies &amp; partners would answer the deployment &lt;together&gt;" in blocks
    assert "<!channel>" not in blocks


@pytest.fixture
async def big_bot(tmp_path, fake_slack):
    runner, server = await start_bot(tmp_path, fake_slack, index=build_large_index(n=60, words=140))
    yield server
    await runner.cleanup()
    assert_all_valid(fake_slack)


async def test_long_results_page_within_limits_and_show_more_continues(big_bot):
    bot = big_bot
    await bot.command("/who-said", "Austin")
    await bot.fake.wait_for(lambda: bot.fake.responses)
    first = bot.fake.responses[0].body
    assert len(json.dumps(first, ensure_ascii=False)) <= 10_000 and len(first["blocks"]) <= 45
    seen = str(first["blocks"]).count("Austin said claim number")
    assert 1 <= seen < 62
    pages = 1
    while "show_more" in buttons(bot.fake.responses[-1].body):
        before = len(bot.fake.responses)
        await bot.click(buttons(bot.fake.responses[-1].body)["show_more"])
        await bot.fake.wait_for(lambda: len(bot.fake.responses) > before)
        page = bot.fake.responses[-1].body
        assert page["replace_original"] is False
        seen += str(page["blocks"]).count("Austin said claim number") + str(page["blocks"]).count(
            "Austin warned") + str(page["blocks"]).count("had evidence")
        pages += 1
    assert pages > 2
    assert seen >= 60


async def test_rate_limited_web_api_call_is_retried_after_retry_after(bot):
    bot.fake.fail("chat.postMessage", status=429, headers={"Retry-After": "1"})
    await bot.event({"type": "message", "channel_type": "im", "channel": "D1", "user": "U1", "ts": "1.0",
                     "text": "what did China say"})
    await bot.fake.wait_for(lambda: len(bot.fake.calls_to("chat.postMessage")) >= 2, timeout=8)
    assert bot.fake.calls_to("chat.postMessage")[1].body["text"].startswith("Claims by Chinese government")


async def test_source_page_highlights_and_anchors_the_passage(bot):
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{bot.url}/sources/notes") as resp:
            assert resp.status == 200
            html = await resp.text()
        async with session.get(f"{bot.url}/sources/nope") as missing:
            assert missing.status == 404
    assert '<mark class="claim" id="claim-c-kremlin-deny"' in html
    assert "The Kremlin dismissed the reports of North Korean soldiers at the front as fabrications.</mark>" in html
    assert "Analyst notes" in html


async def test_source_page_escapes_html(bot):
    query = bot.runtime.holder.query
    html = bot.runtime.renderer.html("source.html.j2", doc_id="wire", source=query.index.sources["wire"],
                                     segments=segments(query.index.texts["wire"], query.in_document("wire")))
    assert "&lt;together&gt;" in html and "<together>" not in html


async def test_source_pages_serve_only_documents_without_a_site_of_their_own(bot, tmp_path, fake_slack):
    async with aiohttp.ClientSession() as session:
        async with session.get(f"{bot.url}/sources/wire") as web_document:  # linked on its own site
            assert web_document.status == 404 and "example.org" in await web_document.text()
        async with session.get(f"{bot.url}/sources/notes") as file_document:
            assert file_document.status == 200
    runner, private = await start_bot(tmp_path / "private", fake_slack)  # no PUBLIC_BASE_URL: no links, no pages
    try:
        async with aiohttp.ClientSession() as session, session.get(f"{private.url}/sources/notes") as resp:
            assert resp.status == 404
    finally:
        await runner.cleanup()
