"""The log is not a place strangers can write to: a request's id is ours until Slack's signature
has been checked, Slack's own id is taken only in Slack's shape, and a line break someone typed
cannot start a forged line. A database password is never written, wherever the URL carries it."""

from __future__ import annotations

import io
import json
import logging
import re

from bot.observability.logs import REDACTED, database_password, make_handler
from bot.settings import Settings
from tests.scenario.test_events import dm

from .test_logs import SECRETS, json_lines  # noqa: F401 - the fixture, reused

OURS = re.compile(r"[0-9a-f]{32}")


def event_body(event_id: str) -> str:
    return json.dumps({"token": "x", "team_id": "T1", "api_app_id": "A1", "type": "event_callback",
                       "event_id": event_id, "event_time": 1, "event": dm("what did China say")})


async def test_an_unsigned_request_cannot_choose_its_request_id_or_fill_the_log(serve_bot, json_lines):
    bot = await serve_bot()
    forged = "Ev1\n2026-01-01 INFO bot.requests [admin]: forged " + "x" * 1_000_000
    for _ in range(5):
        resp = await bot.post(event_body(forged), "application/json", secret="not-the-signing-secret")
        assert resp.status == 401
    lines = [line for line in json_lines() if line["logger"] == "bot.requests"]
    assert len(lines) == 5 and all(OURS.fullmatch(line["request_id"]) for line in lines)
    assert len({line["request_id"] for line in lines}) == 5
    assert sum(len(json.dumps(line)) for line in json_lines()) < 20_000  # not five megabytes


async def test_a_signed_request_keeps_slacks_id_only_in_slacks_shape(serve_bot, fake_slack, json_lines):
    bot = await serve_bot()
    await bot.post(event_body("Ev0LOG0001"), "application/json")
    await bot.post(event_body("Ev2\nforged line"), "application/json")
    ids = [line["request_id"] for line in json_lines() if line["logger"] == "bot.requests"]
    assert ids[0] == "Ev0LOG0001" and OURS.fullmatch(ids[1])


def test_a_line_break_in_a_message_stays_on_its_line():
    stream = io.StringIO()
    handler = make_handler("text", SECRETS, stream)
    log = logging.getLogger("tests.log_abuse")
    log.addHandler(handler)
    try:
        log.warning("could not add %s", "https://a.example/x\n2026-01-01 INFO bot [x]: all is well\u2028\r")
    finally:
        log.removeHandler(handler)
    assert stream.getvalue().count("\n") == 1 and "\\n2026-01-01" in stream.getvalue()


def test_a_database_password_in_the_query_string_is_never_logged():
    settings = Settings(_env_file=None, database_url="postgresql+psycopg://app@db.internal/bot?password=s3cr3t-pw")
    stream = io.StringIO()
    handler = make_handler("json", [*SECRETS, *database_password(settings)], stream)
    log = logging.getLogger("tests.log_abuse")
    log.addHandler(handler)
    try:
        log.warning("connecting to %s", settings.database_url)
        log.warning("driver said: password authentication failed (password s3cr3t-pw)")
    finally:
        log.removeHandler(handler)
    assert "s3cr3t-pw" not in stream.getvalue() and REDACTED in stream.getvalue()
