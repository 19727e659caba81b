"""Parsing the briefing slash commands: defaults, formats, and errors that say how to fix them."""

from __future__ import annotations

import pytest

from bot.briefing.commands import parse_no_arguments, parse_subscribe, resolve_zone, suggest_zones
from bot.errors import UserError


def test_defaults_are_eight_oclock_in_the_requesters_zone():
    args = parse_subscribe("", "Asia/Seoul")
    assert (args.local_time, args.timezone, args.time_defaulted, args.zone_defaulted) == \
        ("08:00", "Asia/Seoul", True, True)


def test_unknown_or_missing_requester_zone_falls_back_to_utc():
    assert parse_subscribe("", None).timezone == "UTC"
    assert parse_subscribe("9:15", "Not/AZone").timezone == "UTC"


@pytest.mark.parametrize("text, time, zone", [
    ("09:30", "09:30", "Europe/Berlin"),
    ("9:30 Europe/Kyiv", "09:30", "Europe/Kyiv"),
    ("Europe/Kyiv 9:30", "09:30", "Europe/Kyiv"),
    ("europe/kyiv", "08:00", "Europe/Kyiv"),
    ("Kyiv", "08:00", "Europe/Kyiv"),
    ("7am Asia/Seoul", "07:00", "Asia/Seoul"),
    ("5:30 pm New York", "17:30", "America/New_York"),
    ("12am UTC", "00:00", "UTC"),
    ("12:15pm Asia/Pyongyang", "12:15", "Asia/Pyongyang"),
])
def test_time_and_zone_in_either_order_and_friendly_forms(text, time, zone):
    args = parse_subscribe(text, "Europe/Berlin")
    assert (args.local_time, args.timezone) == (time, zone)


@pytest.mark.parametrize("text, says", [
    ("25:00", "`25:00` is not a time of day"),
    ("8:75", "HH:MM"),
    ("8", "such as `08:00`"),
    ("13pm", "not a time of day"),
    ("8:00 9:00", "One time per channel"),
])
def test_bad_times_explain_the_format(text, says):
    with pytest.raises(UserError, match=None) as err:
        parse_subscribe(text, "UTC")
    assert says in str(err.value)
    assert "/nk-subscribe" in str(err.value)


def test_unknown_zone_suggests_close_names():
    with pytest.raises(UserError) as err:
        parse_subscribe("08:00 Europe/Kyev", "UTC")
    message = str(err.value)
    assert "`Europe/Kyev` is not a time zone" in message and "`Europe/Kyiv`" in message
    assert "Europe/Kyiv" in suggest_zones("Kiyv")
    assert suggest_zones("Moskow")[0] == "Europe/Moscow"


def test_nonsense_zone_gets_no_random_suggestions():
    with pytest.raises(UserError) as err:
        resolve_zone("Qqqqqq/Zzzzzzz")
    assert "Did you mean" not in str(err.value)


@pytest.mark.parametrize("text, says", [
    ("+03:00", "fixed offset"), ("UTC+3", "fixed offset"), ("GMT-5", "fixed offset"),
    ("EST", "`America/New_York`"), ("KST", "`Asia/Seoul`"), ("cet", "abbreviation"),
])
def test_offsets_and_abbreviations_are_refused_with_the_reason(text, says):
    with pytest.raises(UserError) as err:
        parse_subscribe(text, "UTC")
    assert says in str(err.value)


def test_legacy_sign_inverted_etc_zones_are_not_offered():
    with pytest.raises(UserError):
        resolve_zone("Etc/GMT+3")


@pytest.mark.parametrize("command", ["/nk-unsubscribe", "/nk-subscriptions"])
def test_channel_commands_take_no_arguments(command):
    parse_no_arguments(command, "  ")
    with pytest.raises(UserError, match="takes no arguments"):
        parse_no_arguments(command, "#general")
