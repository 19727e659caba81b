"""The index a replica serves: the seeds' artifact, plus the documents added since, plus the
editors' decisions taken in Slack or on the command line, linked anew.

Extraction ran once, when each document was added; what depends on the whole corpus (which
claims a denial denies, which figures describe one quantity) is worked out again for what an
addition touches, so an article added today can be denied by one added tomorrow. `extend` adds
documents to the index in service without reading the claims they do not touch: the denials
that may deny the new assertions (found from the lookups' `denying` lists, by date), the
assertions the new denials may deny (`asserting`), and the current figures of the quantities
the new figures measure. `merge` applies the decisions, which can change any claim, over the
whole index. The artifact stays the curated start (a seed with the same id as an added document
wins) and its decisions.yaml was applied when it was built; decisions from the database are
applied on top, so they hold across rebuilds (claim ids are stable) and reach every replica with
the next poll.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from dataclasses import replace

from bot.corpus.store import StoredDocument
from bot.errors import InputFileError
from bot.index.curate import Decision, apply_decisions, resolve_speaker
from bot.index.denials import (
    MAX_VISITS,
    Candidates,
    asserts,
    best_links,
    link_denials,
    newest_candidates,
    proposition,
    visited,
)
from bot.index.layered import LayeredClaims, Overlay
from bot.index.lookups import Lookups
from bot.index.model import Claim, IndexData, Speaker
from bot.index.quantities import group_quantities, regroup
from bot.index.query import lookups_of
from bot.index.speakers import Registry

log = logging.getLogger(__name__)


def merge(base: IndexData, added: Sequence[StoredDocument], version: str, decisions: Sequence[Decision] = (),
          new_speakers: Sequence[Speaker] = ()) -> IndexData:
    """The artifact, the added documents and the editors' decisions, as one index. With decisions,
    which may change any claim (and merge a seed's claim with an added one), every claim is read
    and linked anew; without, the documents are `extend`ed onto the artifact. `new_speakers`:
    speakers editors created (with their aliases and affiliation), which their decisions name."""
    if not decisions:
        return extend(base, added, version)
    fresh = [doc for doc in added if doc.doc_id not in base.sources]
    speakers = dict(base.speakers)
    claims = list(base.claims)
    for doc in fresh:
        for speaker in doc.speakers:
            speakers.setdefault(speaker.id, speaker)
        claims.extend(doc.claim_records())
    speakers.update({s.id: s for s in new_speakers})  # an editor's details win over extraction's
    registry = Registry(speakers.values())
    claims, _report = apply_decisions(claims, _usable(decisions, registry), registry)
    for speaker in registry.all():  # a decision naming a new speaker created it
        speakers.setdefault(speaker.id, speaker)
    linked, groups = group_quantities(link_denials(claims))
    return IndexData(version=version, built_at=base.built_at,
                     sources=Overlay(base.sources, {d.doc_id: d.source for d in fresh}), speakers=speakers,
                     claims=LayeredClaims(tuple(linked), {}, (), Lookups.build(linked, groups)), groups=tuple(groups),
                     texts=Overlay(base.texts, {d.doc_id: d.text for d in fresh}))


def extend(index: IndexData, added: Sequence[StoredDocument], version: str,
           decisions: Sequence[Decision] = ()) -> IndexData:
    """`index` with these documents served too, linked and grouped as if built over all claims;
    `decisions`: those in force, for the ones that name a new claim (an editor acts on served
    claims, so that is a race another replica won; `merge` settles every decision on the next)."""
    fresh = [doc for doc in added if doc.doc_id not in index.sources]
    if not fresh:
        return replace(index, version=version)
    speakers = dict(index.speakers)
    for doc in fresh:
        for speaker in doc.speakers:
            speakers.setdefault(speaker.id, speaker)
    claims = [c for doc in fresh for c in doc.claim_records()]
    new_ids = {c.id for c in claims}
    if mine := [d for d in decisions if d.claim_id in new_ids]:
        registry = Registry(speakers.values())
        claims, _report = apply_decisions(claims, _usable(mine, registry), registry)
        for speaker in registry.all():
            speakers.setdefault(speaker.id, speaker)
    claims, groups = regroup(index.groups, claims, lambda ids: [c for c in map(index.claim, ids) if c is not None])
    base = lookups_of(index)
    lookups = base.extend(claims, index.groups, groups, lambda doc_id: index.sources[doc_id].published)
    unlinked = LayeredClaims(index.claims, {}, claims, lookups)
    links = _relink(unlinked, lookups, len(index.claims))
    n = len(index.claims)
    replaced = {i: c.with_changes(denies=links[i]) for i, c in zip(
        sorted(i for i in links if i < n), unlinked.many(sorted(i for i in links if i < n)))}
    claims = [c.with_changes(denies=links[i]) if i in links else c for i, c in enumerate(claims, start=n)]
    before = {i: unlinked[i].denies if i < n else () for i in links}  # a new claim's were not indexed
    relinked = lookups.relinked({i: (before[i], links[i]) for i in links})
    return IndexData(version=version, built_at=index.built_at,
                     sources=Overlay(index.sources, {d.doc_id: d.source for d in fresh}), speakers=speakers,
                     claims=LayeredClaims(index.claims, replaced, claims, relinked), groups=tuple(groups),
                     texts=Overlay(index.texts, {d.doc_id: d.text for d in fresh}))


def _relink(claims: LayeredClaims, lookups: Lookups, n: int) -> dict[int, tuple[str, ...]]:
    """Denials whose links change, and to what: the new ones, and the earlier ones that may deny a
    new assertion (they share a term with it and were made on or after it, or are undated)."""
    days, day, rank = lookups.days, lookups.day, lookups.rank
    said: dict[int, frozenset[str]] = {}

    def dated(i: int) -> str:
        return days[day[i]]

    def read(positions: Sequence[int]) -> list[tuple[Claim, frozenset[str]]]:
        out = []
        for i, claim in zip(positions, claims.many(positions)):
            if i not in said:
                said[i] = proposition(claim)
            out.append((claim, said[i]))
        return out

    new = list(enumerate(claims.many(range(n, len(claims))), start=n))
    affected = {i for i, c in new if c.stance == "denies"}
    for i, claim in new:
        if claim.stance == "denies" or not asserts(claim):
            continue
        made = dated(i)
        for term in proposition(claim):
            denying = lookups.denying.get(term)
            lo, hi = 0, len(denying)  # newest first: those made on or after the assertion come first
            while made and lo < hi:
                mid = (lo + hi) // 2
                if dated(denying[mid]) >= made:
                    lo = mid + 1
                else:
                    hi = mid
            lo = lo if made else len(denying)  # an undated assertion may be denied by any
            undated = len(denying)
            while made and undated > lo and not day[denying[undated - 1]]:  # an undated denial weighs every assertion
                undated -= 1
            affected.update(d for d in (*denying[:lo], *denying[undated:]) if d < n)
    # A few denials (an article's) each merge their candidates lazily; many (a backlog caught up,
    # a replica's first poll) share one pass over the postings per signature, as a build does.
    shared = Candidates(lookups.asserting, rank) if len(affected) * MAX_VISITS > len(claims) else None
    out = {}
    for i, denial in zip(sorted(affected), claims.many(sorted(affected))):
        visit = (visited(denial, shared(proposition(denial)), dated) if shared
                 else newest_candidates(denial, lookups.asserting, rank, dated))
        if i < n and all(j < n for j in visit):
            continue  # no new assertion among those it weighs: its links stand
        links = best_links(denial, visit, read)
        if links != denial.denies or i >= n:
            out[i] = links
    return out


def _usable(decisions: Sequence[Decision], registry: Registry) -> list[Decision]:
    """Decisions whose speaker can be resolved; one naming a registry id that no longer exists is
    skipped with a warning (it was checked when it was taken) rather than stopping every lookup."""
    out = []
    for d in decisions:
        try:
            if d.speaker:
                resolve_speaker(d, registry)
        except InputFileError as exc:
            log.warning("decision on %s skipped: %s", d.claim_id, exc)
            continue
        out.append(d)
    return out
