"""Speakers with an identity and an affiliation: read from articles, used by lookups."""

from __future__ import annotations

from bot.index.model import Claim, Document, IndexData, Source, Speaker
from bot.index.query import ClaimQuery
from bot.index.speakers import Registry
from bot.extract.affiliation import country_of, institution_of
from bot.extract.document import extract_claims


def test_the_institution_a_role_names():
    assert institution_of("spokesperson for the Ministry of Coastal Affairs") == "Ministry of Coastal Affairs"
    assert institution_of("a representative of the Harbour Intelligence Agency (HIA) of the Ministry of Transport "
                          "of Estonia") == "Harbour Intelligence Agency"
    assert institution_of("Transport Ministry spokesperson") == "Transport Ministry"
    assert institution_of("senior fellow of the Polar Studies Department at the Nordic Policy Institute") == \
        "Nordic Policy Institute"
    assert institution_of("the truck driver") == ""


def test_the_country_a_name_or_role_names():
    assert country_of("Ukrainian Foreign Ministry spokesman") == "Ukraine"
    assert country_of("Secretary of the Russian Security Council") == "Russia"
    assert country_of("UK Ministry of Defence") == "United Kingdom"
    assert country_of("the harbour master") == ""


def test_a_capital_speaks_for_its_country_whichever_capital_it_is():
    registry = Registry()
    text = ("Tallinn said the ferry line would stay shut. Ankara's foreign ministry said the talks had stalled. "
            "Reykjavik said it was watching.")
    claims = extract_claims(Document("t", text, Source("t")), registry)
    assert [registry.get(c.speaker_id).country for c in claims] == ["Estonia", "Turkey", "Iceland"]
    assert country_of("officials in Türkiye") == "Turkey"  # ISO's name, the country news calls Turkey


def test_new_speakers_carry_the_role_institution_and_acronym_the_article_gave_them():
    text = ("“The quay is closed,” said Ivo Tamm, a representative of the Harbour Intelligence Agency (HIA) of the "
            "Ministry of Transport of Estonia. The HIA later added that the ferries would run.")
    registry = Registry()
    first, second = extract_claims(Document("t", text, Source("t")), registry)
    tamm, agency = registry.get(first.speaker_id), registry.get(second.speaker_id)
    assert tamm.kind == "person" and tamm.affiliation == "Harbour Intelligence Agency" and tamm.country == "Estonia"
    assert agency.name == "Harbour Intelligence Agency" and "HIA" in agency.aliases


def _index(speakers: list[Speaker], rows: list[tuple[str, str]]) -> IndexData:
    claims = tuple(Claim(id=f"c{i}", doc_id="d", speaker=next(s.name for s in speakers if s.id == sid),
                         speaker_id=sid, speaker_role="", cue="said", kind="indirect", stance="asserts", text=text,
                         sentence=text, start=i * 100, end=i * 100 + len(text), date=f"2031-01-{10 + i}")
                   for i, (sid, text) in enumerate(rows))
    return IndexData("v", "now", {"d": Source("d")}, {s.id: s for s in speakers}, claims)


def test_a_country_question_includes_its_ministries_and_officials_grouped_by_speaker():
    speakers = [
        Speaker("estonia", "Estonian government", ("Estonia", "Tallinn"), "", "Estonia", "government"),
        Speaker("est-mofa", "Estonian Foreign Ministry", (), "", "Estonia", "institution"),
        Speaker("gen-ivo-tamm", "Ivo Tamm", (), "Foreign Ministry spokesman", "Estonia", "person",
                generated=True, affiliation="Estonian Foreign Ministry"),
        Speaker("est-coast", "Estonian Coast Guard", (), "", "Estonia", "institution"),
        Speaker("prof-lind", "Mari Lind", (), "professor", "Estonia", "person", affiliation="Tartu University"),
        Speaker("latvia", "Latvian government", ("Latvia",), "", "Latvia", "government"),
    ]
    index = _index(speakers, [("estonia", "the talks will go on"), ("gen-ivo-tamm", "the ferry was seized"),
                              ("gen-ivo-tamm", "the crew is safe"), ("est-coast", "the ice is thin"),
                              ("prof-lind", "the economy will suffer"), ("latvia", "the border is open")])
    found = ClaimQuery(index).by_speaker("Estonia")
    assert found.status == "found"
    assert [c.speaker_id for c in found.claims] == ["estonia", "gen-ivo-tamm", "gen-ivo-tamm", "est-coast"]
    assert [m.name for m in found.members] == ["Ivo Tamm", "Estonian Coast Guard"]  # not the professor
    ministry = ClaimQuery(index).by_speaker("Estonian Foreign Ministry")
    assert ministry.status == "found" and {c.speaker_id for c in ministry.claims} == {"gen-ivo-tamm"}


def test_a_new_speaker_keeps_the_family_name_the_article_used():
    registry = Registry()
    text = "Harbour Office spokesperson Lena Varga spoke on Monday. Varga said the quay was closed."
    (claim,) = extract_claims(Document("t", text, Source("t")), registry)
    assert "Varga" in registry.get(claim.speaker_id).aliases
