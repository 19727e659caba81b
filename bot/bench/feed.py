"""Feed item to answerable on every replica: articles are published one by one in a feed served
by a local web server; one process polls the feed (every `poll_s`, as `FEED_POLL_SECONDS`) and
adds what it finds, another follows the store (every `follow_s`, as `CORPUS_POLL_SECONDS`); the
latency of an item is from its publication to the moment both serve it. What bounds it is the
two intervals, so the figure is given with them."""

from __future__ import annotations

import asyncio
import datetime as dt
import html
import tempfile
import time
from pathlib import Path
from typing import Any

from aiohttp import web

from bot.bench.corpus import make_documents
from bot.bench.ingest import article_pages, fresh_store, serve_locally
from bot.bench.stats import summary_ms
from bot.corpus.feed_ledger import FeedLedger
from bot.corpus.follow import catch_up
from bot.index.holder import IndexHolder
from bot.ingest.add import Ingestor
from bot.ingest.fetch import Limits, open_session
from bot.ingest.poller import poll_once

LOCAL = Limits(allow_loopback=True)  # the benchmark's articles are served on this machine


async def _measure(n_items: int, every_s: float, poll_s: float, follow_s: float, folder: Path) -> dict[str, Any]:
    corpus = make_documents(n_items, seed=13, target_chars=3_000)
    pages = article_pages(corpus)
    published: dict[str, float] = {}  # path -> when it appeared in the feed

    async def page(request: web.Request) -> web.Response:
        return web.Response(text=pages[request.path], content_type="text/html")

    async def feed(request: web.Request) -> web.Response:
        etag = f'"{len(published)}"'
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304)
        items = "".join(f"<item><title>{html.escape(p)}</title><link>{base}{p}</link><guid>{p}</guid></item>"
                        for p in published)
        return web.Response(text=f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>{items}'
                                 "</channel></rss>", content_type="application/rss+xml", headers={"ETag": etag})

    app = web.Application()
    app.router.add_get("/a/{doc}", page)
    app.router.add_get("/feed.xml", feed)
    runner, base = await serve_locally(app)
    engine, store, empty = fresh_store(folder, corpus)
    poller = Ingestor(store, IndexHolder.from_index(empty), LOCAL)
    follower = IndexHolder.from_index(empty)
    ledger = FeedLedger(engine, "bench")
    served: dict[str, float] = {}

    def serving(holder: IndexHolder) -> set[str]:
        return {s.url.removeprefix(base) for s in holder.index.sources.values()}

    async def poll_loop() -> None:
        async with open_session(LOCAL) as session:
            while True:
                await poll_once(f"{base}/feed.xml", session, poller, ledger, dt.timedelta(seconds=poll_s))
                await asyncio.sleep(0.2)

    async def follow_loop() -> None:
        while True:
            await asyncio.to_thread(catch_up, store, follower)
            await asyncio.sleep(follow_s)

    async def watch_loop() -> None:
        while True:
            both = serving(poller.holder) & serving(follower)
            for path in both - set(served):
                served[path] = time.perf_counter()
            await asyncio.sleep(0.05)

    tasks = [asyncio.create_task(t()) for t in (poll_loop, follow_loop, watch_loop)]
    try:
        for path in pages:
            published[path] = time.perf_counter()
            await asyncio.sleep(every_s)
        deadline = time.perf_counter() + poll_s + follow_s + 30
        while len(served) < len(pages) and time.perf_counter() < deadline:
            await asyncio.sleep(0.1)
    finally:
        for t in tasks:
            t.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await runner.cleanup()
        engine.dispose()
    latencies = [served[p] - published[p] for p in served]
    return {"items": n_items, "served": len(served), "poll_s": poll_s, "follow_s": follow_s,
            "latency_ms": summary_ms(latencies)}


def run(n_items: int = 20, every_s: float = 0.5, poll_s: float = 5.0, follow_s: float = 2.0) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        return asyncio.run(_measure(n_items, every_s, poll_s, follow_s, Path(tmp)))
