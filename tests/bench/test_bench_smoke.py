"""A tiny run of every benchmark, to keep `nkbot bench` working. No timed assertions: the
figures only have to exist, be positive and hang together."""

from __future__ import annotations

import math

from bot.bench import build, coldstart, feed, ingest, lookup, run
from bot.bench.report import table
from bot.index.artifact import write_index
from tests.scenario.sample_index import build_sample_index


def _sane(summary: dict) -> None:
    assert summary["n"] > 0
    assert 0 < summary["p50"] <= summary["p99"] <= summary["max"] < 10_000


async def test_http_load_against_the_floor_and_ours():
    rows = await run.http((40,), 1.0)
    (row,) = rows
    assert row["rate"] == 40 and row["p99_ratio"] > 0
    for who in ("floor", "nkbot"):
        assert row[who]["sent"] == 40 and not row[who]["errors"], row[who]
        _sane(row[who]["ack"])
    _sane(row["nkbot"]["reply"])
    assert math.isnan(row["floor"]["reply"]["p50"])  # the floor only acks


def test_lookup_build_and_report(tmp_path):
    sized = lookup.measure_size(2_000, n_queries=20)
    assert sized["claims"] == 2_000 and sized["speakers"] >= 2_000
    for kind in ("who_said", "topic", "free_text"):
        _sane(sized[kind])
    assert 0 < sized["add"]["1_s"] and 0 < sized["add"]["20_s"]
    built = build.run(5)
    assert built["documents"] == 5 and built["claims"] > 0 and built["docs_per_s"] > 0
    ingested = ingest.run(6)
    assert ingested["added"] == ingested["replica_documents"] == 6 and ingested["claims"] > 0
    fed = feed.run(3, every_s=0.1, poll_s=0.5, follow_s=0.3)
    assert fed["served"] == 3 and 0 < fed["latency_ms"]["p50"] <= fed["latency_ms"]["max"]
    figures = {"machine": run.machine(), "lookup": [sized], "build": built, "ingest": ingested, "feed": fed}
    text = table(figures)
    assert "Lookups" in text and "Serving added documents at 2,000 claims" in text and "Index build" in text and "Ingestion: 6 HTML articles" in text
    assert "Feed item to answerable on both replicas (3 of 3 items" in text


async def test_cold_start_answers(tmp_path):
    path = tmp_path / "index.sqlite"
    write_index(build_sample_index(), path)
    row = await coldstart.measure(path, "sample")
    assert 0 < row["ready_s"] < 600


def test_profile_samples_are_put_in_the_stage_their_innermost_frame_is_in():
    from bot.bench.profile import stages

    lines = [
        "handle (aiohttp/web_protocol.py:1);answer (bot/answer.py:9);render (jinja2/environment.py:3) 30",
        "handle (aiohttp/web_protocol.py:1);answer (bot/answer.py:9);validate_message (bot/blockkit.py:4) 10",
        "handle (aiohttp/web_protocol.py:1);answer (bot/answer.py:9);speaker (bot/index/query.py:2) 40",
        "_bootstrap (threading.py:1);_worker (concurrent/futures/thread.py:81) 500",
        "dispatch (slack_bolt/app/async_app.py:5) 20",
        "not a sample line",
    ]
    prof = stages(lines, requests=10)
    assert prof["busy_samples"] == 100 and prof["idle_samples"] == 500
    assert prof["stages"] == {"lookups over the index": 0.4, "templates (Jinja2)": 0.3, "bolt (dispatch, ack)": 0.2,
                              "block validation": 0.1}
    assert prof["cpu_ms_per_request"] == 100.0  # 100 samples at 100 a second over 10 requests
    text = table({"machine": run.machine(), "http": [{
        "rate": 200, "p99_ratio": 1.2, "nkbot_p99_ratio": 1.2, "profile": prof,
        **{who: {"ack": {"p50": 1.0, "p95": 2.0, "p99": 3.0}, "reply": {"p50": 1.0, "p99": 3.0}, "errors": {}}
           for who in ("floor", "nkbot")}}]})
    assert "100.00 ms of CPU per request" in text and "40.0%  lookups over the index" in text


def test_compaction_figures_hang_together():
    from bot.bench import compaction

    folded = compaction.run(2_000)
    assert folded["in_memory"]["claims"] == folded["compacted"]["claims"] == 2_000 + compaction.BASE_CLAIMS
    assert folded["in_memory"]["rss_mb"] > 0 and folded["compacted"]["rss_mb"] > 0
    text = table({"machine": run.machine(), "compaction": folded})
    assert "A year of ingestion (2,000 added claims on a 10,000-claim artifact)" in text
