"""The fake Slack Web API answers slack_sdk's real client the way Slack does."""

import pytest
from slack_sdk.errors import SlackApiError
from slack_sdk.web.async_client import AsyncWebClient


async def test_post_is_recorded_and_visible_in_history(fake_slack):
    client = AsyncWebClient(token="xoxb-test", base_url=fake_slack.api_url)
    resp = await client.chat_postMessage(channel="C1", text="hello", metadata={"event_type": "t", "event_payload": {"d": "x"}})
    assert resp["ok"] and resp["ts"]
    assert fake_slack.calls_to("chat.postMessage")[0].body["text"] == "hello"
    history = await client.conversations_history(channel="C1")
    assert history["messages"][0]["metadata"]["event_payload"] == {"d": "x"}


async def test_scripted_error_reaches_the_client(fake_slack):
    fake_slack.fail("chat.postMessage", error="channel_not_found")
    client = AsyncWebClient(token="xoxb-test", base_url=fake_slack.api_url)
    with pytest.raises(SlackApiError) as err:
        await client.chat_postMessage(channel="C1", text="x")
    assert err.value.response["error"] == "channel_not_found"
