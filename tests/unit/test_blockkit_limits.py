"""Every Slack limit a document's text can push a message over is checked before sending, including
those slack_sdk leaves unchecked (a context element's text, a section field, an option's text)."""

from __future__ import annotations

import pytest

from bot.blockkit import MessageInvalid, MessageTooLarge, validate_home, validate_message, validate_modal


def plain(text: str) -> dict:
    return {"type": "plain_text", "text": text}


def mrkdwn(text: str) -> dict:
    return {"type": "mrkdwn", "text": text}


def button(**changes) -> dict:
    return {"type": "button", "action_id": "b", "text": plain("Go"), "value": "v", **changes}


def overflow(text: str = "x", value: str = "v") -> dict:
    return {"type": "overflow", "action_id": "o", "options": [{"text": plain(text), "value": value},
                                                              {"text": plain("y"), "value": "w"}]}


def select(text: str) -> dict:
    option = {"text": plain(text), "value": "v"}
    return {"type": "static_select", "action_id": "s", "options": [option], "initial_option": option}


TOO_LARGE = [
    ("context text", {"type": "context", "elements": [mrkdwn("x" * 3001)]}),
    ("section field", {"type": "section", "fields": [mrkdwn("x" * 2001)]}),
    ("section text", {"type": "section", "text": mrkdwn("x" * 3001)}),
]
INVALID = [
    ("context elements", {"type": "context", "elements": [mrkdwn("x")] * 11}),
    ("fields", {"type": "section", "fields": [mrkdwn("x")] * 11}),
    ("header", {"type": "header", "text": plain("x" * 151)}),
    ("button text", {"type": "actions", "elements": [button(text=plain("x" * 76))]}),
    ("button value", {"type": "actions", "elements": [button(value="x" * 2001)]}),
    ("button url", {"type": "actions", "elements": [button(url="https://example.org/" + "a" * 3000)]}),
    ("overflow option text", {"type": "actions", "elements": [overflow(text="x" * 76)]}),
    ("overflow option value", {"type": "actions", "elements": [overflow(value="x" * 151)]}),
    ("select option text", {"type": "section", "text": mrkdwn("x"), "accessory": select("x" * 76)}),
    ("alt_text", {"type": "image", "image_url": "https://example.org/a.png", "alt_text": "x" * 2001}),
]


@pytest.mark.parametrize(("what", "block"), TOO_LARGE, ids=[w for w, _ in TOO_LARGE])
def test_a_text_over_its_limit_is_too_large_so_callers_show_less(what, block):
    with pytest.raises(MessageTooLarge):
        validate_message({"text": "t", "blocks": [block]})


@pytest.mark.parametrize(("what", "block"), INVALID, ids=[w for w, _ in INVALID])
def test_a_part_over_slacks_limit_is_refused(what, block):
    with pytest.raises(MessageInvalid):
        validate_message({"text": "t", "blocks": [block]})


@pytest.mark.parametrize(("what", "block"), TOO_LARGE + INVALID, ids=[w for w, _ in TOO_LARGE + INVALID])
def test_the_same_part_within_its_limit_passes(what, block):
    """The checks above fail for the length, not for the shape of the block."""
    def shrink(node):
        if isinstance(node, dict):
            return {k: (v[:20] if isinstance(v, str) and k in ("text", "value", "alt_text") else
                        "https://example.org/" if k == "url" else shrink(v)) for k, v in node.items()}
        return [shrink(v) for v in node[:10]] if isinstance(node, list) else node
    validate_message({"text": "t", "blocks": [shrink(block)]})


def test_fallback_text_and_block_counts():
    with pytest.raises(MessageTooLarge, match="fallback"):
        validate_message({"text": "x" * 3001, "blocks": [{"type": "divider"}]})
    with pytest.raises(MessageTooLarge):
        validate_home({"type": "home", "blocks": [{"type": "divider"}] * 101})
    with pytest.raises(MessageTooLarge):
        validate_modal({"type": "modal", "title": plain("T"), "blocks": [{"type": "divider"}] * 101})


@pytest.mark.parametrize("part", ["title", "submit", "close"])
def test_a_modals_title_and_buttons_are_at_most_24_characters(part):
    view = {"type": "modal", "title": plain("T"), "close": plain("Close"), "blocks": [{"type": "divider"}]}
    validate_modal(view)
    with pytest.raises(MessageInvalid, match=part):
        validate_modal({**view, part: plain("x" * 25)})
