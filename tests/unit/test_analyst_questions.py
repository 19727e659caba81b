"""The questions a new analyst asked, each answered by the view that answers it, with the claims
that answer it and no line twice; built over `analyst_index` (sentences written for these tests)
and validated as Block Kit."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.answer import Answerer, Ask
from bot.blockkit import validate_message
from bot.briefing.composer import Composer
from bot.index.holder import IndexHolder
from bot.render import Renderer
from bot.settings import ROOT
from bot.textout import to_text
from bot.topics import load_catalogue
from tests.scenario.analyst_index import TWICE, build_analyst_index

CATALOGUE = load_catalogue(ROOT / "briefings" / "topics.yaml")


@pytest.fixture(scope="module")
def answerer() -> Answerer:
    holder = IndexHolder.from_index(build_analyst_index(), CATALOGUE.topics)
    return Answerer(holder, Renderer(ROOT / "briefings" / "templates"), CATALOGUE)


def ask(answerer: Answerer, text: str, command: str = ""):
    answer = answerer.answer(Ask(command=command, text=text, surface="dm"))
    validate_message(answer.message)
    return answer


def ids(answer) -> list[str]:
    return [c.id for c in answer.claims]


def test_has_a_country_confirmed_lists_what_it_and_its_voices_confirmed_or_denied(answerer):
    answer = ask(answerer, "Has North Korea confirmed sending troops?")
    assert answer.query["kind"] == "stance" and ids(answer) == ["a-kcna"]
    assert answer.message["text"].startswith("What North Korean government confirmed or denied")
    silent = ask(answerer, "has Japan confirmed it?")
    assert silent.claims == () and "neither confirmed nor denied" in silent.message["text"]


def test_which_sources_disagree_shows_the_disputed_numbers_and_the_claims_behind_them(answerer):
    answer = ask(answerer, "Which sources disagree on the numbers?")
    text = to_text(answer.message)
    assert answer.query["kind"] == "contested" and text.startswith("Where sources disagree: North Korean troops")
    assert set(ids(answer)) == {"c-nis-12k", "a-nis-11k", "c-zel-10k", "c-state-kursk"}
    assert "*The claims behind these figures*" in text


def test_a_timeline_of_the_estimates_is_the_key_numbers_in_date_order(answerer):
    answer = ask(answerer, "Timeline of the troop estimates")
    assert answer.query["scope"] == "figures"
    assert ids(answer) == ["a-nis-11k", "c-nis-12k", "c-zel-10k", "c-state-kursk"]
    assert answer.message["text"].startswith("Timeline of the key numbers: 4 claims")


def test_a_command_typed_without_its_slash_and_a_misspelt_name(answerer):
    answer = ask(answerer, "who-said Austen")
    assert answer.query["kind"] == "speaker" and answer.query["command"] == "/who-said"
    assert set(ids(answer)) == {"c-austin-fair", "c-austin-evidence"}
    assert ids(ask(answerer, "who said Austen")) == ids(answer)  # nobody said "Austen": the name


def test_a_capital_speaks_through_its_intelligence_agency_and_numbers_mean_figures(answerer):
    answer = ask(answerer, "what did Seoul say about troop numbers?")
    assert answer.query["speaker_id"] == "south-korea" and answer.query["figures"] is True
    assert set(ids(answer)) == {"c-nis-12k", "a-nis-11k"}  # not the agency's claim without a figure
    assert "giving figures" in answer.message["text"]


def test_a_countrys_ministry_is_never_another_countrys_spelt_alike(answerer):
    answer = ask(answerer, "what did Japan's defence ministry say?")
    assert answer.query["speaker_id"] == "gen-defence-ministry"
    assert set(ids(answer)) == {"a-japan-mod", "a-sato"} and "a-russia-mod" not in ids(answer)
    assert ask(answerer, "what did Russia's defence ministry say?").query["speaker_id"] == "russia-mod"


def test_officials_met_in_new_articles_count_under_their_institution_and_country(answerer):
    nato = ask(answerer, "what did NATO say?")
    assert "a-nato-official" in ids(nato)
    japan = ask(answerer, "what did Japan say?")
    assert set(ids(japan)) == {"a-japan-spokesman", "a-japan-mod", "a-sato"}  # not the analyst of the country
    assert ids(ask(answerer, "Japan", command="/who-said")) == ids(japan)


def test_what_happened_in_a_place_is_its_story(answerer):
    answer = ask(answerer, "what happened in Vladivostok?")
    assert answer.query["kind"] == "timeline" and ids(answer) == ["a-japan-mod"]


def test_the_topic_briefing_echoes_no_question_and_shows_each_denial_once(answerer):
    answer = ask(answerer, "how many troops?")
    text = to_text(answer.message)
    assert text.splitlines()[0] == "North Korean troops in Russia" and answer.query["filter"] == ""
    assert text.count(TWICE) == 1
    assert "a-kcna" in ids(answer)  # a denial of a topic claim, without the topic's words
    assert "NIS: roughly 12,000 / about 11,000" in text and "→" not in text.split("Zelenskyy")[0]
    assert ask(answerer, "Kursk", command="/nk-troops").query["filter"] == "Kursk"


def test_what_changed_reports_a_denial_without_the_topics_words(answerer):
    composer = Composer(answerer.holder, answerer.renderer, CATALOGUE)
    message = composer.message(datetime(2024, 11, 9, tzinfo=UTC), UTC, surface="terminal")
    validate_message(message)
    assert "fabrication spread by its enemies" in to_text(message)
