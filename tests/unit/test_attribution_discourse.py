"""Shapes where who speaks is found across sentences (a later sentence saying who stated the one
before, a pronoun after a source named without words of their own), met on real articles nobody here
had read and tested on sentences written for these tests. The registry is empty."""

from __future__ import annotations

from tests.unit.test_attribution_shapes import claims_of, said


def test_this_was_stated_by_a_person_after_a_governments_position():
    text = ("Norway believes that the new border fence is slowing down the refugees. "
            "This was stated by Foreign Ministry spokeswoman Kari Lunde, the agency reports.")
    assert ("Kari Lunde", "the new border fence is slowing down the refugees") in said(text)
    assert ("Norway", "the new border fence is slowing down the refugees") in said(text)


def test_this_was_stated_by_a_person_after_a_persons_position_adds_no_second_speaker():
    text = ("Mayor Piet Hals believes that the fence is slowing down the refugees. "
            "This was stated by Kari Lunde, his deputy.")
    assert [s for s, _ in said(text)] == ["Piet Hals"]


def test_she_after_this_was_stated_by_with_nothing_before_it():
    text = ("This was stated by Foreign Ministry spokeswoman Kari Lunde.\n\n"
            "“There are other routes. The fence is not the answer,” she explained.")
    assert said(text) == [("Kari Lunde", "There are other routes. The fence is not the answer")]
