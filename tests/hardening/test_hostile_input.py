"""Anything a person can type, and any button value, gives a valid, safe message: never a crash.

The bulk of the examples drive the pure answer core (fast); a smaller number go through real
signed HTTP, so the listeners, bolt's parsing and the fake Slack are on the path too.
"""

from __future__ import annotations

import json

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from bot.answer import BAD_BUTTON, Ask
from bot.errors import UserError
from tests.hardening.conftest import FORM, assert_safe, click_body, command_body, known_urls
from tests.scenario.sample_index import build_sample_index

URLS = known_urls(build_sample_index())
HOSTILE = [
    "<!channel>", "<!here>", "<!everyone>", "<!subteam^S123>", "<@U123>", "<@U123|bob>", "<#C123|general>",
    "<https://x|y>", "<http://evil.example>", "https://evil.example/a?b=c&d=e", "www.evil.example",
    "mailto:a@b.c", "@here", "@channel", "#general", "&lt;", "&amp;lt;!channel&amp;gt;", "&gt;", "&", "<", ">",
    "{{ 7*7 }}", "{% if true %}x{% endif %}", "{#", "{{", "}}", "*bold*", "_it_", "~s~", "`code`", "```",
    "> quote", "\n", "\t", "\r", "\x00", "\x1b[31m", "\u202e", "\u200d", "\ufeff", "\U0001f600", "\\", '"', "'",
    "who said", "what did", "say about", "did", "deny", "Kim", "Austin", "Kursk", "North Korean", "troops",
    "help", "?", ":smile:", "\ud800", "\udfff", "\u2066", "%s", "%(x)s", "\u0000\u0001\u007f\u0085",
]
fragment = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=20),
                     st.text(st.characters(codec="utf-8"), max_size=10))
typed = st.lists(fragment, max_size=12).map(" ".join)
long_typed = st.tuples(typed, st.integers(1, 10_000)).map(lambda t: ((t[0] or "<!here>") * 10_000)[:t[1]])
any_text = st.one_of(typed, typed, long_typed)

json_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), any_text)
json_values = st.recursive(json_scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=4), inner, max_size=3)), max_leaves=8)
state_like = st.fixed_dictionaries({}, optional={
    "c": st.one_of(st.sampled_from(["/who-said", "/nk-claims", "/nk-troops", "/nk-help", "/nope", ""]), json_values),
    "t": st.one_of(any_text, json_values), "o": st.one_of(st.integers(-5, 20_000), json_values),
    "s": st.one_of(st.sampled_from(["ephemeral", "shared", "dm", "thread", "terminal", "evil"]), json_values),
    "sid": st.one_of(st.sampled_from(["lloyd-austin", "kim-jong-un", "nope", ""]), json_values)})
button_values = st.one_of(state_like.map(json.dumps), json_values.map(json.dumps), any_text,
                          st.just("[" * 100_000), st.just('{"o": 1e400}'), st.just(""))

CORE = settings(max_examples=200, deadline=None)


@CORE
@given(text=any_text, command=st.sampled_from(["/who-said", "/nk-claims", "/nk-troops", "/nk-help", "/nope"]))
@example(text="<!channel>" * 30, command="/nk-troops")  # found: the briefing header overflowed once escaped
def test_any_slash_command_text_gives_a_safe_message(core, text, command):
    assert_safe(core.answer(Ask(command=command, text=text, surface="ephemeral")).message, URLS)


@CORE
@given(text=any_text, surface=st.sampled_from(["dm", "thread"]))
def test_any_direct_message_gives_a_safe_message(core, text, surface):
    assert_safe(core.answer(Ask(text=text, surface=surface)).message, URLS)


@CORE
@given(value=button_values)
def test_any_button_value_is_answered_or_refused_clearly(core, value):
    from bot.listeners.actions import _ask

    try:
        ask = _ask({"action_id": "show_more", "value": value})
    except UserError as exc:
        assert str(exc) == BAD_BUTTON
        assert_safe(core.notice(str(exc)).message, URLS)
        return
    assert_safe(core.answer(ask).message, URLS)


def test_the_checks_catch_what_they_look_for(core):
    """The safety check is not vacuous: unescaped pings, foreign links and auto-links fail it."""
    good = core.answer(Ask(command="/who-said", text="Austin")).message
    assert_safe(good, URLS)
    for bad in ("<!channel>", "<https://evil.example|read>", "see https://evil.example", "#general", "\x00", "\ud800"):
        tampered = json.loads(json.dumps(good))
        tampered["blocks"][0]["text"]["text"] += " " + bad
        tampered["blocks"][0]["text"].pop("verbatim", None)
        try:
            assert_safe(tampered, URLS)
        except AssertionError:
            continue
        raise AssertionError(f"assert_safe let {bad!r} through")


def test_the_bots_own_buttons_round_trip(core):
    msg = core.answer(Ask(command="/nk-claims", text="North Korean troops")).message
    values = [e["value"] for b in msg["blocks"] if b.get("block_id") == "nav" for e in b["elements"]]
    assert values
    for value in values:
        from bot.listeners.actions import _ask

        assert_safe(core.answer(_ask({"value": value})).message, URLS)


# -- through real signed HTTP ---------------------------------------------------------------------
HTTP = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@HTTP
@given(text=any_text, value=button_values)
async def test_hostile_input_over_signed_http(hbot, text, value):
    fake = hbot.fake
    before = len(fake.posted_messages())
    assert (await hbot.post(command_body(fake, "/nk-claims", text), FORM)).status == 200
    assert (await hbot.event({"type": "message", "channel_type": "im", "channel": "D1", "user": "U1",
                              "ts": "1.0", "text": text})).status == 200
    assert (await hbot.post(click_body(fake, "show_more", value), FORM)).status == 200
    await fake.wait_for(lambda: len(fake.posted_messages()) >= before + 3)
    for message in fake.posted_messages()[before:]:
        assert_safe(message, URLS)
        assert not message["text"].startswith("Sorry, something went wrong"), message["text"]


def test_a_button_naming_a_command_the_bot_could_not_have_written_is_refused():
    for command in ("\ud800", "/who said", "who-said", "/" + "x" * 40, "/<!channel>"):
        try:
            Ask.from_state({"c": command, "t": "Austin"})
        except UserError as exc:
            assert str(exc) == BAD_BUTTON
        else:
            raise AssertionError(f"{command!r} accepted")
    assert Ask.from_state({"c": "/who-said", "t": "Austin"}).command == "/who-said"
