"""Questions over a loaded claim index, answered from lookups built once per index.

A bot process loads one immutable `IndexData` and asks it many questions, so everything a
question needs is precomputed here: claims in recency order, claims per speaker and per
mentioned entity, an inverted index of word stems (with document frequencies for ranking), and
the claims of each topic. A question touches only the postings of its own words, which is what
lets this scale to a million claims; only the final few hundred candidates are re-scored.
"""

from __future__ import annotations

import math
import re
import threading
import unicodedata
from collections import Counter, OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import combinations, islice
from typing import Literal

from rapidfuzz import fuzz, process

from bot.index.model import Claim, IndexData, Number, QuantityGroup, Speaker
from bot.index.quantities import figures_of, when
from bot.index.speakers import SpeakerDirectory
from bot.topics import Topic

STOPWORDS = frozenset(
    "a an and are as at be by did do does for from had has have he her his in is it its of on or said say "
    "says she that the their them they this to was were what when where which who whom why will with "
    "about any all".split())
RERANK = 400  # candidates re-scored with rapidfuzz after the inverted-index pass
FREQUENT = 2_000  # a word in at least this many claims has its posting set kept once a query used it
SET_BUDGET = 2  # ... within this many set entries per claim in all (about 8 MB per 100,000 claims)


def _fold(text: str) -> str:
    if text.isascii():  # NFKD and the quote marks change nothing in ASCII
        return text.lower()
    s = unicodedata.normalize("NFKD", text)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return s.replace("\u2019", "'").replace("\u2018", "'")


def stem(word: str) -> str:
    """A deliberately light stemmer: plural and tense endings only, so 'troops' finds 'troop'."""
    if word.endswith("'s"):
        word = word[:-2]
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: -len(suffix)] + repl
    return word


_stem = lru_cache(maxsize=1 << 17)(stem)  # the same few thousand words recur in every claim
_WORD = re.compile(r"\d[\d,.]*\d|\w[\w']*")


def terms(text: str, keep_stopwords: bool = False) -> list[str]:
    words = _WORD.findall(_fold(text))
    return [_stem(w.replace(",", "")) for w in words if keep_stopwords or w not in STOPWORDS]


# Names of state bodies, as opposed to think tanks, universities and outlets of the same country.
_STATE_BODY = re.compile(r"\b(?:ministry|ministries|agency|service|military|forces|army|navy|staff|council|office|"
                         r"department|embassy|command|intelligence|government|kremlin|pentagon|directorate|"
                         r"commission|presidency|cabinet|administration|chiefs|guard|police|border|parliament|"
                         r"assembly|air force)\b", re.I)


def _members(speakers: Mapping[str, Speaker], directory: SpeakerDirectory) -> dict[str, list[str]]:
    """speaker id -> ids of those who speak for it: whoever names it as their affiliation (and
    theirs, in turn); for a government also the state bodies of its country that name no
    affiliation. An academic or an outlet of the country does not speak for its government."""
    def target(name: str) -> str:
        if name in speakers:
            return name
        match = directory.find(name) if name else None
        return match.speaker.id if match and match.status == "found" and match.speaker else ""

    direct: dict[str, set[str]] = {}
    for s in speakers.values():
        if s.kind != "vague" and s.affiliation:
            parent = target(s.affiliation)
            if parent and parent != s.id:
                direct.setdefault(parent, set()).add(s.id)
    governments = {s.country: s.id for s in speakers.values() if s.kind == "government" and s.country}
    for s in speakers.values():  # a state body of the country with no affiliation of its own is the state's
        gov = governments.get(s.country)
        if gov and gov != s.id and not s.affiliation and s.kind == "institution" and _STATE_BODY.search(s.name):
            direct.setdefault(gov, set()).add(s.id)
    members: dict[str, list[str]] = {}
    for sid in direct:
        seen: set[str] = set()
        todo = list(direct[sid])
        while todo:
            m = todo.pop()
            if m not in seen and m != sid:
                seen.add(m)
                todo.extend(direct.get(m, ()))
        members[sid] = sorted(seen)
    return members


