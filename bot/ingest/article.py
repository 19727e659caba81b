"""What reading a page, a text or a PDF gives: the article, checked to be one.

Something that is not an article (too little prose, binary, a page of links, a table of figures)
is refused with the reason, so nothing that would yield navigation as "claims" reaches extraction.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from urllib.parse import urlsplit

from bot.errors import UserError
from bot.index.documents import visible_text

MIN_WORDS = 60  # less prose than a short news brief: a landing page, a paywall stub, an error page
MAX_TEXT_CHARS = 400_000


class NotAnArticle(UserError):
    """The content holds no article the bot can read; the message says what it is instead."""


@dataclass(frozen=True)
class ReadLimits:
    """How much a document may make the reader do: a PDF of 26 KB can hold pages that all share one
    content stream of tens of megabytes, or a stream that inflates a thousandfold. (Time is bounded
    by the worker that reads it, `pool.py`.)"""

    max_pages: int = 200
    max_decoded_bytes: int = 20_000_000  # one stream, decompressed (pypdf's own limits enforce it)
    max_text_chars: int = MAX_TEXT_CHARS  # reading stops past this, rather than at the end


@dataclass(frozen=True)
class Article:
    text: str
    title: str = ""
    author: str = ""
    published: str = ""  # ISO date, "" when the page does not say
    outlet: str = ""
    url: str = ""  # canonical URL when the page gives one, else the address fetched


def checked(article: Article) -> Article:
    article = replace(article, text=visible_text(article.text), title=visible_text(article.title))
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


def iso_date(value: str | None) -> str:
    match = _DATE.match(value or "")
    if not match:
        return ""
    try:
        return dt.date.fromisoformat(match.group()).isoformat()
    except ValueError:
        return ""


def site(url: str) -> str:
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")
