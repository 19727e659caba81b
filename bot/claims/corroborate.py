"""Reading claims against each other: figures about one quantity, and denials of assertions.

Both are pure functions run at build time over the curated claims, so a reply can show
"12,000 (NIS) vs 10,000 (Zelenskyy) vs over 10,000 in Kursk (US State Department)" or "denied by
the Kremlin" without work per request. Neither knows any seed sentence: quantities are read from
what a figure counts (its unit and counts phrase, the words right after it, the claim's places),
denials from the topic concepts two claims share, so both carry over to unseen documents.
The vocabularies are small tables, meant to be extended rather than special-cased.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache
from collections import defaultdict
from dataclasses import dataclass

from bot.claims.model import Claim, Number, QuantityGroup

# --- what a figure counts ------------------------------------------------------------------------

# (kind, pattern over the figure's phrase), first match wins; the order settles "special forces
# brigades" (brigades) and "$250 million for troops" (money). Kinds earlier in KIND_RANK are the
# headline when a claim carries several figures.
KINDS: tuple[tuple[str, str], ...] = (
    ("money", r"\$|€|£|₩|\b(?:usd|dollars?|euros?|won|rubles?|roubles?|yuan)\b"),
    ("artillery_shells", r"\b(?:shells?|rounds?|ammunition|munitions?|artillery)\b"),
    ("missiles", r"\b(?:missiles?|rockets?)\b"),
    ("formations", r"\b(brigade|battalion|division|regiment)s?\b"),
    ("special_forces", r"\bspecial[ -](?:forces?|operations?)\b|\bcommandos?\b|\bstorm corps\b|\belite\b"),
    ("officers", r"\b(?:officers?|generals?|commanders?)\b"),
    ("workers", r"\b(?:workers?|labou?rers?)\b"),
    ("troops", r"\b(?:troops?|soldiers?|personnel|servicem[ae]n|fighters?|forces|mercenar(?:y|ies)|conscripts?|"
               r"casualt(?:y|ies))\b"),
    ("equipment", r"\b(tank|howitzer|launcher|drone|vehicle|aircraft|jet|ship|container)s?\b"),
)
KIND_RANK = ("troops", "special_forces", "formations", "officers", "workers", "money", "artillery_shells", "missiles",
             "equipment")
PERSONNEL = {"troops", "special_forces", "formations", "officers", "workers"}

_RATE = re.compile(r"\b(?:(?:per|a|each|every) (year|month)|(annual)(?:ly)?|(year)ly|(month)ly)\b")
_CASUALTIES = re.compile(r"\b(?:killed|dead|died|deaths?|wounded|injured|casualt(?:y|ies)|losses|captured)\b")
_ARMY_SIZE = re.compile(r"\b(?:active(?:-duty)?|reserves?|reservists?|standing army|strong army)\b")
# Context that makes a count of troops the deployment (to Russia, for its war) rather than a bare figure.
_RUSSIA = re.compile(r"\b(?:russia|russian|moscow|kremlin|ukrain\w*|deploy\w*|sent|send\w*|dispatch\w*|arriv\w*|"
                     r"fight\w*|combat|battle\w*|front\w*|war)\b")
_IN_RUSSIA = re.compile(r"\b(?:russia|russian)\b")
_ARMS = re.compile(r"\b(?:arms|weapons?|munitions?|ammunition|shells?|missiles?)\b")
_TROOP_WORDS = re.compile(r"\b(?:troops?|soldiers?|deploy\w*|mercenar\w*|forces)\b")
_NATIONALITY = re.compile(r"\b(north korean|south korean|russian|ukrainian|american|u\.?s\.?|chinese)\b")
_CLAUSE_END = re.compile(r"[,;:()\u2014]|\b(?:and|but|while|whereas|including|comprising|alongside)\b")
_REGION = re.compile(r"\b(?i:(?:the\s+)?(?:russian\s+)?(?:region|oblast|province|city)\s+of)\s+([A-Z][\w-]+)"
                     r"|\b([A-Z][\w-]+)\s+(?i:region|oblast|province)\b")
# Places too broad to name a quantity's location: countries, capitals used for governments.
BROAD_PLACES = {
    "russia", "ukraine", "north korea", "south korea", "korea", "korean peninsula", "united states", "us",
    "usa", "america", "china", "japan", "europe", "asia", "indo-pacific", "moscow", "seoul", "pyongyang",
    "kyiv", "kiev", "washington", "beijing", "tokyo", "brussels", "the west", "russian federation",
}


@dataclass(frozen=True)
class Figure:
    """One number of one claim, read as a measurement of the quantity `key`."""

    claim: Claim
    number: Number
    key: str
    label: str
    rank: int
    bound: bool = False  # only a lower bound of this quantity ("2,000 in Kursk" -> at least 2,000 in Russia)


def figures_of(claim: Claim) -> list[Figure]:
    """The claim's numbers that measure a known quantity (years, percentages and the like do not)."""
    counted = [(n, _kind(n, claim)) for n in claim.numbers]
    personnel = sum(1 for _n, k in counted if k in PERSONNEL)
    out = []
    for number, kind in counted:
        if kind:
            key, label = _key(kind, number, claim, whole_claim=personnel == 1)
            out.append(Figure(claim, number, key, label, KIND_RANK.index(kind)))
            if re.fullmatch(r"(\w+_)?troops_in_\w+", key) and _IN_RUSSIA.search(f"{claim.text} {claim.places}".lower()):
                # troops at a place in Russia count toward the troops sent to Russia, as a floor
                out.append(Figure(claim, number, key[:key.index("troops_in_")] + "troops_sent_to_russia",
                                  label[:label.rindex(" in ")] + " sent to Russia", len(KIND_RANK), bound=True))
    return out


