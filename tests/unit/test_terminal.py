"""Terminal output: Slack's markup rendered for a person (styles and clickable links on a
terminal, plain words in a pipe), `nkbot ask --page N` and the console's `more`."""

from __future__ import annotations

import io

import pytest

from bot.answer import Answerer
from bot.cli import main
from bot.console import answer_page, run_console
from bot.errors import UserError
from bot.index.artifact import write_index
from bot.index.holder import IndexHolder
from bot.render import Renderer
from bot.settings import ROOT, Settings
from bot.terminal import mrkdwn, readable_url, wants_color
from bot.topics import load_catalogue
from tests.scenario.sample_index import build_large_index, build_sample_index

CATALOGUE = load_catalogue(ROOT / "briefings" / "topics.yaml")
PASSAGE = "https://example.org/a%20b/news?id=1&amp;lang=en#:~:text=A%20State%20Department,region."


def test_markup_in_a_pipe_is_plain_words_and_readable_addresses():
    assert mrkdwn("*Key numbers* · _figures disagree_ · allies &amp; partners &lt;together&gt;") == \
        "Key numbers · figures disagree · allies & partners <together>"
    assert mrkdwn(f"<{PASSAGE}|read the passage>") == "read the passage (https://example.org/a%20b/news?id=1&lang=en)"
    assert readable_url("https://example.org/%E2%80%9Cquoted%E2%80%9D") == "https://example.org/“quoted”"
    assert mrkdwn("snake_case_words and 5*3*2 stay") == "snake_case_words and 5*3*2 stay"


def test_markup_on_a_terminal_is_styled_and_links_are_clickable():
    text = mrkdwn(f"*Austin* said <{PASSAGE}|this>", color=True)
    assert "\x1b[1mAustin\x1b[22m" in text and "*" not in text
    assert "\x1b]8;;https://example.org/a%20b/news?id=1&lang=en#:~:text=A%20State%20Department,region." in text
    assert "\x1b[4mthis\x1b[24m" in text


def test_color_only_for_a_terminal_that_wants_it(monkeypatch):
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm")
    assert wants_color(Tty()) and not wants_color(io.StringIO())
    monkeypatch.setenv("NO_COLOR", "1")
    assert not wants_color(Tty())


@pytest.fixture
def answerer() -> Answerer:
    holder = IndexHolder.from_index(build_large_index(n=30), CATALOGUE.topics)
    return Answerer(holder, Renderer(ROOT / "briefings" / "templates"), CATALOGUE)


def test_pages_follow_show_more(answerer):
    first, second = answer_page(answerer, "/who-said Austin"), answer_page(answerer, "/who-said Austin", 2)
    assert first.query["offset"] == 0 and second.query["offset"] == len(first.claims)
    assert not {c.id for c in first.claims} & {c.id for c in second.claims}
    with pytest.raises(UserError, match="there is no page 99: the answer has"):
        answer_page(answerer, "/who-said Austin", 99)


def test_the_console_renders_and_says_how_to_see_more(answerer):
    out = io.StringIO()
    run_console(answerer, io.StringIO("/who-said Austin\nmore\nquit\n"), out)
    text = out.getvalue()
    assert "(`more` for the next page)" in text and "[Show more]" not in text and "*Claims by" not in text


def test_ask_pages_and_says_how_to_see_more(tmp_path, capsys):
    write_index(build_large_index(n=30), tmp_path / "index.sqlite")
    settings = Settings(_env_file=None, index_path=tmp_path / "index.sqlite", briefings_dir=ROOT / "briefings",
                        database_url=f"sqlite:///{tmp_path / 'db'}")
    assert main(["ask", "/who-said Austin", "--page", "2"], settings) == 0
    out = capsys.readouterr().out
    assert "from no. " in out and "More: nkbot ask '/who-said Austin' --page 3" in out
    assert main(["ask", "/who-said Austin", "--page", "99"], settings) == 1
    assert "there is no page 99" in capsys.readouterr().err


def test_ask_text_reads_as_slack_shows_it(tmp_path, capsys):
    write_index(build_sample_index(), tmp_path / "index.sqlite")
    settings = Settings(_env_file=None, index_path=tmp_path / "index.sqlite", briefings_dir=ROOT / "briefings",
                        database_url=f"sqlite:///{tmp_path / 'db'}")
    assert main(["ask", "/nk-claims allies"], settings) == 0
    out = capsys.readouterr().out
    assert "allies & partners would answer the deployment <together>" in out
    assert "Mark Rutte, NATO Secretary-General" in out and "*" not in out
