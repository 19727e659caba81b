"""Index reloads while the bot is busy: every request is answered, a rebuilt index is picked up, and a
damaged or half-written index file is refused while the one in service keeps answering.

Files are put in place the way `nkbot index build` and deploy tools do (written aside, then renamed
over the old one): the index in service keeps reading the file it opened. A file written over in
place is refused by the index reading it, with a message that says so."""

from __future__ import annotations

import asyncio
import json
import logging
import os
from pathlib import Path

import pytest

from bot.errors import IndexFileError
from bot.index.artifact import load_index, write_index
from bot.index.holder import IndexHolder
from bot.settings import ROOT
from bot.topics import load_catalogue
from tests.hardening.conftest import FORM, command_body, start_hardened_bot
from tests.scenario.sample_index import build_large_index, build_sample_index

TOPICS = load_catalogue(ROOT / "briefings" / "topics.yaml").topics


def put(path: Path, data: bytes) -> None:
    """Replace the file at `path` with `data` at once (a copy written aside, then renamed)."""
    aside = path.with_name(path.name + ".new")
    aside.write_bytes(data)
    os.replace(aside, path)


async def test_reloads_under_load_drop_nothing_and_refuse_damaged_files(tmp_path, fake_slack, caplog):
    caplog.set_level(logging.INFO)
    path = tmp_path / "index.sqlite"
    old_version = write_index(build_sample_index(), path)
    new_version = write_index(build_large_index(n=3, words=5), tmp_path / "next.json")
    new_bytes, old_bytes = (tmp_path / "next.json").read_bytes(), path.read_bytes()
    holder = IndexHolder.load(path, TOPICS)
    runner, bot = await start_hardened_bot(tmp_path, fake_slack, holder=holder)
    outcomes: list[bool] = []
    try:
        async def swap_repeatedly() -> None:
            for round_ in range(8):
                good = new_bytes if round_ % 2 == 0 else old_bytes
                put(path, good[: len(good) // 2])  # a half-written file (a copy cut short)
                outcomes.append(await asyncio.to_thread(holder.reload))
                put(path, b'{"format": "something-else"}')  # valid JSON, not an index
                outcomes.append(await asyncio.to_thread(holder.reload))
                put(path, good)
                outcomes.append(await asyncio.to_thread(holder.reload))
                await asyncio.sleep(0.02)

        async def ask(n: int) -> int:
            resp = await bot.post(command_body(fake_slack, "/who-said", "Austin", fake_slack.response_url(f"q{n}")),
                                  FORM)
            return resp.status

        sent = 160
        swapping = asyncio.create_task(swap_repeatedly())
        statuses = []
        for start in range(0, sent, 20):  # 20 in flight at a time, while the index changes underneath
            statuses += await asyncio.gather(*(ask(n) for n in range(start, start + 20)))
        await swapping
        assert statuses == [200] * sent
        await fake_slack.wait_for(lambda: len(fake_slack.responses) >= sent, timeout=20)
        answered = {r.method for r in fake_slack.responses}
        assert answered == {f"response/q{n}" for n in range(sent)}  # every request answered, once
        for r in fake_slack.responses:
            assert r.body["text"].startswith("Claims by Lloyd Austin"), r.body["text"]
        assert outcomes == [False, False, True] * 8  # damaged files refused, good ones taken

        # the last good file was the old index; now a rebuilt one is picked up ...
        put(path, new_bytes)
        assert holder.reload() and holder.index.version == new_version != old_version
        await bot.post(command_body(fake_slack, "/who-said", "Austin", fake_slack.response_url("after")), FORM)
        await fake_slack.wait_for(lambda: any(r.method == "response/after" for r in fake_slack.responses))
        after = next(r for r in fake_slack.responses if r.method == "response/after").body
        assert "Austin said claim number" in json.dumps(after["blocks"])
        # ... and a damaged one is refused while the rebuilt one keeps serving
        put(path, new_bytes[:-1])
        assert not holder.reload() and holder.index.version == new_version
        path.unlink()
        assert not holder.reload() and holder.index.version == new_version
        await bot.post(command_body(fake_slack, "/who-said", "Austin", fake_slack.response_url("last")), FORM)
        await fake_slack.wait_for(lambda: any(r.method == "response/last" for r in fake_slack.responses))
        last = next(r for r in fake_slack.responses if r.method == "response/last").body
        assert "Austin said claim number" in json.dumps(last["blocks"])
    finally:
        await runner.cleanup()
    assert "index reload failed, keeping version" in caplog.text


def test_an_index_file_written_over_in_place_is_refused_not_misread(tmp_path):
    path = tmp_path / "index.sqlite"
    write_index(build_sample_index(), path)
    write_index(build_large_index(n=3, words=5), tmp_path / "other.sqlite")
    index = load_index(path)
    assert index.claims[0].id  # read while the file is as it was
    path.write_bytes((tmp_path / "other.sqlite").read_bytes())  # `cp` over the file in service
    with pytest.raises(IndexFileError, match="written over in place"):
        index.claims[len(index.claims) - 1]
