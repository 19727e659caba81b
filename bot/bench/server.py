"""Servers under test, each in its own process, and the signed requests Slack would send them.

`nkbot serve --http` is started exactly as it is deployed (its own CLI, settings from the
environment), with Slack's Web API pointed at the benchmark's fake. Requests are signed with
v0 HMAC-SHA256 as Slack signs them; signature checking stays on.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import itertools
import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

import aiohttp

SIGNING_SECRET = "bench-signing-secret"
TEAM_ID = "T0000TEST"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sign(body: bytes, secret: str = SIGNING_SECRET) -> dict[str, str]:
    ts = str(int(time.time()))
    digest = hmac.new(secret.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


_triggers = itertools.count(1)


def command_body(command: str, text: str, response_url: str) -> bytes:
    """A slash command as Slack sends it; every one has its own trigger_id, as Slack's do, so the
    bot's replay protection (one use per signature) never mistakes load for a replay."""
    return urlencode({"token": "x", "team_id": TEAM_ID, "channel_id": "C1", "user_id": "U1", "user_name": "ana",
                      "command": command, "text": text, "response_url": response_url,
                      "trigger_id": f"t{next(_triggers)}", "api_app_id": "A1"}).encode()


@dataclass
class Server:
    name: str
    proc: subprocess.Popen
    url: str
    started: float  # time.monotonic() just before the process was started

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


def start(kind: str, api_url: str, index_path: Path | None = None, checkout: Path | None = None,
          database_url: str | None = None) -> Server:
    """Start `nkbot serve --http` ("nkbot"), the bare bolt app ("floor"), or another release's
    `nkbot serve --http` ("baseline": `checkout`, a clone with its own `.venv` and built index,
    run from its folder with its own defaults) on a free port."""
    port = free_port()
    env = {**os.environ, "SLACK_BOT_TOKEN": "xoxb-bench-token", "SLACK_SIGNING_SECRET": SIGNING_SECRET,
           "SLACK_API_URL": api_url, "HOST": "127.0.0.1", "LOG_LEVEL": "WARNING", "PYTHONUNBUFFERED": "1"}
    for name in ("SLACK_APP_TOKEN", "DATABASE_URL", "INDEX_PATH", "PYTHONPATH"):
        env.pop(name, None)  # each server its own defaults: the baseline must not read this one's state
    if index_path is not None:
        env["INDEX_PATH"] = str(index_path)
    if database_url:
        env["DATABASE_URL"] = database_url
    cwd = None
    if kind == "baseline":
        if checkout is None:
            raise ValueError("a baseline server needs the checkout to run")
        cwd, python = checkout, checkout / ".venv" / "bin" / "python"
        args = [str(python), "-m", "bot", "serve", "--http", "--port", str(port)]
    elif kind == "nkbot":
        args = [sys.executable, "-m", "bot", "serve", "--http", "--port", str(port)]
    else:
        args = [sys.executable, "-m", "bot.bench.floor_app", "--port", str(port)]
    started = time.monotonic()
    proc = subprocess.Popen(args, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return Server(kind, proc, f"http://127.0.0.1:{port}", started)


async def post_command(session: aiohttp.ClientSession, url: str, command: str, text: str,
                       response_url: str) -> tuple[int, bytes]:
    body = command_body(command, text, response_url)
    headers = {"Content-Type": "application/x-www-form-urlencoded", **sign(body)}
    async with session.post(f"{url}/slack/events", data=body, headers=headers) as resp:
        return resp.status, await resp.read()


async def wait_ready(server: Server, response_url: str, timeout: float = 600.0) -> float:
    """Seconds from process start until it acks a signed /who-said; raises if it dies or stalls."""
    deadline = time.monotonic() + timeout
    async with aiohttp.ClientSession() as session:
        while time.monotonic() < deadline:
            if server.proc.poll() is not None:
                err = server.proc.stderr.read().decode(errors="replace")[-2000:] if server.proc.stderr else ""
                raise RuntimeError(f"{server.name} server exited with {server.proc.returncode}: {err}")
            try:
                status, _ = await post_command(session, server.url, "/who-said", "Austin", response_url)
                if status == 200:
                    return time.monotonic() - server.started
            except (aiohttp.ClientError, OSError):
                pass
            await asyncio.sleep(0.02)
    raise RuntimeError(f"{server.name} server not ready after {timeout:.0f} s")
