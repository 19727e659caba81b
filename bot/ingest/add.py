"""Adding one document, from a URL or a file: fetch -> read -> already held? -> extract -> store.

Nothing is written until the document has been read and extracted whole, and then in one
transaction (`CorpusStore.add`), so a fetch or an extraction that fails leaves the corpus and the
index as they were. The process that adds serves the document at once; the other replicas within
their next poll (`bot.corpus.follow`).

Already held means: the same URL (as given, or the page's canonical one), or a near-duplicate text
(`fingerprint.py`): a syndicated copy becomes one more URL of the document it copies, not a second
source.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import logging
import re
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import aiohttp

from bot.index.denials import link_denials
from bot.index.documents import read_document_text
from bot.index.model import Claim, Document, Source, Speaker
from bot.index.quantities import group_quantities
from bot.index.speakers import Registry
from bot.corpus.store import AlreadyStored, CorpusStore, StoredDocument
from bot.errors import UserError
from bot.index.holder import IndexHolder
from bot.ingest.fetch import Limits, check_url, fetch
from bot.ingest.fingerprint import near, same_text, simhash
from bot.ingest.pool import ReadingPool
from bot.ingest.read import Article, read_text

log = logging.getLogger(__name__)

Outcome = Literal["added", "known", "copy"]


@dataclass(frozen=True)
class Added:
    outcome: Outcome  # added | known: this URL or text is held already | copy: a syndicated copy of one held
    doc_id: str
    source: Source
    claims: tuple[Claim, ...] = ()
    new_speakers: tuple[Speaker, ...] = ()
    url: str = ""  # the address asked for


@dataclass
class Ingestor:
    store: CorpusStore
    holder: IndexHolder
    limits: Limits = field(default_factory=Limits)
    reader: ReadingPool = field(default_factory=ReadingPool)  # PDFs and pages are read in its processes
    _seed_prints: tuple[str, list[tuple[str, int]]] = ("", [])  # (artifact version, its fingerprints)
    _stored_prints: list[tuple[int, str, int]] = field(default_factory=list)  # (seq, doc_id, fingerprint)
    _prints_lock: threading.Lock = field(default_factory=threading.Lock)

    async def add_url(self, url: str, session: aiohttp.ClientSession, origin: str = "cli", by: str = "") -> Added:
        url = check_url(url)
        if held := await asyncio.to_thread(self._held_at, url):
            return held
        page = await fetch(session, url, limits=self.limits)
        # read in a worker process, bounded in time and size; SQL in a thread: Slack is acknowledged meanwhile
        article = await self.reader.article(page.body, page.content_type, page.charset, page.url)
        if article.url and article.url != url and (held := await asyncio.to_thread(self._held_at, article.url)):
            await asyncio.to_thread(self.store.add_url, url, held.doc_id)
            return held
        return await asyncio.to_thread(self._add, article, url, origin, by)

    def add_file(self, path: Path, origin: str = "cli", by: str = "") -> Added:
        """A local text file (`.txt`: its first line is taken as the title when it reads as one) or PDF."""
        if not path.is_file():
            raise UserError(f"{path}: no such file")
        if path.suffix.lower() == ".pdf":
            if (size := path.stat().st_size) > self.limits.max_bytes:
                raise UserError(f"{path}: {size:,} bytes, over the {self.limits.max_bytes:,}-byte limit")
            try:
                return self._add(self.reader.pdf_file(path.read_bytes()), "", origin, by)
            except UserError as exc:
                raise UserError(f"{path}: {exc}") from None
        text = read_document_text(path, self.limits.max_bytes)
        if path.suffix.lower() not in ("", ".txt", ".text", ".md"):
            raise UserError(f"{path}: only plain-text files and PDFs are added (.txt, .pdf); for a web page give its URL")
        first = text.strip().splitlines()[0].strip()
        return self._add(read_text(text, title=first if len(first.split()) <= 20 else ""), "", origin, by)

    def _held_at(self, url: str) -> Added | None:
        doc_id = self.store.doc_for_url(url) or self.holder.query.document(url)
        return self._held("known", doc_id, url) if doc_id else None

    def _held(self, outcome: Outcome, doc_id: str, asked: str, source: Source | None = None) -> Added:
        """A document held already (perhaps still being merged here), as the person gets told of it."""
        q = self.holder.query
        return Added(outcome, doc_id, q.index.sources.get(doc_id) or source or Source(doc_id),
                     q.in_document(doc_id), url=asked)

    def _add(self, article: Article, asked: str, origin: str, by: str) -> Added:
        body = _body(article)  # each site carrying wire copy writes its own headline: compare the rest
        fingerprint = simhash(body)
        index = self.holder.index
        if (doc_id := document_id(article)) in index.sources or self.store.has(doc_id):  # the same page or file
            return self._held("known", doc_id, asked, Source(doc_id, title=article.title, outlet=article.outlet))
        copy = next((doc_id for doc_id in near(fingerprint, [*self._stored_fingerprints(), *self._seed_fingerprints()])
                     if same_text(body, self._text_of(doc_id))), None)
        if copy is not None:
            for url in {asked, article.url} - {""}:
                self.store.add_url(url, copy)
            return self._held("copy", copy, asked)
        source = Source(doc_id=doc_id, title=article.title, outlet=article.outlet,
                        author=article.author, published=article.published, url=article.url)
        registry = Registry(index.speakers.values())
        claims = _extracted(Document(source.doc_id, article.text, source), registry)
        used = {c.speaker_id for c in claims} | {m for c in claims for m in c.mentions}
        new = [s for sid in sorted(used - set(index.speakers)) if (s := registry.get(sid))]
        now = dt.datetime.now(dt.UTC)
        try:
            seq = self.store.add(source, article.text, fingerprint, claims, new, origin, by,
                                 also_urls=(asked,) if asked else (), now=now)
        except AlreadyStored:
            return self._held("known", doc_id, asked, source)
        # served here soon, as stored (other replicas read it from the store)
        self.holder.extend_soon([StoredDocument(seq, source, article.text, fingerprint, tuple(c.export() for c in claims),
                                                tuple(new), origin, by[:128], now)])
        return Added("added", source.doc_id, source, tuple(sorted(claims, key=lambda c: (c.start, -c.end))),
                     tuple(new), url=asked)


    def _text_of(self, doc_id: str) -> str:
        index = self.holder.index
        text = index.texts.get(doc_id)
        if text is None:
            text = self.store.text_of(doc_id) or ""
        source = index.sources.get(doc_id)
        return _body(Article(text, title=source.title if source else ""))

    def _stored_fingerprints(self) -> list[tuple[str, int]]:
        """The store's documents' fingerprints, read once and then only the newer ones. (A copy
        committed out of order by another replica at the same moment may be missed: two copies
        added at once are a race either way.)"""
        with self._prints_lock:
            after = self._stored_prints[-1][0] if self._stored_prints else 0
            self._stored_prints.extend(self.store.fingerprints(after))
            return [(doc_id, fp) for _seq, doc_id, fp in self._stored_prints]

    def _seed_fingerprints(self) -> list[tuple[str, int]]:
        """The artifact's documents (added ones are in the store), fingerprinted once per artifact."""
        index = self.holder.index
        base_version = re.split(r"[+~]", index.version, maxsplit=1)[0]  # the artifact's, whatever was added
        if self._seed_prints[0] != base_version:
            self._seed_prints = (base_version, [
                (doc_id, simhash(_body(Article(text, title=index.sources[doc_id].title if doc_id in index.sources
                                               else "")))) for doc_id, text in index.texts.items()
                if self.holder.added(doc_id) is None])
        return self._seed_prints[1]


def _extracted(document: Document, registry: Registry) -> list[Claim]:
    """The document's claims, once the steps every replica runs over the whole corpus (denials
    linked, quantities grouped) have taken them: a fault in either stops the addition here, with
    nothing stored, instead of in every replica's merge from then on."""
    from bot.extract.document import extract_claims  # the extraction rules load with the first addition

    try:
        claims = extract_claims(document, registry)
        group_quantities(link_denials(list(claims)))
    except Exception:
        log.exception("extraction failed on %s (%s); nothing was stored", document.doc_id, document.source.url)
        raise UserError("the claims of this article could not be read (a fault in the extractor, logged for the "
                        "maintainers); nothing was added") from None
    return claims


def _body(article: Article) -> str:
    """The text without its headline, which each site that carries a wire story writes its own way."""
    first, _, rest = article.text.partition("\n")
    return rest if rest and first.strip() == article.title.strip() else article.text


def document_id(article: Article) -> str:
    """Stable: a page is named by its canonical URL, a file by its text."""
    key = article.url or article.text
    return ("web-" if article.url else "file-") + hashlib.sha256(key.encode()).hexdigest()[:16]
