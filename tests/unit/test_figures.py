"""Figures read from sentences written for the tests: value, bounds, kind, what is counted and whose.

Each case is one way a figure used to be misread: an increment shown as the total, a range cut to
one end, a year read as a count, a forecast as an estimate, captives as troops sent, another army's
losses and rates as North Korea's, number words, casualty figures with no noun after them.
"""

from __future__ import annotations

import pytest

from bot.extract.numbers import find_numbers
from bot.extract.numerals import numerals, word_value
from bot.index.model import Claim, Number
from bot.index.quantities import group_quantities, key_number
from bot.views import figure_phrase


def figures(text: str, stance: str = "asserts") -> list[tuple]:
    return [(n.low, n.high, n.kind, n.fate, n.side, n.per) for n in find_numbers(text, stance)]


def test_an_increment_and_the_total_it_brings_are_two_figures():
    found = find_numbers("Pyongyang has dispatched 2,500 more soldiers, bringing the total to roughly 13,500")
    assert [(n.value, n.kind, n.unit) for n in found] == [(2500, "increment", "soldiers"), (13500, "total", "soldiers")]
    assert [n.text for n in found] == ["2,500 more soldiers", "roughly 13,500"]


@pytest.mark.parametrize("text", ["an additional 900 engineers arrived", "another 900 engineers arrived",
                                  "900 extra engineers arrived", "a fresh 900 engineers arrived"])
def test_additional_figures_are_increments(text):
    assert [n.kind for n in find_numbers(text)] == ["increment"]


@pytest.mark.parametrize("text, low, high", [
    ("between 9,000 and 10,500 troops are stationed there", 9000, 10500),
    ("some 8,000-9,000 troops are stationed there", 8000, 9000),
    ("9 to 10 thousand soldiers are stationed there", 9000, 10000),
    ("between 9 and 10 thousand soldiers are stationed there", 9000, 10000),
    ("it pays $1-3 billion a year", 1e9, 3e9),
])
def test_a_range_keeps_both_bounds(text, low, high):
    (n,) = find_numbers(text)
    assert (n.low, n.high) == (low, high)


@pytest.mark.parametrize("text", ["In early 2025 soldiers arrived by train", "since 2023 troops have trained there",
                                  "the troops deployed in late 2024", "the 2024-25 winter campaign",
                                  "the KN-23 missiles and MiG-29 jets", "on November 14 troops moved"])
def test_years_dates_and_designations_are_not_figures(text):
    assert find_numbers(text) == ()


@pytest.mark.parametrize("text", [
    "the contingent could grow to 40,000 troops by the summer",
    "Pyongyang is preparing to send 5,000 engineers",
    "1,800 troops will be sent next month",
    "the regime plans to deploy another 6,000 soldiers",
    "North Korea is expected to send 2,000 workers in the coming months",
])
def test_forecasts_and_plans_are_not_estimates(text):
    assert [n.kind for n in find_numbers(text)] == ["forecast"]


@pytest.mark.parametrize("text", ["North Korea may have sent 9,000 troops",
                                  "the force could be as many as 16,000 troops",
                                  "shipments estimated to reach 2 million shells a year",
                                  "By May, 4,200 engineers had reached the port",  # the month, no modal
                                  "4,200 engineers in May were moved to the port"])
def test_an_uncertain_estimate_of_what_is_is_not_a_forecast(text):
    assert [n.kind for n in find_numbers(text)] == ["estimate"]


@pytest.mark.parametrize("text", ["Kyiv's forces captured three North Korean soldiers",
                                  "two North Korean soldiers were taken prisoner",
                                  "the two POWs were flown to Kyiv"])
def test_captives_are_counted_as_captured(text):
    assert [n.fate for n in find_numbers(text)] == ["captured"]


@pytest.mark.parametrize("text, per", [("Russia is losing around 1,100 troops a day", "day"),
                                       ("Russian forces lose some 30,000 soldiers every month", "month"),
                                       ("Russian losses stood at 1,300 daily", "day")])
def test_russian_losses_and_rates_are_russian(text, per):
    (n,) = find_numbers(text)
    assert (n.side, n.per, n.fate) == ("russian", per, "casualties")


@pytest.mark.parametrize("words, value", [("seventeen hundred", 1700), ("twenty-two thousand", 22000),
                                          ("a dozen", 12), ("one hundred and fifty", 150), ("a thousand", 1000)])
def test_number_words(words, value):
    assert word_value(words) == value
    (n,) = find_numbers(f"{words} North Korean soldiers crossed the border")
    assert n.value == value and n.text == f"{words} North Korean soldiers"


