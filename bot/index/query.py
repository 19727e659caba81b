"""Questions over a claim index, answered from lookups computed once per index.

A bot process holds one immutable `IndexData` and asks it many questions, so everything a
question needs is precomputed (`bot.index.lookups`, written with the artifact): claims in recency
order, claims per speaker and per mentioned entity, postings of word stems (with document
frequencies for ranking), frequent words as bitsets. A question touches only the postings of its
own words, and an answer is a `ClaimList` of positions: only the few hundred candidates a search
re-scores and the claims a reply shows are ever read, which is what lets this scale to a million
claims. The topics' claims are found when first asked for.
"""

from __future__ import annotations

import math
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import Literal, overload

from rapidfuzz import fuzz, process

from bot.index.affiliates import members
from bot.index.lookups import DENIES, Lookups, confirms, lowest_bits, newest_key, rank_bits, significance
from bot.index.model import Claim, IndexData, Number, QuantityGroup, Speaker
from bot.index.quantities import figures_of, key_number
from bot.index.speakers import SpeakerDirectory
from bot.index.words import STOPWORDS, stem, terms
from bot.topics import Topic

__all__ = ["ClaimQuery", "ClaimList", "Hit", "QuantityView", "SpeakerAnswer", "Timeline", "TopicBriefing",
           "STOPWORDS", "confirms", "newest_key", "plain_figure", "significance", "stem", "terms"]

RERANK = 400  # candidates re-scored with rapidfuzz after the inverted-index pass


def plain_figure(n: Number) -> str:
    """"roughly 12,000", "11,000–13,000", "1,200 a day": the figure with its qualifier and bounds, as
    a reply shows it."""
    value = _amount(n.value)
    if n.high is not None and n.low is not None and n.high > n.low:
        value = f"{_amount(n.low)}–{_amount(n.high)}"
    qualifier = "" if n.qualifier == "between" else n.qualifier
    return " ".join(p for p in (qualifier, value, f"a {n.per}" if n.per else "") if p)


def _amount(value: float) -> str:
    """12,000; 1.5 million; 3 billion."""
    for size, word in ((1e9, "billion"), (1e6, "million")):
        if value >= size and (value / size * 10).is_integer():
            return f"{value / size:g} {word}"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,}"


class ClaimList(Sequence[Claim]):
    """Claims at some positions of an index, read when used: a topic of half a million claims
    costs its positions, not half a million claims, until a reply shows its first few."""

    __slots__ = ("positions", "_claims")

    def __init__(self, positions: Sequence[int], claims: Sequence[Claim]) -> None:
        self.positions, self._claims = positions, claims

    def __len__(self) -> int:
        return len(self.positions)

    @overload
    def __getitem__(self, i: int) -> Claim: ...
    @overload
    def __getitem__(self, i: slice) -> ClaimList: ...
    def __getitem__(self, i: int | slice) -> Claim | ClaimList:
        if isinstance(i, slice):
            return ClaimList(self.positions[i], self._claims)
        return self._claims[self.positions[i]]

    def __iter__(self) -> Iterator[Claim]:
        many = getattr(self._claims, "many", None)  # read from an artifact: a batch at a time
        if many is None:
            return (self._claims[i] for i in self.positions)
        return (c for k in range(0, len(self.positions), 200) for c in many(self.positions[k:k + 200]))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    def __hash__(self) -> int:  # equal to a tuple of the same claims, so hashed as one
        return hash(tuple(self))

    def __add__(self, other: Sequence[Claim]) -> tuple[Claim, ...]:
        return (*self, *other)

    def __repr__(self) -> str:
        return f"ClaimList({len(self)} claims)"


@dataclass(frozen=True)
class Timeline:
    about: str
    scope: Literal["all", "speaker", "topic", "search", "figures"]
    speaker: Speaker | None
    claims: Sequence[Claim]  # oldest first
    undated: int  # claims that matched but carry no date at all


@dataclass(frozen=True)
class Hit:
    claim: Claim
    score: float


@dataclass(frozen=True)
class SpeakerAnswer:
    status: Literal["found", "ambiguous", "mentioned_only", "silent", "none"]
    query: str
    speaker: Speaker | None = None
    candidates: tuple[Speaker, ...] = ()
    claims: Sequence[Claim] = ()
    mentions: int = 0
    members: tuple[Speaker, ...] = ()  # who else speaks for it (its officials and institutions), by claims


