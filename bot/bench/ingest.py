"""Ingestion throughput: articles served as HTML pages (navigation, footer and all) by a local web
server, added one after another through the same path as `nkbot add` (fetch, trafilatura, near-
duplicate check, extraction, one SQL transaction, the index merged anew), into a fresh SQLite
store, timed until the adding process serves them all; then how long a second replica takes to
serve them all (`catch_up`)."""

from __future__ import annotations

import asyncio
import html
import tempfile
import time
from pathlib import Path
from typing import Any

import aiohttp
from aiohttp import web

from sqlalchemy import Engine

from bot.bench.corpus import DocCorpus, make_documents
from bot.briefing.store import make_engine, upgrade
from bot.corpus.follow import catch_up
from bot.corpus.store import CorpusStore
from bot.index.holder import IndexHolder
from bot.index.model import IndexData
from bot.ingest.add import Ingestor
from bot.ingest.fetch import Limits, open_session
from bot.serve import start_http

CONCURRENCY = 4  # pages fetched at once; extraction itself runs one article at a time per process
LOCAL = Limits(allow_loopback=True)  # the benchmark's articles are served on this machine


def article_page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return (f"<html><head><title>{html.escape(title)}</title><meta property='og:site_name' content='Bench Wire'>"
            "</head><body><nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article><h1>{html.escape(title)}</h1>{body}</article>"
            "<aside><h2>Most read</h2><ul><li>Another story</li></ul></aside>"
            "<footer>Copyright Bench Wire. All rights reserved.</footer></body></html>")


def article_pages(corpus: DocCorpus) -> dict[str, str]:
    """URL path -> the page of each synthetic document (its first line is the headline)."""
    return {f"/a/{d.doc_id}": article_page(d.text.split("\n", 1)[0], d.text.split("\n")[1:])
            for d in corpus.documents}


async def serve_locally(app: web.Application) -> tuple[web.AppRunner, str]:
    """`app` on a free loopback port: its runner and base URL."""
    runner, port = await start_http(app, "127.0.0.1", 0)
    return runner, f"http://127.0.0.1:{port}"


def fresh_store(folder: Path, corpus: DocCorpus) -> tuple[Engine, CorpusStore, IndexData]:
    """An empty corpus store in `folder`, and an empty index that knows the corpus's speakers."""
    engine = make_engine(f"sqlite:///{folder / 'bench.db'}")
    upgrade(engine)
    empty = IndexData(version="bench", built_at="", sources={}, speakers={s.id: s for s in corpus.speakers},
                      claims=())
    return engine, CorpusStore(engine), empty


async def _measure(n_docs: int, folder: Path) -> dict[str, Any]:
    corpus = make_documents(n_docs, seed=11, target_chars=4_000)
    pages = article_pages(corpus)
    app = web.Application()

    async def serve(request: web.Request) -> web.Response:
        return web.Response(text=pages[request.path], content_type="text/html")

    app.router.add_get("/a/{doc}", serve)
    runner, base = await serve_locally(app)
    engine, store, empty = fresh_store(folder, corpus)
    ingestor = Ingestor(store, IndexHolder.from_index(empty), LOCAL)
    queue: asyncio.Queue[str] = asyncio.Queue()
    for path in pages:
        queue.put_nowait(base + path)
    outcomes: list[str] = []

    async def worker(session: aiohttp.ClientSession) -> None:
        while not queue.empty():
            outcomes.append((await ingestor.add_url(queue.get_nowait(), session, origin="bench")).outcome)

    try:
        start = time.perf_counter()
        async with open_session(LOCAL) as session:
            await asyncio.gather(*(worker(session) for _ in range(CONCURRENCY)))
        stored_s = time.perf_counter() - start
        await asyncio.to_thread(ingestor.holder.settle)  # until this process serves them all
        seconds = time.perf_counter() - start
        other = IndexHolder.from_index(empty)
        start = time.perf_counter()
        caught = catch_up(store, other)
        follow_s = time.perf_counter() - start
    finally:
        await runner.cleanup()
        engine.dispose()
    return {"documents": n_docs, "added": outcomes.count("added"), "seconds": round(seconds, 2),
            "stored_s": round(stored_s, 2),
            "articles_per_s": round(n_docs / seconds, 1), "claims": ingestor.holder.index.count,
            "avg_chars": sum(len(d.text) for d in corpus.documents) // n_docs,
            "replica_catch_up_s": round(follow_s, 2), "replica_documents": caught}


def run(n_docs: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        return asyncio.run(_measure(n_docs, Path(tmp)))
