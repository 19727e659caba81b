"""Quantity groups and denial links, over claims and sentences written for the tests."""

from __future__ import annotations

import math

import pytest

from bot.index.denials import coverage, link_denials, topic_terms
from bot.index.quantities import group_quantities, interval
from bot.index.model import Claim, Number


def claim(cid: str, text: str, speaker: str = "agency-a", stance: str = "asserts", numbers=(), places=(),
          sentence: str | None = None) -> Claim:
    sentence = sentence or f"{speaker} said {text}."
    return Claim(id=cid, doc_id="doc", speaker=speaker, speaker_id=speaker, speaker_role="", cue="said",
                 kind="indirect", stance=stance, text=text, sentence=sentence, start=0, end=len(sentence),
                 numbers=tuple(numbers), places=tuple(places))


def num(value: float, unit: str, text: str, counts: str = "", qualifier: str = "") -> Number:
    return Number(value, unit, counts, qualifier, text)


def keys(claims: list[Claim]) -> dict[str, str]:
    return {c.id: c.quantity for c in group_quantities(claims)[0]}


# --- what a figure counts ----------------------------------------------------------------------------

def test_troops_sent_versus_troops_at_a_named_place():
    sent = claim("a", "Pyongyang has moved 9,000 soldiers to Russia", numbers=[num(9000, "soldiers", "9,000 soldiers")],
                 places=["Russia"])
    there = claim("b", "more than 4,000 of them are now fighting in the Belgorod region", speaker="ministry-b",
                  numbers=[num(4000, "troops", "more than 4,000", qualifier="more than")], places=["Belgorod"])
    there_no_places = claim("c", "2,000 troops were moved into the Belgorod region",
                            numbers=[num(2000, "troops", "2,000 troops")])
    _, groups = group_quantities([sent, there, there_no_places])
    assert keys([sent, there, there_no_places]) == {"a": "troops_sent_to_russia", "b": "troops_in_belgorod",
                                                    "c": "troops_in_belgorod"}
    labels = {g.key: g.label for g in groups}
    assert labels == {"troops_sent_to_russia": "North Korean troops sent to Russia",
                      "troops_in_belgorod": "North Korean troops in Belgorod"}


@pytest.mark.parametrize("text, number, expected", [
    ("a unit of 700 special forces soldiers crossed the border", num(700, "soldiers", "700 special forces soldiers"),
     "special_forces"),
    ("800 troops drawn from special operations units arrived", num(800, "troops", "800 troops"), "special_forces"),
    ("the contingent is organised in five brigades", num(5, "brigades", "five brigades"), "brigades"),
    ("two battalions reached the front", num(2, "", "two battalions"), "battalions"),
    ("Pyongyang sells two million artillery rounds per year to Moscow",
     num(2e6, "rounds", "two million artillery rounds"), "artillery_shells_per_year"),
    ("the port ships about 2 million artillery shells annually to Moscow",
     num(2e6, "shells", "about 2 million artillery shells"), "artillery_shells_per_year"),
    ("the regime will earn $300 million a year for the deployment of its troops",
     num(3e8, "USD", "$300 million"), "payment_for_troops_per_year"),
    ("the regime earned $4 billion from weapons sales", num(4e9, "USD", "$4 billion"), "arms_sales_revenue"),
    ("its army counts 1.1 million active soldiers", num(1.1e6, "soldiers", "1.1 million active soldiers"),
     "army_size"),
    ("some 300 soldiers were killed near the Belgorod region", num(300, "soldiers", "some 300 soldiers"),
     "troop_casualties_in_belgorod"),
    ("60,000 Russian soldiers are massed in the Belgorod region", num(60000, "soldiers", "60,000 Russian soldiers"),
     "russian_troops_in_belgorod"),
    ("the talks lasted 3 hours", num(3, "hours", "3 hours"), ""),
    ("the war entered its 2024 phase", num(2024, "", "2024"), ""),
])
def test_quantity_key_is_read_from_unit_counts_and_wording(text, number, expected):
    assert keys([claim("x", text, numbers=[number])]) == {"x": expected}


def test_a_claim_with_several_figures_is_in_every_group_and_headlined_by_troops():
    both = claim("a", "four brigades comprising 11,000 troops have gone to Russia",
                 numbers=[num(4, "brigades", "four brigades"), num(11000, "troops", "11,000 troops")])
    out, groups = group_quantities([both])
    assert out[0].quantity == "troops_sent_to_russia"
    assert {g.key: g.claim_ids for g in groups} == {"brigades": ("a",), "troops_sent_to_russia": ("a",)}


def test_a_place_named_for_another_figure_of_the_claim_stays_with_it():
    c = claim("a", "11,000 soldiers went to Russia, and 3,000 soldiers to the Belgorod region",
              numbers=[num(11000, "soldiers", "11,000 soldiers"), num(3000, "soldiers", "3,000 soldiers")],
              places=["Russia", "Belgorod"])
    _, groups = group_quantities([c])
    assert {g.key for g in groups} == {"troops_sent_to_russia", "troops_in_belgorod"}


