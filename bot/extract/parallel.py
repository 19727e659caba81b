"""Extraction over many documents, spread across processes.

Each document is read against the registry as the build found it, never against what other
documents generated: an acronym or a name one article introduces must not change how another is
read, and the result must not depend on which worker read which document first. Generated
speakers are keyed by name (`gen-<slug>`), so merging them back in document order is
deterministic, with as many workers as the machine has or with none. Small corpora stay
in-process: starting workers costs more than it saves below a few dozen documents.
"""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor

from bot.errors import ExtractionError
from bot.extract.document import extract_claims
from bot.index.model import Claim, Document, Speaker
from bot.index.speakers import Registry

PARALLEL_MIN_DOCUMENTS = 64
_worker_registry: Registry | None = None


def _start_worker(speakers: list[Speaker]) -> None:
    global _worker_registry
    _worker_registry = Registry(speakers)


def _extract_one(doc: Document, base: Registry) -> tuple[list[Claim], list[Speaker]]:
    """One document's claims, and the speakers it generated that they name."""
    own = base.copy()
    try:
        claims = extract_claims(doc, own)
    except Exception as exc:  # a fault on one article: say which, rather than a traceback of the rules
        raise ExtractionError(f"{doc.doc_id}: extraction failed ({type(exc).__name__}: {exc}), a fault in the "
                              "extractor; remove the document or report it") from exc
    generated = {c.speaker_id for c in claims if c.speaker_id.startswith("gen-")} | \
        {m for c in claims for m in c.mentions if m.startswith("gen-")}
    return claims, [s for sid in sorted(generated) if (s := own.get(sid))]


def _extract_in_worker(doc: Document) -> tuple[list[Claim], list[Speaker]]:
    assert _worker_registry is not None
    return _extract_one(doc, _worker_registry)


def extract_all(documents: list[Document], registry: Registry, workers: int | None = None) -> list[Claim]:
    """Claims of every document, in document order; generated speakers end up in `registry`."""
    workers = workers or os.cpu_count() or 1
    base = registry.copy()
    claims: list[Claim] = []
    if workers <= 1 or len(documents) < PARALLEL_MIN_DOCUMENTS or multiprocessing.current_process().daemon:
        for doc in documents:
            doc_claims, generated = _extract_one(doc, base)
            claims.extend(doc_claims)
            registry.merge(generated)
        return claims
    with ProcessPoolExecutor(workers, initializer=_start_worker, initargs=(base.all(),)) as pool:
        for doc_claims, generated in pool.map(_extract_in_worker, documents, chunksize=16):
            claims.extend(doc_claims)
            registry.merge(generated)
    return claims
