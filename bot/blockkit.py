"""Checks a Block Kit message before it leaves the process, failing loudly.

`slack_sdk.models.blocks` parses blocks and enforces some limits, but only on `to_dict()`, and
it returns `None` for a block type it does not know. Slack has also rejected messages of about
13,000 characters that met every documented limit. So we parse every block, serialise it, and
check the message-level limits ourselves, each with a margin. slack_sdk (3.x) does not check the
length of a context element's text, of a section field, or of an option's text and value, so those
are checked here too: a document's title must never make Slack refuse a message we already sent
as valid.

Cheap checks come first (sizes, counts, lengths), so a message too large fails before any
parsing and the caller can render fewer items at once. slack_sdk's parse was three quarters of an
answer's CPU; the same blocks recur from reply to reply (a claim, a header, a menu), so its verdict
is remembered per block, keyed by the block's exact JSON: the same text gives the same verdict.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from slack_sdk.errors import SlackObjectFormationError
from slack_sdk.models.blocks import Block

MAX_BLOCKS = 45  # Slack: 50
MAX_HOME_BLOCKS = 90  # Slack: 100 in a Home tab
MAX_SECTION_TEXT = 2900  # Slack: 3000
MAX_CONTEXT_ELEMENTS = 10
MAX_CONTEXT_TEXT = 2900  # Slack: 3000 per element
MAX_FIELD_TEXT = 1900  # Slack: 2000 per section field
MAX_HEADER_TEXT = 150
MAX_BUTTON_VALUE = 2000
MAX_OPTION_TEXT = 75
MAX_OPTION_VALUE = 150
MAX_FALLBACK_TEXT = 3000
MAX_PAYLOAD_CHARS = 10_000  # observed rejections near 13,000


class MessageInvalid(Exception):
    """A rendered message Slack would reject or render wrongly: a bug in a template or its data."""


class MessageTooLarge(MessageInvalid):
    """Valid blocks, but too much of them; the caller may retry with fewer items."""


def validate_message(message: dict[str, Any]) -> dict[str, Any]:
    """Check a chat message (`text` + `blocks`); return it unchanged."""
    text = message.get("text")
    if not isinstance(text, str) or not text.strip():
        raise MessageInvalid("message has no fallback text")
    if len(text) > MAX_FALLBACK_TEXT:
        raise MessageTooLarge(f"fallback text is {len(text)} characters (limit {MAX_FALLBACK_TEXT})")
    size = len(json.dumps(message, ensure_ascii=False))
    if size > MAX_PAYLOAD_CHARS:
        raise MessageTooLarge(f"message is {size} characters of JSON (budget {MAX_PAYLOAD_CHARS})")
    _validate_blocks(message.get("blocks") or [], MAX_BLOCKS)
    return message


def validate_home(view: dict[str, Any]) -> dict[str, Any]:
    if view.get("type") != "home":
        raise MessageInvalid("an App Home view must have type 'home'")
    _validate_blocks(view.get("blocks") or [], MAX_HOME_BLOCKS)
    return view


MAX_MODAL_TITLE = 24  # also its submit and close buttons


def validate_modal(view: dict[str, Any]) -> dict[str, Any]:
    if view.get("type") != "modal":
        raise MessageInvalid("a modal view must have type 'modal'")
    for part in ("title", "submit", "close"):
        if len((view.get(part) or {}).get("text", "")) > MAX_MODAL_TITLE:
            raise MessageInvalid(f"modal {part} over {MAX_MODAL_TITLE} characters")
    size = len(json.dumps(view, ensure_ascii=False))
    if size > MAX_PAYLOAD_CHARS * 2:
        raise MessageTooLarge(f"modal is {size} characters of JSON")
    _validate_blocks(view.get("blocks") or [], MAX_HOME_BLOCKS)
    return view


def _validate_blocks(blocks: list[Any], limit: int) -> None:
    if not isinstance(blocks, list) or not blocks:
        raise MessageInvalid("message has no blocks")
    if len(blocks) > limit:
        raise MessageTooLarge(f"{len(blocks)} blocks (limit {limit})")
    for n, raw in enumerate(blocks, 1):
        if not isinstance(raw, dict) or not isinstance(raw.get("type"), str):
            raise MessageInvalid(f"block {n}: not a block: {str(raw)[:80]!r}")
        _check_fields(n, raw)  # first: a length over our margin is MessageTooLarge, which callers can page
        if problem := _sdk_verdict(json.dumps(raw, ensure_ascii=False, sort_keys=True)):
            raise MessageInvalid(f"block {n} ({raw['type']}): {problem}")


@lru_cache(maxsize=8192)
def _sdk_verdict(block_json: str) -> str | None:
    """slack_sdk's objection to a block (given as its JSON), or None."""
    raw = json.loads(block_json)
    block = Block.parse(raw)
    if block is None:
        return f"unknown block type {raw.get('type')!r}"
    try:
        block.to_dict()
    except SlackObjectFormationError as exc:
        return str(exc)
    return None


def _check_fields(n: int, raw: dict[str, Any]) -> None:
    kind = raw["type"]
    _check_options(n, raw)
    if kind == "section":
        texts = [(raw.get("text") or {}, MAX_SECTION_TEXT, "section text")]
        texts += [(f, MAX_FIELD_TEXT, "section field") for f in raw.get("fields") or []]
        for t, limit, what in texts:
            if len(t.get("text", "")) > limit:
                raise MessageTooLarge(f"block {n}: {what} over {limit} characters")
            if t and not t.get("text", "").strip():
                raise MessageInvalid(f"block {n}: empty {what}")
    elif kind == "context":
        if len(raw.get("elements") or []) > MAX_CONTEXT_ELEMENTS:
            raise MessageInvalid(f"block {n}: more than {MAX_CONTEXT_ELEMENTS} context elements")
        for e in raw.get("elements") or []:
            if len(e.get("text") or "") > MAX_CONTEXT_TEXT:
                raise MessageTooLarge(f"block {n}: context text over {MAX_CONTEXT_TEXT} characters")
    elif kind == "header" and len((raw.get("text") or {}).get("text", "")) > MAX_HEADER_TEXT:
        raise MessageInvalid(f"block {n}: header over {MAX_HEADER_TEXT} characters")
    elif kind == "actions":
        ids = [e.get("action_id") for e in raw.get("elements") or []]
        if len(set(ids)) != len(ids):
            raise MessageInvalid(f"block {n}: duplicate action_id")
        for e in raw.get("elements") or []:
            if len(e.get("value", "")) > MAX_BUTTON_VALUE:
                raise MessageInvalid(f"block {n}: button value over {MAX_BUTTON_VALUE} characters")


def _check_options(n: int, node: Any) -> None:
    """Every option object anywhere in the block (overflow menus, selects, their initial option)."""
    if isinstance(node, list):
        for item in node:
            _check_options(n, item)
    elif isinstance(node, dict):
        options = list(node.get("options") or []) + list(node.get("initial_options") or [])
        options += [node["initial_option"]] if isinstance(node.get("initial_option"), dict) else []
        for o in options:
            if len((o.get("text") or {}).get("text", "")) > MAX_OPTION_TEXT:
                raise MessageInvalid(f"block {n}: option text over {MAX_OPTION_TEXT} characters")
            if len(o.get("value") or "") > MAX_OPTION_VALUE:
                raise MessageInvalid(f"block {n}: option value over {MAX_OPTION_VALUE} characters")
        for key, value in node.items():
            if key not in ("options", "initial_options", "initial_option"):
                _check_options(n, value)
