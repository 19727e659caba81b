"""Documents added to an index in service are served exactly as if the index had been built with
them: same claims, same denial links, same quantity groups, same answers; and adding them reads
only the claims they touch."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import replace

import pytest

from bot.bench.corpus import make_index
from bot.corpus.merge import extend
from bot.corpus.store import StoredDocument
from bot.index.artifact import load_index, write_index
from bot.index.denials import MAX_VISITS, Candidates, link_denials, newest_candidates, proposition, visited
from bot.index.lookups import Lookups
from bot.index.model import Claim, IndexData
from bot.index.quantities import group_quantities
from bot.index.query import ClaimQuery
from tests.unit.test_artifact import TOPICS, answers

NOW = dt.datetime(2025, 1, 1, tzinfo=dt.UTC)


def built(raw: IndexData, claims: list[Claim]) -> IndexData:
    """What `nkbot index build` makes of these claims: linked and grouped over all of them."""
    linked, groups = group_quantities(link_denials(claims))
    docs = {c.doc_id for c in claims}
    return replace(raw, claims=tuple(linked), groups=tuple(groups),
                   sources={k: v for k, v in raw.sources.items() if k in docs})


def split(raw: IndexData, at: float, interleaved: bool = False) -> tuple[list[Claim], list[StoredDocument]]:
    """A share of the documents as built claims, the rest as stored additions (as extracted: not
    linked to anything, no quantity): the last ones, or every few (their ids among the base's)."""
    doc_ids = sorted({c.doc_id for c in raw.claims})
    kept = round(1 / (1 - at))
    base_docs = {d for k, d in enumerate(doc_ids) if k % kept} if interleaved else set(doc_ids[:int(len(doc_ids) * at)])
    base = [c for c in raw.claims if c.doc_id in base_docs]
    added = []
    for seq, doc_id in enumerate((d for d in doc_ids if d not in base_docs), start=1):
        own = [replace(c, denies=(), quantity="") for c in raw.claims if c.doc_id == doc_id]
        added.append(StoredDocument(seq, raw.sources[doc_id], f"text of {doc_id}", 0,
                                    tuple(c.export() for c in own), (), "test", "test", NOW))
    return base, added


def whole(raw: IndexData, base: list[Claim], added: list[StoredDocument]) -> IndexData:
    """The index built at once over the base's claims and the added ones, in that order."""
    at_once = built(raw, [*base, *(c for d in added for c in d.claim_records())])
    return replace(at_once, texts={**raw.texts, **{d.doc_id: d.text for d in added}})


def raw_index() -> IndexData:
    raw = make_index(3_000, seed=21, n_speakers=300)
    return replace(raw, claims=tuple(replace(c, denies=(), quantity="") for c in raw.claims), groups=())


def same(a: IndexData, b: IndexData) -> None:
    assert [c.export() for c in a.claims] == [c.export() for c in b.claims]
    assert a.groups == b.groups
    assert answers(ClaimQuery(a, TOPICS), random.Random(5)) == answers(ClaimQuery(b, TOPICS), random.Random(5))


@pytest.mark.parametrize("batches,interleaved,kept", [(1, False, 0.6), (3, False, 0.6), (2, True, 0.6),
                                                        (1, False, 0.25)])
def test_added_documents_are_served_as_if_built_with_them(batches, interleaved, kept):
    """The last case adds more claims than the index holds, which builds the index at once."""
    raw = raw_index()
    base_claims, added = split(raw, kept, interleaved)
    at_once = whole(raw, base_claims, added)
    index = built(raw, base_claims)
    before = {c.id: c.denies for c in index.claims if c.stance == "denies"}
    for k in range(batches):
        index = extend(index, added[k * len(added) // batches:(k + 1) * len(added) // batches], f"v{k}")
    same(index, at_once)
    # the test means something: earlier denials now deny added assertions, and quantities changed
    assert any(index.claim(cid).denies != links for cid, links in before.items())
    assert {(g.key, g.contested) for g in at_once.groups} - {(g.key, g.contested) for g in built(raw, base_claims).groups}


def test_an_opened_artifact_is_extended_reading_only_what_the_addition_touches(tmp_path, monkeypatch):
    """New articles are the newest: their assertions can be denied by no earlier denial, so an
    addition reads only what its own denials weigh (`MAX_VISITS` each), not the index, nor the
    figures its figures are weighed against (kept with each quantity group)."""
    raw = make_index(20_000, seed=8, n_speakers=1_000)
    raw = replace(raw, claims=tuple(replace(c, denies=(), quantity="") for c in raw.claims), groups=())
    base_claims, added = split(raw, 0.999)
    added = [replace(d, source=replace(d.source, published="2026-06-01"), claims=tuple(
        {**c, "date": ""} for c in d.claims)) for d in added]
    path = tmp_path / "index.sqlite"
    write_index(built(raw, base_claims), path)
    opened = load_index(path)
    read: set[int] = set()
    many = type(opened.claims).many
    monkeypatch.setattr(type(opened.claims), "many", lambda self, positions: read.update(
        positions := list(positions)) or many(self, positions))
    index = extend(opened, added, "v1")
    new = index.claims[len(opened.claims):]
    assert len(new) == 20
    denials = sum(c.stance == "denies" for c in new)
    assert len(read) <= denials * MAX_VISITS
    assert len(read) < len(opened.claims) // 50
    monkeypatch.undo()
    same(index, whole(replace(raw, sources={**raw.sources, **{d.doc_id: d.source for d in added}}), base_claims, added))


def test_extending_by_nothing_new_changes_nothing_but_the_version():
    raw = raw_index()
    base_claims, added = split(raw, 0.5)
    index = extend(built(raw, base_claims), added, "v1")
    again = extend(index, added[:3], "v2")
    assert again.version == "v2" and again.claims is index.claims


def test_an_addition_weighs_the_same_candidates_as_a_build():
    """The few denials of an article merge their candidates lazily; a build shares the work per
    signature: both weigh the same assertions, in the same order."""
    raw = raw_index()
    index = built(raw, list(raw.claims))
    lookups = Lookups.build(index.claims, index.groups)
    dated = lambda i: lookups.days[lookups.day[i]]  # noqa: E731
    shared = Candidates(lookups.asserting, lookups.rank)
    denials = [c for c in index.claims if c.stance == "denies"]
    assert len(denials) > 50
    for denial in denials:
        lazily = newest_candidates(denial, lookups.asserting, lookups.rank, dated)
        assert lazily == list(visited(denial, shared(proposition(denial)), dated))
    assert any(len(newest_candidates(d, lookups.asserting, lookups.rank, dated)) == MAX_VISITS for d in denials)
