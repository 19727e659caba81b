"""Every Slack request observed at the one place all of them pass: `AsyncApp.async_dispatch`.

Why not a bolt middleware: bolt's async middlewares run one after another and `next()` only
marks the chain as continuing, so no middleware can time the listener or see its response.
`async_dispatch` is the single entry for HTTP mode and Socket Mode alike; it returns once the
listener has acked (bolt runs the rest of the listener in a task), so the latency is what Slack
waits for. Listener failures after the ack reach the app's error handler, which calls
`listener_failed`. One override instead of edits to every listener.

The request id is set here, before any middleware or listener runs, to one of ours; once bolt's
own middleware has verified the request (signature, authorization), ours gives way to Slack's id
(`_adopt_slack_id`, the first middleware of our own). Bolt starts listeners with
`asyncio.ensure_future`, which copies the context, so their log lines carry it too.
"""

from __future__ import annotations

import logging
import re
import time
from typing import Any

from slack_bolt.async_app import AsyncApp
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse

from bot.observability.context import new_request_id, request_id, slack_request_id
from bot.observability.metrics import Metrics

log = logging.getLogger("bot.requests")
_DIGITS = re.compile(r"\d+")


def describe(body: dict[str, Any]) -> tuple[str, str]:
    """(kind, command) labels for a request body; bounded, so label sets stay small."""
    if body.get("command"):
        return "command", str(body["command"])[:64]
    if body.get("type") == "event_callback":
        return "event", str((body.get("event") or {}).get("type") or "unknown")[:64]
    actions = body.get("actions") or []
    if actions:  # numbered action ids (pick_speaker_3) become one label (pick_speaker_N)
        return "action", _DIGITS.sub("N", str(actions[0].get("action_id") or "unknown"))[:64]
    if body.get("type") == "view_submission":
        return "view", str((body.get("view") or {}).get("callback_id") or "unknown")[:64]
    return "other", str(body.get("type") or "unknown")[:64]


def outcome_of(response: BoltResponse | None) -> str:
    if response is None:
        return "no_ack"
    if response.status == 401:
        return "rejected"  # bad or missing signature
    if response.status == 404:
        return "unhandled"
    return "ok" if response.status < 400 else "error"


class InstrumentedApp(AsyncApp):
    """An AsyncApp whose every dispatch gets a request id, a metrics sample and a log line."""

    def __init__(self, *args: Any, metrics: Metrics, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.metrics = metrics
        self.use(self._adopt_slack_id)  # after bolt's verification, which comes first in the chain

    async def _adopt_slack_id(self, body: dict, next: Any) -> Any:  # noqa: A002 - bolt passes it by this name
        if slack_id := slack_request_id(body if isinstance(body, dict) else {}):
            request_id.set(slack_id)
        return await next()

    async def async_dispatch(self, req: AsyncBoltRequest) -> BoltResponse:
        body = req.body if isinstance(req.body, dict) else {}
        token = request_id.set(new_request_id())
        kind, command = describe(body)
        started = time.perf_counter()
        outcome = "error"
        try:
            response = await super().async_dispatch(req)
            outcome = outcome_of(response)
            return response
        finally:
            seconds = time.perf_counter() - started
            if outcome == "rejected":  # unsigned: its labels are whatever the sender wrote
                kind, command = "unverified", "-"
            self.metrics.request_done(kind, command, outcome, seconds)
            log.info("slack request %s %s: %s", kind, command, outcome,
                     extra={"kind": kind, "command": command, "outcome": outcome,
                            "duration_ms": round(seconds * 1000, 1)})
            request_id.reset(token)

    def listener_failed(self, body: dict) -> None:
        self.metrics.listener_errors.labels(*describe(body)).inc()