@dataclass(frozen=True)
class Figure:
    """One claimed value in a quantity group: '12,000' said by 'NIS'."""

    claim: Claim
    figure: str
    who: str
    bound: bool = False  # a figure for a narrower place, a floor of this quantity ("over 10,000 in Kursk")
    number: Number | None = None  # the figure read (None: a group curated by hand on a claim without one)

    def record(self, key: str) -> dict[str, object]:
        """What `nkbot ask --format json` says of a key number shown: which quantity, the value and
        its bounds, who gave it and the claim behind it."""
        n = self.number
        return {"quantity": key, "figure": self.figure, "value": n.export()["value"] if n else None,
                "low": n.export()["low"] if n else None, "high": n.export()["high"] if n else None,
                "qualifier": n.qualifier if n else "", "kind": n.kind if n else "", "text": n.text if n else "",
                "bound": self.bound, "speaker": self.claim.speaker, "speaker_id": self.claim.speaker_id,
                "claim_id": self.claim.id}


@dataclass(frozen=True)
class QuantityView:
    group: QuantityGroup
    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class TopicBriefing:
    topic: Topic
    filter: str
    quantities: tuple[QuantityView, ...]
    denials: Sequence[Claim]
    claims: Sequence[Claim]  # newest first


def lookups_of(index: IndexData) -> Lookups:
    """The lookups written with an opened artifact, else computed now (an index built or merged in
    memory)."""
    stored = getattr(index.claims, "lookups", None)
    return stored if isinstance(stored, Lookups) else Lookups.build(index.claims, index.groups)


