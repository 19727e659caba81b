"""Claims and texts read from the artifact when a reply shows them, not when the bot starts.

A process answers from the lookups (`bot.index.lookups`) and reads only the claims it shows: a
reply's few, the few hundred a free-text question re-scores. So a million claims cost their
lookups in memory, not a million Python objects, and starting does not parse them.

The artifact file is opened read-only as an immutable SQLite database. A new build replaces the
file (`os.replace`), which a process that has it open does not notice: it keeps reading the file
it opened until it reloads. A file written over in place (`cp` onto it) would change under the
process; every read first checks that the open file is as it was, and refuses otherwise.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import weakref
from collections import OrderedDict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, overload
from urllib.parse import quote

from bot.errors import IndexFileError
from bot.index.lookups import Lookups
from bot.index.model import Claim, Source, claim_from_dict, source_from_dict

CACHED_CLAIMS = 20_000  # claims kept once read (the ones replies show again and again)
BATCH = 500  # claims read in one statement


class ArtifactFile:
    """One open artifact: a read-only SQLite connection shared by the process's threads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        fd = os.open(path, os.O_RDONLY)
        weakref.finalize(self, os.close, fd)
        self._fd = fd
        st = os.fstat(fd)
        self._stamp = (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)
        self._db = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro&immutable=1", uri=True,
                                   check_same_thread=False)
        self._lock = threading.Lock()
        self.rows("SELECT 1 FROM meta LIMIT 1")  # SQLite has the file open from here
        now = os.stat(path)
        if (now.st_dev, now.st_ino) != self._stamp[:2]:  # replaced between the two opens
            raise IndexFileError(f"{path}: the index file was replaced while it was being opened; try again")

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            st = os.fstat(self._fd)
            if (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns) != self._stamp:
                raise IndexFileError(f"{self.path}: the index file in service was written over in place; "
                                     "replace it atomically instead (`nkbot index build` does), then reload")
            try:
                return self._db.execute(sql, params).fetchall()
            except sqlite3.DatabaseError as exc:
                raise IndexFileError(f"{self.path}: damaged index ({exc})") from None


class ClaimsByPosition(Sequence[Claim]):
    """Claims read by position, several at once (`many`), as replies read them."""

    def many(self, positions: Iterable[int]) -> list[Claim]:
        raise NotImplementedError

    def __len__(self) -> int:
        raise NotImplementedError

    @overload
    def __getitem__(self, i: int) -> Claim: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[Claim]: ...
    def __getitem__(self, i: int | slice) -> Claim | Sequence[Claim]:
        if isinstance(i, slice):
            return tuple(self.many(range(len(self))[i]))
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        return self.many((i,))[0]


