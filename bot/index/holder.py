"""The index a running bot serves, swapped whole on reload or when documents are added.

Requests read `holder.query` once and keep that object for the whole answer, so a swap in the
middle of a request cannot mix two indexes. The served index is the seeds' artifact (`base`)
plus the documents added to the live corpus (`bot.corpus`) and the editors' decisions, each
change patched onto the index in service (`bot.corpus.merge`); a reload of the artifact keeps
the added documents and the decisions. A reload that fails (missing, damaged, wrong format)
keeps the index already in service and reports why.
"""

from __future__ import annotations

import datetime as dt
import gc
import logging
import os
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from bot.corpus.merge import decide, extend
from bot.corpus.store import StoredDocument
from bot.errors import IndexFileError
from bot.index.artifact import load_index
from bot.index.curate import Decision
from bot.index.model import Claim, IndexData, Speaker, claim_from_dict
from bot.index.query import ClaimQuery
from bot.topics import Topic

log = logging.getLogger(__name__)
MERGE_GAP_SECONDS = 0.3


def settle_heap(collect: bool = True) -> None:
    """Keep the collector off the index in service: it lives until the next swap, and a full
    collection walking a million claims' lookups and speakers paused replies for a quarter of a
    second. `collect`: collect what the previous index left first (a reload); merges, which come
    in bursts, only freeze (an index holds no reference cycles, so it is freed when replaced)."""
    if collect:
        gc.unfreeze()
        gc.collect()
    gc.freeze()


@dataclass(frozen=True)
class FoldedDocument:
    """A document of the live corpus that the artifact holds (`nkbot index build --with-store`):
    served from the artifact, so only where it stands in the corpus is kept here."""

    seq: int
    doc_id: str
    added_at: dt.datetime


