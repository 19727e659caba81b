"""Can this process answer Slack in time? The event loop must turn, and a task handed to a thread
(`asyncio.to_thread`: the replay check, every SQL call of a request) must get one.

Readiness that checks only the index and the database says "ready" while every request hangs: the
event loop blocked by CPU work, or the default thread pool full of work that does not end (six
hostile PDFs once did that). So a probe measures both, a few times a second: how late a short sleep
wakes (the loop's lag), and how long a no-op waits for a thread. A lag over `max_lag` makes the
process not ready, for `window` seconds after it was seen (a loop blocked now cannot answer the
readiness probe at all; once it answers, it says it was blocked recently). A thread wait still
running counts as it grows.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator
from typing import Any

from bot.observability.readiness import Check

INTERVAL_SECONDS = 0.25
WINDOW_SECONDS = 10.0


class Responsiveness:
    def __init__(self, max_lag: float, window: float = WINDOW_SECONDS, interval: float = INTERVAL_SECONDS) -> None:
        self.max_lag, self.window, self.interval = max_lag, window, interval
        self._loop_lag = 0.0  # the latest measure, in seconds
        self._probe: asyncio.Future[float] | None = None  # a no-op handed to a thread: when one ran it
        self._probe_sent = 0.0
        self._bad_until = 0.0
        self._reason = ""

    def check(self) -> Check:
        now = time.monotonic()
        wait = self._thread_wait(now)
        detail: dict[str, Any] = {"loop_lag_ms": round(self._loop_lag * 1000), "thread_wait_ms": round(wait * 1000)}
        if wait > self.max_lag:
            return Check(False, {"reason": f"no thread free for {wait:.1f} s (the default thread pool is full)",
                                 **detail})
        if now < self._bad_until:
            return Check(False, {"reason": self._reason, **detail})
        return Check(True, detail)

    async def run(self) -> None:
        """Measure until cancelled."""
        loop = asyncio.get_running_loop()
        while True:
            before = time.monotonic()
            await asyncio.sleep(self.interval)
            now = time.monotonic()
            self._loop_lag = max(0.0, now - before - self.interval)
            if self._loop_lag > self.max_lag:
                self._note(now, f"the event loop was blocked for {self._loop_lag:.1f} s "
                                f"within the last {self.window:g} s")
            if self._probe is None or self._probe.done():
                if (wait := self._thread_wait(now)) > self.max_lag:
                    self._note(now, f"a task waited {wait:.1f} s for a thread within the last {self.window:g} s")
                self._probe_sent = time.monotonic()
                self._probe = loop.run_in_executor(None, time.monotonic)

    async def running(self, _app: object) -> AsyncIterator[None]:
        """For aiohttp's `cleanup_ctx`: measured while the app serves."""
        task = asyncio.create_task(self.run(), name="responsiveness")
        yield
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task

    def _thread_wait(self, now: float) -> float:
        """How long the latest probe waited for a thread, or has been waiting so far."""
        if self._probe is None:
            return 0.0
        if not self._probe.done():
            return now - self._probe_sent
        return 0.0 if self._probe.cancelled() else max(0.0, self._probe.result() - self._probe_sent)

    def _note(self, now: float, reason: str) -> None:
        self._bad_until, self._reason = now + self.window, reason
