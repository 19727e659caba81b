"""Which watch a channel keeps is meant by what was typed, and which new claims a watch catches.

Pure functions over one `ClaimQuery`: a topic (its key or title, from briefings/topics.yaml), a
speaker (fuzzy and alias-aware, as `/who-said`; a speaker also catches who speaks for it), or
else the words themselves (every word in the claim: "Kursk", "prisoner exchange").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from bot.alerts.store import Watch
from bot.index.model import Claim, Speaker
from bot.index.query import ClaimQuery, terms


@dataclass(frozen=True)
class Target:
    status: Literal["found", "ambiguous", "none"]
    kind: str = ""
    key: str = ""
    label: str = ""
    candidates: tuple[Speaker, ...] = ()


def resolve(text: str, q: ClaimQuery) -> Target:
    text = " ".join(text.split())
    if not text:
        return Target("none")
    folded = text.lower()
    for key, title in q.topic_keys().items():
        if folded in (key.lower(), title.lower()):
            return Target("found", "topic", key, title)
    found = q.by_speaker(text)
    if found.status == "ambiguous":
        return Target("ambiguous", candidates=found.candidates)
    if found.speaker is not None:
        return Target("found", "speaker", found.speaker.id, found.speaker.name)
    words = terms(text)
    if not words:
        return Target("none")
    return Target("found", "words", " ".join(words)[:200], text[:200])


@dataclass(frozen=True)
class Caught:
    claim: Claim
    watches: tuple[str, ...] = field(default_factory=tuple)  # labels of the watches that caught it


def catches(watch: Watch, claim: Claim, q: ClaimQuery) -> bool:
    if watch.kind == "speaker":
        return q.speaks_for(claim, watch.key)
    if watch.kind == "topic":
        return q.in_topic(claim, watch.key)
    wanted = set(watch.key.split())
    return bool(wanted) and wanted <= set(terms(" ".join((claim.sentence, claim.speaker, *claim.places))))


def caught(watches: Sequence[Watch], claims: Iterable[Claim], q: ClaimQuery) -> list[Caught]:
    """The claims any watch catches, in the order given, each with the watches that caught it."""
    out = []
    for claim in claims:
        labels = tuple(w.label for w in watches if catches(w, claim, q))
        if labels:
            out.append(Caught(claim, labels))
    return out
