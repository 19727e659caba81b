"""Shared fixtures: settings that ignore the developer's .env, the shared seeds, the fake Slack."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import Settings
from tests.fakes.slack_api import FakeSlack

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(_env_file=None, index_path=tmp_path / "index.sqlite", seeds_dir=SEEDS,
                    database_url=f"sqlite:///{tmp_path / 'nkbot.db'}")


@pytest.fixture
async def fake_slack():
    async with FakeSlack() as fake:
        yield fake
