"""Articles added with `nkbot add` are in every briefing path: the preview and a scheduler run
alone (`nkbot briefing run`), as they are in `nkbot serve`. Through the real CLI, over a
hand-built index and a real database. The article is written for this test; it carries no date,
so it is not among what changed since a day, but its claim and its source are in the briefing."""

from __future__ import annotations

import asyncio

import pytest

from bot.briefing.store import make_engine, upgrade
from bot.cli import main
from bot.index.artifact import write_index
from bot.settings import ROOT, Settings
from tests.scenario.sample_index import build_sample_index

from .conftest import briefings, subscribe

ARTICLE = ("Harbour officials report new arrivals\n\n"
           "The Ukrainian military intelligence agency said on Monday that 2,500 more North Korean soldiers "
           "had been moved to the Kursk region by rail.\n\n"
           "Trains carrying the men crossed the border at night, according to people who watched the line, and "
           "the cars were sealed and guarded. Residents of the towns along the route described long convoys of "
           "lorries waiting at the stations, and local officials declined to comment on what they carried. The "
           "reports could not be independently verified, and the harbour authority gave no figures of its own "
           "when asked about the arrivals this week.\n")


@pytest.fixture
def settings(tmp_path, database_url) -> Settings:
    write_index(build_sample_index(), tmp_path / "index.sqlite")
    return Settings(_env_file=None, index_path=tmp_path / "index.sqlite", briefings_dir=ROOT / "briefings",
                    seeds_dir=ROOT / "seeds", database_url=database_url)


@pytest.fixture
def added(settings, tmp_path, capsys) -> Settings:
    article = tmp_path / "arrivals.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    assert main(["add", str(article)], settings) == 0
    capsys.readouterr()
    return settings


def test_the_preview_shows_an_added_article(added, capsys):
    assert main(["briefing", "preview", "--since", "2024-11-01"], added) == 0
    out = capsys.readouterr().out
    assert "• Harbour officials report new arrivals" in out  # among the sources
    assert "asserted by Austin, NIS, Ukrainian military intelligence agency" in out  # its claim, denied before


async def test_a_scheduler_run_alone_posts_an_added_article(added, database_url, fake_slack):
    engine = make_engine(database_url)
    upgrade(engine)
    subscribe(engine, "C1", "00:00", "UTC")  # due from midnight: always due today
    engine.dispose()
    settings = Settings(_env_file=None, **{**added.model_dump(include={"index_path", "briefings_dir", "seeds_dir",
                                                                        "database_url"}),
                                           "slack_api_url": fake_slack.api_url, "slack_bot_token": "xoxb-test"})
    assert await asyncio.to_thread(main, ["briefing", "run", "--once"], settings) == 0
    (posted,) = briefings(fake_slack, "C1")
    assert "Harbour officials report new arrivals" in str(posted["blocks"])
