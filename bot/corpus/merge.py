"""The index a replica serves: the seeds' artifact, plus the documents added since, plus the
editors' decisions taken in Slack or on the command line, linked anew.

Extraction ran once, when each document was added; what depends on the whole corpus (which
claims a denial denies, which figures describe one quantity) is worked out again for what a
change touches, as a build over all the claims would (the tests compare the two), without
reading the claims it does not touch. `extend` adds documents; `decide` serves the claims whose
standing decision changed in their new form (edited, approved, withdrawn, or restored when a
decision is taken back), from how they were built or extracted. Both go through `_changed`:
the lookups are patched (`Lookups.patch`), the quantities a changed claim measures are grouped
again, and the denials are relinked where a changed claim enters or leaves what they weigh.

The artifact stays the curated start (a seed with the same id as an added document wins) and
its decisions.yaml was applied when it was built; decisions from the database are applied on
top, so they hold across rebuilds (claim ids are stable) and reach every replica with the next
poll.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
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
    signature,
    visited,
)
from bot.index.layered import LayeredClaims, Overlay
from bot.index.lookups import Lookups
from bot.index.model import Claim, IndexData, QuantityGroup, Source, Speaker
from bot.index.quantities import group_quantities, regroup, regroup_anew
from bot.index.query import lookups_of
from bot.index.speakers import Registry

log = logging.getLogger(__name__)

Change = tuple[Claim | None, Claim | None]  # what the claim at a position was, and is (None: not served)
WALK = 32  # up to this many changed assertions, the denials that may weigh each are walked by date


def extend(index: IndexData, added: Sequence[StoredDocument], version: str,
           decisions: Sequence[Decision] = ()) -> IndexData:
    """`index` with these documents served too; `decisions`: those in force, for the ones that
    name a new claim (an editor acts on served claims, so that is a race another replica won)."""
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
    layered = _layered(index)
    sources = Overlay(index.sources, {d.doc_id: d.source for d in fresh})
    texts = Overlay(index.texts, {d.doc_id: d.text for d in fresh})
    if len(claims) > len(layered) and layered.live == len(layered):
        # more new claims than served ones (a replica's first poll, the seeds plus a backlog): built
        # at once, as `nkbot index build` would, the positions the same as patched
        linked, groups = group_quantities(link_denials([*layered, *claims]))
        return IndexData(version=version, built_at=index.built_at, sources=sources, speakers=speakers,
                         claims=LayeredClaims(tuple(linked), {}, (), Lookups.build(linked, groups)),
                         groups=tuple(groups), texts=texts)
    claims, groups = regroup(index.groups, claims, lambda ids: [c for c in map(index.claim, ids) if c is not None])
    changes: dict[int, Change] = {len(layered) + j: (None, c) for j, c in enumerate(claims)}
    return _changed(index, layered, changes, groups, version, speakers, sources, texts)


def decide(index: IndexData, before: Sequence[Decision], after: Sequence[Decision], version: str,
           originals: Callable[[str], Claim | None], new_speakers: Sequence[Speaker] = ()) -> IndexData:
    """`index`, served under the decisions `before`, served under `after` instead: every claim a
    changed decision names (or one naming the same claims) is decided anew from its `original`
    (as built or extracted). `new_speakers`: speakers editors created, which decisions name."""
    speakers = dict(index.speakers)
    speakers.update({s.id: s for s in new_speakers})  # an editor's details win over extraction's
    touched = {cid for d in set(before) ^ set(after) for cid in (d.claim_id, *d.duplicates)}
    while True:  # with every decision that names a touched claim, and what it names
        deciding = [d for d in after if d.claim_id in touched or touched.intersection(d.duplicates)]
        more = {cid for d in deciding for cid in (d.claim_id, *d.duplicates)} - touched
        if not more:
            break
        touched |= more
    if not touched:
        return replace(index, version=version, speakers=speakers)
    registry = Registry(speakers.values())
    found = [c for c in map(originals, sorted(touched)) if c is not None]
    decided, _report = apply_decisions(found, _usable(deciding, registry), registry)
    for speaker in registry.all():  # a decision naming a new speaker created it
        speakers.setdefault(speaker.id, speaker)
    now = {c.id: c for c in decided}
    layered = _layered(index)
    pairs: list[tuple[int, Change]] = []
    for claim in found:
        pos = layered.slot(claim.id)
        if pos is not None:
            was = None if layered.withdrawn(pos) else layered.many((pos,))[0]
            if was is not None or claim.id in now:
                pairs.append((pos, (was, now.get(claim.id))))
    forms, groups = regroup_anew(index.groups, [pair for _pos, pair in pairs],
                                 lambda ids: [c for c in map(index.claim, ids) if c is not None],
                                 lambda cid: layered.slot(cid) or 0)
    changes = {pos: (was, form) for (pos, (was, _new)), form in zip(pairs, forms)}
    return _changed(index, layered, changes, groups, version, speakers, index.sources, index.texts)


def _layered(index: IndexData) -> LayeredClaims:
    claims = index.claims
    return claims if isinstance(claims, LayeredClaims) else LayeredClaims(claims, {}, (), lookups_of(index))


def _changed(index: IndexData, layered: LayeredClaims, changes: Mapping[int, Change],
             groups: Sequence[QuantityGroup], version: str, speakers: dict[str, Speaker],
             sources: Mapping[str, Source], texts: Mapping[str, str]) -> IndexData:
    """The index with the claims at these positions changed (positions from its end on: new
    claims), grouped as `groups`, and every denial whose links change relinked."""
    n = len(layered)
    before = layered.lookups
    after = before.patch(changes, index.groups, groups, lambda doc_id: sources[doc_id].published)
    unlinked = LayeredClaims(layered, {p: new for p, (_old, new) in changes.items() if p < n},
                             [changes[p][1] for p in range(n, len(after.rank))], after)
    links = _relink(unlinked, before, after, changes)
    relinked = after.relinked({p: (_indexed(changes[p][0]) if p in changes else unlinked[p].denies, now)
                               for p, now in links.items()})
    final: dict[int, Claim | None] = {p: new for p, (_old, new) in changes.items()}
    for p, now in links.items():
        claim = final[p] if p in final else unlinked[p]
        if claim is not None:
            final[p] = claim.with_changes(denies=now)
    return IndexData(version=version, built_at=index.built_at, sources=sources, speakers=speakers,
                     claims=LayeredClaims(layered, {p: c for p, c in final.items() if p < n},
                                          [final[p] for p in range(n, len(after.rank))], relinked),
                     groups=tuple(groups), texts=texts)


def _indexed(claim: Claim | None) -> tuple[str, ...]:
    """What the lookups list this claim as denying: its links when it was served as a denial."""
    return claim.denies if claim is not None and claim.stance == "denies" else ()


def _relink(now: LayeredClaims, before: Lookups, after: Lookups,
            changes: Mapping[int, Change]) -> dict[int, tuple[str, ...]]:
    """Denials whose links change, and to what: the changed ones; those that linked a changed
    claim; and those that weigh a changed assertion, before or after the change (they share a
    term with it and were made on or after it, or are undated, and it is among the assertions
    they weigh)."""
    changed = set(changes)
    out: dict[int, tuple[str, ...]] = {}
    affected: set[int] = set()
    weighed: list[tuple[Lookups, int, Claim]] = []  # assertions entering or leaving what denials weigh
    for p, (old, new) in changes.items():
        if new is not None and new.stance == "denies":
            affected.add(p)
        elif old is not None and old.stance == "denies":
            out[p] = ()  # no longer a denial (or no longer served): it denies nothing
        if old is not None and new is not None and _as_weighed(old) == _as_weighed(new):
            continue  # approved, tagged: denials weigh it as before
        if old is not None:
            affected.update(before.denied_by.get(old.id))
            weighed.append((before, p, old))
        if new is not None:
            weighed.append((after, p, new))
    nearest = {id(claim): _weighing(lookups, claim) for lookups, _p, claim in weighed}
    others = sorted({d for found in nearest.values() for d in found} - changed)
    denials = dict(zip(others, now.many(others)))  # unchanged themselves, and served alike before
    if len(weighed) > WALK:  # many assertions (a batch of articles): ask each denial once
        sides = [_weighs(lookups, len(denials)) for lookups in (
            (after, before) if any(old is not None for old, _new in changes.values()) else (after,))]
        for d, denial in denials.items():
            if any(p in changed for weighs in sides for p in weighs(denial)):
                affected.add(d)
        weighed = []
    signatures: dict[int, tuple[frozenset[str], ...]] = {}
    walking = {id(lookups): _weighs(lookups, 1) for lookups in (before, after)}
    for lookups, p, claim in weighed:
        # The denials of one signature made on one day weigh the same assertions, and the later
        # one is made, the fewer of its assertions reach back to this one: walking the denials
        # from this assertion's date on, a signature is done with once this assertion is not
        # among what one of them weighs. (An editor's decision on an old claim would otherwise
        # ask every later denial.)
        done: set[tuple[frozenset[str], ...]] = set()
        for d in nearest[id(claim)]:
            if d in changed:
                continue
            if d not in signatures:
                signatures[d] = signature(proposition(denials[d]))
            if signatures[d] in done:
                continue
            if p in walking[id(lookups)](denials[d]):
                affected.add(d)
            else:
                done.add(signatures[d])
    affected -= {p for p, (_old, new) in changes.items() if new is None or new.stance != "denies"}
    said: dict[int, frozenset[str]] = {}

    def read(positions: Sequence[int]) -> list[tuple[Claim, frozenset[str]]]:
        found = []
        for i, claim in zip(positions, now.many(positions)):
            if i not in said:
                said[i] = proposition(claim)
            found.append((claim, said[i]))
        return found

    weighs = _weighs(after, len(affected))
    for p, denial in zip(sorted(affected), now.many(sorted(affected))):
        links = best_links(denial, weighs(denial), read)
        if p in changed or links != denial.denies:
            out[p] = links
    return out


def _weighing(lookups: Lookups, claim: Claim) -> list[int]:
    """The denials that may weigh this assertion (they share a term with it and were made on or
    after it, or are undated), nearest in date first, the undated last."""
    if claim.stance == "denies" or not asserts(claim):
        return []
    dated, day = _dated(lookups), lookups.day
    made = claim.date or (claim.source.published if claim.source else "")
    found: set[int] = set()
    for term in proposition(claim):
        denying = lookups.denying.get(term)  # newest first
        lo, hi = 0, len(denying)
        while made and lo < hi:  # those made on or after the assertion come first
            mid = (lo + hi) // 2
            if dated(denying[mid]) >= made:
                lo = mid + 1
            else:
                hi = mid
        lo = lo if made else len(denying)  # an undated assertion may be denied by any
        undated = len(denying)
        while made and undated > lo and not day[denying[undated - 1]]:  # an undated denial weighs every one
            undated -= 1
        found.update(denying[:lo])
        found.update(denying[undated:])
    return sorted(found, key=lambda d: (not day[d], dated(d)))


def _as_weighed(claim: Claim) -> tuple[object, ...]:
    """What decides whether, and how, a denial weighs a claim."""
    return claim.stance, claim.speaker_id, claim.text, claim.sentence, claim.date, asserts(claim)


def _weighs(lookups: Lookups, denials: int) -> Callable[[Claim], Sequence[int]]:
    """What a denial weighs (`denials.visited`), for this many denials: a few (an article's) each
    merge their candidates lazily; many (a batch, a replica's first poll) share one pass over the
    postings per signature, as a build does."""
    dated = _dated(lookups)
    if denials * MAX_VISITS <= lookups.live:
        return lambda denial: newest_candidates(denial, lookups.asserting, lookups.rank, dated)
    shared = Candidates(lookups.asserting, lookups.rank)
    return lambda denial: visited(denial, shared(proposition(denial)), dated)


def _dated(lookups: Lookups) -> Callable[[int], str]:
    days, day = lookups.days, lookups.day
    return lambda i: days[day[i]]


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
