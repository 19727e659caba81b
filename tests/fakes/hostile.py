"""What an attacker's page can carry into a message: titles, outlets and authors far over Slack's
limits, and the invisible controls that reorder or hide text (bidi overrides, zero-width spaces)."""

from __future__ import annotations

import json

TITLE_NO_SPACES = "X" * 5000
TITLE_WITH_SPACES = ("Envoy warns of new deployment at the harbour " * 250)[:10_000]  # 10,000 characters
LONG_OUTLET = "Outlet " * 428 + "End"  # 2,999 characters
LONG_AUTHOR = ("Dana Whitlock " * 215)[:3000]  # 3,000 characters
# zero-width spaces, joiners and marks; bidi embeddings and overrides; isolates; BOM, word joiner, Arabic mark
CONTROLS = ("\u200b\u200c\u200d\u200e\u200f" "\u202a\u202b\u202c\u202d\u202e" "\u2066\u2067\u2068\u2069"
            "\ufeff\u2060\u061c")


def with_controls(sentence: str) -> str:
    """`sentence` with a control character after every word: what it displays is unchanged once they
    are dropped."""
    words = sentence.split(" ")
    return " ".join(w + CONTROLS[i % len(CONTROLS)] for i, w in enumerate(words))


def without_controls(text: str) -> str:
    return "".join(ch for ch in text if ch not in CONTROLS)


def shown(message: dict) -> str:
    """Everything in a message or view, as Slack would receive it."""
    return json.dumps(message, ensure_ascii=False)


def assert_no_controls(message: dict) -> None:
    text = shown(message)
    found = sorted({f"U+{ord(ch):04X}" for ch in text if ch in CONTROLS})
    assert not found, f"invisible controls reached Slack: {found}"
