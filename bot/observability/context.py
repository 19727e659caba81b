"""The id of the Slack request being handled, for every log line written while handling it.

A contextvar, not a parameter: bolt starts each listener with `asyncio.ensure_future`, which
copies the current context, so an id set in a middleware reaches the listener's task (and its
`respond`/`say` calls) without threading it through every function.
"""

from __future__ import annotations

import uuid
from contextvars import ContextVar
from typing import Any

request_id: ContextVar[str | None] = ContextVar("nkbot_request_id", default=None)


def choose_request_id(body: dict[str, Any]) -> str:
    """Slack's own id where there is one, so a redelivered event shares its first delivery's id
    and a line can be matched with Slack's side; otherwise a fresh uuid."""
    for key in ("event_id", "trigger_id"):
        value = body.get(key)
        if value:
            return str(value)
    return uuid.uuid4().hex
