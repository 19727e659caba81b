"""`nkbot claims`: print the claims of an index (or of a fresh extraction of a seeds folder),
the review queue as decisions.yaml stubs, and the speakers with registry entries to adopt."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import TextIO

import yaml

from bot.index.model import Claim, IndexData, Speaker, speaker_to_dict
from bot.settings import Settings


def register(sub: argparse._SubParsersAction) -> None:
    claims = sub.add_parser("claims", help="list claims (jsonl export, review queue, speakers); editors' decisions")
    claims.add_argument("action", nargs="?", choices=["list", "review", "speakers", "decide", "decisions"],
                        default="list", help="list: every claim (default); review: claims no editor has decided "
                        "on yet; speakers: who makes the claims; decide CLAIM_ID approve|reject: record an "
                        "editor's decision (every running bot applies it within seconds); decisions: the audit "
                        "log of decisions taken in Slack or here")
    claims.add_argument("target", nargs="*", metavar="ARG", help="decide: CLAIM_ID approve|reject")
    claims.add_argument("--by", help="decide: who decides (default: your login name)")
    claims.add_argument("--note", default="", help="decide: why, for the other editors")
    claims.add_argument("--export", type=Path, metavar="PATH", help="decisions: write the decisions that stand "
                        "into this decisions.yaml (its other entries and its comments kept)")
    claims.add_argument("--import", dest="import_path", type=Path, metavar="PATH", help="decisions: record the "
                        "entries of this decisions.yaml that differ from what stands")
    claims.add_argument("--index", type=Path, help="read this built index; without it the seeds folder is "
                        "extracted afresh, so the output always reflects the current code")
    claims.add_argument("--live", action="store_true", help="what the bot serves: the built index plus the "
                        "documents added with `nkbot add`, `/nk-add` or feeds")
    claims.add_argument("--seeds", type=Path, help="seeds folder to extract when --index is not given")
    claims.add_argument("--format", choices=["jsonl", "text", "yaml"], default=None,
                        help="text (default), jsonl (one JSON object a line), or yaml: for claims, entries to "
                        "paste into seeds/decisions.yaml; for speakers, entries for seeds/speakers.yaml "
                        "(the default with --generated)")
    claims.add_argument("--generated", action="store_true", help="speakers: only those the registry does not "
                        "know yet (made up by extraction), to adopt into seeds/speakers.yaml")
    claims.set_defaults(handler=run_claims)


def load(args: argparse.Namespace, settings: Settings) -> IndexData:
    if args.live:
        from bot.serve import load_runtime

        return load_runtime(settings.model_copy(update={"index_path": args.index or settings.index_path}),
                            live=True).holder.index
    if args.index:
        from bot.index.artifact import load_index

        return load_index(args.index)
    from bot.index.build import build_index

    return build_index(args.seeds or settings.seeds_dir).index


def run_claims(args: argparse.Namespace, settings: Settings) -> int:
    if args.action in ("decide", "decisions"):
        from bot.cli.decisions_cmd import run_decide, run_decisions

        return (run_decide if args.action == "decide" else run_decisions)(args, settings)
    index = load(args, settings)
    fmt = args.format or ("yaml" if args.generated else "text")
    if args.action == "speakers":
        write_speakers(index, sys.stdout, fmt, generated_only=args.generated)
        return 0
    claims = index.claims
    if args.action == "review":
        claims = tuple(c for c in claims if c.status == "auto")
    write_claims(claims, sys.stdout, fmt)
    if args.action == "review" and fmt != "jsonl":
        line = f"{len(claims)} claim(s) awaiting review; decide in seeds/decisions.yaml"
        sys.stdout.write(("# " if fmt == "yaml" else "") + line + "\n")
    return 0


def write_claims(claims: tuple[Claim, ...], out: TextIO, fmt: str) -> None:
    from bot.index.curate import decision_stub

    for claim in claims:
        if fmt == "jsonl":
            out.write(json.dumps(claim.export(), ensure_ascii=False) + "\n")
        elif fmt == "yaml":
            out.write(decision_stub(claim))
        else:
            role = f" ({claim.speaker_role})" if claim.speaker_role else ""
            out.write(f"{claim.id}  [{claim.doc_id[:3]}] {claim.speaker}{role} {claim.cue} "
                      f"<{claim.kind}, {claim.stance}{', vague' if claim.vague else ''}>\n    {claim.text}\n")


def write_speakers(index: IndexData, out: TextIO, fmt: str, generated_only: bool = False) -> None:
    """Speakers by number of claims. Generated ones come as registry entries with the `gen-` prefix
    dropped from the id, so pasting them into seeds/speakers.yaml adopts them on the next build."""
    said = Counter(c.speaker_id for c in index.claims)
    mentioned = Counter(m for c in index.claims for m in c.mentions)
    speakers = sorted((s for s in index.speakers.values() if s.generated or not generated_only),
                      key=lambda s: (-said[s.id], s.id))
    for s in speakers:
        if fmt == "jsonl":
            out.write(json.dumps({**speaker_to_dict(s), "claims": said[s.id], "mentions": mentioned[s.id]},
                                 ensure_ascii=False) + "\n")
        elif fmt == "yaml":
            out.write(registry_entry(s, [c for c in index.claims if c.speaker_id == s.id]))
        else:
            flag = ", generated" if s.generated else ""
            role = f" - {s.role}" if s.role else ""
            out.write(f"{s.id:<28} {s.name} [{s.kind}{flag}]{role}: {said[s.id]} claim(s), "
                      f"{mentioned[s.id]} mention(s)\n")
    if generated_only and fmt == "yaml" and not speakers:
        out.write("# no generated speakers: the registry knows everyone who speaks\n")


def registry_entry(s: Speaker, claims: list[Claim]) -> str:
    """One seeds/speakers.yaml entry for `s`, with a comment saying where it speaks."""
    entry = {"id": s.id.removeprefix("gen-"), "name": s.name, "aliases": list(s.aliases), "role": s.role,
             "country": s.country, "kind": s.kind, "affiliation": s.affiliation}
    where = f", e.g. {claims[0].doc_id}: {' '.join(claims[0].text.split())[:100]}" if claims else ""
    head = f"# {s.id}{' (generated)' if s.generated else ''}: {len(claims)} claim(s){where}\n"
    return head + yaml.safe_dump([entry], sort_keys=False, allow_unicode=True, default_flow_style=None, width=1000)
