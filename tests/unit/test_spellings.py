"""A registered person written in another transliteration is still that person: news spells the same
family name "Zelenskyy", "Zelenskiy" and "Zelenskyi"; the registry cannot list every spelling."""

from bot.extract.document import extract_claims
from bot.index.model import Document, Source, Speaker
from bot.index.speakers import Registry


def registry() -> Registry:
    return Registry([
        Speaker("oleh-hrytsenko", "Oleh Hrytsenko", aliases=("Hrytsenko", "Harbour Minister")),
        Speaker("kim-jong-un", "Kim Jong Un"),
        Speaker("harbour-board", "Harbour Board", kind="institution"),
    ])


def test_one_letter_of_a_long_family_name_changed_added_or_dropped():
    reg = registry()
    assert [reg.resolve(n).id for n in ("Oleh Hritsenko", "Hrytssenko", "Hrytenko")] == ["oleh-hrytsenko"] * 3
    assert reg.resolve("Hrytsenkiv") is None  # (two letters)


def test_short_words_role_words_and_other_kinds_are_never_respelled():
    reg = registry()
    assert reg.resolve("Kim Jong Il") is None  # (a short word: another person)
    assert reg.resolve("Harbour Ministers") is None  # (a role the alias holds, not the person's name)
    assert reg.resolve("Harbour Boards") is None  # (institutions keep their names)
    assert reg.resolve("Olga Hrytsenko") is None  # (the other words must be the same)


def test_a_claim_in_another_spelling_is_the_registered_persons():
    reg = registry()
    claim, = extract_claims(Document("t", "The ferry sailed at dawn.\n\nOleh Hritsenko said the quay would reopen "
                                          "in the spring.", Source("t")), reg)
    assert claim.speaker_id == "oleh-hrytsenko"
