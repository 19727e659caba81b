"""`nkbot bench`: acknowledgement and reply latency, lookups, index build and cold start."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot.settings import Settings


def register(sub: argparse._SubParsersAction) -> None:
    bench = sub.add_parser("bench", help="measure ack/reply latency over HTTP against a bare bolt app, lookups "
                           "at 10k-1M claims, index build throughput and cold start; print a table")
    bench.add_argument("--quick", action="store_true", help="a smoke run: seconds of load, 10k claims, "
                       "100 documents, no million-claim cold start")
    bench.add_argument("--out", type=Path, default=Path("bench.json"), help="where to write the figures as JSON "
                       "(default: bench.json)")
    bench.add_argument("--soak", action="store_true", help="also run 10 minutes of mixed traffic at 100 req/s, "
                       "sampling the server's memory")
    bench.add_argument("--baseline", type=Path, metavar="CHECKOUT",
                       help="also serve another release beside this one and the floor, in the same run: a clone "
                       "with its own .venv and built index (e.g. git worktree add ../prev v1 && make -C ../prev index)")
    bench.add_argument("--http-only", action="store_true", help="only the slash-command load rounds (and the profile)")
    bench.add_argument("--database-url", metavar="URL", help="the servers' DATABASE_URL for the load rounds (default: "
                       "each its own SQLite file), e.g. postgresql+psycopg://postgres@127.0.0.1:5432/test")
    bench.set_defaults(handler=run_bench)


def run_bench(args: argparse.Namespace, settings: Settings) -> int:
    from bot.bench.report import table
    from bot.bench.run import run

    from bot.errors import UserError

    if args.baseline and not (args.baseline / ".venv" / "bin" / "python").exists():
        raise UserError(f"{args.baseline}: no .venv there; run `make -C {args.baseline} index` first")
    figures = run(settings, args.quick, args.soak, say=lambda m: print(m, file=sys.stderr, flush=True),
                  baseline=args.baseline, only_http=args.http_only, database_url=args.database_url)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(table(figures))
    print(f"\nfigures written to {args.out}")
    return 0
