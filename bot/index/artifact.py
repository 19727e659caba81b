"""The index artifact on disk: written atomically, loaded whole, refused when damaged.

One JSON file. Writing goes to a temporary file in the same folder, is flushed and fsynced,
then `os.replace`d over the old one, so a reader sees the old index or the new one, never half
of either; a failed build leaves the previous file in service. `version` is a hash of the
content, so processes can tell whether they serve the same index.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from bot.index.model import (
    IndexData,
    QuantityGroup,
    claim_from_dict,
    source_from_dict,
    source_to_dict,
    speaker_from_dict,
    speaker_to_dict,
)
from bot.errors import IndexFileError

FORMAT = "nkbot-claim-index"
FORMAT_VERSION = 1


def content_version(body_json: str) -> str:
    """A hash of the index's content (not of when it was built), so an unchanged rebuild keeps
    its version. The body is built in a fixed order, so its compact JSON is canonical."""
    return hashlib.sha256(body_json.encode()).hexdigest()[:16]


def _body(index: IndexData) -> dict[str, Any]:
    return {
        "sources": {k: source_to_dict(v) for k, v in sorted(index.sources.items())},
        "speakers": [speaker_to_dict(s) for s in sorted(index.speakers.values(), key=lambda s: s.id)],
        "claims": [c.export() for c in index.claims],
        "groups": [{"key": g.key, "label": g.label, "claim_ids": list(g.claim_ids), "contested": g.contested}
                   for g in index.groups],
        "texts": dict(sorted(index.texts.items())),
    }


def to_json(index: IndexData) -> tuple[str, str]:
    """(the artifact's JSON, its content version). The body is serialised once, in one call of
    the C encoder: hashing a second, key-sorted serialisation took as long as the write."""
    body = json.dumps(_body(index), ensure_ascii=False, separators=(",", ":"))
    version = content_version(body)
    head = json.dumps({"format": FORMAT, "format_version": FORMAT_VERSION, "version": version,
                       "built_at": index.built_at}, ensure_ascii=False, separators=(",", ":"))
    return head[:-1] + "," + body[1:], version


def write_index(index: IndexData, path: Path) -> str:
    """Write atomically; return the content version written."""
    text, version = to_json(index)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return version


def from_payload(payload: Any, origin: str = "index") -> IndexData:
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise IndexFileError(f"{origin}: not an nkbot claim index")
    if payload.get("format_version") != FORMAT_VERSION:
        raise IndexFileError(f"{origin}: index format {payload.get('format_version')} is not {FORMAT_VERSION}; "
                             "rebuild it with `nkbot index build`")
    try:
        sources = {k: source_from_dict(v) for k, v in payload["sources"].items()}
        speakers = {d["id"]: speaker_from_dict(d) for d in payload["speakers"]}
        claims = tuple(claim_from_dict(d, sources) for d in payload["claims"])
        groups = tuple(QuantityGroup(g["key"], g["label"], tuple(g["claim_ids"]), bool(g["contested"]))
                       for g in payload.get("groups", ()))
        texts = dict(payload.get("texts", {}))
    except (KeyError, TypeError, ValueError) as exc:
        raise IndexFileError(f"{origin}: damaged index ({type(exc).__name__}: {exc})") from None
    return IndexData(version=str(payload.get("version", "")), built_at=str(payload.get("built_at", "")),
                     sources=sources, speakers=speakers, claims=claims, groups=groups, texts=texts)


def load_index(path: Path) -> IndexData:
    """Load and validate; any damage is an `IndexFileError` so the caller can keep its old index."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise IndexFileError(f"{path}: no claim index here; build one with `nkbot index build`") from None
    try:
        payload = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise IndexFileError(f"{path}: damaged or half-written index ({exc})") from None
    return from_payload(payload, str(path))