def plain_figure(n: Number) -> str:
    """"roughly 12,000": the figure with its qualifier, as a reply shows it."""
    value = int(n.value) if float(n.value).is_integer() else n.value
    return " ".join(p for p in (n.qualifier, f"{value:,}") if p)


def newest_key(claim: Claim) -> tuple[str, str]:
    """Newest first means by the claim's own date, then by its source's published date."""
    return (when(claim), claim.source.published if claim.source else "")


_CONFIRMING = re.compile(r"^(?:confirm|acknowledg|admit|verif)", re.I)


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


@dataclass(frozen=True)
class Timeline:
    about: str
    scope: Literal["all", "speaker", "topic", "search"]
    speaker: Speaker | None
    claims: tuple[Claim, ...]  # oldest first
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
    claims: tuple[Claim, ...] = ()
    mentions: int = 0
    members: tuple[Speaker, ...] = ()  # who else speaks for it (its officials and institutions), by claims


@dataclass(frozen=True)
class Figure:
    """One claimed value in a quantity group: '12,000' said by 'NIS'."""

    claim: Claim
    figure: str
    who: str
    bound: bool = False  # a figure for a narrower place, a floor of this quantity ("over 10,000 in Kursk")


@dataclass(frozen=True)
class QuantityView:
    group: QuantityGroup
    figures: tuple[Figure, ...]


@dataclass(frozen=True)
class TopicBriefing:
    topic: Topic
    filter: str
    quantities: tuple[QuantityView, ...]
    denials: tuple[Claim, ...]
    claims: tuple[Claim, ...]  # newest first


