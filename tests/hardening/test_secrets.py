"""The token and the signing secret never show: not in logs, reprs, replies, HTTP answers or crash output.

The bot runs with distinctive fake values, is made to fail every way we can (bad requests, Slack
refusing calls, a listener crashing, CLI errors, a real `nkbot serve --http` process), and all that
it printed, logged, returned or sent is searched for the values.
"""

from __future__ import annotations

import asyncio
import json
from urllib.parse import quote
import logging
import os
import signal
import socket
import subprocess
import sys
import time
import warnings
from pathlib import Path

import aiohttp

from bot.index.artifact import write_index
from bot.settings import ROOT, Settings
from tests.hardening.conftest import FORM, command_body, post_raw, start_hardened_bot
from tests.scenario.conftest import sign
from tests.scenario.sample_index import build_sample_index

TOKEN = "xoxb-DISTINCT-TOKEN-7f3a9c51"
APP_TOKEN = "xapp-DISTINCT-APP-TOKEN-55aa02"
SECRET = "DISTINCT-SIGNING-SECRET-b81e4d"
VALUES = (TOKEN, APP_TOKEN, SECRET)


def assert_clean(where: str, text: str) -> None:
    for value in VALUES:
        assert value not in text, f"{value} leaked in {where}"
        assert value[5:20] not in text, f"part of {value} leaked in {where}"


async def exercise(bot, fake) -> list[str]:
    """Bad requests, Slack failures and a crashing listener; returns the bot's HTTP answers."""
    answers = []

    def signed(body: str, content_type: str = FORM) -> dict[str, str]:
        return {"Content-Type": content_type, **sign(body, SECRET)}

    body = command_body(fake, "/who-said", "Austin")
    for headers in ({"Content-Type": FORM}, {"Content-Type": FORM, **sign(body, "wrong")},
                    {**signed(body), "X-Slack-Request-Timestamp": "soon"}):
        answers.append((await post_raw(bot.url, body, headers))[1])
    answers.append((await post_raw(bot.url, "{not json", signed("{not json", "application/json")))[1])
    answers.append((await post_raw(bot.url, "payload=%7Bbroken", signed("payload=%7Bbroken")))[1])
    fake.fail("response.gone", status=500)
    fake.fail("chat.postEphemeral", error="invalid_auth", times=3)
    fake.fail("chat.postMessage", error="invalid_auth", times=2)
    fake.fail("views.publish", error="invalid_auth")
    slash = command_body(fake, "/who-said", "Austin", response_url=f"{fake.api_url}response.gone")
    answers.append((await post_raw(bot.url, slash, signed(slash)))[1])
    answers.append((await post_raw(bot.url, slash, signed(slash)))[1])  # a replay
    for n, event in enumerate([
        {"type": "message", "channel_type": "im", "channel": "D1", "user": "U1", "text": "hi", "ts": "1.0"},
        {"type": "app_mention", "channel": "C1", "user": "U1", "text": "who said fair game"},  # no ts: crashes
        {"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home"},  # views.publish refused
    ]):
        event_body = json.dumps({"type": "event_callback", "team_id": fake.TEAM_ID, "api_app_id": "A1",
                                 "event_id": f"EvS{n}", "event": event})
        answers.append((await post_raw(bot.url, event_body, signed(event_body, "application/json")))[1])
    await fake.wait_for(lambda: len(fake.calls_to("chat.postEphemeral")) >= 2 and fake.calls_to("views.publish"))
    await asyncio.sleep(0.3)
    return answers


