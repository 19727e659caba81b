"""Socket Mode through a local websocket stand-in for Slack's socket endpoint.

slack_sdk's client asks `apps.connections.open` (answered by the fake Web API) for the URL to
connect to; our stand-in then delivers a slash command envelope and waits for the ack.
"""

from __future__ import annotations

import asyncio
import json

import pytest
from aiohttp import WSMsgType, web
from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

from bot.blockkit import validate_message
from bot.index.holder import IndexHolder
from bot.render import Renderer
from bot.serve import Runtime
from bot.topics import load_catalogue
from tests.scenario.conftest import assert_all_valid, make_settings
from tests.scenario.sample_index import build_sample_index


class SocketStandIn:
    def __init__(self, envelope: dict) -> None:
        self.envelope = envelope
        self.acks: list[dict] = []

    async def handle(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_json({"type": "hello", "num_connections": 1})
        await ws.send_json(self.envelope)
        async for msg in ws:
            if msg.type == WSMsgType.TEXT:
                self.acks.append(json.loads(msg.data))
        return ws


@pytest.mark.parametrize("answer_in_ack_seconds", [1.5, 0.0], ids=["answer-in-ack", "via-response-url"])
async def test_slash_command_over_socket_mode(tmp_path, fake_slack, answer_in_ack_seconds):
    payload = {"command": "/who-said", "text": "Zelenskyy", "team_id": fake_slack.TEAM_ID, "user_id": "U1",
               "channel_id": "C1", "response_url": fake_slack.response_url("sock"), "api_app_id": "A1"}
    stand_in = SocketStandIn({"envelope_id": "env-1", "type": "slash_commands", "payload": payload,
                              "accepts_response_payload": True})
    ws_app = web.Application()
    ws_app.router.add_get("/link", stand_in.handle)
    runner = web.AppRunner(ws_app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]
    fake_slack.fail("apps.connections.open", body={"ok": True, "url": f"ws://127.0.0.1:{port}/link"}, times=5)

    settings = make_settings(tmp_path, fake_slack, slack_app_token="xapp-test-token",
                             answer_in_ack_seconds=answer_in_ack_seconds)
    catalogue = load_catalogue(settings.briefings_dir / "topics.yaml")
    runtime = Runtime(settings, catalogue, IndexHolder.from_index(build_sample_index(), catalogue.topics),
                      Renderer(settings.briefings_dir / "templates"))
    handler = AsyncSocketModeHandler(runtime.app(), "xapp-test-token")
    try:
        await handler.connect_async()
        await fake_slack.wait_for(lambda: stand_in.acks and (answer_in_ack_seconds or fake_slack.responses))
    finally:
        await handler.close_async()
        await runner.cleanup()
    ack = stand_in.acks[0]
    assert ack["envelope_id"] == "env-1"
    assert fake_slack.calls_to("apps.connections.open")[0].headers["Authorization"] == "Bearer xapp-test-token"
    if answer_in_ack_seconds:  # the answer rode in the ack: nothing went to response_url
        validate_message(ack["payload"])
        assert ack["payload"]["text"].startswith("Claims by Volodymyr Zelenskyy") and not fake_slack.responses
    else:
        assert not ack.get("payload")
        assert fake_slack.responses[0].body["text"].startswith("Claims by Volodymyr Zelenskyy")
    assert_all_valid(fake_slack)
    await asyncio.sleep(0)
