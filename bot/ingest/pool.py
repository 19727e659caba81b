"""Reading fetched documents (trafilatura, pypdf, feedparser) in worker processes, apart from the
requests, each within a time limit.

Why processes: a hostile document keeps a parser busy for minutes (a 26 KB PDF whose pages all
share one content stream of megabytes; a decompression bomb; a feed of 100,000 items). Read in a
thread it cannot be stopped, holds the GIL for long stretches, and holds a thread of the default
executor, which every request's SQL (the replay check) needs too: six such adds left Slack
unanswered. A process can be killed at its deadline. pebble's `ProcessPool` does that (it kills
the worker whose task overruns and starts a fresh one, keeping the others' work), which the
standard library's `ProcessPoolExecutor` cannot (it can only be shut down whole).

Bounded: `workers` documents are read at once and `queue` more wait their turn (a waiting add holds
no thread); beyond that an add is refused at once, with a message, rather than waiting unseen. A
worker's address space is capped at `memory` bytes (where the platform allows): pypdf's limits are
per stream, and a PDF of many streams, each under the limit, could otherwise take gigabytes.
Workers start on the first document (`forkserver`, not `fork`: forking a process that runs threads
can copy a lock held by one of them into the child, which then never gets it).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import logging
import multiprocessing
import threading
import weakref
from collections.abc import Callable
from typing import Any, TypeVar

from pebble import ProcessExpired, ProcessPool

from bot.errors import UserError
from bot.ingest.article import Article, ReadLimits
from bot.ingest.feeds import Feed, parse_feed
from bot.ingest.pdf import read_pdf
from bot.ingest.read import is_pdf, read_content

log = logging.getLogger(__name__)
T = TypeVar("T")


class ReadingRefused(UserError):
    """Not read: too slow to read, the reader died, or too many documents are being read already."""


class ReadingPool:
    def __init__(self, workers: int = 2, queue: int = 8, timeout: float = 20.0,
                 limits: ReadLimits = ReadLimits(), memory: int = 1_000_000_000) -> None:
        self.workers, self.queue, self.timeout, self.limits = max(1, workers), max(0, queue), timeout, limits
        self.memory = memory
        self._lock = threading.Lock()
        self._admitted = 0  # being read or waiting for a worker
        self._processes: list[ProcessPool] = []  # started with the first document: none, or one
        self._closed = False
        # a pool dropped without close() (a test's, a benchmark's) still stops its workers
        weakref.finalize(self, _stop_in_background, self._processes)

    async def article(self, body: bytes, content_type: str, charset: str | None, url: str) -> Article:
        what = "the PDF" if is_pdf(body, content_type) else "the page"
        return await self._run(what, read_content, body, content_type, charset, url, self.limits)

    def pdf_file(self, body: bytes) -> Article:
        """For a caller in a thread (`Ingestor.add_file`): blocks it until read."""
        self._admit()
        try:
            return self._schedule(read_pdf, body, "", self.limits).result()
        except (TimeoutError, ProcessExpired, MemoryError) as exc:
            raise self._refusal("the PDF", exc) from None
        except Exception:
            self._if_closed()
            raise
        finally:
            self._release()

    async def feed(self, body: bytes, url: str, max_bytes: int, max_items: int) -> Feed:
        return await self._run("the feed", parse_feed, body, url, max_bytes, max_items)

    def state(self) -> dict[str, int]:
        """For `/readyz`: how busy reading is (it gates nothing: lookups do not need it)."""
        admitted = self._admitted
        return {"reading": min(admitted, self.workers), "waiting": max(0, admitted - self.workers),
                "workers": self.workers, "queue": self.queue}

    def close(self) -> None:
        """Kill the workers (a document being read is not added). Safe to call twice."""
        with self._lock:
            self._closed, processes = True, list(self._processes)
            self._processes.clear()
        for pool in processes:
            _stop(pool)

    async def _run(self, what: str, function: Callable[..., T], *args: Any) -> T:
        self._admit()
        try:
            # a caller that gives up (cancelled) cancels the pebble future too, which kills its worker
            return await asyncio.wrap_future(self._schedule(function, *args))
        except (TimeoutError, ProcessExpired, MemoryError) as exc:
            raise self._refusal(what, exc) from None
        except Exception:  # the reader's own outcome (`NotAnArticle`, a bug), or the pool closed under it
            self._if_closed()
            raise
        finally:
            self._release()

    def _refusal(self, what: str, exc: BaseException) -> ReadingRefused:
        if isinstance(exc, TimeoutError):
            log.warning("%s took more than %g s to read; its worker was stopped", what, self.timeout)
            return ReadingRefused(f"{what} took more than {self.timeout:g} s to read")
        if isinstance(exc, MemoryError):
            log.warning("%s needed more than %d bytes to read", what, self.memory)
            return ReadingRefused(f"{what} needs more than {self.memory / 1e6:g} MB of memory to read")
        log.warning("the worker reading %s stopped (%s)", what, exc)
        return ReadingRefused(f"the reader stopped while reading {what} (it ran out of memory, or crashed)")

    def _if_closed(self) -> None:
        if self._closed:
            raise ReadingRefused("the bot stopped before it was read; try again in a minute") from None

    def _admit(self) -> None:
        with self._lock:
            if self._closed:
                raise ReadingRefused("the bot is shutting down; try again in a minute")
            if self._admitted >= self.workers + self.queue:
                raise ReadingRefused(f"the bot is busy reading {self._admitted} documents already; "
                                     "try again in a few minutes")
            self._admitted += 1

    def _release(self) -> None:
        with self._lock:
            self._admitted -= 1

    def _schedule(self, function: Callable[..., T], *args: Any) -> concurrent.futures.Future[T]:
        with self._lock:
            if not self._processes:
                self._processes.append(ProcessPool(max_workers=self.workers, context=_context(),
                                                   initializer=_cap_memory, initargs=(self.memory,)))
            processes = self._processes[0]
        return processes.schedule(function, args=args, timeout=self.timeout)


def _stop(pool: ProcessPool) -> None:
    pool.stop()
    pool.join(timeout=10)


def _stop_in_background(processes: list[ProcessPool]) -> None:
    """Run by the garbage collector, perhaps on the event loop's thread: joining waits, so elsewhere."""
    for pool in processes:
        threading.Thread(target=_stop, args=(pool,), name="reading pool stop", daemon=True).start()


def _cap_memory(limit: int) -> None:
    """In each worker as it starts: past `limit`, an allocation fails (MemoryError) instead of
    taking the host's memory."""
    try:
        import resource
    except ImportError:  # not on this platform: time still bounds the worker
        return
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _context() -> Any:  # noqa: ANN401 - a multiprocessing context
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
