"""Running the bot: the pieces assembled once, then Socket Mode or HTTP mode.

Socket Mode (the default) needs only outbound connections: one team, no public URL. HTTP mode
receives commands, events and interactivity at `/slack/events` (several replicas can sit behind
a load balancer) and also serves the source pages linked from answers. SIGHUP reloads the
index in place; a failed reload keeps the one in service. Both modes answer `/healthz`, `/readyz`
and `/metrics`: HTTP mode on its port, Socket Mode on a local one (`OPS_HOST:OPS_PORT`), which
also writes a heartbeat file for `nkbot health` and systemd (bot.observability).

Lookups need only the index, so the bot listens before the database is reached: the schema and
the daily-briefing scheduler come up in the background (`bot.briefing.wiring.run_briefings`),
retried while the database is down. Any number of processes may run the scheduler (unless
`BRIEFING_SCHEDULER=false`); the database decides who posts.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import signal
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from aiohttp import web
from slack_bolt.async_app import AsyncApp

from bot.alerts.runner import Alerter, AlertPolicy
from bot.answer import Answerer
from bot.app import create_answerer, create_app
from bot.briefing.clock import Clock, system_clock
from bot.briefing.composer import Composer
from bot.briefing.wiring import run_briefings, stop_scheduler
from bot.briefing.store import make_engine
from bot.briefing.runner import make_owner
from bot.corpus.feed_ledger import FeedLedger
from bot.corpus.follow import follow, try_catch_up
from bot.corpus.store import CorpusStore
from bot.errors import UserError
from bot.index.holder import IndexHolder
from bot.review.store import ReviewStore
from bot.ingest.poller import poll_feeds
from bot.listeners.replay import refuse_unreadable
from bot.observability import routes as ops
from bot.observability.heartbeat import Heartbeat
from bot.observability.readiness import Readiness
from bot.observability.responsiveness import Responsiveness
from bot.render import Renderer
from bot.settings import Settings
from bot.source_page import routes
from bot.topics import Catalogue, load_catalogue

log = logging.getLogger("bot.serve")


@dataclass
class Runtime:
    settings: Settings
    catalogue: Catalogue
    holder: IndexHolder
    renderer: Renderer

    def answerer(self) -> Answerer:
        return create_answerer(self.settings, self.holder, self.renderer, self.catalogue)

    def app(self) -> AsyncApp:
        return create_app(self.settings, self.holder, self.renderer, catalogue=self.catalogue)

    def composer(self, clock: Clock = system_clock) -> Composer:
        """Briefings for processes without the Slack app (the scheduler alone, a preview)."""
        return Composer(self.holder, self.renderer, self.catalogue, self.settings.public_base_url, clock)


def load_runtime(settings: Settings, build_if_missing: bool = True, live: bool = False) -> Runtime:
    """The pieces of a bot process. `live`: serve the documents added to the corpus store too, read
    once now (one-shot commands; `serve` follows the store instead, without waiting for it)."""
    catalogue = load_catalogue(settings.briefings_dir / "topics.yaml")
    if build_if_missing and not settings.index_path.exists():
        from bot.index.build import build_to  # extraction code loads only when a build is needed

        log.info("no index at %s; building it from %s", settings.index_path, settings.seeds_dir)
        build_to(settings.seeds_dir, settings.index_path)
    holder = IndexHolder.load(settings.index_path, catalogue.topics)
    if live:
        engine = make_engine(settings.database_url)
        try_catch_up(CorpusStore(engine), holder, ReviewStore(engine))
        engine.dispose()
    return Runtime(settings, catalogue, holder, Renderer(settings.briefings_dir / "templates"))


def add_ops_routes(web_app: web.Application, app: AsyncApp, runtime: Runtime,
                   connected: Callable[[], Awaitable[bool]] | None = None) -> web.Application:
    """`/healthz`, `/readyz`, `/metrics` of this app; `connected` (Socket Mode) and the event loop's and
    threads' lag gate readiness."""
    responsiveness = Responsiveness(runtime.settings.ready_max_lag_seconds)
    readiness = Readiness(runtime.holder, runtime.settings.database_url,
                          schema=app.briefings.database, connected=connected,  # type: ignore[attr-defined]
                          responsive=responsiveness.check, reading=app.ingestor.reader.state)  # type: ignore[attr-defined]
    web_app.add_routes(ops.routes(app.metrics, readiness, runtime.holder))  # type: ignore[attr-defined]
    web_app.cleanup_ctx.append(responsiveness.running)
    web_app.on_cleanup.append(lambda _app: asyncio.to_thread(readiness.close))
    return web_app


