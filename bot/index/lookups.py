"""The lookups a `ClaimQuery` answers from, as packed arrays of claim positions.

Computed once per index: when an artifact is written, so a process that serves a million claims
reads a few blobs at start instead of reading and tokenising every claim again; or in memory, for
an index merged in a running process. Every list of positions (the claims of a word, of a speaker,
of a document) is kept the way search engines keep postings, one array of positions and one of
offsets: four bytes a posting instead of a Python object each.
"""

from __future__ import annotations

import json
import re
import sys
from array import array
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields, replace
from itertools import groupby
from typing import Any

from bot.index.denials import asserts, proposition
from bot.index.model import Claim, QuantityGroup
from bot.index.quantities import newest_key, when
from bot.index.words import body, claim_terms

DENIES, CONFIRMS, NUMBERS, INFERRED = 1, 2, 4, 8  # bits of `Lookups.flags` (INFERRED: speaker read from context)
HIDDEN = 0xFFFF_FFFF  # the rank of a position whose claim is not served (an editor withdrew it)
BITSET_MIN = 2_000  # a word in at least this many claims also has them kept as a bitset ...
BITSETS = 128  # ... for the most frequent words, at most this many (n/8 bytes each: 16 MB at a million claims)
_NONZERO = re.compile(rb"[^\x00]")
_CONFIRMING = re.compile(r"^(?:confirm|acknowledg|admit|verif)", re.I)
EMPTY: Sequence[int] = memoryview(array("I"))


def confirms(claim: Claim) -> bool:
    """The speaker confirms something ("confirmed", "acknowledged", "verified")."""
    return claim.stance != "denies" and bool(_CONFIRMING.match(claim.cue))


def significance(claim: Claim) -> int:
    """How early a claim comes among its speaker's: a figure, then a denial, then a confirmation,
    then the rest (each newest first)."""
    if claim.numbers and claim.stance != "denies":
        return 0
    if claim.stance == "denies":
        return 1
    if confirms(claim):
        return 2
    return 3


def _flags(claim: Claim) -> int:
    return (DENIES if claim.stance == "denies" else 0) | (CONFIRMS if confirms(claim) else 0) | (
        NUMBERS if claim.numbers else 0) | (INFERRED if claim.inferred else 0)


def _significance(flags: int) -> int:
    """`significance` of a claim with these `Lookups.flags`."""
    if flags & DENIES:
        return 1
    return 0 if flags & NUMBERS else 2 if flags & CONFIRMS else 3


