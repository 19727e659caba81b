"""Plain data for templates: a claim, a quantity, a speaker as the templates need them.

Code decides *what* to show (the role to fall back to, the link, where evidence is cut); the
templates decide how it reads.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.index.model import Claim, Number, Speaker
from bot.index.quantities import Figure, agree, figures_of, when
from bot.index.query import ClaimQuery, QuantityView, plain_figure
from bot.links import fitting, passage_link
from bot.render import slack_escape

MAX_EVIDENCE = 900  # characters of evidence shown in Slack; the link leads to the rest


def claim_view(claim: Claim, query: ClaimQuery, public_base_url: str = "") -> dict[str, Any]:
    speaker = query.index.speakers.get(claim.speaker_id)
    evidence = " ".join(claim.sentence.split())
    truncated = len(evidence) > MAX_EVIDENCE
    if truncated:
        evidence = evidence[:MAX_EVIDENCE].rsplit(" ", 1)[0]
    source = claim.source
    return {
        "id": claim.id,
        "speaker": claim.speaker,
        "role": claim.speaker_role or (speaker.role if speaker else ""),
        "stance": claim.stance,
        "kind": claim.kind,
        "cue": claim.cue,
        "vague": claim.vague,
        "evidence": evidence,
        "truncated": truncated,
        "date": claim.date,
        "title": source.title if source else "",
        "description": source.description if source else "",
        "outlet": source.outlet if source else "",
        "published": source.published if source else "",
        "estimated": bool(source and source.published_estimated),
        "doc_id": claim.doc_id,
        "link": passage_link(claim, public_base_url),
        "when": short_date(when(claim)),  # the claim's date, else its source's: for timelines
        "figures": [figure_phrase(n) for n in claim.numbers if n.kind != "earlier" and (n.unit or n.counts)],
        "reviewed": claim.status != "auto",  # a person approved or edited it
        "inferred": claim.inferred and claim.status == "auto",  # the speaker read from context, nobody checked it
    }


# How a figure that is not a plain estimate reads beside it: "3,000 more", "50,000 (forecast)".
KIND_WORDS = {"total": "{} in total", "forecast": "{} (forecast)", "denied": "{} (denied)"}


def figure_phrase(n: Number) -> str:
    """A claim's figure as a reply lists it: its value, bounds and qualifier, what it counts when the
    claim says, and its kind when it is not a current estimate ("3,000 more troops")."""
    counts = n.counts or n.unit if n.unit not in ("USD", "percent") else ""
    if n.kind == "increment":
        counts = f"more {counts}".strip()
    figure = plain_figure(n) if n.unit != "percent" else f"{plain_figure(n)}%"
    if n.unit == "USD":
        figure = "$" + figure.lstrip("$") if not n.qualifier else figure.replace(n.qualifier + " ", n.qualifier + " $", 1)
    if n.per:
        figure = figure.removesuffix(f" a {n.per}")
        counts = f"{counts} a {n.per}".strip()
    phrase = " ".join(p for p in (figure, counts) if p)
    return KIND_WORDS.get(n.kind, "{}").format(phrase)


def quantity_view(view: QuantityView, new_ids: frozenset[str] = frozenset(), public_base_url: str = "") -> dict[str, Any]:
    """A quantity as each source's estimates in date order ("NIS: 1,500 (Oct 18) → 3,000 (Oct 23)"),
    every figure linked to its evidence; `new_ids` marks the figures a daily briefing reports as new."""
    figures = [{"figure": f.figure, "who": f.who, "iso": when(f.claim), "date": short_date(when(f.claim)),
                "new": f.claim.id in new_ids, "link": passage_link(f.claim, public_base_url)} for f in view.figures]
    by_source: dict[str, list[dict[str, Any]]] = {}
    subsets = []  # "over 10,000 in Kursk": a part of the whole, shown apart, not as a source's estimate of it
    for figure, f in zip(figures, view.figures, strict=True):
        if f.bound:
            subsets.append(figure)
        else:
            by_source.setdefault(figure["who"], []).append(figure)
    return {"label": view.group.label, "contested": view.group.contested, "figures": figures,
            "subsets": sorted(subsets, key=lambda p: p["iso"] or "9999"),
            "agree": not view.group.contested and agree(_figures_in(view)),
            "timelines": [_timeline(who, points) for who, points in by_source.items()]}


def _timeline(who: str, points: list[dict[str, Any]]) -> dict[str, Any]:
    """A source's estimates in date order, as `steps`: the figures of one day together (two figures
    given the same day are two figures, not a revision; the same figure twice is one)."""
    ordered = sorted(points, key=lambda p: p["iso"] or "9999")
    steps: list[list[dict[str, Any]]] = []
    for p in ordered:
        day = p["iso"][:10]
        if steps and day and steps[-1][0]["iso"][:10] == day:
            if all(q["figure"] != p["figure"] for q in steps[-1]):
                steps[-1].append(p)
            elif p["new"]:  # the same figure again, reported anew
                steps[-1] = [{**q, "new": True} if q["figure"] == p["figure"] else q for q in steps[-1]]
        else:
            steps.append([p])
    return {"who": who, "points": ordered, "steps": steps}


def _figures_in(view: QuantityView) -> list[Figure]:
    return [f for c in dict.fromkeys(f.claim for f in view.figures) for f in figures_of(c) if f.key == view.group.key]


def iso_day(iso: str) -> date | None:
    """The day an ISO date or timestamp names; None for "" or anything else."""
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


def full_date(iso: str) -> str:
    """"2024-11-14" -> "Nov 14, 2024": for a date that may not be this year's."""
    day = iso_day(iso)
    return f"{day:%b} {day.day}, {day.year}" if day else ""


