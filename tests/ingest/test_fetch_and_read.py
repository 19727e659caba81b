"""Pages from a local web server: an article read with its metadata and without its furniture,
and every broken page refused with a one-line reason."""

from __future__ import annotations

import pytest

from bot.ingest.fetch import FEED_TYPES, FetchError, Limits, fetch
from bot.ingest.read import NotAnArticle, read_content, read_text
from tests.fakes.news_site import FURNITURE_FOOTER, FURNITURE_MOST_READ, FURNITURE_NAV, STORIES

LIMITS = Limits(timeout_seconds=1.5, max_bytes=500_000, max_redirects=3, allow_loopback=True)


async def test_an_article_is_read_with_its_metadata_and_without_navigation_or_footer(site, session):
    page = await fetch(session, site.page("/news/ministers-dispute-convoy"), limits=LIMITS)
    article = read_content(page.body, page.content_type, page.charset, page.url)
    story = STORIES["ministers-dispute-convoy"]
    assert article.title == story["title"]
    assert article.author == story["author"] and article.published == story["date"]
    assert article.outlet == "The Valley Courier"
    assert article.url == site.page("/news/ministers-dispute-convoy")  # the page's canonical link
    for paragraph in story["paragraphs"]:
        assert paragraph in article.text
    most_read = FURNITURE_MOST_READ.split(": ", 1)[1].split("; ")
    for furniture in (FURNITURE_NAV, FURNITURE_FOOTER, *most_read, "Most read", "Subscribe"):
        assert furniture not in article.text
    assert article.text.splitlines()[0] == story["title"]  # the headline stays: "X says Y" is a claim


async def test_a_redirect_is_followed_to_the_article(site, session):
    page = await fetch(session, site.page("/moved"), limits=LIMITS)
    assert page.url.endswith("/news/ministers-dispute-convoy") and page.status == 200


async def test_plain_text_is_taken_as_it_is(site, session):
    page = await fetch(session, site.page("/plain/story.txt"), limits=LIMITS)
    article = read_content(page.body, page.content_type, page.charset, page.url)
    assert article.text.splitlines() == [STORIES["harbour-envoy-warns"]["title"],
                                         *STORIES["harbour-envoy-warns"]["paragraphs"]]


@pytest.mark.parametrize(("path", "reason"), [
    ("/news/no-such-story", "HTTP 404 Not Found"),
    ("/slow", "did not answer within 1.5 s"),
    ("/huge", "too large: over"),
    ("/image.png", "not a web page, text or PDF (image/png)"),
    ("/loop", "more than 3 redirects"),
])
async def test_a_page_that_cannot_be_had_says_why_in_one_line(site, session, path, reason):
    with pytest.raises(FetchError) as caught:
        await fetch(session, site.page(path), limits=LIMITS)
    message = str(caught.value)
    assert reason in message and "\n" not in message and "127.0.0.1" in message


@pytest.mark.parametrize(("path", "reason"), [
    ("/binary", "binary content"),
    ("/front", "not an article"),
    ("/malformed", ""),  # either no article text or too few words: refused, never a crash
])
async def test_content_that_is_not_an_article_is_refused(site, session, path, reason):
    page = await fetch(session, site.page(path), limits=LIMITS)
    with pytest.raises(NotAnArticle) as caught:
        read_content(page.body, page.content_type, page.charset, page.url)
    assert reason in str(caught.value)


async def test_addresses_that_are_not_web_pages_are_refused_before_any_request(site, session):
    for bad in ("file:///etc/passwd", "ftp://example.com/a", "javascript:alert(1)", "not a url",
                "https://" + "a" * 2100 + ".example"):
        with pytest.raises(FetchError):
            await fetch(session, bad, limits=LIMITS)
    assert sum(site.hits.values()) == 0


async def test_a_feed_is_fetched_conditionally(site, session):
    first = await fetch(session, site.page("/feeds/atom.xml"), accept=FEED_TYPES, limits=LIMITS)
    assert first.status == 200 and first.etag
    again = await fetch(session, site.page("/feeds/atom.xml"), accept=FEED_TYPES, limits=LIMITS, etag=first.etag)
    assert again.status == 304 and again.body == b""
    with pytest.raises(FetchError, match="not a feed"):
        await fetch(session, site.page("/news/harbour-envoy-warns"), accept=FEED_TYPES, limits=LIMITS)


def test_too_short_a_text_is_not_an_article():
    with pytest.raises(NotAnArticle, match="only 5 words"):
        read_text("Read more about this story.")
