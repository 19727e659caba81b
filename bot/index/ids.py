"""Stable claim ids: a content hash, so editorial decisions survive rebuilds.

`seeds/decisions.yaml` is keyed by claim id, so an id must not depend on extraction order, on
offsets, or on anything an unrelated edit elsewhere in the document could shift. It is a hash of
what identifies the claim: its document, its verbatim evidence sentence and its claim text. When
the evidence itself changes, the id changes on purpose: the old decision was about other words,
and the build reports it as an orphan instead of applying it blindly (sqlite-utils' hash ids are
the model).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

ID_PREFIX = "c"
ID_HEX_CHARS = 11  # 44 bits: collisions are negligible below millions of claims
_SEPARATOR = "\x1f"  # ASCII unit separator: cannot occur in a file stem or in normalised text


def _canonical(text: str) -> str:
    """NFC, whitespace runs collapsed: re-wrapping or re-encoding a document keeps its ids."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", text)).strip()


def claim_id(doc_id: str, sentence: str, text: str, *, salt: str = "") -> str:
    """The id of the claim `text` made in evidence `sentence` of document `doc_id`.

    `salt` tells apart claims that share all three (two speakers of one sentence saying the same
    words, "Seoul and Washington said ..."); pass the speaker's name then. Empty by default, so it
    never changes the id of a claim that does not need it.
    """
    parts = [doc_id, _canonical(sentence), _canonical(text)]
    if salt:
        parts.append(_canonical(salt))
    digest = hashlib.sha1(_SEPARATOR.join(parts).encode("utf-8")).hexdigest()
    return ID_PREFIX + digest[:ID_HEX_CHARS]

