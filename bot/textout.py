"""A Block Kit message as terminal text, for `nkbot ask --format text` and the console.

Undoes Slack's escaping and turns `<url|label>` links into `label (url)`, so what a developer
reads is what a Slack user would read.
"""

from __future__ import annotations

import re
from typing import Any

_LINK = re.compile(r"<([^|<>]+)\|([^<>]+)>")


def plain(mrkdwn: str) -> str:
    text = _LINK.sub(lambda m: f"{m[2]} ({m[1]})", mrkdwn)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def to_text(message: dict[str, Any]) -> str:
    lines: list[str] = []
    for block in message.get("blocks") or []:
        kind = block.get("type")
        if kind in ("section", "header"):
            lines.append(plain(block["text"]["text"]))
            if kind == "header":
                lines.append("=" * min(len(lines[-1]), 60))
        elif kind == "context":
            lines.append("    " + " ".join(plain(e.get("text", "")) for e in block.get("elements", [])))
        elif kind == "divider":
            lines.append("-" * 60)
        elif kind == "actions":
            if any(e.get("action_id") == "show_context" for e in block.get("elements", [])):
                continue  # a claim's own buttons: Slack-only
            labels = [e["text"]["text"] for e in block.get("elements", []) if e.get("type") == "button"]
            lines.append("[" + "] [".join(labels) + "]")
    return "\n".join(lines) if lines else plain(message.get("text", ""))


def more_state(message: dict[str, Any]) -> str | None:
    """The value of the message's Show more button, if it has one."""
    for block in message.get("blocks") or []:
        for e in block.get("elements", []) if block.get("type") == "actions" else []:
            if e.get("action_id") == "show_more":
                return e.get("value")
    return None
