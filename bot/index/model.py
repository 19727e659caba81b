"""The records that flow from documents to replies.

Every record is a frozen dataclass: the index is an immutable artifact, shared read-only by every
request, so nothing downstream may change a claim in place (curation builds new ones).
`to_dict`/`from_dict` define the artifact and export format; the field names are a public
contract (`nkbot claims --format jsonl`, the eval scorer, the bot's JSON output).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from collections.abc import Mapping, Sequence
from typing import Any, Literal

Kind = Literal["direct", "indirect", "according_to"]
Stance = Literal["asserts", "denies", "hedged"]
Status = Literal["auto", "approved", "edited"]
SpeakerKind = Literal["person", "institution", "government", "outlet", "vague"]


@dataclass(frozen=True, slots=True)
class Source:
    """Where a document came from. Unknown fields stay empty; nothing is invented."""

    doc_id: str
    title: str = ""
    outlet: str = ""
    author: str = ""
    published: str = ""  # ISO date, or "" when unknown
    published_estimated: bool = False
    url: str = ""
    description: str = ""  # what kind of document ("Policy commentary"), shown when the title is unknown

    def export(self) -> dict[str, str]:
        return {"title": self.title, "outlet": self.outlet, "url": self.url, "published": self.published,
                "description": self.description}


@dataclass(frozen=True, slots=True)
class Speaker:
    """An entity that makes claims: a person, an institution, a government, or a vague source."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    role: str = ""
    country: str = ""
    kind: SpeakerKind = "person"
    generated: bool = False  # True when extraction made it up and the registry has not adopted it
    affiliation: str = ""  # the institution (registry id, or its name) a person or body speaks for

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


FigureKind = Literal["estimate", "total", "increment", "forecast", "earlier", "denied"]


@dataclass(frozen=True, slots=True)
class Number:
    """A figure inside a claim: `value` of `unit`, counting `counts` ("12,000 troops").

    `low`/`high` are the range the text gives ("between 11,000 and 13,000"), both `value` for one
    number; `kind` says how the figure stands to the quantity: a current estimate, a total, an
    increment ("3,000 more"), a forecast ("could rise to"), the figure a change started from
    ("from 11,000 to 14,000"), or a figure the speaker denies. `per` makes it a rate ("a day");
    `fate` says what happened to the people counted (killed, wounded, casualties, captured);
    `side` whose they are when the text says ("russian": "Russia is losing 1,200 soldiers a day")."""

    value: float
    unit: str
    counts: str = ""
    qualifier: str = ""  # "up to", "over", "about", ... as the text hedges it
    text: str = ""  # the verbatim phrase, for display
    low: float | None = None  # None: `value`
    high: float | None = None
    kind: FigureKind = "estimate"
    per: str = ""  # "day", "week", "month", "year" for a rate
    fate: str = ""  # "killed", "wounded", "casualties", "captured"
    side: str = ""  # "north korean", "russian", ...; "" when the text does not say

    def __post_init__(self) -> None:
        if self.low is None:
            object.__setattr__(self, "low", self.value)
        if self.high is None:
            object.__setattr__(self, "high", self.value)

    def export(self) -> dict[str, Any]:
        return {"value": _plain(self.value), "unit": self.unit, "counts": self.counts, "qualifier": self.qualifier,
                "text": self.text, "low": _plain(self.low), "high": _plain(self.high), "kind": self.kind,
                "per": self.per, "fate": self.fate, "side": self.side}


def _plain(value: float | None) -> float | int | None:
    return int(value) if value is not None and float(value).is_integer() else value


@dataclass(frozen=True, slots=True)
class Claim:
    """One attributed statement, traceable to the exact characters of its source."""

    id: str
    doc_id: str
    speaker: str
    speaker_id: str
    speaker_role: str
    cue: str
    kind: Kind
    stance: Stance
    text: str
    sentence: str
    start: int
    end: int
    numbers: tuple[Number, ...] = ()
    places: tuple[str, ...] = ()
    date: str = ""  # ISO date the claim was made, when the text says
    tags: tuple[str, ...] = ()
    vague: bool = False
    status: Status = "auto"
    source: Source | None = None
    mentions: tuple[str, ...] = ()  # speaker ids of entities named in the claim but not speaking
    denies: tuple[str, ...] = ()  # ids of claims this one denies
    quantity: str = ""  # key of the quantity group this claim's numbers belong to
    inferred: bool = False  # the speaker is read from context, not named with the words: an editor should look

    def export(self) -> dict[str, Any]:
        """The public export record (one line of `nkbot claims --format jsonl`)."""
        return {
            "id": self.id,
            "doc_id": self.doc_id,
            "speaker": self.speaker,
            "speaker_id": self.speaker_id,
            "speaker_role": self.speaker_role,
            "cue": self.cue,
            "kind": self.kind,
            "stance": self.stance,
            "text": self.text,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "numbers": [n.export() for n in self.numbers],
            "places": list(self.places),
            "date": self.date,
            "tags": list(self.tags),
            "vague": self.vague,
            "status": self.status,
            "source": (self.source or Source(self.doc_id)).export(),
            "mentions": list(self.mentions),
            "denies": list(self.denies),
            "quantity": self.quantity,
            "speaker_inferred": self.inferred,
        }

    def with_changes(self, **changes: Any) -> Claim:
        return replace(self, **changes)


