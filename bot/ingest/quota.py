"""Who may have the bot fetch pages, and how often: `/nk-add` is a member asking the bot to make
requests on their behalf, so one member (or a script with their token) cannot make it fetch
thousands of pages. (How many are read at once, whoever asked, is the reading pool's to bound:
`bot.ingest.pool`.)

Counted per process, in memory: a replica counts the adds it was asked for. With N replicas
behind a load balancer a member gets at most N times the limit, which still bounds the abuse and
costs no database round trip on the acknowledgement's path.
"""

from __future__ import annotations

import math
import time
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Refusal:
    reason: str  # a sentence for the member


@dataclass
class AddQuota:
    per_window: int = 10  # ADD_MAX_PER_USER: adds a member may start in one window
    window_seconds: float = 600.0  # ADD_WINDOW_SECONDS
    allowed: frozenset[str] = frozenset()  # ADD_USERS: empty means every member may add
    clock: Callable[[], float] = time.monotonic
    _started: dict[str, deque[float]] = field(default_factory=lambda: defaultdict(deque))

    def take(self, user: str) -> Refusal | None:
        """None, and the add is counted; or why this member may not add now."""
        if self.allowed and user not in self.allowed:
            return Refusal("Adding articles is limited to some members of this workspace; "
                           "ask one of them to add it.")
        now = self.clock()
        started = self._started[user]
        while started and started[0] <= now - self.window_seconds:
            started.popleft()
        if len(started) >= self.per_window:
            wait = math.ceil((started[0] + self.window_seconds - now) / 60)
            return Refusal(f"You have added {len(started)} articles in the last "
                           f"{self.window_seconds / 60:g} minutes, the most one member may; "
                           f"try again in {wait} minute{'s' if wait != 1 else ''}.")
        started.append(now)
        return None
