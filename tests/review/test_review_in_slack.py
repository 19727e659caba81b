"""Feedback on any claim and the editors' review queue, over signed HTTP against the fake Slack
Web API: thanks for feedback (counted once), the queue in an editor's App Home, Approve applied
and marked in replies, Edit and Merge modals validated in the modal, a non-editor refused, two
editors at once."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest

from bot.review.store import ReviewStore
from tests.ops.conftest import command_answer

EDITOR, OTHER_EDITOR, ANALYST = "UEDITOR1", "UEDITOR2", "UANALYST"


def dump(value) -> str:  # noqa: ANN001
    return json.dumps(value, ensure_ascii=False)


@pytest.fixture
async def bot(start_db_bot):
    return await start_db_bot(editors=f"{EDITOR}, {OTHER_EDITOR}")


async def post_payload(bot, payload: dict) -> dict | None:
    payload = {"team": {"id": bot.fake.TEAM_ID}, "api_app_id": "A1", "token": "x", **payload}
    resp = await bot.post(urlencode({"payload": json.dumps(payload)}), "application/x-www-form-urlencoded")
    assert resp.status == 200
    return json.loads(bot.last_body) if bot.last_body.strip() else None


async def home_click(bot, action_id: str, value: str, user: str = EDITOR) -> None:
    """A button pressed in App Home: no conversation, so no response_url."""
    await post_payload(bot, {"type": "block_actions", "user": {"id": user}, "trigger_id": f"tr-{bot._next()}",
                             "container": {"type": "view", "view_id": "V1"}, "view": {"id": "V1", "type": "home"},
                             "actions": [{"type": "button", "action_id": action_id, "block_id": "b", "value": value,
                                          "action_ts": f"2.{bot._next()}"}]})


async def submit(bot, callback_id: str, metadata: str, values: dict, user: str = EDITOR) -> dict | None:
    state = {block: {"a": element} for block, element in values.items()}
    return await post_payload(bot, {"type": "view_submission", "user": {"id": user}, "trigger_id": f"tr-{bot._next()}",
                                    "view": {"id": "VM", "type": "modal", "callback_id": callback_id,
                                             "private_metadata": metadata, "state": {"values": state},
                                             "hash": f"h{bot._next()}"}})


def text_input(value: str) -> dict:
    return {"type": "plain_text_input", "value": value}


def picked(value: str | None, kind: str = "static_select") -> dict:
    return {"type": kind, "selected_option": {"value": value} if value else None}


async def open_home(bot, user: str) -> dict:
    before = len(bot.fake.calls_to("views.publish"))
    await bot.event({"type": "app_home_opened", "user": user, "channel": "D1", "tab": "home"})
    await bot.fake.wait_for(lambda: len(bot.fake.calls_to("views.publish")) > before)
    return bot.fake.calls_to("views.publish")[-1].body["view"]


def review_buttons(view: dict) -> list[dict]:
    return [e for b in view["blocks"] if b["type"] == "actions" for e in b["elements"]
            if e["action_id"].startswith("review_")]


async def flag(bot, claim_id: str, kind: str, user: str, response: str) -> str:
    await post_payload(bot, {"type": "block_actions", "user": {"id": user}, "trigger_id": "t9",
                             "channel": {"id": "C1"}, "container": {"type": "message", "is_ephemeral": True},
                             "response_url": bot.fake.response_url(response), "message": {"ts": "1.1"},
                             "actions": [{"type": "overflow", "action_id": "claim_feedback", "block_id": "b",
                                          "selected_option": {"value": f"{kind} {claim_id}"},
                                          "action_ts": f"3.{bot._next()}"}]})
    await bot.fake.wait_for(lambda: any(r.method == f"response/{response}" for r in bot.fake.responses))
    return next(r.body["text"] for r in bot.fake.responses if r.method == f"response/{response}")


async def test_feedback_is_thanked_counted_once_and_queued_for_editors(bot):
    answer = await command_answer(bot, "/who-said", "Austin", response="q1")
    menu = next(e for b in answer["blocks"] if b["type"] == "actions" for e in b["elements"]
                if e["action_id"] == "claim_feedback")
    assert [o["text"]["text"] for o in menu["options"]] == ["Wrong speaker", "Not a claim", "Wrong stance",
                                                            "Duplicate", "Something else"]
    kind, claim_id = menu["options"][0]["value"].split(" ")
    assert "Thanks: noted as “wrong speaker”" in await flag(bot, claim_id, kind, ANALYST, "f1")
    assert "already flagged" in await flag(bot, claim_id, kind, ANALYST, "f2")
    await flag(bot, claim_id, kind, "UANOTHER", "f3")
    view = await open_home(bot, EDITOR)
    assert "*Review queue* (1)" in dump(view) and "flagged: Wrong speaker ×2" in dump(view)
    analyst_view = await open_home(bot, ANALYST)
    assert "Review queue" not in dump(analyst_view) and not review_buttons(analyst_view)


async def test_an_editor_approves_and_replies_mark_the_claim_reviewed(bot):
    claim = bot.runtime.holder.index.claims[0]
    await flag(bot, claim.id, "other", ANALYST, "f1")
    view = await open_home(bot, EDITOR)
    approve = next(e for e in review_buttons(view) if e["action_id"] == "review_approve")
    published = len(bot.fake.calls_to("views.publish"))
    await home_click(bot, "review_approve", approve["value"])
    await bot.fake.wait_for(lambda: len(bot.fake.calls_to("views.publish")) > published)
    after = bot.fake.calls_to("views.publish")[-1].body["view"]
    assert f"Claim {claim.id} approved." in dump(after) and "nothing to review" in dump(after)
    assert bot.runtime.holder.index.claim(claim.id).status == "approved"
    answer = await command_answer(bot, "/who-said", claim.speaker, response="q2")
    marks = [b["elements"][0]["text"] for b in answer["blocks"] if b["type"] == "context"]
    assert any(m.endswith("· ✓ reviewed") for m in marks) and any(m.endswith("· _unreviewed_") for m in marks)


async def test_a_non_editor_is_refused_and_nothing_changes(bot):
    claim = bot.runtime.holder.index.claims[0]
    value = json.dumps({"claim": claim.id, "v": 0})
    for action in ("review_approve", "review_reject", "review_edit"):
        await home_click(bot, action, value, user=ANALYST)
    await bot.fake.wait_for(lambda: len(bot.fake.calls_to("views.open")) == 3)
    for call in bot.fake.calls_to("views.open"):
        assert "Only editors can approve, reject, edit or merge" in dump(call.body["view"])
    errors = await submit(bot, "review_edit", value, {"stance": picked("denies")}, user=ANALYST)
    assert "Only editors" in errors["errors"]["note"]
    assert bot.runtime.holder.index.claim(claim.id).status == "auto"
    assert ReviewStore(bot.app.briefings.engine).history() == []  # nothing recorded


async def test_two_editors_at_once_one_decision_stands_and_the_other_is_told(bot):
    claim = bot.runtime.holder.index.claims[1]
    value = json.dumps({"claim": claim.id, "v": 0})  # both saw the claim undecided
    await home_click(bot, "review_approve", value, user=EDITOR)
    await home_click(bot, "review_reject", value, user=OTHER_EDITOR)
    await bot.fake.wait_for(lambda: len(bot.fake.calls_to("views.publish")) >= 2)
    told = {c.body["user_id"]: dump(c.body["view"]) for c in bot.fake.calls_to("views.publish")}
    assert f"Claim {claim.id} approved." in told[EDITOR]
    assert f"{EDITOR} approved this claim first" in told[OTHER_EDITOR]
    assert bot.runtime.holder.index.claim(claim.id).status == "approved"


async def test_edit_modal_validates_then_applies(bot):
    claim = next(c for c in bot.runtime.holder.index.claims if c.stance == "asserts")
    value = json.dumps({"claim": claim.id, "v": 0})
    await home_click(bot, "review_edit", value)
    await bot.fake.wait_for(lambda: bot.fake.calls_to("views.open"))
    modal = bot.fake.calls_to("views.open")[-1].body["view"]
    assert modal["callback_id"] == "review_edit" and json.loads(modal["private_metadata"])["claim"] == claim.id
    options = await post_payload(bot, {"type": "block_suggestion", "user": {"id": EDITOR}, "action_id": "speaker_pick",
                                       "block_id": "speaker", "value": "aust", "view": {"id": "VM"}})
    assert options["options"][0]["text"]["text"].startswith("Lloyd Austin")
    meta = modal["private_metadata"]
    both = await submit(bot, "review_edit", meta, {"speaker": picked("lloyd-austin", "external_select"),
                                                   "new_speaker": text_input("Jane Roe"), "stance": picked("asserts")})
    assert both["errors"] == {"new_speaker": "Pick a speaker or type a new name, not both."}
    nothing = await submit(bot, "review_edit", meta, {"stance": picked(claim.stance)})
    assert "Change the speaker, the stance or the tags" in nothing["errors"]["stance"]
    bad_tags = await submit(bot, "review_edit", meta, {"stance": picked("denies"), "tags": text_input("ok, not ok!")})
    assert "Tags are words" in bad_tags["errors"]["tags"]
    orphan = await submit(bot, "review_edit", meta, {"stance": picked("denies"), "new_aliases": text_input("Roe")})
    assert "for a new speaker" in orphan["errors"]["new_speaker"]
    done = await submit(bot, "review_edit", meta, {"stance": picked("denies"), "new_speaker": text_input("Jane Roe"),
                                                   "new_aliases": text_input("Ms Roe, J. Roe"),
                                                   "new_affiliation": text_input("Lowland Ministry of Defence"),
                                                   "tags": text_input("Kursk"), "note": text_input("misread")})
    assert done is None  # closed
    edited = bot.runtime.holder.index.claim(claim.id)
    assert (edited.status, edited.stance, edited.speaker, "kursk" in edited.tags) == ("edited", "denies",
                                                                                      "Jane Roe", True)
    roe = bot.runtime.holder.index.speakers[edited.speaker_id]
    assert (roe.aliases, roe.affiliation) == (("Ms Roe", "J. Roe"), "Lowland Ministry of Defence")
    assert bot.runtime.holder.query.by_speaker("Ms Roe").speaker == roe  # found by the alias the editor gave


async def test_merge_modal_refuses_unknown_ids_then_folds_the_duplicates(bot):
    keep, dup = bot.runtime.holder.index.claims[2:4]
    meta = json.dumps({"claim": keep.id, "v": 0})
    unknown = await submit(bot, "review_merge", meta, {"duplicates": text_input("c000000000ff")})
    assert unknown["errors"] == {"duplicates": "No claim c000000000ff in the index."}
    itself = await submit(bot, "review_merge", meta, {"duplicates": text_input(keep.id)})
    assert "itself" in itself["errors"]["duplicates"]
    assert await submit(bot, "review_merge", meta, {"duplicates": text_input(dup.id)}) is None
    assert bot.runtime.holder.index.claim(dup.id) is None
    assert f"merged:{dup.id}" in bot.runtime.holder.index.claim(keep.id).tags