@dataclass(frozen=True, slots=True)
class QuantityGroup:
    """Claims across sources about one quantity, so a reply can set figures side by side."""

    key: str
    label: str
    claim_ids: tuple[str, ...]
    contested: bool  # True when the figures disagree
    # What `contested` was decided from, so a figure added later is weighed without reading the
    # group's claims: each speaker's newest figures, and whether a claim in it denies. Empty
    # `current`: not recorded (a group made by hand), then the claims are read.
    current: tuple[Reading, ...] = ()
    denied: bool = False


@dataclass(frozen=True, slots=True)
class Reading:
    """One figure of a quantity as a contradiction check weighs it: who gave it, for when, and the
    range it allows ("over 10,000": 10,000 to infinity)."""

    claim_id: str
    speaker_id: str
    when: str
    low: float
    high: float


@dataclass(frozen=True, slots=True)
class Document:
    doc_id: str
    text: str
    source: Source


@dataclass(frozen=True)
class IndexData:
    """Everything a bot process needs, never mutated. Claims and texts are any sequence and
    mapping: tuples and dicts when built in memory, read on demand from an opened artifact
    (`bot.index.stored`) when loaded."""

    version: str
    built_at: str
    sources: Mapping[str, Source]
    speakers: Mapping[str, Speaker]
    claims: Sequence[Claim]
    groups: tuple[QuantityGroup, ...] = ()
    texts: Mapping[str, str] = field(default_factory=dict)  # doc_id -> full text, for source pages
    # documents of the live corpus built into this index (`nkbot index build --with-store`): doc_id ->
    # (its number in the store, when it was added), so a replica neither reads them from the store
    # again nor loses track of them (alerts, the editors' queue)
    folded: Mapping[str, tuple[int, str]] = field(default_factory=dict)

    @property
    def count(self) -> int:
        """Claims served (a running index keeps the positions of claims editors withdrew)."""
        live = getattr(self.claims, "live", None)
        return len(self.claims) if live is None else live

    def claim(self, claim_id: str) -> Claim | None:
        by_id = getattr(self.claims, "by_id", None)  # an opened artifact finds it by its own index
        if by_id is not None:
            return by_id(claim_id)
        cached = self.__dict__.get("_by_id_cache")
        if cached is None:
            cached = {c.id: c for c in self.claims}
            object.__setattr__(self, "_by_id_cache", cached)
        return cached.get(claim_id)


def speaker_to_dict(s: Speaker) -> dict[str, Any]:
    d = asdict(s)
    d["aliases"] = list(s.aliases)
    return d


def speaker_from_dict(d: dict[str, Any]) -> Speaker:
    return Speaker(id=d["id"], name=d["name"], aliases=tuple(d.get("aliases") or ()), role=d.get("role") or "",
                   country=d.get("country") or "", kind=d.get("kind") or "person",
                   generated=bool(d.get("generated")), affiliation=d.get("affiliation") or "")


def source_to_dict(s: Source) -> dict[str, Any]:
    return asdict(s)


def source_from_dict(d: dict[str, Any]) -> Source:
    return Source(**d)


def claim_from_dict(d: dict[str, Any], sources: Mapping[str, Source]) -> Claim:
    return Claim(
        id=d["id"], doc_id=d["doc_id"], speaker=d["speaker"], speaker_id=d["speaker_id"],
        speaker_role=d.get("speaker_role", ""), cue=d.get("cue", ""), kind=d["kind"], stance=d["stance"],
        text=d["text"], sentence=d["sentence"], start=d["start"], end=d["end"],
        numbers=tuple(Number(**n) for n in d.get("numbers", ())),
        places=tuple(d.get("places", ())), date=d.get("date", ""), tags=tuple(d.get("tags", ())),
        vague=bool(d.get("vague")), status=d.get("status", "auto"), source=sources.get(d["doc_id"]),
        mentions=tuple(d.get("mentions", ())), denies=tuple(d.get("denies", ())),
        quantity=d.get("quantity", ""), inferred=bool(d.get("speaker_inferred")),
    )
