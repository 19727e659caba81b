"""An interactive terminal stand-in for Slack, running the bot's own answer code.

For `nkbot serve` when no Slack tokens are set: type what you would type in Slack (a slash
command or a DM); `more` plays the Show more button, `quit` or Ctrl-D leaves.
"""

from __future__ import annotations

import json
import sys
from typing import TextIO

from bot.answer import Answer, Answerer, Ask
from bot.errors import UserError
from bot.terminal import to_terminal, wants_color
from bot.textout import more_state


def parse_ask(line: str, surface: str = "terminal") -> Ask:
    """'/who-said Austin' is a slash command; anything else is a direct message."""
    line = line.strip()
    if line.startswith("/"):
        command, _, rest = line.partition(" ")
        return Ask(command=command, text=rest, surface=surface)  # type: ignore[arg-type]
    return Ask(text=line, surface=surface)  # type: ignore[arg-type]


def answer_page(answerer: Answerer, line: str, page: int = 1) -> Answer:
    """The `page`th screen of the answer to `line`, as pressing Show more `page - 1` times gives it
    (a screen holds fewer claims when they are long, so pages are followed, not computed)."""
    answer = answerer.answer(parse_ask(line))
    for shown in range(1, page):
        state = more_state(answer.message)
        if state is None:
            raise UserError(f"there is no page {page}: the answer has {shown} page{'s' if shown > 1 else ''}")
        answer = answerer.answer(Ask.from_state({**json.loads(state), "s": "terminal"}))
    return answer


def run_console(answerer: Answerer, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> int:
    stdout.write("nkbot console (no Slack tokens set). Try /nk-help, /who-said Austin, or a question.\n"
                 "`more` shows the next page, `quit` leaves.\n")
    pending: str | None = None
    color = wants_color(stdout)
    while True:
        stdout.write("> ")
        stdout.flush()
        line = stdin.readline()
        if not line or line.strip() in ("quit", "exit"):
            return 0
        if not line.strip():
            continue
        if line.strip() == "more":
            if not pending:
                stdout.write("nothing more to show\n")
                continue
            ask = Ask.from_state({**json.loads(pending), "s": "terminal"})
        else:
            ask = parse_ask(line)
        answer = answerer.answer(ask)
        pending = more_state(answer.message)
        stdout.write(to_terminal(answer.message, color, "(`more` for the next page)") + "\n")
