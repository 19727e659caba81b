"""Open-loop load: signed slash commands at a constant rate, timed from when each was due.

The app runs in its own process; this process generates the load and also serves the fake Slack
Web API that receives `response_url` posts. Request i is due at `start + i / rate` and is sent
then whether or not earlier ones have been answered, and its latency counts from that due time,
so a stall shows up in the figures instead of slowing the load (no coordinated omission).
Ack latency ends when the HTTP response arrives; reply latency ends when the answer is posted:
in that response when the ack carries the message, otherwise at the fake `response_url`.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

from bot.bench.fake_slack import FakeSlack
from bot.bench.server import post_command
from bot.bench.stats import summary_ms

# A mix over the three commands, with names and phrases found in the seed corpus (and a few not).
MIX = (
    ("/who-said", "Austin"), ("/who-said", "Zelenskyy"), ("/who-said", "Kim"), ("/who-said", "South Korean intelligence"),
    ("/who-said", "Budanov"), ("/who-said", "Kirby"), ("/who-said", "Nobody Atall"),
    ("/nk-troops", ""), ("/nk-troops", "Kursk"), ("/nk-troops", "casualties"),
    ("/nk-claims", "troops in Kursk"), ("/nk-claims", "12,000"), ("/nk-claims", "denied"),
    ("/nk-claims", "uniforms"), ("/nk-claims", "special forces training"),
)
REPLY_WAIT = 10.0  # seconds to wait for replies still outstanding once the schedule is done


class TimingSlack(FakeSlack):
    """The fake Slack, noting only when each `response_url` post arrives (not the body), so a
    long soak does not grow this process's memory."""

    def __init__(self) -> None:
        super().__init__()
        self.arrived: dict[str, float] = {}
        self.waiters: dict[str, asyncio.Future] = {}

    async def _response(self, request: web.Request) -> web.Response:
        await request.read()
        name = request.match_info["name"]
        self.arrived[name] = now = time.monotonic()
        waiter = self.waiters.pop(name, None)
        if waiter is not None and not waiter.done():
            waiter.set_result(now)
        return web.Response(text="ok")


@dataclass
class Outcome:
    ack: list[float] = field(default_factory=list)
    reply: list[float] = field(default_factory=list)
    in_ack: int = 0  # replies carried by the ack itself
    errors: dict[str, int] = field(default_factory=dict)

    def error(self, kind: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1


async def _one(session: aiohttp.ClientSession, fake: TimingSlack, url: str, name: str, command: str, text: str,
               due: float, out: Outcome, expect_reply: bool) -> None:
    waiter = asyncio.get_running_loop().create_future()
    fake.waiters[name] = waiter
    try:
        status, body = await post_command(session, url, command, text, fake.response_url(name))
    except (aiohttp.ClientError, OSError, asyncio.TimeoutError) as exc:
        fake.waiters.pop(name, None)
        out.error(type(exc).__name__)
        return
    acked = time.monotonic()
    if status != 200:
        fake.waiters.pop(name, None)
        out.error(f"HTTP {status}")
        return
    out.ack.append(acked - due)
    if not expect_reply:  # the floor only acks
        fake.waiters.pop(name, None)
        return
    if body and body.lstrip().startswith(b"{") and "text" in json.loads(body):
        fake.waiters.pop(name, None)
        out.in_ack += 1
        out.reply.append(acked - due)
        return
    try:
        arrived = await asyncio.wait_for(waiter, REPLY_WAIT)
    except asyncio.TimeoutError:
        fake.waiters.pop(name, None)
        out.error("no reply")
        return
    out.reply.append(arrived - due)


async def run_load(url: str, fake: TimingSlack, rate: float, seconds: float, label: str,
                   seed: int = 1, on_tick: Any = None, expect_reply: bool = True) -> dict[str, Any]:
    """Send `rate * seconds` commands from MIX at a constant rate; figures in ms."""
    rng = random.Random(seed)
    n = max(1, int(rate * seconds))
    out = Outcome()
    late = 0.0
    connector = aiohttp.TCPConnector(limit=0)
    timeout = aiohttp.ClientTimeout(total=10)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        tasks = []
        start = time.monotonic() + 0.1
        for i in range(n):
            due = start + i / rate
            delay = due - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            else:
                late = max(late, -delay)
            command, text = rng.choice(MIX)
            tasks.append(asyncio.create_task(_one(session, fake, url, f"{label}-{i}", command, text, due, out,
                                                   expect_reply)))
            if on_tick is not None and i % max(1, int(rate)) == 0:
                on_tick(i / rate, out)
        elapsed = time.monotonic() - start
        await asyncio.gather(*tasks)
    return {"rate": rate, "seconds": seconds, "sent": n, "achieved_rate": round(n / max(elapsed, 1e-9), 1),
            "max_send_lag_ms": round(late * 1000, 1), "ack": summary_ms(out.ack), "reply": summary_ms(out.reply),
            "replies_in_ack": out.in_ack, "errors": out.errors}
