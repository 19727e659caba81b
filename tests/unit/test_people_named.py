"""Which registered people a claim's words name: the longest name at each word, whole words only,
in the order named, never a generated speaker; a registry copy sees a person registered after it."""

from bot.index.model import Speaker
from bot.index.speakers import Registry


def registry() -> Registry:
    return Registry([
        Speaker("ana-ruiz", "Ana Ruiz", aliases=("Ruiz",)),
        Speaker("ana-ruiz-vega", "Ana Ruiz Vega"),
        Speaker("piet-hals", "Piet Hals", aliases=("Hals",)),
        Speaker("harbour-council", "Harbour Council", kind="institution"),
        Speaker("gen-lena-berg", "Lena Berg", generated=True),
    ])


def test_the_longest_name_at_a_word_in_the_order_named():
    assert registry().people_named_in("Hals met Ana Ruiz Vega, then Ana Ruiz.") == ["piet-hals", "ana-ruiz-vega",
                                                                                   "ana-ruiz"]


def test_whole_words_only_a_possessive_counts():
    reg = registry()
    assert reg.people_named_in("Ruiz's plan and the Halsbury report") == ["ana-ruiz"]
    assert reg.people_named_in("The Halsey memo") == []


def test_institutions_and_generated_speakers_are_not_people_named():
    assert registry().people_named_in("Lena Berg told the Harbour Council so.") == []


def test_a_copy_finds_a_person_registered_after_it_was_taken():
    copied = registry().copy()
    assert copied.people_named_in("Mira Sol arrived.") == []
    copied.add(Speaker("mira-sol", "Mira Sol"))
    assert copied.people_named_in("Mira Sol arrived.") == ["mira-sol"]
