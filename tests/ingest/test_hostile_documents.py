"""`/nk-add`, "Show in context" and `/nk-claims` on an attacker's article: a title of thousands of
characters, an outlet and an author of 3,000, evidence laced with bidi and zero-width controls.
Every reply is validated (here and by `start_db_bot` for every message and modal Slack received)."""

from __future__ import annotations

import json
import re

from bot.blockkit import validate_message, validate_modal
from bot.index.documents import visible_text
from tests.fakes.hostile import (CONTROLS, LONG_AUTHOR, LONG_OUTLET, TITLE_NO_SPACES, TITLE_WITH_SPACES, assert_no_controls,
                                 shown, with_controls, without_controls)
from tests.fakes.news_site import STORIES
from tests.ingest.test_slack_add import add


def story(news, slug: str, path: str = "news", **changes) -> str:
    news.stories[slug] = {**STORIES["harbour-envoy-warns"], **changes}
    return news.page(f"/{path}/{slug}")


async def context_modal(bot, message: dict, response: str, speaker: str = "") -> dict:
    """Show in context on the first claim (whose section starts with `speaker`, if given)."""
    blocks = message["blocks"]
    at = next(i for i, b in enumerate(blocks) if b["type"] == "section" and b["text"]["text"].startswith(
        speaker or "*") and i + 2 < len(blocks) and blocks[i + 2]["type"] == "actions")
    button = next(e for e in blocks[at + 2]["elements"] if e["action_id"] == "show_context")
    before = len(bot.fake.calls_to("views.open"))
    await bot.click(button, response=response)
    await bot.fake.wait_for(lambda: len(bot.fake.calls_to("views.open")) > before, 5)
    view = bot.fake.calls_to("views.open")[-1].body["view"]
    return validate_modal(view if isinstance(view, dict) else json.loads(view))


async def test_a_title_of_5000_characters_without_spaces_is_cut_in_the_reply_and_the_modal(bot, site):
    _ack, message = await add(bot, story(site, "no-spaces", title=TITLE_NO_SPACES))
    validate_message(message)
    title = re.search(r"Added “(X+)…”", message["text"])
    assert title and 100 <= len(title.group(1)) < 200, message["text"][:300]
    assert "X" * 300 not in shown(message)
    modal = await context_modal(bot, message, "r2")
    heading = modal["blocks"][0]["text"]["text"]
    assert re.fullmatch(r"\*X{150,299}…\* · The Valley Courier · by Ilse Brandt · .+", heading), heading[:400]


async def test_a_long_title_outlet_and_author_are_cut_at_a_word_boundary(bot, site):
    url = story(site, "long-spaced", title=TITLE_WITH_SPACES, site=LONG_OUTLET, author=LONG_AUTHOR)
    _ack, message = await add(bot, url)
    validate_message(message)
    assert re.match(r"Added “Envoy warns of new deployment at the harbour Envoy .*[a-z]…”, Outlet( Outlet)*…, "
                    r"2025-03-06: ", message["text"]), message["text"][:400]
    assert len(message["text"]) < 500
    context_lines = [e["text"] for b in message["blocks"] if b["type"] == "context" for e in b["elements"]]
    assert any(line.startswith("_Envoy warns of new deployment at the harbour Envoy") for line in context_lines)
    assert all(len(line) < 1000 for line in context_lines)
    modal = await context_modal(bot, message, "r2")
    heading = modal["blocks"][0]["text"]["text"]
    assert "· by Dana Whitlock Dana" in heading and heading.endswith("· Mar 6, 2025") and len(heading) < 700
    assert bot.runtime.holder.settle(5)
    resp = await bot.command("/nk-claims", "marines harbour", response="r3")
    assert resp.status == 200
    await bot.fake.wait_for(lambda: any(r.method in ("ack", "response/r3") for r in bot.fake.responses[2:]), 5)
    claims = [r.body for r in bot.fake.responses if r.method in ("ack", "response/r3")][-1]
    validate_message(claims)
    assert "_Envoy warns of new deployment at the harbour Envoy" in shown(claims) and "Petra Osk" in shown(claims)


async def test_bidi_and_zero_width_controls_never_reach_slack_and_the_stored_text_keeps_the_visible(bot, site):
    """A text file keeps what a reader sees of it (trafilatura drops the invisible characters from HTML pages)."""
    paragraphs = STORIES["harbour-envoy-warns"]["paragraphs"]
    hostile = ("“" + with_controls("This is not an exercise, whatever the ministry says,") + CONTROLS
               + "” Osk told the council, calling for an emergency session before the end of the week.")
    _ack, message = await add(bot, story(site, "controls", path="text", paragraphs=[paragraphs[0], hostile, paragraphs[2]]))
    validate_message(message)
    assert_no_controls(message)
    evidence = next(b["text"]["text"] for b in message["blocks"]
                    if b["type"] == "section" and "exercise" in b["text"]["text"])
    assert evidence.endswith(">" + without_controls(hostile))  # verbatim, but for the invisible characters
    modal = await context_modal(bot, message, "r2", "*Petra Osk* · asserts\n>“This")
    assert_no_controls(modal)
    assert any("*" + without_controls(hostile) + "*" in b.get("text", {}).get("text", "") for b in modal["blocks"])
    assert bot.runtime.holder.settle(5)
    ids = [json.loads(e["value"])["claim"] for b in message["blocks"] if b["type"] == "actions"
           for e in b["elements"] if e["action_id"] == "show_context"]
    stored = next(c for c in map(bot.runtime.holder.index.claim, ids) if "exercise" in c.sentence)
    # the index keeps the document's text as a reader sees it: the bidirectional controls stay, the
    # invisible zero-width characters go (as trafilatura drops them from pages), and evidence is verbatim to it
    assert stored.sentence == visible_text(hostile) and "\u202e" in stored.sentence and "\u200b" not in stored.sentence
