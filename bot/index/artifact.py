"""The index artifact on disk: written atomically, opened rather than parsed, refused when damaged.

One SQLite file: the sources, speakers and quantity groups (read at start), the claims and
document texts (read when shown, `bot.index.stored`), and the lookups computed when the file is
written (`bot.index.lookups`, read at start as a few blobs). Starting is then reading the lookups,
not parsing and tokenising every claim: a million claims start in seconds, not minutes.

Writing goes to a temporary file in the same folder, is flushed and fsynced, then `os.replace`d
over the old one, so a reader sees the old index or the new one, never half of either; a failed
build leaves the previous file in service. `version` is a hash of the content, so processes can
tell whether they serve the same index, and an unchanged rebuild keeps its version.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Iterable
from dataclasses import astuple
from pathlib import Path
from typing import Any

from bot.errors import IndexFileError
from bot.index.lookups import Lookups
from bot.index.model import (
    IndexData,
    QuantityGroup,
    Reading,
    source_to_dict,
    speaker_from_dict,
    speaker_to_dict,
)
from bot.index.stored import ArtifactFile, StoredClaims, StoredSources, StoredTexts

FORMAT = "nkbot-claim-index"
# 1 was one JSON file; 2 lacked what adding documents without reading all claims needs; 3 lacked each
# figure's bounds and kind (increment, total, forecast, ...), which the quantity groups now follow.
FORMAT_VERSION = 4
_SQLITE_MAGIC = b"SQLite format 3\x00"
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE sources (doc_id TEXT PRIMARY KEY, url TEXT NOT NULL, record TEXT NOT NULL);
CREATE INDEX sources_url ON sources (url);
CREATE TABLE speakers (id TEXT PRIMARY KEY, record TEXT NOT NULL);
CREATE TABLE groups (pos INTEGER PRIMARY KEY, record TEXT NOT NULL);
CREATE TABLE texts (doc_id TEXT PRIMARY KEY, text TEXT NOT NULL);
CREATE TABLE claims (row INTEGER PRIMARY KEY, pos INTEGER NOT NULL, id TEXT NOT NULL UNIQUE, record TEXT NOT NULL);
CREATE TABLE lookups (name TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE folded (doc_id TEXT PRIMARY KEY, seq INTEGER NOT NULL, added_at TEXT NOT NULL);
"""


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def write_index(index: IndexData, path: Path, lookups: Lookups | None = None) -> str:
    """Write atomically; return the content version written."""
    lookups = lookups or Lookups.build(index.claims, index.groups)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        version = _write(index, lookups, Path(tmp))
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return version


