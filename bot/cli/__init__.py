"""`nkbot`: the command line. Thin: parse, build settings once, call the library, turn
`UserError`s into one clean line on stderr and a non-zero exit."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from bot.errors import UserError
from bot.settings import Settings

# Each module has `register(subparsers)` and sets `handler(args, settings) -> int` on its parsers.
COMMAND_MODULES = ("bot.cli.index_cmd", "bot.cli.add_cmd", "bot.cli.claims_cmd", "bot.cli.slack_cmd", "bot.cli.briefing_cmd",
                   "bot.cli.bench_cmd")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="nkbot", description="Who claimed what about North Korean troops "
                                     "in Russia: claim index, Slack bot, daily briefings.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None, settings: Settings | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args, settings or Settings()) or 0)
    except UserError as exc:
        print(f"nkbot: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `nkbot claims | head`
        return 0


if __name__ == "__main__":
    sys.exit(main())
