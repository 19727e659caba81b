"""Name lookup as people type it: exact, alias, one word of a name, a typo, or ambiguous."""

from bot.index.model import Speaker
from bot.index.speakers import SpeakerDirectory

DIRECTORY = SpeakerDirectory([
    Speaker("lloyd-austin", "Lloyd Austin", ("Austin", "Defense Secretary")),
    Speaker("kim-jong-un", "Kim Jong Un"),
    Speaker("kim-yo-jong", "Kim Yo Jong"),
    Speaker("gen-viktor-hrytsenko", "Viktor Hrytsenko", generated=True),
    Speaker("nis", "National Intelligence Service", ("NIS", "South Korean intelligence"), kind="institution"),
])


def found(query: str) -> str | None:
    match = DIRECTORY.find(query)
    return match.speaker.id if match.speaker else None


def test_exact_alias_and_word():
    assert found("Defense Secretary") == "lloyd-austin"
    assert found("south korean intelligence") == "nis"
    assert found("Hrytsenko") == "gen-viktor-hrytsenko"


def test_typos_in_a_full_name_or_in_one_word_of_it():
    assert found("austn") == "lloyd-austin"
    assert found("lloyd austn") == "lloyd-austin"
    assert found("hrytsenk") == "gen-viktor-hrytsenko"


def test_a_misspelt_word_is_corrected_among_name_words_first():
    people = SpeakerDirectory([Speaker(f"p{i}", f"{first} {last}") for i, (first, last) in enumerate(
        (f, l) for f in ("Walter", "Olena", "Marcus") for l in ("Sokolov", "Kovalenko", "Whitfield"))])
    assert people.find("Walter Soolov").speaker.id == "p0"  # one word corrected: one person
    assert people.find("Olena Kovalenk").speaker.id == "p4"
    assert people.find("Marcus Whitfeld").speaker.id == "p8"
    soolov = people.find("Soolov")  # as if "Sokolov" were typed: the three of them
    assert soolov.status == "ambiguous" and {s.id for s in soolov.speakers} == {"p0", "p3", "p6"}


def test_ambiguous_and_unknown():
    kim = DIRECTORY.find("Kim")
    assert kim.status == "ambiguous" and {s.id for s in kim.speakers} == {"kim-jong-un", "kim-yo-jong"}
    assert DIRECTORY.find("Qwertyuiop").status == "none"
    assert DIRECTORY.find("   ").status == "none"
