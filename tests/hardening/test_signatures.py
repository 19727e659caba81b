"""HTTP mode: a request without a valid, fresh signature is refused before any listener runs, and an
exact copy of a signed request (a replay inside the 5-minute window) cannot act twice."""

from __future__ import annotations

import asyncio
import json
import time

from tests.hardening.conftest import FORM, click_body, command_body, post_raw
from tests.scenario.conftest import sign

JSON = "application/json"


def dm_event(fake, event_id: str, text: str = "who said fair game?") -> str:
    return json.dumps({"token": "x", "team_id": fake.TEAM_ID, "api_app_id": "A1", "type": "event_callback",
                       "event_id": event_id, "event_time": 1700000000,
                       "event": {"type": "message", "channel_type": "im", "channel": "D1", "user": "U1",
                                 "text": text, "ts": "1700000100.000100"}})


async def nothing_happened(fake) -> None:
    await asyncio.sleep(0.3)  # a listener would have answered by now (they answer in milliseconds)
    assert fake.calls == [] and fake.responses == [], (fake.calls, fake.responses)


async def test_unsigned_badly_signed_and_stale_requests_get_401_and_no_listener_runs(hbot):
    fake = hbot.fake
    now = int(time.time())
    body = command_body(fake, "/who-said", "Austin")
    cases = {
        "no headers": {},
        "no signature": {"X-Slack-Request-Timestamp": str(now)},
        "no timestamp": {"X-Slack-Signature": sign(body)["X-Slack-Signature"]},
        "wrong secret": sign(body, secret="not-the-secret"),
        "other body's signature": sign(command_body(fake, "/who-said", "Zelenskyy")),
        "malformed signature": {**sign(body), "X-Slack-Signature": "v0=zz"},
        "uppercase hex": {**sign(body), "X-Slack-Signature": sign(body)["X-Slack-Signature"].upper()},
        "stale (5 min + 1 s)": sign(body, timestamp=now - 301),
        "an hour old": sign(body, timestamp=now - 3600),
        "from the future": sign(body, timestamp=now + 301),
        "timestamp not a number": {**sign(body), "X-Slack-Request-Timestamp": "soon"},
        "empty signature": {**sign(body), "X-Slack-Signature": ""},
    }
    for name, headers in cases.items():
        status, _ = await post_raw(hbot.url, body, {"Content-Type": FORM, **headers})
        assert status == 401, name
    for content_type, unsigned in ((JSON, dm_event(fake, "EvU1")), (FORM, click_body(fake, "show_more", "{}"))):
        status, _ = await post_raw(hbot.url, unsigned, {"Content-Type": content_type,
                                                        **sign(unsigned, secret="wrong")})
        assert status == 401, content_type
    await nothing_happened(fake)
    # and the same server answers a properly signed request, so the 401s were the signature's doing
    status, _ = await post_raw(hbot.url, body, {"Content-Type": FORM, **sign(body)})
    assert status == 200
    await fake.wait_for(lambda: fake.responses)


async def test_a_recent_signature_within_the_window_is_accepted(hbot):
    body = command_body(hbot.fake, "/who-said", "Austin")
    status, _ = await post_raw(hbot.url, body, {"Content-Type": FORM, **sign(body, timestamp=int(time.time()) - 240)})
    assert status == 200
    await hbot.fake.wait_for(lambda: hbot.fake.responses)


async def test_a_replayed_slash_command_is_refused_and_answered_once(hbot):
    fake = hbot.fake
    body = command_body(fake, "/who-said", "Austin")
    headers = {"Content-Type": FORM, **sign(body)}
    assert (await post_raw(hbot.url, body, headers))[0] == 200
    await fake.wait_for(lambda: fake.responses)
    for _ in range(3):
        assert (await post_raw(hbot.url, body, headers))[0] == 401
    await asyncio.sleep(0.3)
    assert len(fake.responses) == 1
    # the same question asked again (a new delivery: new trigger_id, new signature) is answered
    again = command_body(fake, "/who-said", "Austin")
    assert (await post_raw(hbot.url, again, {"Content-Type": FORM, **sign(again)}))[0] == 200
    await fake.wait_for(lambda: len(fake.responses) == 2)


