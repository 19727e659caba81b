"""Which assertions a denial denies, read from the topic concepts two claims share.

A pure function run at build time, so a reply can say "denied by the Kremlin" next to what was
denied. Words that state one proposition differently ("presence", "sent", "deployed") fold into
one concept, so the link carries over to unseen wording; the vocabulary is a small table.
"""

from __future__ import annotations

import re
import heapq
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from bot.extract.cues import NON_CONFIRMATION
from bot.extract.stance import UNAWARE
from bot.index.model import Claim
from bot.index.quantities import newest_key, when

# Topic concepts: words that state one proposition differently ("presence" / "sent" / "deployed").
# Objects and actions weigh most; the parties weigh little, since nearly every claim names them.
CONCEPTS: dict[str, tuple[str, str]] = {
    "TROOPS": ("object", "troop soldier force personnel serviceman servicemen fighter mercenary conscript "
                         "brigade battalion regiment officer army"),
    "ARMS": ("object", "arms weapon munition ammunition shell artillery missile rocket"),
    "MONEY": ("object", "money payment pay paid dollar fund cash revenue compensation salary"),
    "TECH": ("object", "technology technical know-how satellite nuclear"),
    "DEPLOY": ("action", "deploy deployment send sent dispatch presence present station arrive arrival "
                         "withdraw withdrawal transfer move relocate ship"),
    "COMBAT": ("action", "fight combat battle participate engage frontline attack"),
    "SUPPLY": ("action", "supply provide deliver sell sale ship export acquire send sent transfer"),
    "TRAIN": ("action", "train drill"),
    "THREAT": ("action", "threat threaten security danger endanger risk"),
    "DPRK": ("entity", "dprk pyongyang"),
    "ROK": ("entity", "rok seoul"),
    "RUSSIA": ("entity", "russia russian moscow kremlin"),
    "UKRAINE": ("entity", "ukraine ukrainian kyiv kiev"),
}
WEIGHTS = {"object": 2.0, "action": 2.0, "entity": 0.5, None: 1.0}
MIN_COVERAGE = 0.5  # share of the denied proposition's weight an assertion must hold
STOPWORDS = set("""a an the of to in on at by for from with as and or but if than then so such about into over
after before during between against this that these those there here it its they them their he she his her
we our us you your who whom which what when where why how is are was were be been being has have had do does
did will would could may might should can must shall not no nor never none nothing any all both each few more
most other some own same too very just only even still yet also already again further once ever up down out
off say said says tell told state stated statement claim claimed report reported reports according deny
denied denies denial reject rejected dismiss dismissed refute false fake groundless baseless rumor rumour
allege alleged accuse fabricated untrue nonsense lie lies misinformation
disinformation propaganda speculation urge urged warn warned note noted add added insist insisted describe
described characterize characterized label labeled call called express expressed voice voiced consistently repeatedly strongly official officials spokesperson spokesman ministry
government president minister""".split())
_WORDS = re.compile(r"[a-z][a-z'-]*")
_PARTIES = ((re.compile(r"\bnorth[\s-]+koreas?n?s?\b"), " dprk "),
            (re.compile(r"\bsouth[\s-]+koreas?n?s?\b|\brepublic of korea\b"), " rok "))


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    """A deliberately small suffix stripper: "deployed", "deploying", "deployment" -> "deploy"."""
    w = word.strip("'-").removesuffix("'s")
    if len(w) > 4 and w.endswith(("ies", "ied")):
        w = w[:-3] + "y"
    elif w.endswith("s") and not w.endswith(("ss", "us", "is")) and len(w) > 3:
        w = w[:-1]
    for suffix, shortest in (("ing", 6), ("ed", 5), ("ment", 7)):
        if w.endswith(suffix) and len(w) >= shortest:
            w = w[:-len(suffix)]
            if len(w) > 2 and w[-1] == w[-2] and w[-1] in "bdgmnprt":
                w = w[:-1]  # "transferred" -> "transfer", "running" -> "run"
            break
    return w[:-1] if w.endswith("e") and len(w) > 3 else w


_CONCEPT_OF: dict[str, list[str]] = {}  # "sent" is DEPLOY for troops and SUPPLY for shells
for _concept, (_cls, _words) in CONCEPTS.items():
    for _word in _words.split():
        _CONCEPT_OF.setdefault(_stem(_word), []).append(_concept)
