"""`create_app`: the bolt AsyncApp with its Web API client, middleware and listeners wired.

Nothing here connects to Slack; serving (Socket Mode or HTTP) is `bot.serve`'s job.
"""

from __future__ import annotations

import logging
import re

from slack_bolt.async_app import AsyncApp
from sqlalchemy import Engine
from slack_sdk.http_retry.builtin_async_handlers import (
    AsyncConnectionErrorRetryHandler,
    AsyncRateLimitErrorRetryHandler,
)
from slack_sdk.web.async_client import AsyncWebClient

from bot.answer import Answerer
from bot.briefing.store import make_engine
from bot.briefing.wiring import Briefings, create_briefings
from bot.corpus.store import CorpusStore
from bot.index.holder import IndexHolder
from bot.ingest.add import Ingestor
from bot.ingest.article import ReadLimits
from bot.ingest.fetch import Limits
from bot.ingest.quota import AddQuota
from bot.ingest.pool import ReadingPool
from bot.alerts.store import Watches
from bot.listeners import actions, briefings, commands, home, ingest, messages, review, watches
from bot.review.service import ReviewService
from bot.review.store import ReviewStore
from bot.listeners.dedupe import EventDeduper
from bot.listeners.once import PressedOnce
from bot.listeners.seen_events import GroupedMemory, shared_events, shared_signatures
from bot.listeners.replay import SignedOnce
from bot.observability.instrument import InstrumentedApp
from bot.observability.metrics import Metrics
from bot.render import Renderer
from bot.settings import Settings
from bot.topics import Catalogue, load_catalogue

log = logging.getLogger("bot.app")


def web_client(settings: Settings) -> AsyncWebClient:
    """Retries HTTP 429 after Retry-After, and dropped connections, against `slack_api_url`."""
    token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
    return AsyncWebClient(token=token, base_url=settings.slack_api_url, retry_handlers=[
        AsyncConnectionErrorRetryHandler(max_retry_count=2),
        AsyncRateLimitErrorRetryHandler(max_retry_count=3)])


def create_answerer(settings: Settings, holder: IndexHolder, renderer: Renderer,
                    catalogue: Catalogue | None = None) -> Answerer:
    catalogue = catalogue or load_catalogue(settings.briefings_dir / "topics.yaml")
    return Answerer(holder, renderer, catalogue, settings.public_base_url, settings.answers_kept)


def create_ingestor(settings: Settings, holder: IndexHolder, engine: Engine) -> Ingestor:
    limits = Limits(settings.fetch_timeout_seconds, settings.fetch_max_bytes,
                    allow_loopback=settings.fetch_allow_loopback)
    return Ingestor(CorpusStore(engine), holder, limits, reader=reading_pool(settings))


def reading_pool(settings: Settings) -> ReadingPool:
    """Its worker processes start with the first document read; `close()` stops them."""
    return ReadingPool(settings.read_workers, settings.read_queue, settings.read_timeout_seconds,
                       ReadLimits(settings.read_max_pages, settings.read_max_decoded_bytes),
                       settings.read_max_memory_bytes)


def create_app(settings: Settings, index_holder: IndexHolder, renderer: Renderer,
               client: AsyncWebClient | None = None, catalogue: Catalogue | None = None,
               daily: Briefings | None = None) -> AsyncApp:
    catalogue = catalogue or load_catalogue(settings.briefings_dir / "topics.yaml")
    answerer = create_answerer(settings, index_holder, renderer, catalogue)
    daily = daily or create_briefings(settings, index_holder, renderer, catalogue)
    secret = settings.slack_signing_secret.get_secret_value() if settings.slack_signing_secret else ""
    memory = make_engine(settings.database_url, durable=False)  # written with every signed request
    signatures = GroupedMemory(shared_signatures(memory))
    app = InstrumentedApp(client=client or web_client(settings), signing_secret=secret,
                          request_verification_enabled=False,  # SignedOnce: bolt's check + replays
                          before_authorize=SignedOnce(secret, shared=signatures),
                          metrics=Metrics(index_holder))  # request ids, metrics, a log line per request
    shared_memory = GroupedMemory(shared_events(memory))
    app.middleware(EventDeduper(shared=shared_memory).middleware)
    once = PressedOnce(shared_memory)  # a Share pressed twice posts once, whichever replica gets each press
    commands.register(app, answerer, catalogue, settings.answer_in_ack_seconds)
    messages.register(app, answerer)
    actions.register(app, answerer, once)
    watch_store = Watches(daily.engine)
    briefing_commands = briefings.BriefingCommands(daily.service, daily.composer, renderer, daily.database,
                                                   watch_store)
    briefings.register(app, briefing_commands, catalogue, once)
    watches.register(app, watches.WatchCommands(watch_store, index_holder, briefing_commands), catalogue)
    reviewing = ReviewService(ReviewStore(daily.engine), index_holder)
    publish_home = home.register(app, answerer, daily.service, watch_store, reviewing, settings.editor_ids)
    review.register(app, answerer, reviewing, settings.editor_ids, publish_home)
    ingestor = create_ingestor(settings, index_holder, daily.engine)
    quota = AddQuota(settings.add_max_per_user, settings.add_window_seconds, settings.add_user_ids)
    ingest.register(app, answerer, ingestor, catalogue, daily.database, quota)

    @app.event(re.compile(".*"))
    async def acknowledge_the_rest() -> None:
        """Events we do not handle are still acknowledged, so Slack does not redeliver them."""

    @app.error
    async def on_error(error: Exception, body: dict) -> None:
        log.error("unhandled error in a listener: %s: %s", type(error).__name__, error)
        app.listener_failed(body)

    app.answerer = answerer  # type: ignore[attr-defined]  # for the source page and tests
    app.briefings = daily  # type: ignore[attr-defined]  # for `serve` to start the scheduler
    app.ingestor = ingestor  # type: ignore[attr-defined]  # for `serve` to start the feed poller
    app.watches = watch_store  # type: ignore[attr-defined]  # for `serve` to start the alerts
    return app
