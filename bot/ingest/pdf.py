"""A PDF (a report, a statement, a transcript) to an article, with pypdf.

A PDF holds lines placed on pages, not paragraphs: the text comes out one line at a time, words
split by a hyphen at a line's end, and the running header, the footer and the page number on
every page. Extraction reads paragraphs (one a line, as the seeds are), so the lines are put
back together: what repeats on most pages is dropped, a hyphen at a line's end joins the word,
and a paragraph ends where a sentence ends on a line visibly shorter than the page's full lines.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from urllib.parse import urlsplit

from bot.ingest.article import Article, NotAnArticle, checked, iso_date, site

FULL_LINE = 0.85  # a line this share of the page's full width or more does not end a paragraph
_ENDS_SENTENCE = re.compile(r"[.!?:;]['\"”’)]*$|['\"”’]$")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$", re.I)
_DIGITS = re.compile(r"\d+")


def read_pdf(body: bytes, url: str = "") -> Article:
    from pypdf import PdfReader  # loaded on first use, as trafilatura is
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(body))
        if reader.is_encrypted and not reader.decrypt(""):
            raise NotAnArticle("an encrypted PDF: it cannot be read without its password")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata
    except NotAnArticle:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
        raise NotAnArticle(f"not a readable PDF ({type(exc).__name__})") from None
    text = paragraphs(pages)
    if not text.strip():
        raise NotAnArticle("a PDF with no text in it (a scan? its pages are pictures)")
    title = _meta(meta, "title")
    created = getattr(meta, "creation_date", None) if meta else None
    return checked(Article(text=text, title=title, author=_meta(meta, "author"),
                           published=iso_date(created.date().isoformat()) if created else "",
                           outlet=site(url), url=url if urlsplit(url).scheme in ("http", "https") else ""))


def paragraphs(pages: list[str]) -> str:
    """The pages' lines as paragraphs, one a line, without what every page repeats."""
    lines_of = [[" ".join(line.split()) for line in page.splitlines()] for page in pages]
    furniture = _furniture(lines_of)
    out: list[str] = []
    current = ""
    for lines in lines_of:
        lines = [line for line in lines if line and _DIGITS.sub("#", line) not in furniture
                 and not _PAGE_NUMBER.match(line)]
        full = _full_width(lines)
        for line in lines:
            if current.endswith("-") and current[-2:-1].islower() and line[:1].islower():
                current = current[:-1] + line  # "sold-" + "iers"
            else:
                current = f"{current} {line}" if current else line
            if _ENDS_SENTENCE.search(line) and len(line) < FULL_LINE * full:
                out.append(current)
                current = ""
    if current:
        out.append(current)
    return "\n".join(out)


def _furniture(pages: list[list[str]]) -> set[str]:
    """Lines (digits aside) on at least half the pages of a document of two pages or more: running
    headers and footers ("Report title - page 3")."""
    if len(pages) < 2:
        return set()
    seen = Counter(key for lines in pages for key in {_DIGITS.sub("#", line) for line in lines if line})
    return {key for key, count in seen.items() if count >= max(2, len(pages) / 2)}


def _full_width(lines: list[str]) -> int:
    """How long the page's full lines are: its longer lines' typical length."""
    sizes = sorted(len(line) for line in lines)
    return sizes[int(len(sizes) * 0.8)] if sizes else 0


def _meta(meta: object, name: str) -> str:
    value = getattr(meta, name, None) if meta is not None else None
    return " ".join(str(value).split()) if value else ""
