"""Slack's markup as a terminal shows it, for `nkbot ask`, the console and the briefing preview.

Slack would render `*bold*`, `_italic_` and `<url|label>` links and decode `&amp;`; a terminal
shows them as typed. On a terminal that takes colour (a tty, `NO_COLOR` unset, `TERM` not
"dumb") bold and italic become ANSI styles and a link its label, clickable (OSC 8 hyperlinks,
which terminals that lack them print as the plain label). Elsewhere (a pipe, a file) the markers
go and a link reads "label (address)", the address without the highlight fragment (`#:~:text=`,
for browsers) and without percent-escapes a reader need not see.
"""

from __future__ import annotations

import os
import re
from typing import IO, Any
from urllib.parse import unquote

from bot.textout import to_text

_LINK = re.compile(r"<([^|<>\s]+)(?:\|([^<>]+))?>")
_BOLD = re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])")
_ITALIC = re.compile(r"(?<![\w_])_(?!\s)([^_\n]+?)(?<!\s)_(?![\w_])")
_ENTITIES = (("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"))


def wants_color(stream: IO[str]) -> bool:
    """Styles only for a person at a terminal that shows them (https://no-color.org)."""
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty()) and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def readable_url(url: str) -> str:
    """The address as a person reads it: no highlight fragment, escapes decoded where that keeps
    it one word."""
    url = url.split("#:~:text=", 1)[0]
    decoded = unquote(url)
    return decoded if decoded.isprintable() and not any(c.isspace() for c in decoded) else url


def mrkdwn(text: str, color: bool = False) -> str:
    """One piece of Slack mrkdwn as terminal text."""
    out, at = [], 0
    for m in _LINK.finditer(text):
        out.append(_styled(text[at:m.start()], color))
        out.append(_link(m[1], _styled(m[2], color) if m[2] else "", color))
        at = m.end()
    out.append(_styled(text[at:], color))
    return "".join(out)


def to_terminal(message: dict[str, Any], color: bool = False, more_hint: str = "") -> str:
    """A whole message; its buttons (Slack's) left out, `more_hint` said instead where it has Show more."""
    text = to_text(message, inline=lambda t: mrkdwn(t, color), buttons=False)
    if more_hint and _has_more(message):
        text += "\n" + (f"\x1b[2m{more_hint}\x1b[22m" if color else more_hint)
    return text


def _styled(text: str, color: bool) -> str:
    if color:
        text = _BOLD.sub(lambda m: f"\x1b[1m{m[1]}\x1b[22m", text)
        text = _ITALIC.sub(lambda m: f"\x1b[3m{m[1]}\x1b[23m", text)
    else:
        text = _ITALIC.sub(r"\1", _BOLD.sub(r"\1", text))
    for entity, char in _ENTITIES:
        text = text.replace(entity, char)
    return text


def _link(url: str, label: str, color: bool) -> str:
    url = url.replace("&amp;", "&")
    if not label:
        return readable_url(url)
    if color:
        return f"\x1b]8;;{url}\x1b\\\x1b[4m{label}\x1b[24m\x1b]8;;\x1b\\"
    return f"{label} ({readable_url(url)})"


def _has_more(message: dict[str, Any]) -> bool:
    return any(e.get("action_id") == "show_more" for b in message.get("blocks") or [] if b.get("type") == "actions"
               for e in b.get("elements", []))
