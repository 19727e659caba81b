"""One statement, many reports: the same words of one speaker carried by several documents (wire
copy, syndication, follow-ups quoting the same line) are shown once, as the earliest report, with
how many documents carried it. A reader counts sources, not copies.

The words are compared after folding case, quotation marks and spacing; a paraphrase is a
different report of the statement and stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from bot.index.model import Claim
from bot.index.quantities import when

_NOT_WORDS = re.compile(r"[^\w]+")


@dataclass(frozen=True)
class Report:
    claim: Claim  # the earliest report of the statement
    sources: int  # documents that carry it


def statement_key(claim: Claim) -> tuple[str, str]:
    return claim.speaker_id, _NOT_WORDS.sub(" ", claim.text.lower()).strip()


def merge_reports(claims: Sequence[Claim]) -> list[Report]:
    """`claims` with repeats of one statement folded into their first place in the order given;
    each shows its earliest report (by the claim's date, else its source's) and counts documents."""
    order: dict[tuple[str, str], list[Claim]] = {}
    for claim in claims:
        order.setdefault(statement_key(claim), []).append(claim)
    out = []
    for copies in order.values():
        earliest = min(copies, key=lambda c: (when(c) or "9999", copies.index(c)))
        out.append(Report(earliest, len({c.doc_id for c in copies})))
    return out
