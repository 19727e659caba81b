"""A Block Kit message as terminal text, for `nkbot ask --format text` and the console.

Undoes Slack's escaping and turns `<url|label>` links into `label (url)`, so what a developer
reads is what a Slack user would read.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_LINK = re.compile(r"<([^|<>]+)\|([^<>]+)>")


def plain(mrkdwn: str) -> str:
    text = _LINK.sub(lambda m: f"{m[2]} ({m[1]})", mrkdwn)
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def to_text(message: dict[str, Any], inline: Callable[[str], str] = plain, buttons: bool = True) -> str:
    """The message's blocks as lines; `inline` renders a piece of mrkdwn (`plain`: Slack's markup
    kept, links spelt out, for tests and logs; `bot.terminal` renders it for a person), `buttons`
    lists the buttons' labels."""
    lines: list[str] = []
    for block in message.get("blocks") or []:
        kind = block.get("type")
        if kind in ("section", "header"):
            text = block["text"]["text"]
            lines.append(inline(text) if block["text"].get("type") == "mrkdwn" else plain(text))
            if kind == "header":
                lines.append("=" * min(len(lines[-1]), 60))
        elif kind == "context":
            lines.append("    " + " ".join(inline(e.get("text", "")) for e in block.get("elements", [])))
        elif kind == "divider":
            lines.append("-" * 60)
        elif kind == "actions" and buttons:
            if any(e.get("action_id") == "show_context" for e in block.get("elements", [])):
                continue  # a claim's own buttons: Slack-only
            labels = [e["text"]["text"] for e in block.get("elements", []) if e.get("type") == "button"]
            lines.append("[" + "] [".join(labels) + "]")
    return "\n".join(lines) if lines else inline(message.get("text", ""))


def more_state(message: dict[str, Any]) -> str | None:
    """The value of the message's Show more button, if it has one."""
    for block in message.get("blocks") or []:
        for e in block.get("elements", []) if block.get("type") == "actions" else []:
            if e.get("action_id") == "show_more":
                return e.get("value")
    return None
