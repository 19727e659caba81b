"""An interactive terminal stand-in for Slack, running the bot's own answer code.

For `nkbot serve` when no Slack tokens are set: type what you would type in Slack (a slash
command or a DM); `more` plays the Show more button, `quit` or Ctrl-D leaves.
"""

from __future__ import annotations

import json
import sys
from typing import TextIO

from bot.answer import Answerer, Ask
from bot.textout import more_state, to_text


def parse_ask(line: str, surface: str = "terminal") -> Ask:
    """'/who-said Austin' is a slash command; anything else is a direct message."""
    line = line.strip()
    if line.startswith("/"):
        command, _, rest = line.partition(" ")
        return Ask(command=command, text=rest, surface=surface)  # type: ignore[arg-type]
    return Ask(text=line, surface=surface)  # type: ignore[arg-type]


def run_console(answerer: Answerer, stdin: TextIO = sys.stdin, stdout: TextIO = sys.stdout) -> int:
    stdout.write("nkbot console (no Slack tokens set). Try /nk-help, /who-said Austin, or a question.\n"
                 "`more` shows the next page, `quit` leaves.\n")
    pending: str | None = None
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
        stdout.write(to_text(answer.message) + "\n")
