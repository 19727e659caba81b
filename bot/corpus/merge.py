"""The index a replica serves: the seeds' artifact, plus the documents added since, plus the
editors' decisions taken in Slack or on the command line, linked anew.

Extraction ran once, when each document was added; what depends on the whole corpus (which
claims a denial denies, which figures describe one quantity) is recomputed over all claims, so an
article added today can be denied by one added tomorrow. The artifact stays the curated start (a
seed with the same id as an added document wins) and its decisions.yaml was applied when it was
built; decisions from the database are applied on top, so they hold across rebuilds (claim ids
are stable) and reach every replica with the next poll.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from bot.corpus.store import StoredDocument
from bot.errors import InputFileError
from bot.index.curate import Decision, apply_decisions, resolve_speaker
from bot.index.denials import link_denials
from bot.index.model import IndexData, Speaker
from bot.index.quantities import group_quantities
from bot.index.speakers import Registry

log = logging.getLogger(__name__)


def merge(base: IndexData, added: Sequence[StoredDocument], decisions: Sequence[Decision] = (),
          decisions_seq: int = 0, new_speakers: Sequence[Speaker] = ()) -> IndexData:
    """`new_speakers`: speakers editors created (with their aliases and affiliation), which their
    decisions name."""
    fresh = [doc for doc in added if doc.doc_id not in base.sources]
    if not fresh and not decisions:
        return base
    sources, texts, speakers = dict(base.sources), dict(base.texts), dict(base.speakers)
    claims = list(base.claims)
    for doc in fresh:
        sources[doc.doc_id] = doc.source
        texts[doc.doc_id] = doc.text
        for speaker in doc.speakers:
            speakers.setdefault(speaker.id, speaker)
        claims.extend(doc.claim_records())
    if decisions:
        speakers.update({s.id: s for s in new_speakers})  # an editor's details win over extraction's
        registry = Registry(speakers.values())
        claims, _report = apply_decisions(claims, _usable(decisions, registry), registry)
        for speaker in registry.all():  # a decision naming a new speaker created it
            speakers.setdefault(speaker.id, speaker)
    linked, groups = group_quantities(link_denials(claims))
    version = base.version + (f"+{max(d.seq for d in added)}" if added else "") + (
        f"~{decisions_seq}" if decisions else "")
    return IndexData(version=version, built_at=base.built_at, sources=sources, speakers=speakers,
                     claims=tuple(linked), groups=tuple(groups), texts=texts)


def _usable(decisions: Sequence[Decision], registry: Registry) -> list[Decision]:
    """Decisions whose speaker can be resolved; one naming a registry id that no longer exists is
    skipped with a warning (it was checked when it was taken) rather than stopping every lookup."""
    out = []
    for d in decisions:
        try:
            if d.speaker:
                resolve_speaker(d, registry)
        except InputFileError as exc:
            log.warning("decision on %s skipped: %s", d.claim_id, exc)
            continue
        out.append(d)
    return out
