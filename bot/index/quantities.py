"""Figures about one quantity, grouped across sources, and whether they contradict each other.

A pure function run at build time over the curated claims, so a reply can show
"12,000 (NIS) vs 10,000 (Zelenskyy) vs over 10,000 in Kursk (US State Department)" without work
per request. It knows no seed sentence: a figure's quantity is read from what it counts (its unit
and counts phrase, the words right after it, the claim's places), so it carries over to unseen
documents. The vocabularies are small tables, meant to be extended rather than special-cased.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from bot.index.model import Claim, Number, QuantityGroup, Reading

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
    ("specialists", r"\b(?:deminers?|sappers?|builders?|engineers?|instructors?|snipers?|pilots?)\b"),
    ("troops", r"\b(?:troops?|soldiers?|personnel|servicem[ae]n|fighters?|forces|mercenar(?:y|ies)|conscripts?|"
               r"recruits?|reinforcements?|casualt(?:y|ies)|killed|wounded|injured|dead|deaths|losses|prisoners?|"
               r"pows?|captives?)\b"),
    ("equipment", r"\b(tank|howitzer|launcher|drone|vehicle|aircraft|jet|ship|container)s?\b"),
)
KIND_RANK = ("troops", "special_forces", "formations", "officers", "workers", "specialists", "money", "artillery_shells",
             "missiles", "equipment")
PERSONNEL = {"troops", "special_forces", "formations", "officers", "workers", "specialists"}
# What a figure of a claim measures about the quantity: a current estimate or total (and a denied
# figure, which marks its group disputed). An increment, a forecast or the figure a change started
# from is not a reading of the quantity and joins no group; the claim still shows it.
MEASUREMENTS = {"estimate", "total", "denied"}
# Quantities of other armies than North Korea's, and their losses: never a key number of the story.
OTHER_SIDES = ("russian", "ukrainian", "south_korean", "us", "american", "chinese")
FATE_KEYS = {"casualties": ("troop_casualties", "troop casualties"), "killed": ("troops_killed", "troops killed"),
             "wounded": ("troops_wounded", "troops wounded"), "captured": ("troops_captured", "troops captured")}

_RATE = re.compile(r"\b(?:(?:per|a|each|every) (year|month|week|day)|(annual)(?:ly)?|(year)ly|(month)ly|(week)ly|"
                   r"(dai)ly)\b")
_CASUALTIES = re.compile(r"\b(?:killed|dead|died|deaths?|wounded|injured|casualt(?:y|ies)|losses)\b")
_CAPTURED = re.compile(r"\b(?:captured|prisoners?|pows?|captives?|taken prisoner)\b")
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
    """The claim's numbers that measure a known quantity (years, percentages and the like do not).
    A vague source ("reports say") gives no reading of a quantity: who claims a figure is the point."""
    if claim.vague or claim.inferred:  # (nor a speaker read from context only: an editor confirms it first)
        return []
    counted = [(n, _kind(n, claim)) for n in claim.numbers if n.kind in MEASUREMENTS]
    personnel = sum(1 for _n, k in counted if k in PERSONNEL)
    out = []
    for number, kind in counted:
        if kind:
            key, label = _key(kind, number, claim, whole_claim=personnel == 1)
            rank = KIND_RANK.index(kind) + (0 if key_number(key) else 100)  # the story's own figures first
            out.append(Figure(claim, number, key, label, rank))
            if re.fullmatch(r"(\w+_)?troops_in_\w+", key) and _IN_RUSSIA.search(f"{claim.text} {claim.places}".lower()):
                # troops at a place in Russia count toward the troops sent to Russia, as a floor
                out.append(Figure(claim, number, key[:key.index("troops_in_")] + "troops_sent_to_russia",
                                  label[:label.rindex(" in ")] + " sent to Russia", rank + len(KIND_RANK), bound=True))
    return out


def key_number(key: str) -> bool:
    """Whether a quantity is North Korea's (its troops, losses, workers, supplies), which a briefing's
    key numbers show, and not another army's ("Russian troop casualties per day")."""
    return not key.startswith(tuple(f"{side}_" for side in OTHER_SIDES))


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
    rate = _rate(f"{near} {number.qualifier.lower()}", number.per)
    if kind == "money":
        scope = _ARMS.search(after) and "arms" or _TROOP_WORDS.search(after) and "troops" or \
            _TROOP_WORDS.search(text) and "troops" or _ARMS.search(text) and "arms" or ""
        key, label = {"arms": ("arms_sales_revenue", "Revenue from arms sales"),
                      "troops": ("payment_for_troops", "Money paid for troops"), "": ("money_paid", "Money paid")}[scope]
        return key + rate[0], label + rate[1]
    if kind in ("artillery_shells", "missiles", "equipment"):
        noun = kind
        if kind == "equipment":  # what the figure's own words call it, or the words after it ("220 units of
            named = re.search(dict(KINDS)[kind], own) or re.search(dict(KINDS)[kind], after)  # howitzers")
            noun = _plural(named.group(1)) if named else kind
        return noun + rate[0], f"{noun.replace('_', ' ').capitalize()} supplied{rate[1]}"
    nation = _NATIONALITY.search(own)  # "60,000 Russian soldiers", not "soldiers on Russian soil"
    actor = number.side or (nation.group(1).replace(".", "") if nation else "north korean")
    prefix = "" if actor == "north korean" else re.sub(r"\W+", "_", actor) + "_"
    adjective = " and ".join({"us": "U.S.", "american": "U.S."}.get(a, a.title()) for a in actor.split(" and "))
    place = _place(claim, near if not whole_claim else f"{near} {text}")
    where = (f"_in_{_slug(place)}", f" in {place}") if place else ("", "")
    fate = number.fate or ("captured" if _CAPTURED.search(f"{own} {after}") else
                            "casualties" if _CASUALTIES.search(f"{own} {after}") else "")
    if kind in ("troops", "special_forces") and fate:
        key, label = FATE_KEYS[fate]
        return f"{prefix}{key}{where[0]}{rate[0]}", f"{adjective} {label}{where[1]}{rate[1]}"
    if kind == "troops" and _ARMY_SIZE.search(near):
        return f"{prefix}army_size", f"Size of the {adjective} armed forces"
    if kind == "troops" and not place and (_RUSSIA.search(text) or any(_norm(p) == "russia" for p in claim.places)):
        where = ("_sent_to_russia", " sent to Russia")
    noun = {"formations": _formation(own + " " + after), "special_forces": "special forces"}.get(kind, kind)
    if kind == "specialists":  # "1,000 deminers": the trade is the quantity
        noun = _plural(re.search(dict(KINDS)["specialists"], f"{own} {after}").group(0).rstrip("s"))
    return f"{prefix}{noun.replace(' ', '_')}{where[0]}", f"{adjective} {noun}{where[1]}"


