"""`nkbot briefing status|run|preview` and `nkbot db upgrade|current`: thin, the library does the work."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from datetime import datetime
from zoneinfo import ZoneInfo

from bot.settings import Settings


def register(sub: argparse._SubParsersAction) -> None:
    briefing = sub.add_parser("briefing", help="daily briefings: status, scheduler")
    actions = briefing.add_subparsers(dest="briefing_command", metavar="ACTION", required=True)
    status = actions.add_parser("status", help="subscriptions with their next run and last outcome")
    status.add_argument("--team", help="only this workspace (team id)")
    status.set_defaults(handler=run_status)
    run = actions.add_parser("run", help="run a briefing scheduler (any number may run at once)")
    run.add_argument("--compose", default=None, help="MODULE:FUNCTION building the message "
                     "(default: the daily briefing over the claim index, bot.briefing.composer)")
    run.add_argument("--once", action="store_true", help="one tick, wait for its deliveries, exit")
    run.set_defaults(handler=run_scheduler)
    preview = actions.add_parser("preview", help="print today's briefing as the scheduler would post it")
    preview.add_argument("--since", type=_since, default=None, metavar="DATE",
                         help="changes since this day or time in --timezone (YYYY-MM-DD or ISO; "
                              "default: none, a first briefing with the newest claims)")
    preview.add_argument("--timezone", default="UTC", help="the channel's zone, for 'today' (default UTC)")
    preview.add_argument("--format", choices=("text", "blocks"), default="text")
    preview.set_defaults(handler=run_preview)

    db = sub.add_parser("db", help="database schema")
    db_actions = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    upgrade = db_actions.add_parser("upgrade", help="apply migrations (also done at every bot start)")
    upgrade.add_argument("revision", nargs="?", default="head")
    upgrade.set_defaults(handler=run_upgrade)
    db_actions.add_parser("current", help="print the schema revision").set_defaults(handler=run_current)


def _engine(settings: Settings):  # noqa: ANN202
    from bot.briefing.store import make_engine

    return make_engine(settings.database_url)


def run_upgrade(args: argparse.Namespace, settings: Settings) -> int:
    from bot.briefing.store import current_revision, upgrade

    engine = _engine(settings)
    upgrade(engine, args.revision)
    where = engine.url.render_as_string(hide_password=True)
    print(f"schema at revision {current_revision(engine)} ({where})")
    return 0


def run_current(args: argparse.Namespace, settings: Settings) -> int:
    from bot.briefing.store import current_revision

    print(current_revision(_engine(settings)) or "none (run `nkbot db upgrade`)")
    return 0


def run_status(args: argparse.Namespace, settings: Settings) -> int:
    from bot.briefing.service import BriefingService
    from bot.briefing.store import upgrade

    engine = _engine(settings)
    upgrade(engine)
    views = BriefingService(engine).status(args.team)
    if not views:
        print("no subscriptions (a channel subscribes with /nk-subscribe)")
        return 0
    header = ("team", "channel", "at", "time zone", "status", "next run (local)", "last run")
    rows = [header]
    for v in views:
        nxt = v.next_run.strftime("%Y-%m-%d %H:%M %Z") if v.next_run else f"- ({v.paused_reason})"
        last = f"{v.last_date} {v.last_outcome}" if v.last_date else "never"
        rows.append((v.team_id, v.channel_id, v.local_time, v.timezone, v.status, nxt, last))
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(header))]
    for row in rows:
        print("  ".join(str(cell).ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())
    return 0


def _since(text: str) -> datetime:
    """'2024-11-05' or an ISO time; without an offset it is read in `--timezone` (see run_preview)."""
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not YYYY-MM-DD or an ISO time") from None


def run_preview(args: argparse.Namespace, settings: Settings) -> int:
    from bot.briefing.commands import resolve_zone
    from bot.serve import load_runtime
    from bot.terminal import to_terminal, wants_color

    zone = ZoneInfo(resolve_zone(args.timezone))
    since = args.since.replace(tzinfo=zone) if args.since and args.since.tzinfo is None else args.since
    # live: the articles added with `nkbot add`, `/nk-add` or feeds, as the scheduler posts them
    message = load_runtime(settings, live=True).composer().message(since, zone, surface="terminal")
    print(to_terminal(message, wants_color(sys.stdout)) if args.format == "text"
          else json.dumps(message, ensure_ascii=False, indent=2))
    return 0


def run_scheduler(args: argparse.Namespace, settings: Settings) -> int:
    from bot.briefing.runner import build_scheduler, load_compose
    from bot.briefing.standalone import run_standalone
    from bot.serve import load_runtime

    logging.basicConfig(level=settings.log_level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    runtime = None if args.compose else load_runtime(settings, live=True)
    compose = load_compose(args.compose) if args.compose else runtime.composer()  # type: ignore[union-attr]
    scheduler = build_scheduler(settings, compose)
    try:
        asyncio.run(run_standalone(scheduler, runtime.holder if runtime else None, settings, once=args.once))
    except KeyboardInterrupt:
        pass
    return 0
