"""The clock is an argument everywhere, so tests can stand on any instant (a DST change, 11:00
after a missed 08:00). This is the one place that reads the real time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]  # returns an aware datetime


def system_clock() -> datetime:
    return datetime.now(UTC)
