"""Two real `nkbot serve --http` processes, the Docker image's own command, against one PostgreSQL
database and one fake Slack: both answer signed slash commands, both are ready, both log JSON
lines with request ids and no secret, and they share one schedule (one briefing, not two)."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from datetime import datetime, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import aiohttp
import pytest

from bot.briefing.store import make_engine, upgrade
from bot.briefing.subscriptions import Subscriptions
from bot.index.artifact import write_index
from bot.settings import ROOT
from tests.briefing.conftest import briefings
from tests.scenario.conftest import SIGNING_SECRET, BotServer
from tests.scenario.sample_index import build_sample_index

from .conftest import command_answer
from .deploy_files import serve_command

BOT_TOKEN = "xoxb-replica-test-token"


class Replica:
    """One `nkbot serve --http` subprocess; its stderr (JSON log lines) is collected as it comes."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc, self.lines, self.port = proc, [], 0
        self._reader = asyncio.ensure_future(self._read())
        self._listening = asyncio.get_running_loop().create_future()

    async def _read(self) -> None:
        async for raw in self.proc.stderr:
            try:
                line = json.loads(raw)
            except json.JSONDecodeError:
                line = {"not_json": raw.decode(errors="replace"), "logger": "", "message": ""}
            self.lines.append(line)
            if line["message"].startswith("HTTP mode: listening on") and not self._listening.done():
                self._listening.set_result(int(line["message"].split(":")[2].split()[0]))
        if not self._listening.done():
            self._listening.set_exception(AssertionError(f"the bot exited: {self.lines[-5:]}"))

    async def listening(self) -> int:
        self.port = await asyncio.wait_for(self._listening, timeout=60)
        return self.port

    async def stop(self) -> None:
        if self.proc.returncode is None:
            self.proc.terminate()
        await asyncio.wait_for(self.proc.wait(), timeout=15)
        await self._reader


def replica_command() -> list[str]:
    """The Dockerfile's CMD, with the venv's `nkbot` and port 0 (the process reports what it bound)."""
    command = serve_command()
    assert command[:3] == ["nkbot", "serve", "--http"] and command[3] == "--port"
    return [str(Path(sys.executable).parent / "nkbot"), *command[1:4], "0"]


def replica_env(fake_slack, database_url: str, index: Path, **extra: str) -> dict[str, str]:
    return {"PATH": os.environ.get("PATH", ""), "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SIGNING_SECRET,
            "SLACK_API_URL": fake_slack.api_url, "DATABASE_URL": database_url, "INDEX_PATH": str(index),
            "BRIEFINGS_DIR": str(ROOT / "briefings"), "HOST": "127.0.0.1", **extra}


async def start_replicas(replicas: list[Replica], n: int, cwd: Path, env: dict[str, str]) -> list[int]:
    """`n` replicas appended to `replicas` (so the caller stops them whatever happens); their ports.
    cwd: a folder without .env, so a developer's settings cannot leak in."""
    for _ in range(n):
        proc = await asyncio.create_subprocess_exec(*replica_command(), cwd=cwd, env=env,
                                                    stdin=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.PIPE)
        replicas.append(Replica(proc))
    return [await r.listening() for r in replicas]


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
async def test_two_replicas_on_one_postgres_answer_commands(tmp_path, fake_slack, database_url):
    index = tmp_path / "index.sqlite"
    write_index(build_sample_index(), index)
    replicas: list[Replica] = []
    try:
        ports = await start_replicas(replicas, 2, tmp_path, replica_env(fake_slack, database_url, index))
        assert len(set(ports)) == 2
        async with aiohttp.ClientSession() as session:
            for port in ports:
                async with session.get(f"http://127.0.0.1:{port}/readyz") as resp:
                    report = await resp.json()
                assert resp.status == 200 and report["checks"]["database"] == {"ok": True, "dialect": "postgresql"}
        for n, port in enumerate(ports):
            bot = BotServer(f"http://127.0.0.1:{port}", fake_slack, runtime=None)
            answer = await command_answer(bot, "/who-said", "Austin", response=f"replica{n}")
            assert answer["text"].startswith("Claims by Lloyd Austin")
        async with aiohttp.ClientSession() as session:
            for port in ports:
                async with session.get(f"http://127.0.0.1:{port}/metrics") as resp:
                    assert 'nkbot_slack_requests_total{command="/who-said",kind="command",outcome="ok"} 1.0' \
                        in await resp.text()
    finally:
        for replica in replicas:
            await replica.stop()
    for replica in replicas:
        assert not [line for line in replica.lines if "not_json" in line]  # every line is one JSON object
        (request,) = [line for line in replica.lines if line["logger"] == "bot.requests"]
        assert request["request_id"] == "t1" and request["outcome"] == "ok"
        text = json.dumps(replica.lines)
        assert BOT_TOKEN not in text and SIGNING_SECRET not in text


async def ready(ports: list[int], timeout: float = 30) -> None:
    """Until every replica's database schema is in place (what briefings and /nk-add need)."""
    deadline = asyncio.get_running_loop().time() + timeout
    async with aiohttp.ClientSession() as session:
        for port in ports:
            while True:
                async with session.get(f"http://127.0.0.1:{port}/readyz?for=briefings") as resp:
                    if resp.status == 200:
                        break
                assert asyncio.get_running_loop().time() < deadline, f"replica on {port} never ready"
                await asyncio.sleep(0.2)


