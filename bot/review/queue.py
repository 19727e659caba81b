"""The editors' review queue, pure: what needs a person's eyes, newest first.

Three kinds of claims: those with feedback no decision has answered yet (feedback newer than the
claim's decision, or no decision); those of documents added while the bot runs that nobody has
decided on (the seeds were curated when they were chosen); and, wherever they come from, those
whose speaker extraction read from context rather than from words naming them (a quotation's
place after someone's, a description it had to guess), which replies mark until an editor decides.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from bot.corpus.store import StoredDocument
from bot.index.lookups import INFERRED
from bot.index.model import Claim, IndexData
from bot.index.query import lookups_of
from bot.review.store import Feedback, Recorded

_EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
_INFERRED_ONLY = bytes(1 if f & INFERRED else 0 for f in range(256))  # a claim's flags -> 1 if its speaker is inferred


@dataclass(frozen=True)
class Item:
    claim: Claim
    version: int  # of its standing decision (0: none): what an editor's action must name
    feedback: dict[str, int] = field(default_factory=dict)
    since: dt.datetime = _EPOCH  # when it joined the queue


def review_queue(index: IndexData, added: Iterable[StoredDocument], standing: Mapping[str, Recorded],
                 feedback: Mapping[str, Feedback]) -> list[Item]:
    items: dict[str, Item] = {}
    for claim_id, fb in feedback.items():
        claim = index.claim(claim_id)
        decided = standing.get(claim_id)
        if claim is None or (decided and fb.latest and decided.decided_at >= fb.latest):
            continue
        items[claim_id] = Item(claim, decided.version if decided else 0, dict(fb.counts), fb.latest or _EPOCH)
    inferred = bytes(lookups_of(index).flags).translate(_INFERRED_ONLY)  # (found without reading any claim)
    position = inferred.find(1)
    while position >= 0:
        claim = index.claims[position]
        position = inferred.find(1, position + 1)
        if claim.id not in items and claim.id not in standing:
            items[claim.id] = Item(claim, 0, {}, _EPOCH)
    added_at = {doc.doc_id: doc.added_at for doc in added}
    for claim in index.claims if added_at else ():  # (none added: the artifact's claims are not read)
        when = added_at.get(claim.doc_id)
        if when is not None and claim.id not in items and claim.id not in standing:
            items[claim.id] = Item(claim, 0, {}, when)
    return sorted(items.values(), key=lambda i: (i.since, i.claim.id), reverse=True)
