"""`nkbot briefing run`: the scheduler in a process of its own, serving what `nkbot serve` serves.

A bot process follows the corpus store (`bot.corpus.follow`), so its briefings count articles
added with `nkbot add`, `/nk-add` or feeds, and editors' decisions. A scheduler run alone must
follow it too, or its briefings would be of the seeds only.
"""

from __future__ import annotations

import asyncio
import contextlib

from bot.briefing.runner import Scheduler
from bot.briefing.store import make_engine
from bot.corpus.follow import follow
from bot.corpus.store import CorpusStore
from bot.index.holder import IndexHolder
from bot.review.store import ReviewStore
from bot.settings import Settings


async def run_standalone(scheduler: Scheduler, holder: IndexHolder | None, settings: Settings,
                         once: bool = False) -> None:
    """Run `scheduler` (one tick with `once`) while `holder` follows the corpus store; None: a
    composer of its own (`--compose`), with nothing to follow."""
    follower, engine = None, None
    if holder is not None:
        engine = make_engine(settings.database_url)
        follower = asyncio.create_task(follow(CorpusStore(engine), holder, settings.corpus_poll_seconds,
                                              ReviewStore(engine)), name="corpus follower")
    try:
        await (scheduler.tick_and_wait() if once else scheduler.run())
    finally:
        if follower is not None:
            follower.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await follower
        if engine is not None:
            engine.dispose()
