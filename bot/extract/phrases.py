"""Small readings of phrases that both the sentence attributor and the relay readers need: where
commas split a sentence, whether an appositive is a role, a title, a trailing name."""

from __future__ import annotations

import re

from bot.extract.affiliation import country_of
from bot.extract.lexicon import DEMONYMS, PERSON_ROLES, TITLES

# What a role given in an appositive looks like: "the head of ...", "a fellow at ...", "Putin's spokesperson".
# A capitalised name and nothing more: "The Guardian", "BBC News".
NAME_ONLY = re.compile(r"(?:The\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,3}")
ROLE = re.compile(r"^(?:also\s+)?(?:(?:a|an)\s|the\s+[a-z]|[A-Z][\w.-]*[’']s\s+[a-z]|(?:" + "|".join(
    sorted((re.escape(w) for w in PERSON_ROLES if w.isalpha()), key=len, reverse=True)) + r")\s+(?:of|at|for|to)\s)")


def comma_segments(text: str) -> list[str]:
    """Split on commas outside parentheses."""
    parts, depth, cur = [], 0, []
    for i, ch in enumerate(text):
        depth += ch == "("
        depth -= ch == ")"
        in_number = 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
        if ch == "," and depth == 0 and not in_number:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return parts


def has_role_noun(segment: str) -> bool:
    """"the head of the border guard": a role; "the discrepancy in the estimate": a claim."""
    return any(re.sub(r"[’']s$", "", w.lower().strip(",.")) in TITLES | PERSON_ROLES for w in segment.split()[:5]) \
        and not _FINITE.search(segment)  # ("the first deployment of 150 troops took place": a claim)


_FINITE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|took|takes|began|arrived|said)\b")


def titled(body: str) -> bool:
    """A title opening an appositive: "Under-Secretary-General for ...", "Secretary of ...",
    "Assistant Secretary-General for Europe"."""
    words = body.split()
    at = next((k for k, w in enumerate(words[:4]) if w in ("of", "for", "at", "to")), 0)
    return at > 0 and len(words) > at + 1 and \
        all(p in TITLES for w in words[:at] for p in w.lower().split("-"))


def titled_alone(phrase: str) -> bool:
    """A title with no name after it: "Deputy U.S. Ambassador to the U.N."."""
    words = [w.strip(".") for w in phrase.split() if w.lower() not in ("to", "the", "of", "for", "at")]
    return bool(words) and all(w.lower() in TITLES or w.lower().replace(".", "") in {"us", "un", "uk", "eu"}
                               or w.lower() in DEMONYMS or w.istitle() and w.isalpha() and country_of(w)
                               for w in words)  # ("Dutch Defence Minister")


def trailing_name(text: str) -> str:
    """The titled name a phrase ends with: "the statement from Foreign Ministry spokesperson Lin Jian"."""
    words = text.split()
    i = len(words)
    while i and (words[i - 1][:1].isupper() or words[i - 1].lower() in TITLES | {"of"}):
        i -= 1
    return " ".join(words[i:]).removeprefix("of ").strip()


def join_roles(title: str, appositive: str) -> str:
    """"Lieutenant General" + "the head of HUR" -> "Lieutenant General, head of HUR"."""
    appositive = re.sub(r"^(?:also\s+)?(?:the|a|an)\s+", "", appositive.strip())
    return ", ".join(r for r in (title.strip(), appositive) if r)
