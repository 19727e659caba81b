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


def nearest(fingerprint: int, known: Iterable[tuple[str, int]]) -> tuple[str, int] | None:
    """The closest known (doc_id, fingerprint) within `NEAR` bits, if any."""
    best: tuple[str, int] | None = None
    for doc_id, other in known:
        d = distance(fingerprint, other)
        if d <= NEAR and (best is None or d < best[1]):
            best = (doc_id, d)
    return best
