"""`/healthz`, `/readyz` and `/metrics`: beside `/slack/events` on the HTTP mode port, and on a
local port of their own in Socket Mode (`OPS_HOST`, `OPS_PORT`), where Slack needs no port.

`/healthz` is liveness: the process answers. `/readyz` answers 200 or 503 with a JSON body naming
what is not ready, so an operator reading a failed probe knows why; `/readyz?for=briefings` also
requires the database. `/metrics` is the Prometheus text format of this app's own registry.
"""

from __future__ import annotations

from aiohttp import web

from bot.index.holder import IndexHolder
from bot.observability.metrics import CONTENT_TYPE, Metrics
from bot.observability.readiness import Readiness


def routes(metrics: Metrics, readiness: Readiness, holder: IndexHolder) -> list[web.RouteDef]:
    async def health(_request: web.Request) -> web.Response:
        return web.json_response({"ok": True, "index": holder.index.version, "claims": holder.index.count})

    async def ready(request: web.Request) -> web.Response:
        ok, report = await readiness.check(need_briefings=request.query.get("for") == "briefings")
        return web.json_response({"ready": ok, "checks": report}, status=200 if ok else 503)

    async def scrape(_request: web.Request) -> web.Response:
        return web.Response(body=metrics.render(), headers={"Content-Type": CONTENT_TYPE})

    return [web.get("/healthz", health), web.get("/readyz", ready), web.get("/metrics", scrape)]