def rank_bits(positions: Iterable[int], rank: Sequence[int]) -> int:
    """A bitset of these claims by rank: bit `rank[i]` set for each position `i`."""
    made = bytearray((len(rank) + 7) // 8)
    for i in positions:
        r = rank[i]
        made[r >> 3] |= 1 << (r & 7)
    return int.from_bytes(made, "little")


def lowest_bits(bits: int, count: int) -> list[int]:
    """The `count` lowest set bits of `bits` (ranks, so the newest claims), in order."""
    data = bits.to_bytes((bits.bit_length() + 7) // 8, "little")
    out: list[int] = []
    for m in _NONZERO.finditer(data):
        base, byte = m.start() * 8, data[m.start()]
        while byte:
            low = byte & -byte
            out.append(base + low.bit_length() - 1)
            if len(out) == count:
                return out
            byte ^= low
    return out


def _bodies(claims: Sequence[Claim]) -> dict[str, object]:
    encoded = [body(c).encode() for c in claims]
    ends, end = array("Q"), 0
    for b in encoded:
        end += len(b)
        ends.append(end)
    return {"bodies": b"".join(encoded), "body_ends": ends}


def _patched(positions: Sequence[int], change: tuple[Collection[int], Sequence[int]] | None,
             key: Callable[[int], int]) -> Sequence[int]:
    """One list of positions, in `key` order, less the first of `change` and with the second."""
    out = array("I", positions)
    if change:
        removed, inserted = change
        if removed:
            out = array("I", [i for i in out if i not in removed])
        for i in sorted(inserted, key=key):
            out.insert(bisect_left(out, key(i), key=key), i)
    return memoryview(out)


class Lists:
    """Named lists of claim positions in two flat arrays: `values[offsets[k]:offsets[k + 1]]` is
    the list named `names[k]`."""

    __slots__ = ("_names", "_slots", "_offsets", "_values", "_view")

    def __init__(self, names: list[str], offsets: array, values: array, slots: dict[str, int] | None = None) -> None:
        if len(offsets) != len(names) + 1 or (names and offsets[-1] != len(values)):
            raise ValueError("list offsets do not match their names and values")
        self._names, self._offsets, self._values = names, offsets, values
        self._slots = slots if slots is not None else {name: k for k, name in enumerate(names)}
        self._view = memoryview(values)

    @classmethod
    def of(cls, lists: Mapping[str, Iterable[int]]) -> Lists:
        offsets, values = array("Q", [0]), array("I")
        for positions in lists.values():
            values.extend(positions)
            offsets.append(len(values))
        return cls(list(lists), offsets, values)

    def get(self, name: str, default: Sequence[int] = EMPTY) -> Sequence[int]:
        k = self._slots.get(name)
        return default if k is None else self._view[self._offsets[k]:self._offsets[k + 1]]

    def size(self, name: str) -> int:
        k = self._slots.get(name)
        return 0 if k is None else self._offsets[k + 1] - self._offsets[k]

    def slot(self, name: str) -> int:
        """The list's number (-1: no such list); `Lookups.speaker` and `Lookups.doc` hold these."""
        return self._slots.get(name, -1)

    def names(self) -> list[str]:
        return self._names

    def smallest(self) -> int:
        """The size of the shortest list not empty (a list empties when its claims are withdrawn)."""
        return min((size for k in range(len(self._names)) if (size := self._offsets[k + 1] - self._offsets[k])),
                   default=0)

    def __contains__(self, name: object) -> bool:
        return name in self._slots

    def __len__(self) -> int:
        return len(self._names)

    def patched(self, changes: Mapping[str, tuple[Collection[int], Sequence[int]]], key: Callable[[int], Any],
                sorted_names: bool = False, drop_empty: bool = False) -> tuple[Lists, list[int] | None]:
        """These lists where, for each name in `changes`, the positions of the first collection are
        taken out and those of the second put in their places by `key`, the order the lists keep.
        A name not listed yet is added at the end, or in name order with `sorted_names`: then the
        second value maps each old slot to its new one (None when no slot moved). `drop_empty`: a
        list left empty goes, as it would not be made (for lists no per-claim array points into).
        The lists not changed are copied a run at a time, so the cost is in the changes."""
        fresh = [name for name in changes if name not in self._slots]
        names, remap = self._names + fresh if fresh else self._names, None
        if sorted_names and fresh and self._names and min(fresh) < self._names[-1]:
            names = sorted(names)
            slot_of = {name: k for k, name in enumerate(names)}
            remap = [slot_of[name] for name in self._names]
        off, view = self._offsets, self._view
        offsets, values = array("Q", [0]), array("I")

        def copy(first: int, upto: int) -> None:  # the unchanged lists of slots first..upto-1
            if first < upto:
                shift = len(values) - off[first]
                values.frombytes(view[off[first]:off[upto]].cast("B"))
                ends = off[first + 1:upto + 1]
                offsets.extend(ends if not shift else array("Q", [o + shift for o in ends]))

        def put(name: str) -> None:
            removed, inserted = changes[name]
            k = self._slots.get(name, -1)
            current = array("I")
            if k >= 0:
                current.frombytes(view[off[k]:off[k + 1]].cast("B"))
            if removed:
                current = array("I", [i for i in current if i not in removed])
            for i in sorted(inserted, key=key):
                current.insert(bisect_left(current, key(i), key=key), i)
            values.extend(current)
            offsets.append(len(values))

        if remap is None:  # the old lists in their order, the new ones after
            done = 0
            for k in sorted(self._slots[name] for name in changes if name in self._slots):
                copy(done, k)
                put(self._names[k])
                done = k + 1
            copy(done, len(self._names))
            for name in fresh:
                put(name)
        else:  # new names among the old: copy the runs of old slots still side by side
            first = upto = 0
            for name in names:
                k = self._slots.get(name, -1)
                if name not in changes and k == upto and first < upto:
                    upto += 1
                    continue
                copy(first, upto)
                first = upto = 0
                if name in changes:
                    put(name)
                else:
                    first, upto = k, k + 1
            copy(first, upto)
        if drop_empty and any(offsets[k] == offsets[k + 1] for k in range(len(names)) if names[k] in changes):
            kept = [k for k in range(len(names)) if offsets[k] != offsets[k + 1]]
            ends = array("Q", [0])
            ends.extend(offsets[k + 1] for k in kept)
            return Lists([names[k] for k in kept], ends, values), remap
        return Lists(names, offsets, values, self._slots if names is self._names else None), remap

    def pack(self) -> tuple[bytes, bytes, bytes]:
        return (json.dumps(self._names, ensure_ascii=False).encode(), self._offsets.tobytes(),
                self._values.tobytes())

    @classmethod
    def unpack(cls, names: bytes, offsets: bytes, values: bytes, swap: bool = False) -> Lists:
        return cls(json.loads(names), _array("Q", offsets, swap), _array("I", values, swap))


def _copy(values: array) -> array:
    out = array(values.typecode)
    out.frombytes(memoryview(values).cast("B"))
    return out


def _array(code: str, data: bytes, swap: bool) -> array:
    out = array(code)
    out.frombytes(data)
    if swap:  # written on a machine of the other byte order
        out.byteswap()
    return out


@dataclass(frozen=True)
class Lookups:
    """Everything a question needs to find claims without reading them. Positions index the index's
    claims; `order` is newest first and every list of positions is in that order, except a
    speaker's (weightiest first, see `significance`) and a document's (as in the index)."""

    order: array  # positions, newest first
    rank: array  # position -> its place in `order`
    speaker: array  # position -> slot of its speaker in `by_speaker`
    doc: array  # position -> slot of its document in `by_doc` (slots in document id order)
    start: array  # position -> where its evidence starts in its document
    day: array  # position -> its date's place in `days` (0: undated)
    flags: array  # position -> DENIES | CONFIRMS
    group: array  # position -> its headline quantity's group's place in the index's groups (-1: none)
    row: array  # position -> where the artifact stores the claim: a speaker's claims side by side, in
    # their order, so "who said" reads a few adjacent pages, not one page a claim
    days: list[str]  # the distinct dates, sorted; days[0] is "" (no date)
    postings: Lists  # word -> positions
    by_speaker: Lists
    by_mention: Lists  # speaker id -> positions of the claims that name it without it speaking
    by_doc: Lists
    denied_by: Lists  # claim id -> positions of the denials that deny it
    asserting: Lists  # proposition term (`denials.proposition`) -> asserting claims: what a denial may deny
    denying: Lists  # proposition term -> denials: which may deny an assertion added later
    denials: Sequence[int]
    confirmations: Sequence[int]
    bits: dict[str, int]  # frequent word -> its claims as a bitset by rank (see `rank_bits`)
    bodies: bytes  # every claim's evidence as re-scoring reads it (`words.body`), UTF-8, end to end
    body_ends: array  # position -> where its body ends in `bodies`, then in `more_bodies`
    more_bodies: bytes = b""  # those of the claims added since (`extend`), so an addition does not copy the rest

    def body(self, i: int) -> str:
        start, end, below = self.body_ends[i - 1] if i else 0, self.body_ends[i], len(self.bodies)
        if end <= below:
            return self.bodies[start:end].decode()
        return self.more_bodies[start - below:end - below].decode()

    @property
    def size(self) -> int:
        """Positions, those of claims not served (`HIDDEN`) included."""
        return len(self.rank)

    @property
    def live(self) -> int:
        """Claims served."""
        return len(self.order)

    def stored_order(self) -> list[int]:
        """Positions in the order the artifact stores them (see `row`)."""
        out = [0] * self.size
        for i, r in enumerate(self.row):
            out[r] = i
        return out

    @classmethod
    def build(cls, claims: Sequence[Claim], groups: Sequence[QuantityGroup] = ()) -> Lookups:
        n = len(claims)
        order = array("I", sorted(range(n), key=lambda i: newest_key(claims[i]), reverse=True))
        rank = array("I", bytes(4 * n))
        for place, i in enumerate(order):
            rank[i] = place
        days = sorted({""} | {when(c) for c in claims})
        day_of = {d: k for k, d in enumerate(days)}
        group_of = {g.key: k for k, g in enumerate(groups)}
        postings: dict[str, list[int]] = {}
        asserting: dict[str, list[int]] = {}
        denying: dict[str, list[int]] = {}
        by_speaker: dict[str, list[int]] = {}
        by_mention: dict[str, list[int]] = {}
        denied_by: dict[str, list[int]] = {}
        denials: list[int] = []
        confirmations: list[int] = []
        flags = array("B", map(_flags, claims))
        for i in order:
            c = claims[i]
            by_speaker.setdefault(c.speaker_id, []).append(i)
            for m in set(c.mentions):
                by_mention.setdefault(m, []).append(i)
            if c.stance == "denies":
                denials.append(i)
                for denied in dict.fromkeys(c.denies):
                    denied_by.setdefault(denied, []).append(i)
                for t in proposition(c):
                    denying.setdefault(t, []).append(i)
            elif asserts(c):
                for t in proposition(c):
                    asserting.setdefault(t, []).append(i)
            if confirms(c):
                confirmations.append(i)
            for t in set(claim_terms(c)):
                postings.setdefault(t, []).append(i)
        for ids in by_speaker.values():  # stable: newest first within each kind
            ids.sort(key=lambda i: significance(claims[i]))
        by_doc: dict[str, list[int]] = {}
        for i, c in enumerate(claims):
            by_doc.setdefault(c.doc_id, []).append(i)
        by_doc = dict(sorted(by_doc.items()))
        speakers, docs = Lists.of(by_speaker), Lists.of(by_doc)
        row = array("I", bytes(4 * n))
        for r, i in enumerate(i for ids in by_speaker.values() for i in ids):
            row[i] = r
        return cls(
            order=order, rank=rank, speaker=array("I", (speakers.slot(c.speaker_id) for c in claims)),
            doc=array("I", (docs.slot(c.doc_id) for c in claims)), start=array("I", (c.start for c in claims)),
            day=array("I", (day_of[when(c)] for c in claims)), flags=flags,
            group=array("i", (group_of.get(c.quantity, -1) for c in claims)), row=row, days=days,
            postings=Lists.of(postings), by_speaker=speakers, by_mention=Lists.of(by_mention), by_doc=docs,
            denied_by=Lists.of(denied_by), asserting=Lists.of(asserting), denying=Lists.of(denying),
            denials=memoryview(array("I", denials)),
            confirmations=memoryview(array("I", confirmations)),
            **_bodies(claims),
            bits={t: rank_bits(postings[t], rank) for t in sorted(
                (t for t, ids in postings.items() if len(ids) >= BITSET_MIN),
                key=lambda t: (-len(postings[t]), t))[:BITSETS]})

    # -- documents added to an index in service -------------------------------------------------
    def patch(self, changes: Mapping[int, tuple[Claim | None, Claim | None]], groups_before: Sequence[QuantityGroup],
              groups: Sequence[QuantityGroup], published: Callable[[str], str]) -> Lookups:
        """These lookups with the claims at these positions changed from the first to the second of
        each pair (None: not served; an editor withdrew it, or it is new), positions from `size` on
        being new claims at the end, and the index's quantity groups now `groups` (were
        `groups_before`); as `build` would make them over all the claims, without reading a claim
        not changed: a claim's place in recency order is found by bisection over the dates kept here
        (`published`: a document's published date). What denials deny is left to `relinked`."""
        n = self.size
        added = [changes[i][1] for i in range(n, n + sum(1 for i in changes if i >= n))]
        if any(c is None for c in added):
            raise ValueError("new claims must follow the indexed ones")
        withdrawn = sorted(i for i, (old, new) in changes.items() if old is not None and new is None)
        placed = {i: new for i, (old, new) in changes.items() if old is None and new is not None}
        order, rank, runs = self._recency(withdrawn, placed, n + len(added), published)

        days = sorted({*self.days, *(when(c) for c in added)})
        day_of = {d: j for j, d in enumerate(days)}
        day = _copy(self.day) if days[:len(self.days)] == self.days else array(
            "I", map([day_of[d] for d in self.days].__getitem__, self.day))
        day.extend(day_of[when(c)] for c in added)
        flags = _copy(self.flags)
        flags.extend(bytes(len(added)))
        for i, (_old, new) in changes.items():
            if new is not None:
                flags[i] = _flags(new)
        by_rank: Callable[[int], int] = rank.__getitem__

        def lists(names: Callable[[Claim], Iterable[str]], again: bool = False
                  ) -> dict[str, tuple[set[int], list[int]]]:
            """What each list loses and gains; `again`: a claim changed in place is put back too (its
            place in a speaker's list depends on what it says, not only when)."""
            out: dict[str, tuple[set[int], list[int]]] = {}
            for i, (old, new) in changes.items():
                before = set(names(old)) if old is not None else set()
                after = dict.fromkeys(names(new)) if new is not None else {}
                for name in before if again else before - set(after):
                    out.setdefault(name, (set(), []))[0].add(i)
                for name in after if again else (name for name in after if name not in before):
                    out.setdefault(name, (set(), []))[1].append(i)
            return out

        said: dict[int, frozenset[str]] = {}  # by the claim object's id: each is read once

        def proposed(c: Claim, denials: bool) -> frozenset[str]:
            if (c.stance == "denies") != denials or not denials and not asserts(c):
                return frozenset()
            if id(c) not in said:
                said[id(c)] = proposition(c)
            return said[id(c)]

        by_speaker, _ = self.by_speaker.patched(lists(lambda c: (c.speaker_id,), again=True),
                                                lambda i: (_significance(flags[i]), rank[i]))
        by_doc, moved = self.by_doc.patched(lists(lambda c: (c.doc_id,)), int, sorted_names=True)
        group_of = {g.key: j for j, g in enumerate(groups)}
        regrouped = [group_of.get(g.key, -1) for g in groups_before]
        group = _copy(self.group) if regrouped == list(range(len(groups_before))) else array(
            "i", (regrouped[g] if g >= 0 else -1 for g in self.group))
        group.extend([-1] * len(added))
        speaker = _copy(self.speaker)
        speaker.extend([0] * len(added))
        doc = _copy(self.doc) if moved is None else array("I", map(moved.__getitem__, self.doc))
        doc.extend(by_doc.slot(c.doc_id) for c in added)
        for i, (_old, new) in changes.items():
            if new is not None:
                group[i] = group_of.get(new.quantity, -1)
                speaker[i] = by_speaker.slot(new.speaker_id)

        bits = self._shifted_bits(changes, withdrawn, runs, rank)
        encoded = [body(c).encode() for c in added]  # an editor's decision leaves the evidence as it was
        body_ends, end = _copy(self.body_ends), len(self.bodies) + len(self.more_bodies)
        for b in encoded:
            end += len(b)
            body_ends.append(end)
        start, row = _copy(self.start), _copy(self.row)
        start.extend(c.start for c in added)
        row.extend(range(n, n + len(added)))
        flagged = lists(lambda c: ("denies",) * (c.stance == "denies") + ("confirms",) * confirms(c))
        return Lookups(
            order=order, rank=rank, speaker=speaker, doc=doc, start=start, day=day, flags=flags, group=group,
            row=row, days=days, postings=self.postings.patched(lists(claim_terms), by_rank, drop_empty=True)[0],
            by_speaker=by_speaker, by_doc=by_doc, denied_by=self.denied_by,
            by_mention=self.by_mention.patched(lists(lambda c: c.mentions), by_rank, drop_empty=True)[0],
            asserting=self.asserting.patched(lists(lambda c: proposed(c, False)), by_rank, drop_empty=True)[0],
            denying=self.denying.patched(lists(lambda c: proposed(c, True)), by_rank, drop_empty=True)[0],
            denials=_patched(self.denials, flagged.get("denies"), by_rank),
            confirmations=_patched(self.confirmations, flagged.get("confirms"), by_rank),
            bits=bits, bodies=self.bodies, body_ends=body_ends, more_bodies=self.more_bodies + b"".join(encoded))

    def _recency(self, withdrawn: Sequence[int], placed: Mapping[int, Claim], size: int,
                 published: Callable[[str], str]) -> tuple[array, array, list[tuple[int, list[int]]]]:
        """The recency order without the withdrawn claims and with the placed ones (each found by
        bisection over the dates kept here), the ranks (`HIDDEN` for a claim not served), and
        where the placed went: (how many kept claims precede them, their positions)."""
        kept, done = array("I"), 0
        for r in sorted(self.rank[i] for i in withdrawn):
            kept.extend(self.order[done:r])
            done = r + 1
        kept.extend(self.order[done:])
        doc_names = self.by_doc.names()

        def precedes(i: int, j: int, key: tuple[str, str]) -> bool:  # as `build`'s sort: newest first, then by position
            mine = (self.days[self.day[i]], published(doc_names[self.doc[i]]))
            return mine > key or mine == key and i < j

        keys = {i: newest_key(c) for i, c in placed.items()}
        at = {}
        for i, key in keys.items():
            lo, hi = 0, len(kept)
            while lo < hi:
                mid = (lo + hi) // 2
                if precedes(kept[mid], i, key):
                    lo = mid + 1
                else:
                    hi = mid
            at[i] = lo
        ordered = sorted(sorted(placed, key=keys.__getitem__, reverse=True), key=at.__getitem__)
        runs = [(a, list(run)) for a, run in groupby(ordered, key=at.__getitem__)]
        order, done = array("I"), 0
        for a, positions in runs:
            order.extend(kept[done:a])
            order.extend(array("I", positions))
            done = a
        order.extend(kept[done:])
        rank = array("I", [HIDDEN]) * size
        for place, i in enumerate(order):
            rank[i] = place
        return order, rank, runs

    def _shifted_bits(self, changes: Mapping[int, tuple[Claim | None, Claim | None]], withdrawn: Sequence[int],
                      runs: list[tuple[int, list[int]]], rank: Sequence[int]) -> dict[str, int]:
        """The frequent words' bitsets by the new ranks: the withdrawn claims' bits taken out, room
        made where claims were placed, and each changed claim's bits set for its words."""
        bits = dict(self.bits)
        if not bits:
            return bits
        gone = sorted((self.rank[i] for i in withdrawn), reverse=True)
        shifts = [(a, len(positions)) for a, positions in reversed(runs)]
        words = {i: (set(claim_terms(old)) if old is not None and new is not None else set(),
                     set(claim_terms(new)) if new is not None else set()) for i, (old, new) in changes.items()}
        for term, b in bits.items():
            for r in gone:  # from the oldest place up, so the newer places stay where they are
                b = (b & ((1 << r) - 1)) | (b >> (r + 1) << r)
            for a, count in shifts:
                b = (b >> a << (a + count)) | (b & ((1 << a) - 1))
            for i, (before, after) in words.items():
                if term in after and term not in before:
                    b |= 1 << rank[i]
                elif term in before and term not in after:
                    b &= ~(1 << rank[i])
            bits[term] = b
        return bits

    def relinked(self, links: Mapping[int, tuple[Sequence[str], Sequence[str]]]) -> Lookups:
        """These lookups with the denials at these positions denying the second ids, not the first."""
        changes: dict[str, tuple[set[int], list[int]]] = {}
        for i, (before, after) in links.items():
            for cid in set(before) - set(after):
                changes.setdefault(cid, (set(), []))[0].add(i)
            for cid in dict.fromkeys(after):
                if cid not in before:
                    changes.setdefault(cid, (set(), []))[1].append(i)
        return replace(self, denied_by=self.denied_by.patched(changes, self.rank.__getitem__, drop_empty=True)[0]
                       ) if changes else self

    # -- stored in the artifact as blobs --------------------------------------------------------
    def pack(self) -> dict[str, bytes]:
        width = (self.size + 7) // 8
        blobs: dict[str, bytes] = {"byteorder": sys.byteorder.encode(), "days": json.dumps(self.days).encode(),
                                   "bits.names": json.dumps(list(self.bits)).encode(),
                                   "bits.values": b"".join(b.to_bytes(width, "little") for b in self.bits.values())}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, Lists):
                for part, data in zip(("names", "offsets", "values"), value.pack()):
                    blobs[f"{f.name}.{part}"] = data
            elif f.name == "bodies":  # with those of the claims added since (`more_bodies`), as one
                blobs[f.name] = self.bodies + self.more_bodies
            elif isinstance(value, (array, memoryview)):
                blobs[f.name] = bytes(value) if isinstance(value, memoryview) else value.tobytes()
        return blobs

    @classmethod
    def unpack(cls, blobs: Mapping[str, bytes]) -> Lookups:
        """Raises KeyError or ValueError on blobs that do not make lookups (a damaged artifact)."""
        swap = blobs["byteorder"].decode() != sys.byteorder
        codes = {"order": "I", "rank": "I", "speaker": "I", "doc": "I", "start": "I", "day": "I", "flags": "B",
                 "group": "i", "row": "I", "denials": "I", "confirmations": "I", "body_ends": "Q"}
        values: dict[str, object] = {name: _array(code, blobs[name], swap) for name, code in codes.items()}
        values["denials"] = memoryview(values["denials"])  # type: ignore[arg-type]
        values["confirmations"] = memoryview(values["confirmations"])  # type: ignore[arg-type]
        for name in ("postings", "by_speaker", "by_mention", "by_doc", "denied_by", "asserting", "denying"):
            values[name] = Lists.unpack(blobs[f"{name}.names"], blobs[f"{name}.offsets"], blobs[f"{name}.values"],
                                        swap)
        values["days"] = json.loads(blobs["days"])
        values["bodies"] = blobs["bodies"]
        width, packed = (len(values["order"]) + 7) // 8, blobs["bits.values"]  # type: ignore[arg-type]
        names = json.loads(blobs["bits.names"])
        if len(packed) != width * len(names):
            raise ValueError("bitsets of the wrong size")
        values["bits"] = {t: int.from_bytes(packed[k * width:(k + 1) * width], "little") for k, t in enumerate(names)}
        lookups = cls(**values)  # type: ignore[arg-type]
        n = lookups.size
        if any(len(getattr(lookups, name)) != n for name in ("rank", "speaker", "doc", "start", "day", "flags",
                                                             "group", "row", "body_ends")):
            raise ValueError("per-claim arrays of different lengths")
        if n and lookups.body_ends[-1] != len(lookups.bodies):
            raise ValueError("claim bodies of the wrong length")
        return lookups
