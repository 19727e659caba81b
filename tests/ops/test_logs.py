"""JSON log lines: one object per line, a request id on every line written for a Slack request,
no secret anywhere, whatever logger or level wrote it."""

from __future__ import annotations

import io
import json
import logging

import pytest

from bot.observability.logs import REDACTED, choose_format, make_handler
from tests.scenario.conftest import SIGNING_SECRET
from tests.scenario.test_events import dm

from .conftest import command_answer

BOT_TOKEN, APP_TOKEN = "xoxb-test-token", "xapp-1-A1-live-app-token"
SECRETS = [BOT_TOKEN, APP_TOKEN, SIGNING_SECRET]


@pytest.fixture
def json_lines():
    """The root logger writes JSON into a buffer at DEBUG (slack_sdk's request logging included)."""
    stream = io.StringIO()
    handler = make_handler("json", SECRETS, stream)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    root.removeHandler(handler)
    root.setLevel(old_level)


async def test_request_lines_carry_the_request_id(serve_bot, json_lines):
    bot = await serve_bot()
    await command_answer(bot, "/who-said", "Austin")
    (request_line,) = [line for line in json_lines() if line["logger"] == "bot.requests"]
    assert request_line["request_id"] == "t1"  # the command's trigger_id
    assert request_line["command"] == "/who-said" and request_line["outcome"] == "ok"
    assert request_line["level"] == "INFO" and request_line["time"].endswith("+00:00")
    assert isinstance(request_line["duration_ms"], float)


async def test_listener_tasks_log_with_their_request_id(serve_bot, fake_slack, json_lines):
    bot = await serve_bot()
    await bot.event(dm("what did China say"), event_id="Ev0OPS0001")  # acked at once, answered in a task
    await fake_slack.wait_for(lambda: fake_slack.calls_to("chat.postMessage"))
    # the listener's calls (authorization's auth.test comes before the request is verified: ours)
    sdk_lines = [line for line in json_lines() if line["logger"].startswith("slack_sdk") and "chat.postMessage"
                 in line["message"]]
    assert sdk_lines and all(line["request_id"] == "Ev0OPS0001" for line in sdk_lines)


async def test_no_secret_reaches_a_line(serve_bot, fake_slack, json_lines):
    bot = await serve_bot()
    await command_answer(bot, "/who-said", "Austin")
    await bot.event(dm("what did China say"))
    await fake_slack.wait_for(lambda: fake_slack.calls_to("chat.postMessage"))
    log = logging.getLogger("tests.ops")
    log.info("token %s and signing secret %s", BOT_TOKEN, SIGNING_SECRET)
    log.warning("stray tokens xoxp-1-2-3-abc, %s", APP_TOKEN, extra={"header": f"Bearer {BOT_TOKEN}"})
    log.error("db at %s", "postgresql://nkbot:hunter2-pw@db:5432/nkbot")
    try:
        raise RuntimeError(f"auth failed for {BOT_TOKEN}")
    except RuntimeError:
        log.exception("listener failed")
    lines = json_lines()
    text = "\n".join(json.dumps(line) for line in lines)
    for secret in [*SECRETS, "xoxp-1-2-3-abc", "hunter2-pw"]:
        assert secret not in text
    mine = [line for line in lines if line["logger"] == "tests.ops"]
    assert mine[0]["message"] == f"token {REDACTED} and signing secret {REDACTED}"
    assert mine[1]["header"] == f"Bearer {REDACTED}" and mine[1]["request_id"] is None
    assert mine[2]["message"] == f"db at postgresql://nkbot:{REDACTED}@db:5432/nkbot"
    assert "RuntimeError: auth failed for [redacted]" in mine[3]["exception"]


def test_text_format_redacts_too_and_auto_picks_by_terminal():
    stream = io.StringIO()
    logger = logging.getLogger("tests.ops.text")
    logger.addHandler(make_handler("text", SECRETS, stream))
    logger.propagate = False
    try:
        logger.warning("using %s", BOT_TOKEN)
    finally:
        logger.handlers.clear()
        logger.propagate = True
    assert stream.getvalue().rstrip().endswith(f"WARNING tests.ops.text [None]: using {REDACTED}")
    assert choose_format("auto", io.StringIO()) == "json"  # a pipe, a file, a container's stdout
    assert choose_format("text", io.StringIO()) == "text"
