"""Lookup latency and memory over synthetic indexes of a given size, served as the bot serves them.

For each size one fresh process (spawned) generates the index and writes it as a real artifact;
another opens it as `nkbot serve` does and is measured, so its resident-memory delta is what a
serving process holds for that index, not what generating it cost. Queries are drawn from the index itself:
full names, bare surnames (often ambiguous), titled aliases and misspelt names for `who-said`;
the topic with and without a filter; free text mixing topic words, units, places and rare words.
"""

from __future__ import annotations

import gc
import multiprocessing as mp
import random
import time
from collections.abc import Callable
from typing import Any

from bot.bench.stats import rss_mb, summary_ms

WARMUP = 20


def _typo(rng: random.Random, name: str) -> str:
    if len(name) < 6:
        return name
    i = rng.randrange(1, len(name) - 1)
    return name[:i] + name[i + 1:]


def queries(index, rng: random.Random, n: int, topic_key: str) -> dict[str, list[Callable[[Any], Any]]]:
    """Each query reads what a reply reads: the answer's first `WINDOW` claims (see `bot.answer`)."""
    from bot.answer import WINDOW
    from bot.bench.corpus import PLACES, TOPIC, UNITS

    speakers = list(index.speakers.values())
    rare = list({w for c in index.claims[:2000] for w in c.text.split()[-3:] if w.isalpha()})
    who, topic, text = [], [], []
    for _ in range(n):
        sp = rng.choice(speakers)
        name = rng.choice((sp.name, sp.name, rng.choice(sp.aliases) if sp.aliases else sp.name, _typo(rng, sp.name)))
        who.append(lambda q, name=name: list(q.by_speaker(name).claims[:WINDOW]))
        flt = rng.choice(("", "", rng.choice(PLACES), f"{rng.choice(UNITS)} {rng.choice(PLACES)}"))
        topic.append(lambda q, flt=flt: list(q.topic(topic_key, flt).claims[:WINDOW]))
        words = [rng.choice(TOPIC), rng.choice(PLACES)] + ([rng.choice(rare)] if rare and rng.random() < 0.5 else [])
        if rng.random() < 0.3:
            words.insert(0, rng.choice(UNITS))
        phrase = " ".join(words)
        text.append(lambda q, phrase=phrase: list(q.found(phrase)[:WINDOW]))
    return {"who_said": who, "topic": topic, "free_text": text}


def write_synthetic(n_claims: int, path: str, seed: int = 5) -> dict[str, float]:
    """Generate an index of `n_claims` and write it as an artifact at `path` (lookups included)."""
    from pathlib import Path

    from bot.bench.corpus import make_index
    from bot.index.artifact import write_index

    t0 = time.perf_counter()
    index = make_index(n_claims, seed)
    generated = time.perf_counter() - t0
    t0 = time.perf_counter()
    write_index(index, Path(path))
    return {"generate_s": round(generated, 2), "write_s": round(time.perf_counter() - t0, 2),
            "artifact_mb": round(Path(path).stat().st_size / 1e6, 1)}


def measure_size(n_claims: int, n_queries: int = 300, seed: int = 5, path: str = "") -> dict[str, Any]:
    """Open the artifact at `path` (written here first when not given), then time each query type;
    runs in the calling process."""
    import tempfile
    from pathlib import Path

    from bot.index.artifact import load_index
    from bot.index.holder import settle_heap
    from bot.index.query import ClaimQuery
    from bot.settings import ROOT
    from bot.topics import load_catalogue

    with tempfile.TemporaryDirectory(prefix="nkbot-bench-lookup-") as tmp:
        target = path or str(Path(tmp) / "index.sqlite")
        written = {} if path else write_synthetic(n_claims, target, seed)
        catalogue = load_catalogue(ROOT / "briefings" / "topics.yaml")
        topic_key = next(iter(catalogue.topics))
        gc.collect()
        before = rss_mb()
        t0 = time.perf_counter()
        index = load_index(Path(target))
        query = ClaimQuery(index, catalogue.topics)
        settle_heap()  # as a serving process does (`IndexHolder`)
        built = time.perf_counter() - t0
        gc.collect()
        resident = rss_mb() - before
        rng = random.Random(seed)
        result: dict[str, Any] = {"claims": n_claims, "speakers": len(index.speakers), **written,
                                  "query_build_s": round(built, 2), "rss_mb": round(resident, 1),
                                  "rss_mb_per_100k": round(resident * 100_000 / n_claims, 1)}
        for kind, calls in queries(index, rng, n_queries + WARMUP, topic_key).items():
            for call in calls[:WARMUP]:
                call(query)
            times = []
            for call in calls[WARMUP:]:
                t0 = time.perf_counter()
                call(query)
                times.append(time.perf_counter() - t0)
            result[kind] = summary_ms(times)
        result["rss_mb_after_queries"] = round(rss_mb() - before, 1)
        result["add"] = adding(index, catalogue.topics)
        return result


def adding(index, topics) -> dict[str, Any]:
    """What serving newly added documents costs a replica holding `index`: extending it (`extend`)
    and making the query over it, as `IndexHolder.extend` does, for one article and for a burst
    of twenty; the memory held while both indexes exist (the old one until the swap); and what
    serving ten editors' decisions costs (`decide`)."""
    from bot.bench.corpus import make_additions
    from bot.corpus.merge import decide, extend
    from bot.index.curate import Decision
    from bot.index.query import ClaimQuery

    out: dict[str, Any] = {}
    gc.collect()
    before = rss_mb()
    for n_docs, seed in ((1, 9), (20, 10)):
        docs = make_additions(n_docs, seed)
        t0 = time.perf_counter()
        ClaimQuery(extend(index, docs, f"{index.version}+{n_docs}"), topics)
        out[f"{n_docs}_s"] = round(time.perf_counter() - t0, 2)
    out["rss_mb"] = round(rss_mb() - before, 1)
    # an editor's morning: five claims withdrawn, five approved (the denials among them relinked)
    picked = list(index.claims.many(range(0, min(index.count, 10_000), 1_000)))
    decisions = [Decision(c.id, "reject" if k % 2 else "approve") for k, c in enumerate(picked)]
    t0 = time.perf_counter()
    ClaimQuery(decide(index, (), decisions, f"{index.version}~1", index.claim), topics)
    out["decide_s"] = round(time.perf_counter() - t0, 2)
    return out


def _child(task: Callable[..., Any], args: tuple[Any, ...], out: Any) -> None:
    out.send(task(*args))


def in_process(task: Callable[..., Any], args: tuple[Any, ...], timeout: float) -> Any:
    ctx = mp.get_context("spawn")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(task, args, send), daemon=True)
    proc.start()
    try:
        if not recv.poll(timeout):
            raise RuntimeError(f"{task.__name__}{args[:1]} did not finish in {timeout:.0f} s")
        return recv.recv()
    finally:
        proc.join(5)
        if proc.is_alive():
            proc.kill()


def run(sizes: tuple[int, ...], n_queries: int = 300, timeout: float = 1800) -> list[dict[str, Any]]:
    """For each size: write the artifact in one spawned process, measure it in another."""
    import tempfile
    from pathlib import Path

    results = []
    for n in sizes:
        with tempfile.TemporaryDirectory(prefix="nkbot-bench-lookup-") as tmp:
            path = str(Path(tmp) / "index.sqlite")
            written = in_process(write_synthetic, (n, path), timeout)
            results.append({**in_process(measure_size, (n, n_queries, 5, path), timeout), **written})
    return results
