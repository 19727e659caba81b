"""Where a sentence introduces someone: the shapes news uses to name a source the first time.

Found in every sentence, quoted or not, speaking or not, so that a later "Yusov said", "the GUR
noted" or "the lawmaker added" can be resolved (`entities.py`):

  Foreign Ministry spokesperson Lee Jae-woong ...        title words before a name
  Andriy Yusov, a representative of the Main ... (GUR)   a name with its role in an appositive
  a sniper surnamed Ri / identified by the surname of Paik / his surname, Ri
  the Main Intelligence Agency (GUR)                     an organisation and its acronym
  the Chosun Ilbo newspaper / Yonhap news agency         an outlet named with its kind
  the Central Military Commission of the Workers' Party  an organisation by name

Each is returned as the phrase to resolve and the role the sentence gives it; resolving is the
subject resolver's job, recording the entity's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.extract.lexicon import ORG_WORDS, OUTLET_NOUNS, PERSON_ROLES, TITLES

_NAME_WORD = r"[A-Z][\w'’.-]*"
_NAME = rf"{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}}"
_ROLE_WORDS = sorted(PERSON_ROLES | {t for t in TITLES if len(t) > 3 and t.isalpha()} | {"under-secretary-general"},
                     key=len, reverse=True)
_ROLE_NOUN = r"(?i:" + "|".join(re.escape(w) for w in _ROLE_WORDS) + r")"
_GLUE = r"(?:of|for|and|the|on|at|in|\([A-Z]{2,8}\))"
# "of the Ministry of Defense of Ukraine", "at the Center for Strategic and International Studies (CSIS)"
_OF_ORG = rf"(?:\s+(?:of|for|at|in|with|to)\s+(?:the\s+)?{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|{_GLUE}))*)?"
# NAME, ROLE: the role is an article, up to three modifiers, a role noun and what it is of.
APPOSITIVE = re.compile(
    rf"(?<![\w’'])(?P<name>{_NAME}),\s+(?P<role>(?:(?i:a|an|the|also)\s+)?(?:[\w’'-]+\s+){{0,3}}?{_ROLE_NOUN}{_OF_ORG})"
    r"(?=\s*[,.;)]|\s+(?:said|says|told|tells|who|and|was|is|has|had|made|added|noted)\b|$)")
SURNAMED = re.compile(
    rf"(?P<role>(?:\b(?:a|an|the|The|A)\s+)?(?:[\w’'-]+\s+){{0,3}}?(?:{_ROLE_NOUN}|man|woman|person)s?\s+)?"
    r"(?:surnamed|[Ii]dentified\s+(?:only\s+)?(?:by\s+(?:his|her|the)\s+(?:sur|family\s+)?name(?:\s+of)?|as)"
    r"|(?:his|her)\s+surname,)\s+(?P<name>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\b")
ACRONYM = re.compile(r"\s?\((?P<acr>[A-Z][A-Z-]{1,7})\)")
OUTLET = re.compile(
    rf"(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,3}})\s+(?P<kind>(?:news\s+)?(?:"
    + "|".join(sorted(OUTLET_NOUNS)) + r"))\b"
    rf"|\b(?P<kind2>(?:state\s+)?(?:news\s+agency|newspaper|broadcaster|daily))\s+(?P<name2>{_NAME})")
_CAPS_RUN = re.compile(rf"{_NAME_WORD}(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?{_NAME_WORD})*")
_HONORIFICS = {"rep.", "sen.", "gen.", "lt.", "col.", "mr.", "ms.", "mrs.", "dr.", "prof.", "adm.", "capt.", "maj."}


@dataclass(frozen=True)
class Introduction:
    phrase: str  # the name as written, to resolve
    role: str = ""
    kind: str = ""  # "person", "institution", or "" to let the resolver decide
    acronym: str = ""


def introductions(sentence: str) -> list[Introduction]:
    found: list[Introduction] = []
    for m in APPOSITIVE.finditer(sentence):
        name = trim_name(m.group("name"))
        if name:
            found.append(Introduction(name, m.group("role").strip(" ."), "person"))
    for m in SURNAMED.finditer(sentence):
        role = re.sub(r"^(?:a|an|the)\s+", "", (m.group("role") or "").strip(), flags=re.I)
        found.append(Introduction(m.group("name"), role, "person"))
    found += _titled_names(sentence)
    for m in ACRONYM.finditer(sentence):
        org = _organisation_before(sentence[:m.start()])
        if org:
            found.append(Introduction(org, "", "institution", m.group("acr")))
    for m in OUTLET.finditer(sentence):
        name, kind = (m.group("name"), m.group("kind")) if m.group("name") else (m.group("name2"), m.group("kind2"))
        name = re.sub(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?[’']s\s+", "", trim_name(name))  # "Norway's NTB"
        if name:
            found.append(Introduction(name, kind.lower(), "institution"))
    for m in _CAPS_RUN.finditer(sentence):
        words = trim_name(m.group(0).rstrip(".,;:")).split()
        heads = [k for k, w in enumerate(words) if re.sub(r"[’']s?$", "", w.lower()) in ORG_WORDS]
        if heads and len(words) > 1:
            last = heads[-1] + 1  # "People Power Party Rep. Yu": the party, not the person
            if last < len(words) and words[last] in ("of", "for", "and"):
                last = len(words)  # "Ministry of Foreign Affairs"
            if last > 1:
                found.append(Introduction(" ".join(words[:last]), "", "institution"))
    return found


def trim_name(name: str) -> str:
    """Drop a sentence-initial function word caught by the capital ("The", "According", "On")."""
    words = name.split()
    while words and (words[0] in ("The", "A", "An", "On", "In", "At", "And", "But", "According", "Identified",
                                  "Earlier", "Later", "Meanwhile", "However", "Regarding", "About", "Despite",
                                  "Given", "Following", "After", "Before", "As", "While", "For", "With")
                     or words[0].lower() in ("the", "of")):
        words.pop(0)
    return " ".join(words)


def _titled_names(sentence: str) -> list[Introduction]:
    """"Foreign Ministry spokesperson Lee Jae-woong", "People Power Party Rep. Yu Yong-weon",
    "North Korean dictator Kim Jong Un": title words, then a capitalised name."""
    tokens = sentence.split()
    titles = TITLES | PERSON_ROLES | {"dictator", "lawmaker", "producer", "correspondent", "reporter"}
    out: list[Introduction] = []
    i = 0
    while i < len(tokens):
        j = i
        while j < len(tokens) and (tokens[j][:1].isupper() or tokens[j].lower().strip(",.;:") in titles):
            j += 1
            if tokens[j - 1][-1:] in ",;:)":
                break  # a name ends at punctuation
        stretch = [t.strip(",;:()") for t in tokens[i:j]]
        title_end = max((n + 1 for n, w in enumerate(stretch) if w.lower() in titles or w.lower().rstrip(".") in titles),
                        default=0)
        name = [w.rstrip(".") if n == len(stretch) - title_end - 1 else w for n, w in enumerate(stretch[title_end:])]
        honorific = title_end and stretch[title_end - 1].lower() in _HONORIFICS
        name = [re.sub(r"[’']s$", "", w) for w in name]  # "Zelensky's recent revelation"
        if title_end and (2 <= len(name) <= 4 or len(name) == 1 and honorific) and all(_name_token(w) for w in name):
            out.append(Introduction(" ".join(name), " ".join(stretch[:title_end]), "person"))
        i = max(j, i + 1)
    return out


def _name_token(token: str) -> bool:
    return bool(re.fullmatch(r"[A-Z][a-z’'-]+(?:-[A-Za-z][a-z]+)?", token))


def _organisation_before(text: str) -> str:
    """The capitalised organisation name that ends where an acronym in parentheses begins."""
    words = text.split()
    i = len(words)
    while i and (words[i - 1][:1].isupper() and words[i - 1][-1:] not in ",;:" or
                 words[i - 1] in ("of", "for", "and", "the", "on")):
        i -= 1
    while i < len(words) and words[i] in ("of", "for", "and", "the", "on", "The"):
        i += 1
    name = " ".join(words[i:]).strip(",;:")
    return name if len(name.split()) >= 2 else ""
