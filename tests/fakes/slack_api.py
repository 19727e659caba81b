"""The fake Slack Web API lives in `bot.bench.fake_slack` (the benchmark serves it too); tests
import it from here as before."""

from bot.bench.fake_slack import Call, FakeSlack, Scripted

__all__ = ["Call", "FakeSlack", "Scripted"]
