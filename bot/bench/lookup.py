"""Lookup latency and memory over synthetic indexes of a given size.

Each size runs in a fresh process (spawned), so its resident-memory delta is the index's own
and a million-claim index does not stay in the parent. Queries are drawn from the index itself:
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
    from bot.bench.corpus import PLACES, TOPIC, UNITS

    speakers = list(index.speakers.values())
    rare = list({w for c in index.claims[:2000] for w in c.text.split()[-3:] if w.isalpha()})
    who, topic, text = [], [], []
    for _ in range(n):
        sp = rng.choice(speakers)
        name = rng.choice((sp.name, sp.name, rng.choice(sp.aliases) if sp.aliases else sp.name, _typo(rng, sp.name)))
        who.append(lambda q, name=name: q.by_speaker(name))
        flt = rng.choice(("", "", rng.choice(PLACES), f"{rng.choice(UNITS)} {rng.choice(PLACES)}"))
        topic.append(lambda q, flt=flt: q.topic(topic_key, flt))
        words = [rng.choice(TOPIC), rng.choice(PLACES)] + ([rng.choice(rare)] if rare and rng.random() < 0.5 else [])
        if rng.random() < 0.3:
            words.insert(0, rng.choice(UNITS))
        phrase = " ".join(words)
        text.append(lambda q, phrase=phrase: q.search(phrase))
    return {"who_said": who, "topic": topic, "free_text": text}


def measure_size(n_claims: int, n_queries: int = 300, seed: int = 5) -> dict[str, Any]:
    """Build an index of `n_claims`, then time each query type; runs in the calling process."""
    from bot.bench.corpus import make_index
    from bot.index.query import ClaimQuery
    from bot.settings import ROOT
    from bot.topics import load_catalogue

    catalogue = load_catalogue(ROOT / "briefings" / "topics.yaml")
    topic_key = next(iter(catalogue.topics))
    gc.collect()
    before = rss_mb()
    t0 = time.perf_counter()
    index = make_index(n_claims, seed)
    generated = time.perf_counter() - t0
    t0 = time.perf_counter()
    query = ClaimQuery(index, catalogue.topics)
    built = time.perf_counter() - t0
    gc.collect()
    resident = rss_mb() - before
    rng = random.Random(seed)
    result: dict[str, Any] = {"claims": n_claims, "speakers": len(index.speakers), "generate_s": round(generated, 2),
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
    return result


def _child(n_claims: int, n_queries: int, out: Any) -> None:
    out.send(measure_size(n_claims, n_queries))


def run(sizes: tuple[int, ...], n_queries: int = 300, timeout: float = 1800) -> list[dict[str, Any]]:
    """`measure_size` for each size, each in its own spawned process."""
    ctx = mp.get_context("spawn")
    results = []
    for n in sizes:
        recv, send = ctx.Pipe(duplex=False)
        proc = ctx.Process(target=_child, args=(n, n_queries, send), daemon=True)
        proc.start()
        try:
            if not recv.poll(timeout):
                raise RuntimeError(f"lookup benchmark at {n:,} claims did not finish in {timeout:.0f} s")
            results.append(recv.recv())
        finally:
            proc.join(5)
            if proc.is_alive():
                proc.kill()
    return results
