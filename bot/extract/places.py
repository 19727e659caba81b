"""Place names: every country (pycountry) and a small gazetteer of the story's cities, regions and
seas (bot/extract/data/places.txt), matched on word boundaries.

A gazetteer rather than a tagger: the place names in this domain are a few hundred, a list
is exact, fast, and anyone can extend it without touching code.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from bot.extract.countries import country_names_as_written


@lru_cache(maxsize=1)
def gazetteer() -> tuple[str, ...]:
    """Every country by its names (pycountry), then the cities, regions and seas of the list."""
    raw = resources.files("bot.extract").joinpath("data/places.txt").read_text(encoding="utf-8")
    names = {line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")}
    names |= country_names_as_written() - {"Jordan", "Chad"}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


@lru_cache(maxsize=1)
def _by_first_word() -> dict[str, tuple[str, ...]]:
    """Names by their first word, longest first: a text is scanned once, word by word (a regular
    expression of some six hundred alternatives would try each at every position)."""
    found: dict[str, list[str]] = {}
    for name in gazetteer():  # (already longest first)
        found.setdefault(name.split()[0], []).append(name)
    return {word: tuple(names) for word, names in found.items()}


_CAPITALISED = re.compile(r"\b[A-Z][\w’'.-]*")


@lru_cache(maxsize=1)
def _lower_names() -> frozenset[str]:
    return frozenset(n.lower() for n in gazetteer())


def is_place(name: str) -> bool:
    return name.lower().removeprefix("the ") in _lower_names()


def find_places(text: str) -> tuple[str, ...]:
    """Distinct places in order of first appearance; the longest name wins ("Kursk Oblast")."""
    seen: dict[str, None] = {}
    by_first, pos = _by_first_word(), 0
    for m in _CAPITALISED.finditer(text):
        if m.start() < pos:
            continue
        word = m.group(0)
        for name in by_first.get(word, ()) or by_first.get(word.rstrip(".,’'"), ()):
            end = m.start() + len(name)
            if text.startswith(name, m.start()) and not (end < len(text) and text[end].isalnum()):
                seen.setdefault(name, None)
                pos = end
                break
    return tuple(seen)
