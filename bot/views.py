"""Plain data for templates: a claim, a quantity, a speaker as the templates need them.

Code decides *what* to show (the role to fall back to, the link, where evidence is cut); the
templates decide how it reads.
"""

from __future__ import annotations

from typing import Any

from bot.claims.model import Claim, Speaker
from bot.claims.query import ClaimQuery, QuantityView
from bot.links import passage_link

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
    }


def quantity_view(view: QuantityView) -> dict[str, Any]:
    return {"label": view.group.label, "contested": view.group.contested,
            "figures": [{"figure": f.figure, "who": f.who} for f in view.figures]}


def speaker_view(speaker: Speaker) -> dict[str, Any]:
    return {"id": speaker.id, "name": speaker.name, "role": speaker.role, "country": speaker.country}
