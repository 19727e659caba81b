"""Ops tests reuse the scenario's signed-request bot and the briefing tests' PostgreSQL schemas."""

from __future__ import annotations

import json

import pytest

from bot.index.holder import IndexHolder
from bot.render import Renderer
from bot.serve import Runtime, http_application, start_http
from bot.topics import load_catalogue
from tests.briefing.conftest import database_url, postgres_available  # noqa: F401 - fixtures, reused
from tests.scenario.conftest import BotServer, assert_all_valid, make_settings
from tests.scenario.sample_index import build_sample_index


@pytest.fixture
async def serve_bot(tmp_path, fake_slack):
    """`await serve_bot(index=..., **settings)`: the bot in HTTP mode on a free loopback port, as in
    tests/scenario, but any setting (the database URL too) may be replaced."""
    runners = []

    async def start(index=None, **changes) -> BotServer:
        settings = make_settings(tmp_path, fake_slack).model_copy(update=changes)
        catalogue = load_catalogue(settings.briefings_dir / "topics.yaml")
        holder = IndexHolder.from_index(index or build_sample_index(), catalogue.topics)
        runtime = Runtime(settings, catalogue, holder, Renderer(settings.briefings_dir / "templates"))
        runner, port = await start_http(http_application(runtime.app(), runtime), "127.0.0.1", 0)
        runners.append(runner)
        return BotServer(f"http://127.0.0.1:{port}", fake_slack, runtime)
    yield start
    for runner in runners:
        await runner.cleanup()
    assert_all_valid(fake_slack)


async def command_answer(bot: BotServer, command: str, text: str, response: str = "r1", timeout: float = 10) -> dict:
    """Send a signed slash command; return the answer, whether it came back as the acknowledgement
    itself (the HTTP response body) or later through its `response_url`."""
    resp = await bot.command(command, text, response=response)
    assert resp.status == 200
    body = await resp.text()
    if body.strip():
        return json.loads(body)
    await bot.fake.wait_for(lambda: any(r.method == f"response/{response}" for r in bot.fake.responses), timeout)
    return next(r.body for r in bot.fake.responses if r.method == f"response/{response}")
