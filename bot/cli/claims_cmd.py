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
    """`nkbot claims [ACTION]`: each action with its own --help; the options saying which claims to
    read may come before the action or after it (`nkbot claims --format jsonl` lists every claim)."""
    claims = sub.add_parser("claims", help="list claims (jsonl export, review queue, speakers); editors' decisions",
                            description="Print the claims of an index, or of a fresh extraction of the seeds "
                            "folder; editors' decisions. Without an ACTION: list. `nkbot claims ACTION --help` "
                            "tells more of each.")
    _reading_options(claims, None)
    claims.set_defaults(handler=run_claims)
    actions = claims.add_subparsers(dest="action", metavar="ACTION")
    for name, summary, about in (
            ("list", "every claim (the default)", "Every claim, with its speaker, cue, kind and stance."),
            ("review", "claims no editor has decided on yet",
             "The claims no editor has decided on yet; --format yaml gives entries to paste into "
             "seeds/decisions.yaml."),
            ("speakers", "who makes the claims; --generated: entries to adopt into the registry",
             "Speakers by number of claims; --generated: only those extraction made up, as entries for "
             "seeds/speakers.yaml.")):
        action = actions.add_parser(name, help=summary, description=about)
        _reading_options(action, argparse.SUPPRESS)
        if name == "speakers":
            action.add_argument("--generated", action="store_true", help="only the speakers the registry does not "
                                "know yet (made up by extraction), to adopt into seeds/speakers.yaml")
    decide = actions.add_parser("decide", help="record an editor's decision on a claim",
                                description="Approve or reject a claim; every running bot applies it within "
                                "seconds, as a decision taken in Slack's review queue.")
    decide.add_argument("claim_id", metavar="CLAIM_ID", help="the claim (`nkbot claims` lists their ids)")
    decide.add_argument("verdict", metavar="approve|reject", help="the decision")
    decide.add_argument("--by", help="who decides (default: your login name)")
    decide.add_argument("--note", default="", help="why, for the other editors")
    decisions = actions.add_parser("decisions", help="the audit log of decisions taken in Slack or here",
                                   description="The audit log of editors' decisions; or the decisions that "
                                   "stand, as YAML, into or from a decisions.yaml.")
    decisions.add_argument("--format", choices=["text", "yaml"], default=argparse.SUPPRESS,
                           help="text: the log (default); yaml: the decisions that stand")
    decisions.add_argument("--export", type=Path, metavar="PATH", help="write the decisions that stand into this "
                           "decisions.yaml (its other entries and its comments kept)")
    decisions.add_argument("--import", dest="import_path", type=Path, metavar="PATH", help="record the entries of "
                           "this decisions.yaml that differ from what stands")


def _reading_options(parser: argparse.ArgumentParser, default: object) -> None:
    """Which claims to read and how to print them. On an action, `default` is SUPPRESS, so a value
    given before the action is kept."""
    def given(value: object) -> object:
        return default if default is argparse.SUPPRESS else value

    parser.add_argument("--index", type=Path, default=given(None), help="read this built index; without it the "
                        "seeds folder is extracted afresh, so the output always reflects the current code")
    parser.add_argument("--live", action="store_true", default=given(False), help="what the bot serves: the "
                        "built index plus the documents added with `nkbot add`, `/nk-add` or feeds")
    parser.add_argument("--seeds", type=Path, default=given(None), help="seeds folder to extract when --index is "
                        "not given")
    parser.add_argument("--format", choices=["jsonl", "text", "yaml"], default=given(None),
                        help="text (default), jsonl (one JSON object a line), or yaml: for claims, entries to paste "
                        "into seeds/decisions.yaml; for speakers, entries for seeds/speakers.yaml (the default "
                        "with --generated)")


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
    action = args.action or "list"
    if action in ("decide", "decisions"):
        from bot.cli.decisions_cmd import run_decide, run_decisions

        return (run_decide if action == "decide" else run_decisions)(args, settings)
    index = load(args, settings)
    generated = getattr(args, "generated", False)
    fmt = args.format or ("yaml" if generated else "text")
    if action == "speakers":
        write_speakers(index, sys.stdout, fmt, generated_only=generated)
        return 0
    claims = index.claims
    if action == "review":
        claims = tuple(c for c in claims if c.status == "auto")
    write_claims(claims, sys.stdout, fmt)
    if action == "review" and fmt != "jsonl":
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
