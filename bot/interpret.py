"""What a free-text message (a DM or a mention) is asking for.

People write questions, not commands: "who said fair game?", "what did China say",
"did the Kremlin deny it?", "has Pyongyang confirmed it?", "how many troops?", "which sources
disagree?", "when did they get to Kursk?", "what happened in Kursk?", "what changed this week?",
"troops in Kursk", or a command without its slash ("who-said Austin"). A handful of patterns route
each common question shape to the view that answers it (a speaker's claims, denials, a speaker's
confirmations and denials, the key numbers, where figures disagree, the timeline, what is new);
anything else is a plain search, which is never a wrong answer, only a broader one.

Order matters: the shape of the sentence (who said, what did X say, did X deny) is read before
its vocabulary (numbers, timeline), so "what did Seoul say about troop numbers?" is Seoul's claims
with figures, not the key numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Literal

IntentKind = Literal["help", "command", "who_said", "speaker", "denials", "confirmations", "stance", "figures",
                     "contested", "timeline", "recent", "search"]

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
# "has North Korea confirmed sending troops?", "did Moscow acknowledge it": what one speaker says of it
_HAS_CONFIRMED = re.compile(r"^\s*(?:has|have|did|does|do|is|was)\s+(?:the\s+)?(?P<who>.+?)\s+(?:(?:ever|officially|"
                            r"publicly|now|already)\s+)?(?:confirm(?:ed|s)?|acknowledg(?:e|ed|es)|admit(?:ted|s)?|"
                            r"verif(?:y|ied|ies))\b(?P<about>.*)$", re.I)
# "which sources disagree on the numbers?", "conflicting estimates": the key numbers sources dispute
_CONTESTED = re.compile(r"\b(?:disagree\w*|differ|differs|differing|different|conflict\w*|contradict\w*|contested|"
                        r"dispute[sd]?|discrepanc\w+|inconsistent)\b", re.I)
# "what happened in Vladivostok?": that place's story, in date order
_HAPPENED = re.compile(r"^\s*what\s*(?:'s|’s|\s+is|\s+has|\s+was)?\s+(?:happened|happening|going\s+on|went\s+on|"
                       r"been\s+happening)\s+(?:in|at|near|around|on|with|to)\s+(?:the\s+)?(?P<place>.+?)[\s?.!]*$", re.I)
# a command typed without its slash ("who-said Austin", "nk-timeline Kremlin")
_COMMAND_WORD = re.compile(r"^\s*/?(?P<name>[a-z0-9]+(?:[-_][a-z0-9]+)+)(?:\s+(?P<rest>.*))?$", re.I | re.S)
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
reached be been being changed new anything news week today past last tell me show please any which who whom
sources source say said says""".split())


@dataclass(frozen=True)
class Intent:
    kind: IntentKind
    text: str = ""  # the phrase, the name, or the search text
    about: str = ""  # optional narrowing ("what did X say about Y")
    days: int = 0  # how far back "what changed" looks
    figures: bool = False  # only claims that give figures ("what did Seoul say about troop numbers?")
    command: str = ""  # kind "command": the command typed without its slash ("/who-said"); `text` its words


def interpret(message: str, commands: Iterable[str] = ()) -> Intent:
    """What `message` asks for; `commands` are the bot's slash commands ("/who-said"), recognised
    when typed without the slash, since a DM has no slash commands of its own."""
    text = _MENTION.sub(" ", message).strip()
    if not text or _HELP.match(text):
        return Intent("help")
    if command := _command(text, commands):
        return command
    if m := _WHO_SAID.match(text):
        return Intent("who_said", m["phrase"].strip("\"'“”‘’ "))
    if m := _WHO_CONFIRMED.match(text):
        return Intent("confirmations", _about(m["about"]))
    if m := _WHAT_DID.match(text):
        about = (m["about"] or "").strip()
        if about and _FIGURES.search(about):  # "about troop numbers": their figures, on troops
            return Intent("speaker", m["who"].strip(), _about(about), figures=True)
        return Intent("speaker", m["who"].strip(), about)
    if m := _DID_DENY.match(text):
        return Intent("denials", m["who"].strip())
    if m := _HAS_CONFIRMED.match(text):
        return Intent("stance", m["who"].strip(), _about(m["about"]))
    if _ANY_DENY.search(text) and len(text.split()) <= 4:
        return Intent("denials", "")
    if m := _HAPPENED.match(text):
        return Intent("timeline", m["place"].strip())
    if _CONTESTED.search(text):
        return Intent("contested", _about(_CONTESTED.sub(" ", text)))
    if _WHEN.match(text):  # "timeline of the troop estimates": the estimates' story
        return Intent("timeline", _about(text), figures=bool(_FIGURES.search(text)))
    if _FIGURES.search(text):
        return Intent("figures", _about(text))
    if _RECENT.search(text):
        return Intent("recent", _about(text), days=1 if re.search(r"\btoday\b", text, re.I) else 7)
    return Intent("search", text.strip(" ?!."))


def _command(text: str, commands: Iterable[str]) -> Intent | None:
    """"who-said Austin" (or "/who-said Austin" pasted into a DM), "who-sayd Austin": that command.
    Only hyphenated words are read as commands, so a plain question is never mistaken for one; a
    misspelt one is the single command it is clearly closest to."""
    m = _COMMAND_WORD.match(text)
    if not m:
        return None
    names = {c.lstrip("/").lower(): c for c in commands}
    typed = m["name"].lower().replace("_", "-")
    if typed not in names:
        close = [n for n in names if _similar(typed, n)]
        if len(close) != 1:
            return None
        typed = close[0]
    return Intent("command", (m["rest"] or "").strip(), command=names[typed])


def _similar(a: str, b: str) -> bool:
    """One or two letters off (an edit-distance ratio of 0.8 or more), for a command's name."""
    return SequenceMatcher(None, a, b).ratio() >= 0.8


def content_words(text: str) -> str:
    """A question's words without its question words: what a search for it should look for."""
    return _about(text)


def _about(text: str) -> str:
    """What a question is about, without its question words: "when did they get to Kursk?" -> "Kursk"."""
    words = re.findall(r"[\w’'-]+", text)
    return " ".join(w for w in words if w.lower() not in _QUESTION_WORDS)
