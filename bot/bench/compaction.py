"""A year of ingestion, held two ways: what a replica's memory holds for 365,000 added claims
(a thousand a day) served from the live corpus in memory, and the same claims once compacted
into the artifact (`nkbot index build --with-store`).

Each way is measured in a fresh spawned process, from before loading to after the first queries,
so the figure is what serving costs, not what generating the documents cost. The added documents
are synthetic (`make_additions`) with a text of realistic length each.
"""

from __future__ import annotations

import gc
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

from bot.bench.lookup import in_process
from bot.bench.stats import rss_mb

BASE_CLAIMS = 10_000  # the seeds' artifact stands for little next to a year of additions
CLAIMS_PER_DOC = 10
TEXT_CHARS = 4_000  # an article's length; a replica holds each added document's text too


def _additions(n_claims: int) -> list:
    from bot.bench.corpus import make_additions

    filler = ("Officials said the situation near the border remained tense as talks continued. " * 60)[:TEXT_CHARS]
    return [replace(d, text=filler + d.doc_id) for d in make_additions(n_claims // CLAIMS_PER_DOC, seed=21,
                                                                        claims_per_doc=CLAIMS_PER_DOC)]


def write_both(n_claims: int, folder: str) -> dict[str, Any]:
    """The artifact without the additions and the compacted one, both written in `folder`."""
    from bot.bench.corpus import make_index
    from bot.index.artifact import write_index
    from bot.index.build import fold_in

    base = make_index(BASE_CLAIMS, seed=5)
    write_index(base, Path(folder) / "base.sqlite")
    added = _additions(n_claims)
    t0 = time.perf_counter()
    write_index(fold_in(base, added), Path(folder) / "compacted.sqlite")  # as `index build --with-store`
    return {"compact_s": round(time.perf_counter() - t0, 1),
            "artifact_mb": round((Path(folder) / "compacted.sqlite").stat().st_size / 1e6, 1)}


def serve(n_claims: int, folder: str, compacted: bool) -> dict[str, Any]:
    """A replica's memory for the year's claims: the base artifact with them merged in from the store,
    or the compacted artifact; measured from before loading to after a few queries."""
    from bot.index.holder import IndexHolder

    gc.collect()
    before = rss_mb()
    t0 = time.perf_counter()
    holder = IndexHolder.load(Path(folder) / ("compacted.sqlite" if compacted else "base.sqlite"))
    if not compacted:
        holder.extend(_additions(n_claims))  # as `catch_up` reads them from the store, and keeps them
    for text in ("troops", "border", "killed"):
        holder.query.search(text)
    gc.collect()
    return {"claims": holder.index.count, "ready_s": round(time.perf_counter() - t0, 1),
            "rss_mb": round(rss_mb() - before, 1)}


def run(n_claims: int = 365_000, timeout: float = 3600) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="nkbot-bench-compaction-") as folder:
        written = in_process(write_both, (n_claims, folder), timeout)
        held = in_process(serve, (n_claims, folder, False), timeout)
        folded = in_process(serve, (n_claims, folder, True), timeout)
    return {"added_claims": n_claims, **written, "in_memory": held, "compacted": folded}
