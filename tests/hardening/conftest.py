"""Hardening tests: the bot over real signed HTTP against the fake Slack, and the pure answer core.

Reuses the scenario suite's server and signing helpers; adds unsigned/raw posts, a bot built with
a short Web API timeout, and the checks every outgoing message must pass (`assert_safe`).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import aiohttp
import pytest
from slack_sdk.web.async_client import AsyncWebClient

from bot.answer import Answerer
from bot.app import create_app
from bot.blockkit import validate_message
from bot.index.model import IndexData
from bot.index.holder import IndexHolder
from bot.links import passage_link
from bot.render import Renderer
from bot.serve import Runtime, http_application, start_http
from bot.settings import ROOT
from bot.topics import load_catalogue
from tests.scenario.conftest import BotServer, make_settings
from tests.scenario.sample_index import build_sample_index

BASE_URL = "https://nkbot.example"
TEMPLATES = ROOT / "briefings" / "templates"


async def post_raw(url: str, body: str, headers: dict[str, str]) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{url}/slack/events", data=body.encode("utf-8", "surrogatepass"),
                                headers=headers) as resp:
            return resp.status, await resp.text()


async def start_hardened_bot(tmp_path: Path, fake, index: IndexData | None = None, timeout: int = 30,
                             holder: IndexHolder | None = None, **settings_extra):
    """Like the scenario bot, but the Web API client is built here (so a test can set its timeout).

    Answers go via response_url, never in the acknowledgement (budget 0): these tests count and
    break response_url posts on purpose, and that is the path any answer slower than the budget
    takes. The acknowledgement path is exercised by tests/scenario."""
    settings_extra.setdefault("answer_in_ack_seconds", 0.0)
    settings = make_settings(tmp_path, fake, public_base_url=BASE_URL, **settings_extra)
    catalogue = load_catalogue(settings.briefings_dir / "topics.yaml")
    holder = holder or IndexHolder.from_index(index or build_sample_index(), catalogue.topics)
    runtime = Runtime(settings, catalogue, holder, Renderer(TEMPLATES))
    client = AsyncWebClient(token=settings.slack_bot_token.get_secret_value(), base_url=fake.api_url,
                            timeout=timeout)
    app = create_app(settings, holder, runtime.renderer, client=client, catalogue=catalogue)
    runner, port = await start_http(http_application(app, runtime), "127.0.0.1", 0)
    return runner, BotServer(f"http://127.0.0.1:{port}", fake, runtime)


@pytest.fixture
async def hbot(tmp_path, fake_slack):
    runner, server = await start_hardened_bot(tmp_path, fake_slack)
    yield server
    await runner.cleanup()


@pytest.fixture(scope="session")
def core() -> Answerer:
    catalogue = load_catalogue(ROOT / "briefings" / "topics.yaml")
    holder = IndexHolder.from_index(build_sample_index(), catalogue.topics)
    return Answerer(holder, Renderer(TEMPLATES), catalogue, BASE_URL)


# -- what every outgoing message must satisfy -------------------------------------------------------
_ANGLE = re.compile(r"<([^<>]*)>")
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u202a-\u202e\u2066-\u2069]")
# What Slack turns into a link or a mention in mrkdwn unless the text object is `verbatim`.
_AUTOLINK = re.compile(r"(?i)(?:\b[a-z][a-z0-9+.-]*://|\bwww\.|\bmailto:|(?<![\w&])[@#][\w])")


def known_urls(index: IndexData, base_url: str = BASE_URL) -> set[str]:
    """Links the index supplies: each claim's passage, and each source's own page (the briefing's Sources)."""
    return ({passage_link(c, base_url) for c in index.claims} | {s.url for s in index.sources.values()}) - {""}


def texts(node: Any, path: str = "") -> list[tuple[str, dict]]:
    """Every text object (type + text) in a message, skipping button values (opaque data)."""
    found: list[tuple[str, dict]] = []
    if isinstance(node, dict):
        if node.get("type") in ("mrkdwn", "plain_text") and isinstance(node.get("text"), str):
            found.append((path, node))
        for k, v in node.items():
            if k != "value":
                found += texts(v, f"{path}.{k}")
    elif isinstance(node, list):
        for i, v in enumerate(node):
            found += texts(v, f"{path}[{i}]")
    return found


def assert_safe(message: dict[str, Any], urls: set[str]) -> None:
    """Valid Block Kit within limits; no mention, link or Slack markup that the index did not supply."""
    validate_message({"text": message.get("text"), "blocks": message.get("blocks")})
    shown = [message["text"]] + [t["text"] for _, t in texts(message.get("blocks"))]
    for text in shown:
        for m in _ANGLE.finditer(text):
            inner = m.group(1)
            url = inner.split("|", 1)[0]
            assert url in urls, f"markup not from the index: <{inner}> in {text!r}"
        assert "<!" not in text and "<@" not in text and "<#" not in text, text
        assert not _UNPRINTABLE.search(text.replace("\n", " ")), f"unprintable character in {text!r}"
    for path, obj in texts(message.get("blocks")):
        if obj["type"] == "mrkdwn" and not obj.get("verbatim"):
            outside = _ANGLE.sub(" ", obj["text"])
            hit = _AUTOLINK.search(outside)
            assert hit is None, f"{path}: Slack would auto-link {outside[hit.start():hit.start() + 30]!r}"
    for block in message.get("blocks") or []:  # button values are the bot's own JSON
        for element in block.get("elements") or []:
            if element.get("type") == "button" and "value" in element:
                assert isinstance(json.loads(element["value"]), dict)


# -- requests as Slack sends them: every delivery unique (trigger_id, action_ts), signed --------------
_serial = iter(range(1, 10**9))


def command_body(fake, command: str, text: str = "", response_url: str | None = None) -> str:
    n = next(_serial)
    return urlencode({"token": "x", "team_id": fake.TEAM_ID, "channel_id": "C1", "user_id": "U1",
                      "user_name": "ana", "command": command, "text": text,
                      "response_url": response_url or fake.response_url(f"c{n}"), "trigger_id": f"t{n}",
                      "api_app_id": "A1"}, errors="surrogatepass")


def click_body(fake, action_id: str, value: str, response_url: str | None = None, channel: str = "C1") -> str:
    n = next(_serial)
    payload = {"type": "block_actions", "team": {"id": fake.TEAM_ID}, "user": {"id": "U1"}, "api_app_id": "A1",
               "token": "x", "trigger_id": f"t{n}", "channel": {"id": channel},
               "container": {"type": "message", "is_ephemeral": True},
               "response_url": response_url or fake.response_url(f"b{n}"), "message": {"ts": "1.1"},
               "actions": [{"type": "button", "action_id": action_id, "block_id": "nav", "value": value,
                            "action_ts": f"{n}.2"}]}
    return urlencode({"payload": json.dumps(payload)})


FORM = "application/x-www-form-urlencoded"