class IndexHolder:
    def __init__(self, query: ClaimQuery, path: Path | None = None, topics: Mapping[str, Topic] | None = None):
        self._query = query
        self._base = query.index
        self._added: dict[str, StoredDocument] = {}
        self._folded = _folded_of(query.index)
        self._unfolded_from: int | None = None  # a reload dropped documents built in before: read from here
        self._path = path
        self._stamp = _stamp(path)
        self._topics = dict(topics or {})
        self._swap = threading.Lock()  # a SIGHUP reload and the corpus follower may run at once
        self._decisions: tuple[Decision, ...] = ()  # from the database, applied over the artifact's
        self._decisions_seq = 0
        self._new_speakers: tuple[Speaker, ...] = ()
        self._pending: dict[str, StoredDocument] = {}  # added here, merged by the next `extend_soon` round
        self._refused: set[str] = set()  # added documents no merge here could take: set aside, never retried
        self._pending_lock = threading.Lock()
        self._idle = threading.Event()
        self._idle.set()
        self._last_merge_s = 0.0

    @classmethod
    def from_index(cls, index: IndexData, topics: Mapping[str, Topic] | None = None) -> IndexHolder:
        return cls(ClaimQuery(index, topics), None, topics)

    @classmethod
    def load(cls, path: Path, topics: Mapping[str, Topic] | None = None) -> IndexHolder:
        holder = cls(ClaimQuery(load_index(path), topics), path, topics)
        settle_heap()
        return holder

    @property
    def query(self) -> ClaimQuery:
        return self._query

    @property
    def index(self) -> IndexData:
        return self._query.index

    @property
    def latest_seq(self) -> int:
        """The newest added document held, served or about to be (0: none): the follower asks the store
        for what is newer."""
        if self._unfolded_from is not None:
            return self._unfolded_from
        with self._pending_lock:
            pending = max((d.seq for d in self._pending.values()), default=0)
        return max(pending, self.served_seq)

    @property
    def served_seq(self) -> int:
        """The newest added document in the index in service (pending ones not counted)."""
        return max(max((d.seq for d in self._added.values()), default=0),
                   max((d.seq for d in self._folded.values()), default=0))

    def added_between(self, after: int, upto: int) -> list[StoredDocument | FoldedDocument]:
        """The added documents with `after < seq <= upto`, in the order they were added."""
        return sorted((d for d in self.added_documents() if after < d.seq <= upto), key=lambda d: d.seq)

    def holds(self, doc_id: str) -> bool:
        """Served, or about to be (merging), or set aside as one no merge here can take."""
        with self._pending_lock:
            return doc_id in self._added or doc_id in self._pending or doc_id in self._folded or \
                doc_id in self._refused

    def added_documents(self) -> list[StoredDocument | FoldedDocument]:
        return [*self._folded.values(), *self._added.values()]

    def added(self, doc_id: str) -> StoredDocument | FoldedDocument | None:
        return self._added.get(doc_id) or self._folded.get(doc_id)

    def caught_up(self, since: int) -> None:
        """The store was read from `since` (`latest_seq` at the time): documents a reload let go of
        are back."""
        if self._unfolded_from == since:
            self._unfolded_from = None

    def extend(self, documents: Sequence[StoredDocument]) -> bool:
        """Serve these added documents too; False when all were already served."""
        with self._swap:
            new = sorted((d for d in documents if d.doc_id not in self._added and d.doc_id not in self._folded),
                         key=lambda d: d.seq)
            if not new:
                return False
            try:
                added = {**self._added, **{d.doc_id: d for d in new}}
                index = extend(self._query.index, new, self._version(self._base, added), self._decisions)
            except Exception:  # noqa: BLE001 - a fault on one document must not stop every later one
                log.exception("merging %d added document(s) failed; merging them one by one", len(new))
                index, added = self._one_by_one(new)
                if not added.keys() - self._added.keys():
                    return False
            fresh = ClaimQuery(index, self._topics)
            self._query, self._added = fresh, added
        settle_heap(collect=False)
        log.info("index %s in service (%d claims; %d added document(s): %s)", fresh.index.version,
                 fresh.index.count, len(new), ", ".join(d.doc_id for d in new))
        return True

    def _one_by_one(self, new: Sequence[StoredDocument]) -> tuple[IndexData, dict[str, StoredDocument]]:
        """The index with each of these documents merged that can be, alone; the others set aside and
        logged by id, so that a document no merge can take (a fault in the code, met on its claims)
        does not keep every document after it out of service on every poll."""
        index, added = self._query.index, dict(self._added)
        for doc in new:
            trial = {**added, doc.doc_id: doc}
            try:
                index = extend(index, [doc], self._version(self._base, trial), self._decisions)
            except Exception:  # noqa: BLE001 - logged in full; the others are served
                log.exception("added document %s cannot be merged here: set aside, not served", doc.doc_id)
                with self._pending_lock:
                    self._refused.add(doc.doc_id)
                continue
            added = trial
        return index, added

    @property
    def decisions_seq(self) -> int:
        """Which state of the decisions is applied (`ReviewStore.latest_change`; 0: none)."""
        return self._decisions_seq

    def decide(self, decisions: Sequence[Decision], seq: int, new_speakers: Sequence[Speaker] = ()) -> None:
        """Serve the index with these database decisions (all that stand) applied over the artifact,
        and the speakers editors created: the claims whose decision changed are decided anew."""
        with self._swap:
            index = decide(self._query.index, self._decisions, decisions, self._version(self._base, self._added, seq),
                           self._originals(self._base), new_speakers)
            fresh = ClaimQuery(index, self._topics)
            self._query = fresh
            self._decisions, self._decisions_seq, self._new_speakers = tuple(decisions), seq, tuple(new_speakers)
        settle_heap(collect=False)
        log.info("index %s in service (%d decisions applied)", fresh.index.version, len(decisions))

    def _originals(self, base: IndexData) -> Callable[[str], Claim | None]:
        """A claim as built into the artifact `base`, or as extracted from an added document."""
        extracted: dict[str, tuple[dict, StoredDocument]] = {}  # claim id -> record, made on the first miss

        def original(claim_id: str) -> Claim | None:
            found = base.claim(claim_id)
            if found is None:
                if not extracted:
                    extracted.update((c["id"], (c, doc)) for doc in self._added.values() for c in doc.claims)
                if claim_id in extracted:
                    record, doc = extracted[claim_id]
                    return claim_from_dict(record, {doc.doc_id: doc.source})
            return found
        return original

    def _merged(self, base: IndexData, added: dict[str, StoredDocument]) -> IndexData:
        """The artifact, the added documents, then the decisions."""
        version = self._version(base, added)
        index = extend(base, sorted(added.values(), key=lambda d: d.seq), version)
        return decide(index, (), self._decisions, version, self._originals(base), self._new_speakers)

    def _version(self, base: IndexData, added: Mapping[str, StoredDocument], decisions_seq: int | None = None) -> str:
        seq = self._decisions_seq if decisions_seq is None else decisions_seq
        return base.version + (f"+{max(d.seq for d in added.values())}" if added else "") + (f"~{seq}" if seq else "")

    def extend_soon(self, documents: Sequence[StoredDocument]) -> None:
        """Serve these documents within about `MERGE_GAP_SECONDS`, without waiting for it here.

        Each merge copies the lookups, so a burst of additions (a feed, a batch of `nkbot add`) is
        gathered and merged once per gap instead of once per document."""
        with self._pending_lock:
            self._pending.update({d.doc_id: d for d in documents if d.doc_id not in self._added})
            if not self._idle.is_set() or not self._pending:
                return
            self._idle.clear()
        threading.Thread(target=self._merge_pending, name="index merge", daemon=True).start()

    def settle(self, timeout: float | None = None) -> bool:
        """Wait until every document given to `extend_soon` is served; False on timeout."""
        return self._idle.wait(timeout)

    def _merge_pending(self) -> None:
        try:
            while True:
                # let the rest of the burst arrive; a merge that took long waits as long, so merging
                # never takes more than about half of the process while additions keep coming
                time.sleep(max(MERGE_GAP_SECONDS, self._last_merge_s))
                with self._pending_lock:
                    batch = list(self._pending.values())
                    if not batch:
                        self._idle.set()
                        return
                started = time.perf_counter()
                try:
                    self.extend(batch)
                finally:
                    self._last_merge_s = time.perf_counter() - started
                    with self._pending_lock:
                        for d in batch:
                            self._pending.pop(d.doc_id, None)
        except BaseException:
            log.exception("merging added documents failed; they are served after the next poll")
            with self._pending_lock:
                self._pending.clear()
                self._idle.set()

    def reload(self, path: Path | None = None) -> bool:
        """Load the artifact again; True when a new index is in service, False when the old one stays.
        Added documents the new artifact holds (compaction) are served from it and let go of here;
        those an earlier artifact held and this one does not are read from the store again."""
        target = path or self._path
        if target is None:
            return False
        try:
            stamp = _stamp(target)
            base = load_index(target)
            with self._swap:
                folded = _folded_of(base)
                added = {k: d for k, d in self._added.items() if k not in folded}
                dropped = [d.seq for k, d in self._folded.items() if k not in folded]
                fresh = ClaimQuery(self._merged(base, added), self._topics)
                self._query, self._base, self._path, self._stamp = fresh, base, target, stamp
                self._added, self._folded = added, folded
                if dropped:
                    self._unfolded_from = max(0, min(dropped) - 1)
        except IndexFileError as exc:
            log.warning("index reload failed, keeping version %s: %s", self.index.version, exc)
            return False
        settle_heap()
        log.info("index %s in service (%d claims%s)", fresh.index.version, fresh.index.count,
                 f"; {len(folded)} added document(s) built in" if folded else "")
        return True

    def replaced(self) -> bool:
        """Whether the artifact's file was replaced since it was loaded (a new build renamed over it)."""
        return self._path is not None and _stamp(self._path) not in (None, self._stamp)


def _stamp(path: Path | None) -> tuple[int, int, int] | None:
    try:
        st = os.stat(path) if path is not None else None
    except OSError:
        return None
    return (st.st_ino, st.st_size, st.st_mtime_ns) if st else None


def _folded_of(index: IndexData) -> dict[str, FoldedDocument]:
    return {doc_id: FoldedDocument(seq, doc_id, dt.datetime.fromisoformat(added_at))
            for doc_id, (seq, added_at) in index.folded.items()}
