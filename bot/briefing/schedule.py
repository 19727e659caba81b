"""When each subscription runs: pure functions of (subscription, now), no I/O, no hidden clock.

A subscription says "HH:MM in zone Z". Each local calendar day D has exactly one *slot*: the
instant `HH:MM` on D in Z, resolved the way PEP 495 does with `fold=0`:

- on a spring-forward day a time inside the gap (02:30 when clocks jump 02:00 -> 03:00) does
  not exist; it resolves with the offset in force before the jump, i.e. the gap's length later
  (03:30). The briefing still runs once that day.
- on a fall-back day a time inside the repeated hour (02:30 happens twice) resolves to the
  first one. The run is keyed by local date, so the second 02:30 finds it already done.

A slot is *due* once its instant has passed, as long as the local day is still the same:
a bot that was down at 08:00 and starts at 11:00 posts at 11:00 (catch-up), but a bot that
starts after midnight does not post yesterday's briefing. Slots before `starts_at` (when the
channel subscribed or changed its time) are never due, so subscribing at 10:00 for 08:00
starts tomorrow instead of posting at once.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.briefing.model import Subscription


@dataclass(frozen=True, order=True)
class Slot:
    """One scheduled run: a channel's briefing for one local date, due at instant `at` (UTC)."""
    at: datetime
    channel_id: str
    local_date: date


def utc(now: datetime) -> datetime:
    """Every instant we compare is aware and in UTC; a naive datetime is a bug, not a guess."""
    if now.tzinfo is None:
        raise ValueError("naive datetime: pass an aware one (the clock must return UTC)")
    return now.astimezone(UTC)


def slot_instant(local_date: date, at: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of wall time `at` on `local_date` in `zone` (fold=0, see module doc)."""
    return datetime.combine(local_date, at.replace(fold=0), tzinfo=zone).astimezone(UTC)


def local_date(now: datetime, zone: ZoneInfo) -> date:
    return utc(now).astimezone(zone).date()


def slot_for(sub: Subscription, day: date) -> Slot:
    return Slot(slot_instant(day, sub.local_time, sub.zone), sub.channel_id, day)


def due_slot(sub: Subscription, now: datetime) -> Slot | None:
    """Today's slot (in the channel's zone) if it has passed and counts; None otherwise."""
    if not sub.active:
        return None
    now = utc(now)
    slot = slot_for(sub, local_date(now, sub.zone))
    if slot.at <= now and slot.at >= utc(sub.starts_at):
        return slot
    return None


def due(subs: Iterable[Subscription], now: datetime,
        settled: set[tuple[str, date]] = frozenset()) -> list[Slot]:  # type: ignore[assignment]
    """Slots to deliver now, oldest first, leaving out (channel, date) pairs already settled."""
    slots = (due_slot(sub, now) for sub in subs)
    return sorted(s for s in slots if s and (s.channel_id, s.local_date) not in settled)


def next_run(sub: Subscription, now: datetime, done_today: bool = False) -> datetime | None:
    """When the channel's next briefing will go out: `now` if one is due and not yet sent.

    None for a paused subscription: it runs again only after someone resubscribes.
    """
    if not sub.active:
        return None
    now = utc(now)
    today = local_date(now, sub.zone)
    first = max(today, local_date(sub.starts_at, sub.zone))
    for offset in range(3):  # today or later; a skipped calendar day (Samoa 2011) needs the third
        day = first + timedelta(days=offset)
        slot = slot_for(sub, day)
        if slot.at < utc(sub.starts_at) or (day == today and done_today):
            continue
        if day == today and slot.at <= now:
            return now  # due: catch-up pending
        if slot.at > now:
            return slot.at
    return None  # unreachable for real zones; kept total rather than raising


def parse_hhmm(text: str) -> time:
    """'8:00' or '08:00' (24-hour) -> time; ValueError with the reason otherwise."""
    hours, sep, minutes = text.strip().partition(":")
    if not sep or not hours.isdigit() or not minutes.isdigit() or len(minutes) != 2 or len(hours) > 2:
        raise ValueError(f"{text!r} is not HH:MM")
    h, m = int(hours), int(minutes)
    if h > 23 or m > 59:
        raise ValueError(f"{text!r} is not a time of day")
    return time(h, m)
