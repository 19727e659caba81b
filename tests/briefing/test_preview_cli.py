"""`nkbot briefing preview` through the real CLI entry point, over a hand-built index file."""

from __future__ import annotations

import json

import pytest

from bot.index.artifact import write_index
from bot.cli import main
from bot.settings import ROOT, Settings
from tests.scenario.sample_index import build_sample_index


@pytest.fixture
def preview_settings(tmp_path) -> Settings:
    write_index(build_sample_index(), tmp_path / "index.sqlite")
    return Settings(_env_file=None, index_path=tmp_path / "index.sqlite", briefings_dir=ROOT / "briefings",
                    database_url=f"sqlite:///{tmp_path / 'db'}")


def test_preview_since_a_date_prints_what_changed_as_text(preview_settings, capsys):
    assert main(["briefing", "preview", "--since", "2024-11-01", "--timezone", "Europe/Kyiv"],
                preview_settings) == 0
    out = capsys.readouterr().out
    assert out.startswith("Daily briefing · North Korean troops in Russia · ")
    assert "What changed since the last briefing (2024-11-01 00:00 EET): 4 new claims" in out  # no raw *bold*
    assert "over 10,000 in Kursk" in out and "(State Department, Nov 5) new" in out
    assert "Allies weigh troop reports (https://example.org/news/nk-troops?id=1&lang=en)" in out  # unescaped
    assert "*" not in out and "&amp;" not in out and "%20" not in out
    assert "Share in channel" not in out


def test_preview_without_since_is_a_first_briefing_and_blocks_are_json(preview_settings, capsys):
    assert main(["briefing", "preview", "--format", "blocks"], preview_settings) == 0
    message = json.loads(capsys.readouterr().out)
    assert "first briefing" in message["text"] and message["blocks"][0]["type"] == "header"


def test_preview_refuses_a_bad_date_and_an_unknown_zone(preview_settings, capsys):
    with pytest.raises(SystemExit):
        main(["briefing", "preview", "--since", "yesterday"], preview_settings)
    assert "is not YYYY-MM-DD" in capsys.readouterr().err
    assert main(["briefing", "preview", "--timezone", "Europe/Kiyv"], preview_settings) == 1
    err = capsys.readouterr().err
    assert "is not a time zone I know. Did you mean" in err and "`Europe/Kyiv`" in err
