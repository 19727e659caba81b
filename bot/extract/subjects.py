"""Turning the noun phrase in front of (or after) a reporting cue into speakers.

Without a statistical parser, a phrase counts as a speaker only when it has one of a few shapes
that news English uses for sources: a known entity from the registry, a person's name behind
optional titles ("NATO Secretary-General Mark Rutte"), a named organisation ("Japan's Defense
Ministry"), a country or capital ("Kyiv"), a vague group ("analysts", "reports from Seoul"), or a
pronoun or definite description ("he", "the ministry") that refers back to a speaker already
seen in the document. Anything else ("recent developments", "the report's authors' tone") is not
a speaker, which is what keeps narrative sentences out of the index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bot.claims.model import Speaker
from bot.extract.places import is_place
from bot.claims.speakers import Registry, normalize_name

TITLES = set("""president vice prime minister secretary secretary-general ambassador general lieutenant
colonel admiral major captain sergeant marshal commander chief director deputy spokesperson spokesman
spokeswoman chairman chairwoman chair senator sen. governor mayor representative rep. congressman
congresswoman premier chancellor envoy adviser advisor officer head leader king queen prince dr. mr.
ms. mrs. prof. professor gen. lt. col. adm. defense defence foreign state interior justice treasury
finance security national communications intelligence affairs u.s. us uk eu nato un undersecretary
under assistant special acting former top senior military staff joint chiefs lt general-secretary
supreme commander-in-chief first lady analyst fellow researcher scholar""".split())
ORG_WORDS = set("""ministry service department agency institute institution university council office
committee party times post journal news press command army navy forces force government embassy union
organization organisation bank fund center centre foundation group directorate administration
commission assembly parliament congress senate kremlin pentagon reuters afp ap network channel media
corporation company court tribunal staff bureau guard police coalition alliance federation board
secretariat mission delegation cabinet authority authorities""".split())
VAGUE_HEADS = set("""analysts analyst experts expert observers observer officials sources source reports
report critics diplomats diplomat commentators commentator scholars researchers leaders media
outlets agencies intelligence insiders witnesses residents estimates assessments warnings economists
historians strategists specialists academics scientists lawmakers legislators activists campaigners
pundits commanders officers generals ministers politicians""".split())
DEMONYMS = set("""korean russian ukrainian american chinese japanese british iranian european western eastern
soviet french german polish indian israeli turkish syrian belarusian asian african arab western nato
north south""".split())
TITLE_GLUE = {"of", "for", "the", "and", "on"}
MEDIA = {"television", "tv", "radio", "media", "newspaper", "broadcaster", "agency", "channel", "daily"}
DESCRIPTIVE = {"state", "news", "newspaper", "broadcaster", "outlet", "daily", "weekly", "official"}
STATEMENT_NOUNS = {"comments", "remarks", "statement", "statements", "report", "reports", "assessment",
                   "words", "warning", "warnings", "estimate", "estimates", "intelligence", "briefing"}
PRONOUNS = {"he": "person", "she": "person", "it": "institution"}
ANONYMOUS_HEADS = {"official", "source", "diplomat", "spokesperson", "spokesman", "spokeswoman", "officer",
                   "adviser", "advisor", "aide", "lawmaker", "analyst", "expert", "person", "insider", "channel",
                   "account", "blogger", "blog", "outlet"}
ANAPHORIC_HEADS = set("""ministry agency embassy government military department spokesperson spokesman
spokeswoman president minister ambassador secretary service office directorate administration
commander general official alliance kremlin""".split())
DETERMINERS = {"the", "a", "an", "both", "neither", "either", "its", "their", "his", "her", "this", "that",
               "these", "those", "top", "some", "many", "several"}
PARTICLES = {"bin", "al", "de", "van", "von", "der", "la", "le", "da", "di", "du", "del", "ibn"}
_TOKEN = re.compile(r"[A-Za-z][\w'’.\-]*|\S")
_PAREN = re.compile(r"\s*\([^)]*\)")
_CLAUSE = re.compile(r"\b(?:is|are|was|were|been|being|has|have|had)\b")


@dataclass
class Mention:
    speaker: Speaker
    role: str = ""
    vague: bool = False


@dataclass
class DocContext:
    """What earlier sentences of the document tell us about later references."""

    registry: Registry
    last_person: Speaker | None = None
    last_institution: Speaker | None = None
    seen: list[Speaker] = field(default_factory=list)
    surnames: dict[str, Speaker] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)  # the role the document gave each speaker

    def note(self, speaker: Speaker, vague: bool = False, role: str = "") -> None:
        if vague:
            return
        if role:
            self.roles.setdefault(speaker.id, role)
        if speaker.kind == "person":
            self.last_person = speaker
            parts = speaker.name.split()
            self.surnames.setdefault(parts[-1].lower(), speaker)
            if len(parts) > 1 and "-" in parts[-1]:  # "Lee Seong-kweun": family name first
                self.surnames.setdefault(parts[0].lower(), speaker)
        else:
            self.last_institution = speaker
        self.seen.append(speaker)


def _strip(phrase: str) -> str:
    phrase = _PAREN.sub("", phrase).strip(" ,;:—–-\"“”'’")
    return re.sub(r"\s+", " ", phrase)


def _drop_determiners(phrase: str) -> str:
    words = phrase.split()
    while words and words[0].lower() in DETERMINERS:
        words.pop(0)
    return " ".join(words)


def _cap(word: str) -> bool:
    return word[:1].isupper()


def _name_run(words: list[str]) -> tuple[list[str], list[str]]:
    """Split a phrase into (title words, trailing capitalised name) -- "U.S. Secretary of Defense
    Lloyd Austin" -> (["U.S.", "Secretary", "of", "Defense"], ["Lloyd", "Austin"])."""
    i = len(words)
    while i > 0 and (_cap(words[i - 1]) or words[i - 1].lower() in PARTICLES):
        i -= 1
    run = words[i:]
    words = [w for w in words[:i] if any(ch.isalpha() for ch in w)] + run  # "3. Ukraine": no role "3."
    i = len(words) - len(run)
    titled = [k for k, w in enumerate(run) if w.lower().rstrip("’'s") in TITLES | {"u.s", "us"}]
    j = titled[-1] + 1 if titled else 0  # "Polish Foreign Minister Radoslaw Sikorski": after the last title
    return words[:i] + run[:j], run[j:]


