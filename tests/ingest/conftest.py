"""A local news site, a corpus store on a real database, and an ingestor over the seeds' index."""

from __future__ import annotations

import aiohttp
import pytest

from bot.briefing.store import make_engine, upgrade
from bot.corpus.store import CorpusStore
from bot.index_holder import IndexHolder
from bot.ingest.add import Ingestor
from bot.ingest.fetch import Limits
from tests.briefing.conftest import database_url, postgres_available  # noqa: F401 - fixtures, reused
from tests.fakes.news_site import NewsSite
from tests.scenario.sample_index import build_sample_index


@pytest.fixture
async def site():
    async with NewsSite() as news:
        yield news


@pytest.fixture
async def session():
    async with aiohttp.ClientSession() as s:
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
    return Ingestor(store, holder, Limits(timeout_seconds=2.0, max_bytes=1_000_000))
