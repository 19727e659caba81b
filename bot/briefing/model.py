"""Plain records passed between the store, the pure scheduling functions and delivery.

They carry no database or Slack objects, so `schedule` and `commands` stay pure and testable.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

ACTIVE = "active"
PAUSED = "paused"

# Run (claim) states. A run is "settled" for the day once it leaves RUNNING.
RUNNING = "running"
DONE = "done"
RUN_PAUSED = "paused"
FAILED = "failed"


@dataclass(frozen=True)
class Subscription:
    team_id: str
    channel_id: str
    local_time: time
    timezone: str
    subscriber_id: str
    status: str
    paused_reason: str | None
    starts_at: datetime  # the schedule counts from here: subscribing at 10:00 for 08:00 starts tomorrow
    created_at: datetime
    updated_at: datetime

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def active(self) -> bool:
        return self.status == ACTIVE

    @property
    def time_text(self) -> str:
        return self.local_time.strftime("%H:%M")


@dataclass(frozen=True)
class Run:
    """The claim on one (channel, local date): who holds it, until when, and how it ended."""
    channel_id: str
    local_date: date
    status: str
    owner: str
    lease_expires: datetime
    rounds: int
    attempts: int
    message_ts: str | None
    error: str | None
    claimed_at: datetime
    finished_at: datetime | None


@dataclass(frozen=True)
class LogEntry:
    channel_id: str
    local_date: date
    attempt: int
    owner: str
    outcome: str
    message_ts: str | None
    error: str | None
    at: datetime
