"""Drop redelivered events: Slack retries an event it thinks was missed, bolt does not dedupe.

Slack redelivers an event (with `X-Slack-Retry-Num`) when the first delivery was not
acknowledged in 3 seconds, even if the bot is already answering it; the retry carries the same
`event_id`, so one id answered once means one answer. The memory is per process and bounded;
replicas behind a load balancer would need a shared store (see the report in the PR).
"""

from __future__ import annotations

import time
from collections import OrderedDict

from slack_bolt.response import BoltResponse


class EventDeduper:
    def __init__(self, ttl_seconds: float = 3600.0, max_entries: int = 50_000) -> None:
        self.ttl = ttl_seconds
        self.max_entries = max_entries
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
        if event_id and not self.first_time(str(event_id)):
            logger.info("dropping redelivered event %s", event_id)
            return BoltResponse(status=200, body="")  # acknowledged, so Slack stops retrying
        return await next()
