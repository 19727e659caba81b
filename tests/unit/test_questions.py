"""Plain-language questions reach the view that answers them, and /nk-timeline tells the story in
date order; answers built from the hand-written sample index and validated as Block Kit."""

from __future__ import annotations

import pytest

from bot.answer import Answerer, Ask
from bot.blockkit import validate_message
from bot.index.holder import IndexHolder
from bot.interpret import Intent, interpret
from bot.render import Renderer
from bot.settings import ROOT
from bot.textout import to_text
from bot.topics import load_catalogue
from tests.scenario.sample_index import build_sample_index

CATALOGUE = load_catalogue(ROOT / "briefings" / "topics.yaml")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    holder = IndexHolder.from_index(build_sample_index(), CATALOGUE.topics)
    return Answerer(holder, Renderer(ROOT / "briefings" / "templates"), CATALOGUE)


def ask(answerer: Answerer, text: str, command: str = ""):
    answer = answerer.answer(Ask(command=command, text=text, surface="dm" if not command else "ephemeral"))
    validate_message(answer.message)
    return answer


@pytest.mark.parametrize("text, intent", [
    ("how many troops?", Intent("figures", "troops")),
    ("How many North Korean soldiers are in Kursk?", Intent("figures", "North Korean soldiers Kursk")),
    ("what is the latest estimate", Intent("figures", "")),
    ("casualties", Intent("figures", "casualties")),
    ("when did they get to Kursk?", Intent("timeline", "Kursk")),
    ("what changed this week?", Intent("recent", "", days=7)),
    ("anything new today?", Intent("recent", "", days=1)),
    ("troops in Kursk", Intent("search", "troops in Kursk")),
])
def test_question_shapes_route_to_views(text, intent):
    assert interpret(text) == intent


def test_how_many_answers_with_the_key_numbers(answerer):
    answer = ask(answerer, "how many troops?")
    text = to_text(answer.message)
    assert answer.query["kind"] == "topic" and "*Key numbers*" in text
    assert "NIS: roughly 12,000 (Oct 18)" in text


def test_when_answers_with_the_timeline_oldest_first(answerer):
    answer = ask(answerer, "when did they get to Kursk?")
    assert answer.query["kind"] == "timeline" and [c.id for c in answer.claims] == ["c-state-kursk"]
    story = ask(answerer, "Austin", command="/nk-timeline")
    assert [c.id for c in story.claims] == ["c-austin-evidence", "c-austin-fair"]  # Oct 23, then Oct 30
    assert to_text(story.message).startswith("*Timeline of Lloyd Austin: 2 claims, oldest first*")


def test_the_whole_timeline_marks_figures_and_denials(answerer):
    story = ask(answerer, "", command="/nk-timeline")
    dates = [c.date or c.source.published for c in story.claims]
    assert dates == sorted(dates)
    text = to_text(story.message)
    assert "*Oct 24* · *Kremlin* · *denies*" in text and "figures: roughly 12,000" in text
    assert "undated" not in text  # an undated claim is placed at its source's publication date


def test_what_changed_is_the_what_changed_briefing_over_those_days(answerer):
    answer = ask(answerer, "what changed this week?")
    text = to_text(answer.message)
    assert answer.query["kind"] == "recent" and answer.claims == ()
    assert "*Nothing new* since " in text and "The key numbers stand as below." in text  # the sample is from 2024
    assert "last briefing" not in text and "NIS: roughly 12,000 (Oct 18)" in text


def test_a_timeline_since_a_day_says_when_the_latest_claim_was(answerer):
    q = answerer.holder.query
    answer = answerer._timeline(q, Ask(text="", surface="dm"), "", since="2025-01-01")
    validate_message(answer.message)
    assert answer.message["text"] == "Nothing new since Jan 1, 2025; the latest claim is from Nov 5, 2024."


def test_one_statement_reported_by_several_documents_is_shown_once_the_earliest():
    from dataclasses import replace

    from bot.index.model import Source

    base = build_sample_index()
    fair = next(c for c in base.claims if c.id == "c-austin-fair")
    wire_copy = replace(fair, id="c-austin-fair-copy", doc_id="copy", date="2024-10-31",
                        text=fair.text.upper().replace(".", " !"), source=Source("copy", "Syndicated", "Other Wire"))
    index = replace(base, claims=(*base.claims, wire_copy), sources={**base.sources, "copy": wire_copy.source})
    holder = IndexHolder.from_index(index, CATALOGUE.topics)
    answer = Answerer(holder, Renderer(ROOT / "briefings" / "templates"), CATALOGUE).answer(
        Ask(command="/who-said", text="Austin", surface="ephemeral"))
    validate_message(answer.message)
    assert [c.id for c in answer.claims] == ["c-austin-fair", "c-austin-evidence"]  # the earlier report (Oct 30)
    assert "reported by 2 sources, the earliest shown" in to_text(answer.message)
    assert answer.message["text"].startswith("Claims by Lloyd Austin") and ": 2 claims" in answer.message["text"]


def test_who_confirmed_lists_the_confirmations():
    from dataclasses import replace

    assert interpret("who confirmed the troops are in Kursk?") == Intent("confirmations", "troops Kursk")
    base = build_sample_index()
    claims = tuple(replace(c, cue="confirmed") if c.id == "c-state-kursk" else c for c in base.claims)
    holder = IndexHolder.from_index(replace(base, claims=claims), CATALOGUE.topics)
    answerer = Answerer(holder, Renderer(ROOT / "briefings" / "templates"), CATALOGUE)
    found = ask(answerer, "who confirmed the troops are in Kursk?")
    assert [c.id for c in found.claims] == ["c-state-kursk"] and found.message["text"].startswith("Who confirmed")
    none = ask(answerer, "who confirmed the shells?")
    assert none.claims == () and none.message["text"] == "No confirmation about “shells” among the claims."


def test_a_slash_commands_answer_is_kept_only_for_the_index_version_it_was_made_from():
    from bot.bench.corpus import make_additions

    holder = IndexHolder.from_index(build_sample_index(), CATALOGUE.topics)
    answerer = Answerer(holder, Renderer(ROOT / "briefings" / "templates"), CATALOGUE)
    first = answerer.answer(Ask(command="/nk-claims", text="troops"))
    assert answerer.answer(Ask(command="/nk-claims", text="troops")) is first  # the same question, the same index
    assert answerer.answer(Ask(command="/nk-claims", text="troops", offset=4)) is not first
    added = make_additions(3, seed=4)
    holder.extend(added)  # a new version in service: answered afresh, the added claims counted
    again = answerer.answer(Ask(command="/nk-claims", text="troops"))
    assert again is not first and again.message != first.message
    dm = answerer.answer(Ask(text="what did China say", surface="dm"))
    assert answerer.answer(Ask(text="what did China say", surface="dm")) is not dm  # plain questions: afresh


def test_a_chart_asked_where_no_picture_is_sent_answers_in_words(answerer):
    typed = ask(answerer, "nk-troops chart")  # a slash command typed in a DM
    assert typed.query["kind"] == "chart"
    text = to_text(typed.message)
    assert "NIS roughly 12,000 (Oct 18)" in text and "`/nk-troops chart` in a channel posts the picture" in text
    terminal = answerer.answer(Ask(command="/nk-troops", text="chart", surface="terminal"))
    assert "--out chart.png" in to_text(terminal.message)
    assert not any(b.get("accessory") for b in terminal.message["blocks"])
    assert not answerer.wants_chart(Ask(command="/nk-claims", text="chart"))  # a word searched, not a chart
    assert answerer.wants_chart(Ask(command="/nk-troops", text="Chart Kursk"))
