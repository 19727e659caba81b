"""The benchmark's figures as a plain-text table, with the targets they are held to."""

from __future__ import annotations

from typing import Any

TARGETS = {"ack_p99_ms": 100.0, "ack_p99_ratio": 1.5, "lookup_p99_ms_100k": 10.0, "lookup_p99_ms_1m": 50.0,
           "build_docs_per_s": 100.0}


def _ok(good: bool) -> str:
    return "ok" if good else "MISS"


def table(figures: dict[str, Any]) -> str:
    lines = [f"machine: {figures['machine']['cpus']} CPUs, {figures['machine']['cpu']}, "
             f"Python {figures['machine']['python']}", ""]
    http = figures.get("http") or []
    if http:
        lines.append(f"HTTP slash commands (ms from when each request was due; open loop; "
                     f"{figures.get('database') or 'SQLite'})")
        if figures.get("baseline"):
            lines.append(f"baseline: {figures['baseline']}")
        lines.append(f"{'rate/s':>7} {'server':<8} {'ack p50':>8} {'p95':>7} {'p99':>7} {'reply p50':>10} "
                     f"{'p99':>7} {'errors':>7}")
        for row in http:
            for who in ("floor", "baseline", "nkbot"):
                if who not in row:
                    continue
                r = row[who]
                lines.append(f"{row['rate']:>7} {who:<8} {r['ack']['p50']:>8.1f} {r['ack']['p95']:>7.1f} "
                             f"{r['ack']['p99']:>7.1f} {r['reply']['p50']:>10.1f} {r['reply']['p99']:>7.1f} "
                             f"{sum(r['errors'].values()):>7}")
            ratios = ", ".join(f"{who} {row[f'{who}_p99_ratio']:.2f}" for who in ("baseline", "nkbot")
                               if f"{who}_p99_ratio" in row)
            lines.append(f"{'':>7} p99 ratio to the floor: {ratios or row['p99_ratio']}"
                         + (f"  [target ratio <= {TARGETS['ack_p99_ratio']}: {_ok(row['p99_ratio'] <= 1.5)}, "
                            f"no errors: {_ok(not row['nkbot']['errors'])}]" if row["rate"] == 200 else "")
                         + (f"  [no errors: {_ok(not row['nkbot']['errors'])}]" if row["rate"] > 200 else ""))
        lines.append("")
        for row in http:
            prof = row.get("profile")
            if not prof:
                continue
            if not prof.get("taken"):
                lines.append(f"Profile at {row['rate']} req/s: not taken ({prof.get('why')})")
                continue
            lines.append(f"Where a request's time goes in nkbot at {row['rate']} req/s (py-spy, all threads): "
                         f"{prof['cpu_ms_per_request']:.2f} ms of CPU per request")
            lines.extend(f"  {share:>6.1%}  {stage}" for stage, share in prof["stages"].items())
        lines.append("")
    lookup = figures.get("lookup") or []
    if lookup:
        lines.append("Lookups of an opened artifact (ms per query, reading the answer's first claims as a reply "
                     "does; resident MB per 100k claims once opened, and after the queries)")
        lines.append(f"{'claims':>10} {'who p50':>8} {'p99':>7} {'topic p50':>10} {'p99':>7} {'text p50':>9} "
                     f"{'p99':>7} {'MB/100k':>8} {'after':>6} {'open s':>7}")
        for r in lookup:
            after = r.get("rss_mb_after_queries", r["rss_mb"]) * 100_000 / r["claims"]
            lines.append(f"{r['claims']:>10,} {r['who_said']['p50']:>8.2f} {r['who_said']['p99']:>7.2f} "
                         f"{r['topic']['p50']:>10.2f} {r['topic']['p99']:>7.2f} {r['free_text']['p50']:>9.2f} "
                         f"{r['free_text']['p99']:>7.2f} {r['rss_mb_per_100k']:>8.1f} {after:>6.1f} "
                         f"{r['query_build_s']:>7.2f}")
        for r in lookup:
            if r.get("add"):
                lines.append(f"Serving added documents at {r['claims']:,} claims (extend the index, make the query): "
                             f"one article {r['add']['1_s']:.2f} s, twenty {r['add']['20_s']:.2f} s, "
                             f"{r['add']['rss_mb']:.0f} MB more while the old index is still held; "
                             f"ten editors' decisions {r['add']['decide_s']:.2f} s")
        lines.append("")
    build = figures.get("build")
    if build:
        lines.append(f"Index build: {build['documents']:,} documents of ~{build['avg_chars']:,} chars -> "
                     f"{build['claims']:,} claims in {build['seconds']:.1f} s = {build['docs_per_s']:.1f} docs/s "
                     f"[target >= 100: {_ok(build['docs_per_s'] >= 100)}], peak RSS {build['peak_rss_mb']:.0f} MB")
        lines.append("")
    ingested = figures.get("ingest")
    if ingested:
        lines.append(f"Ingestion: {ingested['documents']:,} HTML articles of ~{ingested['avg_chars']:,} chars from a local "
                     f"web server -> {ingested['claims']:,} claims in {ingested['seconds']:.1f} s = "
                     f"{ingested['articles_per_s']:.1f} articles/s [target >= 20: {_ok(ingested['articles_per_s'] >= 20)}]; "
                     f"a second replica served them all {ingested['replica_catch_up_s']:.2f} s after its poll")
        lines.append("")
    fed = figures.get("feed")
    if fed:
        lat = fed["latency_ms"]
        lines.append(f"Feed item to answerable on both replicas ({fed['served']} of {fed['items']} items; feed polled "
                     f"every {fed['poll_s']:g} s, store every {fed['follow_s']:g} s): p50 {lat['p50'] / 1000:.1f} s, "
                     f"p99 {lat['p99'] / 1000:.1f} s [target p99 <= 15 s: {_ok(lat['p99'] <= 15_000)}]")
        lines.append("")
    folded = figures.get("compaction")
    if folded:
        mem, comp = folded["in_memory"], folded["compacted"]
        lines.append(f"A year of ingestion ({folded['added_claims']:,} added claims on a {mem['claims'] - folded['added_claims']:,}-claim "
                     f"artifact): held in memory from the store {mem['rss_mb']:.0f} MB (ready in {mem['ready_s']:.1f} s); "
                     f"compacted into the artifact ({folded['artifact_mb']:.0f} MB, written in {folded['compact_s']:.0f} s) "
                     f"{comp['rss_mb']:.0f} MB (ready in {comp['ready_s']:.1f} s)")
        lines.append("")
    for row in figures.get("cold_start") or []:
        extra = f" (artifact {row['artifact_mb']} MB)" if row.get("artifact_mb") else ""
        lines.append(f"Cold start, {row['index']}{extra}: {row['ready_s']:.2f} s to the first answer")
    soak = figures.get("soak")
    if soak:
        lines.append("")
        r = soak["load"]
        lines.append(f"Soak: {soak['seconds']:.0f} s at {soak['rate']}/s, {r['sent']} sent, errors {r['errors'] or 0}, "
                     f"ack p99 {r['ack']['p99']:.1f} ms; server RSS MB over time: "
                     + " ".join(f"{m:.0f}" for _, m in soak["rss_mb"]))
    return "\n".join(lines)
