"""Where a claim's evidence can be read: the exact passage, never just the page.

A document with a URL gets a URL text fragment (`#:~:text=start,end`), which browsers scroll to
and highlight. A document without one links to the bot's own source page (HTTP mode) when a
public base URL is configured; otherwise the evidence stands without a link.
"""

from __future__ import annotations

from urllib.parse import quote

from bot.index.model import Claim

_WORDS_EACH_END = 4


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


def passage_link(claim: Claim, public_base_url: str = "") -> str:
    source = claim.source
    if source and source.url:
        base = source.url.split("#", 1)[0]
        return _slack_safe_url(f"{base}#:~:{text_fragment(claim.sentence)}")
    if public_base_url:
        return _slack_safe_url(public_base_url.rstrip("/") + source_page_path(claim.doc_id, claim.id))
    return ""
