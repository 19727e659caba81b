"""The build pipeline: seeds folder -> extracted claims -> curated, grouped index -> artifact.

Pure until the last step; `build_index` returns the data and `build_to` writes it atomically, so
any error (bad document, bad YAML, stale decision in strict mode) stops before the old index is
touched.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from bot.index.artifact import write_index
from bot.index.curate import CurationReport, apply_decisions, load_decisions
from bot.index.denials import link_denials
from bot.index.documents import MAX_DOCUMENT_BYTES, load_documents
from bot.index.model import IndexData
from bot.extract.parallel import extract_all
from bot.index.quantities import group_quantities
from bot.index.speakers import Registry


@dataclass(frozen=True)
class BuildResult:
    index: IndexData
    report: CurationReport


def build_index(seeds: Path, max_bytes: int = MAX_DOCUMENT_BYTES, now: dt.datetime | None = None) -> BuildResult:
    documents = load_documents(seeds, max_bytes)
    registry = Registry.load(seeds / "speakers.yaml")
    decisions = load_decisions(seeds / "decisions.yaml")
    claims = extract_all(documents, registry)
    curated, report = apply_decisions(claims, decisions, registry)
    curated = link_denials(curated)
    curated, groups = group_quantities(curated)
    used = {c.speaker_id for c in curated} | {m for c in curated for m in c.mentions}
    speakers = {s.id: s for s in registry.all() if not s.generated or s.id in used}
    built_at = (now or dt.datetime.now(dt.timezone.utc)).isoformat(timespec="seconds")
    index = IndexData(version="", built_at=built_at, sources={d.doc_id: d.source for d in documents},
                      speakers=speakers, claims=tuple(curated), groups=tuple(groups),
                      texts={d.doc_id: d.text for d in documents})
    return BuildResult(index, report)


def build_to(seeds: Path, out: Path, max_bytes: int = MAX_DOCUMENT_BYTES) -> tuple[BuildResult, str]:
    result = build_index(seeds, max_bytes)
    version = write_index(result.index, out)
    return result, version
