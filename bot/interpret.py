"""What a free-text message (a DM or a mention) is asking for.

People write questions, not commands: "who said fair game?", "what did China say",
"did the Kremlin deny it?", "troops in Kursk". A handful of patterns route the common question
shapes; anything else is a plain search, which is never a wrong answer, only a broader one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

IntentKind = Literal["help", "who_said", "speaker", "denials", "search"]

_HELP = re.compile(r"^\s*(help|\?|hi|hello|hey|what can you do)\W*$", re.I)
_WHO_SAID = re.compile(
    r"^\s*who\s+(?:said|says|claimed|claims|stated|called|warned|reported)\s+(?:that\s+)?(?P<phrase>.+?)[\s?.!]*$",
    re.I)
_WHAT_DID = re.compile(
    r"^\s*what\s+(?:did|does|has|have|do)\s+(?:the\s+)?(?P<who>.+?)\s+(?:say|said|claim|claimed|tell|told|"
    r"report|reported|state|stated)(?:\s+about\s+(?P<about>.+?))?[\s?.!]*$", re.I)
_DENY_WORDS = r"(?:deny|denied|denies|denial|denials|reject|rejected|rejects|dismiss|dismissed|dismisses)"
_DID_DENY = re.compile(
    rf"^\s*(?:did|does|has|have|do)\s+(?:the\s+)?(?P<who>.+?)\s+{_DENY_WORDS}\b", re.I)
_ANY_DENY = re.compile(rf"\b{_DENY_WORDS}\b", re.I)
_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")


@dataclass(frozen=True)
class Intent:
    kind: IntentKind
    text: str = ""  # the phrase, the name, or the search text
    about: str = ""  # optional narrowing ("what did X say about Y")


def interpret(message: str) -> Intent:
    text = _MENTION.sub(" ", message).strip()
    if not text or _HELP.match(text):
        return Intent("help")
    if m := _WHO_SAID.match(text):
        return Intent("who_said", m["phrase"].strip("\"'“”‘’ "))
    if m := _WHAT_DID.match(text):
        return Intent("speaker", m["who"].strip(), (m["about"] or "").strip())
    if m := _DID_DENY.match(text):
        return Intent("denials", m["who"].strip())
    if _ANY_DENY.search(text) and len(text.split()) <= 4:
        return Intent("denials", "")
    return Intent("search", text.strip(" ?!."))
