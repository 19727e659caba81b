"""`nkbot index build`: seeds folder to index artifact, atomically."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bot.errors import UserError
from bot.settings import Settings


def register(sub: argparse._SubParsersAction) -> None:
    index = sub.add_parser("index", help="build the claim index")
    index_sub = index.add_subparsers(dest="index_command", metavar="ACTION", required=True)
    build = index_sub.add_parser("build", help="extract claims from a seeds folder and write the index atomically")
    build.add_argument("--seeds", type=Path, help="folder of *.txt documents with sources.yaml, speakers.yaml "
                       "and decisions.yaml (default: the project's seeds/)")
    build.add_argument("--out", type=Path, help="index file to write (default: settings index_path)")
    build.set_defaults(handler=run_build)


def run_build(args: argparse.Namespace, settings: Settings) -> int:
    from bot.index.build import build_to  # extraction dependencies load only for a build

    seeds = args.seeds or settings.seeds_dir
    out = args.out or settings.index_path
    try:
        result, version = build_to(seeds, out)
    except UserError as exc:
        kept = "the previous index is unchanged" if out.exists() else "no index was written"
        raise UserError(f"index build failed: {exc}; {kept} ({out})") from None
    index = result.index
    for orphan in result.report.orphans:
        print(f"warning: decision for claim {orphan.claim_id} ({orphan.action}) matches no claim; "
              "its evidence text changed or the claim is no longer extracted", file=sys.stderr)
    print(f"built index {version}: {len(index.claims)} claims from {len(index.sources)} documents, "
          f"{len({c.speaker_id for c in index.claims})} speakers, {len(index.groups)} quantity groups -> {out}")
    return 0
