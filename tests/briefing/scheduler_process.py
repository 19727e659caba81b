"""A real briefing scheduler process for the multi-process tests.

Production code end to end (`build_scheduler`: migrations at start, Scheduler, Deliverer,
slack_sdk client) with two test choices: the clock is read from a file the test moves, and the
message is a fixed valid one. SIGTERM stops it gracefully; the tests SIGKILL it to crash it.

    python -m tests.briefing.scheduler_process --database-url URL --slack-url URL --clock-file F
"""

from __future__ import annotations

import argparse
import asyncio
import signal
from datetime import datetime, timedelta
from pathlib import Path

from bot.briefing.deliver import DeliveryPolicy
from bot.briefing.runner import build_scheduler
from bot.settings import Settings


class FileClock:
    def __init__(self, path: Path) -> None:
        self.path = path

    def __call__(self) -> datetime:
        return datetime.fromisoformat(self.path.read_text().strip())


def set_file_clock(path: Path, now: datetime) -> None:
    """Move the clock of every process reading `path` (atomic, so no process reads half a time)."""
    tmp = path.with_suffix(".tmp")
    tmp.write_text(now.isoformat())
    tmp.replace(path)


async def compose(sub, since):  # noqa: ANN001, ANN201
    return {"text": f"Daily briefing for <#{sub.channel_id}>",
            "blocks": [{"type": "section",
                        "text": {"type": "mrkdwn", "text": "*North Korean troops in Russia*"}}]}


async def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--slack-url", required=True)
    parser.add_argument("--clock-file", type=Path, required=True)
    parser.add_argument("--owner", required=True)
    parser.add_argument("--tick", type=float, default=0.02)
    parser.add_argument("--lease", type=float, default=30.0)
    args = parser.parse_args()
    settings = Settings(_env_file=None, database_url=args.database_url, slack_api_url=args.slack_url,
                        slack_bot_token="xoxb-test", briefing_tick_seconds=args.tick)
    policy = DeliveryPolicy(lease=timedelta(seconds=args.lease), slack_timeout=5.0, backoff=0.01,
                            backoff_cap=0.05)
    scheduler = build_scheduler(settings, compose, clock=FileClock(args.clock_file), policy=policy,
                                owner=args.owner)
    stop = asyncio.Event()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, stop.set)
    print("ready", flush=True)
    await scheduler.run(stop)


if __name__ == "__main__":
    asyncio.run(main())
