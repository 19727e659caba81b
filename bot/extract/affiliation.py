"""Whom a newly met speaker speaks for, read from the words the article used for them.

"Jeon Ha-kyu, spokesperson for the Ministry of National Defense" speaks for that ministry;
"Andriy Yusov, a representative of the Main Intelligence Agency (GUR) of the Ministry of Defense
of Ukraine" for that agency, in Ukraine; "the UK Ministry of Defense" is British. Lookups use the
chain (person -> institution -> country), so "what did South Korea say?" finds the officials of
South Korea nobody has registered yet. Only what the words say is taken: no guessing from the
outlet or the rest of the story.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.extract.countries import CAPITALS, country_words
from bot.extract.lexicon import ORG_WORDS

NOT_COUNTRIES = {"jordan", "chad"}  # country names more often people's names in this story's text

# Countries by their names and their peoples' adjectives (pycountry, `countries.py`), and the
# capitals and seats of government news uses for them ("Seoul said", "the Kremlin").
COUNTRY_WORDS = {
    **{word: country for word, country in country_words().items() if word not in NOT_COUNTRIES},
    **{capital.lower(): country for capital, country in CAPITALS.items()},
    "uk": "United Kingdom", "u.k.": "United Kingdom", "u.s.": "United States", "us": "United States",
    "kremlin": "Russia", "pentagon": "United States",
}
_COUNTRY_WORD = re.compile(r"(?<![\w.])(" + "|".join(re.escape(w) for w in sorted(COUNTRY_WORDS, key=len, reverse=True))
                           + r")(?![\w])", re.I)
# "spokesperson for the Ministry of National Defense", "a representative of the Main Intelligence Agency"
_OF_INSTITUTION = re.compile(r"\b(?:of|for|at|with|from)\s+(?:the\s+)?(?P<org>(?:[A-Z][\w’'.-]*\s*)+"
                             r"(?:(?:of|for|and|on)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s*)+)*)")
# "Foreign Ministry spokesperson", "People Power Party Rep."
_INSTITUTION_BEFORE = re.compile(r"^(?P<org>(?:[A-Z][\w’'.-]*\s+)*?[A-Z][\w’'.-]*\s+(?:"
                                 + "|".join(sorted(w.capitalize() for w in ORG_WORDS)) + r"))\b")


@lru_cache(maxsize=65536)
def country_of(*texts: str) -> str:
    """The country a name or role names: a country adjective, a capital, or a country."""
    for text in texts:
        m = _COUNTRY_WORD.search(text)
        if m:
            return COUNTRY_WORDS[m.group(1).lower()]
    return ""


@lru_cache(maxsize=65536)
def institution_of(role: str) -> str:
    """The institution a role says someone belongs to ("" when it names none)."""
    role = re.sub(r"\s*\([^)]*\)", "", role)
    named = [m for m in _OF_INSTITUTION.finditer(role) if any(_org_word(w) for w in m.group("org").split())]
    if named:  # "president of the Security Department at the Center for ...": the Center, where they work
        at = [m for m in named if role[:m.start() + 3].endswith(("at ", "with"))]
        return _cut((at or named)[0].group("org"))
    m = _INSTITUTION_BEFORE.match(role.strip())
    return m.group("org").strip() if m else ""


def _org_word(word: str) -> bool:
    return re.sub(r"[’']s?$", "", word.lower()) in ORG_WORDS


def _cut(org: str) -> str:
    """"Main Intelligence Agency of the Ministry of Defense of Ukraine": the agency, the first body named."""
    words = org.split()
    for k, w in enumerate(words):
        if _org_word(w) and k + 1 < len(words) and words[k + 1] in ("of", "for") and \
                any(_org_word(x) for x in words[k + 2:]):
            return " ".join(words[:k + 1])
    return org.strip()