def _phrase(number: Number) -> str:
    return " ".join((number.text, number.unit, number.counts)).lower()


def _after(number: Number, claim: Claim, words: int = 8) -> str:
    """The words right after the figure up to the end of its clause: "were killed", "per year"."""
    for text in (claim.text, claim.sentence):
        at = text.find(number.text) if number.text else -1
        if at >= 0:
            rest = text[at + len(number.text):]
            end = _CLAUSE_END.search(rest)
            return " ".join((rest[:end.start()] if end else rest).split()[:words])
    return ""


def _kind(number: Number, claim: Claim) -> str:
    own, after = _phrase(number), _after(number, claim, 4).lower()
    for kind, pattern in KINDS:
        if re.search(pattern, own):
            if kind == "troops" and re.search(dict(KINDS)["special_forces"], after):
                return "special_forces"  # "1,500 troops from the special forces"
            return kind
    for kind, pattern in KINDS:  # no unit: the noun right after the figure says what it counts
        if re.search(pattern, after):
            return kind
    return ""


def _key(kind: str, number: Number, claim: Claim, whole_claim: bool) -> tuple[str, str]:
    own, after, text = _phrase(number), _after(number, claim).lower(), claim.text.lower()
    near = f"{own} {after}"
    rate = _rate(f"{near} {number.qualifier.lower()}")
    if kind == "money":
        scope = _ARMS.search(after) and "arms" or _TROOP_WORDS.search(after) and "troops" or \
            _TROOP_WORDS.search(text) and "troops" or _ARMS.search(text) and "arms" or ""
        key, label = {"arms": ("arms_sales_revenue", "Revenue from arms sales"),
                      "troops": ("payment_for_troops", "Money paid for troops"), "": ("money_paid", "Money paid")}[scope]
        return key + rate[0], label + rate[1]
    if kind in ("artillery_shells", "missiles", "equipment"):
        noun = kind if kind != "equipment" else _plural(re.search(dict(KINDS)[kind], own).group(1))
        return noun + rate[0], f"{noun.replace('_', ' ').capitalize()} supplied{rate[1]}"
    nation = _NATIONALITY.search(own)  # "60,000 Russian soldiers", not "soldiers on Russian soil"
    actor = nation.group(1).replace(".", "") if nation else "north korean"
    prefix = "" if actor == "north korean" else actor.replace(" ", "_") + "_"
    adjective = {"us": "U.S.", "north korean": "North Korean"}.get(actor, actor.title())
    place = _place(claim, near if not whole_claim else f"{near} {text}")
    where = (f"_in_{_slug(place)}", f" in {place}") if place else ("", "")
    if kind == "troops" and _CASUALTIES.search(f"{own} {after}"):
        return f"{prefix}troop_casualties{where[0]}", f"{adjective} troop casualties{where[1]}"
    if kind == "troops" and _ARMY_SIZE.search(near):
        return f"{prefix}army_size", f"Size of the {adjective} armed forces"
    if kind == "troops" and not place and (_RUSSIA.search(text) or any(_norm(p) == "russia" for p in claim.places)):
        where = ("_sent_to_russia", " sent to Russia")
    noun = {"formations": _formation(own + " " + after), "special_forces": "special forces"}.get(kind, kind)
    return f"{prefix}{noun.replace(' ', '_')}{where[0]}", f"{adjective} {noun}{where[1]}"


