"""An RSS or Atom document to the items it lists, with feedparser: which items are new is decided
by their key (the entry's id, else its link), never by position or date, which feeds rewrite.

A feed can list any number of items (100,000 took seconds of CPU to parse and hours to fetch one
by one), so it is parsed in a reading worker (`pool.py`) and only its newest `max_items` are
handed back; the poller reads those and skips the rest."""

from __future__ import annotations

import io
from dataclasses import dataclass

import feedparser

from bot.errors import UserError
from bot.ingest.fetch import MAX_URL


class NotAFeed(UserError):
    """The document is neither RSS nor Atom."""


@dataclass(frozen=True)
class FeedItem:
    key: str
    link: str
    title: str = ""


@dataclass(frozen=True)
class Feed:
    items: tuple[FeedItem, ...]  # the newest first, at most the `max_items` asked for
    listed: int = 0  # how many usable items the feed lists in all

    @property
    def skipped(self) -> int:
        return self.listed - len(self.items)


def parse_feed(body: bytes, url: str = "", max_bytes: int | None = None, max_items: int | None = None) -> Feed:
    """`max_bytes`: the size `fetch` already enforces, checked again here because feedparser reads
    whatever it is given; the body goes in as a stream, since feedparser treats a bare string as a
    URL to fetch or a local file to open when it looks like one."""
    if max_bytes is not None and len(body) > max_bytes:
        raise NotAFeed(f"the feed is {len(body):,} bytes, over the {max_bytes:,}-byte limit")
    parsed = feedparser.parse(io.BytesIO(body), response_headers={"content-location": url} if url else None)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise NotAFeed(f"not an RSS or Atom feed{f' ({type(problem).__name__})' if problem else ''}")
    dated: list[tuple[tuple[int, ...], FeedItem]] = []
    for entry in parsed.entries:
        link = str(entry.get("link") or "").strip()
        if not link.startswith(("http://", "https://")) or len(link) > MAX_URL:
            continue  # an item without a web address has nothing to read
        key = str(entry.get("id") or link).strip()[:MAX_URL]
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        dated.append((tuple(when[:6]) if when else (), FeedItem(key, link, str(entry.get("title") or ""))))
    # newest first: by the date an item gives, else in the feed's own order (which lists the newest first)
    dated.sort(key=lambda pair: pair[0], reverse=True)
    newest: dict[str, FeedItem] = {}
    for _when, item in dated:
        newest.setdefault(item.key, item)  # an item listed twice counts once, as its newest listing
    items = list(newest.values())
    return Feed(tuple(items[:max_items] if max_items is not None else items), len(items))
