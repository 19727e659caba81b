"""Where a claim's evidence can be read: the exact passage, never just the page.

A document with a URL gets a URL text fragment (`#:~:text=start,end`), which browsers scroll to
and highlight. A document without one links to the bot's own source page (HTTP mode) when a
public base URL is configured; otherwise the evidence stands without a link.

A document's address comes from the page itself (its canonical link) and a fragment from its
words, so either can be thousands of characters long: a link longer than `MAX_LINK` is not shown,
the next one that fits is, so a claim's line stays within Slack's limits beside its title.
"""

from __future__ import annotations

from urllib.parse import quote

from bot.index.model import Claim

_WORDS_EACH_END = 4
MAX_LINK = 1000  # characters; Slack takes 3,000 in a context line, which also holds the title and outlet


def _fragment_term(text: str) -> str:
    # `-`, `,` and `&` are syntax inside a text directive, so they are always percent-encoded.
    return quote(text, safe="").replace("-", "%2D")


def text_fragment(sentence: str) -> str:
    words = sentence.split()
    if len(words) <= 2 * _WORDS_EACH_END:
        return "text=" + _fragment_term(" ".join(words))
    start = " ".join(words[:_WORDS_EACH_END])
    end = " ".join(words[-_WORDS_EACH_END:])
    return f"text={_fragment_term(start)},{_fragment_term(end)}"


def _slack_safe_url(url: str) -> str:
    """Characters that would end a Slack `<url|label>` link early are percent-encoded."""
    return url.replace(" ", "%20").replace("<", "%3C").replace(">", "%3E").replace("|", "%7C")


def source_page_path(doc_id: str, claim_id: str = "") -> str:
    anchor = f"#claim-{quote(claim_id, safe='')}" if claim_id else ""
    return f"/sources/{quote(doc_id, safe='')}{anchor}"


def fitting(url: str) -> str:
    """`url` made safe inside a Slack link, or "" when it is too long to show."""
    url = _slack_safe_url(url)
    return url if len(url) <= MAX_LINK else ""


def passage_link(claim: Claim, public_base_url: str = "") -> str:
    """The passage at the publisher's, else on the bot's source page, else the publisher's page
    without the passage marked: the first of them short enough to show."""
    source = claim.source
    base = source.url.split("#", 1)[0] if source and source.url else ""
    candidates = (f"{base}#:~:{text_fragment(claim.sentence)}" if base else "",
                  public_base_url.rstrip("/") + source_page_path(claim.doc_id, claim.id) if public_base_url else "",
                  base)
    return next((link for c in candidates if c and (link := fitting(c))), "")
