"""What delivery needs from Slack: a client with the right retries, the briefing tag, a history
lookup for that tag, and a classification of failures.

`chat.postMessage` has no idempotency key, so each briefing carries message metadata
(`event_type` "nkbot_briefing", payload {channel, date}). Before posting again after any failure
that may have gone through (a timeout, a dropped connection, a 5xx) or after taking over a
crashed run, delivery reads the channel's history since the start of that local day and looks for
the tag. HTTP 429 never went through, so slack_sdk's own rate-limit handler retries it after
`Retry-After`; we only subclass it to log each wait.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import date, datetime

import aiohttp
from slack_sdk.errors import SlackApiError
from slack_sdk.http_retry.builtin_async_handlers import AsyncRateLimitErrorRetryHandler
from slack_sdk.web.async_client import AsyncWebClient

BRIEFING_EVENT = "nkbot_briefing"
PAUSE_ERRORS = frozenset({"channel_not_found", "not_in_channel", "is_archived"})
TRANSIENT_ERRORS = frozenset({"ratelimited", "internal_error", "fatal_error", "service_unavailable",
                              "request_timeout"})
HISTORY_PAGES = 5  # 5 x 200 messages since local midnight: more than a busy channel sees before 09:00


class LoggedRateLimitHandler(AsyncRateLimitErrorRetryHandler):
    """slack_sdk's 429 handler (sleeps Retry-After), telling `on_wait(method, seconds)` first so the
    wait is logged and the lease extended to cover it."""

    def __init__(self, on_wait: Callable[[str, float | None], Awaitable[None]] | None,
                 max_retry_count: int) -> None:
        super().__init__(max_retry_count=max_retry_count)
        self.on_wait = on_wait

    async def _can_retry_async(self, *, state, request, response=None, error=None) -> bool:  # noqa: ANN001
        # Only a 429 response; not an exception we raised ourselves while waiting (LeaseLost).
        return error is None and response is not None and response.status_code == 429

    async def prepare_for_next_attempt_async(self, *, state, request, response=None, error=None):  # noqa: ANN001
        if self.on_wait and response is not None:
            header = next((v[0] for k, v in response.headers.items() if k.lower() == "retry-after"), None)
            wait = float(header) if header and header.strip().isdigit() else None
            await self.on_wait(request.url.rsplit("/", 1)[-1], wait)
        await super().prepare_for_next_attempt_async(state=state, request=request, response=response,
                                                     error=error)


def make_client(token: str, base_url: str, timeout: float,
                on_rate_limited: Callable[[str, float | None], Awaitable[None]] | None = None,
                rate_limit_retries: int = 3) -> AsyncWebClient:
    """A client whose only automatic retry is for 429. Everything ambiguous comes back to us."""
    return AsyncWebClient(token=token, base_url=base_url, timeout=timeout,  # type: ignore[arg-type]
                          retry_handlers=[LoggedRateLimitHandler(on_rate_limited, rate_limit_retries)])


def tag(channel_id: str, local_date: date) -> dict:
    return {"event_type": BRIEFING_EVENT,
            "event_payload": {"channel": channel_id, "date": local_date.isoformat()}}


def is_our_briefing(message: dict, channel_id: str, local_date: date) -> bool:
    meta = message.get("metadata") or {}
    payload = meta.get("event_payload") or {}
    return (meta.get("event_type") == BRIEFING_EVENT and payload.get("channel") == channel_id
            and payload.get("date") == local_date.isoformat())


async def find_briefing(client: AsyncWebClient, channel_id: str, local_date: date,
                        day_start: datetime) -> str | None:
    """The ts of this day's briefing if it is already in the channel, else None."""
    cursor = None
    for _ in range(HISTORY_PAGES):
        response = await client.conversations_history(
            channel=channel_id, oldest=f"{day_start.timestamp():.6f}", limit=200, include_all_metadata=True,
            cursor=cursor)
        for message in response.get("messages") or []:
            if is_our_briefing(message, channel_id, local_date):
                return message.get("ts")
        cursor = (response.get("response_metadata") or {}).get("next_cursor")
        if not response.get("has_more") or not cursor:
            return None
    return None


@dataclass(frozen=True)
class Failure:
    """What a failed Slack call means for delivery."""
    kind: str  # "pause" | "transient" | "permanent"
    reason: str  # short, for the log; never contains the token
    ambiguous: bool  # the message may have been posted anyway: look in history before reposting


def classify(exc: BaseException) -> Failure:
    if isinstance(exc, SlackApiError):
        status = exc.response.status_code
        error = str(exc.response.get("error") or f"http_{status}")
        if status >= 500:
            return Failure("transient", f"HTTP {status} ({error})", ambiguous=True)
        if status == 429:
            return Failure("transient", "HTTP 429: still rate limited after retries", ambiguous=False)
        if error in PAUSE_ERRORS:
            return Failure("pause", error, ambiguous=False)
        if error in TRANSIENT_ERRORS:
            return Failure("transient", error, ambiguous=True)
        return Failure("permanent", error, ambiguous=False)
    if isinstance(exc, asyncio.TimeoutError | TimeoutError):
        return Failure("transient", "timed out waiting for Slack", ambiguous=True)
    if isinstance(exc, aiohttp.ClientError | OSError):
        return Failure("transient", f"connection error: {type(exc).__name__}", ambiguous=True)
    raise exc  # a bug in our code: let it surface