async def test_in_process_logs_reprs_replies_and_answers_hold_no_secret(tmp_path, fake_slack, caplog):
    caplog.set_level(logging.DEBUG)
    settings = Settings(_env_file=None, slack_bot_token=TOKEN, slack_app_token=APP_TOKEN,
                        slack_signing_secret=SECRET, slack_api_url=fake_slack.api_url,
                        index_path=tmp_path / "index.sqlite", database_url=f"sqlite:///{tmp_path / 'db'}",
                        answer_in_ack_seconds=0.0)  # the response_url failures below need that path
    runner, bot = await start_hardened_bot(tmp_path, fake_slack)
    await runner.cleanup()  # rebuilt below with the distinctive values
    from bot.app import create_app
    from bot.serve import Runtime, http_application, start_http

    runtime = Runtime(settings, bot.runtime.catalogue, bot.runtime.holder, bot.runtime.renderer)
    app = create_app(settings, runtime.holder, runtime.renderer, catalogue=runtime.catalogue)
    runner, port = await start_http(http_application(app, runtime), "127.0.0.1", 0)
    bot.url = f"http://127.0.0.1:{port}"
    try:
        answers = await exercise(bot, fake_slack)
    finally:
        await runner.cleanup()
    assert "unhandled error in a listener: KeyError" in caplog.text  # the crash did happen, and was logged
    assert "could not deliver the answer by the other route either" in caplog.text
    assert_clean("logs", caplog.text)
    assert_clean("HTTP answers", "\n".join(answers))
    sent = [c.body for c in fake_slack.calls] + [r.body for r in fake_slack.responses]
    assert_clean("messages sent to Slack", json.dumps(sent, default=str))
    assert TOKEN in fake_slack.calls[0].headers["Authorization"]  # the values were really in use
    for name, obj in {"settings": settings, "runtime": runtime, "app": app, "client": app.client}.items():
        assert_clean(f"repr({name})", repr(obj))
        assert_clean(f"str({name})", str(obj))
    assert_clean("settings.model_dump_json()", settings.model_dump_json())
    assert_clean("settings.model_dump()", str(settings.model_dump()))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def nkbot_env(tmp_path: Path, api_url: str = "http://127.0.0.1:9/api/", **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    env.update(SLACK_BOT_TOKEN=TOKEN, SLACK_APP_TOKEN=APP_TOKEN, SLACK_SIGNING_SECRET=SECRET,
               SLACK_API_URL=api_url, INDEX_PATH=str(tmp_path / "index.sqlite"), LOG_LEVEL="DEBUG",
               DATABASE_URL=f"sqlite:///{tmp_path / 'db'}", HEARTBEAT_PATH=str(tmp_path / "beat.json"),
               PYTHONPATH=str(ROOT), ANSWER_IN_ACK_SECONDS="0", **extra)
    return env


def run_nkbot(tmp_path: Path, *args: str, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=tmp_path, env=nkbot_env(tmp_path, **extra),
                          capture_output=True, text=True, timeout=60)


def test_cli_errors_and_crashes_print_no_secret(tmp_path):
    (tmp_path / "index.sqlite").write_text('{"format": "nkbot-claim-index", "format_version": 1, "claims": [')
    outputs = {
        "ask with a damaged index": run_nkbot(tmp_path, "ask", "/who-said Austin"),
        "serve with a damaged index": run_nkbot(tmp_path, "serve", "--http", "--port", str(free_port())),
        "a bad option": run_nkbot(tmp_path, "serve", "--port", "not-a-port"),
        "a bad setting": run_nkbot(tmp_path, "ask", "x", PORT="not-a-port"),
    }
    write_index(build_sample_index(), tmp_path / "index.sqlite")
    taken = socket.socket()
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    try:  # a crash: the port is taken, so serving fails with a traceback
        outputs["serve on a taken port"] = run_nkbot(tmp_path, "serve", "--http", "--port",
                                                     str(taken.getsockname()[1]), HOST="127.0.0.1")
    finally:
        taken.close()
    for name, done in outputs.items():
        assert done.returncode != 0, name
        assert_clean(name, done.stdout + done.stderr)
    assert "Traceback" in outputs["serve on a taken port"].stderr  # it was a real crash
    assert "nkbot:" in outputs["ask with a damaged index"].stderr


async def test_a_serving_process_logs_no_secret(tmp_path, fake_slack):
    """`nkbot serve --http` at DEBUG, hit with bad requests, Slack failures and a crash, then stopped."""
    write_index(build_sample_index(), tmp_path / "index.sqlite")
    port = free_port()
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "serve", "--http", "--port", str(port), cwd=tmp_path,
        env=nkbot_env(tmp_path, api_url=fake_slack.api_url, HOST="127.0.0.1"),
        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # Its output is read from the start: at DEBUG it soon fills a pipe nobody reads, and a cancelled
    # `communicate()` would throw away what it had read.
    reading = asyncio.ensure_future(asyncio.gather(proc.stdout.read(), proc.stderr.read()))
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 30
        while True:
            try:
                async with aiohttp.ClientSession() as session, session.get(f"{url}/sources/none") as resp:
                    await resp.read()
                    break
            except aiohttp.ClientConnectionError:
                assert time.monotonic() < deadline, "nkbot serve --http did not start"
                await asyncio.sleep(0.2)

        class Remote:
            pass

        bot = Remote()
        bot.url = url
        answers = await exercise(bot, fake_slack)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            out, err = await asyncio.wait_for(asyncio.shield(reading), timeout=30)
        except TimeoutError:  # this test is about secrets in the logs: read them anyway, and say so loudly
            proc.kill()
            out, err = await reading
            warnings.warn("nkbot serve --http did not stop within 30 s of SIGINT: killed", stacklevel=1)
        await proc.wait()
    logs = out.decode() + err.decode()
    assert "KeyError" in logs and "invalid_auth" in logs  # the failures happened in that process
    assert_clean("nkbot serve output", logs)
    # a response_url lets whoever holds it post into the channel: never logged, plain or encoded
    for reply_url in (fake_slack.response_url("r1"), f"{fake_slack.api_url}response.gone"):
        assert reply_url not in logs and quote(reply_url, safe="") not in logs, f"{reply_url} leaked"
    assert "response.gone" not in logs
    assert_clean("HTTP answers", "\n".join(answers))
