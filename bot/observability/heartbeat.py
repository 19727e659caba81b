"""Health for Socket Mode, where Slack needs no port: a heartbeat file, and systemd's watchdog.

Why a file and not a health port: a Socket Mode bot opens no port, and opening one only for
probes means choosing, exposing and securing it on every host. A file needs none of that and
works with every runner: `nkbot health` reads it (Docker HEALTHCHECK, a Kubernetes exec probe,
a monitoring agent, a shell). The process writes it only while its websocket to Slack is
connected, so the check means "connected and not stuck", not merely "the event loop runs".
Under systemd (`Type=notify`, `WatchdogSec=`) the same beat also sends READY=1 and WATCHDOG=1,
so systemd restarts a bot that has been disconnected or hung for longer than the watchdog.

The file is JSON (time, pid, index version) written atomically (temp file, then rename).
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import socket
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)


def notify_systemd(message: str) -> bool:
    """sd_notify(3) without libsystemd: one datagram to $NOTIFY_SOCKET; False when not under systemd."""
    address = os.environ.get("NOTIFY_SOCKET")
    if not address:
        return False
    if address.startswith("@"):  # abstract namespace
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.sendto(message.encode(), address)
        return True
    except OSError as exc:
        log.warning("systemd notification failed: %s", exc)
        return False


def write_beat(path: Path, **fields: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(json.dumps({"time": time.time(), "pid": os.getpid(), **fields}), encoding="utf-8")
    os.replace(tmp, path)


def check_beat(path: Path, max_age: float, now: float | None = None) -> tuple[bool, str]:
    """(healthy, reason) for `nkbot health`: the file exists, parses, and is recent enough."""
    try:
        beat = json.loads(path.read_text(encoding="utf-8"))
        age = (time.time() if now is None else now) - float(beat["time"])
    except FileNotFoundError:
        return False, f"no heartbeat at {path}: the bot is not running in Socket Mode, or never connected"
    except (OSError, ValueError, KeyError, TypeError) as exc:
        return False, f"unreadable heartbeat at {path}: {exc}"
    if age > max_age:
        return False, f"last heartbeat {age:.0f}s ago (limit {max_age:g}s): disconnected from Slack or stuck"
    return True, f"ok: heartbeat {age:.0f}s ago from pid {beat.get('pid')}, index {beat.get('index')}"


class Heartbeat:
    def __init__(self, path: Path, interval: float, connected: Callable[[], Awaitable[bool]],
                 describe: Callable[[], dict[str, Any]] = dict) -> None:
        self.path, self.interval, self.connected, self.describe = path, interval, connected, describe
        self._ready_sent = False

    async def beat(self) -> bool:
        """One beat: True if the bot is connected and the beat was recorded."""
        if not await self.connected():
            return False
        await asyncio.to_thread(write_beat, self.path, **self.describe())
        if not self._ready_sent:
            self._ready_sent = notify_systemd("READY=1")
        notify_systemd("WATCHDOG=1")
        return True

    async def run(self) -> None:
        while True:
            try:
                await self.beat()
            except Exception:  # noqa: BLE001 - a full disk must not stop the bot; the stale file reports it
                log.exception("heartbeat failed")
            await asyncio.sleep(self.interval)
