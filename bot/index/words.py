"""The words a claim is found by: folded, stop words dropped, lightly stemmed.

One definition for both sides of a lookup: what the index stores for a claim (when an artifact is
written, or an index merged in memory) and what a question is cut into must agree word for word.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import filterfalse

from bot.index.model import Claim

STOPWORDS = frozenset(
    "a an and are as at be by did do does for from had has have he her his in is it its of on or said say "
    "says she that the their them they this to was were what when where which who whom why will with "
    "about any all".split())


def _fold(text: str) -> str:
    if text.isascii():  # NFKD and the quote marks change nothing in ASCII
        return text.lower()
    s = unicodedata.normalize("NFKD", text)
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    return s.replace("\u2019", "'").replace("\u2018", "'")


def stem(word: str) -> str:
    """A deliberately light stemmer: plural and tense endings only, so 'troops' finds 'troop'."""
    if word.endswith("'s"):
        word = word[:-2]
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith("ss"):
            return word[: -len(suffix)] + repl
    return word


@lru_cache(maxsize=1 << 17)  # the same few thousand words recur in every claim
def _term(word: str) -> str:
    return stem(word.replace(",", ""))  # "12,000" is the figure 12000


_WORD = re.compile(r"\d[\d,.]*\d|\w[\w']*")


def terms(text: str, keep_stopwords: bool = False) -> list[str]:
    words = _WORD.findall(_fold(text))
    return list(map(_term, words if keep_stopwords else filterfalse(STOPWORDS.__contains__, words)))


def claim_terms(claim: Claim) -> list[str]:
    """What a claim is found by: its evidence, its text, who said it, where, and its tags."""
    return terms(" ".join((claim.sentence, claim.text, claim.speaker, claim.speaker_role, *claim.places,
                           *claim.tags)))


def body(claim: Claim) -> str:
    """The evidence as re-scoring compares it with a question (stop words kept, for phrases)."""
    return " ".join(terms(claim.sentence, keep_stopwords=True))
