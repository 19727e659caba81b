"""An RSS or Atom document to the items it lists, with feedparser: which items are new is decided
by their key (the entry's id, else its link), never by position or date, which feeds rewrite."""

from __future__ import annotations

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


def parse_feed(body: bytes, url: str = "") -> list[FeedItem]:
    parsed = feedparser.parse(body, response_headers={"content-location": url} if url else None)
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise NotAFeed(f"not an RSS or Atom feed{f' ({type(problem).__name__})' if problem else ''}")
    items = []
    for entry in parsed.entries:
        link = str(entry.get("link") or "").strip()
        if not link.startswith(("http://", "https://")) or len(link) > MAX_URL:
            continue  # an item without a web address has nothing to read
        key = str(entry.get("id") or link).strip()[:MAX_URL]
        items.append(FeedItem(key, link, str(entry.get("title") or "")))
    return list({i.key: i for i in items}.values())