def _formation(text: str) -> str:
    found = re.search(dict(KINDS)["formations"], text)
    return _plural(found.group(1)) if found else "formations"


def _plural(noun: str) -> str:
    return noun if noun.endswith(("s", "aircraft")) else noun + "s"


def _rate(text: str) -> tuple[str, str]:
    found = _RATE.search(text)
    if not found:
        return "", ""
    unit = "month" if "month" in found.group(0) else "year"
    return f"_per_{unit}", f" per {unit}"


def _norm(place: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"^the\s+|\s+(?:region|oblast|province|city)$", "", place.strip().lower()))


def _slug(place: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", _norm(place)).strip("_")


def _place(claim: Claim, context: str) -> str:
    """The specific place (not a country or capital) the figure is located at, as the text names it."""
    candidates = [*claim.places, *(m.group(1) or m.group(2) for m in _REGION.finditer(claim.text))]
    specific = [p for p in candidates if _norm(p) and _norm(p) not in BROAD_PLACES
                and not _NATIONALITY.fullmatch(_norm(p))]  # "the Russian region of X" names X
    hits = [(context.find(_norm(p)), p) for p in specific if _norm(p) in context]
    if not hits:
        return ""
    place = min(hits)[1]
    return re.sub(r"\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Cc]ity)$", "", place.strip())


# Qualifier words -> the range of true values a figure allows, as multiples of its value.
_BOUNDS: tuple[tuple[str, float, float], ...] = (
    (r"up to|as many as|at most|no more than|fewer than|less than|under|below", 0.0, 1.0),
    (r"nearly|almost|close to|approaching|just under", 0.85, 1.0),
    (r"over|more than|at least|upwards of|in excess of|exceeding|above|between", 1.0, math.inf),
    (r"an additional|additional|another|an extra|extra", 0.0, math.inf),  # an increment, not a total
    (r"thousands|hundreds|dozens|tens of|several|many", 1.0, 10.0),
    (r"about|around|approximately|roughly|some|estimated|reportedly", 0.9, 1.1),
)


def interval(number: Number) -> tuple[float, float]:
    """The values a figure is consistent with: "up to 10,000" allows 8,000, "12,000" does not."""
    words = f"{number.qualifier} {number.text}".lower()
    if re.search(r"\d\s*(?:–|-|to)\s*\$?\d", words):  # "$2–5 billion": only the low end is kept
        return number.value, math.inf
    for pattern, lo, hi in _BOUNDS:
        if re.search(rf"\b(?:{pattern})\b", words):
            return number.value * lo, number.value * hi
    return number.value * 0.995, number.value * 1.005  # exact, give or take rounding


def group_quantities(claims: list[Claim]) -> tuple[list[Claim], list[QuantityGroup]]:
    """Each claim with `.quantity` set to its headline figure's key, and one group per quantity.

    A claim with several figures ("four brigades, 12,000 troops") is listed in every group it
    informs; its `.quantity` is the first in `KIND_RANK`, as the model has one slot. A group is
    contested when two figures cannot both be true (disjoint ranges once "up to", "over", "about"
    are read) or when a claim in it denies; a denial's own figure is the one denied, so it is not
    compared.
    """
    by_key: dict[str, list[Figure]] = defaultdict(list)
    out = []
    for claim in claims:
        figures = figures_of(claim)
        for fig in figures:
            by_key[fig.key].append(fig)
        headline = min(figures, key=lambda f: f.rank).key if figures else ""
        out.append(claim if claim.quantity == headline else claim.with_changes(quantity=headline))
    groups = [QuantityGroup(key, figs[0].label, tuple(dict.fromkeys(f.claim.id for f in figs)), _contested(figs))
              for key, figs in by_key.items()]
    groups.sort(key=lambda g: (-len(g.claim_ids), g.key))
    return out, groups


def _contested(figures: list[Figure]) -> bool:
    if any(f.claim.stance == "denies" for f in figures):
        return True
    ranges = [(interval(f.number)[0], math.inf) if f.bound else interval(f.number) for f in figures]
    return any(lo > hi2 or lo2 > hi for i, (lo, hi) in enumerate(ranges) for lo2, hi2 in ranges[i + 1:])


# --- what a denial denies ------------------------------------------------------------------------

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


def _proposition(claim: Claim) -> frozenset[str]:
    """The claim's own words, or its sentence when they are too thin to say what is claimed
    ("denied their presence"): the sentence names what "their" stands for."""
    own = topic_terms(claim.text)
    if sum(1 for t in own if _CLASS_OF.get(t) != "entity") < 2:
        own |= topic_terms(claim.sentence)
    return own


MAX_LINKS = 20  # a reply shows a few; a denial of "troops in Russia" would otherwise link thousands
MAX_VISITS = 200  # assertions examined per denial, newest first: enough to find the best 20


def link_denials(claims: list[Claim]) -> list[Claim]:
    """Each denial with `.denies` set to the asserting claims about the proposition it denies,
    best match first (then newest). Both sides are read from the claim text, not the whole
    sentence, so an assertion is not linked for what its sentence says around it; a speaker is not
    taken to deny its own assertions.

    Candidates come from an inverted index on the denial's object and action concepts, newest
    first, so the work per denial is bounded however large the corpus: comparing every denial
    with every assertion made the build quadratic (28 of 32 s at 300 documents)."""
    asserted = [(c, _proposition(c)) for c in claims if c.stance == "asserts"]
    order = sorted(range(len(asserted)), key=lambda i: (_when(asserted[i][0]), -i), reverse=True)
    postings: dict[str, list[int]] = defaultdict(list)
    for i in order:
        for term in asserted[i][1]:
            postings[term].append(i)
    rank = {i: r for r, i in enumerate(order)}
    cache: dict[tuple[frozenset[str], ...], list[int]] = {}
    out = []
    for claim in claims:
        if claim.stance != "denies":
            out.append(claim)
            continue
        denied = _proposition(claim)
        proposition = _Denied(denied)
        scored = []
        for i in _candidates(denied, postings, rank, cache)[:MAX_VISITS]:
            other, terms = asserted[i]
            if other.speaker_id != claim.speaker_id and other.id != claim.id:
                score = proposition.coverage(terms)
                if score >= MIN_COVERAGE:
                    scored.append((-score, rank[i], other.id))
        links = tuple(cid for _score, _rank, cid in sorted(scored)[:MAX_LINKS])
        out.append(claim if links == claim.denies else claim.with_changes(denies=links))
    return out


def _when(claim: Claim) -> str:
    return claim.date or (claim.source.published if claim.source else "")


def _candidates(denied: frozenset[str], postings: dict[str, list[int]], rank: dict[int, int],
                cache: dict[tuple[frozenset[str], ...], list[int]]) -> list[int]:
    """Assertions that can cover the denial, newest first: those sharing one of its object terms
    and one of its action terms (coverage is 0 otherwise), or any of its non-entity terms when
    it names neither. Denials often share a signature ("troops" + "deployed"), hence the cache."""
    by_class = tuple(frozenset(t for t in denied if _CLASS_OF.get(t) == cls) for cls in ("object", "action"))
    key = by_class if any(by_class) else (frozenset(t for t in denied if _CLASS_OF.get(t) != "entity"),)
    if key not in cache:
        found: set[int] | None = None
        for terms in key:
            if terms:
                union = {i for t in terms for i in postings.get(t, ())}
                found = union if found is None else found & union
        cache[key] = sorted(found or (), key=rank.__getitem__)
    return cache[key]