@pytest.mark.parametrize("text, value, fate", [
    ("the agency put North Korean casualties at roughly 3,500", 3500, "casualties"),
    ("about 250 killed and 1,900 wounded", 250, "killed"),
    ("the death toll stood at 600", 600, "killed"),
    ("of the 11,000 sent, 4,000 were killed or wounded", 4000, "casualties"),
    ("the agency pegs total casualties at a staggering 4,700", 4700, "casualties"),  # a word of colour before it
])
def test_casualty_figures_without_a_noun_after_them(text, value, fate):
    found = {n.value: n for n in find_numbers(text)}
    assert found[value].fate == fate


def test_both_casualty_figures_of_one_clause_are_kept():
    assert [(n.value, n.fate) for n in find_numbers("about 250 killed and 1,900 wounded")] == \
        [(250, "killed"), (1900, "wounded")]


def test_a_denied_figure_is_marked_denied():
    assert figures("10,000 North Korean troops were fighting for Russia", "denies")[0][2] == "denied"


def test_a_change_keeps_the_figure_it_started_from_apart():
    found = find_numbers("the estimate rose from 11,000 to 14,000 troops")
    assert [(n.value, n.kind) for n in found] == [(11000, "earlier"), (14000, "total")]


def test_a_figure_keeps_its_exact_text():
    text = "Officials said some 1,500 North Korean special forces soldiers had arrived"
    (n,) = find_numbers(text)
    assert n.text in text and n.text == "some 1,500 North Korean special forces soldiers"


def test_numerals_leave_vague_amounts_and_pronouns():
    text = "tens of thousands of troops, hundreds of casualties, one of them"
    assert [text[n.start:n.end] for n in numerals(text)] == ["one"]
    assert find_numbers(text) == ()


def test_figure_phrase_names_the_kind():
    total, = [n for n in find_numbers("bringing the total to about 13,000 troops")]
    assert figure_phrase(total) == "about 13,000 troops in total"
    assert figure_phrase(Number(3000, "troops", "troops", kind="increment")) == "3,000 more troops"
    assert figure_phrase(Number(50000, "troops", "troops", kind="forecast")) == "50,000 troops (forecast)"
    assert figure_phrase(Number(11000, "troops", "troops", low=11000, high=13000)) == "11,000–13,000 troops"


# --- figures into quantities ------------------------------------------------------------------------

def claim(cid: str, text: str, speaker: str = "agency-a", stance: str = "asserts", vague: bool = False) -> Claim:
    return Claim(id=cid, doc_id="doc", speaker=speaker, speaker_id=speaker, speaker_role="", cue="said",
                 kind="indirect", stance=stance, text=text, sentence=text, start=0, end=len(text),
                 numbers=find_numbers(text, stance), vague=vague)


def test_quantities_group_by_what_is_counted():
    claims = [claim("sent", "North Korea has sent about 11,000 troops to Russia"),
              claim("kursk", "some 9,000 North Korean soldiers are fighting in the Kursk region"),
              claim("lost", "some 300 North Korean soldiers were killed and 2,700 wounded"),
              claim("caught", "Kyiv's forces captured two North Korean soldiers"),
              claim("russia", "Russia is losing about 1,200 soldiers a day")]
    out, groups = group_quantities(claims)
    keys = {g.key for g in groups}
    assert {"troops_sent_to_russia", "troops_in_kursk", "troops_killed", "troops_wounded", "troops_captured",
            "russian_troop_casualties_per_day"} <= keys
    assert {c.id: c.quantity for c in out}["caught"] == "troops_captured"
    assert [k for k in keys if not key_number(k)] == ["russian_troop_casualties_per_day"]


def test_equipment_counted_in_units_is_named_by_the_words_after_the_figure():
    _, groups = group_quantities([claim("guns", "Norway sent around 220 units of 155-millimeter self-propelled "
                                                "howitzers to the front")])
    assert [g.key for g in groups] == ["howitzers"]


def test_increments_forecasts_and_vague_sources_are_no_reading_of_the_quantity():
    claims = [claim("more", "Pyongyang sent 3,000 more troops to Russia"),
              claim("plan", "the number of North Korean troops in Russia could rise to 50,000"),
              claim("vague", "20,000 troops have arrived in Russia", speaker="reports", vague=True),
              claim("total", "North Korea has about 14,000 troops in Russia in total")]
    _, groups = group_quantities(claims)
    (sent,) = [g for g in groups if g.key == "troops_sent_to_russia"]
    assert sent.claim_ids == ("total",)