def http_application(app: AsyncApp, runtime: Runtime) -> web.Application:
    web_app = app.web_app(path="/slack/events")
    secret = runtime.settings.slack_signing_secret
    web_app.middlewares.append(refuse_unreadable(secret.get_secret_value() if secret else ""))
    if runtime.settings.public_base_url:  # replies link to /sources/ only then
        web_app.add_routes(routes(runtime.holder, runtime.renderer))
    web_app.on_cleanup.append(lambda _app: asyncio.to_thread(app.ingestor.reader.close))  # type: ignore[attr-defined]
    return add_ops_routes(web_app, app, runtime)


async def start_http(web_app: web.Application, host: str, port: int) -> tuple[web.AppRunner, int]:
    runner = web.AppRunner(web_app, access_log=None)
    await runner.setup()
    try:
        site = web.TCPSite(runner, host, port)
        await site.start()
    except BaseException:
        await runner.cleanup()
        raise
    return runner, site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]


def start_following(app: AsyncApp, runtime: Runtime) -> asyncio.Task[None]:
    """Documents added by any process (`nkbot add`, `/nk-add` on another replica, a feed) served here."""
    engine = app.briefings.engine  # type: ignore[attr-defined]
    return asyncio.create_task(follow(CorpusStore(engine), runtime.holder, runtime.settings.corpus_poll_seconds,
                                      ReviewStore(engine)), name="corpus follower")


def start_feeds(app: AsyncApp, settings: Settings) -> asyncio.Task[None] | None:
    """The feed poller (`FEEDS`), in every process: the database decides who fetches what."""
    if not settings.feed_urls:
        return None
    metrics = getattr(app, "metrics", None)
    ledger = FeedLedger(app.briefings.engine, make_owner())  # type: ignore[attr-defined]
    log.info("polling %d feed(s) every %g s", len(settings.feed_urls), settings.feed_poll_seconds)
    return asyncio.create_task(poll_feeds(settings.feed_urls, settings.feed_poll_seconds,
                                          app.ingestor, ledger,  # type: ignore[attr-defined]
                                          metrics.feed_event if metrics else lambda outcome: None,
                                          settings.feed_max_items),
                               name="feed poller")


def start_alerts(app: AsyncApp, runtime: Runtime) -> asyncio.Task[None]:
    """Alerts (/nk-watch), in every process: the database decides who posts each batch."""
    settings = runtime.settings
    metrics = getattr(app, "metrics", None)
    alerter = Alerter(app.watches, runtime.holder, runtime.renderer, app.client,  # type: ignore[attr-defined]
                      make_owner(), AlertPolicy(settings.alert_tick_seconds,
                                                dt.timedelta(seconds=settings.alert_min_seconds)),
                      settings.public_base_url, metrics.alert_event if metrics else lambda outcome: None)
    return asyncio.create_task(alerter.run(), name="alerts")


def start_briefings(app: AsyncApp, settings: Settings) -> asyncio.Task[None]:
    """The database and the daily-briefing scheduler, brought up beside the requests (never before
    them: lookups need only the index); each delivery outcome is counted in the app's metrics."""
    metrics = getattr(app, "metrics", None)  # bot.observability's, when the app carries them
    count = metrics.briefing_delivered if metrics else None
    return asyncio.create_task(run_briefings(settings, app.briefings, count),  # type: ignore[attr-defined]
                               name="briefing scheduler")


