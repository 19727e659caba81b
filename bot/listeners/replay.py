"""Request verification for HTTP mode: a valid, fresh signature, and each signed request acts once.

Slack's signature covers `v0:{timestamp}:{body}` and is accepted while the timestamp is within 5
minutes of now (either side), so an exact copy of a slash command or a button click would verify
again for that long. `SignedOnce` replaces bolt's `RequestVerification` in the same place in the
chain (before authorization and every listener): it checks the signature as bolt does, answers
401 rather than 500 to a timestamp that is not a number, logs a refusal without the body, and
remembers each accepted signature until its timestamp can no longer verify. A second sight is a
401 (an event copy gets an empty 200, as `EventDeduper` answers, so Slack stops retrying).
Socket Mode has no signatures and is skipped. Memory is per process and bounded, and with
`shared` (the database every replica uses, asked for many requests at once: `GroupedMemory`) a
replay sent to another replica is refused too; if that database cannot be reached, this
process's memory still refuses what it has seen.
"""

from __future__ import annotations

import heapq
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

from aiohttp import web
from slack_bolt.middleware.request_verification.async_request_verification import AsyncRequestVerification
from slack_bolt.request.async_request import AsyncBoltRequest
from slack_bolt.response import BoltResponse
from slack_sdk.signature import SignatureVerifier

from bot.listeners.seen_events import GroupedMemory

log = logging.getLogger("bot.listeners")

WINDOW_SECONDS = 300  # slack_sdk's SignatureVerifier: |now - timestamp| <= 5 minutes


class ReplayGuard:
    def __init__(self, window_seconds: float = WINDOW_SECONDS, max_entries: int = 200_000) -> None:
        self.window = window_seconds
        self.max_entries = max_entries
        self._expiry: dict[str, float] = {}
        self._heap: list[tuple[float, str]] = []

    def first_time(self, signature: str, timestamp: float, now: float | None = None) -> bool:
        """True the first time a signature is offered while its timestamp can still verify."""
        now = time.time() if now is None else now  # wall clock, as the signature check uses
        while self._heap and (self._heap[0][0] < now or len(self._heap) > self.max_entries):
            _, old = heapq.heappop(self._heap)
            self._expiry.pop(old, None)
        if signature in self._expiry:
            return False
        expires = self.expiry(timestamp, now)
        self._expiry[signature] = expires
        heapq.heappush(self._heap, (expires, signature))
        return True

    def expiry(self, timestamp: float, now: float) -> float:
        """Until when a signature with this timestamp could still verify."""
        return max(timestamp, now) + self.window + 1


class SignedOnce(AsyncRequestVerification):
    def __init__(self, signing_secret: str, guard: ReplayGuard | None = None,
                 shared: GroupedMemory | None = None) -> None:
        super().__init__(signing_secret)
        self.guard = guard or ReplayGuard()
        self.shared = shared

    async def async_process(self, *, req: AsyncBoltRequest, resp: BoltResponse,
                            next: Callable[[], Awaitable[BoltResponse]]) -> BoltResponse:
        if self._can_skip(req.mode, req.body):
            return await next()
        timestamp = req.headers.get("x-slack-request-timestamp", [""])[0]
        signature = req.headers.get("x-slack-signature", [""])[0]
        try:
            valid = self.verifier.is_valid(req.raw_body, timestamp, signature)
        except ValueError:  # a timestamp that is not a number
            valid = False
        if not valid:
            log.info("refusing a request without a valid, fresh Slack signature")
            return self._build_error_response()
        if not (self.guard.first_time(signature, float(timestamp)) and await self._first_anywhere(signature, timestamp)):
            kind = req.body.get("type") or ("command" if "command" in req.body else "request")
            log.warning("refusing a replayed %s (its signature was already used)", kind)
            if kind == "event_callback":
                return BoltResponse(status=200, body="")
            return BoltResponse(status=401, body={"error": "replayed request"})
        return await next()


    async def _first_anywhere(self, signature: str, timestamp: str) -> bool:
        if self.shared is None:
            return True
        expires = datetime.fromtimestamp(self.guard.expiry(float(timestamp), time.time()), UTC)
        try:
            return await self.shared.first_time(signature, expires)
        except Exception as exc:  # database down: this process's memory still refuses what it saw
            log.warning("shared signature memory unavailable (%s); relying on this process's", type(exc).__name__)
            return True


def refuse_unreadable(signing_secret: str) -> Callable[..., Awaitable[web.StreamResponse]]:
    """aiohttp middleware: a body bolt cannot parse (it raises before any check) gets 401 when it is
    not signed and 400 when it is, instead of a 500 and a logged traceback per request."""
    verifier = SignatureVerifier(signing_secret)

    @web.middleware
    async def middleware(request: web.Request, handler) -> web.StreamResponse:
        try:
            return await handler(request)
        except (ValueError, AttributeError, TypeError):  # bolt's parse_body: not JSON, or JSON but no object
            body = await request.read()
            try:
                signed = verifier.is_valid(body, request.headers.get("X-Slack-Request-Timestamp"),
                                           request.headers.get("X-Slack-Signature"))
            except ValueError:
                signed = False
            log.info("refusing an unreadable request body (%s)", "signed" if signed else "unsigned")
            return web.json_response({"error": "invalid request"}, status=400 if signed else 401)
    return middleware
