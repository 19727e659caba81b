"""What a daily briefing says: a pure function of (the index in service, the previous briefing's time).

`daily(query, since, now, zone)` reads one `ClaimQuery` and returns plain data; it does no I/O and
reads no clock, so a test pins down "what changed since 5 November" with a hand-built index.
`daily_context` turns that data into the variables `briefings/templates/daily.json.j2` words.

What counts as *new*: a claim *appeared* on the later of its own date and its source's published
date (a statement made on 18 October but first reported on 6 November is news on 6 November).
Dates in the index are whole days, so a claim is new when it appeared on or after the local day of
the previous briefing: a claim published later that same day is never missed, at the price of
one that came out earlier that day showing twice. A claim with neither date is never "new"; it
still counts in the key numbers. With no previous briefing (`since` None) the briefing is the
channel's first: it shows the newest claims instead of changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from bot.index.model import Claim, Source
from bot.index.query import ClaimQuery, QuantityView, confirms
from bot.links import fitting
from bot.views import claim_view, quantity_view, short_date

FIRST_BRIEFING_CLAIMS = 5  # a first briefing shows this many of the newest claims
MAX_SOURCES = 8
DIGEST_EVIDENCE = 280  # characters of evidence per claim in a briefing; the link leads to the rest
MAX_ASSERTERS = 3  # names on a "Contested" line before "(+N more)"
MAX_NEW_SPEAKERS = 6  # names on the "New voices" line before "(+N more)"


@dataclass(frozen=True)
class NumberChange:
    view: QuantityView
    status: str  # "new": every figure is new | "revised": a new figure joins earlier ones
    new_claim_ids: frozenset[str]


@dataclass(frozen=True)
class Dispute:
    """A denial and the assertions it denies: a point sources contest."""
    denial: Claim
    denied: tuple[Claim, ...]


@dataclass(frozen=True)
class DailyBriefing:
    topic_title: str
    today: date  # in the channel's zone
    since: datetime | None  # the previous briefing, in the channel's zone; None for a first briefing
    new_claims: tuple[Claim, ...]  # newest first; for a first briefing, the newest claims
    new_denials: tuple[Claim, ...]
    number_changes: tuple[NumberChange, ...]
    key_numbers: tuple[QuantityView, ...]
    disputes: tuple[Dispute, ...]
    sources: tuple[Source, ...]  # the documents behind what the briefing shows, newest first
    new_confirmations: tuple[Claim, ...] = ()
    new_speakers: tuple[str, ...] = ()  # who speaks on the story for the first time since the last briefing

    @property
    def first(self) -> bool:
        return self.since is None

    @property
    def contested_numbers(self) -> tuple[QuantityView, ...]:
        return tuple(v for v in self.key_numbers if v.group.contested)


def appeared(claim: Claim) -> str:
    """The ISO day a claim became known: the later of its date and its source's published date."""
    published = claim.source.published if claim.source else ""
    return max(claim.date, published)


def is_new(claim: Claim, since_day: date) -> bool:
    day = appeared(claim)
    return bool(day) and day >= since_day.isoformat()


def daily(query: ClaimQuery, since: datetime | None, now: datetime, zone: tzinfo = UTC,
          topic_key: str = "") -> DailyBriefing:
    """The briefing for the day `now` falls on in `zone`, counting changes from `since`."""
    if topic_key:
        topic = query.topic(topic_key)
        title, claims, key_numbers, denials = topic.topic.title, topic.claims, topic.quantities, topic.denials
    else:
        title, claims, key_numbers, denials = "", tuple(query.index.claims), query.quantities(), query.denials()
    local_since = since.astimezone(zone) if since else None
    if local_since is None:
        new = tuple(sorted(claims, key=appeared, reverse=True)[:FIRST_BRIEFING_CLAIMS])
        new_ids: set[str] = set()
    else:
        new = tuple(sorted((c for c in claims if is_new(c, local_since.date())), key=appeared, reverse=True))
        new_ids = {c.id for c in new}
    changes = tuple(_change(v, new_ids) for v in key_numbers if any(f.claim.id in new_ids for f in v.figures))
    disputes = tuple(Dispute(d, found) for d in denials
                     if (found := tuple(c for c in (query.index.claim(i) for i in d.denies) if c)))
    shown = [*new, *(f.claim for v in key_numbers for f in v.figures),
             *(c for d in disputes for c in (d.denial, *d.denied))]
    heard_before = {c.speaker_id for c in claims if c.id not in new_ids}
    newcomers = dict.fromkeys(query.short_name(c) for c in reversed(new) if c.speaker_id not in heard_before
                              and not c.vague) if new_ids else {}
    return DailyBriefing(
        topic_title=title, today=now.astimezone(zone).date(), since=local_since, new_claims=new,
        new_denials=tuple(c for c in new if c.stance == "denies") if new_ids else (),
        number_changes=changes, key_numbers=tuple(key_numbers), disputes=disputes, sources=_sources(shown),
        new_confirmations=tuple(c for c in new if confirms(c)) if new_ids else (),
        new_speakers=tuple(newcomers))


