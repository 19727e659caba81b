"""The index a running bot serves, swapped whole on reload.

Requests read `holder.query` once and keep that object for the whole answer, so a reload in
the middle of a request cannot mix two indexes. A reload that fails (missing, damaged, wrong
format) keeps the index already in service and reports why.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from bot.claims.artifact import load_index
from bot.claims.model import IndexData
from bot.claims.query import ClaimQuery
from bot.errors import IndexFileError
from bot.topics import Topic

log = logging.getLogger(__name__)


class IndexHolder:
    def __init__(self, query: ClaimQuery, path: Path | None = None, topics: Mapping[str, Topic] | None = None):
        self._query = query
        self._path = path
        self._topics = dict(topics or {})

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

    def reload(self, path: Path | None = None) -> bool:
        """Load the index again; True when a new one is in service, False when the old one stays."""
        target = path or self._path
        if target is None:
            return False
        try:
            fresh = ClaimQuery(load_index(target), self._topics)
        except IndexFileError as exc:
            log.warning("index reload failed, keeping version %s: %s", self.index.version, exc)
            return False
        self._query, self._path = fresh, target
        log.info("index %s in service (%d claims)", fresh.index.version, len(fresh.index.claims))
        return True