def _zone_past_half_past_midnight() -> str:
    """A zone where 00:30 today has passed and midnight is not near, so the briefing is due now."""
    for zone in ("UTC", "Asia/Tokyo", "America/New_York"):
        if 1 <= datetime.now(ZoneInfo(zone)).hour <= 22:
            return zone
    raise AssertionError("unreachable: these zones are never all within an hour of midnight")


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
async def test_two_replicas_share_one_schedule(tmp_path, fake_slack, database_url):
    """Both replicas run the scheduler against one database; a due briefing goes out exactly once."""
    index = tmp_path / "index.sqlite"
    write_index(build_sample_index(), index)
    engine = make_engine(database_url)
    upgrade(engine)
    Subscriptions(engine).subscribe(team_id=fake_slack.TEAM_ID, channel_id="CSHARED", local_time="00:30",
                                    timezone=_zone_past_half_past_midnight(), subscriber_id="U1",
                                    now=datetime(2025, 1, 1, tzinfo=timezone.utc))
    engine.dispose()
    replicas: list[Replica] = []
    try:
        ports = await start_replicas(replicas, 2, tmp_path, replica_env(fake_slack, database_url, index,
                                                                        BRIEFING_TICK_SECONDS="0.2"))
        await fake_slack.wait_for(lambda: briefings(fake_slack, "CSHARED"), timeout=30)
        await asyncio.sleep(2)  # ten more ticks of each scheduler: time enough for a second post
        assert len(briefings(fake_slack, "CSHARED")) == 1
        posted = 0
        async with aiohttp.ClientSession() as session:
            for port in ports:
                async with session.get(f"http://127.0.0.1:{port}/metrics") as resp:
                    text = await resp.text()
                posted += sum(float(line.rsplit(" ", 1)[1]) for line in text.splitlines()
                              if line.startswith('nkbot_briefing_deliveries_total{outcome="posted"}'))
        assert posted == 1
    finally:
        for replica in replicas:
            await replica.stop()


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgres"], indirect=True)
async def test_two_replicas_serve_what_either_adds_and_read_each_feed_item_once(tmp_path, fake_slack, database_url):
    """An article added with /nk-add on one replica is answered by the other within 10 s; both poll
    one feed and each of its items is fetched once; a channel watching a speaker of the article gets
    one alert, though both replicas look for alerts to post; a decision taken from the command line
    is applied by both within 10 s."""
    from tests.fakes.news_site import NewsSite

    index = tmp_path / "index.sqlite"
    write_index(build_sample_index(), index)
    async with NewsSite() as site:
        site.feed_items = ["harbour-envoy-warns"]
        env = replica_env(fake_slack, database_url, index, CORPUS_POLL_SECONDS="0.5", FEED_POLL_SECONDS="1",
                          FEEDS=site.page("/feeds/atom.xml"), ALERT_MIN_SECONDS="0", ALERT_TICK_SECONDS="0.3",
                          FETCH_ALLOW_LOOPBACK="true")  # the news site is on this machine
        replicas: list[Replica] = []
        try:
            ports = await start_replicas(replicas, 2, tmp_path, env)
            bots = [BotServer(f"http://127.0.0.1:{port}", fake_slack, runtime=None) for port in ports]
            await ready(ports)
            watched = await command_answer(bots[1], "/nk-watch", "Quell", response="watch")
            assert "now gets an alert" in watched["text"]
            added = await command_answer(bots[0], "/nk-add", site.page("/news/ministers-dispute-convoy"),
                                         response="add", timeout=30)
            assert added["text"].startswith("Reading"), added["text"]  # the ack; the result follows
            await fake_slack.wait_for(lambda: any(r.method == "response/add" and "Added" in r.body["text"]
                                                  for r in fake_slack.responses), 30)
            start = asyncio.get_running_loop().time()
            asked = 0
            for who in ("Mara Quell", "Petra Osk"):  # added by /nk-add; read from the feed
                while True:
                    asked += 1  # each request differs (its response_url), so none is refused as a replay
                    answer = await command_answer(bots[1], "/who-said", who, response=f"ask{asked}")
                    if answer["text"].startswith(f"Claims by {who}"):
                        if who == "Mara Quell":  # the bound: answerable on every replica within 10 s
                            assert asyncio.get_running_loop().time() - start < 10
                        break
                    assert asyncio.get_running_loop().time() - start < 20, (answer["text"], fake_slack.responses[:3],
                                                                            [r.lines[-8:] for r in replicas])
                    await asyncio.sleep(0.3)
            await fake_slack.wait_for(lambda: fake_slack.calls_to("chat.postMessage"), 15)  # the alert for Quell
            await asyncio.sleep(2.5)  # more polls and ticks by both replicas: a second fetch or post must not come
            assert site.hits["/news/harbour-envoy-warns"] == 1 and site.hits["/news/ministers-dispute-convoy"] == 1
            (alert,) = fake_slack.calls_to("chat.postMessage")
            assert alert.body["channel"] == "C1" and "Mara Quell" in str(alert.body["blocks"])
            # an editor rejects one of Quell's claims from a terminal: both replicas stop serving it
            claims = await command_answer(bots[0], "/who-said", "Mara Quell", response="before")
            first = next(e for b in claims["blocks"] if b["type"] == "actions" for e in b["elements"]
                         if e["action_id"] == "claim_feedback")["options"][0]["value"].split(" ")[1]
            decide = await asyncio.create_subprocess_exec(
                str(Path(sys.executable).parent / "nkbot"), "claims", "decide", first, "reject", "--by", "ed",
                cwd=tmp_path, env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
            out, err = await decide.communicate()
            assert decide.returncode == 0, err
            decided = asyncio.get_running_loop().time()
            for n, bot in enumerate(bots):
                while first in json.dumps(await command_answer(bot, "/who-said", "Mara Quell", response=f"r{n}{asked}")):
                    asked += 1
                    assert asyncio.get_running_loop().time() - decided < 10, "a replica still serves the rejected claim"
                    await asyncio.sleep(0.3)
        finally:
            for replica in replicas:
                await replica.stop()
