"""The query API over a hand-written index: speakers, denials, search, topics, quantities."""

from __future__ import annotations


import pytest

from bot.index.model import Number
from bot.index.query import ClaimQuery, stem
from bot.settings import ROOT
from bot.topics import load_catalogue
from tests.scenario.sample_index import build_sample_index


@pytest.fixture(scope="module")
def q() -> ClaimQuery:
    return ClaimQuery(build_sample_index(), load_catalogue(ROOT / "briefings" / "topics.yaml").topics)


def test_speaker_fuzzy_newest_first(q):
    found = q.by_speaker("austn")
    assert found.status == "found" and [c.id for c in found.claims] == ["c-austin-fair", "c-austin-evidence"]


def test_speaker_ambiguous_mentioned_and_unknown(q):
    assert q.by_speaker("Kim").status == "ambiguous"
    putin = q.by_speaker("Putin")
    assert putin.status == "mentioned_only" and putin.mentions == 1
    assert q.by_speaker("Qwertyuiop").status == "none"


def test_denials_and_what_they_deny(q):
    assert [c.id for c in q.denials("kremlin")] == ["c-kremlin-deny"]
    assert [c.id for c in q.denied_by(q.index.claim("c-nis-12k"))] == ["c-kremlin-deny"]
    assert q.denials("lloyd-austin") == ()


def test_search_ranks_phrase_and_tolerates_typos(q):
    assert q.search("fair game")[0].claim.id == "c-austin-fair"
    assert q.search("fabricatons")[0].claim.id == "c-kremlin-deny"  # typo of an indexed word
    assert q.search("troops in Kursk")[0].claim.id == "c-state-kursk"
    assert q.search("the of and") == []


def test_topic_briefing_and_quantity_figures(q):
    briefing = q.topic("troops")
    ids = [c.id for c in briefing.claims]
    assert "c-china-aware" not in ids and ids[0] == "c-state-kursk"  # newest first
    assert [c.id for c in briefing.denials] == ["c-kremlin-deny"]
    (view,) = briefing.quantities
    assert [(f.figure, f.who) for f in view.figures] == [
        ("roughly 12,000", "NIS"), ("about 10,000", "Zelenskyy"), ("over 10,000 in Kursk", "State Department")]
    assert [c.id for c in q.topic("troops", "Kursk").claims] == ["c-state-kursk"]


def test_claims_in_document_are_in_text_order(q):
    starts = [c.start for c in q.in_document("notes")]
    assert starts == sorted(starts) and len(starts) == 5


def test_stemmer_is_light():
    assert [stem(w) for w in ("troops", "denied", "denies", "training", "class")] == [
        "troop", "deny", "deny", "train", "class"]


def test_search_uses_postings_not_full_scans():
    """A query touches only its words' postings: 5,000 unrelated claims do not slow or pollute it."""
    from dataclasses import replace

    base = build_sample_index()
    filler = tuple(replace(base.claims[6], id=f"f{i}", sentence=f"Filler statement number {i} about weather.")
                   for i in range(5000))
    big = ClaimQuery(replace(base, claims=base.claims + filler))
    assert [h.claim.id for h in big.search("fair game")][:1] == ["c-austin-fair"]
    assert all(h.claim.id.startswith("c-") for h in big.search("fair game"))


def test_search_keeps_to_a_phrase_and_says_nothing_rather_than_near_misses(q):
    # "North Korean troops" is said in several claims: only those, not every claim about troops
    phrase = {h.claim.id for h in q.search("North Korean troops")}
    assert phrase == {"c-nis-12k", "c-state-kursk", "c-austin-evidence"}
    # two words that are not a phrase must both be there
    assert [h.claim.id for h in q.search("Austin Russia")] == ["c-austin-evidence"]
    # a word no claim contains: no claim matches the pair, even though "forces" is indexed
    assert q.search("special forces") == []
    assert [h.claim.id for h in q.search("forces")] == ["c-austin-fair"]


def test_a_denial_question_about_an_institution_includes_its_spokesman():
    from dataclasses import replace

    from bot.index.model import Speaker

    base = build_sample_index()
    peskov = Speaker("dmitry-peskov", "Dmitry Peskov", ("Peskov",), "Kremlin spokesman", "Russia", "person",
                     affiliation="kremlin")
    kremlin_denial = base.claims[[c.id for c in base.claims].index("c-kremlin-deny")]
    his = replace(kremlin_denial, id="c-peskov-deny", speaker="Dmitry Peskov", speaker_id="dmitry-peskov",
                  text="Peskov called the reports a hoax.", sentence="Peskov called the reports a hoax.")
    index = replace(base, speakers={**base.speakers, "dmitry-peskov": peskov}, claims=(*base.claims, his))
    q = ClaimQuery(index, load_catalogue(ROOT / "briefings" / "topics.yaml").topics)
    assert {c.id for c in q.denials("kremlin")} == {"c-kremlin-deny", "c-peskov-deny"}
    assert [c.id for c in q.denials("dmitry-peskov")] == ["c-peskov-deny"]


def test_a_speaker_s_figures_then_denials_then_confirmations_then_the_rest():
    from dataclasses import replace

    base = build_sample_index()
    kremlin = [c for c in base.claims if c.speaker_id == "kremlin"][0]
    extra = (replace(kremlin, id="k-figure", stance="asserts", date="2024-10-01",
                     numbers=(Number(3, "brigades", "", "", "3"),)),
             replace(kremlin, id="k-confirm", stance="asserts", cue="confirmed", date="2024-11-30", numbers=()),
             replace(kremlin, id="k-other", stance="asserts", cue="said", date="2024-12-01", numbers=()))
    q = ClaimQuery(replace(base, claims=(*base.claims, *extra)))
    assert [c.id for c in q.by_speaker("Kremlin").claims] == ["k-figure", "c-kremlin-deny", "k-confirm", "k-other"]


def test_frequent_words_kept_as_bitsets_give_the_same_answers(monkeypatch):
    """Frequent words' claims are kept as bitsets with the lookups; others' are made per query.
    Either way a search finds the same claims in the same order."""
    from dataclasses import replace

    import bot.index.lookups as lookups

    base = build_sample_index()
    filler = tuple(replace(base.claims[6], id=f"f{i}", sentence=f"Filler note {i} on {('rain', 'snow')[i % 2]} "
                           "and wind and the North Korean troops.", date=f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}")
                   for i in range(1500))  # under BITSET_MIN claims a word
    index = replace(base, claims=base.claims + filler)
    plain = ClaimQuery(index)
    monkeypatch.setattr(lookups, "BITSET_MIN", 100)
    kept = ClaimQuery(index)
    assert {"troop", "rain", "wind"} <= set(kept._lookups.bits) and not plain._lookups.bits
    for words in ("troops rain", "wind snow", "north korean", "troops wind fair", "rain snow"):
        assert [h.claim.id for h in kept.search(words)] == [h.claim.id for h in plain.search(words)], words
    assert len(kept.search("troops rain")) == 400  # the re-scoring bound, reached


def test_lowest_bits_are_the_newest_claims():
    from bot.index.lookups import lowest_bits, rank_bits

    rank = [5, 0, 9, 3, 17, 2, *range(6, 9), *range(10, 17), 1, 4, 18, 19]  # a permutation of 0..19
    bits = rank_bits([0, 2, 3, 4], rank)
    assert lowest_bits(bits, 10) == [3, 5, 9, 17] and lowest_bits(bits, 2) == [3, 5]
    assert lowest_bits(0, 5) == [] and lowest_bits(rank_bits(range(20), rank), 20) == list(range(20))

