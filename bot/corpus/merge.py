"""The index a replica serves: the seeds' artifact plus the documents added since, linked anew.

Extraction ran once, when each document was added; what depends on the whole corpus (which
claims a denial denies, which figures describe one quantity) is recomputed over all claims, so an
article added today can be denied by one added tomorrow. The artifact stays the curated start:
a seed with the same id as an added document wins.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.index.denials import link_denials
from bot.index.model import IndexData
from bot.index.quantities import group_quantities
from bot.corpus.store import StoredDocument


def merge(base: IndexData, added: Sequence[StoredDocument]) -> IndexData:
    fresh = [doc for doc in added if doc.doc_id not in base.sources]
    if not fresh:
        return base
    sources, texts, speakers = dict(base.sources), dict(base.texts), dict(base.speakers)
    claims = list(base.claims)
    for doc in fresh:
        sources[doc.doc_id] = doc.source
        texts[doc.doc_id] = doc.text
        for speaker in doc.speakers:
            speakers.setdefault(speaker.id, speaker)
        claims.extend(doc.claim_records())
    linked, groups = group_quantities(link_denials(claims))
    return IndexData(version=f"{base.version}+{max(d.seq for d in added)}", built_at=base.built_at,
                     sources=sources, speakers=speakers, claims=tuple(linked), groups=tuple(groups), texts=texts)
