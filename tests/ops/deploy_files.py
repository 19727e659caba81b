"""Reading deploy/ as the tools would, for the tests: the Dockerfile's instructions and entry command."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

from bot.settings import ROOT

DEPLOY = ROOT / "deploy"


def dockerfile(path: Path = DEPLOY / "Dockerfile") -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) pairs, with line continuations joined and comments dropped."""
    out: list[tuple[str, str]] = []
    pending = ""
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not pending and (not line or line.startswith("#")):
            continue
        if line.startswith("#"):  # a comment inside a continued instruction
            continue
        if line.endswith("\\"):
            pending += line[:-1] + " "
            continue
        instruction, _, args = (pending + line).partition(" ")
        out.append((instruction.upper(), args.strip()))
        pending = ""
    assert not pending, "the Dockerfile ends inside a continued line"
    return out


def exec_form(args: str) -> list[str]:
    """A CMD/ENTRYPOINT/HEALTHCHECK command in exec (JSON) form; shell form is refused."""
    value = json.loads(args)
    assert isinstance(value, list) and all(isinstance(v, str) for v in value), args
    return value


def env(instructions: list[tuple[str, str]]) -> dict[str, str]:
    values: dict[str, str] = {}
    for instruction, args in instructions:
        if instruction == "ENV":
            values.update(part.split("=", 1) for part in shlex.split(args))
    return values


def serve_command() -> list[str]:
    """The image's CMD: what every container runs, and what the replica test runs too."""
    (cmd,) = [exec_form(args) for instruction, args in dockerfile() if instruction == "CMD"]
    return cmd
