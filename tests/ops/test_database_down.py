"""`nkbot serve` with its database down at start: lookups are answered from the index at once,
the briefing commands say they are unavailable, and once the database answers (retried in the
background) briefings work without a restart."""

from __future__ import annotations

import asyncio
import secrets
import time

import aiohttp
import psycopg
import pytest
from sqlalchemy.engine import make_url

from bot.index.holder import IndexHolder
from bot.render import Renderer
from bot.serve import Runtime, serve
from bot.topics import load_catalogue
from tests.briefing.conftest import POSTGRES_URL, _libpq
from tests.scenario.conftest import BotServer, assert_all_valid, make_settings
from tests.scenario.sample_index import build_sample_index

from .conftest import command_answer

pytestmark = pytest.mark.postgres


def url_of_missing_database() -> tuple[str, str]:
    """A URL to a PostgreSQL database that does not exist yet (the server refuses it, as one
    still starting or being restored would), and its name."""
    name = f"nkbot_late_{secrets.token_hex(4)}"
    return make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False), name


async def readyz(url: str, query: str = "") -> tuple[int, dict]:
    async with aiohttp.ClientSession() as session, session.get(f"{url}/readyz{query}") as resp:
        return resp.status, await resp.json()


async def until_ready_for_briefings(url: str, timeout: float = 15) -> None:
    deadline = time.monotonic() + timeout
    while (await readyz(url, "?for=briefings"))[0] != 200:
        assert time.monotonic() < deadline, "briefings never became ready after the database came up"
        await asyncio.sleep(0.05)


async def until_reason_known(url: str, timeout: float = 10) -> None:
    """Until the first attempt to reach the database has failed and /readyz says why."""
    deadline = time.monotonic() + timeout
    while "OperationalError" not in str((await readyz(url))[1]):
        assert time.monotonic() < deadline, "the database's failure was never reported"
        await asyncio.sleep(0.05)


async def test_lookups_are_served_while_the_database_is_down_and_briefings_follow_it_up(
        tmp_path, fake_slack, postgres_available):
    if not postgres_available:
        pytest.skip("PostgreSQL is unreachable")
    database_url, name = url_of_missing_database()
    settings = make_settings(tmp_path, fake_slack, database_url=database_url, database_retry_seconds=0.1,
                             briefing_scheduler=False)
    catalogue = load_catalogue(settings.briefings_dir / "topics.yaml")
    runtime = Runtime(settings, catalogue, IndexHolder.from_index(build_sample_index(), catalogue.topics),
                      Renderer(settings.briefings_dir / "templates"))
    bound: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    serving = asyncio.create_task(serve(runtime, http=True, port=0, on_listening=bound.set_result))
    try:
        bot = BotServer(f"http://127.0.0.1:{await asyncio.wait_for(bound, 10)}", fake_slack, runtime)
        answer = await command_answer(bot, "/who-said", "Austin", response="lookup")
        assert answer["text"].startswith("Claims by Lloyd Austin")
        refused = await command_answer(bot, "/nk-subscribe", "08:00 UTC", response="down")
        assert "unavailable" in refused["text"] and "still work" in refused["text"]
        status, report = await readyz(bot.url)
        assert status == 200 and report["checks"]["briefings"]["ok"] is False
        assert (await readyz(bot.url, "?for=briefings"))[0] == 503
        await until_reason_known(bot.url)
        adding = await command_answer(bot, "/nk-add", "https://news.example/a", response="add")
        assert "database is not available" in adding["text"] and "Nothing was changed" in adding["text"]
        for detail in (name, "5432", "127.0.0.1", "psycopg", "OperationalError"):  # the driver's words stay in the log
            assert detail not in adding["text"]

        with psycopg.connect(_libpq(POSTGRES_URL), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        await until_ready_for_briefings(bot.url)
        subscribed = await command_answer(bot, "/nk-subscribe", "08:00 UTC", response="up")
        assert "unavailable" not in subscribed["text"] and "08:00" in subscribed["text"]
    finally:
        serving.cancel()
        await asyncio.gather(serving, return_exceptions=True)
        with psycopg.connect(_libpq(POSTGRES_URL), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    assert_all_valid(fake_slack)
