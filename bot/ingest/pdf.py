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
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from bot.ingest.article import Article, NotAnArticle, ReadLimits, checked, iso_date, site

FULL_LINE = 0.85  # a line this share of the page's full width or more does not end a paragraph
_ENDS_SENTENCE = re.compile(r"[.!?:;]['\"”’)]*$|['\"”’]$")
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s*(?:/|of)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$", re.I)
_DIGITS = re.compile(r"\d+")

if TYPE_CHECKING:
    from pypdf import PdfReader


def read_pdf(body: bytes, url: str = "", limits: ReadLimits = ReadLimits()) -> Article:
    """Within `limits`: pypdf's own decompression limits (`pypdf.Configuration`, lowered from its
    75 MB a stream), a number of pages, and the text read so far. Time is bounded by the worker
    process this runs in (`pool.py`)."""
    from pypdf import PdfReader, apply_configuration  # loaded on first use, as trafilatura is
    from pypdf.errors import LimitReachedError, PdfReadError

    try:
        with apply_configuration(**_decoding_limits(limits.max_decoded_bytes)):
            reader = PdfReader(io.BytesIO(body))
            if reader.is_encrypted and not reader.decrypt(""):
                raise NotAnArticle("an encrypted PDF: it cannot be read without its password")
            if (count := len(reader.pages)) > limits.max_pages:
                raise NotAnArticle(f"the PDF has {count:,} pages, more than the {limits.max_pages:,} that are read")
            pages = _page_texts(reader, limits.max_text_chars)
            meta = reader.metadata
            title, author = _meta(meta, "title"), _meta(meta, "author")
            created = getattr(meta, "creation_date", None) if meta else None
    except NotAnArticle:
        raise
    except LimitReachedError as exc:
        raise NotAnArticle(_over_limit(exc, limits.max_decoded_bytes)) from None
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
        raise NotAnArticle(f"not a readable PDF ({type(exc).__name__})") from None
    text = paragraphs(pages)
    if not text.strip():
        raise NotAnArticle("a PDF with no text in it (a scan? its pages are pictures)")
    return checked(Article(text=text, title=title, author=author,
                           published=iso_date(created.date().isoformat()) if created else "",
                           outlet=site(url), url=url if urlsplit(url).scheme in ("http", "https") else ""))


def _decoding_limits(max_bytes: int) -> dict[str, int]:
    """pypdf's per-stream output limits, each filter's, set to ours."""
    return {name: max_bytes for name in (
        "zlib_maximum_output_length", "lzw_maximum_output_length", "run_length_maximum_output_length",
        "brotli_maximum_output_length", "array_based_stream_maximum_output_length")}


def _page_texts(reader: PdfReader, max_chars: int) -> list[str]:
    """Each page's text, stopping as soon as there is more than is ever read."""
    pages: list[str] = []
    size = 0
    for page in reader.pages:
        pages.append(page.extract_text() or "")
        size += len(pages[-1])
        if size > max_chars:
            raise NotAnArticle(f"the PDF holds more than {max_chars:,} characters of text, more than is read")
    return pages


def _over_limit(exc: Exception, max_bytes: int) -> str:
    """pypdf's `LimitReachedError` as a sentence (it has several limits; the usual one is inflation)."""
    detail = (str(exc).strip().splitlines() or [""])[0]
    if "compress" in detail.lower() or "decod" in detail.lower():
        return f"the PDF expands beyond {max_bytes / 1e6:g} MB when decompressed (a decompression bomb?)"
    return f"the PDF goes beyond what the bot reads ({detail[:120] or 'a pypdf limit'})"


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
