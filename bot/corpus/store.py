"""Documents added while the bot runs, in SQL: written once by whoever added them, read by every
replica that does not hold them yet (`missing`).

Adding is one transaction (the document with its claims, and its URL): a document is there
whole or not at all. Two processes adding the same page race on the unique `doc_id` and URL; the
loser is told the document is already there, and nothing is written twice.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import IntegrityError

from bot.index.model import Claim, Source, Speaker, claim_from_dict, speaker_from_dict, speaker_to_dict
from bot.corpus.tables import documents, urls


@dataclass(frozen=True)
class StoredDocument:
    seq: int
    source: Source
    text: str
    fingerprint: int
    claims: tuple[dict[str, Any], ...]  # exported claims, as extracted (before cross-document linking)
    speakers: tuple[Speaker, ...]  # speakers these claims introduced
    origin: str
    added_by: str
    added_at: dt.datetime

    @property
    def doc_id(self) -> str:
        return self.source.doc_id

    def claim_records(self) -> list[Claim]:
        return [claim_from_dict(d, {self.doc_id: self.source}) for d in self.claims]


LOOKBACK = 200  # documents behind the newest one held that are looked at again (see `missing`)


class AlreadyStored(Exception):
    """Another process stored this document (or this URL) first."""


class CorpusStore:
    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def since(self, seq: int) -> list[StoredDocument]:
        with self.engine.connect() as conn:
            rows = conn.execute(select(documents).where(documents.c.seq > seq).order_by(documents.c.seq)).all()
        return [_document(row) for row in rows]

    def missing(self, held: Callable[[str], bool], newest_held: int) -> list[StoredDocument]:
        """The documents a process does not hold yet, among those after `newest_held - LOOKBACK`.

        Not simply "after the newest held": sequence numbers are handed out when a row is inserted,
        not when it is committed, so on PostgreSQL a document can become visible after one with a
        higher number was already read. Looking a little further back (ids first, rows only for
        what is missing) catches it."""
        with self.engine.connect() as conn:
            recent = conn.execute(select(documents.c.seq, documents.c.doc_id)
                                  .where(documents.c.seq > newest_held - LOOKBACK)).all()
            wanted = sorted(r.seq for r in recent if not held(r.doc_id))
            if not wanted:
                return []
            rows = conn.execute(select(documents).where(documents.c.seq.in_(wanted)).order_by(documents.c.seq)).all()
        return [_document(row) for row in rows]

    def has(self, doc_id: str) -> bool:
        with self.engine.connect() as conn:
            return conn.execute(select(documents.c.seq).where(documents.c.doc_id == doc_id)).first() is not None

    def text_of(self, doc_id: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(select(documents.c.text).where(documents.c.doc_id == doc_id)).scalar_one_or_none()

    def doc_for_url(self, url: str) -> str | None:
        with self.engine.connect() as conn:
            return conn.execute(select(urls.c.doc_id).where(urls.c.url == url)).scalar_one_or_none()

    def urls_of(self, doc_id: str) -> list[str]:
        with self.engine.connect() as conn:
            return list(conn.execute(select(urls.c.url).where(urls.c.doc_id == doc_id).order_by(urls.c.added_at)
                                     ).scalars())

    def fingerprints(self, after: int = 0) -> list[tuple[int, str, int]]:
        """(seq, doc_id, fingerprint) of the documents after `after`, in seq order."""
        with self.engine.connect() as conn:
            return [(int(r.seq), r.doc_id, int(r.fingerprint)) for r in conn.execute(
                select(documents.c.seq, documents.c.doc_id, documents.c.fingerprint)
                .where(documents.c.seq > after).order_by(documents.c.seq))]

    def add(self, source: Source, text: str, fingerprint: int, claims: list[Claim], speakers: list[Speaker],
            origin: str, added_by: str, also_urls: tuple[str, ...] = (), now: dt.datetime | None = None) -> int:
        """Store a document with its claims; its `seq`. `AlreadyStored` if another process was first."""
        now = now or dt.datetime.now(dt.UTC)
        row = {"doc_id": source.doc_id, "title": source.title, "outlet": source.outlet, "author": source.author,
               "published": source.published, "url": source.url, "text": text, "fingerprint": fingerprint,
               "claims": json.dumps([c.export() for c in claims], ensure_ascii=False),
               "speakers": json.dumps([speaker_to_dict(s) for s in speakers], ensure_ascii=False),
               "origin": origin, "added_by": added_by[:128], "added_at": now}
        try:
            with self.engine.begin() as conn:
                seq = conn.execute(insert(documents).values(row).returning(documents.c.seq)).scalar_one()
                for url in dict.fromkeys(u for u in (source.url, *also_urls) if u):
                    conn.execute(insert(urls).values(url=url, doc_id=source.doc_id, added_at=now))
        except IntegrityError:
            raise AlreadyStored(source.doc_id) from None
        return int(seq)

    def add_url(self, url: str, doc_id: str, now: dt.datetime | None = None) -> bool:
        """Record another address of a stored (or seed) document; False if the URL was known."""
        try:
            with self.engine.begin() as conn:
                conn.execute(insert(urls).values(url=url, doc_id=doc_id, added_at=now or dt.datetime.now(dt.UTC)))
        except IntegrityError:
            return False
        return True


def _document(row: Any) -> StoredDocument:
    source = Source(doc_id=row.doc_id, title=row.title, outlet=row.outlet, author=row.author,
                    published=row.published, url=row.url)
    return StoredDocument(seq=int(row.seq), source=source, text=row.text, fingerprint=int(row.fingerprint),
                          claims=tuple(json.loads(row.claims)),
                          speakers=tuple(speaker_from_dict(d) for d in json.loads(row.speakers)),
                          origin=row.origin, added_by=row.added_by, added_at=row.added_at)
