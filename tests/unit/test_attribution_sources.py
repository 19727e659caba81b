"""How articles name the source of a statement where the extractor used to miss it or name the wrong
one: an outlet closing the sentence ("..., reports Newsweek."), a bare role closing a headline, a
month read as a modal. Met on real articles nobody here had read (batches FI to FN), tested on
sentences written for these tests. The registry is empty."""

from __future__ import annotations

from tests.unit.test_attribution_shapes import claims_of, said

LEAD = "The ferry sailed at dawn.\n\n"


def test_an_outlet_closing_the_sentence_after_an_inverted_reports():
    text = LEAD + ("“Most of the cod comes from the north,” reports Newsweek.\n\n"
                   "The quay was rebuilt last year, wrote Pravda.")
    assert said(text) == [("Newsweek", "Most of the cod comes from the north"),
                          ("Pravda", "The quay was rebuilt last year")]


def test_an_outlet_whose_name_ends_in_news_reports_at_the_end():
    text = LEAD + "Estonia’s minister met the Finnish president in Helsinki, The Baltic News reports."
    assert said(text) == [("Baltic News", "Estonia’s minister met the Finnish president in Helsinki")]


def test_news_reports_before_another_verb_stay_a_noun():
    found = said(LEAD + "Local News reports suggest the quay is closed.")
    assert all(who != "Local News" or what != "suggest the quay is closed" for who, what in found)


def test_a_bare_role_closing_a_headline_is_no_appositive_of_the_word_before():
    found = said("Norway could trade its frigates for F-35s and Jets, US admiral says\n\n"
                 "The admiral spoke in Oslo on Monday.")
    assert all(who not in ("Jets", "F-35s") for who, _ in found)


def test_a_month_is_no_modal():
    c, = claims_of(LEAD + "The cod were caught in May, Jan Lindqvist, spokesman for the harbour, said.")
    assert c.stance == "asserts"
    c, = claims_of(LEAD + "The cod may be sold in June, Jan Lindqvist, spokesman for the harbour, said.")
    assert c.stance == "hedged"
