"""Slack's Web API failing while the bot answers: the person still hears back by the other route
when there is one, the failure is logged as one line without secrets, and the bot keeps serving."""

from __future__ import annotations

import logging

import pytest

from tests.hardening.conftest import FORM, assert_safe, click_body, command_body, known_urls, start_hardened_bot
from tests.scenario.sample_index import build_sample_index

URLS = known_urls(build_sample_index())
SECRETS = ("xoxb-test-token", "test-signing-secret")
FAILURES = {  # name -> how the fake Slack fails the call
    "HTTP 500": {"status": 500},
    "HTTP 503": {"status": 503},
    "HTTP 429 past the retries": {"status": 429, "headers": {"Retry-After": "0"}, "times": 4},
    "invalid_auth": {"error": "invalid_auth"},
    "ratelimited": {"error": "ratelimited"},
    "timeout": {"delay": 2.0},
}


@pytest.fixture
async def quick_bot(tmp_path, fake_slack):
    runner, server = await start_hardened_bot(tmp_path, fake_slack, timeout=1)  # Web API timeout: 1 s
    yield server
    await runner.cleanup()


def dm(text: str) -> dict:
    return {"type": "message", "channel_type": "im", "channel": "D1", "user": "U1", "text": text, "ts": "1.0"}


def assert_logged_without_secrets(caplog, *expected: str) -> None:
    for fragment in expected:
        assert fragment in caplog.text, (fragment, caplog.text)
    for secret in SECRETS:
        assert secret not in caplog.text


@pytest.mark.parametrize("failure", list(FAILURES))
async def test_dm_answer_goes_ephemeral_when_chat_postmessage_fails(quick_bot, caplog, failure):
    fake = quick_bot.fake
    caplog.set_level(logging.DEBUG)
    fake.fail("chat.postMessage", **FAILURES[failure])
    assert (await quick_bot.event(dm("what did China say"))).status == 200
    await fake.wait_for(lambda: fake.calls_to("chat.postEphemeral"), timeout=10)
    other = fake.calls_to("chat.postEphemeral")[0].body
    assert other["channel"] == "D1" and other["user"] == "U1"
    assert other["text"].startswith("Claims by Chinese government")
    assert_safe(other, URLS)
    assert_logged_without_secrets(caplog, "could not deliver the answer", "trying the other route")
    # the bot keeps serving: the next question is answered the normal way
    await quick_bot.event(dm("who said fair game?"))
    await fake.wait_for(lambda: any(c.body.get("text", "").startswith("Who said")
                                    for c in fake.calls_to("chat.postMessage")), timeout=10)


async def test_when_every_route_fails_the_error_is_logged_and_serving_continues(quick_bot, caplog):
    fake = quick_bot.fake
    caplog.set_level(logging.DEBUG)
    fake.fail("chat.postMessage", error="invalid_auth")
    fake.fail("chat.postEphemeral", error="invalid_auth")
    await quick_bot.event(dm("what did China say"))
    await fake.wait_for(lambda: fake.calls_to("chat.postEphemeral"))
    await fake.wait_for(lambda: "by the other route either" in caplog.text)
    assert_logged_without_secrets(caplog, "chat.postMessage: HTTP 200 invalid_auth",
                                  "chat.postEphemeral: HTTP 200 invalid_auth")
    assert "unhandled error" not in caplog.text  # handled by the policy, not by a crash
    await quick_bot.event(dm("who said fair game?"))
    await fake.wait_for(lambda: len(fake.calls_to("chat.postMessage")) == 2)


@pytest.mark.parametrize("status", [404, 500])
async def test_slash_command_answer_goes_by_api_when_response_url_fails(quick_bot, caplog, status):
    """A response_url that errors (expired: 404; Slack trouble: 500) -> chat.postEphemeral instead."""
    fake = quick_bot.fake
    caplog.set_level(logging.DEBUG)
    broken = f"{fake.api_url}response.broken"  # served by the fake's Web API route, so it can fail
    fake.fail("response.broken", status=status)
    body = command_body(fake, "/who-said", "Zelenskyy", response_url=broken)
    assert (await quick_bot.post(body, FORM)).status == 200
    await fake.wait_for(lambda: fake.calls_to("chat.postEphemeral"), timeout=10)
    other = fake.calls_to("chat.postEphemeral")[0].body
    assert other["channel"] == "C1" and other["user"] == "U1"
    assert other["text"].startswith("Claims by Volodymyr Zelenskyy")
    assert "response_type" not in other  # a Web API call, not a response_url payload
    assert_logged_without_secrets(caplog, f"response_url: HTTP {status}")
    # a response_url is a capability: never logged at INFO and above (slack_sdk's DEBUG lines show it)
    assert not [r for r in caplog.records if r.levelno >= logging.INFO and "response.broken" in r.getMessage()]
    await quick_bot.post(command_body(fake, "/who-said", "Austin"), FORM)
    await fake.wait_for(lambda: fake.responses)


async def test_show_more_in_a_dm_falls_back_to_response_url(quick_bot, caplog):
    fake = quick_bot.fake
    caplog.set_level(logging.DEBUG)
    fake.fail("chat.postMessage", status=500)
    value = '{"t": "North Korean", "o": 1, "s": "dm"}'
    assert (await quick_bot.post(click_body(fake, "show_more", value, channel="D1"), FORM)).status == 200
    await fake.wait_for(lambda: fake.responses, timeout=10)
    assert "North Korean" in fake.responses[0].body["text"]
    assert_logged_without_secrets(caplog, "chat.postMessage: HTTP 500")


async def test_a_tampered_button_gets_a_clear_message_not_silence(quick_bot):
    fake = quick_bot.fake
    for value in ("not json", '{"o": "abc"}', "[1, 2]", '{"s": "elsewhere"}', '{"o": -1}'):
        before = len(fake.responses)
        assert (await quick_bot.post(click_body(fake, "show_more", value), FORM)).status == 200
        await fake.wait_for(lambda: len(fake.responses) > before)
        reply = fake.responses[-1].body
        assert reply["text"].startswith("That button could not be read"), value
        assert reply["response_type"] == "ephemeral"
        assert_safe(reply, URLS)
