"""The build pipeline: seeds folder -> extracted claims -> curated, grouped index -> artifact.

Pure until the last step; `build_index` returns the data and `build_to` writes it atomically, so
any error (bad document, bad YAML, stale decision in strict mode) stops before the old index is
touched.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from bot.corpus.store import StoredDocument
from bot.errors import ExtractionError
from bot.index.artifact import write_index
from bot.index.curate import CurationReport, apply_decisions, load_decisions
from bot.index.denials import link_denials
from bot.index.documents import MAX_DOCUMENT_BYTES, load_documents
from bot.index.model import Claim, IndexData, QuantityGroup
from bot.extract.parallel import extract_all
from bot.index.quantities import group_quantities
from bot.index.speakers import Registry

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuildResult:
    index: IndexData
    report: CurationReport
    set_aside: tuple[str, ...] = ()  # documents of the live corpus left out: their claims meet a fault (`fold_in`)


def build_index(seeds: Path, max_bytes: int = MAX_DOCUMENT_BYTES, now: dt.datetime | None = None,
                stored: Sequence[StoredDocument] = ()) -> BuildResult:
    """`stored`: documents of the live corpus to build in (compaction, `fold_in`)."""
    documents = load_documents(seeds, max_bytes)
    registry = Registry.load(seeds / "speakers.yaml")
    decisions = load_decisions(seeds / "decisions.yaml")
    claims = extract_all(documents, registry)
    curated, report = apply_decisions(claims, decisions, registry)
    seeded = {d.doc_id for d in documents}
    added = [record for d in stored if d.doc_id not in seeded for record in d.claims]
    used = ({c.speaker_id for c in curated} | {m for c in curated for m in c.mentions}
            | {r.get("speaker_id") for r in added} | {m for r in added for m in r.get("mentions") or ()})
    built_at = (now or dt.datetime.now(dt.timezone.utc)).isoformat(timespec="seconds")
    index = IndexData(version="", built_at=built_at, sources={d.doc_id: d.source for d in documents},
                      speakers={s.id: s for s in registry.all() if not s.generated or s.id in used},
                      claims=tuple(curated), texts={d.doc_id: d.text for d in documents})
    set_aside: list[str] = []
    return BuildResult(fold_in(index, stored, set_aside), report, tuple(set_aside))


def fold_in(index: IndexData, stored: Sequence[StoredDocument] = (), set_aside: list[str] | None = None) -> IndexData:
    """`index` with these documents of the live corpus built in, then its denials linked and its
    quantities grouped over everything. Their claims are taken as they were extracted when each
    was added, ids and all, so a decision editors took on one still finds it; what depends on the
    whole corpus is worked out as replicas do when they merge them. A document of `index` with the
    same id as an added one wins, as it does in service. An added document whose claims meet a
    fault there is left out (its id appended to `set_aside`, logged), as a replica sets it aside,
    so one bad article does not stop compaction; a fault on a seed document stops the build."""
    folded = [d for d in stored if d.doc_id not in index.sources]
    while True:
        try:
            claims, groups = _corpus_wide([*index.claims, *(c for d in folded for c in d.claim_records())])
            break
        except _GroupingFault as fault:
            if fault.doc_id not in {d.doc_id for d in folded}:
                raise ExtractionError(str(fault)) from fault.__cause__
            log.warning("added document %s left out of the build: %s", fault.doc_id, fault)
            folded = [d for d in folded if d.doc_id != fault.doc_id]
            if set_aside is not None:
                set_aside.append(fault.doc_id)
    speakers = dict(index.speakers)
    for d in folded:
        for speaker in d.speakers:
            speakers.setdefault(speaker.id, speaker)
    return replace(index, claims=tuple(claims), groups=tuple(groups), speakers=speakers,
                   sources={**index.sources, **{d.doc_id: d.source for d in folded}},
                   texts={**index.texts, **{d.doc_id: d.text for d in folded}},
                   folded={**index.folded, **{d.doc_id: (d.seq, d.added_at.isoformat()) for d in folded}})


class _GroupingFault(Exception):
    """The corpus-wide steps failed, and this document's claims alone meet the fault."""

    def __init__(self, doc_id: str, exc: BaseException) -> None:
        super().__init__(f"{doc_id}: its figures could not be grouped ({type(exc).__name__}: {exc}), a fault in the "
                         "extractor; remove the document or report it")
        self.doc_id = doc_id


def _corpus_wide(claims: list[Claim]) -> tuple[list[Claim], list[QuantityGroup]]:
    """Denials linked and quantities grouped over all claims; a fault there names the document whose
    claims meet it alone (looked for only then), as a fault in extraction does."""
    try:
        return group_quantities(link_denials(claims))
    except Exception as exc:
        for doc_id in dict.fromkeys(c.doc_id for c in claims):
            try:
                group_quantities(link_denials([c for c in claims if c.doc_id == doc_id]))
            except Exception:  # noqa: BLE001 - the fault is raised below, with its document named
                raise _GroupingFault(doc_id, exc) from exc
        raise


def build_to(seeds: Path, out: Path, max_bytes: int = MAX_DOCUMENT_BYTES,
             stored: Sequence[StoredDocument] = ()) -> tuple[BuildResult, str]:
    result = build_index(seeds, max_bytes, stored=stored)
    version = write_index(result.index, out)
    return result, version
