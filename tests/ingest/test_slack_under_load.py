"""While hostile PDFs added with `/nk-add` are being read, the bot over signed HTTP still
acknowledges and answers every other request within Slack's 3 s; each add ends with one clear
line, a further one beyond what may wait is refused at once, and nothing is stored."""

from __future__ import annotations

import asyncio
import json
import time

import aiohttp

from tests.fakes.pdf import shared_stream_pdf
from tests.ingest.test_hostile_pdfs import BOMB, SHARED

SLACK_ACK_SECONDS = 3.0  # Slack's limit for an acknowledgement, not a measure of our speed


def response(bot, name: str) -> dict | None:
    return next((r.body for r in bot.fake.responses if r.method == f"response/{name}"), None)


async def readyz(bot) -> tuple[int, dict]:
    async with aiohttp.ClientSession() as session, session.get(f"{bot.url}/readyz") as resp:
        return resp.status, await resp.json()


async def until(condition, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out waiting"
        await asyncio.sleep(0.05)


async def test_slack_is_answered_while_hostile_pdfs_are_read(start_db_bot, site):
    bot = await start_db_bot(read_workers=2, read_queue=4, read_timeout_seconds=2)
    reader, version = bot.app.ingestor.reader, bot.runtime.holder.index.version
    shared = site.publish("shared.pdf", shared_stream_pdf(*SHARED), "application/pdf")
    bomb = site.publish("bomb.pdf", shared_stream_pdf(*BOMB), "application/pdf")
    adds = [f"{shared}?copy={n}" for n in range(5)] + [bomb]
    for n, url in enumerate(adds):
        resp = await bot.command("/nk-add", url, response=f"add{n}")
        assert resp.status == 200 and "Reading" in json.dumps(json.loads(bot.last_body))
    await until(lambda: reader.state()["reading"] + reader.state()["waiting"] == len(adds))

    resp = await bot.command("/nk-add", f"{shared}?copy=late", response="late")  # more than may wait
    assert resp.status == 200
    await until(lambda: response(bot, "late") is not None, 5)
    assert "the bot is busy reading 6 documents already" in response(bot, "late")["text"]

    for n in range(4):  # lookups meanwhile: acknowledged, and answered, in Slack's time
        started = time.monotonic()
        resp = await bot.command("/who-said", "Austin", response=f"who{n}")
        assert resp.status == 200 and time.monotonic() - started < SLACK_ACK_SECONDS
        if not bot.last_body.strip():  # the answer was not ready for the acknowledgement: it follows
            await until(lambda: response(bot, f"who{n}") is not None, 5)
        answer = json.loads(bot.last_body) if bot.last_body.strip() else response(bot, f"who{n}")
        assert "Austin" in answer["text"]
    status, report = await readyz(bot)
    assert status == 200 and report["ready"] is True and report["checks"]["responsive"]["ok"] is True
    assert report["checks"]["reading"]["workers"] == 2  # reported; lookups do not need reading

    await until(lambda: all(response(bot, f"add{n}") is not None for n in range(len(adds))), 60)
    texts = [response(bot, f"add{n}")["text"] for n in range(len(adds))]
    for text in texts[:5]:
        assert "the PDF took more than 2 s to read" in text and "Nothing was changed" in text
    assert "the PDF expands beyond 20 MB when decompressed (a decompression bomb?)" in texts[5]
    assert bot.runtime.holder.index.version == version and not bot.app.ingestor.store.since(0)
