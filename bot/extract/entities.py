"""The people and institutions a document has introduced, and what later mentions refer to.

News introduces a source once, with a title or a role ("Foreign Ministry spokesperson Lee
Jae-woong", "Andriy Yusov, a representative of the Main Intelligence Agency (GUR)"), and then
refers to them by family name ("Yusov said"), by acronym ("the GUR noted"), by role ("the
spokesperson said", "the lawmaker added", "the newspaper said") or by pronoun. `DocContext`
remembers every entity the document has named, with the words of its role, so those later
mentions resolve to it even when no registry has ever heard of the person.

Two kinds of recency: a pronoun refers to the last *salient* entity (a speaker or a sentence's
subject: "Putin thanked Kim. He added ..." is Putin), a description to the last entity *named*
with that role anywhere, objects included ("told the Chosun Ilbo newspaper ... the newspaper said").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from nameparser import HumanName
from rapidfuzz.distance import Levenshtein

from bot.index.model import Speaker
from bot.index.speakers import Registry, normalize_name
from bot.extract.affiliation import COUNTRY_WORDS, country_of
from bot.extract.lexicon import (FAMILY_FIRST, LEGISLATURE, ORG_WORDS, PERSON_ROLES, PORTFOLIOS, ROLE_HYPERNYMS,
                                 ROLE_SYNONYMS, SHORT_FORMS, STATEMENT_NOUNS)


@lru_cache(maxsize=65536)
def family_names(name: str) -> tuple[str, ...]:
    """The names a person may be called by alone, lower case: the last name with its particles and
    without its suffix ("Lloyd J. Austin III": austin; "Ursula von der Leyen": von der leyen, leyen),
    read by nameparser, and, for a name written family name first ("Lee Seong-kweun", "Kim Jong Un"),
    that first name too."""
    parsed = HumanName(name)
    last = parsed.last or parsed.first
    found = [last.lower(), last.split()[-1].lower()] if last else []
    words = name.split()
    if parsed.first and len(words) > 1 and ("-" in words[-1] or len(words) == 3 and len(words[0]) <= 4
                                            and not parsed.suffix):
        found.append(parsed.first.lower())
    elif len(words) == 2 and words[0].lower() in FAMILY_FIRST:  # "Cho Hyun": later "Cho"
        found.append(words[0].lower())
    return tuple(dict.fromkeys(found))
# "the Ukrainian president" is the president the text called "President of Ukraine"
# A country's words, for matching descriptions ("the Ukrainian minister" is Ukraine's); not the seats that
# name one body of it ("the Kremlin spokesperson" is no spokesperson of Russia's foreign ministry).
_SEATS = {"kremlin", "pentagon"}
_COUNTRY_ADJECTIVE = {normalize_name(word): normalize_name(country) for word, country in COUNTRY_WORDS.items()
                      if word not in _SEATS}
_PORTFOLIO = {"defense": "defence", "economic": "economy"}  # one word for each portfolio


@dataclass
class Entity:
    speaker: Speaker
    role: str
    words: set[str]  # the words of its name and of every role the document gave it
    order: int  # when it was last named
    first: int = 0  # when it was first named
    sentence: int = -1  # the sentence it was first named in
    last_sentence: int = -1  # the sentence it was last named in


_MEETING_REACH = 8  # sentences after a call or a meeting in which "the two leaders" are still the two who met
_OUTLET_PRODUCTS = frozenset({"report", "article", "story"})  # what an outlet writes (a statement is its source's)
DETERMINER_WORDS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that"})
HEAD_OF_STATE = re.compile(r"\bhead\s+of\s+(?:state|the\s+state|the\s+country)\b", re.I)


@dataclass
class DocContext:
    """What earlier sentences of the document tell us about later references."""

    registry: Registry
    last_person: Speaker | None = None
    last_institution: Speaker | None = None
    last_group: list[Speaker] = field(default_factory=list)  # "they": the last speakers named together,
    group_sentence: int = -10  # in this sentence (a "they" three sentences on is someone else)
    joint: list[Speaker] = field(default_factory=list)  # whose "joint statement" the text named: later "the statement"
    person_sentence: int = -10  # the sentence that last made someone "he", "she" (or an unnamed one "they")
    institution_sentence: int = -10  # the sentence that last made a body or a government "it"
    paired: tuple[int, tuple[str, ...]] = (-10, ())  # the last sentence naming exactly two countries, and them
    met: tuple[int, tuple[Speaker, ...]] = (-10, ())  # the last two people the text had meet or talk, and when
    sentence_no: int = 0
    rereading: bool = False  # the text is being read again from the start, once all of it is known
    seen: list[Speaker] = field(default_factory=list)
    spoken: list[Speaker] = field(default_factory=list)  # those the text has credited with words, in order
    surnames: dict[str, Speaker] = field(default_factory=dict)
    acronyms: dict[str, Speaker] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)  # the role the document gave each speaker
    entities: dict[str, Entity] = field(default_factory=dict)
    pronouns: dict[str, str] = field(default_factory=dict)  # speaker id -> "he" / "she", as the text called them
    headline: bool = False  # resolving a headline once the text is known: it names the first of a role, not the last
    guessed: bool = False  # whether the last `describe` fell back on a guess (nationality, the one just speaking)
    _clock: int = 0

    def note(self, speaker: Speaker, vague: bool = False, role: str = "", salient: bool = True) -> None:
        """Record that the document named `speaker` (with `role`); a salient mention (a speaker, a
        subject) also becomes what "he"/"she"/"it" refers to."""
        self._clock += 1
        described = normalize_name(f"{speaker.name} {role} {speaker.role}")  # the registry's role too
        words = set(described.split())
        if speaker.kind == "person" and LEGISLATURE.search(described):
            words.add("lawmaker")  # "House Intelligence Committee chairman": later "the congressman"
        if {"press", "secretary"} <= words:
            words.add("press-secretary")  # "Press Secretary Pat Ryder": later "the spokesman"
        entity = self.entities.get(speaker.id)
        if entity is None:
            self.entities[speaker.id] = Entity(speaker, role, words, self._clock, self._clock, self.sentence_no,
                                               self.sentence_no)
        else:
            entity.words |= words
            entity.order = self._clock
            entity.role = entity.role or role
            entity.last_sentence = self.sentence_no
        if vague:
            if salient and singular(speaker.name) and speaker.kind in ("person", "vague"):
                self.last_person = speaker  # "a senior official said ... he added" (not "estimates from Seoul")
                self.person_sentence = self.sentence_no
            return
        if role:
            self.roles.setdefault(speaker.id, role)
        if speaker.kind == "person":
            for family in family_names(speaker.name):
                self.surnames.setdefault(family, speaker)
            if re.search(r"\b(?:Sir|Dame)$", role) and len(speaker.name.split()) > 1:  # "Sir Keir Starmer": later
                self.surnames.setdefault(speaker.name.split()[0].lower(), speaker)  # "Sir Keir", by the first name
            if salient:
                self.last_person = speaker
                self.person_sentence = self.sentence_no
        elif salient:
            self.last_institution = speaker
            self.institution_sentence = self.sentence_no
        if salient:
            self.seen.append(speaker)

    def published(self, speaker: Speaker, noun: str) -> None:
        """`speaker` spoke in an update, a report, an interview: "the update" is theirs from now on."""
        entity = self.entities.get(speaker.id)
        if entity:
            entity.words.add(noun.lower())
            self._clock += 1
            entity.order = self._clock

    def alias(self, acronym: str, speaker: Speaker) -> None:
        """"Main Intelligence Agency (GUR)": later "the GUR" is that agency (and, for an agency the
        registry does not know yet, "GUR" is one of its names)."""
        speaker = self.registry.add_alias(speaker, acronym)
        self.acronyms.setdefault(acronym.upper(), speaker)

    def surname(self, word: str) -> Speaker | None:
        """The person of this document with that family name; a one-letter spelling variant of a
        long name counts ("Tykhii" for "Tykhyi")."""
        key = _possessive_stripped(word.lower())
        found = self.surnames.get(key)
        if not found and len(key) >= 5:
            close = [s for name, s in self.surnames.items() if len(name) >= 5 and Levenshtein.distance(name, key) <= 1]
            found = close[0] if len(close) == 1 else None
        if found and found.generated and len(key) >= 5:  # "Yusov", "Tykhii": names the article used, kept for
            found = self.registry.add_alias(found, _possessive_stripped(word))  # adopting it ("Lee" is too many)
        return found

    def acronym(self, word: str) -> Speaker | None:
        return self.acronyms.get(_possessive_stripped(word).upper()) if word.isupper() else None

    def describe(self, phrase: str, definite: bool = False) -> Speaker | None:
        """The latest entity a definite description refers to: "the spokesperson", "The Foreign
        Ministry representative", "the newspaper". The head noun (or a word for the same role)
        must be among the entity's words, and so must the description's other capitalised
        words. Only a `definite` description ("the Ukrainian minister") may also mean the one
        person of a country, or the one just speaking, when no role matches."""
        words = normalize_name(HEAD_OF_STATE.sub("president", phrase)).split()  # "the head of state": the president
        if not words:
            return None
        head = words[-1]
        plural = head not in ROLE_SYNONYMS and head.endswith("s") and head[:-1] in ROLE_SYNONYMS
        head = head[:-1] if plural else head  # "the ministers": those of a body, not one person
        synonyms = ROLE_SYNONYMS.get(head, frozenset({head}))
        if head not in ROLE_SYNONYMS and head not in ORG_WORDS | PERSON_ROLES | STATEMENT_NOUNS and \
                head not in ROLE_HYPERNYMS:  # ("the source": an official named before)
            return None
        modifiers = {SHORT_FORMS.get(m, m) for m in (normalize_name(w) for w in phrase.split()[:-1]
                                                     if w[:1].isupper() and w.lower() != "the")}
        qualifiers = {w for w in words[:-1] if w not in DETERMINER_WORDS} - modifiers  # "the first deputy director":
        best = self._described(head, synonyms, modifiers, plural, qualifiers)  # the deputy, not the director
        if best is None and head in ROLE_HYPERNYMS:  # only when no entity has the role itself: "the official"
            best = self._described(head, synonyms | ROLE_HYPERNYMS[head], modifiers, plural,  # for a spokesperson
                                   qualifiers)
            synonyms = synonyms | ROLE_HYPERNYMS[head]
        own = qualifiers - {normalize_name(w) for w in phrase.split() if w[:1].isupper()}  # (its lowercase words)
        if best and not definite and own and not own & best.words:
            best = None  # "Ukrainian special forces said" is no description of the intelligence service named
            # before: without "the", words of its own that the entity lacks make it a name of something else
        self.guessed = False
        if best is None and definite and head in PERSON_ROLES and modifiers and not plural:
            self.guessed = True
            best = self._by_nationality({_COUNTRY_ADJECTIVE.get(m, m) for m in modifiers})
            last = self.entities.get(self.last_person.id) if self.last_person else None
            named_country = country_of(phrase)  # (the phrase in order: a set of its words has none)
            if best is None and last and last.words & synonyms and not modifiers & set(_COUNTRY_ADJECTIVE.values()) \
                    and not (named_country and last.speaker.country and last.speaker.country != named_country):
                best = last  # "according to Gerasimov. The Army general hailed ...": the one just speaking (not,
                # as "the South Korean president", a president of another country)
            untitled = {s.id for s in self.spoken if s.kind == "person"} - {  # those credited with words so far
                e.speaker.id for e in self.entities.values() if e.role or e.speaker.role or e.words & PERSON_ROLES}
            if best is None and len(untitled) == 1 and modifiers <= PORTFOLIOS:  # "Richard Marles has condemned
                best = self.entities.get(next(iter(untitled)))  # ... “...,” the Defence Minister said": the one
                # speaker whose office the text had not given (two such, and it may be either's)
        if best is None and definite and head in STATEMENT_NOUNS and not modifiers and not plural and self.seen:
            self.guessed = True  # "“...,” the statement said." with no statement named: the one just speaking
            recent = self.spoken or self.seen  # (not the sentence's own subject; nor the outlet that passed
            before = [x for x in recent if self.entities[x.id].sentence < self.sentence_no]  # it on, nor anyone
            outlets = [x for x in before if x.kind == "outlet"] if head in _OUTLET_PRODUCTS else []  # named first in
            others = [x for x in before if x.kind != "outlet"]  # this sentence; "According to Axios, ... , the
            chosen = outlets or others or before  # report said.": Axios's report)
            best = self.entities.get(chosen[-1].id) if chosen else None
        return best.speaker if best else None

    def _described(self, head: str, synonyms: frozenset[str], modifiers: set[str], plural: bool,
                   qualifiers: set[str] = frozenset()) -> Entity | None:
        """The entity named before this sentence that best fits the description; one the sentence
        itself names only when none before it fits ("..., questioned with the help of the NIS, the
        intelligence service said": the description points back, past what the sentence names)."""
        earlier = [e for e in self.entities.values() if e.sentence < self.sentence_no]
        later = [e for e in self.entities.values() if e.sentence >= self.sentence_no]
        return self._best_fit(earlier, head, synonyms, modifiers, plural, qualifiers) or \
            self._best_fit(later, head, synonyms, modifiers, plural, qualifiers)

    def _best_fit(self, entities: list[Entity], head: str, synonyms: frozenset[str], modifiers: set[str],
                  plural: bool, qualifiers: set[str]) -> Entity | None:
        best: Entity | None = None
        fit = -1
        for entity in entities:
            names = entity.words | {a.lower() for a, known in self.acronyms.items() if known.id == entity.speaker.id}
            names |= {_COUNTRY_ADJECTIVE.get(w, w) for w in names} | {normalize_name(entity.speaker.country)}
            heads = synonyms | {f"{w}s" for w in synonyms} if plural else synonyms
            if not entity.words & heads or not {_COUNTRY_ADJECTIVE.get(m, m) for m in modifiers} <= names:
                continue
            kind = entity.speaker.kind
            if kind != "vague" and head not in STATEMENT_NOUNS and not plural and \
                    (head in PERSON_ROLES) != (kind == "person"):
                continue  # "the spokesperson" is a person, "the ministry" is not
            if plural and (kind == "person" or kind == "vague" and singular(entity.speaker.name)):
                continue  # "the ministers" are never the one minister named last, "the soldiers" never "a second
                # soldier"
            asked = {_PORTFOLIO.get(w, w) for w in qualifiers | modifiers} & PORTFOLIOS
            held = {_PORTFOLIO.get(w, w) for w in entity.words} & PORTFOLIOS
            if asked and held and not asked & held:
                continue  # "the former foreign minister" is not the defence minister named before
            shared = len(qualifiers & entity.words)  # the most of the description's own words, then the latest
            if best is None or shared > fit or shared == fit and (
                    entity.first < best.first if self.headline else entity.order > best.order):
                best, fit = entity, shared
        return best

    def named_for(self, unnamed: Speaker) -> Speaker | None:
        """The one person the text names, anywhere, in the role it first gave without a name: "CLAIM,
        Ukraine's military intelligence chief said." then "Kyrylo Budanov, head of Ukraine's Defense
        Intelligence, ...". The role's noun (or a word for it) must be theirs, its country too, and one
        more of its words; two such people, and it stays unnamed."""
        words = [_possessive_stripped(w) for w in normalize_name(unnamed.name).split()]
        of = words.index("of") if "of" in words[1:-1] else len(words)  # "a former chief of the ICC": the chief,
        head = words[of - 1] if words else ""  # of the court
        if head not in PERSON_ROLES:
            return None
        heads = ROLE_SYNONYMS.get(head, frozenset({head})) | ROLE_HYPERNYMS.get(head, frozenset())
        described = {_COUNTRY_ADJECTIVE.get(w, w) for w in words[:of - 1] + words[of + 1:]
                     if w not in DETERMINER_WORDS | {"former", "of"}}
        countries = {w for w in described if country_of(w)}
        others = described - countries
        found = []
        for entity in self.entities.values():
            person = entity.speaker
            if person.kind != "person" or person.id == unnamed.id or person.generated and person.role == person.name:
                continue
            names = {_COUNTRY_ADJECTIVE.get(w, w) for w in (_possessive_stripped(w) for w in entity.words)}
            names |= {normalize_name(person.country)}
            if entity.words & heads and countries <= names and (not others or others & names):
                found.append(person)
        return found[0] if len(found) == 1 else None

    def names_country(self, country: str) -> bool:
        """Whether the text has named `country`, itself or as the country of someone it named."""
        return any(country in (e.speaker.name, e.speaker.country) for e in self.entities.values())

    def two_people(self) -> tuple[list[Speaker], bool]:
        """Whom "the two leaders" means: the two people the text last had meet or talk ("X and Y held
        a phone call", "X met Y") in the last few sentences; else the two people named last, when both
        were named in this sentence or the one before. Named in one sentence, they are the pair the
        text meant; named apart, they are a guess (flagged True)."""
        met_at, met = self.met
        if met and self.sentence_no - met_at <= _MEETING_REACH:
            return list(met), False
        people = sorted((e for e in self.entities.values() if e.speaker.kind == "person"), key=lambda e: -e.order)
        if len(people) < 2 or people[1].last_sentence < self.sentence_no - 1:
            return [], False
        return [people[1].speaker, people[0].speaker], people[0].last_sentence != people[1].last_sentence

    def she_or_he(self, pronoun: str) -> Speaker | None:
        """The person "he" or "she" refers to: the last one spoken of, unless the text has called them
        by the other pronoun ("Choe ... she added. ... he said" is not Choe), then the one before."""
        other = {"he": "she", "she": "he"}[pronoun]
        if self.rereading and self.last_person is None:
            return None  # read again at the end, "he" has nobody before it yet (not the text's last person)
        for speaker in (self.last_person, *(s for s in reversed(self.seen[-12:]) if s.kind == "person")):
            if speaker is not None and self.pronouns.get(speaker.id) != other:
                self.pronouns[speaker.id] = pronoun
                return speaker
        just_named = [e.speaker for e in self.entities.values() if e.speaker.kind == "person" and
                      e.last_sentence == self.sentence_no - 1 and self.pronouns.get(e.speaker.id) != other]
        if len(just_named) == 1:  # "... was welcomed by leader Kim on Friday. He noted ...": the one person the
            self.pronouns[just_named[0].id] = pronoun  # sentence before named, though only as an agent
            return just_named[0]
        return None

    def _by_nationality(self, modifiers: set[str]) -> Entity | None:
        """"the Ukrainian minister" when the text called him "his Ukrainian counterpart": the latest
        person the text tied to that country, if only its country words qualify the description."""
        if not modifiers <= set(_COUNTRY_ADJECTIVE.values()):
            return None
        people = [e for e in self.entities.values() if e.speaker.kind == "person" and
                  modifiers <= {_COUNTRY_ADJECTIVE.get(w, w) for w in e.words} | {normalize_name(e.speaker.country)}]
        return max(people, key=lambda e: e.order, default=None)


def _possessive_stripped(word: str) -> str:
    return re.sub(r"[’']s?$", "", word)


def singular(name: str) -> bool:
    """"a senior official", "one of the envoys", "the soldier": one person, unnamed."""
    return bool(re.match(r"^(?:a|an|one)\s", name, re.I) or re.match(r"^the\s+(?:[\w-]+\s+)?\w+[^s\W]$", name, re.I))