async def test_concurrent_copies_of_one_request_act_once(hbot):
    fake = hbot.fake
    body = command_body(fake, "/nk-claims", "fair game")
    headers = {"Content-Type": FORM, **sign(body)}
    statuses = sorted(s for s, _ in await asyncio.gather(*(post_raw(hbot.url, body, headers) for _ in range(8))))
    assert statuses == [200] + [401] * 7
    await fake.wait_for(lambda: fake.responses)
    await asyncio.sleep(0.3)
    assert len(fake.responses) == 1


async def test_a_replayed_button_click_is_refused(hbot):
    fake = hbot.fake
    msg_value = json.dumps({"c": "/who-said", "t": "Austin", "o": 0, "s": "ephemeral"})
    body = click_body(fake, "share_in_channel", msg_value)
    headers = {"Content-Type": FORM, **sign(body)}
    assert (await post_raw(hbot.url, body, headers))[0] == 200
    await fake.wait_for(lambda: len(fake.responses) >= 2)  # delete the ephemeral, post in channel
    assert (await post_raw(hbot.url, body, headers))[0] == 401
    await asyncio.sleep(0.3)
    assert len(fake.responses) == 2
    assert sum(r.body.get("response_type") == "in_channel" for r in fake.responses) == 1


async def test_a_replayed_event_is_acknowledged_but_answered_once(hbot):
    fake = hbot.fake
    body = dm_event(fake, "EvREPLAY")
    headers = {"Content-Type": JSON, **sign(body)}
    assert (await post_raw(hbot.url, body, headers))[0] == 200
    await fake.wait_for(lambda: fake.calls_to("chat.postMessage"))
    assert (await post_raw(hbot.url, body, headers))[0] == 200  # 200, so Slack would stop retrying
    resigned = {"Content-Type": JSON, **sign(body, timestamp=int(time.time()) - 1), "X-Slack-Retry-Num": "1"}
    assert (await post_raw(hbot.url, body, resigned))[0] == 200  # Slack's own retry: deduped on event_id
    await asyncio.sleep(0.3)
    assert len(fake.calls_to("chat.postMessage")) == 1


def test_replay_memory_expires_with_the_signature_window():
    from bot.listeners.replay import ReplayGuard

    guard = ReplayGuard(max_entries=3)
    assert guard.first_time("a", timestamp=1000, now=1000)
    assert not guard.first_time("a", timestamp=1000, now=1299)  # still verifiable: refused
    assert guard.first_time("a", timestamp=1000, now=1302)  # stale by now: the signature check refuses it
    future = ReplayGuard()
    assert future.first_time("f", timestamp=1290, now=1000)  # 290 s ahead: verifiable until 1590
    assert not future.first_time("f", timestamp=1290, now=1580)
    for n in range(10):  # bounded memory
        guard.first_time(f"x{n}", timestamp=2000, now=2000)
    assert len(guard._expiry) <= 4



async def test_an_unreadable_body_is_refused_without_a_500_or_a_traceback(hbot, caplog):
    """bolt parses the body before checking the signature; garbage used to give 500 and an ERROR log."""
    for body, content_type in (("{not json", JSON), ("payload=%7Bbroken", FORM), ("payload=[1", FORM),
                               ("[1]", JSON), ("null", JSON), ('"x"', JSON), ("payload=1", FORM)):
        assert (await post_raw(hbot.url, body, {"Content-Type": content_type}))[0] == 401
        assert (await post_raw(hbot.url, body, {"Content-Type": content_type, **sign(body)}))[0] == 400
    assert not [r for r in caplog.records if r.levelno >= 40], caplog.text
    await nothing_happened(hbot.fake)
