"""Running an answer off the event loop and sending it, with the bot's one error policy.

Answering is CPU work over the index, so it runs in a worker thread and the loop stays free to
ack other requests within Slack's 3 seconds. Any failure is logged in full and the person gets
the short apology from `error.json.j2`, never a traceback and never silence.

Sending can fail too (timeout, 5xx, 429 after the client's retries, `invalid_auth`,
`ratelimited`, an expired `response_url`). Then the answer goes by the listener's other route
when it has one (`response_url` instead of `chat.postMessage`, or an ephemeral message instead
of `response_url`), and the failure is logged as one line naming the route and Slack's error
code: never the request, whose headers carry the token.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.answer import Answer, Answerer, Ask

log = logging.getLogger("bot.listeners")

NO_UNFURL = {"unfurl_links": False, "unfurl_media": False}
Send = Callable[..., Awaitable[Any]]


class DeliveryFailed(Exception):
    """Slack did not take a message: the route and Slack's reason, nothing else."""


async def answer_for(answerer: Answerer, ask: Ask) -> Answer:
    try:
        return await asyncio.to_thread(answerer.answer, ask)
    except Exception:
        log.exception("failed to answer %s %r", ask.command or "message", ask.text[:80])
        return answerer.error(ask)


async def deliver(answerer: Answerer, ask: Ask, send: Send, fallback: Send | None = None, **extra: Any) -> Answer:
    """Send the answer; if Slack refuses it, try `fallback` (already bound to its destination)."""
    return await send_answer(await answer_for(answerer, ask), send, fallback, **extra)


async def send_answer(answer: Answer, send: Send, fallback: Send | None = None, **extra: Any) -> Answer:
    try:
        await send_checked(send, **answer.message, **NO_UNFURL, **extra)
        return answer
    except DeliveryFailed as exc:
        log.warning("could not deliver the answer: %s%s", exc, "; trying the other route" if fallback else "")
    if fallback is not None:
        try:
            await send_checked(fallback, **answer.message, **NO_UNFURL)
        except DeliveryFailed as exc:
            log.error("could not deliver the answer by the other route either: %s", exc)
    return answer


async def send_checked(send: Send, **message: Any) -> Any:
    """Call a `say`/`respond`/Web API sender; any refusal becomes `DeliveryFailed` with a safe reason."""
    try:
        result = await send(**message)
    except SlackApiError as exc:
        raise DeliveryFailed(_api_reason(exc)) from None
    except (SlackClientError, aiohttp.ClientError, asyncio.TimeoutError, OSError) as exc:
        raise DeliveryFailed(f"{type(exc).__name__}") from None
    status = getattr(result, "status_code", None)  # a response_url post answers HTTP, not JSON
    if status is not None and not 200 <= int(status) < 300:
        raise DeliveryFailed(f"response_url: HTTP {status} {str(getattr(result, 'body', ''))[:60]!r}")
    return result


def _api_reason(exc: SlackApiError) -> str:
    response = exc.response
    method = str(getattr(response, "api_url", "")).rsplit("/", 1)[-1] or "Web API"
    error = response.get("error", "") if hasattr(response, "get") else ""
    return f"{method}: HTTP {getattr(response, 'status_code', '?')} {error}".rstrip()


def ephemeral_via_api(client: Any, channel: str | None, user: str | None, thread_ts: str | None = None) -> Send | None:
    """The other route to one person: `chat.postEphemeral` in the channel they wrote in."""
    if not (client and channel and user):
        return None

    async def send(**message: Any) -> Any:
        message.pop("response_type", None)
        message.pop("replace_original", None)
        return await client.chat_postEphemeral(channel=channel, user=user, **message,
                                               **({"thread_ts": thread_ts} if thread_ts else {}))
    return send
