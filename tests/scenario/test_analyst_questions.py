"""A new analyst's plain questions, sent as Slack sends DMs (signed, over HTTP) to the bot serving
`analyst_index`: each reaches the view that answers it, and every reply is valid Block Kit."""

from __future__ import annotations

import pytest

from tests.scenario.analyst_index import TWICE, build_analyst_index
from tests.scenario.conftest import assert_all_valid, start_bot
from tests.scenario.test_events import dm, posts


@pytest.fixture
async def analyst_bot(tmp_path, fake_slack):
    runner, server = await start_bot(tmp_path, fake_slack, index=build_analyst_index())
    yield server
    await runner.cleanup()
    assert_all_valid(fake_slack)


QUESTIONS = [  # (question, what the reply starts with, evidence it must show, evidence it must not)
    ("Has North Korea confirmed sending troops?", "What North Korean government confirmed or denied",
     "fabrication spread by its enemies", "Zelenskyy told reporters"),
    ("Which sources disagree on the numbers?", "Where sources disagree", "about 11,000", "fair game"),
    ("Timeline of the troop estimates", "Timeline of the key numbers: 4 claims", "Zelenskyy told reporters",
     "fair game"),
    ("who-said Austen", "Claims by Lloyd Austin", "fair game", "Zelenskyy"),
    ("what did Seoul say about troop numbers?", "Claims by South Korean government", "roughly 12,000",
     "approved the deployment"),
    ("what did Japan's defence ministry say?", "Claims by Defence Ministry", "sailed without lights",
     "exercises near the harbour"),
    ("what happened in Vladivostok?", "Timeline: “Vladivostok”", "cargo ships", "fair game"),
    ("what did NATO say?", "Claims by NATO", "allied radars", "Tokyo"),
]


async def test_each_question_reaches_its_view(analyst_bot):
    for n, (question, *_rest) in enumerate(QUESTIONS, 1):
        await analyst_bot.event(dm(question, ts=f"1700000{n:03d}.000100"))
        await posts(analyst_bot, n)  # one at a time: replies may finish in any order
    replies = await posts(analyst_bot, len(QUESTIONS))
    for (question, starts, shown, not_shown), reply in zip(QUESTIONS, replies, strict=True):
        assert reply["text"].startswith(starts), (question, reply["text"])
        assert shown in str(reply["blocks"]) and not_shown not in str(reply["blocks"]), question


async def test_the_briefing_shows_a_new_denial_once_and_echoes_no_question(analyst_bot):
    await analyst_bot.event(dm("how many troops?"))
    (reply,) = await posts(analyst_bot)
    assert reply["blocks"][0]["text"]["text"] == "North Korean troops in Russia"
    assert str(reply["blocks"]).count(TWICE) == 1 and "fabrication spread by its enemies" in str(reply["blocks"])