# Being somewhere is being deployed there: "troops are in Russia", "crossed into the Kursk region".
_PRESENCE = re.compile(r"\b(?:in|into|inside|within|on)\s+(?:the\s+)?(?:russia|ukrain|dprk|rok|\w+\s+(?:region|oblast|"
                       r"soil|territory|front))")
_CLASS_OF = {concept: cls for concept, (cls, _words) in CONCEPTS.items()}


def topic_terms(text: str) -> frozenset[str]:
    """Content words of `text`, stemmed, with topic words folded into their concept."""
    t = text.lower().replace("\u2019", "'")
    for pattern, token in _PARTIES:
        t = pattern.sub(token, t)
    out = set()
    for word in _WORDS.findall(t):
        stem = _stem(word)
        if word not in STOPWORDS and stem not in STOPWORDS and len(stem) > 2:
            out.update(_CONCEPT_OF.get(stem, [stem]))
    if "TROOPS" in out and _PRESENCE.search(t):
        out.add("DEPLOY")
    return frozenset(out)


def coverage(denied: frozenset[str], asserted: frozenset[str]) -> float:
    """Share of the denied proposition's weight found in the assertion; 0 when the two do not
    share the proposition's object and action (denying shell shipments is not denying troops)."""
    return _Denied(denied).coverage(asserted)


class _Denied:
    """A denied proposition with what every comparison needs worked out once."""

    __slots__ = ("terms", "needed", "total")

    def __init__(self, terms: frozenset[str]) -> None:
        self.terms = terms
        self.needed = {_CLASS_OF.get(t) for t in terms} & {"object", "action"}
        self.total = sum(WEIGHTS[_CLASS_OF.get(t)] for t in terms)

    def coverage(self, asserted: frozenset[str]) -> float:
        shared = self.terms & asserted
        if len(shared) < 2:
            return 0.0
        classes = {_CLASS_OF.get(t) for t in shared}
        if not self.needed <= classes or classes <= {"entity"}:
            return 0.0
        return sum(WEIGHTS[_CLASS_OF.get(t)] for t in shared) / self.total


def proposition(claim: Claim) -> frozenset[str]:
    """The claim's own words, or its sentence when they are too thin to say what is claimed
    ("denied their presence"): the sentence names what "their" stands for."""
    own = topic_terms(claim.text)
    if sum(1 for t in own if _CLASS_OF.get(t) != "entity") < 2:
        own |= topic_terms(claim.sentence)
    return own


MAX_LINKS = 20  # a reply shows a few; a denial of "troops in Russia" would otherwise link thousands
MAX_VISITS = 200  # assertions examined per denial, newest first from its date: enough to find the best 20


def asserts(claim: Claim) -> bool:
    """Says the thing is so, if only probably ("troops may be sent"); not a non-confirmation, and
    not "was unaware of the situation"."""
    said = f"{claim.cue} {claim.text}"
    return claim.stance == "asserts" or claim.stance == "hedged" and not NON_CONFIRMATION.search(said) \
        and not UNAWARE.search(said)


def link_denials(claims: list[Claim]) -> list[Claim]:
    """Each denial with `.denies` set to the asserting claims about the proposition it denies,
    made on or before the denial's date (when both are dated), best match first (then newest).
    Both sides are read from the claim text, not the whole sentence, so an assertion is not linked
    for what its sentence says around it; a speaker is not taken to deny its own assertions.

    Candidates come from an inverted index on the denial's object and action concepts, newest
    first, so the work per denial is bounded however large the corpus: comparing every denial
    with every assertion made the build quadratic (28 of 32 s at 300 documents). Documents added
    later are linked the same way from the lookups (`bot.corpus.extend`)."""
    order = sorted(range(len(claims)), key=lambda i: newest_key(claims[i]), reverse=True)  # as `Lookups.order`
    rank = [0] * len(claims)
    for place, i in enumerate(order):
        rank[i] = place
    said = {i: proposition(claims[i]) for i in order if asserts(claims[i])}
    postings: dict[str, list[int]] = defaultdict(list)
    for i in said:
        for term in said[i]:
            postings[term].append(i)
    candidates = Candidates(postings, rank)
    out = []
    for claim in claims:
        if claim.stance != "denies":
            out.append(claim)
            continue
        visit = visited(claim, candidates(proposition(claim)), lambda i: when(claims[i]))
        links = best_links(claim, visit, lambda positions: [(claims[i], said[i]) for i in positions])
        out.append(claim if links == claim.denies else claim.with_changes(denies=links))
    return out


