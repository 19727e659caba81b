"""Running the bot: the pieces assembled once, then Socket Mode or HTTP mode.

Socket Mode (the default) needs only outbound connections: one team, no public URL. HTTP mode
receives commands, events and interactivity at `/slack/events` (several replicas can sit behind
a load balancer) and also serves the source pages linked from answers. SIGHUP reloads the
index in place; a failed reload keeps the one in service. HTTP mode also answers `/healthz`,
`/readyz` and `/metrics`; Socket Mode writes a heartbeat file for `nkbot health` (bot.observability).
Either mode also runs the daily-briefing scheduler (`bot.briefing.wiring`) unless
`BRIEFING_SCHEDULER=false`; any number of processes may run it, the database decides who posts.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from dataclasses import dataclass

from aiohttp import web
from slack_bolt.async_app import AsyncApp

from bot.answer import Answerer
from bot.app import create_answerer, create_app
from bot.briefing.clock import Clock, system_clock
from bot.briefing.composer import Composer
from bot.briefing.wiring import prepare, start_scheduler, stop_scheduler
from bot.errors import UserError
from bot.index_holder import IndexHolder
from bot.listeners.replay import refuse_unreadable
from bot.observability import routes as ops
from bot.observability.heartbeat import Heartbeat
from bot.observability.readiness import Readiness
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


def load_runtime(settings: Settings, build_if_missing: bool = True) -> Runtime:
    catalogue = load_catalogue(settings.briefings_dir / "topics.yaml")
    if build_if_missing and not settings.index_path.exists():
        from bot.claims.build import build_to  # extraction code loads only when a build is needed

        log.info("no index at %s; building it from %s", settings.index_path, settings.seeds_dir)
        build_to(settings.seeds_dir, settings.index_path)
    holder = IndexHolder.load(settings.index_path, catalogue.topics)
    return Runtime(settings, catalogue, holder, Renderer(settings.briefings_dir / "templates"))


def http_application(app: AsyncApp, runtime: Runtime) -> web.Application:
    web_app = app.web_app(path="/slack/events")
    secret = runtime.settings.slack_signing_secret
    web_app.middlewares.append(refuse_unreadable(secret.get_secret_value() if secret else ""))
    web_app.add_routes(routes(runtime.holder, runtime.renderer))
    readiness = Readiness(runtime.holder, runtime.settings.database_url)
    web_app.add_routes(ops.routes(app.metrics, readiness))  # type: ignore[attr-defined]
    web_app.on_cleanup.append(lambda _app: asyncio.to_thread(readiness.close))
    return web_app


async def start_http(web_app: web.Application, host: str, port: int) -> tuple[web.AppRunner, int]:
    runner = web.AppRunner(web_app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    return runner, site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]


async def start_briefings(app: AsyncApp, settings: Settings) -> asyncio.Task[None] | None:
    """Schema first (requests read subscriptions), then the daily-briefing scheduler in this process;
    each delivery outcome is counted in the app's metrics."""
    await prepare(app.briefings)  # type: ignore[attr-defined]
    metrics = getattr(app, "metrics", None)  # bot.observability's, when the app carries them
    count = metrics.briefing_delivered if metrics else None
    return start_scheduler(settings, app.briefings, count)  # type: ignore[attr-defined]


async def serve(runtime: Runtime, http: bool, port: int) -> None:
    settings = runtime.settings
    app = runtime.app()
    loop = asyncio.get_running_loop()
    try:
        # loaded in a thread: requests keep being answered from the old index until the new one is ready
        loop.add_signal_handler(signal.SIGHUP, lambda: loop.run_in_executor(None, runtime.holder.reload))
    except (NotImplementedError, AttributeError):  # not on every platform
        pass
    if http:
        if not settings.http_mode_ready:
            raise UserError("HTTP mode needs SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET")
        scheduler = await start_briefings(app, settings)
        try:
            runner, bound = await start_http(http_application(app, runtime), settings.host, port)
            log.info("HTTP mode: listening on %s:%d at /slack/events", settings.host, bound)
            try:
                await asyncio.Event().wait()
            finally:
                await runner.cleanup()
        finally:
            await stop_scheduler(scheduler)
        return
    if not settings.socket_mode_ready:
        raise UserError("Socket Mode needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN (or use --http)")
    from slack_bolt.adapter.socket_mode.async_handler import AsyncSocketModeHandler

    handler = AsyncSocketModeHandler(app, settings.slack_app_token.get_secret_value())  # type: ignore[union-attr]
    log.info("Socket Mode: connecting")
    beat = Heartbeat(settings.heartbeat_path, settings.heartbeat_seconds, handler.client.is_connected,
                     lambda: {"index": runtime.holder.index.version})
    beating = asyncio.create_task(beat.run(), name="heartbeat")
    scheduler = await start_briefings(app, settings)
    try:
        await handler.start_async()
    finally:
        beating.cancel()
        await stop_scheduler(scheduler)
        await handler.close_async()