# --- contest -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("qualifier, value, lo, hi", [
    ("", 10000, 9950, 10050), ("up to", 10000, 0, 10000), ("over", 10000, 10000, math.inf),
    ("about", 10000, 9000, 11000), ("nearly", 10000, 8500, 10000),
])
def test_interval_reads_the_qualifier(qualifier, value, lo, hi):
    assert interval(num(value, "troops", f"{qualifier} {value} troops".strip(), qualifier=qualifier)) == \
        pytest.approx((lo, hi))


def sent(cid: str, speaker: str, value: float, qualifier: str = "", stance: str = "asserts") -> Claim:
    text = f"{qualifier} {value:,.0f} soldiers have been sent to Russia".strip()
    return claim(cid, text, speaker=speaker, stance=stance, places=["Russia"],
                 numbers=[num(value, "soldiers", f"{qualifier} {value:,.0f} soldiers".strip(), qualifier=qualifier)])


@pytest.mark.parametrize("figures, contested", [
    ([("", 12000), ("", 10000)], True),
    ([("up to", 12000), ("", 10000)], False),
    ([("over", 10000), ("", 12000)], False),
    ([("up to", 10000), ("", 12000)], True),
    ([("about", 11000), ("", 10500)], False),
    ([("", 10000), ("", 10000)], False),
])
def test_contested_when_figures_cannot_both_be_true(figures, contested):
    claims = [sent(f"c{i}", f"speaker-{i}", value, q) for i, (q, value) in enumerate(figures)]
    _, [group] = group_quantities(claims)
    assert group.claim_ids == tuple(c.id for c in claims) and group.contested is contested


def test_a_denied_figure_contests_its_group():
    _, [group] = group_quantities([sent("a", "agency-a", 8000), sent("b", "kremlin", 8000, stance="denies")])
    assert group.contested


def test_grouping_is_pure_and_ordered_by_size():
    claims = [sent("a", "s1", 9000), sent("b", "s2", 9000),
              claim("c", "five brigades are ready", numbers=[num(5, "brigades", "five brigades")])]
    snapshot = list(claims)
    out, groups = group_quantities(claims)
    assert claims == snapshot and all(c.quantity == "" for c in claims)
    assert [g.key for g in groups] == ["troops_sent_to_russia", "brigades"]
    assert group_quantities(out) == (out, groups)


# --- denials ---------------------------------------------------------------------------------------------

def test_topic_terms_fold_wordings_of_one_proposition():
    assert {"TROOPS", "DEPLOY", "DPRK"} <= topic_terms("North Korean soldiers were deployed")
    assert {"TROOPS", "DEPLOY"} <= topic_terms("the presence of troops")
    assert {"TROOPS", "DEPLOY"} <= topic_terms("thousands of troops are stationed in Russia")
    assert "DEPLOY" in topic_terms("soldiers are already inside Russia")


def test_denial_of_presence_links_to_assertions_of_deployment():
    deployed = claim("a", "Pyongyang has dispatched thousands of soldiers to fight for Moscow", speaker="agency-a")
    present = claim("b", "North Korean troops are now in Russia", speaker="ministry-b")
    unrelated = claim("c", "the harvest in the northern provinces was poor", speaker="agency-a")
    denial = claim("d", "reports that North Korean soldiers are stationed in Russia are fabricated",
                   speaker="kremlin", stance="denies")
    out = link_denials([deployed, present, unrelated, denial])
    assert set(out[3].denies) == {"a", "b"}
    assert all(c.denies == () for c in out[:3])


def test_a_thin_denial_is_read_with_its_sentence():
    deployed = claim("a", "North Korea has sent 9,000 troops to Russia", speaker="agency-a")
    denial = claim("d", "their presence", speaker="kremlin", stance="denies",
                   sentence="Allies demanded that North Korean soldiers leave Russia, but the Kremlin denied their "
                            "presence.")
    assert link_denials([deployed, denial])[1].denies == ("a",)


def test_denial_about_another_object_or_action_is_not_linked():
    troops = claim("a", "North Korea has sent troops to Russia", speaker="agency-a")
    shells = claim("b", "North Korea delivered artillery shells to Russia by rail", speaker="agency-a")
    training = claim("c", "North Korean troops are training at a base near the coast", speaker="agency-a")
    denial = claim("d", "North Korea has never sent artillery shells to Russia", speaker="pyongyang",
                   stance="denies")
    out = link_denials([troops, shells, training, denial])
    assert out[3].denies == ("b",)


def test_own_assertions_hedges_and_other_denials_are_not_linked():
    own = claim("a", "North Korean soldiers are in Russia for exercises", speaker="kremlin")
    hedged = claim("b", "has not confirmed that North Korean soldiers were sent to Russia", speaker="agency-a",
                   stance="hedged")
    other_denial = claim("c", "no North Korean soldiers were sent to Russia", speaker="pyongyang", stance="denies")
    denial = claim("d", "North Korean soldiers were not deployed to Russia", speaker="kremlin", stance="denies")
    out = link_denials([own, hedged, other_denial, denial])
    assert out[3].denies == ()  # the Kremlin's own assertion, a non-confirmation, a denial: nothing to deny
    assert out[2].denies == ("a",)  # but Pyongyang's denial does contradict the Kremlin's assertion


