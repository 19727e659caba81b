"""Index build throughput: synthetic news-length documents through the real build pipeline.

The documents are written as a seeds folder (texts, sources.yaml, the project's speakers.yaml,
no decisions) and `build_to` runs in a child process, so the figure includes reading, sentence
splitting, extraction, curation, corroboration and the atomic write, and the child's peak
resident memory is the build's own.
"""

from __future__ import annotations

import multiprocessing as mp
import resource
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from bot.bench.stats import peak_rss_mb
from bot.settings import ROOT


def write_seeds(folder: Path, n_docs: int, seed: int = 7) -> int:
    """Write `n_docs` synthetic documents as a seeds folder; returns their total characters."""
    from bot.bench.corpus import make_documents

    corpus = make_documents(n_docs, seed)
    folder.mkdir(parents=True, exist_ok=True)
    chars = 0
    for doc in corpus.documents:
        (folder / f"{doc.doc_id}.txt").write_text(doc.text, encoding="utf-8")
        chars += len(doc.text)
    sources = {d.doc_id: {"published": d.source.published} for d in corpus.documents}
    (folder / "sources.yaml").write_text(yaml.safe_dump(sources), encoding="utf-8")
    shutil.copy(ROOT / "seeds" / "speakers.yaml", folder / "speakers.yaml")
    (folder / "decisions.yaml").write_text("[]\n", encoding="utf-8")
    return chars


def _child(seeds: str, out: str, conn: Any) -> None:
    from bot.index.build import build_to

    t0 = time.perf_counter()
    result, _ = build_to(Path(seeds), Path(out))
    workers_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # largest extraction worker
    conn.send({"seconds": time.perf_counter() - t0, "claims": len(result.index.claims),
               "peak_rss_mb": round(peak_rss_mb(), 1), "worker_peak_rss_mb": round(workers_peak, 1)})


def run(n_docs: int, timeout: float = 3600) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="nkbot-bench-build-") as tmp:
        seeds = Path(tmp) / "seeds"
        chars = write_seeds(seeds, n_docs)
        ctx = mp.get_context("spawn")
        recv, send = ctx.Pipe(duplex=False)
        # not a daemon: the build spreads extraction over worker processes of its own
        proc = ctx.Process(target=_child, args=(str(seeds), str(Path(tmp) / "index.sqlite"), send))
        proc.start()
        try:
            if not recv.poll(timeout):
                raise RuntimeError(f"index build of {n_docs} documents did not finish in {timeout:.0f} s")
            got = recv.recv()
        finally:
            proc.join(5)
            if proc.is_alive():
                proc.kill()
    return {"documents": n_docs, "avg_chars": round(chars / n_docs), "claims": got["claims"],
            "seconds": round(got["seconds"], 2), "docs_per_s": round(n_docs / got["seconds"], 1),
            "peak_rss_mb": got["peak_rss_mb"], "worker_peak_rss_mb": got["worker_peak_rss_mb"]}