def _formation(text: str) -> str:
    found = re.search(dict(KINDS)["formations"], text)
    return _plural(found.group(1)) if found else "formations"


def _plural(noun: str) -> str:
    return noun if noun.endswith(("s", "aircraft")) else noun + "s"


def _rate(text: str, per: str = "") -> tuple[str, str]:
    found = _RATE.search(text)
    if not per and not found:
        return "", ""
    unit = per or {"annual": "year", "dai": "day"}.get(word := next(g for g in found.groups() if g), word)  # ("an
    # annual output of 12 million shells": a rate per year)
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
    """The values a figure is consistent with: "up to 10,000" allows 8,000, "12,000" does not,
    "between 11,000 and 13,000" allows what it says."""
    words = f"{number.qualifier} {number.text}".lower()
    low, high = number.low, number.high
    if low is not None and high is not None and high > low:
        return low, high
    if re.search(r"\d\s*(?:–|-|to)\s*\$?\d", words):  # a range read before its bounds were kept
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
    out, by_key = _figures_by_key(claims)
    return out, _sorted(_group(key, figs[0].label, figs) for key, figs in by_key.items())


def regroup(groups: Sequence[QuantityGroup], claims: Sequence[Claim],
            read: Callable[[Sequence[str]], Sequence[Claim]]) -> tuple[list[Claim], list[QuantityGroup]]:
    """`group_quantities` for claims added to an index already grouped: what it would give over
    all the claims, found by weighing the new figures against each group's `current` readings,
    so adding an article reads no claim of a quantity (`read` reads claims by id, for a group
    that recorded none)."""
    out, by_key = _figures_by_key(claims)
    merged = {g.key: g for g in groups}
    for key, figs in by_key.items():
        old = merged.get(key)
        if old is not None and not old.current:
            old = _group(key, old.label, [f for c in read(old.claim_ids) for f in figures_of(c) if f.key == key])
        merged[key] = _group(key, old.label if old else figs[0].label, figs, old)
    return out, _sorted(merged.values()) if by_key else list(groups)


