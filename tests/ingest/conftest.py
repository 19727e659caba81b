"""A local news site, a corpus store on a real database, and an ingestor over the seeds' index."""

from __future__ import annotations

import json

import pytest

from bot.briefing.store import make_engine, upgrade
from bot.corpus.store import CorpusStore
from bot.index.holder import IndexHolder
from bot.ingest.add import Ingestor
from bot.ingest.fetch import Limits, open_session
from bot.blockkit import validate_modal
from bot.briefing.wiring import prepare
from bot.render import Renderer
from bot.serve import Runtime, http_application, start_http
from bot.topics import load_catalogue
from tests.briefing.conftest import database_url, postgres_available  # noqa: F401 - fixtures, reused
from tests.scenario.conftest import BotServer, assert_all_valid, make_settings
from tests.fakes.news_site import NewsSite
from tests.scenario.sample_index import build_sample_index


@pytest.fixture
async def site():
    async with NewsSite() as news:
        yield news


@pytest.fixture
async def session():
    async with open_session(Limits(allow_loopback=True)) as s:  # the test site is on this machine
        yield s


@pytest.fixture
def store(database_url):
    engine = make_engine(database_url)
    upgrade(engine)
    yield CorpusStore(engine)
    engine.dispose()


@pytest.fixture
def holder():
    return IndexHolder.from_index(build_sample_index())


@pytest.fixture
def ingestor(store, holder):
    ingestor = Ingestor(store, holder, Limits(timeout_seconds=2.0, max_bytes=1_000_000, allow_loopback=True))
    yield ingestor
    ingestor.reader.close()  # its reading processes


@pytest.fixture
async def start_db_bot(tmp_path, fake_slack, database_url):
    """`await start_db_bot(**settings)`: the bot over signed HTTP with its database schema in place,
    as `serve` brings it up."""
    started = []

    async def start(**changes) -> BotServer:
        settings = make_settings(tmp_path, fake_slack, database_url=database_url, fetch_timeout_seconds=1.5,
                                 **changes)
        catalogue = load_catalogue(settings.briefings_dir / "topics.yaml")
        holder = IndexHolder.from_index(build_sample_index(), catalogue.topics)
        runtime = Runtime(settings, catalogue, holder, Renderer(settings.briefings_dir / "templates"))
        app = runtime.app()
        await prepare(app.briefings)
        runner, port = await start_http(http_application(app, runtime), "127.0.0.1", 0)
        started.append((runner, app))
        server = BotServer(f"http://127.0.0.1:{port}", fake_slack, runtime)
        server.app = app
        return server
    yield start
    for runner, app in started:
        await runner.cleanup()
        app.briefings.engine.dispose()
    assert_all_valid(fake_slack)
    for call in fake_slack.calls_to("views.open"):
        validate_modal(call.body["view"] if isinstance(call.body["view"], dict) else json.loads(call.body["view"]))


@pytest.fixture
async def bot(start_db_bot):
    return await start_db_bot()
