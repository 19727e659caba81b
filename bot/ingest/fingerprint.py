"""Recognising the same story published twice: wire copy syndicated on several sites.

A 64-bit simhash of the text's word 4-grams: copies that differ in a headline, a byline, a
dateline or a footer differ in a few bits; different stories on the same subject differ in about
half. Two documents within `NEAR` bits are one document with two URLs, so a syndicated report does
not count as independent corroboration. Comparing against every stored fingerprint is a popcount
per document: 100,000 documents take milliseconds.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

NEAR = 10  # bits. Measured on this story: a 250-word report re-headlined, re-bylined and re-footed
# differs from its original by 7; two different reports by 22 or more (32 on average)
SAME = 0.6  # Jaccard of word 4-grams: copies with their own headline, byline and footer stay near 0.9
_WORD = re.compile(r"\w+")
_SHINGLE = 4


def simhash(text: str) -> int:
    """Signed 64-bit (it is stored in a BIGINT column)."""
    words = _WORD.findall(text.lower())
    weights = [0] * 64
    shingles = {" ".join(words[i:i + _SHINGLE]) for i in range(max(1, len(words) - _SHINGLE + 1))}
    for shingle in shingles:
        h = int.from_bytes(hashlib.blake2b(shingle.encode(), digest_size=8).digest(), "big")
        for bit in range(64):
            weights[bit] += 1 if h >> bit & 1 else -1
    value = sum(1 << bit for bit in range(64) if weights[bit] > 0)
    return value - (1 << 64) if value >= 1 << 63 else value


def distance(a: int, b: int) -> int:
    return ((a ^ b) & ((1 << 64) - 1)).bit_count()


def near(fingerprint: int, known: Iterable[tuple[str, int]]) -> list[str]:
    """The known documents within `NEAR` bits, closest first: candidates, to be confirmed by `same_text`."""
    found = sorted((distance(fingerprint, other), doc_id) for doc_id, other in known)
    return [doc_id for d, doc_id in found if d <= NEAR]


def _shingles(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    return {" ".join(words[i:i + _SHINGLE]) for i in range(max(1, len(words) - _SHINGLE + 1))}


def same_text(a: str, b: str, threshold: float = SAME) -> bool:
    """Most word 4-grams shared: the check that a fingerprint match is a copy, not a look-alike (a
    simhash collision grows likelier as the corpus grows; this is exact, and run only on candidates)."""
    sa, sb = _shingles(a), _shingles(b)
    return bool(sa and sb) and len(sa & sb) / len(sa | sb) >= threshold