async def serve(runtime: Runtime, http: bool, port: int | None = None,
                on_listening: Callable[[int], None] | None = None) -> None:
    """Run until cancelled. `port`: HTTP mode's (default `PORT`), or in Socket Mode the local ops
    port (default `OPS_PORT`); `on_listening` gets the port bound (tests bind port 0)."""
    settings = runtime.settings
    app = runtime.app()
    loop = asyncio.get_running_loop()
    main = asyncio.current_task()
    try:
        # loaded in a thread: requests keep being answered from the old index until the new one is ready
        loop.add_signal_handler(signal.SIGHUP, lambda: loop.run_in_executor(None, runtime.holder.reload))
        # what `docker stop` and systemd send: stop as on Ctrl-C, closing the listener, the scheduler and
        # the database cleanly instead of dying mid-request
        loop.add_signal_handler(signal.SIGTERM, lambda: _stop(main))
    except (NotImplementedError, AttributeError):  # not on every platform
        pass
    if http and not settings.http_mode_ready:
        raise UserError("HTTP mode needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET")
    if not http and not settings.socket_mode_ready:
        raise UserError("Socket Mode needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN (or use --http)")
    background = [start_following(app, runtime), start_feeds(app, settings), start_alerts(app, runtime)]
    try:
        await _serve_mode(app, runtime, http, port, on_listening)
    finally:
        for task in background:
            if task is not None:
                task.cancel()


def _stop(main: asyncio.Task[None] | None) -> None:
    log.info("SIGTERM: stopping")
    if main is not None:
        main.cancel()


async def _serve_mode(app: AsyncApp, runtime: Runtime, http: bool, port: int | None,
                      on_listening: Callable[[int], None] | None) -> None:
    settings = runtime.settings
    if http:
        scheduler = start_briefings(app, settings)
        try:
            runner, bound = await start_http(http_application(app, runtime), settings.host,
                                             settings.port if port is None else port)
            log.info("HTTP mode: listening on %s:%d at /slack/events", settings.host, bound)
            if on_listening:
                on_listening(bound)
            try:
                await asyncio.Event().wait()
            finally:
                await runner.cleanup()
        finally:
            await stop_scheduler(scheduler)
        return
    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

    handler = AsyncSocketModeHandler(app, settings.slack_app_token.get_secret_value())  # type: ignore[union-attr]
    log.info("Socket Mode: connecting")
    beat = Heartbeat(settings.heartbeat_path, settings.heartbeat_seconds, handler.client.is_connected,
                     lambda: {"index": runtime.holder.index.version})
    beating = asyncio.create_task(beat.run(), name="heartbeat")
    scheduler = start_briefings(app, settings)
    ops_runner = await start_ops(app, runtime, handler.client.is_connected,
                                 settings.ops_port if port is None else port, on_listening)
    try:
        await handler.start_async()
    finally:
        await asyncio.to_thread(app.ingestor.reader.close)  # type: ignore[attr-defined]
        beating.cancel()
        await stop_scheduler(scheduler)
        if ops_runner is not None:
            await ops_runner.cleanup()
        await handler.close_async()


async def start_ops(app: AsyncApp, runtime: Runtime, connected: Callable[[], Awaitable[bool]], port: int,
                    on_listening: Callable[[int], None] | None) -> web.AppRunner | None:
    """Socket Mode's local health and metrics port; a port already taken costs the probes, not the bot."""
    host = runtime.settings.ops_host
    try:
        runner, bound = await start_http(add_ops_routes(web.Application(), app, runtime, connected), host, port)
    except OSError as exc:
        log.warning("health and metrics not served: cannot listen on %s:%d (%s); set OPS_PORT", host, port,
                    exc.strerror or exc)
        return None
    log.info("Socket Mode: /healthz, /readyz and /metrics on http://%s:%d", host, bound)
    if on_listening:
        on_listening(bound)
    return runner
