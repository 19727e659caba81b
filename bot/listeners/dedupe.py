"""Drop redelivered events: Slack retries an event it thinks was missed, bolt does not dedupe.

Slack redelivers an event (with `X-Slack-Retry-Num`) when the first delivery was not
acknowledged in 3 seconds, even if the bot is already answering it; the retry carries the same
`event_id`, so one id answered once means one answer. A bounded memory in the process answers
most retries at once; with `shared` (the database all replicas use) a retry that a load balancer
sends to another replica is caught too.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict

from slack_bolt.response import BoltResponse

from bot.listeners.seen_events import GroupedMemory

log = logging.getLogger(__name__)


class EventDeduper:
    def __init__(self, ttl_seconds: float = 3600.0, max_entries: int = 50_000,
                 shared: GroupedMemory | None = None) -> None:
        self.ttl = ttl_seconds
        self.max_entries = max_entries
        self.shared = shared
        self._seen: OrderedDict[str, float] = OrderedDict()

    def first_time(self, event_id: str, now: float | None = None) -> bool:
        now = time.monotonic() if now is None else now
        while self._seen and (len(self._seen) >= self.max_entries or next(iter(self._seen.values())) < now - self.ttl):
            self._seen.popitem(last=False)
        if event_id in self._seen:
            return False
        self._seen[event_id] = now
        return True

    async def middleware(self, body: dict, next, logger) -> BoltResponse | None:
        event_id = body.get("event_id") if body.get("type") == "event_callback" else None
        if event_id and not (self.first_time(str(event_id)) and await self._first_anywhere(str(event_id))):
            logger.info("dropping redelivered event %s", event_id)
            return BoltResponse(status=200, body="")  # acknowledged, so Slack stops retrying
        return await next()

    async def _first_anywhere(self, event_id: str) -> bool:
        if self.shared is None:
            return True
        try:
            return await self.shared.first_time(event_id)
        except Exception as exc:  # database down: answer rather than drop; this process still dedupes
            log.warning("shared event memory unavailable (%s); relying on this process's", type(exc).__name__)
            return True
