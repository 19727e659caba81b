"""/healthz, /readyz and /metrics over real HTTP, on the port that serves /slack/events."""

from __future__ import annotations

import aiohttp

from bot.index.model import IndexData

from .conftest import command_answer

CLOSED_PORT_DB = "postgresql+psycopg://nkbot:s3cret-pw@127.0.0.1:1/nkbot"  # nothing listens on port 1


async def get(url: str) -> tuple[int, str, str]:
    async with aiohttp.ClientSession() as session, session.get(url) as resp:
        return resp.status, resp.headers.get("Content-Type", ""), await resp.text()


async def test_healthz_says_alive_with_the_index(serve_bot):
    bot = await serve_bot()
    status, _, body = await get(f"{bot.url}/healthz")
    assert status == 200 and '"ok": true' in body and bot.runtime.holder.index.version in body


async def test_ready_with_index_and_sqlite_database(serve_bot):
    bot = await serve_bot()
    async with aiohttp.ClientSession() as session, session.get(f"{bot.url}/readyz") as resp:
        report = await resp.json()
    assert resp.status == 200 and report["ready"] is True
    assert report["checks"]["index"]["claims"] == len(bot.runtime.holder.index.claims)
    assert report["checks"]["database"] == {"ok": True, "dialect": "sqlite"}


async def test_not_ready_without_claims(serve_bot):
    empty = IndexData(version="empty", built_at="", sources={}, speakers={}, claims=())
    bot = await serve_bot(index=empty)
    async with aiohttp.ClientSession() as session, session.get(f"{bot.url}/readyz") as resp:
        report = await resp.json()
    assert resp.status == 503 and report["ready"] is False
    assert report["checks"]["index"]["ok"] is False and "nkbot index build" in report["checks"]["index"]["reason"]
    assert report["checks"]["database"]["ok"] is True


async def test_database_unreachable_leaves_lookups_ready_and_briefings_not_with_no_password_shown(serve_bot):
    bot = await serve_bot(database_url=CLOSED_PORT_DB)
    async with aiohttp.ClientSession() as session, session.get(f"{bot.url}/readyz") as resp:
        report = await resp.json()
        text = await resp.text()
    assert resp.status == 200 and report["ready"] is True  # lookups need only the index
    assert report["checks"]["index"]["ok"] is True
    database = report["checks"]["database"]
    assert database["ok"] is False and "OperationalError" in database["reason"]
    assert report["checks"]["briefings"]["ok"] is False
    async with aiohttp.ClientSession() as session, session.get(f"{bot.url}/readyz?for=briefings") as resp:
        for_briefings = await resp.json()
        text += await resp.text()
    assert resp.status == 503 and for_briefings["ready"] is False
    assert "s3cret-pw" not in text
    status, _, _ = await get(f"{bot.url}/healthz")
    assert status == 200  # alive all the same: a database outage must not get the process restarted


async def test_metrics_after_a_signed_slash_command(serve_bot):
    bot = await serve_bot()
    assert (await command_answer(bot, "/who-said", "Austin"))["text"].startswith("Claims by Lloyd Austin")
    assert (await bot.command("/who-said", "Austin", secret="wrong-secret")).status == 401
    status, content_type, text = await get(f"{bot.url}/metrics")
    assert status == 200 and content_type.startswith("text/plain")
    assert 'nkbot_slack_requests_total{command="/who-said",kind="command",outcome="ok"} 1.0' in text
    assert 'nkbot_slack_request_seconds_count{command="/who-said",kind="command"} 1.0' in text
    assert 'nkbot_slack_request_seconds_bucket{command="/who-said",kind="command",le="3.0"} 1.0' in text
    index = bot.runtime.holder.index
    assert f"nkbot_index_claims {float(len(index.claims))}" in text
    assert f'nkbot_index_info{{built_at="{index.built_at}",version="{index.version}"}} 1.0' in text
    assert 'nkbot_slack_requests_total{command="-",kind="unverified",outcome="rejected"} 1.0' in text
    assert "# TYPE nkbot_briefing_deliveries_total counter" in text


async def test_metrics_registries_are_per_app(serve_bot):
    first, second = await serve_bot(), await serve_bot()
    await command_answer(first, "/who-said", "Austin")
    _, _, text = await get(f"{second.url}/metrics")
    assert 'outcome="ok"' not in text  # two apps in one process: separate registries, no name clash
