"""An index in service that has grown since it was built: the built claims (read from the artifact
or held in memory), a few of them replaced, and the claims of the documents added since.

Adding a document to a million-claim index must not copy or read the million claims: the index
in service is layered instead. A new layer shares the bottom one and flattens the layers above,
so a long-running process holds one artifact, one map of replaced claims (denials relinked) and
one list of added claims, however many additions it has served.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import TypeVar

from bot.index.lookups import Lookups
from bot.index.model import Claim
from bot.index.stored import ClaimsByPosition

V = TypeVar("V")


class LayeredClaims(ClaimsByPosition):
    """`base`'s claims by position, those in `replaced` replaced (None: withdrawn by an editor, no
    longer served), then `added`; `lookups` are over all of them (`bot.index.query.lookups_of`
    finds them here). Positions never move, so the lookups stay valid: a withdrawn claim keeps its
    position, listed nowhere."""

    def __init__(self, base: Sequence[Claim], replaced: Mapping[int, Claim | None],
                 added: Sequence[Claim | None], lookups: Lookups) -> None:
        ids: dict[str, int] = {}
        if isinstance(base, LayeredClaims):  # flatten: one artifact below, one layer above
            below, more = base._n, [*base._added, *added]
            for i, claim in replaced.items():
                if i >= below:
                    more[i - below] = claim
            replaced = {**base._replaced, **{i: c for i, c in replaced.items() if i < below}}
            added, ids, base = more, dict(base._ids), base._base
        self._base, self._replaced, self._added, self.lookups = base, dict(replaced), list(added), lookups
        self._n = len(base)
        if lookups.size != self._n + len(self._added):
            raise ValueError("lookups of other claims")
        # the added claims' ids (a withdrawn one keeps its entry, so it can be restored)
        ids.update((c.id, i) for i, c in enumerate(self._added[len(ids):], start=self._n + len(ids)) if c is not None)
        self._ids = ids
        self._base_ids: dict[str, int] | None = None  # for a base held in memory (an opened artifact finds its own)

    def __len__(self) -> int:
        """Positions (use `live` for the claims served)."""
        return self._n + len(self._added)

    @property
    def live(self) -> int:
        return self.lookups.live

    def many(self, positions: Iterable[int]) -> list[Claim]:
        """The claims at these positions, in this order; the base's read together."""
        wanted = list(positions)
        below = [i for i in wanted if i < self._n and i not in self._replaced]
        many = getattr(self._base, "many", None)
        found: dict[int, Claim | None] = dict(zip(below, many(below) if many else [self._base[i] for i in below]))
        out = []
        for i in wanted:
            claim = found[i] if i in found else self._replaced[i] if i < self._n else self._added[i - self._n]
            if claim is None:
                raise IndexError(f"claim at {i} was withdrawn")
            out.append(claim)
        return out

    def __iter__(self) -> Iterator[Claim]:
        """The claims served, in position order."""
        for i, claim in enumerate(self._base):
            mine = self._replaced.get(i, claim)
            if mine is not None:
                yield mine
        yield from (c for c in self._added if c is not None)

    def __contains__(self, claim: object) -> bool:
        return isinstance(claim, Claim) and self.position(claim.id) is not None

    def position(self, claim_id: str) -> int | None:
        """Where the claim with this id is served (None: not, or withdrawn)."""
        pos = self.slot(claim_id)
        return None if pos is None or self.withdrawn(pos) else pos

    def withdrawn(self, pos: int) -> bool:
        if pos < self._n:
            return pos in self._replaced and self._replaced[pos] is None
        return self._added[pos - self._n] is None

    def slot(self, claim_id: str) -> int | None:
        """The claim's position, served or withdrawn."""
        if claim_id in self._ids:
            return self._ids[claim_id]
        find = getattr(self._base, "position", None)
        if find is not None:
            return find(claim_id)
        if self._base_ids is None:
            self._base_ids = {c.id: i for i, c in enumerate(self._base)}
        return self._base_ids.get(claim_id)

    def by_id(self, claim_id: str) -> Claim | None:
        pos = self.position(claim_id)
        return None if pos is None else self.many((pos,))[0]


class Overlay(Mapping[str, V]):
    """`base` and then `more`, whose keys are not in `base` (the documents added since the index
    was built): counted and iterated without listing the base's keys into a new dict."""

    def __init__(self, base: Mapping[str, V], more: Mapping[str, V]) -> None:
        urls: dict[str, str] = {}
        fresh = more
        if isinstance(base, Overlay):  # flatten: the bottom mapping, and one of everything above
            urls = dict(base._urls)
            more = {**base._more, **more}
            base = base._base
        self._base, self._more = base, dict(more)
        for key, value in fresh.items():  # sources: where each was published, for `by_url`
            if url := getattr(value, "url", ""):
                urls[url] = min(urls.get(url, key), key)
        self._urls = urls

    def __getitem__(self, key: str) -> V:
        found = self._more.get(key)
        return found if found is not None else self._base[key]

    def __contains__(self, key: object) -> bool:
        return key in self._more or key in self._base

    def __iter__(self) -> Iterator[str]:
        yield from self._base
        yield from self._more

    def __len__(self) -> int:
        return len(self._base) + len(self._more)

    def by_url(self, url: str) -> str:
        """The document published at `url` (the first by id), or ""."""
        find = getattr(self._base, "by_url", None)
        below = find(url) if find else min((k for k, s in self._base.items() if getattr(s, "url", "") == url),
                                           default="")
        return min((k for k in (below, self._urls.get(url, "")) if k), default="")