def regroup_anew(groups: Sequence[QuantityGroup], changes: Sequence[tuple[Claim | None, Claim | None]],
                 read: Callable[[Sequence[str]], Sequence[Claim]], position: Callable[[str], int]
                 ) -> tuple[list[Claim | None], list[QuantityGroup]]:
    """`group_quantities` after claims changed in place (an editor withdrew, edited or restored
    them; each pair is what a claim was and is now, None when not served): the new forms with
    their `.quantity`, and the groups. A quantity a changed claim measures, before or after, is
    grouped anew from its claims (`read` by id, in `position` order); the others stay."""
    news, by_key = _figures_by_key([new for _old, new in changes if new is not None])
    it = iter(news)
    out = [next(it) if new is not None else None for _old, new in changes]
    changed = {c.id for pair in changes for c in pair if c is not None}
    merged = {g.key: g for g in groups}
    for key in {*by_key, *(f.key for old, _new in changes if old is not None for f in figures_of(old))}:
        old = merged.pop(key, None)
        members = {c.id: c for c in read(old.claim_ids if old else ()) if c.id not in changed}
        members.update((f.claim.id, f.claim) for f in by_key.get(key, ()))
        figures = [f for cid in sorted(members, key=position) for f in figures_of(members[cid]) if f.key == key]
        if figures:
            merged[key] = _group(key, figures[0].label, figures)
    return out, _sorted(merged.values())


def _figures_by_key(claims: Iterable[Claim]) -> tuple[list[Claim], dict[str, list[Figure]]]:
    by_key: dict[str, list[Figure]] = defaultdict(list)
    out = []
    for claim in claims:
        figures = figures_of(claim)
        for fig in figures:
            by_key[fig.key].append(fig)
        headline = min(figures, key=lambda f: f.rank).key if figures else ""
        out.append(claim if claim.quantity == headline else claim.with_changes(quantity=headline))
    return out, by_key


def _group(key: str, label: str, figures: list[Figure], earlier: QuantityGroup | None = None) -> QuantityGroup:
    """The group of `key` over `figures`, after those of `earlier` (its state: its current readings
    and whether it was denied)."""
    readings = [*(earlier.current if earlier else ()), *map(_reading, figures)]
    denied = bool(earlier and earlier.denied) or any(f.claim.stance == "denies" for f in figures)
    current = _current(readings)
    ids = dict.fromkeys((*(earlier.claim_ids if earlier else ()), *(f.claim.id for f in figures)))
    return QuantityGroup(key, label, tuple(ids), denied or _disagree(current), tuple(current), denied)


def _reading(f: Figure) -> Reading:
    low, high = interval(f.number)
    return Reading(f.claim.id, f.claim.speaker_id, when(f.claim), low, math.inf if f.bound else high)


def _sorted(groups: Iterable[QuantityGroup]) -> list[QuantityGroup]:
    return sorted(groups, key=lambda g: (-len(g.claim_ids), g.key))


PERIOD_DAYS = 10  # estimates further apart than this describe different moments of a growing deployment


def _current(readings: list[Reading]) -> list[Reading]:
    """Each source's newest figures: a source's later figure updates its earlier one (NIS: 1,500
    on Oct 18, then 3,000 on Oct 23 is not a disagreement)."""
    newest: dict[str, str] = {}
    for r in readings:
        newest[r.speaker_id] = max(newest.get(r.speaker_id, ""), r.when)
    return [r for r in readings if r.when == newest[r.speaker_id]]


def _disagree(current: list[Reading]) -> bool:
    """Two sources' figures that cannot both hold for the same period; estimates weeks apart are
    a timeline, not a contradiction."""
    return any((a.low > b.high or b.low > a.high) and a.speaker_id != b.speaker_id and _same_period(a.when, b.when)
               for i, a in enumerate(current) for b in current[i + 1:])


def agree(figures: list[Figure]) -> bool:
    """Several sources, and every two of their figures can both hold: "12,000" and "about 11,500"
    corroborate (a figure for a narrower place is left out: it only bounds the whole)."""
    ranges = [interval(f.number) for f in figures if not f.bound]
    return len({f.claim.speaker_id for f in figures}) > 1 and all(
        lo <= hi2 and lo2 <= hi for i, (lo, hi) in enumerate(ranges) for lo2, hi2 in ranges[i + 1:])


def when(claim: Claim) -> str:
    """The claim's date, else its source's publication date, else ""."""
    return claim.date or (claim.source.published if claim.source else "")


def newest_key(claim: Claim) -> tuple[str, str]:
    """Newest first means by the claim's own date, then by its source's published date."""
    return (when(claim), claim.source.published if claim.source else "")


def _same_period(first: str, second: str) -> bool:
    if not first or not second:
        return not first and not second  # two undated figures may well be about the same moment
    try:
        gap = abs((date.fromisoformat(first[:10]) - date.fromisoformat(second[:10])).days)
    except ValueError:
        return True
    return gap <= PERIOD_DAYS
