"""A fetched page (or a file) to an article: its text and what is known of where it came from.

HTML goes through trafilatura, which keeps the article body and drops navigation, footers,
"most read" boxes and comments, and reads the metadata (title, author, date, site name,
canonical URL) from the page's own markup. Plain text is taken as it is. Something that is not
an article (too little prose, binary, a page of links) is refused with the reason, so nothing
that would yield navigation as "claims" reaches extraction.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.errors import UserError

MIN_WORDS = 60  # less prose than a short news brief: a landing page, a paywall stub, an error page
MAX_TEXT_CHARS = 400_000


class NotAnArticle(UserError):
    """The content holds no article the bot can read; the message says what it is instead."""


@dataclass(frozen=True)
class Article:
    text: str
    title: str = ""
    author: str = ""
    published: str = ""  # ISO date, "" when the page does not say
    outlet: str = ""
    url: str = ""  # canonical URL when the page gives one, else the address fetched


def decode(body: bytes, charset: str | None = None) -> str:
    if b"\x00" in body[:4096]:
        raise NotAnArticle("binary content, not text")
    for encoding in filter(None, (charset, "utf-8")):
        try:
            return body.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    return body.decode("cp1252", errors="replace")


def read_text(text: str, title: str = "") -> Article:
    """A plain-text document: one paragraph a line, as the seeds are."""
    text = text.lstrip("\ufeff")
    paragraphs = [" ".join(line.split()) for line in text.splitlines()]
    return _checked(Article("\n".join(p for p in paragraphs if p), title=title))


def read_html(html: str, url: str = "") -> Article:
    import trafilatura  # loaded on first use: the bot starts without it

    # not `deduplicate`: its cache is process-wide, so a page read twice (a retry) would lose its text
    doc = trafilatura.bare_extraction(html, url=url or None, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    if doc is None or not (doc.text or "").strip():
        raise NotAnArticle("not an article: no article text on the page (a front page, a list of links, an empty page?)")
    body = _drop_repeated_title(doc.text, doc.title or "")
    canonical = doc.url if doc.url and urlsplit(doc.url).scheme in ("http", "https") else url
    return _checked(Article(text=body, title=(doc.title or "").strip(), author=(doc.author or "").strip(),
                            published=_iso_date(doc.date), outlet=(doc.sitename or "").strip() or _site(url),
                            url=canonical or ""))


def read_content(body: bytes, content_type: str, charset: str | None, url: str = "") -> Article:
    text = decode(body, charset)
    if content_type.startswith("text/plain"):
        return read_text(text)
    return read_html(text, url)


def _drop_repeated_title(text: str, title: str) -> str:
    """trafilatura starts the text with the headline; keep it as the first line (a headline "X says Y"
    is a claim), but only once."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    if title and len(lines) > 1 and lines[0] == lines[1]:
        lines = lines[1:]
    return "\n".join(lines)


def _checked(article: Article) -> Article:
    words = len(article.text.split())
    if words < MIN_WORDS:
        raise NotAnArticle(f"only {words} words of prose: not an article")
    if len(article.text) > MAX_TEXT_CHARS:
        raise NotAnArticle(f"{len(article.text):,} characters of text, over the {MAX_TEXT_CHARS:,} read")
    letters = sum(ch.isalpha() for ch in article.text)
    if letters < 0.5 * len(article.text):
        raise NotAnArticle("mostly not words (a data file, a table or garbled text?)")
    return article


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(value: str | None) -> str:
    match = _DATE.match(value or "")
    if not match:
        return ""
    try:
        return dt.date.fromisoformat(match.group()).isoformat()
    except ValueError:
        return ""


def _site(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")