def _possessive_owner(phrase: str) -> str | None:
    m = re.match(r"^(.*?)[’']s?\s+(\w+)$", phrase)
    if m and m.group(2).lower() in STATEMENT_NOUNS:
        return m.group(1)
    return None


class SubjectResolver:
    """Resolves a phrase to the speakers it denotes, using and updating the document context."""

    def __init__(self, ctx: DocContext) -> None:
        self.ctx = ctx
        self.registry = ctx.registry

    def resolve(self, phrase: str, allow_coordination: bool = True) -> list[Mention]:
        phrase = _strip(phrase)
        if not phrase or len(phrase.split()) > 14:
            return []
        if phrase.split()[0].lower() in {"a", "an"}:  # "a senior fellow at ...": a role, not a speaker,
            return self._anonymous(phrase)  # unless it is "a U.S. defense official"
        if _CLAUSE.search(phrase):
            return []  # "reports were corroborated by X": a clause, not a noun phrase
        lower = phrase.lower()
        if lower in PRONOUNS:
            target = self.ctx.last_person if PRONOUNS[lower] == "person" else self.ctx.last_institution
            return [Mention(target)] if target else []
        owner = _possessive_owner(phrase)
        if owner:
            return self.resolve(owner, allow_coordination)
        credited = re.match(r"^(?:\w+\s+)?(?:estimates?|reports?|assessments?|analysis|figures|data|calculations)"
                            r"\s+by\s+(.+)$", phrase, re.I)
        if credited:  # "estimates by the Korea Institute for Defense Analyses": the institute
            named = self.resolve(credited.group(1), allow_coordination)
            if named and not any(m.vague for m in named):
                return named
        if allow_coordination:
            parts = [p for p in re.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|nor|or)\s+", phrase) if p.strip()]
            if len(parts) > 1:
                resolved = [self.resolve(p, allow_coordination=False) for p in parts]
                if all(resolved) and not any(m.vague for ms in resolved for m in ms):
                    return [m for ms in resolved for m in ms]
        return self._single(phrase)

    def _single(self, phrase: str) -> list[Mention]:
        bare = _drop_determiners(phrase)
        if not bare:
            return []
        found = self.registry.resolve(bare) or self.registry.resolve(phrase)
        if found:
            return [Mention(found)]
        words = bare.split()
        head = re.split(r"\s+(?:from|in|of|at|with|on|for|about|over|to|by|against|close to|familiar with)\s+",
                        bare.lower())[0].split()[-1]
        head_words = [w for w in words if w.lower() == head]
        if head in VAGUE_HEADS and (not _cap(words[-1]) or words[0].lower() == head
                                    or re.search(r"\b(?:from|in)\b", bare)) and head_words:
            return self._vague(phrase)  # "analysts", "Experts", "reports from Seoul"
        if not _cap(words[-1]):
            return self._anaphor(words[-1].lower()) or self._common_institution(phrase, words[-1].lower())
        if any(w.lower() in ORG_WORDS for w in words) and all(_cap(w) or w in TITLE_GLUE for w in words):
            return self._unknown(phrase, bare, words, "")  # "Korea Institute for Defense Analyses", whole
        title, name = _name_run(words)
        if not name or any(w[:1].islower() and w.lower() not in TITLES | TITLE_GLUE | ORG_WORDS | DESCRIPTIVE
                           for w in title):
            return []  # "the increase in cooperation with Japan": the name is not the head
        name_text = " ".join(name)
        role = " ".join(title)
        found = self.registry.resolve(name_text)
        if found:
            return [Mention(found, role=role)]
        for k in range(len(name) - 1, 0, -1):  # "State Antony Blinken" -> "Antony Blinken"
            found = self.registry.resolve(" ".join(name[-k:]))
            if found and found.kind == "person":
                return [Mention(found, role=" ".join(title + name[:-k]))]
        return self._unknown(phrase, bare, name, role)

    def subject(self, phrase: str) -> Mention | None:
        """The named entity a sentence opens with, so a later "he" or "it" can refer to it."""
        phrase = _strip(phrase)
        if not phrase or phrase.lower() in PRONOUNS or not any(_cap(w) for w in phrase.split()):
            return None
        mentions = self.resolve(phrase, allow_coordination=False)
        return mentions[0] if len(mentions) == 1 and not mentions[0].vague else None

    def _anonymous(self, phrase: str) -> list[Mention]:
        head = re.split(r"\s+(?:from|in|of|at|with|on|for|familiar|close|who|speaking)\b", phrase.lower())[0].split()[-1]
        return self._vague(phrase) if head in ANONYMOUS_HEADS else []

    def _vague(self, phrase: str) -> list[Mention]:
        text = _drop_determiners(phrase) if phrase.split()[0].lower() in {"the", "these", "those"} else phrase
        name = text[:1].upper() + text[1:]
        return [Mention(self.registry.resolve_or_generate(name, kind="vague"), vague=True)]

    def _anaphor(self, head: str) -> list[Mention]:
        """"the ministry" -> the last speaker seen whose name or role has that word."""
        if head not in ANAPHORIC_HEADS:
            return []
        for speaker in reversed(self.ctx.seen):
            described = f"{speaker.name} {speaker.role} {self.ctx.roles.get(speaker.id, '')}"
            if head in normalize_name(described).split():
                return [Mention(speaker)]
        return []

    def _common_institution(self, phrase: str, head: str) -> list[Mention]:
        """"the port authority", "the health ministry": an institution named by a common noun."""
        owned = re.match(r"^[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*[’']s\s", phrase)  # "Ukraine's defence ministry"
        national = phrase.split()[0].lower() in DEMONYMS  # "Russian state television"
        if head not in ORG_WORDS | MEDIA or not (phrase.lower().startswith("the ") or owned or national) \
                or len(phrase.split()) > 6 or len(_drop_determiners(phrase).split()) < 2:
            return []  # a bare "the ministry" with nothing before it to refer to is any ministry
        name = _drop_determiners(phrase)
        return [Mention(self.registry.resolve_or_generate(name[:1].upper() + name[1:], kind="institution"))]

    def _unknown(self, phrase: str, bare: str, name: list[str], role: str) -> list[Mention]:
        """A name the registry does not know: an organisation, a country, or a new person."""
        lower = [w.lower().strip("’'") for w in name]
        if lower[-1] in DEMONYMS or lower[-1].endswith(("ese", "ian")) and len(name) == 1:
            return []  # "North Korean [soldiers]": an adjective, not a name
        name_text = " ".join(name)
        if any(w in ORG_WORDS for w in lower) or (len(name) == 1 and name[0].isupper() and len(name[0]) > 1):
            org = bare if role else name_text
            if org == bare and len(name) == 1 and re.match(r"^The\s", phrase):
                org = "The " + org  # "The Times", as the outlet writes its name
            return [Mention(self.registry.resolve_or_generate(org, kind="institution"))]
        if is_place(name_text):
            return [Mention(self.registry.resolve_or_generate(name_text, kind="government"))]
        if len(name) == 1:
            known = self.ctx.surnames.get(lower[0])
            if known:
                return [Mention(known, role=role)]
            if not role:
                return []
        if any(is_place(w) for w in name) and len(name) > 3:
            return []
        return [Mention(self.registry.resolve_or_generate(name_text, kind="person"), role=role)]
