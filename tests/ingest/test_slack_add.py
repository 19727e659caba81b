"""`/nk-add` and "Show in context" over signed HTTP against the fake Slack Web API, with the bot's
database schema in place as `serve` brings it up."""

from __future__ import annotations

import json

import pytest

from bot.blockkit import validate_message
from tests.scenario.conftest import buttons


async def add(bot, text: str, response: str = "r1") -> tuple[dict, dict]:
    """(the acknowledgement, the message that follows on response_url)."""
    resp = await bot.command("/nk-add", text, response=response)
    assert resp.status == 200
    ack = json.loads(bot.last_body)
    await bot.fake.wait_for(lambda: any(r.method == f"response/{response}" for r in bot.fake.responses), 10)
    return ack, next(r.body for r in bot.fake.responses if r.method == f"response/{response}")


async def test_nk_add_reads_the_article_then_shows_its_claims_with_share(bot, site):
    url = site.page("/news/ministers-dispute-convoy")
    ack, message = await add(bot, url)
    assert ack["response_type"] == "ephemeral" and "Reading" in ack["blocks"][0]["elements"][0]["text"]
    validate_message(message)
    assert message["text"].startswith("Added “Minister says the convoy has turned back”, The Valley Courier, 2025-03-04")
    assert "Mara Quell" in message["text"] and message["replace_original"] is True
    text = json.dumps(message["blocks"])
    assert "Mara Quell" in text and "Heatwave" not in text
    assert url + "#:~:text=" in text  # the passage link opens the publisher's page at the sentence
    share = buttons(message)["share_in_channel"]
    await bot.click(share, response="r2")
    await bot.fake.wait_for(lambda: any(r.body.get("response_type") == "in_channel" for r in bot.fake.responses))
    shared = next(r.body for r in bot.fake.responses if r.body.get("response_type") == "in_channel")
    assert shared["text"] == message["text"].replace("Added ", "", 1).split(": ")[0] + ": " + \
        message["text"].split(": ")[1].split(";")[0]
    assert bot.runtime.holder.settle(5)  # merged into the served index a moment after the reply
    answer = await bot.command("/who-said", "Quell", response="r3")
    assert answer.status == 200 and b"Mara Quell" in bot.last_body


@pytest.mark.parametrize(("text", "reason"), [
    ("/news/no-such-story", "HTTP 404 Not Found"),
    ("/image.png", "not a web page, text or PDF (image/png)"),
    ("/front", "not an article"),
])
async def test_nk_add_says_why_a_page_cannot_be_added_and_changes_nothing(bot, site, text, reason):
    version = bot.runtime.holder.index.version
    _ack, message = await add(bot, site.page(text))
    assert reason in message["text"] and "Nothing was changed" in message["text"]
    assert bot.runtime.holder.index.version == version


async def test_nk_add_without_a_web_address_answers_in_the_acknowledgement(bot):
    for text, expected in (("", "Usage: `/nk-add URL`"), ("ftp://x.example/a", "not a web address")):
        resp = await bot.command("/nk-add", text)
        assert resp.status == 200 and expected in json.loads(bot.last_body)["text"]
    assert not bot.fake.responses or all("Reading" not in json.dumps(r.body) for r in bot.fake.responses)


async def test_show_in_context_opens_a_modal_with_the_paragraphs_around_the_evidence(bot, site):
    _ack, message = await add(bot, site.page("/news/harbour-envoy-warns"))
    blocks = message["blocks"]
    at = next(i for i, b in enumerate(blocks) if b["type"] == "section" and b["text"]["text"].startswith("*Petra Osk*"))
    button = next(e for e in blocks[at + 2]["elements"] if e["action_id"] == "show_context")  # the claim's own row
    await bot.click(button, response="r4")  # at once: the bot waits for its own merge
    await bot.fake.wait_for(lambda: bot.fake.calls_to("views.open"), 5)
    call = bot.fake.calls_to("views.open")[-1]
    view = call.body["view"] if isinstance(call.body["view"], dict) else json.loads(call.body["view"])
    assert call.body["trigger_id"] == "t2" and view["type"] == "modal"
    texts = [b["text"]["text"] for b in view["blocks"] if b["type"] == "section"]
    assert "*Envoy warns of new deployment at the harbour*" in texts[0] and "The Valley Courier" in texts[0]
    bold = [t for t in texts[1:] if "*" in t]
    assert len(bold) == 1 and "*The Highland envoy to the regional council, Petra Osk, warned" in bold[0]
    assert any("This is not an exercise" in t for t in texts[1:])  # the next paragraph, for context


async def test_show_in_context_for_a_claim_no_longer_held_says_so(bot):
    await bot.click({"action_id": "show_context", "value": "{\"claim\": \"c-gone\"}"}, response="r5")
    await bot.fake.wait_for(lambda: any(r.method == "response/r5" for r in bot.fake.responses))
    (reply,) = [r.body for r in bot.fake.responses if r.method == "response/r5"]
    assert "no longer in the index" in reply["text"] and not bot.fake.calls_to("views.open")
