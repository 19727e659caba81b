"""A failure while answering: the person gets a short apology, the log gets the detail, not secrets."""

from __future__ import annotations

import logging
from dataclasses import replace

from tests.scenario.conftest import assert_all_valid, start_bot
from tests.scenario.sample_index import build_sample_index


async def test_broken_claim_yields_apology_and_logs_without_secrets(tmp_path, fake_slack, caplog):
    index = build_sample_index()
    broken = tuple(replace(c, stance="mystery") if c.id == "c-austin-fair" else c for c in index.claims)
    runner, bot = await start_bot(tmp_path, fake_slack, index=replace(index, claims=broken))
    caplog.set_level(logging.DEBUG)
    try:
        resp = await bot.command("/who-said", "Austin")
        assert resp.status == 200
        await fake_slack.wait_for(lambda: fake_slack.responses)
        assert fake_slack.responses[0].body["text"].startswith("Sorry, something went wrong")
        await bot.command("/who-said", "Zelenskyy")  # the bot keeps answering
        await fake_slack.wait_for(lambda: len(fake_slack.responses) >= 2)
        assert fake_slack.responses[1].body["text"].startswith("Claims by Volodymyr Zelenskyy")
    finally:
        await runner.cleanup()
    assert "failed to answer /who-said" in caplog.text
    for secret in ("xoxb-test-token", "test-signing-secret"):
        assert secret not in caplog.text
    assert "xoxb-test-token" not in repr(bot.runtime.settings)
    assert_all_valid(fake_slack)
