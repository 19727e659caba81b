"""Who is speaking: the curated registry, resolution of names found in text, and fuzzy lookup.

Two jobs with different tolerances. Extraction resolves names *exactly* (after normalising case,
punctuation and spelling variants listed as aliases): a wrong speaker is worse than a generated
one an editor can later merge. People typing `/who-said austn` get *fuzzy* lookup (rapidfuzz),
and an ambiguous name ("Kim") returns the candidates instead of a guess.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from bot.index.documents import load_yaml
from bot.index.model import Speaker
from bot.errors import InputFileError

_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u2013": "-", "\u2014": "-", ".": "", "-": " "})
_KINDS = {"person", "institution", "government", "outlet", "vague"}


@lru_cache(maxsize=65536)
def normalize_name(name: str) -> str:
    """Fold a name to compare: case, accents, curly quotes, dots, hyphens, a leading "the"."""
    s = name
    if not s.isascii():  # (most names are: decomposing them changes nothing)
        s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    s = s.translate(_FOLD).lower()
    s = re.sub(r"[^\w\s']", " ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s[4:] if s.startswith("the ") else s


def slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", normalize_name(name).replace("'", "")).strip("-") or "unknown"


_WORD = re.compile(r"\w+")


# Words shorter than this are not matched by spelling ("Kim Jong Un" is not "Kim Jong Il").
SPELLING_MIN = 6


class PeopleFinder:
    """Registered people named in running text ("Putin", "Kim Jong Un"), found as one regular
    expression of all their names would find them (the longest name at each word, left to right),
    but by looking up each word instead of trying hundreds of names at every character."""

    def __init__(self, speakers: Iterable[Speaker]) -> None:
        names: dict[str, str] = {}
        own: dict[str, set[str]] = {}  # the first letters of each word of each person's own name
        for s in speakers:
            if s.kind == "person" and not s.generated:
                own[s.id] = {w[:4] for w in normalize_name(s.name).split()}
                for name in s.names():
                    if len(name) > 3 and name[0].isupper() and _WORD.match(key := normalize_name(name)):
                        names.setdefault(key, s.id)
        self._by_first_word: dict[str, list[tuple[str, str]]] = {}
        for key, sid in sorted(names.items(), key=lambda item: len(item[0]), reverse=True):
            self._by_first_word.setdefault(_WORD.match(key).group(0), []).append((key, sid))  # type: ignore[union-attr]
        # Each name with one long word left out, and that word: where a spelling of it is looked for.
        self._by_rest: dict[tuple[tuple[str, ...], int, str], list[tuple[str, str]]] = {}
        for key, sid in names.items():
            words = key.split()
            for i, word in enumerate(words):
                if len(word) >= SPELLING_MIN and word[:4] in own[sid]:  # a word of the person's name ("Zelenskiy"),
                    # never of a role an alias holds ("Defense Secretary" is not "Defence Secretary")
                    self._by_rest.setdefault((tuple(words[:i] + words[i + 1:]), i, word[0]), []).append((word, sid))

    def spelled_otherwise(self, name: str) -> str | None:
        """The registered person a name denotes in another transliteration ("Zelenskyi", "Volodymyr
        Zelenskiy" for Zelenskyy; "Shoygu" for Shoigu): one long word of a registered name with one
        letter changed, added or dropped, the rest the same. Only when one person fits."""
        words = normalize_name(name).split()
        found = {sid for i, word in enumerate(words) if len(word) >= SPELLING_MIN
                 for known, sid in self._by_rest.get((tuple(words[:i] + words[i + 1:]), i, word[0]), ())
                 if Levenshtein.distance(word, known, score_cutoff=1) <= 1}
        return found.pop() if len(found) == 1 else None

    def find(self, text: str) -> list[str]:
        """Ids of the people named, in the order first named."""
        if not self._by_first_word:
            return []
        s = normalize_name(text)
        found: dict[str, None] = {}
        resume = 0
        for word in _WORD.finditer(s):
            at = word.start()
            if at < resume:
                continue
            for key, sid in self._by_first_word.get(word.group(0), ()):
                end = at + len(key)
                if s.startswith(key, at) and (end == len(s) or _is_word(s[end]) != _is_word(key[-1])):
                    found.setdefault(sid, None)
                    resume = end
                    break
        return list(found)


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


class Registry:
    """Speakers by id and by every normalised alias; generated entries are added during a build."""

    def __init__(self, speakers: Iterable[Speaker] = ()) -> None:
        self._by_id: dict[str, Speaker] = {}
        self._by_alias: dict[str, str] = {}
        self._people: PeopleFinder | None = None  # built when first asked, kept until a person is registered
        for speaker in speakers:
            self.add(speaker)

    @classmethod
    def load(cls, path: Path) -> Registry:
        data = load_yaml(path) if path.exists() else []
        if data is None:
            data = []
        if not isinstance(data, list):
            raise InputFileError(path, "expected a list of speakers")
        registry = cls()
        for i, entry in enumerate(data, 1):
            if not isinstance(entry, dict) or not entry.get("id") or not entry.get("name"):
                raise InputFileError(path, f"entry {i}: every speaker needs an id and a name")
            kind = entry.get("kind") or "person"
            if kind not in _KINDS:
                raise InputFileError(path, f"entry {i} ({entry['id']}): kind must be one of {sorted(_KINDS)}")
            aliases = entry.get("aliases") or []
            if not isinstance(aliases, list):
                raise InputFileError(path, f"entry {i} ({entry['id']}): aliases must be a list")
            if str(entry["id"]) in registry._by_id:
                raise InputFileError(path, f"entry {i}: duplicate id {entry['id']!r}")
            registry.add(Speaker(id=str(entry["id"]), name=str(entry["name"]),
                                 aliases=tuple(str(a) for a in aliases), role=str(entry.get("role") or ""),
                                 country=str(entry.get("country") or ""), kind=kind,
                                 affiliation=str(entry.get("affiliation") or "")))
        return registry

    def add(self, speaker: Speaker) -> Speaker:
        self._by_id[speaker.id] = speaker
        if speaker.kind == "person" and not speaker.generated:
            self._people = None
        for name in speaker.names():
            self._by_alias.setdefault(normalize_name(name), speaker.id)
        return speaker

    def copy(self) -> Registry:
        """A registry to extract one document with: what it generates stays in the copy until merged."""
        copied = Registry()
        copied._by_id, copied._by_alias = dict(self._by_id), dict(self._by_alias)
        copied._people = self._people_finder()  # built once here, not again in every copy
        return copied

    def people_named_in(self, text: str) -> list[str]:
        """Registered (not generated) people the text names, in the order first named."""
        return self._people_finder().find(text)

    def _people_finder(self) -> PeopleFinder:
        if self._people is None:
            self._people = PeopleFinder(self._by_id.values())
        return self._people

    def merge(self, speakers: Iterable[Speaker]) -> None:
        """Generated speakers of one document's extraction, kept; one already here (the same name met in
        another document) keeps every name the articles gave it."""
        for speaker in speakers:
            known = self.get(speaker.id)
            if known is None:
                self.add(speaker)
            else:
                for alias in speaker.aliases:
                    known = self.add_alias(known, alias)

    def get(self, speaker_id: str) -> Speaker | None:
        return self._by_id.get(speaker_id)

    def resolve(self, name: str) -> Speaker | None:
        """The registry entry this exact name (or alias, or spelling variant) denotes."""
        sid = self._by_alias.get(normalize_name(name))
        if sid is None and len(name) >= SPELLING_MIN and name[:1].isupper():
            sid = self._people_finder().spelled_otherwise(name)
        return self._by_id[sid] if sid else None

    def resolve_or_generate(self, name: str, role: str = "", kind: str = "person", country: str = "",
                            affiliation: str = "") -> Speaker:
        found = self.resolve(name)
        if found:
            return found
        base = f"gen-{slugify(name)}"
        return self.add(Speaker(id=base, name=name, role=role, kind=kind, generated=True,  # type: ignore[arg-type]
                                country=country, affiliation=affiliation))

    def add_alias(self, speaker: Speaker, alias: str) -> Speaker:
        """A name the document gave a generated speaker ("GUR"), kept so the entry can be adopted
        with it; a curated entry's aliases are the registry's to decide."""
        key = normalize_name(alias)
        if not speaker.generated or key in self._by_alias or alias in speaker.aliases:
            return speaker
        updated = Speaker(speaker.id, speaker.name, (*speaker.aliases, alias), speaker.role, speaker.country,
                          speaker.kind, True, speaker.affiliation)
        self._by_id[speaker.id] = updated
        self._by_alias[key] = speaker.id
        return updated

    def body_of(self, country: str, words: Iterable[str]) -> Speaker | None:
        """The one registered (not generated) body of `country` all of whose `words` (two or more) its
        names or role hold: "Seoul's intelligence service" is the registry's National Intelligence
        Service, however the registry spells its aliases. None when no body, or more than one, fits."""
        wanted = {normalize_name(w) for w in words}
        if len(wanted) < 2:  # ("Norway's administration" is its government, not its Coastal Administration)
            return None
        found = [s for s in self._by_id.values()
                 if s.kind == "institution" and not s.generated and s.country == country and
                 any(wanted <= set(normalize_name(n).split()) for n in (*s.names(), s.role))]
        return found[0] if len(found) == 1 else None

    def all(self) -> list[Speaker]:
        return list(self._by_id.values())


@dataclass(frozen=True)
class NameMatch:
    status: Literal["found", "ambiguous", "none"]
    speakers: tuple[Speaker, ...] = field(default_factory=tuple)
    query: str = ""

    @property
    def speaker(self) -> Speaker | None:
        return self.speakers[0] if self.status == "found" else None


class SpeakerDirectory:
    """Fuzzy, alias-aware lookup of a typed name among the speakers of a built index."""

    MIN_SCORE = 80.0
    MARGIN = 6.0  # how far the best speaker must lead the next one to count as a clear match

    def __init__(self, speakers: Iterable[Speaker]) -> None:
        self._speakers = {s.id: s for s in speakers}
        self._by_name: dict[str, set[str]] = {}
        self._tokens: dict[str, set[str]] = {}
        # Fuzzy choices: every full name, and each word of a person's name, so a misspelt surname
        # ("hrytsenk") finds its person with plain edit-distance scoring: rapidfuzz's WRatio would
        # find it too, but costs 17 times as much per name (50 ms at 60,000 names). Each distinct
        # string is scored once, whoever bears it (a common surname is one choice, not thousands).
        owners: dict[str, list[str]] = {}
        for s in self._speakers.values():
            for name in s.names():
                norm = normalize_name(name)
                self._by_name.setdefault(norm, set()).add(s.id)
                owners.setdefault(norm, []).append(s.id)
                for token in norm.split():
                    self._tokens.setdefault(token, set()).add(s.id)
                    if s.kind == "person" and len(token) >= 4 and token != norm:
                        owners.setdefault(token, []).append(s.id)
        self._choices = list(owners)
        self._owners = list(owners.values())
        self._words = list(self._tokens)  # the distinct words of names, for `_corrected`

    def exact(self, name: str) -> Speaker | None:
        """The one speaker bearing exactly this name or alias (after folding), else None."""
        ids = self._by_name.get(normalize_name(name), set())
        return self._speakers[next(iter(ids))] if len(ids) == 1 else None

    def find(self, query: str, limit: int = 5) -> NameMatch:
        q = normalize_name(query)
        if not q:
            return NameMatch("none", query=query)
        exact = self._by_name.get(q, set())
        if len(exact) == 1:
            return NameMatch("found", (self._speakers[next(iter(exact))],), query)
        if (owned := self._owned(q, limit, query)) is not None:
            return owned
        by_token = self._token_matches(q)
        if len(by_token) == 1:
            return NameMatch("found", (self._speakers[by_token[0]],), query)
        if len(by_token) > 1:
            return NameMatch("ambiguous", tuple(self._speakers[s] for s in by_token[:limit]), query)
        corrected = self._corrected(q)  # a misspelt word read as the name word it is: as if typed right
        if corrected and (by_token := self._token_matches(corrected)):
            if len(by_token) == 1:
                return NameMatch("found", (self._speakers[by_token[0]],), query)
            return NameMatch("ambiguous", tuple(self._speakers[s] for s in by_token[:limit]), query)
        return self._fuzzy(q, limit, query)

    def _owned(self, q: str, limit: int, query: str) -> NameMatch | None:
        """"Japan's defence ministry": a body of the country its owner names, looked up among that
        country's speakers only, so it is never another country's defence ministry that is spelt
        alike. None when `q` names no known owner (the usual lookup goes on)."""
        owner_name, sep, rest = q.partition("'s ")
        owner = self.exact(owner_name) if sep and rest else None
        if owner is None:
            return None
        country = owner.country or owner.name
        words = rest.split()
        found = sorted((s for s in self._speakers.values()
                        if s.id != owner.id and (s.country == country or s.affiliation == owner.id)
                        and any(all(w in normalize_name(n).split() for w in words) for n in s.names())),
                       key=lambda s: (s.kind != "institution", s.id))
        if len(found) == 1:
            return NameMatch("found", (found[0],), query)
        return NameMatch("ambiguous" if found else "none", tuple(found[:limit]), query)

    def _corrected(self, q: str) -> str:
        """`q` with each misspelt word replaced by the name word it clearly is ("walter soolov" ->
        "walter sokolov"), or "" when a word cannot be. Names share a few thousand words, so this
        is far cheaper than scoring every full name, which stays the fallback."""
        out = []
        for word in q.split():
            if word not in self._tokens:
                if len(word) < 4:
                    return ""
                best = process.extract(word, self._words, scorer=fuzz.ratio, processor=None, limit=2,
                                       score_cutoff=self.MIN_SCORE)
                if not best or (len(best) > 1 and best[0][1] - best[1][1] < self.MARGIN):
                    return ""
                word = best[0][0]
            out.append(word)
        return " ".join(out)

    def _token_matches(self, q: str) -> list[str]:
        """Speakers whose name contains every word typed ("kim" -> all Kims), people first."""
        words = q.split()
        ids: set[str] | None = None
        for w in words:
            found = self._tokens.get(w, set())
            ids = found if ids is None else ids & found
        people_first = sorted(ids or (), key=lambda sid: (self._speakers[sid].kind != "person", sid))
        return people_first

    def _fuzzy(self, q: str, limit: int, query: str) -> NameMatch:
        hits = process.extract(q, self._choices, scorer=fuzz.ratio, processor=None, limit=limit * 4,
                               score_cutoff=self.MIN_SCORE)
        best: dict[str, float] = {}
        for choice, score, idx in hits:
            if not _words_agree(q, choice):  # "japan's defence ministry" is not "russia's defence ministry"
                continue
            for sid in self._owners[idx]:
                best[sid] = max(best.get(sid, 0.0), score)
        ranked = sorted(best.items(), key=lambda kv: -kv[1])
        if not ranked:
            return NameMatch("none", query=query)
        if len(ranked) == 1 or ranked[0][1] - ranked[1][1] >= self.MARGIN:
            return NameMatch("found", (self._speakers[ranked[0][0]],), query)
        return NameMatch("ambiguous", tuple(self._speakers[sid] for sid, _ in ranked[:limit]), query)


def _words_agree(typed: str, name: str) -> bool:
    """Every word typed is one of the name's words, give or take a typo: a name that is close as a
    whole string but differs in a whole word (another country, another first name) is another name."""
    words = name.split()
    return all(any(fuzz.ratio(w, n) >= 75 for n in words) for w in typed.split())
