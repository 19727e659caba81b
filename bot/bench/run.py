"""`nkbot bench`: every benchmark in one run, in a fixed order, figures into one dict."""

from __future__ import annotations

import asyncio
import os
import platform
import subprocess
from pathlib import Path
from typing import Any

from bot.bench import build, coldstart, compaction, feed, ingest, lookup, profile, server
from bot.bench.load import TimingSlack, run_load
from bot.bench.stats import rss_mb
from bot.settings import Settings


def machine() -> dict[str, Any]:
    try:
        cpu = next(line.split(":", 1)[1].strip() for line in subprocess.run(
            ["lscpu"], capture_output=True, text=True, check=False).stdout.splitlines()
            if line.startswith("Model name"))
    except (StopIteration, OSError):
        cpu = platform.processor() or "unknown"
    return {"cpus": os.cpu_count(), "cpu": cpu, "python": platform.python_version(), "system": platform.platform()}


async def http(rates: tuple[int, ...], seconds: float, baseline: Path | None = None,
               profile_rate: int | None = None, database_url: str | None = None) -> list[dict[str, Any]]:
    """The servers up at once; for each rate, the floor, the baseline (another release, when given)
    and ours, one after another, so they see the same conditions. At `profile_rate`, ours is
    sampled while it serves (`profile.py`)."""
    kinds = ("floor", "baseline", "nkbot") if baseline else ("floor", "nkbot")
    async with TimingSlack() as fake:
        servers = {kind: server.start(kind, fake.api_url, checkout=baseline, database_url=database_url)
                   for kind in kinds}
        try:
            for s in servers.values():
                await server.wait_ready(s, fake.response_url(f"ready-{s.name}"))
                await run_load(s.url, fake, 20, 1, f"warm-{s.name}", expect_reply=s.name != "floor")
            rows = []
            for rate in rates:
                row: dict[str, Any] = {"rate": rate}
                for kind, s in servers.items():
                    sampled = kind == "nkbot" and rate == profile_rate
                    sampling = profile.start(s.proc.pid, seconds) if sampled else None
                    row[kind] = await run_load(s.url, fake, rate, seconds, f"{kind}-{rate}",
                                               expect_reply=kind != "floor")
                    if sampled:
                        row["profile"] = await asyncio.to_thread(profile.finish, sampling, row[kind]["sent"])
                for kind in kinds[1:]:
                    row[f"{kind}_p99_ratio"] = round(row[kind]["ack"]["p99"] / row["floor"]["ack"]["p99"], 2)
                row["p99_ratio"] = row["nkbot_p99_ratio"]
                rows.append(row)
            return rows
        finally:
            for s in servers.values():
                s.stop()


def describe_checkout(path: Path) -> str:
    """The baseline's commit, as the table names it."""
    try:
        out = subprocess.run(["git", "-C", str(path), "log", "-1", "--format=%h %s"], capture_output=True,
                             text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        out = ""
    return out[:80] or str(path)


async def soak(rate: int, seconds: float) -> dict[str, Any]:
    """Mixed traffic for `seconds`, sampling the server's resident memory every 10 s."""
    async with TimingSlack() as fake:
        s = server.start("nkbot", fake.api_url)
        samples: list[tuple[float, float]] = []

        def tick(elapsed: float, _out: Any) -> None:
            if not samples or elapsed - samples[-1][0] >= 10:
                samples.append((round(elapsed, 1), rss_mb(s.proc.pid)))

        try:
            await server.wait_ready(s, fake.response_url("ready"))
            result = await run_load(s.url, fake, rate, seconds, "soak", on_tick=tick)
            samples.append((seconds, rss_mb(s.proc.pid)))
        finally:
            s.stop()
    return {"rate": rate, "seconds": seconds, "load": result, "rss_mb": samples}


def run(settings: Settings, quick: bool, with_soak: bool = False, say=print, baseline: Path | None = None,
        rates: tuple[int, ...] = (50, 200, 400), only_http: bool = False,
        database_url: str | None = None) -> dict[str, Any]:
    figures: dict[str, Any] = {"quick": quick, "machine": machine(),
                               "baseline": describe_checkout(baseline) if baseline else None,
                               "database": "PostgreSQL" if database_url and "postgres" in database_url else "SQLite"}
    seconds = 3.0 if quick else 15.0
    say(f"HTTP load at {', '.join(map(str, rates))} req/s for {seconds:.0f} s each, floor"
        f"{', baseline' if baseline else ''} and nkbot ...")
    figures["http"] = asyncio.run(http(rates, seconds, baseline, profile_rate=200 if 200 in rates else rates[-1],
                                       database_url=database_url))
    if only_http:
        return figures
    sizes = (10_000,) if quick else (10_000, 100_000, 1_000_000)
    say(f"lookups on {', '.join(f'{n:,}' for n in sizes)} claims ...")
    figures["lookup"] = lookup.run(sizes, 100 if quick else 300)
    n_docs = 100 if quick else 10_000
    say(f"index build of {n_docs:,} synthetic documents ...")
    figures["build"] = build.run(n_docs)
    n_pages = 40 if quick else 300
    say(f"ingestion of {n_pages} articles from a local web server ...")
    figures["ingest"] = ingest.run(n_pages)
    say("feed items to answerable on two replicas (FEED_POLL_SECONDS=5, CORPUS_POLL_SECONDS=2) ...")
    figures["feed"] = feed.run(8 if quick else 40)
    n_added = 5_000 if quick else 365_000
    say(f"a year of ingestion ({n_added:,} added claims) held in memory, then compacted into the artifact ...")
    figures["compaction"] = compaction.run(n_added)
    say("cold start ...")
    figures["cold_start"] = asyncio.run(coldstart.run(settings.index_path, 0 if quick else 1_000_000))
    if with_soak:
        say("soak: 10 minutes at 100 req/s ...")
        figures["soak"] = asyncio.run(soak(100, 600.0))
    return figures