class ClaimQuery:
    """Every lookup the bot needs, over one index. Build once, share read-only."""

    def __init__(self, index: IndexData, topics: Mapping[str, Topic] | None = None) -> None:
        self.index = index
        claims = index.claims
        self._order = sorted(range(len(claims)), key=lambda i: newest_key(claims[i]), reverse=True)
        self._rank = [0] * len(claims)
        self._pos = {c.id: i for i, c in enumerate(claims)}
        for pos, i in enumerate(self._order):
            self._rank[i] = pos
        self._by_speaker: dict[str, list[int]] = {}
        self._by_mention: dict[str, list[int]] = {}
        self._postings: dict[str, list[int]] = {}
        self._denials: list[int] = []
        self._confirmations: list[int] = []
        self._by_doc: dict[str, list[int]] = {}
        for i in range(len(claims)):
            self._by_doc.setdefault(claims[i].doc_id, []).append(i)
        for i in self._order:
            c = claims[i]
            self._by_speaker.setdefault(c.speaker_id, []).append(i)
            for m in set(c.mentions):
                self._by_mention.setdefault(m, []).append(i)
            if c.stance == "denies":
                self._denials.append(i)
            if confirms(c):
                self._confirmations.append(i)
            for t in set(self._claim_terms(c)):
                self._postings.setdefault(t, []).append(i)
        for ids in self._by_speaker.values():  # a speaker's weightiest claims first, each kind newest first
            ids.sort(key=lambda i: significance(claims[i]))  # (stable: rank order within a kind)
        self._vocab = list(self._postings)
        # the posting sets of frequent words that queries used lately (see `_set_of`)
        self._sets: OrderedDict[str, frozenset[int]] = OrderedDict()
        self._sets_size = 0
        self._sets_lock = threading.Lock()
        self._top_speakers = sorted(self._by_speaker, key=lambda s: (-len(self._by_speaker[s]), s))
        self._idf = {t: math.log(1 + len(claims) / len(p)) for t, p in self._postings.items()}
        self._rarest = max(self._idf.values(), default=1.0)  # the weight of a word no claim contains
        self._groups = {g.key: g for g in index.groups}
        self._group_of = {cid: g.key for g in index.groups for cid in g.claim_ids}
        self.directory = SpeakerDirectory(index.speakers.values())
        self._members = _members(index.speakers, self.directory)
        self._topics = {k: (t, self._topic_claims(t)) for k, t in (topics or {}).items()}
        self._topic_sets = {k: set(members) for k, (_, members) in self._topics.items()}
        self._members_sets = {k: frozenset(v) for k, v in self._members.items()}
        self._by_url = {s.url: doc_id for doc_id, s in index.sources.items() if s.url}
        # Memos of answers that depend only on this immutable index (filled on first use).
        self._bodies: dict[int, str] = {}  # claim -> its sentence as re-scoring reads it
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
        own = self._claims(self._by_speaker.get(speaker_id, ()))
        members = sorted((m for m in self._members.get(speaker_id, ()) if self._by_speaker.get(m)),
                         key=lambda m: (-len(self._by_speaker[m]), m))
        claims = own + tuple(c for m in members for c in self._claims(self._by_speaker[m]))
        mentions = len(self._by_mention.get(speaker_id, ()))
        if claims:
            return SpeakerAnswer("found", query, speaker, claims=claims, mentions=mentions,
                                 members=tuple(self.index.speakers[m] for m in members))
        return SpeakerAnswer("mentioned_only" if mentions else "silent", query, speaker, mentions=mentions)

    def timeline(self, text: str = "", topics: Iterable[str] = ()) -> Timeline:
        """The claims about `text` in the order they were made, oldest first: a speaker's (and of who
        speaks for it) when `text` names one, a topic's when it names a topic, else those a search
        finds; everything when `text` is empty. Claims with no date at all are counted, not placed."""
        text = text.strip()
        scope, speaker = "all", None
        if not text:  # already in date order: newest first, read backwards
            chosen: Sequence[Claim] = self._claims(reversed(self._order))
        elif (found := self.by_speaker(text)).status == "found":
            chosen, scope, speaker = found.claims, "speaker", found.speaker
        elif (key := next((k for k in topics if k in self._topics and text.lower() in (
                k, self._topics[k][0].title.lower())), None)):
            chosen, scope = self._claims(self._topics[key][1]), "topic"
        else:
            chosen, scope = [h.claim for h in self.search(text)], "search"
        dated = [c for c in chosen if when(c)]
        if scope != "all":
            dated.sort(key=lambda c: (when(c), c.doc_id, c.start))
        return Timeline(text, scope, speaker, tuple(dated), len(chosen) - len(dated))

    def document(self, id_or_url: str) -> str:
        """The id of the document this names (its id, or the URL it was published at), or ""."""
        if id_or_url in self.index.sources:
            return id_or_url
        return self._by_url.get(id_or_url, "")

    def speaks_for(self, claim: Claim, speaker_id: str) -> bool:
        """The claim is the speaker's, or of someone who speaks for it (its spokesman, its ministry)."""
        return claim.speaker_id == speaker_id or claim.speaker_id in self._members_sets.get(speaker_id, ())

    def in_topic(self, claim: Claim, key: str) -> bool:
        pos = self._pos.get(claim.id)
        return pos is not None and pos in self._topic_sets.get(key, ())

    def topic_keys(self) -> dict[str, str]:
        """topic key -> title."""
        return {k: t.title for k, (t, _members) in self._topics.items()}

    def top_speakers(self, n: int = 4) -> list[Speaker]:
        """The most quoted speakers, offered as suggestions when a lookup finds nothing."""
        return [self.index.speakers[s] for s in self._top_speakers[:n] if s in self.index.speakers]

    def in_document(self, doc_id: str) -> tuple[Claim, ...]:
        """A document's claims in text order, for its source page."""
        return tuple(sorted(self._claims(self._by_doc.get(doc_id, ())), key=lambda c: (c.start, -c.end)))

    def denials(self, speaker_id: str | None = None) -> tuple[Claim, ...]:
        """Every denial, or those of one speaker and of whoever speaks for it ("did the Kremlin deny
        it?" includes the Kremlin's spokesman)."""
        ids = {speaker_id, *self._members.get(speaker_id, ())} if speaker_id else set()
        return tuple(c for c in self._claims(self._denials) if speaker_id is None or c.speaker_id in ids)

    def confirmations(self) -> tuple[Claim, ...]:
        """Claims that confirm something, newest first."""
        return self._claims(self._confirmations)

    def denied_by(self, claim: Claim) -> tuple[Claim, ...]:
        return tuple(c for c in self._claims(self._denials) if claim.id in c.denies)

    # -- free text ------------------------------------------------------------------------------
    def search(self, text: str, limit: int | None = None) -> list[Hit]:
        """Claims ranked by weighted word coverage, an exact-phrase bonus and fuzzy similarity."""
        asked = list(dict.fromkeys(terms(text)))
        qterms = list(dict.fromkeys(k for k in map(self._known, asked) if k))
        if not qterms:
            return []
        # a word no claim contains weighs like the rarest word: "special forces" with no claim
        # saying "special" is not a search for "forces"
        unknown = (len(asked) - len(qterms)) * self._rarest
        total = sum(self._idf[t] for t in qterms) + unknown
        needed = total * (0.5 if len(qterms) > 1 else 1.0) - 1e-9
        weight, candidates = self._candidates(qterms, needed)
        phrase = " ".join(terms(text, keep_stopwords=True))
        hits, in_phrase, complete = [], [], []
        for i in candidates[:RERANK]:
            c = self.index.claims[i]
            body = self._body(i)
            score = 70 * weight[i] / total + 0.2 * fuzz.token_set_ratio(phrase, body)
            hit = Hit(c, round(score, 2))
            if len(phrase.split()) > 1 and f" {phrase} " in f" {body} ":
                hit = Hit(c, round(score + 20, 2))
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
        hits.sort(key=lambda h: (-h.score, self._rank_of(h.claim)))
        return hits[:limit] if limit else hits

    def _candidates(self, qterms: list[str], needed: float) -> tuple[dict[int, float], list[int]]:
        """The first RERANK claims by (-weight, rank) among those whose matched terms weigh at
        least `needed`, where a claim's weight is the summed idf of the query terms it contains.

        Works a class of claims at a time (those matching exactly one set of terms), heaviest
        first, with set operations and early-stopping scans of rank-ordered postings, so a
        query costs about the size of its postings in C rather than in Python loops.
        """
        if len(qterms) > 6:  # 2**k term sets: beyond a few terms, accumulate per claim
            return self._candidates_by_counting(qterms, needed)
        classes: dict[float, list[tuple[str, ...]]] = {}
        for r in range(len(qterms), 0, -1):
            for subset in combinations(qterms, r):
                w = 0.0
                for t in qterms:  # summed in query order, exactly as the per-claim sums are
                    if t in subset:
                        w += self._idf[t]
                if w >= needed:
                    classes.setdefault(w, []).append(subset)
        sets = {t: self._set_of(t) for t in qterms} if len(qterms) > 1 else {}
        weight: dict[int, float] = {}
        candidates: list[int] = []
        for w in sorted(classes, reverse=True):
            room = RERANK - len(candidates)
            if room <= 0:
                break
            found: set[int] = set()
            members: list[int] = []
            for subset in classes[w]:
                rarest = min(subset, key=lambda t: len(self._postings[t]))
                if len(qterms) == 1:
                    members = self._postings[rarest][:room]
                    break
                parts = sorted((sets[t] for t in subset), key=len)
                exact = set(parts[0]).intersection(*parts[1:])  # a copy of the smallest only
                for t in qterms:
                    if t not in subset:
                        exact -= sets[t]
                if len(classes[w]) == 1:  # postings are in rank order: the first `room` found
                    members = list(islice(filter(exact.__contains__, self._postings[rarest]), room))
                else:
                    found |= exact
            if found:
                members = sorted(found, key=self._rank.__getitem__)[:room]
            for i in members:
                weight[i] = w
            candidates.extend(members)
        return weight, candidates

    def _set_of(self, term: str) -> frozenset[int] | set[int]:
        """A word's postings as a set. Making one for a word in tens of thousands of claims was half
        of a free-text query's time at a million claims, and the same words recur in what analysts
        ask ("troops", "Kursk"), so the sets of frequent words are kept, the least recently used
        dropped first, within `SET_BUDGET` entries per claim in all."""
        ids = self._postings[term]
        if len(ids) < FREQUENT:
            return set(ids)
        with self._sets_lock:
            cached = self._sets.get(term)
            if cached is not None:
                self._sets.move_to_end(term)
                return cached
        made = frozenset(ids)
        budget = SET_BUDGET * len(self.index.claims)
        with self._sets_lock:
            if term not in self._sets:
                self._sets[term] = made
                self._sets_size += len(made)
            while self._sets_size > budget and len(self._sets) > 1:
                _term, dropped = self._sets.popitem(last=False)
                self._sets_size -= len(dropped)
        return made

    def _candidates_by_counting(self, qterms: list[str], needed: float) -> tuple[dict[int, float], list[int]]:
        weight: Counter[int] = Counter()
        for t in qterms:
            for i in self._postings[t]:
                weight[i] += self._idf[t]
        candidates = [i for i, w in weight.items() if w >= needed]
        candidates.sort(key=lambda i: (-weight[i], self._rank[i]))
        return weight, candidates[:RERANK]

    def _known(self, term: str) -> str | None:
        """The term, or the indexed word it is most likely a typo of (long words only)."""
        if term in self._postings:
            return term
        if len(term) < 5 or not self._vocab:
            return None
        best = process.extractOne(term, self._vocab, scorer=fuzz.ratio, score_cutoff=85)
        return best[0] if best else None

    # -- topics and quantities ------------------------------------------------------------------
    def topic(self, key: str, filter_text: str = "") -> TopicBriefing:
        topic, members = self._topics[key]
        chosen = members
        if not filter_text.strip() and key in self._briefings:
            return self._briefings[key]
        if filter_text.strip():
            within = self._topic_sets[key]
            matched = {i for i in (self._pos[h.claim.id] for h in self.search(filter_text)) if i in within}
            chosen = sorted(matched, key=self._rank.__getitem__)  # members are in rank order too
        claims = self._claims(chosen)
        keys = list(dict.fromkeys(self._group_of[c.id] for c in claims if c.id in self._group_of))
        briefing = TopicBriefing(topic, filter_text.strip(), tuple(self.quantity(k) for k in keys),
                                 tuple(c for c in claims if c.stance == "denies"), claims)
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
                text, bound = self._figure(claim, group)
                figures.append(Figure(claim, text, self.short_name(claim), bound))
        return QuantityView(group, tuple(figures))

    def quantities(self) -> tuple[QuantityView, ...]:
        return tuple(self.quantity(g.key) for g in self.index.groups)

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
    def _figure(claim: Claim, group: QuantityGroup) -> tuple[str, bool]:
        """The claim's figure for this quantity ("12,000", not the "four brigades" before it), and
        whether it only bounds it from a narrower place, which it then names ("over 10,000 in Kursk")."""
        figures = figures_of(claim)
        mine = next((f for f in figures if f.key == group.key), None)
        if mine is None:  # a group curated by hand, under a key the classifier does not make
            if not claim.numbers:
                return "no figure", False
            place = next((p for p in claim.places if p.lower() not in group.label.lower()), "")
            figure = plain_figure(claim.numbers[0])
            return (f"{figure} in {place}", True) if place else (figure, False)
        n: Number = mine.number
        figure = plain_figure(n)
        if not mine.bound:
            return figure, False
        narrower = next((f for f in figures if f.number is n and not f.bound and " in " in f.label), None)
        return (f"{figure} in {narrower.label.rsplit(' in ', 1)[1]}" if narrower else figure), True

    # -- helpers --------------------------------------------------------------------------------
    def _claims(self, idxs: Iterable[int]) -> tuple[Claim, ...]:
        return tuple(self.index.claims[i] for i in idxs)

    def _body(self, i: int) -> str:
        body = self._bodies.get(i)
        if body is None:
            if len(self._bodies) >= 200_000:  # bounded: a million-claim index must not double
                self._bodies.clear()
            body = self._bodies[i] = " ".join(terms(self.index.claims[i].sentence, keep_stopwords=True))
        return body

    def _rank_of(self, claim: Claim) -> int:
        return self._rank[self._pos[claim.id]]

    def _claim_terms(self, c: Claim) -> list[str]:
        return terms(" ".join((c.sentence, c.text, c.speaker, c.speaker_role, *c.places, *c.tags)))

    def _topic_claims(self, topic: Topic) -> list[int]:
        found: set[int] = set()
        for term in topic.terms:
            words = terms(term)
            if not words:
                continue
            common = set(self._postings.get(words[0], ()))
            for w in words[1:]:
                common &= set(self._postings.get(w, ()))
            found |= common
        return sorted(found, key=self._rank.__getitem__)
