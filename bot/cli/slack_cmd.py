"""`nkbot serve`, `nkbot ask`, `nkbot manifest`, `nkbot health`: the bot from the command line."""

from __future__ import annotations

import argparse
import asyncio
import json
import shlex
import sys
from pathlib import Path

from bot.errors import UserError
from bot.settings import ROOT, Settings

MANIFEST_PATH = ROOT / "deploy" / "manifest.yaml"


def register(sub: argparse._SubParsersAction) -> None:
    serve = sub.add_parser("serve", help="run the Slack bot (Socket Mode by default; a terminal console "
                           "when no Slack tokens are set)")
    serve.add_argument("--http", action="store_true", help="HTTP mode: receive Slack requests at /slack/events")
    serve.add_argument("--port", type=int, help="HTTP mode's port (default: PORT, 3000); in Socket Mode, "
                       "the local port of /healthz, /readyz and /metrics (default: OPS_PORT, 3001)")
    serve.set_defaults(handler=run_serve)

    ask = sub.add_parser("ask", help="answer one question locally, exactly as the bot would in Slack")
    ask.add_argument("text", help='a slash command ("/who-said Austin") or, without a leading slash, a DM')
    ask.add_argument("--format", choices=["text", "blocks", "json"], default="text",
                     help="text: readable; blocks: the Slack payload; json: query, key numbers, claims and message")
    ask.add_argument("--page", type=_page, default=1, metavar="N",
                     help="the Nth screen of a long answer, as pressing Show more N-1 times in Slack gives it "
                     "(default 1)")
    ask.add_argument("--out", type=Path, metavar="FILE.png",
                     help='for a chart ("/nk-troops chart"): write the picture Slack would get to this file')
    ask.set_defaults(handler=run_ask)

    manifest = sub.add_parser("manifest", help="write deploy/manifest.yaml (the Slack app manifest) from "
                              "briefings/topics.yaml")
    manifest.add_argument("--out", type=Path, default=MANIFEST_PATH, help="file to write ('-' for stdout)")
    manifest.add_argument("--request-url", default="", help="HTTP mode: https://HOST/slack/events "
                          "(default: a Socket Mode manifest)")
    manifest.set_defaults(handler=run_manifest)

    health = sub.add_parser("health", help="exit 0 if the bot is healthy: the Socket Mode heartbeat file is "
                            "recent, or with --url, that URL answers 2xx (for probes in images without curl)")
    health.add_argument("--url", help="probe this URL instead, e.g. http://127.0.0.1:3000/readyz")
    health.set_defaults(handler=run_health)


def run_serve(args: argparse.Namespace, settings: Settings) -> int:
    from bot.observability.logs import setup_logging
    from bot.serve import load_runtime, serve

    setup_logging(settings)
    console = not (settings.slack_bot_token or settings.slack_app_token or settings.slack_signing_secret)
    runtime = load_runtime(settings, live=console)  # `serve` follows the store in the background instead
    if console:
        from bot.console import run_console

        return run_console(runtime.answerer())
    try:
        asyncio.run(serve(runtime, args.http, args.port))
    except (KeyboardInterrupt, asyncio.CancelledError):  # Ctrl-C, or SIGTERM (`serve` cancels itself)
        pass
    return 0


def _page(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a page number (1, 2, ...)")
    return int(text)


def run_ask(args: argparse.Namespace, settings: Settings) -> int:
    from bot.console import answer_page, parse_ask
    from bot.serve import load_runtime
    from bot.terminal import to_terminal, wants_color

    answerer = load_runtime(settings, live=True).answerer()
    if answerer.wants_chart(ask := parse_ask(args.text)):
        return _write_chart(answerer, ask, args.out)
    if args.out:
        raise UserError(f'--out writes a chart: ask for one, e.g. nkbot ask "/nk-troops chart" --out {args.out}')
    answer = answer_page(answerer, args.text, args.page)
    if args.format == "text":
        hint = f"More: nkbot ask {shlex.quote(args.text)} --page {args.page + 1}"
        print(to_terminal(answer.message, wants_color(sys.stdout), hint))
    elif args.format == "blocks":
        print(json.dumps(answer.message, ensure_ascii=False, indent=2))
    else:
        print(json.dumps({"query": answer.query, "key_numbers": list(answer.key_numbers),
                          "claims": [c.export() for c in answer.claims], "message": answer.message},
                         ensure_ascii=False, indent=2))
    return 0


def _write_chart(answerer, ask, out: Path | None) -> int:
    """`nkbot ask "/nk-troops chart" --out chart.png`: the PNG Slack would get, and its words."""
    from bot.terminal import to_terminal, wants_color

    if out is None:
        raise UserError(f"a chart is a picture: pass --out FILE.png to write it, e.g. "
                        f"nkbot ask {shlex.quote(f'{ask.command} {ask.text}')} --out chart.png")
    chart = answerer.chart(ask)
    if not chart.png:
        raise UserError(to_terminal(chart.message))  # no figures to chart
    try:
        out.write_bytes(chart.png)
    except OSError as exc:
        raise UserError(f"could not write {out}: {exc.strerror or exc}") from None
    print(to_terminal(chart.message, wants_color(sys.stdout)))
    print(f"wrote {out} ({len(chart.png):,} bytes)")
    return 0


def run_health(args: argparse.Namespace, settings: Settings) -> int:
    from bot.observability.heartbeat import check_beat
    from bot.observability.probe import check_url

    if args.url:
        ok, reason = check_url(args.url)
    else:
        ok, reason = check_beat(settings.heartbeat_path, max_age=3 * settings.heartbeat_seconds)
    print(reason, file=sys.stdout if ok else sys.stderr)
    return 0 if ok else 1


def run_manifest(args: argparse.Namespace, settings: Settings) -> int:
    from bot.manifest import manifest_yaml
    from bot.topics import load_catalogue

    text = manifest_yaml(load_catalogue(settings.briefings_dir / "topics.yaml"), args.request_url)
    if str(args.out) == "-":
        sys.stdout.write(text)
    else:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {args.out}")
    return 0