def _write(index: IndexData, lookups: Lookups, tmp: Path) -> str:
    digest = hashlib.sha256()

    def hashed(rows: Iterable[tuple[Any, ...]]) -> Iterable[tuple[Any, ...]]:
        for row in rows:
            digest.update("\x1f".join(map(str, row)).encode())
            digest.update(b"\x1e")
            yield row

    db = sqlite3.connect(tmp)
    try:
        # larger pages: the lookups' blobs are read whole at start, in fewer steps
        db.executescript("PRAGMA page_size = 16384; PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + _SCHEMA)
        db.executemany("INSERT INTO sources VALUES (?, ?, ?)", hashed(
            (k, v.url, _compact(source_to_dict(v))) for k, v in sorted(index.sources.items())))
        db.executemany("INSERT INTO speakers VALUES (?, ?)", hashed(
            (s.id, _compact(speaker_to_dict(s))) for s in sorted(index.speakers.values(), key=lambda s: s.id)))
        claims = index.claims
        db.executemany("INSERT INTO claims VALUES (?, ?, ?, ?)", hashed(
            (row, pos, claims[pos].id, _compact({k: v for k, v in claims[pos].export().items() if k != "source"}))
            for row, pos in enumerate(lookups.stored_order())))
        db.executemany("INSERT INTO groups VALUES (?, ?)", hashed(
            (pos, _compact({"key": g.key, "label": g.label, "claim_ids": list(g.claim_ids), "contested": g.contested,
                            "current": [astuple(r) for r in g.current], "denied": g.denied}))
            for pos, g in enumerate(index.groups)))
        db.executemany("INSERT INTO texts VALUES (?, ?)", hashed(sorted(index.texts.items())))
        db.executemany("INSERT INTO lookups VALUES (?, ?)", lookups.pack().items())
        db.executemany("INSERT INTO folded VALUES (?, ?, ?)", hashed(
            (doc_id, seq, added_at) for doc_id, (seq, added_at) in sorted(index.folded.items())))
        version = digest.hexdigest()[:16]
        db.executemany("INSERT INTO meta VALUES (?, ?)", (
            ("format", FORMAT), ("format_version", str(FORMAT_VERSION)), ("version", version),
            ("built_at", index.built_at)))
        db.commit()
    finally:
        db.close()
    return version


def _check_file(path: Path) -> None:
    """Refuse what is not a whole artifact before SQLite reads it: another format, or a file cut
    short (the page count in its header says how long it must be)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
            size = os.fstat(fh.fileno()).st_size
    except FileNotFoundError:
        raise IndexFileError(f"{path}: no claim index here; build one with `nkbot index build`") from None
    if head[:1] == b"{":
        raise IndexFileError(f"{path}: an index of format 1 (JSON) or not an index at all; "
                             "rebuild it with `nkbot index build`")
    if len(head) < 100 or head[:16] != _SQLITE_MAGIC:
        raise IndexFileError(f"{path}: not an nkbot claim index")
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(head[28:32], "big")
    if pages and page_size * pages != size:
        raise IndexFileError(f"{path}: damaged or half-written index ({size} bytes, its header says "
                             f"{page_size * pages})")


def load_index(path: Path) -> IndexData:
    """Open and validate; any damage is an `IndexFileError` so the caller can keep its old index."""
    _check_file(path)
    try:
        file = ArtifactFile(path)
        meta = dict(file.rows("SELECT key, value FROM meta"))
        if meta.get("format") != FORMAT:
            raise IndexFileError(f"{path}: not an nkbot claim index")
        if meta.get("format_version") != str(FORMAT_VERSION):
            raise IndexFileError(f"{path}: index format {meta.get('format_version')} is not {FORMAT_VERSION}; "
                                 "rebuild it with `nkbot index build`")
        sources = StoredSources(file)
        speakers = {k: speaker_from_dict(json.loads(v)) for k, v in file.rows("SELECT id, record FROM speakers")}
        groups = tuple(QuantityGroup(g["key"], g["label"], tuple(g["claim_ids"]), bool(g["contested"]),
                                     tuple(Reading(*r) for r in g["current"]), bool(g["denied"]))
                       for g in (json.loads(r) for (r,) in file.rows("SELECT record FROM groups ORDER BY pos")))
        try:
            lookups = Lookups.unpack(dict(file.rows("SELECT name, data FROM lookups")))
        except KeyError as exc:
            raise IndexFileError(f"{path}: its lookups lack {exc} (written by another version of nkbot); "
                                 "rebuild it with `nkbot index build`") from None
        claims = StoredClaims(file, lookups, sources)
        if file.rows("SELECT count(*) FROM claims")[0][0] != lookups.size:
            raise ValueError("the lookups are not of these claims")
    except sqlite3.DatabaseError as exc:
        raise IndexFileError(f"{path}: damaged index ({exc})") from None
    except (KeyError, TypeError, ValueError) as exc:
        raise IndexFileError(f"{path}: damaged index ({type(exc).__name__}: {exc})") from None
    except OSError as exc:
        raise IndexFileError(f"{path}: cannot read the index ({exc.strerror})") from None
    return IndexData(version=meta.get("version", ""), built_at=meta.get("built_at", ""), sources=sources,
                     speakers=speakers, claims=claims, groups=groups, texts=StoredTexts(file),
                     folded=_folded(file))


def _folded(file: ArtifactFile) -> dict[str, tuple[int, str]]:
    """The live corpus's documents built in (none in an artifact written before that was possible)."""
    if not file.rows("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'folded'"):
        return {}
    return {doc_id: (int(seq), added_at) for doc_id, seq, added_at
            in file.rows("SELECT doc_id, seq, added_at FROM folded")}
