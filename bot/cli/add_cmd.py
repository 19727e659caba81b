"""`nkbot add URL|PATH...`: add articles to the live corpus; every running replica serves them
within seconds (`bot.corpus.follow`)."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
from pathlib import Path

from bot.errors import UserError
from bot.settings import Settings


def register(sub: argparse._SubParsersAction) -> None:
    add = sub.add_parser("add", help="add articles (web pages, PDFs, or .txt and .pdf files) to the live corpus",
                         description="Read articles into the live corpus: every running bot serves their claims "
                         "within seconds. An address may be a web page or a PDF; a file, text (.txt) or PDF (.pdf).")
    add.add_argument("items", nargs="+", metavar="URL|PATH", help="http(s) addresses of articles (web pages or "
                     "PDFs), or .txt or .pdf files")
    add.set_defaults(handler=run_add)


def run_add(args: argparse.Namespace, settings: Settings) -> int:
    return asyncio.run(_add_all(args.items, settings))


async def _add_all(items: list[str], settings: Settings) -> int:
    from bot.briefing.store import make_engine, upgrade
    from bot.corpus.follow import catch_up
    from bot.corpus.store import CorpusStore
    from bot.app import create_ingestor
    from bot.ingest.fetch import is_web_address, open_session
    from bot.serve import load_runtime
    from bot.answer import Ask

    runtime = load_runtime(settings)
    engine = make_engine(settings.database_url)
    try:
        await asyncio.to_thread(upgrade, engine)
    except Exception as exc:  # noqa: BLE001 - any database failure is the same news to the person
        raise UserError(f"the database at {engine.url.render_as_string(hide_password=True)} cannot be used "
                         f"({type(exc).__name__}); nothing was added") from None
    await asyncio.to_thread(catch_up, CorpusStore(engine), runtime.holder)
    ingestor = create_ingestor(settings, runtime.holder, engine)  # the bounded reading `serve` has
    failed = 0
    by = _who()
    async with open_session(ingestor.limits) as session:
        for item in items:
            try:
                if is_web_address(item):
                    added = await ingestor.add_url(item, session, origin="cli", by=by)
                else:
                    added = await asyncio.to_thread(ingestor.add_file, Path(item), "cli", by)
            except UserError as exc:
                failed += 1
                reason = str(exc)
                print(f"nkbot: {reason if reason.startswith(item) else f'{item}: {reason}'}", file=sys.stderr)
                continue
            ask = Ask(command=_add_command(runtime), text=added.doc_id)
            print(runtime.answerer().added(ask, added.outcome, added.doc_id, added.url,
                                           [s.name for s in added.new_speakers], added.claims,
                                           added.source).message["text"])
    ingestor.reader.close()  # its worker processes (on an error, pebble stops them at exit)
    engine.dispose()
    return 1 if failed else 0


def _add_command(runtime) -> str:  # noqa: ANN001
    declared = runtime.catalogue.first("add")
    return declared.command if declared else ""


def _who() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "cli"
