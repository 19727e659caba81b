"""Socket Mode health: the running bot writes its heartbeat while connected, `nkbot health` reads
it, and under systemd the same beat notifies READY and WATCHDOG. HTTP probes via `--url`."""

from __future__ import annotations

import asyncio
import json
import socket
import time

import aiohttp
from aiohttp import web
from pydantic import SecretStr

from bot.cli import main
from bot.index.holder import IndexHolder
from bot.observability.heartbeat import check_beat, write_beat
from bot.observability.readiness import Readiness
from bot.render import Renderer
from bot.serve import Runtime, serve
from bot.settings import ROOT
from bot.topics import load_catalogue
from tests.scenario.conftest import make_settings
from tests.scenario.sample_index import build_sample_index
from tests.scenario.test_socket_mode import SocketStandIn


async def socket_endpoint(fake_slack) -> web.AppRunner:
    """A websocket stand-in for Slack's Socket Mode URL, handed out by the fake apps.connections.open."""
    stand_in = SocketStandIn({"envelope_id": "env-1", "type": "events_api", "payload": {}})
    app = web.Application()
    app.router.add_get("/link", stand_in.handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    fake_slack.fail("apps.connections.open", body={"ok": True, "url": f"ws://127.0.0.1:{port}/link"}, times=5)
    return runner


async def test_socket_mode_bot_beats_and_notifies_systemd(tmp_path, fake_slack, monkeypatch):
    notify_path = tmp_path / "notify.sock"
    notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    notify.bind(str(notify_path))
    notify.setblocking(False)
    monkeypatch.setenv("NOTIFY_SOCKET", str(notify_path))
    settings = make_settings(tmp_path, fake_slack).model_copy(update={
        "slack_app_token": SecretStr("xapp-test-token"), "heartbeat_path": tmp_path / "hb.json", "heartbeat_seconds": 0.05})
    catalogue = load_catalogue(settings.briefings_dir / "topics.yaml")
    holder = IndexHolder.from_index(build_sample_index(), catalogue.topics)
    runtime = Runtime(settings, catalogue, holder, Renderer(settings.briefings_dir / "templates"))
    assert main(["health"], settings) == 1  # not started: no heartbeat yet

    endpoint = await socket_endpoint(fake_slack)
    ops_port: asyncio.Future[int] = asyncio.get_running_loop().create_future()
    bot = asyncio.create_task(serve(runtime, http=False, port=0, on_listening=ops_port.set_result))
    try:
        await fake_slack.wait_for(lambda: settings.heartbeat_path.exists())
        assert main(["health"], settings) == 0
        ops = f"http://127.0.0.1:{await asyncio.wait_for(ops_port, 10)}"
        async with aiohttp.ClientSession() as session:
            async with session.get(f"{ops}/readyz") as resp:
                assert resp.status == 200
                assert (await resp.json())["checks"]["slack"] == {"ok": True}
            async with session.get(f"{ops}/metrics") as resp:
                assert resp.status == 200 and "nkbot_index_claims" in await resp.text()
            async with session.get(f"{ops}/healthz") as resp:
                assert resp.status == 200 and (await resp.json())["index"] == holder.index.version
        beat = json.loads(settings.heartbeat_path.read_text())
        assert beat["index"] == holder.index.version and abs(beat["time"] - time.time()) < 5
        messages = set()
        await fake_slack.wait_for(lambda: messages.update(_drain(notify)) or "WATCHDOG=1" in messages)
        assert "READY=1" in messages
    finally:
        bot.cancel()
        await asyncio.gather(bot, return_exceptions=True)
        await endpoint.cleanup()
        notify.close()
    ok, reason = check_beat(settings.heartbeat_path, max_age=0.15, now=time.time() + 1)
    assert not ok and "disconnected from Slack or stuck" in reason


def _drain(sock: socket.socket) -> set[str]:
    out = set()
    while True:
        try:
            out.add(sock.recv(256).decode())
        except BlockingIOError:
            return out


def test_health_reports_missing_stale_and_damaged_beats(tmp_path, capsys):
    path = tmp_path / "hb.json"
    assert check_beat(path, 45)[0] is False
    write_beat(path, index="v1")
    ok, reason = check_beat(path, 45)
    assert ok and "index v1" in reason
    assert check_beat(path, 45, now=time.time() + 46)[0] is False
    path.write_text("{half", encoding="utf-8")
    ok, reason = check_beat(path, 45)
    assert not ok and reason.startswith("unreadable heartbeat")


async def test_health_url_probes_readiness(serve_bot, settings, capsys):
    bot = await serve_bot()
    assert await asyncio.to_thread(main, ["health", "--url", f"{bot.url}/readyz"], settings) == 0
    assert "answered 200" in capsys.readouterr().out
    down = await serve_bot(database_url="postgresql+psycopg://nkbot@127.0.0.1:1/nkbot")
    assert await asyncio.to_thread(main, ["health", "--url", f"{down.url}/readyz"], settings) == 0  # lookups
    capsys.readouterr()
    assert await asyncio.to_thread(main, ["health", "--url", f"{down.url}/readyz?for=briefings"], settings) == 1
    assert "answered 503" in capsys.readouterr().err


async def test_socket_mode_is_not_ready_while_disconnected_from_slack(tmp_path):
    catalogue = load_catalogue(ROOT / "briefings" / "topics.yaml")
    holder = IndexHolder.from_index(build_sample_index(), catalogue.topics)
    state = {"up": False}

    async def connected() -> bool:
        return state["up"]

    readiness = Readiness(holder, f"sqlite:///{tmp_path / 'db'}", connected=connected)
    ok, report = await readiness.check()
    assert not ok and report["slack"] == {"ok": False, "reason": "not connected to Slack (Socket Mode)"}
    state["up"] = True
    assert (await readiness.check())[0] is True
    readiness.close()
