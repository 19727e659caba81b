"""Every replica follows the corpus: documents another process added are served here within
`CORPUS_POLL_SECONDS` (default 2 s), with no restart and no rebuild.

One indexed query (`seq > last held`) per poll; when it returns rows, the index is merged anew in
a worker thread while requests keep reading the old one. A database that is down or not yet
migrated costs nothing but a log line: the index in service stays.
"""

from __future__ import annotations

import asyncio
import logging

from sqlalchemy import inspect
from sqlalchemy.exc import SQLAlchemyError

from bot.corpus.store import CorpusStore
from bot.index.holder import IndexHolder

log = logging.getLogger(__name__)


def catch_up(store: CorpusStore, holder: IndexHolder) -> int:
    """Serve whatever was added since the holder's newest document; how many documents arrived."""
    documents = store.since(holder.latest_seq)
    if documents:
        holder.extend(documents)
    return len(documents)


def try_catch_up(store: CorpusStore, holder: IndexHolder) -> None:
    """For one-shot commands (`nkbot ask`, `nkbot claims`): the store if it answers, the seeds if not."""
    try:
        if inspect(store.engine).has_table("corpus_documents"):  # no table: nothing was ever added
            catch_up(store, holder)
    except SQLAlchemyError as exc:
        log.warning("added documents not read (%s); answering from the seeds' index", type(exc).__name__)


async def follow(store: CorpusStore, holder: IndexHolder, every: float) -> None:
    failing = False
    while True:
        try:
            await asyncio.to_thread(catch_up, store, holder)
            if failing:
                log.info("corpus store reachable again")
            failing = False
        except SQLAlchemyError as exc:
            if not failing:
                log.warning("cannot read added documents (%s); retrying every %g s", type(exc).__name__, every)
            failing = True
        await asyncio.sleep(every)
