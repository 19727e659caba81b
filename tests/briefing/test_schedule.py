"""The pure schedule: slots per local day, catch-up the same day only, DST gaps and folds."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.briefing.model import ACTIVE, PAUSED, Subscription
from bot.briefing.schedule import due, due_slot, next_run, parse_hhmm, slot_instant

LONG_AGO = datetime(2024, 1, 1, tzinfo=UTC)


def sub(at: str = "08:00", zone: str = "Europe/Kyiv", *, channel: str = "C1", starts_at: datetime = LONG_AGO,
        status: str = ACTIVE) -> Subscription:
    return Subscription("T1", channel, parse_hhmm(at), zone, "U1", status, None, starts_at, starts_at,
                        starts_at)


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def test_slot_is_the_wall_time_in_the_channel_zone():
    assert slot_instant(date(2025, 1, 15), time(8), ZoneInfo("Europe/Kyiv")) == utc(2025, 1, 15, 6)
    assert slot_instant(date(2025, 7, 15), time(8), ZoneInfo("Europe/Kyiv")) == utc(2025, 7, 15, 5)


def test_not_due_before_the_time_due_after_it_and_all_day_for_catch_up():
    s = sub("08:00", "Europe/Kyiv")
    assert due_slot(s, utc(2025, 1, 15, 5, 59)) is None
    assert due_slot(s, utc(2025, 1, 15, 6, 0)).local_date == date(2025, 1, 15)
    assert due_slot(s, utc(2025, 1, 15, 9, 0)).at == utc(2025, 1, 15, 6)  # down at 08:00, up at 11:00
    assert due_slot(s, utc(2025, 1, 15, 21, 59)).local_date == date(2025, 1, 15)  # 23:59 local


def test_yesterday_is_never_caught_up_after_local_midnight():
    s = sub("08:00", "Europe/Kyiv")
    assert due_slot(s, utc(2025, 1, 15, 22, 0)) is None  # 00:00 on the 16th in Kyiv: nothing due


def test_subscribing_after_todays_time_starts_tomorrow():
    s = sub("08:00", "Europe/Kyiv", starts_at=utc(2025, 1, 15, 8))  # subscribed at 10:00 local
    assert due_slot(s, utc(2025, 1, 15, 9)) is None
    assert next_run(s, utc(2025, 1, 15, 9)) == utc(2025, 1, 16, 6)
    assert due_slot(s, utc(2025, 1, 16, 6)).local_date == date(2025, 1, 16)


def test_paused_subscriptions_are_never_due_and_have_no_next_run():
    s = sub(status=PAUSED)
    assert due_slot(s, utc(2025, 1, 15, 9)) is None and next_run(s, utc(2025, 1, 15, 9)) is None


def test_next_run_is_now_while_a_catch_up_is_pending_and_tomorrow_once_done():
    s = sub("08:00", "Europe/Kyiv")
    now = utc(2025, 1, 15, 9)
    assert next_run(s, now) == now
    assert next_run(s, now, done_today=True) == utc(2025, 1, 16, 6)
    assert next_run(s, utc(2025, 1, 15, 5)) == utc(2025, 1, 15, 6)


@pytest.mark.parametrize("zone, day, expected", [
    ("Europe/Berlin", date(2025, 3, 30), utc(2025, 3, 30, 1, 30)),  # 02:30 does not exist: 03:30 CEST
    ("America/New_York", date(2025, 3, 9), utc(2025, 3, 9, 7, 30)),  # 02:30 does not exist: 03:30 EDT
])
def test_spring_forward_gap_runs_once_the_gap_length_later(zone, day, expected):
    s = sub("02:30", zone)
    assert slot_instant(day, time(2, 30), ZoneInfo(zone)) == expected
    assert expected.astimezone(ZoneInfo(zone)).strftime("%H:%M") == "03:30"
    assert due_slot(s, expected - timedelta(minutes=1)) is None
    assert due_slot(s, expected).local_date == day


@pytest.mark.parametrize("zone, day, at, first", [
    ("Europe/Berlin", date(2025, 10, 26), "02:30", utc(2025, 10, 26, 0, 30)),  # 02:30 CEST, then CET
    ("America/New_York", date(2025, 11, 2), "01:30", utc(2025, 11, 2, 5, 30)),  # 01:30 EDT, then EST
])
def test_fall_back_fold_runs_at_the_first_of_the_two_times(zone, day, at, first):
    s = sub(at, zone)
    assert due_slot(s, first - timedelta(seconds=1)) is None
    assert due_slot(s, first).at == first
    second = first + timedelta(hours=1)  # the same wall time again: same slot, same local date
    assert due_slot(s, second) == due_slot(s, first)


def test_due_lists_channels_in_different_zones_and_skips_settled_ones():
    kyiv, ny = sub("08:00", "Europe/Kyiv", channel="CK"), sub("08:00", "America/New_York", channel="CN")
    assert [s.channel_id for s in due([kyiv, ny], utc(2025, 1, 15, 7))] == ["CK"]
    both = due([kyiv, ny], utc(2025, 1, 15, 13))
    assert [s.channel_id for s in both] == ["CK", "CN"]
    settled = {("CK", date(2025, 1, 15))}
    assert [s.channel_id for s in due([kyiv, ny], utc(2025, 1, 15, 13), settled)] == ["CN"]


@pytest.mark.parametrize("text", ["8:00", "08:00", "23:59", "0:00"])
def test_parse_hhmm_accepts_24_hour_times(text):
    assert parse_hhmm(text).strftime("%H:%M") == text.zfill(5)


@pytest.mark.parametrize("text", ["24:00", "8:60", "8", "08:0", "8:00:00", "ab:cd", "-1:00", ""])
def test_parse_hhmm_refuses_the_rest(text):
    with pytest.raises(ValueError):
        parse_hhmm(text)


ZONES = ["Europe/Kyiv", "Europe/Berlin", "America/New_York", "Asia/Seoul", "Australia/Lord_Howe",
         "America/Santiago", "Asia/Kolkata", "Pacific/Chatham", "UTC"]


@settings(max_examples=60, deadline=None)
@given(zone=st.sampled_from(ZONES), hour=st.integers(0, 23), minute=st.sampled_from([0, 15, 30, 45]),
       start=st.dates(date(2025, 1, 1), date(2026, 12, 1)))
def test_exactly_one_slot_per_local_day_when_time_sweeps_across_two_weeks(zone, hour, minute, start):
    """Whatever the zone and its DST rules: stepping the clock every 15 minutes, each local date
    becomes due exactly once and no date is skipped."""
    s = sub(f"{hour:02d}:{minute:02d}", zone)
    now = datetime.combine(start, time(0), tzinfo=UTC)
    end = now + timedelta(days=14)
    seen: list[date] = []
    while now < end:
        slot = due_slot(s, now)
        if slot and (not seen or seen[-1] != slot.local_date):
            seen.append(slot.local_date)
        now += timedelta(minutes=15)
    assert len(seen) == len(set(seen))
    assert all(b - a == timedelta(days=1) for a, b in zip(seen, seen[1:], strict=False))
    assert len(seen) >= 13
