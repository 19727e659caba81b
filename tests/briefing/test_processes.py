"""Several real scheduler processes against one database and one fake Slack.

Each process is `tests/briefing/scheduler_process.py`: production code, a clock the test moves
through a file. They start together on an empty database (so their migrations race too).
"""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from collections import Counter
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.briefing.model import DONE
from bot.briefing.runs import Runs
from bot.briefing.store import make_engine, runs

from .conftest import briefings, subscribe
from .scheduler_process import set_file_clock

ROOT = Path(__file__).resolve().parents[2]
LEASE = 30.0  # clock seconds
# The race test moves the clock two hours per 80 ms of real time while posts take 100 ms: a lease
# must outlast one attempt *in clock time*, so there it is longer (as it is, in real time, in production).
RACE_LEASE = 6 * 3600.0


class Processes:
    def __init__(self, database_url: str, slack_url: str, clock_file: Path) -> None:
        self.database_url, self.slack_url, self.clock_file = database_url, slack_url, clock_file
        self.lease = LEASE
        self.procs: dict[str, asyncio.subprocess.Process] = {}

    async def start(self, *owners: str) -> None:
        for owner in owners:
            self.procs[owner] = await asyncio.create_subprocess_exec(
                sys.executable, "-m", "tests.briefing.scheduler_process", "--database-url", self.database_url,
                "--slack-url", self.slack_url, "--clock-file", str(self.clock_file), "--owner", owner,
                "--lease", str(self.lease), cwd=ROOT, stdout=asyncio.subprocess.PIPE,
                env={**os.environ, "PYTHONPATH": str(ROOT)})
        for owner in owners:
            line = await asyncio.wait_for(self.procs[owner].stdout.readline(), timeout=30)
            assert line.strip() == b"ready", f"{owner} did not start"

    def kill(self, owner: str) -> None:
        self.procs[owner].send_signal(signal.SIGKILL)

    async def stop(self) -> None:
        for proc in self.procs.values():
            if proc.returncode is None:
                proc.send_signal(signal.SIGTERM)
        for proc in self.procs.values():
            await asyncio.wait_for(proc.wait(), timeout=15)


@pytest.fixture
async def processes(database_url, fake_slack, tmp_path):
    clock_file = tmp_path / "clock"
    procs = Processes(database_url, fake_slack.api_url, clock_file)
    yield procs
    await procs.stop()


async def eventually(predicate, timeout: float = 15.0) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.02)


def keys(fake_slack) -> Counter:
    return Counter((m["metadata"]["event_payload"]["channel"], m["metadata"]["event_payload"]["date"])
                   for m in briefings(fake_slack))


async def test_three_schedulers_post_exactly_one_briefing_per_channel_and_local_day(processes, database_url,
                                                                                     fake_slack):
    start = datetime(2025, 3, 10, 4, 0, tzinfo=UTC)
    set_file_clock(processes.clock_file, start)
    processes.lease = RACE_LEASE
    await processes.start("p1", "p2", "p3")  # three migrations on an empty database, at once
    engine = make_engine(database_url)
    channels = {"CKYIV": ("08:00", "Europe/Kyiv"), "CNY": ("08:00", "America/New_York"),
                "CSEOUL": ("07:30", "Asia/Seoul"), "CUTC": ("09:00", "UTC"),
                "CBERLIN": ("08:00", "Europe/Berlin")}
    for channel, (at, zone) in channels.items():
        subscribe(engine, channel, at, zone)
    fake_slack.fail("chat.postMessage", delay=0.1, times=3)  # slow posts widen the race window
    now = start
    while now < datetime(2025, 3, 11, 23, 0, tzinfo=UTC):  # two days, two hours at a time
        now += timedelta(hours=2)
        set_file_clock(processes.clock_file, now)
        await asyncio.sleep(0.08)
    expected = {("CKYIV", "2025-03-10"), ("CKYIV", "2025-03-11"),
                ("CNY", "2025-03-10"), ("CNY", "2025-03-11"),
                ("CSEOUL", "2025-03-10"),  # caught up: 07:30 in Seoul had passed when the bots started
                ("CSEOUL", "2025-03-11"), ("CSEOUL", "2025-03-12"), ("CUTC", "2025-03-10"),
                ("CUTC", "2025-03-11"), ("CBERLIN", "2025-03-10"), ("CBERLIN", "2025-03-11")}
    await eventually(lambda: len(keys(fake_slack)) >= len(expected))
    await asyncio.sleep(0.3)  # a few more ticks by all three: still nothing doubled
    assert keys(fake_slack) == Counter({k: 1 for k in expected})
    assert len(fake_slack.calls_to("chat.postMessage")) == len(expected)
    with engine.connect() as conn:  # the work really was shared out, not done by one process
        assert len({row.owner for row in conn.execute(select(runs))}) >= 2
    engine.dispose()


async def test_a_crash_after_the_post_left_is_taken_over_without_a_second_post(processes, database_url,
                                                                                fake_slack):
    slot = datetime(2025, 3, 10, 6, 0, tzinfo=UTC)  # 08:00 in Kyiv
    set_file_clock(processes.clock_file, slot)
    fake_slack.fail("chat.postMessage", delay=0.8)  # the post is in flight when p1 dies; Slack still posts it
    await processes.start("p1")
    engine = make_engine(database_url)
    subscribe(engine, "C1", "08:00", "Europe/Kyiv")
    await eventually(lambda: len(fake_slack.calls_to("chat.postMessage")) == 1)
    processes.kill("p1")
    await eventually(lambda: len(briefings(fake_slack)) == 1)  # it went through; p1 never recorded it
    run = Runs(engine).get("C1", date(2025, 3, 10))
    assert run.status == "running" and run.owner == "p1"
    set_file_clock(processes.clock_file, slot + timedelta(seconds=LEASE + 1))
    await processes.start("p2")
    await eventually(lambda: Runs(engine).get("C1", date(2025, 3, 10)).status == DONE)
    run = Runs(engine).get("C1", date(2025, 3, 10))
    assert (run.owner, run.message_ts) == ("p2", briefings(fake_slack)[0]["ts"])
    assert [(e.owner, e.outcome) for e in Runs(engine).history("C1", date(2025, 3, 10))] == \
        [("p2", "found_in_history")]
    assert len(fake_slack.calls_to("chat.postMessage")) == 1
    engine.dispose()


async def test_a_crash_before_the_post_went_through_is_posted_once_by_the_next_process(
        processes, database_url, fake_slack):
    slot = datetime(2025, 3, 10, 6, 0, tzinfo=UTC)
    set_file_clock(processes.clock_file, slot)
    fake_slack.fail("chat.postMessage", status=500, delay=0.8)  # in flight when p1 dies; never posted
    await processes.start("p1")
    engine = make_engine(database_url)
    subscribe(engine, "C1", "08:00", "Europe/Kyiv")
    await eventually(lambda: len(fake_slack.calls_to("chat.postMessage")) == 1)
    processes.kill("p1")
    set_file_clock(processes.clock_file, slot + timedelta(seconds=LEASE + 1))
    await processes.start("p2")
    await eventually(lambda: len(briefings(fake_slack)) == 1)
    await eventually(lambda: Runs(engine).get("C1", date(2025, 3, 10)).status == DONE)
    assert [(e.owner, e.outcome) for e in Runs(engine).history("C1", date(2025, 3, 10))] == [("p2", "posted")]
    assert len(fake_slack.calls_to("conversations.history")) == 1  # p2 looked before posting
    engine.dispose()
