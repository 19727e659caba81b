"""The memory replicas share (accepted signatures, answered events, pressed buttons): every key
recorded once across replicas, the requests arriving together asked in one transaction, and a
database that fails handed to the callers to fall back on their own memory."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event

from bot.briefing.store import make_engine, upgrade
from bot.listeners.seen_events import GroupedMemory, shared_events, shared_signatures
from tests.briefing.conftest import database_url, postgres_available  # noqa: F401 - fixtures, reused

LATER = datetime.now(UTC) + timedelta(minutes=5)


@pytest.fixture
def engine(database_url):
    engine = make_engine(database_url, durable=False)  # as the app makes it for this memory
    upgrade(engine)
    yield engine
    engine.dispose()


def count_transactions(engine) -> list[int]:
    commits = [0]
    event.listen(engine, "commit", lambda _conn: commits.__setitem__(0, commits[0] + 1))
    return commits


async def test_concurrent_requests_are_asked_together_and_each_key_is_new_once(engine):
    memory = GroupedMemory(shared_signatures(engine))
    commits = count_transactions(engine)
    keys = [f"v0=sig{n}" for n in range(300)] + ["v0=sig7", "v0=sig7"]  # a copy arriving with the original
    answers = await asyncio.gather(*(memory.first_time(k, LATER) for k in keys))
    assert answers[:300] == [True] * 300 and answers[300:] == [False, False]
    assert commits[0] < 30  # grouped: not one transaction per request
    assert not any(await asyncio.gather(*(memory.first_time(k, LATER) for k in keys[:50])))


async def test_a_key_one_replica_recorded_is_not_new_to_another(engine, database_url):
    other_engine = make_engine(database_url)
    try:
        one, two = GroupedMemory(shared_events(engine)), GroupedMemory(shared_events(other_engine))
        assert await one.first_time("Ev01")
        assert not await two.first_time("Ev01")
        both = await asyncio.gather(one.first_time("Ev02"), two.first_time("Ev02"))
        assert sorted(both) == [False, True]  # racing replicas: exactly one wins
    finally:
        other_engine.dispose()


async def test_a_failing_database_reaches_every_waiter(tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'never-upgraded.db'}")  # no tables: every insert fails
    memory = GroupedMemory(shared_signatures(engine))
    results = await asyncio.gather(*(memory.first_time(f"k{n}", LATER) for n in range(5)), return_exceptions=True)
    assert all(isinstance(r, Exception) for r in results)
    upgrade(engine)
    assert await memory.first_time("k0", LATER)  # back as soon as the database is
    engine.dispose()


def test_expired_keys_are_pruned(engine):
    store = shared_signatures(engine)
    store.prune_every = 2
    past = datetime.now(UTC) - timedelta(minutes=1)
    assert store.first_times([("old1", past), ("old2", past)]) == {"old1", "old2"}
    assert store.first_times([("old1", LATER)]) == {"old1"}  # pruned when the first two were written
