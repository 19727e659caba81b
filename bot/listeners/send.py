"""Running an answer off the event loop and sending it, with the bot's one error policy.

Answering is CPU work over the index, so it runs in a worker thread and the loop stays free to
ack other requests within Slack's 3 seconds. Any failure is logged in full and the person gets
the short apology from `error.json.j2`, never a traceback and never silence.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from bot.answer import Answer, Answerer, Ask

log = logging.getLogger("bot.listeners")

NO_UNFURL = {"unfurl_links": False, "unfurl_media": False}


async def answer_for(answerer: Answerer, ask: Ask) -> Answer:
    try:
        return await asyncio.to_thread(answerer.answer, ask)
    except Exception:
        log.exception("failed to answer %s %r", ask.command or "message", ask.text[:80])
        return answerer.error(ask)


async def deliver(answerer: Answerer, ask: Ask, send: Callable[..., Awaitable[Any]], **extra: Any) -> Answer:
    answer = await answer_for(answerer, ask)
    await send(**answer.message, **NO_UNFURL, **extra)
    return answer
