"""The index a running bot serves, swapped whole on reload or when documents are added.

Requests read `holder.query` once and keep that object for the whole answer, so a swap in the
middle of a request cannot mix two indexes. The served index is the seeds' artifact (`base`)
plus the documents added to the live corpus (`bot.corpus`); a reload of the artifact keeps the
added documents, and added documents keep the artifact. A reload that fails (missing, damaged,
wrong format) keeps the index already in service and reports why.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path

from bot.index.artifact import load_index
from bot.index.model import IndexData
from bot.index.query import ClaimQuery
from bot.corpus.merge import merge
from bot.corpus.store import StoredDocument
from bot.errors import IndexFileError
from bot.topics import Topic

log = logging.getLogger(__name__)


class IndexHolder:
    def __init__(self, query: ClaimQuery, path: Path | None = None, topics: Mapping[str, Topic] | None = None):
        self._query = query
        self._base = query.index
        self._added: dict[str, StoredDocument] = {}
        self._path = path
        self._topics = dict(topics or {})
        self._swap = threading.Lock()  # a SIGHUP reload and the corpus follower may run at once

    @classmethod
    def from_index(cls, index: IndexData, topics: Mapping[str, Topic] | None = None) -> IndexHolder:
        return cls(ClaimQuery(index, topics), None, topics)

    @classmethod
    def load(cls, path: Path, topics: Mapping[str, Topic] | None = None) -> IndexHolder:
        return cls(ClaimQuery(load_index(path), topics), path, topics)

    @property
    def query(self) -> ClaimQuery:
        return self._query

    @property
    def index(self) -> IndexData:
        return self._query.index

    @property
    def latest_seq(self) -> int:
        """The newest added document held (0: none): the follower asks the store for what is newer."""
        return max((d.seq for d in self._added.values()), default=0)

    def added_between(self, after: int, upto: int) -> list[StoredDocument]:
        """The added documents with `after < seq <= upto`, in the order they were added."""
        return sorted((d for d in self._added.values() if after < d.seq <= upto), key=lambda d: d.seq)

    def added(self, doc_id: str) -> StoredDocument | None:
        return self._added.get(doc_id)

    def extend(self, documents: Sequence[StoredDocument]) -> bool:
        """Serve these added documents too; False when all were already served."""
        with self._swap:
            new = [d for d in documents if d.doc_id not in self._added]
            if not new:
                return False
            added = {**self._added, **{d.doc_id: d for d in new}}
            fresh = ClaimQuery(merge(self._base, list(added.values())), self._topics)
            self._query, self._added = fresh, added
        log.info("index %s in service (%d claims; %d added document(s): %s)", fresh.index.version,
                 len(fresh.index.claims), len(new), ", ".join(d.doc_id for d in new))
        return True

    def reload(self, path: Path | None = None) -> bool:
        """Load the artifact again; True when a new index is in service, False when the old one stays."""
        target = path or self._path
        if target is None:
            return False
        try:
            base = load_index(target)
            with self._swap:
                fresh = ClaimQuery(merge(base, list(self._added.values())), self._topics)
                self._query, self._base, self._path = fresh, base, target
        except IndexFileError as exc:
            log.warning("index reload failed, keeping version %s: %s", self.index.version, exc)
            return False
        log.info("index %s in service (%d claims)", fresh.index.version, len(fresh.index.claims))
        return True
