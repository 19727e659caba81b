"""Extraction over many documents, spread across processes.

Documents are independent, so a large corpus is split among worker processes, each holding its
own copy of the registry. The one piece of shared state extraction creates, generated speakers,
is keyed by name (`gen-<slug>`), so merging the workers' entries back is deterministic. Small
corpora stay in-process: starting workers costs more than it saves below a few dozen documents.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

from bot.extract.document import extract_claims
from bot.index.model import Claim, Document, Speaker
from bot.index.speakers import Registry

PARALLEL_MIN_DOCUMENTS = 64
_worker_registry: Registry | None = None


def _start_worker(speakers: list[Speaker]) -> None:
    global _worker_registry
    _worker_registry = Registry(speakers)


def _extract_in_worker(doc: Document) -> tuple[list[Claim], list[Speaker]]:
    assert _worker_registry is not None
    claims = extract_claims(doc, _worker_registry)
    generated = {c.speaker_id for c in claims if c.speaker_id.startswith("gen-")}
    return claims, [s for sid in sorted(generated) if (s := _worker_registry.get(sid))]


def extract_all(documents: list[Document], registry: Registry, workers: int | None = None) -> list[Claim]:
    """Claims of every document, in document order; generated speakers end up in `registry`."""
    workers = workers or os.cpu_count() or 1
    if workers <= 1 or len(documents) < PARALLEL_MIN_DOCUMENTS or multiprocessing.current_process().daemon:
        return [claim for doc in documents for claim in extract_claims(doc, registry)]
    claims: list[Claim] = []
    with ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(registry.all(),)) as pool:
        for doc_claims, generated in pool.map(_extract_in_worker, documents, chunksize=16):
            claims.extend(doc_claims)
            for speaker in generated:
                known = registry.get(speaker.id)
                if known is None:
                    registry.add(speaker)
                else:  # the same new speaker met in two workers: keep every name the articles gave it
                    for alias in speaker.aliases:
                        known = registry.add_alias(known, alias)
    return claims