def _change(view: QuantityView, new_ids: set[str]) -> NumberChange:
    fresh = frozenset(f.claim.id for f in view.figures if f.claim.id in new_ids)
    return NumberChange(view, "new" if len(fresh) == len(view.figures) else "revised", fresh)


def _sources(claims: list[Claim]) -> tuple[Source, ...]:
    seen: dict[str, Source] = {}
    for c in claims:
        if c.doc_id not in seen:
            seen[c.doc_id] = c.source or Source(c.doc_id)
    return tuple(sorted(seen.values(), key=lambda s: (s.published, s.doc_id), reverse=True)[:MAX_SOURCES])


# -- the template's variables -----------------------------------------------------------------------
def digest_view(claim: Claim, query: ClaimQuery, public_base_url: str = "") -> dict[str, Any]:
    """A claim as `_macros.j2`'s `claim_blocks` shows it, with the evidence cut for a digest."""
    view = claim_view(claim, query, public_base_url)
    if len(view["evidence"]) > DIGEST_EVIDENCE:
        view["evidence"] = view["evidence"][:DIGEST_EVIDENCE].rsplit(" ", 1)[0]
        view["truncated"] = True
    return view


def _dispute(d: Dispute, query: ClaimQuery, public_base_url: str) -> dict[str, Any]:
    """One line of "Contested": who denies, when, and who asserted it, each name once."""
    names = list(dict.fromkeys(query.short_name(c) for c in d.denied))
    return {"denial": digest_view(d.denial, query, public_base_url), "asserted_by": names[:MAX_ASSERTERS],
            "more": max(0, len(names) - MAX_ASSERTERS), "when": short_date(_dated(d.denial))}


def _dated(claim: Claim) -> str:
    """The claim's date, else its source's publication date unless that was only estimated."""
    source = claim.source
    return claim.date or (source.published if source and not source.published_estimated else "")


def daily_context(b: DailyBriefing, query: ClaimQuery, public_base_url: str = "",
                  max_claims: int | None = None) -> dict[str, Any]:
    """Variables for `daily.json.j2`; `max_claims` caps the claims shown (the caller shrinks it to fit)."""
    shown = b.new_claims if max_claims is None else b.new_claims[:max_claims]

    def numbers(view: QuantityView, new_ids: frozenset[str] = frozenset(), status: str = "") -> dict[str, Any]:
        return {**quantity_view(view, new_ids, public_base_url), "status": status}

    return {
        "topic_title": b.topic_title, "today": b.today.isoformat(), "first": b.first,
        "since": b.since.strftime("%Y-%m-%d %H:%M %Z") if b.since else "",
        "claims": [digest_view(c, query, public_base_url) for c in shown],
        "more_claims": len(b.new_claims) - len(shown), "total_new": 0 if b.first else len(b.new_claims),
        "new_denials": len(b.new_denials), "new_confirmations": len(b.new_confirmations),
        "new_speakers": list(b.new_speakers[:MAX_NEW_SPEAKERS]),
        "more_new_speakers": max(0, len(b.new_speakers) - MAX_NEW_SPEAKERS),
        "number_changes": [numbers(ch.view, ch.new_claim_ids, ch.status) for ch in b.number_changes],
        "key_numbers": [numbers(v) for v in b.key_numbers],
        "disputes": [_dispute(d, query, public_base_url) for d in b.disputes],
        "contested": [quantity_view(v, public_base_url=public_base_url) for v in b.contested_numbers],
        "sources": [{"title": s.title or (f"{s.description} (untitled)" if s.description else ""),
                     "outlet": s.outlet, "published": s.published, "url": fitting(s.url),
                     "doc_id": s.doc_id, "estimated": s.published_estimated} for s in b.sources],
    }
