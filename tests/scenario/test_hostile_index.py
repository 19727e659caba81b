"""Every surface that shows a document's title, outlet, author, a speaker's name or evidence, over
an index whose documents an attacker wrote: slash commands, a DM, App Home, Show in context, the
daily briefing and the review modals. The bot runs over signed HTTP against the fake Slack, whose
every message is validated (`bot` fixture); what Slack shows is also checked for cut titles and
for invisible controls."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import replace
from zoneinfo import ZoneInfo

import pytest

from bot.answer import Answerer
from bot.blockkit import validate_message, validate_modal
from bot.briefing.composer import Composer
from bot.index.holder import IndexHolder
from bot.index.model import IndexData
from bot.render import Renderer
from bot.settings import ROOT
from bot.topics import load_catalogue
from tests.fakes.hostile import (LONG_AUTHOR, LONG_OUTLET, TITLE_NO_SPACES, TITLE_WITH_SPACES, assert_no_controls,
                                 shown, with_controls, without_controls)
from tests.scenario.conftest import answered, assert_all_valid, start_bot
from tests.scenario.sample_index import build_sample_index

CATALOGUE = load_catalogue(ROOT / "briefings" / "topics.yaml")
AUSTIN = "Austin warned that if the troops entered combat they would be fair game for Ukrainian forces."


def hostile_index() -> IndexData:
    """The sample index with its two documents' metadata made huge (and spiked with controls), and
    Austin's evidence, in its document's text too, laced with them: positions stay exact."""
    base = build_sample_index()
    sources = {"wire": replace(base.sources["wire"], title=with_controls(TITLE_WITH_SPACES), outlet=LONG_OUTLET,
                               author=LONG_AUTHOR),
               "notes": replace(base.sources["notes"], title=TITLE_NO_SPACES, outlet=LONG_OUTLET[:3000])}
    hostile = with_controls(AUSTIN)
    texts = {**base.texts, "wire": base.texts["wire"].replace(AUSTIN, hostile)}
    shift = len(hostile) - len(AUSTIN)
    at = base.texts["wire"].index(AUSTIN)
    claims = []
    for c in base.claims:
        c = replace(c, source=sources[c.doc_id])
        if c.id == "c-austin-fair":
            c = replace(c, sentence=hostile, text=hostile, end=c.end + shift)
        elif c.doc_id == "wire" and c.start > at:
            c = replace(c, start=c.start + shift, end=c.end + shift)
        claims.append(c)
    index = replace(base, sources=sources, claims=tuple(claims), texts=texts)
    for c in index.claims:  # the index is consistent: each claim's evidence is where it says
        assert index.texts[c.doc_id][c.start:c.end] == c.sentence
    return index


def assert_fits(message: dict) -> None:
    """Valid, no invisible controls, and no title or outlet shown at length."""
    assert_no_controls(message)
    text = shown(message)
    assert "X" * 300 not in text and "Outlet " * 30 not in text and "Dana Whitlock " * 20 not in text


@pytest.fixture
async def bot(tmp_path, fake_slack):
    runner, server = await start_bot(tmp_path, fake_slack, index=hostile_index(),
                                     public_base_url="https://nkbot.example")
    yield server
    await runner.cleanup()
    assert_all_valid(fake_slack)


@pytest.mark.parametrize(("command", "text"), [("/who-said", "Austin"), ("/nk-claims", "troops"),
                                               ("/nk-troops", ""), ("/nk-timeline", "")])
async def test_command_replies_cut_titles_and_drop_controls(bot, command, text):
    message = await answered(bot, command, text)
    validate_message(message)
    assert_fits(message)
    if command != "/nk-timeline":  # one line a claim, without its source
        assert re.search(r"_(X{100,199}|Envoy warns of new deployment[^_]{50,200})…_", shown(message))


async def test_who_said_shows_the_evidence_verbatim_but_for_the_controls(bot):
    message = await answered(bot, "/who-said", "Austin")
    assert ">" + AUSTIN in shown(message)
    line = next(e["text"] for b in message["blocks"] if b["type"] == "context" for e in b["elements"]
                if e["text"].startswith("_Envoy warns of new deployment"))
    assert line.split("_")[1].endswith("…") and len(line) < 1000


async def test_a_direct_message_answer_fits(bot):
    await bot.event({"type": "message", "channel_type": "im", "channel": "D1", "user": "U1", "ts": "1.0",
                     "text": "what did Austin say"})
    await bot.fake.wait_for(lambda: bot.fake.calls_to("chat.postMessage"))
    message = bot.fake.calls_to("chat.postMessage")[0].body
    assert "Austin" in shown(message) and ">" + AUSTIN in shown(message)
    assert_fits(message)


async def test_app_home_fits(bot):
    await bot.event({"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home"})
    await bot.fake.wait_for(lambda: bot.fake.calls_to("views.publish"))
    view = bot.fake.calls_to("views.publish")[0].body["view"]
    assert view["type"] == "home"
    assert_fits(view)
    assert "XXXXXXXXXX…" in shown(view) or "Envoy warns of new deployment" in shown(view)


async def test_show_in_context_cuts_the_title_outlet_and_author(bot):
    message = await answered(bot, "/who-said", "Austin")
    blocks = message["blocks"]
    at = next(i for i, b in enumerate(blocks) if b["type"] == "section" and AUSTIN in b["text"]["text"])
    await bot.click(next(e for e in blocks[at + 2]["elements"] if e["action_id"] == "show_context"), response="r2")
    await bot.fake.wait_for(lambda: bot.fake.calls_to("views.open"))
    view = bot.fake.calls_to("views.open")[0].body["view"]
    view = validate_modal(view if isinstance(view, dict) else json.loads(view))
    assert_fits(view)
    heading = view["blocks"][0]["text"]["text"]
    assert heading.startswith("*Envoy warns of new deployment at the harbour Envoy") and "· by Dana Whitlock" in heading
    assert len(heading) < 700
    assert any(f"*{AUSTIN}*" in b.get("text", {}).get("text", "") for b in view["blocks"])


def test_the_daily_briefing_fits():
    holder = IndexHolder.from_index(hostile_index(), CATALOGUE.topics)
    composer = Composer(holder, Renderer(ROOT / "briefings" / "templates"), CATALOGUE, "https://nkbot.example",
                        lambda: dt.datetime(2024, 11, 8, 7, 0, tzinfo=dt.UTC))
    for since in (None, dt.datetime(2024, 10, 1, tzinfo=dt.UTC)):
        message = composer.message(since, ZoneInfo("Europe/Berlin"))
        validate_message(message)
        assert_fits(message)
        sources = next(b["text"]["text"] for b in message["blocks"]
                       if b["type"] == "section" and b["text"]["text"].startswith("*Sources*"))
        assert sources.count("\n• ") == 2 and "X" * 100 in sources  # both documents, each title cut


@pytest.mark.parametrize("form", ["edit", "merge"])
def test_the_review_modals_fit(form):
    holder = IndexHolder.from_index(hostile_index(), CATALOGUE.topics)
    answerer = Answerer(holder, Renderer(ROOT / "briefings" / "templates"), CATALOGUE, "https://nkbot.example")
    view = answerer.review_form(form, "c-austin-fair", 1)
    validate_modal(view)
    assert_fits(view)
    assert AUSTIN in shown(view) and without_controls(with_controls(AUSTIN)) == AUSTIN
