"""A fetched page (or a file) to an article: its text and what is known of where it came from.

HTML goes through trafilatura, which keeps the article body and drops navigation, footers,
"most read" boxes and comments, and reads the metadata (title, author, date, site name,
canonical URL) from the page's own markup. Plain text is taken as it is; a PDF is put back into
paragraphs (`pdf.py`). What is not an article is refused with the reason (`article.checked`).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from bot.ingest.article import Article, NotAnArticle, ReadLimits, checked, iso_date, site
from bot.ingest.pdf import read_pdf

__all__ = ["Article", "NotAnArticle", "ReadLimits", "decode", "is_pdf", "read_content", "read_html", "read_text"]


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
    return checked(Article("\n".join(p for p in paragraphs if p), title=title))


def read_html(html: str, url: str = "") -> Article:
    import trafilatura  # loaded on first use: the bot starts without it

    # not `deduplicate`: its cache is process-wide, so a page read twice (a retry) would lose its text
    doc = trafilatura.bare_extraction(html, url=url or None, with_metadata=True, include_comments=False,
                                      include_tables=False, favor_precision=True)
    if doc is None or not (doc.text or "").strip():
        raise NotAnArticle("not an article: no article text on the page (a front page, a list of links, an empty page?)")
    body = _drop_repeated_title(doc.text, doc.title or "")
    honest = same_site(doc.url or "", url)
    return checked(Article(text=body, title=(doc.title or "").strip(), author=(doc.author or "").strip(),
                            published=iso_date(doc.date), outlet=honest and (doc.sitename or "").strip() or site(url),
                            url=doc.url if honest else url))


def same_site(canonical: str, fetched: str) -> bool:
    """Whether a page's canonical link may stand for the address it was fetched from: only on the
    same site (registrable domain, from the public-suffix list courlan carries), so a page cannot
    register itself under another outlet's address (and have the real article refused later as
    held already) or borrow its name. A page that claims another site gets its own address and
    its host as its outlet."""
    from courlan import is_external  # trafilatura's own URL library, loaded with it

    if urlsplit(canonical).scheme not in ("http", "https") or not fetched:
        return False
    return not is_external(canonical, fetched, ignore_suffix=False)


def is_pdf(body: bytes, content_type: str) -> bool:
    return content_type.startswith("application/pdf") or body.startswith(b"%PDF-")


def read_content(body: bytes, content_type: str, charset: str | None, url: str = "",
                 limits: ReadLimits = ReadLimits()) -> Article:
    if is_pdf(body, content_type):
        return read_pdf(body, url, limits)
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


