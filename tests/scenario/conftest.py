"""The bot served in HTTP mode on a free loopback port, against the fake Slack Web API.

Requests are signed exactly as Slack signs them (v0 HMAC-SHA256 of `v0:{ts}:{body}`) and
signature checking stays on. Every message that reaches the fake Slack is validated.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp
import pytest

from bot.blockkit import validate_home, validate_message
from bot.index.holder import IndexHolder
from bot.render import Renderer
from bot.serve import Runtime, http_application, start_http
from bot.settings import ROOT, Settings
from bot.topics import load_catalogue
from tests.fakes.slack_api import Call
from tests.scenario.sample_index import build_sample_index

SIGNING_SECRET = "test-signing-secret"


def sign(body: str, secret: str = SIGNING_SECRET, timestamp: int | None = None) -> dict[str, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


class BotServer:
    """A running bot plus helpers to send it what Slack would send."""

    def __init__(self, url: str, fake, runtime: Runtime) -> None:
        self.url = url
        self.fake = fake
        self.runtime = runtime
        self._n = 0
        self.last_body = b""

    def _next(self) -> int:
        """Each request Slack sends differs (its event id, a click's action_ts), so none is a replay."""
        self._n += 1
        return self._n

    async def post(self, body: str, content_type: str, headers: dict[str, str] | None = None,
                   secret: str = SIGNING_SECRET) -> aiohttp.ClientResponse:
        all_headers = {"Content-Type": content_type, **sign(body, secret), **(headers or {})}
        async with aiohttp.ClientSession() as session:
            async with session.post(f"{self.url}/slack/events", data=body.encode(), headers=all_headers) as resp:
                self.last_body = await resp.read()  # what the acknowledgement carried, if anything
                return resp

    async def command(self, command: str, text: str = "", response: str = "r1", **kw) -> aiohttp.ClientResponse:
        """A slash command; an answer carried by the acknowledgement is recorded with the fake Slack's
        response_url posts (as "ack"), since Slack shows both the same way."""
        form = {"token": "x", "team_id": self.fake.TEAM_ID, "channel_id": "C1", "user_id": "U1", "user_name": "ana",
                "command": command, "text": text, "response_url": self.fake.response_url(response),
                "trigger_id": "t1", "api_app_id": "A1"}
        resp = await self.post(urlencode(form), "application/x-www-form-urlencoded", **kw)
        if resp.status == 200 and self.last_body and resp.content_type == "application/json":
            self.fake.responses.append(Call("ack", json.loads(self.last_body), dict(resp.headers)))
        return resp

    async def event(self, event: dict[str, Any], event_id: str | None = None,
                    headers: dict[str, str] | None = None) -> aiohttp.ClientResponse:
        self._n += 1
        body = {"token": "x", "team_id": self.fake.TEAM_ID, "api_app_id": "A1", "type": "event_callback",
                "event_id": event_id or f"Ev{self._n:08d}", "event_time": 1700000000, "event": event,
                "authorizations": [{"team_id": self.fake.TEAM_ID, "user_id": self.fake.BOT_USER_ID, "is_bot": True}]}
        return await self.post(json.dumps(body), "application/json", headers)

    async def click(self, button: dict[str, Any], response: str = "r2", message: dict | None = None,
                    channel: str = "C1") -> aiohttp.ClientResponse:
        payload = {"type": "block_actions", "team": {"id": self.fake.TEAM_ID}, "user": {"id": "U1"},
                   "api_app_id": "A1", "token": "x", "trigger_id": "t2", "channel": {"id": channel},
                   "container": {"type": "message", "is_ephemeral": True},
                   "response_url": self.fake.response_url(response), "message": message or {"ts": "1.1"},
                   "actions": [{"type": "button", "action_id": button["action_id"], "block_id": "nav",
                                "value": button.get("value", ""), "action_ts": f"1.{self._next()}"}]}
        return await self.post(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")


def buttons(message: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {e["action_id"]: e for b in message.get("blocks") or [] if b["type"] == "actions" for e in b["elements"]}


def assert_all_valid(fake) -> None:
    """Every message and view Slack received passes the bot's own validation."""
    for body in fake.posted_messages():
        if body.get("delete_original"):
            continue
        validate_message({"text": body.get("text"), "blocks": body.get("blocks")})
        assert body.get("unfurl_links") is False and body.get("unfurl_media") is False, body
    for call in fake.calls_to("views.publish"):
        validate_home(call.body["view"])


def make_settings(tmp_path: Path, fake, **extra) -> Settings:
    extra.setdefault("database_url", f"sqlite:///{tmp_path / 'db'}")
    extra.setdefault("fetch_allow_loopback", True)  # the test news sites are on this machine
    return Settings(_env_file=None, index_path=tmp_path / "index.sqlite", slack_bot_token="xoxb-test-token",
                    slack_signing_secret=SIGNING_SECRET, slack_api_url=fake.api_url,
                    briefings_dir=ROOT / "briefings", **extra)


async def start_bot(tmp_path: Path, fake, index=None, **settings_extra):
    settings = make_settings(tmp_path, fake, **settings_extra)
    catalogue = load_catalogue(settings.briefings_dir / "topics.yaml")
    holder = IndexHolder.from_index(index or build_sample_index(), catalogue.topics)
    runtime = Runtime(settings, catalogue, holder, Renderer(settings.briefings_dir / "templates"))
    runner, port = await start_http(http_application(runtime.app(), runtime), "127.0.0.1", 0)
    return runner, BotServer(f"http://127.0.0.1:{port}", fake, runtime)


@pytest.fixture
async def bot(tmp_path, fake_slack):
    runner, server = await start_bot(tmp_path, fake_slack, public_base_url="https://nkbot.example")
    yield server
    await runner.cleanup()
    assert_all_valid(fake_slack)


async def answered(bot, command, text="", n=1):
    """Send a slash command; the n-th message posted to a response_url."""
    resp = await bot.command(command, text)
    assert resp.status == 200  # acked at once; the answer follows on response_url
    await bot.fake.wait_for(lambda: len(bot.fake.responses) >= n)
    return bot.fake.responses[n - 1].body
