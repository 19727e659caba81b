"""One bad document must not stop or freeze the bot: PDFs built to make pypdf work for minutes
(pages sharing one huge stream, a decompression bomb, thousands of pages) are read in a worker
process within limits, refused with one clear line, and change nothing; the worker that overran
is killed; when every worker is busy a further add is refused at once."""

from __future__ import annotations

import asyncio
import multiprocessing
import os

import pytest

from bot.errors import UserError
from bot.ingest.article import ReadLimits
from bot.ingest.pool import ReadingPool, ReadingRefused
from tests.fakes.news_site import REPORT
from tests.fakes.pdf import make_pdf, shared_stream_pdf

SHARED = (150, b"BT /F1 10 Tf 56 800 Td (The minister said) Tj ET\n" + b"q Q\n" * 500_000)  # 26 KB, minutes
BOMB = (1, b"BT /F1 10 Tf 56 800 Td (The minister said) Tj ET\n" + b" " * 30_000_000)  # 30 KB, 30 MB
MANY_PAGES = (300, b"BT /F1 10 Tf 56 800 Td (The minister said the convoy turned back.) Tj ET\n")


def unchanged(ingestor, version: str) -> bool:
    return not ingestor.store.since(0) and ingestor.holder.index.version == version


def worker_pids() -> set[int]:
    return {p.pid for p in multiprocessing.active_children() if p.name == "pebble_pool_worker"}


def gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


async def test_a_pdf_whose_pages_share_one_huge_stream_is_stopped_at_its_time_limit(site, session, ingestor):
    ingestor.reader = ReadingPool(workers=1, timeout=2)
    report = site.publish("report.pdf", make_pdf(REPORT["pages"], title=REPORT["title"]), "application/pdf")
    assert (await ingestor.add_url(report, session)).outcome == "added"  # the worker is up
    before = worker_pids()
    hostile = site.publish("shared.pdf", shared_stream_pdf(*SHARED), "application/pdf")
    assert len(site.files["shared.pdf"][0]) < 40_000
    with pytest.raises(ReadingRefused, match=r"^the PDF took more than 2 s to read$"):
        await ingestor.add_url(hostile, session)
    assert [d.source.url for d in ingestor.store.since(0)] == [report]  # the hostile one was not stored
    killed = before - worker_pids()
    assert killed and all(gone(pid) for pid in killed)  # killed, not left running in the background


async def test_a_decompression_bomb_is_refused_in_one_line(site, session, ingestor):
    version = ingestor.holder.index.version
    url = site.publish("bomb.pdf", shared_stream_pdf(*BOMB), "application/pdf")
    with pytest.raises(UserError) as caught:
        await ingestor.add_url(url, session)
    assert str(caught.value) == "the PDF expands beyond 20 MB when decompressed (a decompression bomb?)"
    assert unchanged(ingestor, version)


async def test_a_pdf_of_more_pages_than_are_read_is_refused(site, session, ingestor):
    version = ingestor.holder.index.version
    url = site.publish("pages.pdf", shared_stream_pdf(*MANY_PAGES), "application/pdf")
    with pytest.raises(UserError, match=r"^the PDF has 300 pages, more than the 200 that are read$"):
        await ingestor.add_url(url, session)
    assert unchanged(ingestor, version)


async def test_a_pdf_with_more_text_than_is_read_stops_being_read(site, session, ingestor):
    ingestor.reader = ReadingPool(limits=ReadLimits(max_text_chars=50_000))
    version = ingestor.holder.index.version
    line = b"BT /F1 10 Tf 56 800 Td (The minister said the convoy had turned back from the border.) Tj ET\n"
    url = site.publish("long.pdf", shared_stream_pdf(100, line * 1_000), "application/pdf")
    with pytest.raises(UserError, match=r"^the PDF holds more than 50,000 characters of text"):
        await ingestor.add_url(url, session)
    assert unchanged(ingestor, version)


async def test_when_every_worker_is_busy_a_further_add_is_refused_at_once(site, session, ingestor):
    ingestor.reader = ReadingPool(workers=1, queue=1, timeout=3)
    hostile = site.publish("shared.pdf", shared_stream_pdf(*SHARED), "application/pdf")
    first = [asyncio.create_task(ingestor.add_url(hostile, session)) for _ in range(2)]
    for _ in range(200):
        if ingestor.reader.state()["waiting"] == 1:
            break
        await asyncio.sleep(0.05)
    assert ingestor.reader.state() == {"reading": 1, "waiting": 1, "workers": 1, "queue": 1}
    with pytest.raises(ReadingRefused, match=r"^the bot is busy reading 2 documents already; try again"):
        await ingestor.add_url(hostile + "?again", session)
    for outcome in await asyncio.gather(*first, return_exceptions=True):  # each in turn, killed at its limit
        assert isinstance(outcome, ReadingRefused) and "took more than 3 s" in str(outcome)
    assert ingestor.reader.state()["reading"] == 0 and not ingestor.store.since(0)


def test_nkbot_add_of_a_pdf_file_goes_through_the_same_limits(tmp_path, ingestor):
    ingestor.reader = ReadingPool(workers=1, timeout=2)
    version = ingestor.holder.index.version
    bomb, shared = tmp_path / "bomb.pdf", tmp_path / "shared.pdf"
    bomb.write_bytes(shared_stream_pdf(*BOMB))
    shared.write_bytes(shared_stream_pdf(*SHARED))
    with pytest.raises(UserError, match=r"bomb\.pdf: the PDF expands beyond 20 MB when decompressed"):
        ingestor.add_file(bomb)
    with pytest.raises(UserError, match=r"shared\.pdf: the PDF took more than 2 s to read$"):
        ingestor.add_file(shared)
    assert unchanged(ingestor, version)


async def test_a_pdf_that_needs_more_memory_than_a_worker_has_is_refused(site, session, ingestor):
    """pypdf's limits are per stream; the worker's own memory cap bounds the rest."""
    ingestor.reader = ReadingPool(workers=1, memory=300_000_000, limits=ReadLimits(max_decoded_bytes=10**9))
    version = ingestor.holder.index.version
    url = site.publish("big.pdf", shared_stream_pdf(1, b" " * 400_000_000), "application/pdf")
    with pytest.raises(ReadingRefused, match=r"^the PDF needs more than 300 MB of memory to read$"):
        await ingestor.add_url(url, session)
    assert unchanged(ingestor, version)
    report = site.publish("report.pdf", make_pdf(REPORT["pages"], title=REPORT["title"]), "application/pdf")
    assert (await ingestor.add_url(report, session)).outcome == "added"  # the worker reads on
