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

from bot.claims.model import (
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


def content_version(payload: dict[str, Any]) -> str:
    blob = json.dumps(payload, sort_keys=True, ensure_ascii=False).encode()
    return hashlib.sha256(blob).hexdigest()[:16]


def to_payload(index: IndexData) -> dict[str, Any]:
    body = {
        "sources": {k: source_to_dict(v) for k, v in sorted(index.sources.items())},
        "speakers": [speaker_to_dict(s) for s in sorted(index.speakers.values(), key=lambda s: s.id)],
        "claims": [c.export() for c in index.claims],
        "groups": [{"key": g.key, "label": g.label, "claim_ids": list(g.claim_ids), "contested": g.contested}
                   for g in index.groups],
        "texts": dict(sorted(index.texts.items())),
    }
    return {"format": FORMAT, "format_version": FORMAT_VERSION, "version": content_version(body),
            "built_at": index.built_at, **body}


def write_index(index: IndexData, path: Path) -> str:
    """Write atomically; return the content version written."""
    payload = to_payload(index)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(payload, fh, ensure_ascii=False, separators=(",", ":"))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return payload["version"]


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
