"""SIGHUP to a real `nkbot serve --http` process: a rebuilt index goes into service without a
restart, and a damaged one is refused while the old one keeps answering."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import signal

import aiohttp

from bot.index.artifact import write_index
from bot.settings import ROOT
from tests.scenario.conftest import SIGNING_SECRET
from tests.scenario.sample_index import build_sample_index

from .test_replicas import Replica, replica_command


async def health(session: aiohttp.ClientSession, port: int) -> dict:
    async with session.get(f"http://127.0.0.1:{port}/healthz") as resp:
        return await resp.json()


async def until(predicate, session, port, timeout: float = 20.0) -> dict:
    deadline = asyncio.get_running_loop().time() + timeout
    while True:
        state = await health(session, port)
        if predicate(state) or asyncio.get_running_loop().time() > deadline:
            return state
        await asyncio.sleep(0.1)


async def test_sighup_reloads_the_index_and_refuses_a_damaged_one(tmp_path, fake_slack):
    index_path = tmp_path / "index.sqlite"
    first = build_sample_index()
    write_index(first, index_path)
    env = {"PATH": os.environ.get("PATH", ""), "SLACK_BOT_TOKEN": "xoxb-reload-test", "HOST": "127.0.0.1",
           "SLACK_SIGNING_SECRET": SIGNING_SECRET, "SLACK_API_URL": fake_slack.api_url,
           "INDEX_PATH": str(index_path), "BRIEFINGS_DIR": str(ROOT / "briefings"),
           "DATABASE_URL": f"sqlite:///{tmp_path / 'db'}", "BRIEFING_SCHEDULER": "false"}
    proc = await asyncio.create_subprocess_exec(*replica_command(), cwd=tmp_path, env=env,
                                                stdin=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
    replica = Replica(proc)
    try:
        port = await replica.listening()
        async with aiohttp.ClientSession() as session:
            before = await health(session, port)
            smaller = dataclasses.replace(first, claims=first.claims[:-1])
            new_version = write_index(smaller, index_path)
            proc.send_signal(signal.SIGHUP)
            after = await until(lambda s: s["index"] == new_version, session, port)
            assert after["index"] == new_version != before["index"]
            assert after["claims"] == before["claims"] - 1

            aside = tmp_path / "half.sqlite"  # a half-written file put in place (renamed over the index)
            aside.write_bytes(index_path.read_bytes()[:4096])
            os.replace(aside, index_path)
            proc.send_signal(signal.SIGHUP)
            await asyncio.sleep(1.0)
            still = await health(session, port)
            assert still["index"] == new_version and still["ok"]
    finally:
        await replica.stop()
    assert any("index reload failed, keeping version" in line.get("message", "") for line in replica.lines)
