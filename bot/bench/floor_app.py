"""The framework's floor: a bare slack-bolt AsyncApp whose slash-command handler only acks.

Run as `python -m bot.bench.floor_app --port N` with the same environment as `nkbot serve
--http` (SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_URL), so the two are served alike:
bolt's aiohttp adapter at /slack/events, signature checking and authorization on.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re

from aiohttp import web
from slack_bolt.async_app import AsyncApp
from slack_sdk.web.async_client import AsyncWebClient


def floor_app() -> AsyncApp:
    client = AsyncWebClient(token=os.environ["SLACK_BOT_TOKEN"], base_url=os.environ["SLACK_API_URL"])
    app = AsyncApp(client=client, signing_secret=os.environ["SLACK_SIGNING_SECRET"])

    @app.command(re.compile(".*"))
    async def only_ack(ack) -> None:
        await ack()

    return app


async def serve(host: str, port: int) -> None:
    runner = web.AppRunner(floor_app().web_app(path="/slack/events"), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, host, port).start()
    await asyncio.Event().wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    try:
        asyncio.run(serve(args.host, args.port))
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
