"""The id of the Slack request being handled, for every log line written while handling it.

A contextvar, not a parameter: bolt starts each listener with `asyncio.ensure_future`, which
copies the current context, so an id set in a middleware reaches the listener's task (and its
`respond`/`say` calls) without threading it through every function.
"""

from __future__ import annotations

import re
import uuid
from contextvars import ContextVar
from typing import Any

request_id: ContextVar[str | None] = ContextVar("nkbot_request_id", default=None)
_SLACK_ID = re.compile(r"[A-Za-z0-9._-]{1,80}")


def new_request_id() -> str:
    """Ours, for a request not yet verified: its body is whatever the sender wrote."""
    return uuid.uuid4().hex


def slack_request_id(body: dict[str, Any]) -> str | None:
    """Slack's own id, once the request is known to come from Slack, so a redelivered event shares
    its first delivery's id and a line can be matched with Slack's side. Only an id of Slack's
    shape: a signed body is still text a member may have influenced, and an id is never a way to
    write a megabyte or a forged line into the log."""
    for key in ("event_id", "trigger_id"):
        value = body.get(key)
        if isinstance(value, str) and _SLACK_ID.fullmatch(value):
            return value
    return None
