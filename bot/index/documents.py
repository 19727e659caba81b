"""Reading a seeds folder: documents, their metadata, and strict checks on both.

A build must never index half a corpus silently, so every problem is an `InputFileError` naming
the file (and line, for YAML) and the build stops before anything is replaced.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from bot.index.model import Document, Source
from bot.errors import InputFileError

MAX_DOCUMENT_BYTES = 2_000_000
SOURCE_FIELDS = {"title", "outlet", "author", "published", "published_estimated", "url", "description", "note"}


def load_yaml(path: Path) -> Any:
    """Parse a YAML file, turning a syntax error into a message with its line number."""
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputFileError(path, "file not found") from None
    except UnicodeDecodeError as exc:
        raise InputFileError(path, f"not UTF-8 text (byte {exc.start})") from None
    try:
        return yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise InputFileError(path, f"invalid YAML: {problem}", line=mark.line + 1 if mark else None) from None


# Characters that are not seen but split words for every pattern that reads names: zero-width
# spaces and joiners, the word joiner, a byte-order mark, soft hyphens ("Zelen\u00adsky"). Pages and PDFs
# carry them for line breaking; a reader never sees them, so neither does extraction.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))


def visible_text(text: str) -> str:
    """The text as a reader sees it: without invisible formatting characters, so that a name with
    a soft hyphen in it is one name, and evidence stays verbatim to the text that is stored."""
    return text.translate(_INVISIBLE) if not text.isascii() else text


def read_document_text(path: Path, max_bytes: int = MAX_DOCUMENT_BYTES) -> str:
    data = path.read_bytes()
    if len(data) > max_bytes:
        raise InputFileError(path, f"document is {len(data):,} bytes, over the {max_bytes:,}-byte limit")
    if b"\x00" in data:
        raise InputFileError(path, "binary file (contains NUL bytes), not a text document")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputFileError(path, f"not UTF-8 text (invalid byte at offset {exc.start})") from None
    text = visible_text(text)
    if not text.strip():
        raise InputFileError(path, "document is empty")
    return text


def _published(value: Any, path: Path, doc_id: str) -> str:
    if value in (None, ""):
        return ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise InputFileError(path, f"{doc_id}: published must be an ISO date (YYYY-MM-DD), got {value!r}") from None


def load_sources(path: Path) -> dict[str, Source]:
    """Metadata by document id. A missing file means no metadata, not an error."""
    if not path.exists():
        return {}
    data = load_yaml(path) or {}
    if not isinstance(data, dict):
        raise InputFileError(path, "expected a mapping of document id to its metadata")
    sources = {}
    for doc_id, meta in data.items():
        meta = meta or {}
        if not isinstance(meta, dict):
            raise InputFileError(path, f"{doc_id}: expected a mapping of fields, got {type(meta).__name__}")
        unknown = set(meta) - SOURCE_FIELDS
        if unknown:
            raise InputFileError(path, f"{doc_id}: unknown field(s) {', '.join(sorted(unknown))}")
        url = str(meta.get("url") or "")
        if url and not url.startswith(("https://", "http://")):
            raise InputFileError(path, f"{doc_id}: url must start with http:// or https://")
        sources[str(doc_id)] = Source(
            doc_id=str(doc_id),
            title=str(meta.get("title") or ""),
            outlet=str(meta.get("outlet") or ""),
            author=str(meta.get("author") or ""),
            published=_published(meta.get("published"), path, str(doc_id)),
            published_estimated=bool(meta.get("published_estimated")),
            url=url,
            description=str(meta.get("description") or ""),
        )
    return sources


def load_documents(seeds: Path, max_bytes: int = MAX_DOCUMENT_BYTES) -> list[Document]:
    """Every `*.txt` in `seeds`, sorted by id, with its metadata from `sources.yaml`."""
    if not seeds.is_dir():
        raise InputFileError(seeds, "seeds folder not found")
    sources = load_sources(seeds / "sources.yaml")
    paths = sorted(seeds.glob("*.txt"))
    if not paths:
        raise InputFileError(seeds, "no documents (*.txt) in the seeds folder")
    docs = []
    for path in paths:
        doc_id = path.stem
        docs.append(Document(doc_id, read_document_text(path, max_bytes), sources.get(doc_id, Source(doc_id))))
    return docs
