"""/readyz says not ready while the process cannot acknowledge Slack in time: its default thread
pool full (the replay check and every request's SQL need a thread), or its event loop blocked
recently. How busy reading added documents is, is reported without gating."""

from __future__ import annotations

import asyncio
import threading
import time

import aiohttp


async def readyz(bot) -> tuple[int, dict]:
    async with aiohttp.ClientSession() as session, session.get(f"{bot.url}/readyz") as resp:
        return resp.status, await resp.json()


async def test_ready_reports_responsiveness_and_reading(serve_bot):
    bot = await serve_bot()
    await asyncio.sleep(0.6)  # a few measures
    status, report = await readyz(bot)
    assert status == 200 and report["checks"]["responsive"]["ok"] is True
    assert {"loop_lag_ms", "thread_wait_ms"} <= set(report["checks"]["responsive"])
    assert report["checks"]["reading"] == {"ok": True, "reading": 0, "waiting": 0, "workers": 2, "queue": 8}


async def test_not_ready_while_no_thread_is_free(serve_bot):
    bot = await serve_bot(ready_max_lag_seconds=0.5)
    loop = asyncio.get_running_loop()
    release = threading.Event()
    blockers = [loop.run_in_executor(None, release.wait, 60) for _ in range(64)]  # more than the pool has
    try:
        await asyncio.sleep(1.5)
        status, report = await readyz(bot)
    finally:
        release.set()
        await asyncio.gather(*blockers)
    assert status == 503 and report["ready"] is False
    assert "no thread free" in report["checks"]["responsive"]["reason"]
    await asyncio.sleep(0.6)  # threads free again: the stall is still reported for a while
    status, report = await readyz(bot)
    assert status == 503 and "waited" in report["checks"]["responsive"]["reason"]


async def test_not_ready_for_a_while_after_the_event_loop_was_blocked(serve_bot):
    bot = await serve_bot(ready_max_lag_seconds=0.5)
    await asyncio.sleep(0.6)
    assert (await readyz(bot))[0] == 200
    time.sleep(1.5)  # noqa: ASYNC251 - the point: CPU work on the loop, as a feed parse once was
    await asyncio.sleep(0.6)
    status, report = await readyz(bot)
    assert status == 503 and "the event loop was blocked for" in report["checks"]["responsive"]["reason"]
