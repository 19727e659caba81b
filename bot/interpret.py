"""What a free-text message (a DM or a mention) is asking for.

People write questions, not commands: "who said fair game?", "what did China say",
"did the Kremlin deny it?", "how many troops?", "when did they get to Kursk?", "what changed this
week?", "troops in Kursk". A handful of patterns route each common question shape to the view that
answers it (a speaker's claims, denials, the key numbers, the timeline, what is new); anything else
is a plain search, which is never a wrong answer, only a broader one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

IntentKind = Literal["help", "who_said", "speaker", "denials", "confirmations", "figures", "timeline", "recent",
                     "search"]

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
_WHO_CONFIRMED = re.compile(r"^\s*(?:who|which\s+\w+)\s+(?:has\s+|have\s+)?(?:confirmed|confirms|acknowledged|"
                            r"admitted|verified)\b(?P<about>.*)$", re.I)
_MENTION = re.compile(r"<@[A-Z0-9]+(?:\|[^>]*)?>")
# "how many troops?", "casualties", "what is the latest estimate": the key numbers
_FIGURES = re.compile(r"\b(?:how\s+many|how\s+much|casualt\w*|death\s+toll|(?:latest|newest|current)\s+"
                      r"(?:estimates?|figures?|numbers?)|estimates?|figures|numbers)\b", re.I)
# "what changed this week?", "what's new", "anything new today": the newest claims, by days back
_RECENT = re.compile(r"\b(?:what(?:'s|’s|\s+is|\s+has)?\s+(?:changed|new)|anything\s+new|news|this\s+week|today|"
                     r"past\s+week|last\s+week|latest)\b", re.I)
# "when did they get to Kursk?", "since when ...": the timeline
_WHEN = re.compile(r"^\s*(?:when|since\s+when|timeline)\b", re.I)
# Words of the question itself, not of what it is about.
_QUESTION_WORDS = set("""how many much what whats what's is are was were has have had did do does the a an of in on to
about there their they them it its that this these those so far now currently latest newest current estimate
estimates figure figures number numbers when since timeline get got arrive arrived go went come came reach
reached be been being changed new anything news week today past last tell me show please any""".split())


@dataclass(frozen=True)
class Intent:
    kind: IntentKind
    text: str = ""  # the phrase, the name, or the search text
    about: str = ""  # optional narrowing ("what did X say about Y")
    days: int = 0  # how far back "what changed" looks


def interpret(message: str) -> Intent:
    text = _MENTION.sub(" ", message).strip()
    if not text or _HELP.match(text):
        return Intent("help")
    if m := _WHO_SAID.match(text):
        return Intent("who_said", m["phrase"].strip("\"'“”‘’ "))
    if m := _WHO_CONFIRMED.match(text):
        return Intent("confirmations", _about(m["about"]))
    if m := _WHAT_DID.match(text):
        return Intent("speaker", m["who"].strip(), (m["about"] or "").strip())
    if m := _DID_DENY.match(text):
        return Intent("denials", m["who"].strip())
    if _ANY_DENY.search(text) and len(text.split()) <= 4:
        return Intent("denials", "")
    if _FIGURES.search(text):
        return Intent("figures", _about(text))
    if _WHEN.match(text):
        return Intent("timeline", _about(text))
    if _RECENT.search(text):
        return Intent("recent", _about(text), days=1 if re.search(r"\btoday\b", text, re.I) else 7)
    return Intent("search", text.strip(" ?!."))


def _about(text: str) -> str:
    """What a question is about, without its question words: "when did they get to Kursk?" -> "Kursk"."""
    words = re.findall(r"[\w’'-]+", text)
    return " ".join(w for w in words if w.lower() not in _QUESTION_WORDS)