def test_an_uncertain_assertion_is_still_what_a_denial_denies():
    likely = claim("b", "North Korean soldiers may have been sent to Russia", speaker="agency-a", stance="hedged")
    denial = claim("d", "North Korean soldiers were not sent to Russia", speaker="kremlin", stance="denies")
    assert link_denials([likely, denial])[1].denies == ("b",)


def test_best_match_first_and_linking_is_pure():
    loose = claim("a", "North Korean troops sent to Russia earn a salary", speaker="s1")
    close = claim("b", "North Korean troops have been sent to Russia and to the Belgorod region", speaker="s2")
    denial = claim("d", "North Korean troops were sent to the Belgorod region", speaker="kremlin", stance="denies")
    claims = [loose, close, denial]
    out = link_denials(claims)
    assert out[2].denies[0] == "b" and claims[2].denies == ()
    assert link_denials(out) == out


def test_coverage_needs_shared_object_and_action():
    denied = topic_terms("soldiers were sent to Russia")
    assert coverage(denied, topic_terms("Moscow received soldiers who were sent by Pyongyang")) >= 0.5
    assert coverage(denied, topic_terms("weapons were sent to Russia")) == 0.0
    assert coverage(denied, topic_terms("soldiers were trained")) == 0.0


def test_troops_at_a_place_in_russia_are_a_floor_for_troops_sent_to_russia():
    total = sent("a", "agency-a", 12000)
    front = claim("b", "over 10,000 North Korean troops fight beside Russian units in the Belgorod region",
                  speaker="dept-c", places=["Belgorod"],
                  numbers=[num(10000, "troops", "over 10,000 North Korean troops", qualifier="over")])
    out, groups = group_quantities([total, front])
    assert out[1].quantity == "troops_in_belgorod"
    by_key = {g.key: g for g in groups}
    assert by_key["troops_sent_to_russia"].claim_ids == ("a", "b")
    assert not by_key["troops_sent_to_russia"].contested  # 12,000 in all is consistent with 10,000+ in one region
    small = sent("c", "ministry-d", 8000)
    _, groups = group_quantities([small, front])
    assert {g.key: g.contested for g in groups}["troops_sent_to_russia"]  # 8,000 in all cannot be


def test_nationality_is_read_before_the_noun_and_not_taken_for_a_place():
    c = claim("a", "1,200 soldiers already stand on Russian soil in the Russian region of Belgorod",
              numbers=[num(1200, "soldiers", "1,200 soldiers")])
    _, groups = group_quantities([c])
    assert {g.key for g in groups} == {"troops_in_belgorod", "troops_sent_to_russia"}


def test_a_denial_answers_what_was_asserted_by_its_date_and_not_unawareness():
    october = claim("a", "North Korean troops have been sent to Russia", speaker="agency-a").with_changes(
        date="2024-10-18")
    november = claim("b", "more North Korean troops were sent to Russia", speaker="ministry-b").with_changes(
        date="2024-11-20")
    undated = claim("c", "North Korean soldiers were deployed to Russia", speaker="outlet-c")
    unaware = claim("e", "Beijing was unaware of North Korean troops being sent to Russia", speaker="china",
                    stance="hedged")
    denial = claim("d", "no North Korean troops were sent to Russia", speaker="kremlin",
                   stance="denies").with_changes(date="2024-10-24")
    out = link_denials([october, november, undated, unaware, denial])
    assert set(out[4].denies) == {"a", "c"}  # not November's claim, not "unaware"


def dated(c: Claim, day: str) -> Claim:
    return c.with_changes(date=day)


def test_a_source_s_later_figure_updates_it_and_estimates_weeks_apart_are_a_timeline():
    updates = [dated(sent("a", "agency-a", 1500), "2024-10-18"), dated(sent("b", "agency-a", 3000), "2024-10-23")]
    assert not group_quantities(updates)[1][0].contested  # one source revising its estimate
    weeks_apart = [dated(sent("a", "agency-a", 3000), "2024-10-18"), dated(sent("b", "ministry-b", 11000), "2024-12-02")]
    assert not group_quantities(weeks_apart)[1][0].contested  # a growing deployment, not a contradiction
    same_week = [dated(sent("a", "agency-a", 3000), "2024-10-18"), dated(sent("b", "ministry-b", 11000), "2024-10-21")]
    assert group_quantities(same_week)[1][0].contested
    # only each source's newest figures are compared: agency-a's old 3,000 no longer disagrees
    revised = [*same_week, dated(sent("c", "agency-a", 11000), "2024-10-22")]
    assert not group_quantities(revised)[1][0].contested
