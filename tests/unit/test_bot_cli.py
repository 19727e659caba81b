"""`nkbot ask`, `nkbot manifest`, the console and index reloads, on real files."""

from __future__ import annotations

import io
import json

from bot.answer import Answerer
from bot.index.artifact import write_index
from bot.cli import main
from bot.cli.slack_cmd import MANIFEST_PATH
from bot.console import run_console
from bot.index.holder import IndexHolder
from bot.manifest import manifest_yaml
from bot.render import Renderer
from bot.settings import ROOT, Settings
from bot.topics import load_catalogue
from tests.scenario.sample_index import build_large_index, build_sample_index

CATALOGUE = load_catalogue(ROOT / "briefings" / "topics.yaml")


def make_settings(tmp_path) -> Settings:
    path = tmp_path / "index.sqlite"
    write_index(build_sample_index(), path)
    return Settings(_env_file=None, index_path=path, database_url=f"sqlite:///{tmp_path / 'db'}")


def test_committed_manifest_matches_topics_yaml():
    assert MANIFEST_PATH.read_text(encoding="utf-8") == manifest_yaml(CATALOGUE), "run `nkbot manifest`"


def test_manifest_declares_every_command_and_event():
    text = manifest_yaml(CATALOGUE, "https://bot.example/slack/events")
    for c in CATALOGUE.commands:
        assert f"command: {c.command}" in text
    assert "message.im" in text and "socket_mode_enabled: false" in text


def test_ask_json_has_query_claims_and_message(tmp_path, capsys):
    assert main(["ask", "/who-said Austin", "--format", "json"], make_settings(tmp_path)) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["query"]["speaker_id"] == "lloyd-austin"
    assert [c["id"] for c in out["claims"]] == ["c-austin-fair", "c-austin-evidence"]
    assert out["claims"][0]["source"]["outlet"] == "Example Wire" and out["message"]["blocks"]


def test_ask_text_and_blocks_formats(tmp_path, capsys):
    settings = make_settings(tmp_path)
    assert main(["ask", "who said fair game?"], settings) == 0
    text = capsys.readouterr().out
    assert "Austin warned" in text and "read the passage (https://example.org/" in text
    assert main(["ask", "/nk-troops", "--format", "blocks"], settings) == 0
    assert json.loads(capsys.readouterr().out)["text"].startswith("North Korean troops in Russia")


def test_console_answers_and_pages(tmp_path):
    holder = IndexHolder.from_index(build_large_index(n=30), CATALOGUE.topics)
    answerer = Answerer(holder, Renderer(ROOT / "briefings" / "templates"), CATALOGUE)
    out = io.StringIO()
    run_console(answerer, io.StringIO("/who-said Austin\nmore\nwhat did China say\nquit\n"), out)
    text = out.getvalue()
    assert "Claims by Lloyd Austin" in text and "from no. " in text and "Claims by Chinese government" in text


def test_reload_swaps_index_and_keeps_old_one_on_failure(tmp_path):
    path = tmp_path / "index.sqlite"
    write_index(build_sample_index(), path)
    holder = IndexHolder.load(path, CATALOGUE.topics)
    before = holder.query
    write_index(build_large_index(n=3), path)
    assert holder.reload() is True and len(holder.index.claims) == len(before.index.claims) + 3
    path.write_text("{half a file", encoding="utf-8")
    current = holder.query
    assert holder.reload() is False and holder.query is current


def test_ask_for_a_chart_writes_the_png_with_out_and_asks_for_out_without(tmp_path, capsys):
    settings = make_settings(tmp_path)
    out = tmp_path / "chart.png"
    assert main(["ask", "/nk-troops chart", "--out", str(out)], settings) == 0
    printed = capsys.readouterr().out
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and f"wrote {out}" in printed
    assert "NIS roughly 12,000 (Oct 18)" in printed  # the figures in words too
    assert main(["ask", "/nk-troops chart"], settings) == 1
    assert "pass --out FILE.png" in capsys.readouterr().err
    assert main(["ask", "/nk-troops chart Kremlin dismissed", "--out", str(tmp_path / "none.png")], settings) == 1
    assert "No figures to chart" in capsys.readouterr().err and not (tmp_path / "none.png").exists()
