"""The fake Slack Web API answers slack_sdk's real client the way Slack does."""

import pytest
from slack_sdk.errors import SlackApiError, SlackClientError
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


async def test_files_upload_v2_goes_through_all_three_steps(fake_slack):
    client = AsyncWebClient(token="xoxb-test", base_url=fake_slack.api_url)
    resp = await client.files_upload_v2(channel="C9", content=b"\x89PNG bytes", filename="a.png", title="A",
                                        initial_comment="what it is")
    assert resp["ok"] and resp["file"]["id"]
    assert [c.method for c in fake_slack.calls] == ["files.getUploadURLExternal", "upload",
                                                    "files.completeUploadExternal"]
    assert fake_slack.calls[0].body["filename"] == "a.png" and fake_slack.calls[0].body["length"] == "10"
    [shared] = fake_slack.uploaded()
    assert shared == {"id": resp["file"]["id"], "title": "A", "channel": "C9", "thread_ts": None,
                      "initial_comment": "what it is", "bytes": b"\x89PNG bytes"}


async def test_a_scripted_upload_failure_reaches_the_client(fake_slack):
    fake_slack.fail("upload", status=500)
    client = AsyncWebClient(token="xoxb-test", base_url=fake_slack.api_url)
    with pytest.raises(SlackClientError):
        await client.files_upload_v2(channel="C9", content=b"x", filename="a.png")
    assert not fake_slack.uploaded()
