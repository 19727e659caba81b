"""Who speaks for whom: the members counted under a speaker when someone asks for it.

"What did NATO say?" means NATO's own statements and those of whoever speaks for it: its
spokespeople, "a NATO official" an article quoted, and in turn whoever speaks for them. The chain
is read from what the registry and extraction know of each speaker (person -> institution ->
country), never from a list of names:

- whoever names a speaker as their affiliation ("Japan's Defence Ministry": that ministry, or
  Japan when the article's ministry is not known as a speaker);
- a speaker whose own name is an official of a known speaker ("a NATO official", "a Japanese
  government spokesman"): that speaker;
- an official of a country ("a Japanese spokesman", a state body with no affiliation of its own):
  that country's government.

An academic, an outlet or an unnamed "analyst" of a country does not speak for its government.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from bot.index.model import Speaker
from bot.index.speakers import SpeakerDirectory, normalize_name

# Names of state bodies, as opposed to think tanks, universities and outlets of the same country.
STATE_BODY = re.compile(r"\b(?:ministry|ministries|agency|service|military|forces|army|navy|staff|council|office|"
                        r"department|embassy|command|intelligence|government|kremlin|pentagon|directorate|"
                        r"commission|presidency|cabinet|administration|chiefs|guard|police|border|parliament|"
                        r"assembly|air force)\b", re.I)
# Words that make someone an official, who speaks for the body or country their name or role names.
OFFICIAL = re.compile(r"\b(?:officials?|spokes(?:man|men|woman|women|person|people)|diplomats?|ministers?|envoys?|"
                      r"ambassadors?|representatives?|government|authorities|officers?|secretary|advis[eo]rs?|"
                      r"commanders?|military|ministry|agency|presidency)\b", re.I)
NAME_WORDS = 4  # the longest run of words looked up as a speaker's name inside another's


def members(speakers: Mapping[str, Speaker], directory: SpeakerDirectory) -> dict[str, list[str]]:
    """speaker id -> ids of everyone who speaks for it, directly or through others, sorted."""
    governments = {s.country: s.id for s in speakers.values() if s.kind == "government" and s.country}
    direct: dict[str, set[str]] = {}
    for s in speakers.values():
        parent = _parent(s, speakers, directory, governments)
        if parent and parent != s.id:
            direct.setdefault(parent, set()).add(s.id)
    found: dict[str, list[str]] = {}
    for sid in direct:
        seen: set[str] = set()
        todo = list(direct[sid])
        while todo:
            m = todo.pop()
            if m not in seen and m != sid:
                seen.add(m)
                todo.extend(direct.get(m, ()))
        found[sid] = sorted(seen)
    return found


def _parent(s: Speaker, speakers: Mapping[str, Speaker], directory: SpeakerDirectory,
            governments: Mapping[str, str]) -> str:
    """The speaker `s` speaks for, or ""."""
    if s.affiliation:
        return _affiliation(s.affiliation, speakers, directory, governments)
    if s.kind == "vague" or s.generated:
        named = _named_inside(s, directory)
        if named and OFFICIAL.search(s.name):
            return named
    if s.kind == "government":
        return ""
    gov = governments.get(s.country, "")
    if s.kind == "institution" and STATE_BODY.search(s.name):
        return gov
    if (s.kind == "vague" or s.generated) and OFFICIAL.search(f"{s.name} {s.role}"):
        return gov
    return ""


def _affiliation(name: str, speakers: Mapping[str, Speaker], directory: SpeakerDirectory,
                 governments: Mapping[str, str]) -> str:
    """The speaker an affiliation names: its id, its name, the body of the country it names
    ("Japan's Defence Ministry"), else that country itself."""
    if name in speakers:
        return name
    match = directory.find(name)
    if match.status == "found" and match.speaker:
        return match.speaker.id
    owner, sep, _rest = normalize_name(name).partition("'s ")
    owner_speaker = directory.exact(owner) if sep else None
    if owner_speaker is not None:
        return governments.get(owner_speaker.country, owner_speaker.id) if owner_speaker.kind != "institution" \
            else owner_speaker.id
    return ""


def _named_inside(s: Speaker, directory: SpeakerDirectory) -> str:
    """The known speaker whose name is a run of words of `s`'s name ("a NATO official" -> NATO),
    the longest run first."""
    words = normalize_name(s.name).split()
    for size in range(min(NAME_WORDS, len(words)), 0, -1):
        for k in range(len(words) - size + 1):
            found = directory.exact(" ".join(words[k:k + size]))
            if found is not None and found.id != s.id and found.kind != "vague":
                return found.id
    return ""