def short_date(iso: str) -> str:
    """"2024-10-24" -> "Oct 24"; "" when there is no date."""
    day = iso_day(iso)
    return f"{day:%b} {day.day}" if day else ""


def speaker_view(speaker: Speaker) -> dict[str, Any]:
    return {"id": speaker.id, "name": speaker.name, "role": speaker.role, "country": speaker.country}


CONTEXT_PARAGRAPHS = 2  # paragraphs shown before and after the one that holds the evidence
MAX_PARAGRAPH = 2800  # a section's text is at most 3,000 characters


def _cut_around(p: dict[str, str], limit: int) -> dict[str, str]:
    """About `limit` characters of a paragraph: its evidence, and as much on each side of it."""
    evidence = p["evidence"][:limit]
    room = max(0, (limit - len(evidence)) // 2)
    before, after = p["before"], p["after"]
    return {"before": ("…" + before[len(before) - room:]) if len(before) > room else before,
            "evidence": evidence,
            "after": (after[:room] + "…") if len(after) > room else after}


def context_view(claim: Claim, text: str) -> dict[str, Any]:
    """The paragraphs around a claim's evidence, the evidence marked out, for "Show in context".

    Paragraphs are the document's lines; each is given as (before, evidence, after) runs so the
    template can emphasise exactly the characters the claim quotes, however they are escaped."""
    lines, starts, pos = text.split("\n"), [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    at = max((i for i, s in enumerate(starts) if s <= claim.start), default=0)
    paragraphs = []
    for i in range(max(0, at - CONTEXT_PARAGRAPHS), min(len(lines), at + CONTEXT_PARAGRAPHS + 1)):
        line, start = lines[i], starts[i]
        if not line.strip():
            continue
        lo = min(max(claim.start - start, 0), len(line))
        hi = min(max(claim.end - start, 0), len(line))
        if lo < hi:
            paragraphs.append({"before": line[:lo], "evidence": line[lo:hi], "after": line[hi:]})
        else:
            paragraphs.append({"before": line, "evidence": "", "after": ""})
    for p in paragraphs:  # one overlong paragraph is cut around its evidence, not at its start
        whole, limit = dict(p), MAX_PARAGRAPH
        while (shown := sum(len(slack_escape(v)) for v in p.values())) > MAX_PARAGRAPH:
            # Slack counts the escaped text: a paragraph of "&" is five times as long there
            limit = min(limit - 1, limit * MAX_PARAGRAPH // shown)
            p.update(_cut_around(whole, limit))
    source = claim.source
    return {"paragraphs": paragraphs, "speaker": claim.speaker, "stance": claim.stance, "kind": claim.kind,
            "title": source.title if source else "", "outlet": source.outlet if source else "",
            "author": source.author if source else "", "published": full_date(source.published) if source else "",
            "description": source.description if source else "", "url": fitting(source.url) if source else "",
            "doc_id": claim.doc_id, "first": at == 0, "last": at >= len(lines) - 1}