def best_links(denial: Claim, visit: Sequence[int],
               read: Callable[[Sequence[int]], Sequence[tuple[Claim, frozenset[str]]]]) -> tuple[str, ...]:
    """The ids of the assertions a denial denies, from the candidates it weighs (`visited`; positions,
    newest first), read with their propositions by `read`, and scored."""
    denied = _Denied(proposition(denial))
    scored = []
    for place, (other, terms) in enumerate(read(visit)):
        if other.speaker_id != denial.speaker_id and other.id != denial.id:
            score = denied.coverage(terms)
            if score >= MIN_COVERAGE:
                scored.append((-score, place, other.id))
    return tuple(cid for _score, _place, cid in sorted(scored)[:MAX_LINKS])


def visited(denial: Claim, candidates: Sequence[int], dated: Callable[[int], str]) -> Sequence[int]:
    """The `MAX_VISITS` newest candidates made by the denial's date (`dated`: a position's date,
    so that the later ones are skipped unread)."""
    day = when(denial)
    lo, hi = 0, len(candidates)
    while day and lo < hi:  # the first candidate not after the denial (dates descend)
        mid = (lo + hi) // 2
        if dated(candidates[mid]) > day:
            lo = mid + 1
        else:
            hi = mid
    return candidates[lo:lo + MAX_VISITS]


class Candidates:
    """Assertions that can cover a denial, newest first: those sharing one of its object terms and
    one of its action terms (coverage is 0 otherwise), or any of its non-entity terms when it
    names neither. `postings`: a term's asserting claims, newest first (a dict of lists, or the
    lookups' `Lists`); `rank`: a position's place in recency order. Denials often share a
    signature ("troops" + "deployed"), hence the cache."""

    def __init__(self, postings: Any, rank: Sequence[int]) -> None:
        self._postings, self._rank = postings, rank
        self._cache: dict[tuple[frozenset[str], ...], list[int]] = {}

    def __call__(self, denied: frozenset[str]) -> list[int]:
        key = signature(denied)
        if key not in self._cache:
            found: set[int] | None = None
            for terms in key:
                if terms:
                    union = {i for t in terms for i in self._postings.get(t, ())}
                    found = union if found is None else found & union
            self._cache[key] = sorted(found or (), key=self._rank.__getitem__)
        return self._cache[key]


def newest_candidates(denial: Claim, postings: Any, rank: Sequence[int], dated: Callable[[int], str]) -> list[int]:
    """`visited(denial, Candidates(postings, rank)(proposition(denial)), dated)` without making
    the candidates: their lists (newest first) are merged lazily from the denial's date and the
    first `MAX_VISITS` kept. Linking every denial of a build, `Candidates` shares its work among
    denials of one signature; linking the few of an added article, this reads a few hundred
    positions instead of every claim about troops."""
    lists = [[postings.get(t, ()) for t in sorted(terms)] for terms in signature(proposition(denial)) if terms]
    if not lists:
        return []
    day, key = when(denial), rank.__getitem__
    streams = []
    for found in lists[0]:
        lo, hi = 0, len(found)
        while day and lo < hi:
            mid = (lo + hi) // 2
            if dated(found[mid]) > day:
                lo = mid + 1
            else:
                hi = mid
        streams.append(found[lo:])

    def listed(i: int, found: Sequence[int]) -> bool:
        k = bisect_left(found, key(i), key=key)
        return k < len(found) and found[k] == i

    out: list[int] = []
    for i in heapq.merge(*streams, key=key):
        if (not out or out[-1] != i) and all(any(listed(i, f) for f in others) for others in lists[1:]):
            out.append(i)
            if len(out) == MAX_VISITS:
                break
    return out


def signature(denied: frozenset[str]) -> tuple[frozenset[str], ...]:
    """The terms an assertion must share with a denial to be one of its candidates: one of each set."""
    by_class = tuple(frozenset(t for t in denied if _CLASS_OF.get(t) == cls) for cls in ("object", "action"))
    return by_class if any(by_class) else (frozenset(t for t in denied if _CLASS_OF.get(t) != "entity"),)
