"""Place names from a small gazetteer (bot/index/data/places.txt), matched on word boundaries.

A gazetteer rather than a tagger: the place names in this domain are a few hundred, a list
is exact, fast, and anyone can extend it without touching code.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources


@lru_cache(maxsize=1)
def gazetteer() -> tuple[str, ...]:
    raw = resources.files("bot.extract").joinpath("data/places.txt").read_text(encoding="utf-8")
    names = {line.strip() for line in raw.splitlines() if line.strip() and not line.startswith("#")}
    return tuple(sorted(names, key=lambda n: (-len(n), n)))


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(n) for n in gazetteer()) + r")\b")


@lru_cache(maxsize=1)
def _lower_names() -> frozenset[str]:
    return frozenset(n.lower() for n in gazetteer())


def is_place(name: str) -> bool:
    return name.lower().removeprefix("the ") in _lower_names()


def find_places(text: str) -> tuple[str, ...]:
    """Distinct places in order of first appearance; the longest name wins ("Kursk Oblast")."""
    seen: dict[str, None] = {}
    for m in _pattern().finditer(text):
        seen.setdefault(m.group(0), None)
    return tuple(seen)
