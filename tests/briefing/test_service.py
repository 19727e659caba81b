"""The seam the Slack listeners call: command text in, data out, on both databases."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.briefing.model import DONE
from bot.briefing.runs import Runs
from bot.briefing.service import BriefingService
from bot.errors import UserError


@pytest.fixture
def service(engine, clock):
    clock.set(datetime(2025, 3, 10, 8, 0, tzinfo=UTC))  # 10:00 in Kyiv
    return BriefingService(engine, clock)


async def test_subscribe_defaults_to_eight_in_the_requesters_zone_starting_tomorrow(service):
    result = await service.subscribe(team_id="T1", channel_id="C1", user_id="U1", text="",
                                     user_tz="Europe/Kyiv")
    assert (result.change, result.time_defaulted, result.zone_defaulted) == ("created", True, True)
    v = result.view
    assert (v.local_time, v.timezone, v.status, v.subscriber_id) == ("08:00", "Europe/Kyiv", "active", "U1")
    assert v.next_run.isoformat() == "2025-03-11T08:00:00+02:00" and v.last_outcome is None


async def test_later_today_runs_today_and_a_change_reports_the_previous_setting(service):
    first = await service.subscribe(team_id="T1", channel_id="C1", user_id="U1", text="17:30 Europe/Kyiv",
                                    user_tz=None)
    assert first.view.next_run.isoformat() == "2025-03-10T17:30:00+02:00"
    second = await service.subscribe(team_id="T1", channel_id="C1", user_id="U2", text="Asia/Seoul 7am",
                                     user_tz=None)
    assert second.change == "updated" and second.previous.local_time == "17:30"
    assert second.view.next_run.isoformat() == "2025-03-11T07:00:00+09:00"


async def test_bad_input_raises_a_user_error_and_stores_nothing(service):
    with pytest.raises(UserError, match="Europe/Kyiv"):
        await service.subscribe(team_id="T1", channel_id="C1", user_id="U1", text="8:00 Europe/Kyev",
                                user_tz=None)
    assert (await service.list(team_id="T1", channel_id="C1")).workspace == []


async def test_list_shows_this_channel_and_the_workspace_with_last_outcomes(service, engine, clock):
    for channel, text in (("C1", "08:00 Europe/Kyiv"), ("C2", "09:00 America/New_York")):
        await service.subscribe(team_id="T1", channel_id=channel, user_id="U1", text=text, user_tz=None)
    await service.subscribe(team_id="T2", channel_id="C3", user_id="U9", text="", user_tz="UTC")
    day = clock().date()
    Runs(engine).claim("C1", day, "p", clock(), timedelta(minutes=1), 3)
    Runs(engine).finish("C1", day, "p", DONE, clock(), message_ts="1.5")
    listed = await service.list(team_id="T1", channel_id="C1")
    assert [v.channel_id for v in listed.workspace] == ["C1", "C2"]
    assert (listed.channel.last_outcome, listed.channel.last_message_ts, listed.channel.last_date) == \
        ("done", "1.5", day)
    with pytest.raises(UserError, match="takes no arguments"):
        await service.list(team_id="T1", channel_id="C1", text="all")


async def test_unsubscribe_returns_what_was_removed(service):
    await service.subscribe(team_id="T1", channel_id="C1", user_id="U1", text="", user_tz="UTC")
    removed = await service.unsubscribe(channel_id="C1")
    assert removed.channel_id == "C1" and removed.local_time == "08:00"
    assert await service.unsubscribe(channel_id="C1") is None
