"""Editors' decisions taken while the bot runs are served exactly as a rebuild over every claim
with them would serve them (withdrawn claims gone, edited ones changed, denials relinked,
quantities regrouped), and taking a decision back restores the claim; without reading the index."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest

from bot.corpus.merge import decide, extend
from bot.corpus.store import StoredDocument
from bot.index.artifact import load_index, write_index
from bot.index.curate import Decision, apply_decisions
from bot.index.denials import link_denials
from bot.index.holder import IndexHolder
from bot.index.layered import LayeredClaims, Overlay
from bot.index.lookups import Lookups
from bot.index.model import IndexData
from bot.index.quantities import group_quantities
from bot.index.query import ClaimQuery
from bot.index.speakers import Registry
from tests.unit.test_artifact import TOPICS, answers
from tests.unit.test_extend import built, raw_index, split


def rebuilt(base: IndexData, added: list[StoredDocument], decisions: list[Decision]) -> IndexData:
    """The reference: every claim, as built or extracted, decided and linked anew."""
    claims = [*base.claims, *(c for d in added for c in d.claim_records())]
    registry = Registry(base.speakers.values())
    decided, _report = apply_decisions(claims, decisions, registry)
    linked, groups = group_quantities(link_denials(decided))
    return IndexData(version="rebuilt", built_at=base.built_at,
                     sources=Overlay(base.sources, {d.doc_id: d.source for d in added}),
                     speakers={**base.speakers, **{s.id: s for s in registry.all()}},
                     claims=LayeredClaims(tuple(linked), {}, (), Lookups.build(linked, groups)), groups=tuple(groups),
                     texts=Overlay(base.texts, {d.doc_id: d.text for d in added}))


def served(index: IndexData) -> list[dict]:
    return sorted((c.export() for c in index.claims), key=lambda e: e["id"])


def same(a: IndexData, b: IndexData) -> None:
    assert served(a) == served(b)
    assert a.groups == b.groups
    # A speaker a decision created stays known (with no claims) once the decision is taken back,
    # until the next reload; a rebuild would not know it. Answers are compared over the same speakers.
    assert set(b.speakers) <= set(a.speakers)
    a = replace(a, speakers={k: v for k, v in a.speakers.items() if k in b.speakers})
    assert answers(ClaimQuery(a, TOPICS), random.Random(5)) == answers(ClaimQuery(b, TOPICS), random.Random(5))


def decisions_on(index: IndexData, rng: random.Random) -> list[Decision]:
    """A day's editing: withdrawn assertions that denials deny, a withdrawn denial, a stance
    turned, speakers corrected (to a known speaker and to a new name), approvals, duplicates merged."""
    claims = list(index.claims)
    denied = [cid for c in claims if c.stance == "denies" for cid in c.denies]
    denials = [c for c in claims if c.stance == "denies" and c.denies]
    figures = [c for c in claims if c.numbers and c.stance == "asserts"]
    others = [c for c in claims if c.stance != "denies"]
    picked = rng.sample(others, 12)
    speakers = sorted(index.speakers)
    return [
        *(Decision(cid, "reject") for cid in rng.sample(sorted(set(denied)), 4)),
        Decision(denials[0].id, "reject"),
        Decision(figures[0].id, "edit", stance="denies"),
        *(Decision(c.id, "edit", speaker=rng.choice(speakers)) for c in picked[:3]),
        Decision(picked[3].id, "edit", speaker="Ilona Vartanen"),
        *(Decision(c.id, "approve", tags=("checked",)) for c in picked[4:8]),
        Decision(picked[8].id, "merge", duplicates=(picked[9].id, figures[1].id)),
    ]


def originals(base: IndexData, added: list[StoredDocument]):
    records = {c.id: c for d in added for c in d.claim_records()}
    return lambda cid: base.claim(cid) or records.get(cid)


@pytest.fixture
def corpus():
    raw = raw_index()
    base_claims, added = split(raw, 0.7, interleaved=True)
    return built(raw, base_claims), added


def test_decisions_are_served_as_a_rebuild_with_them_would(corpus):
    base, added = corpus
    index = extend(base, added, "v1")
    decisions = decisions_on(index, random.Random(3))
    decided = decide(index, (), decisions, "v2", originals(base, added))
    same(decided, rebuilt(base, added, decisions))
    # the test means something: claims went, denials lost links, a figure became a denial
    assert decided.claims.live == len(index.claims) - 7
    assert decided.claim(decisions[0].claim_id) is None and index.claim(decisions[0].claim_id) is not None
    assert decided.claim(decisions[5].claim_id).stance == "denies"


def test_a_decision_taken_back_restores_the_claim(corpus):
    base, added = corpus
    index = extend(base, added, "v1")
    decisions = decisions_on(index, random.Random(4))
    first = decide(index, (), decisions, "v2", originals(base, added))
    kept = decisions[1::2]
    second = decide(first, decisions, kept, "v3", originals(base, added))
    same(second, rebuilt(base, added, kept))
    back = decide(second, kept, (), "v4", originals(base, added))
    same(back, rebuilt(base, added, []))
    assert served(back) == served(index)


def test_decisions_over_an_opened_artifact_read_only_what_they_touch(tmp_path, corpus, monkeypatch):
    base, added = corpus
    write_index(base, tmp_path / "index.sqlite")
    opened = load_index(tmp_path / "index.sqlite")
    index = extend(opened, added, "v1")
    decisions = decisions_on(index, random.Random(5))
    iterated = []
    monkeypatch.setattr(type(opened.claims), "__iter__", lambda self: iterated.append(1) or iter(()))
    decided = decide(index, (), decisions, "v2", originals(opened, added))
    monkeypatch.undo()
    assert not iterated
    same(decided, rebuilt(base, added, decisions))


def test_new_documents_after_decisions_keep_them(corpus):
    base, added = corpus
    first, later = added[:len(added) // 2], added[len(added) // 2:]
    index = extend(base, first, "v1")
    decisions = decisions_on(index, random.Random(6))
    index = decide(index, (), decisions, "v2", originals(base, first))
    index = extend(index, later, "v3", decisions)
    same(index, rebuilt(base, [*first, *later], decisions))


def test_a_reload_of_the_artifact_keeps_the_added_documents_and_the_decisions(tmp_path, corpus):
    base, added = corpus
    path = tmp_path / "index.sqlite"
    write_index(base, path)
    holder = IndexHolder.load(path, TOPICS)
    holder.extend(added)
    decisions = decisions_on(holder.index, random.Random(7))
    holder.decide(decisions, 3)
    same(holder.index, rebuilt(base, added, decisions))
    tmp = tmp_path / "new.sqlite"
    write_index(replace(base, built_at="2031-01-01T00:00:00+00:00"), tmp)
    tmp.replace(path)  # a new build, renamed over the old file
    assert holder.reload() is True
    same(holder.index, rebuilt(base, added, decisions))
    assert holder.index.version.endswith("~3") and holder.decisions_seq == 3
