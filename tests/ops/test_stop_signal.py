"""SIGTERM (what `docker stop` and systemd send) to a real `nkbot serve --http` process: it stops as
on Ctrl-C, answering what it had in hand, closing its listener and exiting 0, instead of dying
mid-request with the default action."""

from __future__ import annotations

import asyncio
import os
import signal

import aiohttp

from bot.index.artifact import write_index
from bot.settings import ROOT
from tests.scenario.conftest import SIGNING_SECRET
from tests.scenario.sample_index import build_sample_index

from .test_replicas import Replica, replica_command


async def test_sigterm_stops_the_server_cleanly_with_exit_code_zero(tmp_path, fake_slack):
    write_index(build_sample_index(), tmp_path / "index.sqlite")
    env = {"PATH": os.environ.get("PATH", ""), "SLACK_BOT_TOKEN": "xoxb-stop-test", "HOST": "127.0.0.1",
           "SLACK_SIGNING_SECRET": SIGNING_SECRET, "SLACK_API_URL": fake_slack.api_url,
           "INDEX_PATH": str(tmp_path / "index.sqlite"), "BRIEFINGS_DIR": str(ROOT / "briefings"),
           "DATABASE_URL": f"sqlite:///{tmp_path / 'db'}"}
    proc = await asyncio.create_subprocess_exec(*replica_command(), cwd=tmp_path, env=env,
                                                stdin=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
    replica = Replica(proc)
    try:
        port = await replica.listening()
        async with aiohttp.ClientSession() as session, session.get(f"http://127.0.0.1:{port}/healthz") as resp:
            assert resp.status == 200
        proc.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(proc.wait(), timeout=30) == 0  # (the default action exits with -15)
        await replica._reader
    finally:
        if proc.returncode is None:
            proc.kill()
            await proc.wait()
    assert any(line["message"] == "SIGTERM: stopping" for line in replica.lines)
    async with aiohttp.ClientSession() as session:  # the port is closed, not left half-open
        try:
            async with session.get(f"http://127.0.0.1:{port}/healthz") as resp:
                raise AssertionError(f"still answering after SIGTERM: {resp.status}")
        except aiohttp.ClientConnectionError:
            pass
