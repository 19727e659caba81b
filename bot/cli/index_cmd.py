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
    build.add_argument("--with-store", action="store_true",
                       help="also build in the documents added to the live corpus (DATABASE_URL): compaction. Their "
                       "claims keep their ids; running replicas load the new file on their next poll and stop "
                       "holding those documents in memory")
    build.set_defaults(handler=run_build)


def run_build(args: argparse.Namespace, settings: Settings) -> int:
    from bot.index.build import build_to  # extraction dependencies load only for a build

    seeds = args.seeds or settings.seeds_dir
    out = args.out or settings.index_path
    stored = _stored_documents(settings) if args.with_store else []
    try:
        result, version = build_to(seeds, out, stored=stored)
    except UserError as exc:
        kept = "the previous index is unchanged" if out.exists() else "no index was written"
        raise UserError(f"index build failed: {exc}; {kept} ({out})") from None
    index = result.index
    for doc_id in result.set_aside:
        print(f"warning: added document {doc_id} was left out: its claims meet a fault in the extractor (see the "
              "log); it stays in the live corpus, set aside there too", file=sys.stderr)
    for orphan in result.report.orphans:
        print(f"warning: decision for claim {orphan.claim_id} ({orphan.action}) matches no claim; "
              "its evidence text changed or the claim is no longer extracted", file=sys.stderr)
    print(f"built index {version}: {len(index.claims)} claims from {len(index.sources)} documents"
          + (f" ({len(index.folded)} of them added to the live corpus)" if args.with_store else "")
          + f", {len({c.speaker_id for c in index.claims})} speakers, {len(index.groups)} quantity groups -> {out}")
    return 0


def _stored_documents(settings: Settings) -> list:
    """Every document of the live corpus, read once for the build."""
    from sqlalchemy.exc import SQLAlchemyError

    from bot.briefing.store import make_engine, upgrade
    from bot.corpus.store import CorpusStore

    engine = make_engine(settings.database_url)
    try:
        upgrade(engine)
        return CorpusStore(engine).since(0)
    except SQLAlchemyError as exc:
        raise UserError(f"the live corpus at {engine.url.render_as_string(hide_password=True)} cannot be read "
                        f"({type(exc).__name__}); no index was written") from None
    finally:
        engine.dispose()
