"""Where a request's time goes in the server under load: py-spy samples the `nkbot serve --http`
process (every thread: answers run in worker threads, which cProfile would not see) while the
load runs, and each sample is put in the stage its stack is in.

py-spy is a separate program (the `bench` extra installs it); without it, or without the right to
trace another process, the benchmark runs and says the profile was not taken.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

# (stage, what in a frame puts a sample there); the innermost frame that matches decides, so a
# template rendered while answering counts as rendering, not as answering
STAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("block validation", ("bot/blockkit.py", "slack_sdk/models/")),
    ("templates (Jinja2)", ("jinja2/", "bot/render.py", "briefings/templates/", ".j2")),
    ("lookups over the index", ("bot/index/", "bot/views.py")),
    ("answer, other", ("bot/answer.py", "bot/interpret.py", "bot/topics.py")),
    ("shared replay memory (SQL)", ("bot/listeners/seen_events.py", "sqlalchemy/", "sqlite3", "psycopg")),
    ("signature check", ("slack_sdk/signature/", "bot/listeners/replay.py", "hmac.py")),
    ("logging and metrics", ("logging/", "bot/observability/", "prometheus_client/")),
    ("bolt (dispatch, ack)", ("slack_bolt/",)),
    ("HTTP server (aiohttp)", ("aiohttp/", "asyncio/", "selectors.py")),
)
IDLE = ("_worker (concurrent/futures/thread.py", "select (selectors.py", "wait (threading.py",
        "_run_once (asyncio/base_events.py")


def available() -> str | None:
    """The py-spy program, if this environment has one."""
    local = Path(sys.executable).parent / "py-spy"
    return str(local) if local.exists() else shutil.which("py-spy")


def start(pid: int, seconds: float) -> tuple[subprocess.Popen, Path] | None:
    """Start sampling `pid` for `seconds` (100 samples a second, idle threads left out)."""
    spy = available()
    if spy is None:
        return None
    out = Path(tempfile.mkdtemp(prefix="nkbot-profile-")) / "samples.txt"
    proc = subprocess.Popen([spy, "record", "--pid", str(pid), "--duration", str(max(1, round(seconds))),
                             "--rate", "100", "--format", "raw", "--output", str(out), "--nonblocking"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return proc, out


def finish(started: tuple[subprocess.Popen, Path] | None, requests: int) -> dict[str, Any]:
    if started is None:
        return {"taken": False, "why": "py-spy is not installed (pip install -e '.[bench]')"}
    proc, out = started
    try:
        _, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()
        return {"taken": False, "why": "py-spy did not finish"}
    if proc.returncode != 0 or not out.exists():
        return {"taken": False, "why": (err or b"").decode(errors="replace").strip().splitlines()[-1:] or "failed"}
    return stages(out.read_text(encoding="utf-8", errors="replace").splitlines(), requests)


def stage_of(frames: list[str]) -> str:
    for frame in reversed(frames):
        for stage, marks in STAGES:
            if any(mark in frame for mark in marks):
                return stage
    return "other"


def stages(lines: list[str], requests: int, rate: int = 100) -> dict[str, Any]:
    """py-spy's raw lines (`frame;frame;... count`) as a share of busy samples per stage, and the
    CPU time per request they add up to (busy samples / rate / requests)."""
    counts: Counter[str] = Counter()
    idle = 0
    for line in lines:
        stack, _, n = line.rpartition(" ")
        if not n.isdigit():
            continue
        frames = stack.split(";")
        if any(mark in frames[-1] for mark in IDLE):
            idle += int(n)
            continue
        counts[stage_of(frames)] += int(n)
    busy = sum(counts.values())
    return {"taken": True, "busy_samples": busy, "idle_samples": idle, "requests": requests,
            "cpu_ms_per_request": round(busy / rate * 1000 / max(requests, 1), 3),
            "stages": {stage: round(n / max(busy, 1), 3) for stage, n in counts.most_common()}}
