"""One press, one post: a button that posts into a channel acts once per message it sits on.

A second press of the same button (a double click, or a click while the first is still being
answered) arrives as a new request with a new `action_ts`, so neither signatures nor event ids
catch it. What is the same is the message the button sits on, the button and its value: that key
is remembered (in this process, and in the database every replica shares, as event ids are), and
the second press is acknowledged and does nothing.
"""

from __future__ import annotations

import hashlib
import logging
from collections import OrderedDict

from bot.listeners.seen_events import GroupedMemory

log = logging.getLogger(__name__)


class PressedOnce:
    def __init__(self, shared: GroupedMemory | None = None, max_entries: int = 20_000) -> None:
        self.shared = shared
        self.max_entries = max_entries
        self._seen: OrderedDict[str, None] = OrderedDict()

    async def first(self, body: dict, action: dict) -> bool:
        """True for the first press of this button on this message."""
        key = self.key(body, action)
        if key in self._seen:
            return False
        self._seen[key] = None
        while len(self._seen) > self.max_entries:
            self._seen.popitem(last=False)
        if self.shared is None:
            return True
        try:
            return await self.shared.first_time(key)
        except Exception as exc:  # database down: this process still refuses its own repeats
            log.warning("shared press memory unavailable (%s); relying on this process's", type(exc).__name__)
            return True

    @staticmethod
    def key(body: dict, action: dict) -> str:
        container = body.get("container") or {}
        message = body.get("message") or {}
        where = container.get("message_ts") or message.get("ts") or body.get("response_url") or ""
        who = (body.get("user") or {}).get("id", "")
        raw = "\x1f".join((who, str(where), action.get("action_id", ""), action.get("value") or ""))
        return "press:" + hashlib.sha1(raw.encode()).hexdigest()[:40]