class StoredClaims(ClaimsByPosition):
    """The artifact's claims by position, read on demand and kept while they are in use."""

    def __init__(self, file: ArtifactFile, lookups: Lookups, sources: Mapping[str, Source]) -> None:
        self.file, self.lookups, self._sources = file, lookups, sources
        self._cache: OrderedDict[int, Claim] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return self.lookups.size

    def many(self, positions: Iterable[int]) -> list[Claim]:
        """The claims at these positions, in this order; one statement a `BATCH` of unread ones."""
        wanted = list(positions)
        with self._lock:
            found = {}
            for i in wanted:
                claim = self._cache.get(i)
                if claim is not None:
                    self._cache.move_to_end(i)
                    found[i] = claim
        row = self.lookups.row
        missing = sorted({row[i] for i in wanted if i not in found})
        for k in range(0, len(missing), BATCH):
            chunk = missing[k:k + BATCH]
            rows = self.file.rows(f"SELECT pos, record FROM claims WHERE row IN ({','.join('?' * len(chunk))})",
                                  chunk)
            read = {pos: self._claim(record) for pos, record in rows}
            found.update(read)
            with self._lock:
                self._cache.update(read)
                while len(self._cache) > CACHED_CLAIMS:
                    self._cache.popitem(last=False)
        try:
            return [found[i] for i in wanted]
        except KeyError as exc:
            raise IndexFileError(f"{self.file.path}: damaged index (claim {exc} missing)") from None

    def __iter__(self) -> Iterator[Claim]:
        """Every claim in order, streamed (the cache is for what replies show, not for a scan)."""
        row = self.lookups.row
        for lo in range(0, len(self), BATCH):
            chunk = [row[i] for i in range(lo, min(lo + BATCH, len(self)))]
            read = dict(self.file.rows(f"SELECT pos, record FROM claims WHERE row IN ({','.join('?' * len(chunk))})",
                                       chunk))
            for i in range(lo, lo + len(chunk)):
                if i not in read:
                    raise IndexFileError(f"{self.file.path}: damaged index (claim {i} missing)")
                yield self._claim(read[i])

    def __contains__(self, claim: object) -> bool:
        return isinstance(claim, Claim) and self.position(claim.id) is not None

    def position(self, claim_id: str) -> int | None:
        rows = self.file.rows("SELECT pos FROM claims WHERE id = ?", (claim_id,))
        return rows[0][0] if rows else None

    def by_id(self, claim_id: str) -> Claim | None:
        pos = self.position(claim_id)
        return None if pos is None else self.many((pos,))[0]

    def _claim(self, record: str) -> Claim:
        try:
            return claim_from_dict(json.loads(record), self._sources)
        except (KeyError, TypeError, ValueError) as exc:
            raise IndexFileError(f"{self.file.path}: damaged index ({type(exc).__name__}: {exc})") from None


class StoredSources(Mapping[str, Source]):
    """The documents' metadata, read when a claim or a page needs it and then kept (a source is a
    few hundred bytes; parsing a hundred thousand of them at start took two seconds)."""

    def __init__(self, file: ArtifactFile) -> None:
        self.file = file
        self._read: dict[str, Source] = {}
        self._count: int | None = None

    def __getitem__(self, doc_id: str) -> Source:
        found = self._read.get(doc_id)
        if found is None:
            rows = self.file.rows("SELECT record FROM sources WHERE doc_id = ?", (doc_id,))
            if not rows:
                raise KeyError(doc_id)
            found = self._read[doc_id] = self._source(rows[0][0])
        return found

    def __contains__(self, doc_id: object) -> bool:
        return isinstance(doc_id, str) and (doc_id in self._read or bool(
            self.file.rows("SELECT 1 FROM sources WHERE doc_id = ?", (doc_id,))))

    def __iter__(self) -> Iterator[str]:
        return iter([doc_id for (doc_id,) in self.file.rows("SELECT doc_id FROM sources ORDER BY doc_id")])

    def __len__(self) -> int:
        if self._count is None:
            self._count = self.file.rows("SELECT count(*) FROM sources")[0][0]
        return self._count

    def by_url(self, url: str) -> str:
        """The document published at `url`, or ""."""
        rows = self.file.rows("SELECT doc_id FROM sources WHERE url = ? ORDER BY doc_id LIMIT 1", (url,))
        return rows[0][0] if rows else ""

    def _source(self, record: str) -> Source:
        try:
            return source_from_dict(json.loads(record))
        except (KeyError, TypeError, ValueError) as exc:
            raise IndexFileError(f"{self.file.path}: damaged index ({type(exc).__name__}: {exc})") from None


class StoredTexts(Mapping[str, str]):
    """Document texts (for source pages and "Show in context"), read when one is shown."""

    def __init__(self, file: ArtifactFile) -> None:
        self.file = file

    def __getitem__(self, doc_id: str) -> str:
        rows = self.file.rows("SELECT text FROM texts WHERE doc_id = ?", (doc_id,))
        if not rows:
            raise KeyError(doc_id)
        return rows[0][0]

    def __iter__(self) -> Iterator[str]:
        return iter([doc_id for (doc_id,) in self.file.rows("SELECT doc_id FROM texts ORDER BY doc_id")])

    def __len__(self) -> int:
        return self.file.rows("SELECT count(*) FROM texts")[0][0]