class ClaimQuery:
    """Every lookup the bot needs, over one index. Build once, share read-only.

    Answers are found from `Lookups` (positions of claims) and only the claims a reply returns
    are read, so the cost of a question does not grow with the claims it does not show."""

    def __init__(self, index: IndexData, topics: Mapping[str, Topic] | None = None) -> None:
        self.index = index
        lk = self._lookups = lookups_of(index)
        self._n, self._live = lk.size, lk.live  # positions (some may be withdrawn claims), and claims served
        self._order, self._rank = lk.order, lk.rank
        self._postings, self._by_speaker, self._by_mention = lk.postings, lk.by_speaker, lk.by_mention
        self._denials, self._confirmations = lk.denials, lk.confirmations
        fewest = lk.postings.smallest()
        self._rarest = math.log(1 + self._live / fewest) if fewest else 1.0  # the weight of a word no claim has
        self._positions: dict[str, int] | None = None  # claim id -> position, for an index in memory
        self._top_speakers = sorted((s for s in self._by_speaker.names() if self._by_speaker.size(s)),
                                    key=lambda s: (-self._by_speaker.size(s), s))
        self._groups = {g.key: g for g in index.groups}
        self.directory = SpeakerDirectory(index.speakers.values())
        self._members = members(index.speakers, self.directory)
        self._members_sets = {k: frozenset(v) for k, v in self._members.items()}
        self._topic_defs = dict(topics or {})
        self._by_url: dict[str, str] | None = None  # URL -> document, for an index in memory (made when asked)
        # Memos of answers that depend only on this immutable index (filled on first use).
        self._topics: dict[str, tuple[Sequence[int], bytearray]] = {}  # members newest first, and as a map
        self._quantities: dict[str, QuantityView] = {}
        self._briefings: dict[str, TopicBriefing] = {}  # unfiltered topic briefings

    # -- speakers -------------------------------------------------------------------------------
    def by_speaker(self, name: str) -> SpeakerAnswer:
        match = self.directory.find(name)
        if match.status == "none":
            return SpeakerAnswer("none", name)
        if match.status == "ambiguous":
            return SpeakerAnswer("ambiguous", name, candidates=match.speakers)
        return self.speaker_claims(match.speakers[0].id, name)

    def speaker_claims(self, speaker_id: str, query: str = "") -> SpeakerAnswer:
        """A speaker's claims, then those of who speaks for it, grouped by speaker: a government's
        ministries and officials, an institution's spokespeople ("what did China say" includes the
        foreign ministry's spokesperson)."""
        speaker = self.index.speakers.get(speaker_id)
        if speaker is None:
            return SpeakerAnswer("none", query or speaker_id)
        sizes = self._by_speaker.size
        members = sorted((m for m in self._members.get(speaker_id, ()) if sizes(m)), key=lambda m: (-sizes(m), m))
        positions = [*self._by_speaker.get(speaker_id), *(i for m in members for i in self._by_speaker.get(m))]
        mentions = self._by_mention.size(speaker_id)
        if positions:
            return SpeakerAnswer("found", query, speaker, claims=self._claims(positions), mentions=mentions,
                                 members=tuple(self.index.speakers[m] for m in members))
        return SpeakerAnswer("mentioned_only" if mentions else "silent", query, speaker, mentions=mentions)

    def timeline(self, text: str = "", topics: Iterable[str] = ()) -> Timeline:
        """The claims about `text` in the order they were made, oldest first: a speaker's (and of who
        speaks for it) when `text` names one, a topic's when it names a topic, else those a search
        finds; everything when `text` is empty. Claims with no date at all are counted, not placed."""
        text = text.strip()
        scope, speaker = "all", None
        day = self._lookups.day
        chosen: Sequence[int]
        if not text:  # already in date order: newest first, read backwards
            chosen = self._order[::-1]
        elif (found := self.by_speaker(text)).status == "found":
            chosen, scope, speaker = self._positions_of(found.claims), "speaker", found.speaker
        elif (key := next((k for k in topics if k in self._topic_defs and text.lower() in (
                k, self._topic_defs[k].title.lower())), None)):
            chosen, scope = self._topic_members(key)[0], "topic"
        else:
            chosen, scope = [i for _score, i in self._ranked(text)], "search"
        dated = [i for i in chosen if day[i]]
        if scope != "all":  # by date, then by document and place in it
            doc, start = self._lookups.doc, self._lookups.start
            dated.sort(key=lambda i: (day[i], doc[i], start[i]))
        return Timeline(text, scope, speaker, self._claims(dated), len(chosen) - len(dated))

    def estimates_timeline(self, about: str = "") -> Timeline:
        """The key numbers' story, oldest first: every claim giving a figure of a key quantity,
        those about `about` when some are ("timeline of the troop estimates")."""
        group, groups, day = self._lookups.group, self.index.groups, self._lookups.day
        keys = {g for g in range(len(groups)) if key_number(groups[g].key)}
        chosen = [i for i in self._order if group[i] in keys]  # (live claims only)
        if about.strip():
            matched = {i for _score, i in self._ranked(about)}
            chosen = [i for i in chosen if i in matched] or chosen
        dated = sorted((i for i in chosen if day[i]), key=lambda i: (day[i], self._lookups.doc[i], self._lookups.start[i]))
        return Timeline(about.strip(), "figures", None, self._claims(dated), len(chosen) - len(dated))

    def document(self, id_or_url: str) -> str:
        """The id of the document this names (its id, or the URL it was published at), or ""."""
        if id_or_url in self.index.sources:
            return id_or_url
        by_url = getattr(self.index.sources, "by_url", None)  # an opened artifact looks it up itself
        if by_url is not None:
            return by_url(id_or_url)
        if self._by_url is None:
            self._by_url = {s.url: doc_id for doc_id, s in sorted(self.index.sources.items(), reverse=True) if s.url}
        return self._by_url.get(id_or_url, "")

    def speaks_for(self, claim: Claim, speaker_id: str) -> bool:
        """The claim is the speaker's, or of someone who speaks for it (its spokesman, its ministry)."""
        return claim.speaker_id == speaker_id or claim.speaker_id in self._members_sets.get(speaker_id, ())

    def in_topic(self, claim: Claim, key: str) -> bool:
        pos = self._position(claim.id)
        return pos is not None and key in self._topic_defs and bool(self._topic_members(key)[1][pos])

    def topic_keys(self) -> dict[str, str]:
        """topic key -> title."""
        return {k: t.title for k, t in self._topic_defs.items()}

    def top_speakers(self, n: int = 4) -> list[Speaker]:
        """The most quoted speakers, offered as suggestions when a lookup finds nothing."""
        return [self.index.speakers[s] for s in self._top_speakers[:n] if s in self.index.speakers]

    def in_document(self, doc_id: str) -> tuple[Claim, ...]:
        """A document's claims in text order, for its source page."""
        found = self._claims(self._lookups.by_doc.get(doc_id))
        return tuple(sorted(found, key=lambda c: (c.start, -c.end)))

    def denials(self, speaker_id: str | None = None) -> Sequence[Claim]:
        """Every denial, or those of one speaker and of whoever speaks for it ("did the Kremlin deny
        it?" includes the Kremlin's spokesman)."""
        if speaker_id is None:
            return self._claims(self._denials)
        slots = {self._by_speaker.slot(s) for s in (speaker_id, *self._members.get(speaker_id, ()))}
        speaker_of = self._lookups.speaker
        return self._claims([i for i in self._denials if speaker_of[i] in slots])

    def confirmations(self) -> Sequence[Claim]:
        """Claims that confirm something, newest first."""
        return self._claims(self._confirmations)

    def denied_by(self, claim: Claim) -> Sequence[Claim]:
        return self._claims(self._lookups.denied_by.get(claim.id))

    # -- free text ------------------------------------------------------------------------------
    def search(self, text: str, limit: int | None = None) -> list[Hit]:
        """Claims ranked by weighted word coverage, an exact-phrase bonus and fuzzy similarity."""
        ranked = self._ranked(text)
        if limit:
            ranked = ranked[:limit]
        claims = self._claims([i for _score, i in ranked])
        return [Hit(c, score) for (score, _i), c in zip(ranked, claims)]

    def found(self, text: str) -> ClaimList:
        """The claims `search` finds, best first, read only when used (a reply reads one page)."""
        return self._claims([i for _score, i in self._ranked(text)])

    def narrow(self, claims: Sequence[Claim], about: str) -> ClaimList:
        """Those of `claims` (in their order) that a search for `about` finds."""
        matched = {i for _score, i in self._ranked(about)}
        return self._claims([i for i in self._positions_of(claims) if i in matched])

    def _ranked(self, text: str) -> list[tuple[float, int]]:
        """(score, position) of the claims `search` finds, best first."""
        asked = list(dict.fromkeys(terms(text)))
        qterms = list(dict.fromkeys(k for k in map(self._known, asked) if k))
        if not qterms:
            return []
        # a word no claim contains weighs like the rarest word: "special forces" with no claim
        # saying "special" is not a search for "forces"
        unknown = (len(asked) - len(qterms)) * self._rarest
        total = sum(self._idf(t) for t in qterms) + unknown
        needed = total * (0.5 if len(qterms) > 1 else 1.0) - 1e-9
        weight, candidates = self._candidates(qterms, needed)
        candidates = candidates[:RERANK]
        phrase = " ".join(terms(text, keep_stopwords=True))
        body_of = self._lookups.body
        hits, in_phrase, complete = [], [], []
        for i in candidates:
            body_text = body_of(i)
            score = 70 * weight[i] / total + 0.2 * fuzz.token_set_ratio(phrase, body_text)
            hit = (round(score, 2), i)
            if len(phrase.split()) > 1 and f" {phrase} " in f" {body_text} ":
                hit = (round(score + 20, 2), i)
                in_phrase.append(hit)
            if weight[i] >= total - 1e-9:
                complete.append(hit)
            hits.append(hit)
        # "special forces" is a phrase: claims that say it, not every claim about some forces; two
        # words that are not a phrase ("Austin Kursk") must both be there. Nothing relevant: nothing.
        if in_phrase:
            hits = in_phrase
        elif len(asked) == 2:
            hits = complete if not unknown else []
        rank = self._rank
        hits.sort(key=lambda h: (-h[0], rank[h[1]]))
        return hits

    def _idf(self, term: str) -> float:
        return math.log(1 + self._live / self._postings.size(term))

    def _candidates(self, qterms: list[str], needed: float) -> tuple[dict[int, float], list[int]]:
        """The first RERANK claims by (-weight, rank) among those whose matched terms weigh at
        least `needed`, where a claim's weight is the summed idf of the query terms it contains.

        Works a class of claims at a time (those matching exactly one set of terms), heaviest
        first. A class is a few operations on bitsets indexed by rank (Python integers, so in C
        and invisible to the garbage collector), and its best claims are its lowest bits.
        """
        if len(qterms) > 6:  # 2**k term sets: beyond a few terms, accumulate per claim
            return self._candidates_by_counting(qterms, needed)
        classes: dict[float, list[tuple[str, ...]]] = {}
        for r in range(len(qterms), 0, -1):
            for subset in combinations(qterms, r):
                w = 0.0
                for t in qterms:  # summed in query order, exactly as the per-claim sums are
                    if t in subset:
                        w += self._idf(t)
                if w >= needed:
                    classes.setdefault(w, []).append(subset)
        bits = {t: self._bits(t) for t in qterms} if len(qterms) > 1 else {}
        weight: dict[int, float] = {}
        candidates: list[int] = []
        for w in sorted(classes, reverse=True):
            room = RERANK - len(candidates)
            if room <= 0:
                break
            if len(qterms) == 1:  # postings are in rank order
                members = list(self._postings.get(qterms[0])[:room])
            else:
                union = 0
                for subset in classes[w]:
                    exact = -1
                    for t in qterms:
                        exact = exact & bits[t] if t in subset else exact & ~bits[t]
                    union |= exact
                members = [self._order[r] for r in lowest_bits(union, room)]
            for i in members:
                weight[i] = w
            candidates.extend(members)
        return weight, candidates

    def _bits(self, term: str) -> int:
        """The claims containing `term` as a bitset by rank: kept in the lookups for frequent
        words, made here for the others (from postings of under `BITSET_MIN` claims)."""
        kept = self._lookups.bits.get(term)
        return kept if kept is not None else rank_bits(self._postings.get(term), self._rank)

    def _candidates_by_counting(self, qterms: list[str], needed: float) -> tuple[dict[int, float], list[int]]:
        weight: Counter[int] = Counter()
        for t in qterms:
            idf = self._idf(t)
            for i in self._postings.get(t):
                weight[i] += idf
        candidates = [i for i, w in weight.items() if w >= needed]
        candidates.sort(key=lambda i: (-weight[i], self._rank[i]))
        return weight, candidates[:RERANK]

    def _known(self, term: str) -> str | None:
        """The term, or the indexed word it is most likely a typo of (long words only)."""
        if term in self._postings:
            return term
        if len(term) < 5 or not len(self._postings):
            return None
        best = process.extractOne(term, self._postings.names(), scorer=fuzz.ratio, score_cutoff=85)
        return best[0] if best else None

    # -- topics and quantities ------------------------------------------------------------------
    def topic(self, key: str, filter_text: str = "") -> TopicBriefing:
        topic = self._topic_defs[key]
        if not filter_text.strip() and key in self._briefings:
            return self._briefings[key]
        chosen, within = self._topic_members(key)
        if filter_text.strip():
            matched = {i for _score, i in self._ranked(filter_text) if within[i]}
            chosen = sorted(matched, key=self._rank.__getitem__)  # members are in rank order too
        group, flags, groups = self._lookups.group, self._lookups.flags, self.index.groups
        keys = list(dict.fromkeys(k for i in chosen if group[i] >= 0 and key_number(k := groups[group[i]].key)))
        briefing = TopicBriefing(topic, filter_text.strip(), tuple(self.quantity(k) for k in keys),
                                 self._claims([i for i in chosen if flags[i] & DENIES]), self._claims(chosen))
        if not filter_text.strip():
            self._briefings[key] = briefing
        return briefing

    def quantity(self, key: str) -> QuantityView:
        if key in self._quantities:
            return self._quantities[key]
        self._quantities[key] = view = self._quantity(key)
        return view

    def _quantity(self, key: str) -> QuantityView:
        group = self._groups[key]
        figures = []
        for cid in group.claim_ids:
            claim = self.index.claim(cid)
            if claim is not None:
                text, bound, number = self._figure(claim, group)
                figures.append(Figure(claim, text, self.short_name(claim), bound, number))
        return QuantityView(group, tuple(figures))

    def quantities(self) -> tuple[QuantityView, ...]:
        """The story's key numbers: every quantity of North Korea's (not another army's losses)."""
        return tuple(self.quantity(g.key) for g in self.index.groups if key_number(g.key))

    def short_name(self, claim: Claim) -> str:
        """How a figure is credited: 'Zelenskyy', 'NIS', 'Austin' rather than the full name."""
        speaker = self.index.speakers.get(claim.speaker_id)
        if speaker is None:
            return claim.speaker
        aliases = [a for a in speaker.aliases if len(a) >= 3]
        for pick in ([a for a in aliases if speaker.name.endswith(" " + a)],
                     [a for a in aliases if a.isupper()], [a for a in aliases if a[:1].isupper()]):
            if pick:
                return min(pick, key=len)
        return speaker.name

    @staticmethod
    def _figure(claim: Claim, group: QuantityGroup) -> tuple[str, bool, Number | None]:
        """The claim's figure for this quantity ("12,000", not the "four brigades" before it), and
        whether it only bounds it from a narrower place, which it then names ("over 10,000 in Kursk")."""
        figures = figures_of(claim)
        mine = next((f for f in figures if f.key == group.key), None)
        if mine is None:  # a group curated by hand, under a key the classifier does not make
            if not claim.numbers:
                return "no figure", False, None
            place = next((p for p in claim.places if p.lower() not in group.label.lower()), "")
            figure = plain_figure(claim.numbers[0])
            return (f"{figure} in {place}", True, claim.numbers[0]) if place else (figure, False, claim.numbers[0])
        n: Number = mine.number
        figure = plain_figure(n) if n.kind != "denied" else f"denies {plain_figure(n)}"  # never as its estimate
        if not mine.bound:
            return figure, False, n
        narrower = next((f for f in figures if f.number is n and not f.bound and " in " in f.label), None)
        return (f"{figure} in {narrower.label.rsplit(' in ', 1)[1]}" if narrower else figure), True, n

    # -- helpers --------------------------------------------------------------------------------
    def _claims(self, positions: Sequence[int]) -> ClaimList:
        return ClaimList(positions, self.index.claims)

    def _positions_of(self, claims: Sequence[Claim]) -> Sequence[int]:
        if isinstance(claims, ClaimList):
            return claims.positions
        return [p for p in map(self._position, (c.id for c in claims)) if p is not None]

    def _position(self, claim_id: str) -> int | None:
        find = getattr(self.index.claims, "position", None)  # an opened artifact looks it up itself
        if find is not None:
            return find(claim_id)
        if self._positions is None:
            self._positions = {c.id: i for i, c in enumerate(self.index.claims)}
        return self._positions.get(claim_id)

    def _topic_members(self, key: str) -> tuple[Sequence[int], bytearray]:
        """A topic's claims, newest first, and as a map (one byte a claim, 1 for a member): the
        claims that contain all the words of one of its terms, and those tied to such a claim
        though they do not repeat its words (`_joined`). Made when first asked for (in a large
        index, a topic takes a moment)."""
        found = self._topics.get(key)
        if found is None:
            member = bytearray(self._n)
            for term in self._topic_defs[key].terms:
                words = terms(term)
                if not words:
                    continue
                common: Iterable[int] = self._postings.get(words[0])
                if len(words) > 1:
                    common = set(common).intersection(*(self._postings.get(w) for w in words[1:]))
                for i in common:
                    member[i] = 1
            self._joined(member)
            found = self._topics[key] = (array("I", (i for i in self._order if member[i])), member)
        return found

    def _joined(self, member: bytearray) -> None:
        """Marks in `member` the claims tied to a member: those measuring the same quantity as one
        ("3,000 more" after "10,000 troops"), and a denial of one ("KCNA called the reports a
        smear"), which seldom repeats the words of what it denies."""
        group = self._lookups.group
        groups = {group[i] for i in self._order if member[i] and group[i] >= 0}  # (live claims only)
        if groups:
            for i in self._order:
                if group[i] in groups:
                    member[i] = 1
        denied_by = self._lookups.denied_by  # (from the lookups: no claim is read)
        for denied in denied_by.names():
            p = self._position(denied)
            if p is not None and member[p]:
                for i in denied_by.get(denied):
                    member[i] = 1
