"""Fixtures for briefing tests: every database test runs on SQLite and on PostgreSQL.

PostgreSQL: `NKBOT_TEST_POSTGRES_URL` (default the local server, database `test`); each test gets
its own schema, named in the URL's `search_path` so subprocesses see it too, dropped afterwards.
Unreachable server: skipped on a developer machine, a failure in CI (`CI=true`), where the
PostgreSQL tests must run.
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import quote

import psycopg
import pytest
from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from bot.briefing.deliver import Deliverer, DeliveryPolicy
from bot.briefing.notices import pause_notice
from bot.briefing.runner import Scheduler
from bot.briefing.runs import Runs
from bot.briefing.store import make_engine, upgrade
from bot.briefing.subscriptions import Subscriptions
from bot.render import Renderer
from bot.settings import ROOT

POSTGRES_URL = os.environ.get("NKBOT_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
SHOWN_URL = make_url(POSTGRES_URL).render_as_string(hide_password=True)  # never print a password
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}
FAST = DeliveryPolicy(lease=timedelta(seconds=60), slack_timeout=2.0, attempts_per_round=4, backoff=0.01,
                      backoff_cap=0.05, retry_later=timedelta(minutes=5), max_rounds=3, rate_limit_retries=3)


class FakeClock:
    """A clock tests move by hand: `clock.set(...)`, `clock.advance(minutes=5)`."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def set(self, now: datetime) -> None:
        self.now = now.astimezone(UTC)

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


@pytest.fixture(scope="session")
def postgres_available() -> bool:
    try:
        with psycopg.connect(_libpq(POSTGRES_URL), connect_timeout=3):
            return True
    except psycopg.OperationalError as exc:
        if IN_CI:
            pytest.fail(f"PostgreSQL at {SHOWN_URL} is unreachable and CI=true: these tests must run "
                        f"({exc})")
        return False


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request, tmp_path) -> Iterator[str]:
    """A URL to a fresh, empty database (SQLite file, or a PostgreSQL schema of its own)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'briefing.db'}"
        return
    if not request.getfixturevalue("postgres_available"):
        pytest.skip(f"PostgreSQL at {SHOWN_URL} is unreachable (set NKBOT_TEST_POSTGRES_URL)")
    schema = f"nkbot_test_{secrets.token_hex(6)}"
    with psycopg.connect(_libpq(POSTGRES_URL), autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in POSTGRES_URL else "?"
    try:
        yield f"{POSTGRES_URL}{sep}options={quote(f'-csearch_path={schema}')}"
    finally:
        with psycopg.connect(_libpq(POSTGRES_URL), autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def engine(database_url) -> Iterator[Engine]:
    engine = make_engine(database_url)
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2025, 3, 10, 4, 0, tzinfo=UTC))


@pytest.fixture
def composed() -> list:
    """What `compose` was asked for: (channel, since) per call."""
    return []


@pytest.fixture
def compose(composed):
    async def compose(sub, since):
        composed.append((sub.channel_id, since))
        return {"text": f"Daily briefing for <#{sub.channel_id}>",
                "blocks": [{"type": "section",
                            "text": {"type": "mrkdwn", "text": "*North Korean troops in Russia*"}}]}
    return compose


@pytest.fixture
def make_scheduler(engine, fake_slack, clock, compose):
    """Build a real Scheduler + Deliverer against the fake Slack; `policy`/`owner` overridable."""
    def make(*, policy: DeliveryPolicy = FAST, owner: str = "test-process", compose_fn=None,
             templates_dir: Path = ROOT / "briefings" / "templates") -> Scheduler:
        subs, runs = Subscriptions(engine), Runs(engine)
        notice = pause_notice(Renderer(templates_dir))
        deliverer = Deliverer(subscriptions=subs, runs=runs, compose=compose_fn or compose, notice=notice,
                              token="xoxb-test",
                              base_url=fake_slack.api_url, owner=owner, clock=clock, policy=policy)
        return Scheduler(subscriptions=subs, runs=runs, deliverer=deliverer, clock=clock, tick_seconds=0.01)
    return make


def subscribe(engine: Engine, channel: str, at: str, zone: str, *, since: datetime | None = None,
              team: str = "T0000TEST", user: str = "U0SUBSCRIBER"):
    """Subscribe `channel` as of `since` (default: long before any test instant)."""
    return Subscriptions(engine).subscribe(team_id=team, channel_id=channel, local_time=at, timezone=zone,
                                           subscriber_id=user, now=since or datetime(2025, 1, 1, tzinfo=UTC))


def briefings(fake_slack, channel: str | None = None) -> list[dict]:
    """Briefings that went through (in the fake channel history), oldest first."""
    channels = [channel] if channel else list(fake_slack.history)
    return [m for c in channels for m in reversed(fake_slack.history.get(c, []))
            if (m.get("metadata") or {}).get("event_type") == "nkbot_briefing"]
