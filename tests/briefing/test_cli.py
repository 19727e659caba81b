"""`nkbot db ...` and `nkbot briefing ...` through the real CLI entry point."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from bot.briefing.model import DONE
from bot.briefing.runs import Runs
from bot.briefing.store import make_engine, upgrade
from bot.briefing.subscriptions import Subscriptions
from bot.cli import build_parser, main
from bot.settings import Settings

from .conftest import briefings, subscribe


@pytest.fixture
def cli_settings(database_url) -> Settings:
    return Settings(_env_file=None, database_url=database_url)


def test_db_upgrade_then_current(cli_settings, capsys):
    assert main(["db", "current"], cli_settings) == 0
    assert "none" in capsys.readouterr().out
    assert main(["db", "upgrade"], cli_settings) == 0
    assert "schema at revision 0006" in capsys.readouterr().out
    main(["db", "current"], cli_settings)
    assert capsys.readouterr().out.strip() == "0006"


def test_status_lists_subscriptions_with_next_run_and_last_outcome(cli_settings, capsys):
    assert main(["briefing", "status"], cli_settings) == 0  # upgrades an empty database on the way
    assert "no subscriptions" in capsys.readouterr().out
    engine = make_engine(cli_settings.database_url)
    subscribe(engine, "CKYIV", "08:00", "Europe/Kyiv")
    subscribe(engine, "CPAUSED", "07:00", "Asia/Seoul")
    Subscriptions(engine).pause("CPAUSED", "is_archived", datetime.now(UTC))
    yesterday = datetime.now(UTC) - timedelta(days=1)
    Runs(engine).claim("CKYIV", yesterday.date(), "p", yesterday, timedelta(minutes=1), 3)
    Runs(engine).finish("CKYIV", yesterday.date(), "p", DONE, yesterday, message_ts="1.5")
    engine.dispose()
    assert main(["briefing", "status"], cli_settings) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].split() == ["team", "channel", "at", "time", "zone", "status", "next", "run", "(local)",
                                "last", "run"]
    kyiv = next(line for line in lines if "CKYIV" in line)
    assert "Europe/Kyiv" in kyiv and f"{yesterday.date()} done" in kyiv and ("EET" in kyiv or "EEST" in kyiv)
    paused = next(line for line in lines if "CPAUSED" in line)
    assert "- (is_archived)" in paused and "never" in paused


def test_run_without_a_bot_token_is_a_clean_error(cli_settings, capsys):
    argv = ["briefing", "run", "--once", "--compose", "tests.briefing.scheduler_process:compose"]
    assert main(argv, cli_settings) == 1
    assert "SLACK_BOT_TOKEN" in capsys.readouterr().err


async def test_run_once_delivers_what_is_due_now(database_url, fake_slack):
    settings = Settings(_env_file=None, database_url=database_url, slack_api_url=fake_slack.api_url,
                        slack_bot_token="xoxb-test")
    engine = make_engine(database_url)
    upgrade(engine)
    subscribe(engine, "C1", "00:00", "UTC")  # due from midnight: always due today
    engine.dispose()
    argv = ["briefing", "run", "--once", "--compose", "tests.briefing.scheduler_process:compose"]
    assert await asyncio.to_thread(main, argv, settings) == 0
    assert len(briefings(fake_slack, "C1")) == 1


def test_a_missing_composer_is_named(cli_settings, capsys):
    settings = cli_settings.model_copy(update={"slack_bot_token": "xoxb-test"})
    assert main(["briefing", "run", "--once", "--compose", "no.such.module:compose"], settings) == 1
    assert "no.such.module:compose" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["briefing"], ["briefing", "status"], ["briefing", "run"], ["db"],
                                  ["db", "upgrade"], ["db", "current"]])
def test_every_command_has_help(argv, capsys):
    with pytest.raises(SystemExit) as exit_:
        build_parser().parse_args([*argv, "--help"])
    assert exit_.value.code == 0 and "usage: nkbot" in capsys.readouterr().out
