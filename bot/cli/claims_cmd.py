"""`nkbot claims`: print the claims of an index (or of a fresh extraction of a seeds folder)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from bot.claims.model import IndexData
from bot.settings import Settings


def register(sub: argparse._SubParsersAction) -> None:
    claims = sub.add_parser("claims", help="list claims (jsonl export, review queue)")
    claims.add_argument("action", nargs="?", choices=["list", "review"], default="list",
                        help="list: every claim (default); review: claims no editor has decided on yet")
    claims.add_argument("--index", type=Path, help="read this built index; without it the seeds folder is "
                        "extracted afresh, so the output always reflects the current code")
    claims.add_argument("--seeds", type=Path, help="seeds folder to extract when --index is not given")
    claims.add_argument("--format", choices=["jsonl", "text"], default="text")
    claims.set_defaults(handler=run_claims)


def load(args: argparse.Namespace, settings: Settings) -> IndexData:
    if args.index:
        from bot.claims.artifact import load_index

        return load_index(args.index)
    from bot.claims.build import build_index

    return build_index(args.seeds or settings.seeds_dir).index


def run_claims(args: argparse.Namespace, settings: Settings) -> int:
    index = load(args, settings)
    claims = index.claims
    if args.action == "review":
        claims = tuple(c for c in claims if c.status == "auto")
    out = sys.stdout
    for claim in claims:
        if args.format == "jsonl":
            out.write(json.dumps(claim.export(), ensure_ascii=False) + "\n")
        else:
            role = f" ({claim.speaker_role})" if claim.speaker_role else ""
            out.write(f"{claim.id}  [{claim.doc_id[:3]}] {claim.speaker}{role} {claim.cue} "
                      f"<{claim.kind}, {claim.stance}{', vague' if claim.vague else ''}>\n    {claim.text}\n")
    if args.action == "review" and args.format == "text":
        out.write(f"{len(claims)} claim(s) awaiting review; decide in seeds/decisions.yaml\n")
    return 0
