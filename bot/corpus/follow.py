"""Every replica follows the corpus: documents another process added, and decisions editors took
anywhere, are served here within `CORPUS_POLL_SECONDS` (default 2 s), with no restart and no
rebuild; and a new build of the artifact (`nkbot index build --with-store`, which folds the added
documents into it) is loaded within the same interval, while the old one keeps answering.

Per poll, the ids of the newest documents (`CorpusStore.missing`: rows only for those not held)
and the count of decisions; when either brings something new, the index is merged anew in a
worker thread while requests keep reading the old one. A database that is down or not yet
migrated costs nothing but a log line: the index in service stays.
"""

from __future__ import annotations

import asyncio
import logging

from sqlalchemy import inspect
from sqlalchemy.exc import SQLAlchemyError

from bot.corpus.store import CorpusStore
from bot.index.holder import IndexHolder
from bot.review.store import ReviewStore

log = logging.getLogger(__name__)


def catch_up(store: CorpusStore, holder: IndexHolder, review: ReviewStore | None = None) -> int:
    """Serve whatever was added since the holder's newest document, and the decisions if any was
    taken since; how many documents arrived."""
    since = holder.latest_seq
    documents = store.missing(holder.holds, since)
    if documents:
        holder.extend(documents)
    holder.caught_up(since)
    if review is not None and (seq := review.latest_change()) != holder.decisions_seq:
        holder.decide([r.decision for r in review.all_standing()], seq, review.speakers())
    return len(documents)


def try_catch_up(store: CorpusStore, holder: IndexHolder, review: ReviewStore | None = None) -> None:
    """For one-shot commands (`nkbot ask`, `nkbot claims`): the store if it answers, the seeds if not."""
    try:
        tables = set(inspect(store.engine).get_table_names())
        if {"corpus_documents", "review_log"} <= tables:  # no tables: nothing was ever added or decided
            catch_up(store, holder, review)
    except SQLAlchemyError as exc:
        log.warning("added documents not read (%s); answering from the seeds' index", type(exc).__name__)


async def follow(store: CorpusStore, holder: IndexHolder, every: float, review: ReviewStore | None = None) -> None:
    failing = False
    while True:
        if holder.replaced():  # a new build renamed over the artifact (compaction): served without a restart
            await asyncio.to_thread(holder.reload)
        try:
            await asyncio.to_thread(catch_up, store, holder, review)
            if failing:
                log.info("corpus store reachable again")
            failing = False
        except SQLAlchemyError as exc:
            if not failing:
                log.warning("cannot read added documents (%s); retrying every %g s", type(exc).__name__, every)
            failing = True
        except Exception:  # noqa: BLE001 - a fault while merging must not end the following: logged, retried
            if not failing:
                log.exception("following the corpus failed; the index in service stays, retrying every %g s", every)
            failing = True
        await asyncio.sleep(every)
