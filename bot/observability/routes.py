"""`/readyz` and `/metrics`, served beside `/slack/events` on the HTTP mode port.

`/healthz` (liveness: the process answers) stays where it was, in `bot.source_page`. `/readyz`
answers 200 or 503 with a JSON body naming what is not ready, so an operator reading a failed
probe knows why. `/metrics` is the Prometheus text format of this app's own registry.
"""

from __future__ import annotations

from aiohttp import web

from bot.observability.metrics import CONTENT_TYPE, Metrics
from bot.observability.readiness import Readiness


def routes(metrics: Metrics, readiness: Readiness) -> list[web.RouteDef]:
    async def ready(_request: web.Request) -> web.Response:
        ok, report = await readiness.check()
        return web.json_response({"ready": ok, "checks": report}, status=200 if ok else 503)

    async def scrape(_request: web.Request) -> web.Response:
        return web.Response(body=metrics.render(), headers={"Content-Type": CONTENT_TYPE})

    return [web.get("/readyz", ready), web.get("/metrics", scrape)]
