"""Two bot instances on one database: a Slack retry that reaches the other instance (as it would
behind a load balancer) is still answered once, and a replayed request is refused by both."""

from __future__ import annotations

import asyncio
from urllib.parse import urlencode

import aiohttp
import pytest

from bot.briefing.store import make_engine, upgrade
from tests.scenario.conftest import sign, start_bot


@pytest.mark.parametrize("database_url", ["sqlite", "postgres"], indirect=True)
async def test_a_retry_on_another_replica_is_answered_once(tmp_path, fake_slack, database_url):
    engine = make_engine(database_url)
    upgrade(engine)  # what `nkbot serve` does at start
    engine.dispose()
    bots = [await start_bot(tmp_path / str(n), fake_slack, database_url=database_url) for n in range(2)]
    try:
        dm = {"type": "message", "channel_type": "im", "channel": "D1", "user": "U1", "ts": "1.0",
              "text": "who said fair game?"}
        first = await bots[0][1].event(dm, event_id="EvSHARED01")
        retry = await bots[1][1].event(dm, event_id="EvSHARED01", headers={"X-Slack-Retry-Num": "1"})
        assert first.status == retry.status == 200
        await fake_slack.wait_for(lambda: fake_slack.calls_to("chat.postMessage"))
        await asyncio.sleep(0.5)  # time enough for a second answer, were one coming
        assert len(fake_slack.calls_to("chat.postMessage")) == 1
        other = await bots[1][1].event(dm, event_id="EvSHARED02")  # a new event is still answered
        assert other.status == 200
        await fake_slack.wait_for(lambda: len(fake_slack.calls_to("chat.postMessage")) == 2)
    finally:
        for runner, _bot in bots:
            await runner.cleanup()


@pytest.mark.parametrize("database_url", ["sqlite", "postgres"], indirect=True)
async def test_a_request_replayed_to_another_replica_is_refused(tmp_path, fake_slack, database_url):
    engine = make_engine(database_url)
    upgrade(engine)
    engine.dispose()
    bots = [await start_bot(tmp_path / str(n), fake_slack, database_url=database_url) for n in range(2)]
    form = urlencode({"token": "x", "team_id": fake_slack.TEAM_ID, "channel_id": "C1", "user_id": "U1",
                      "command": "/who-said", "text": "austin", "response_url": fake_slack.response_url("r1"),
                      "trigger_id": "t1", "api_app_id": "A1"})
    headers = {"Content-Type": "application/x-www-form-urlencoded", **sign(form)}  # one signature, sent twice
    try:
        statuses = []
        async with aiohttp.ClientSession() as session:
            for _runner, bot in bots:
                async with session.post(f"{bot.url}/slack/events", data=form.encode(), headers=headers) as resp:
                    statuses.append(resp.status)
        assert statuses == [200, 401]  # the copy is refused by the replica that never saw the original
        fresh = await bots[1][1].command("/who-said", "austin")  # a new signature is answered as ever
        assert fresh.status == 200
    finally:
        for runner, _bot in bots:
            await runner.cleanup()
