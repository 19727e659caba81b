"""A PDF report is read back into paragraphs, without what every page repeats, and its claims
are found as in an article; a PDF that cannot be read is refused with the reason."""

from __future__ import annotations

import pytest

from bot.errors import UserError
from bot.ingest.fetch import Limits, fetch
from bot.ingest.pdf import paragraphs, read_pdf
from bot.ingest.read import NotAnArticle, ReadLimits, read_content
from tests.fakes.news_site import REPORT
from tests.fakes.pdf import make_pdf, shared_stream_pdf

LIMITS = Limits(timeout_seconds=2.0, max_bytes=500_000, allow_loopback=True)


def test_lines_are_put_back_into_paragraphs():
    pages = ["Running head of the paper\nThe first paragraph goes on over a line that is as long as all the\n"
             "others, then it ends here.\nA second para-\ngraph starts and runs to the full width of the page, "
             "which is long\nand ends.\n3",
             "Running head of the paper\nA third paragraph on the next page keeps going to the full width of\n"
             "the column, and stops.\n4"]
    assert paragraphs(pages).splitlines() == [
        "The first paragraph goes on over a line that is as long as all the others, then it ends here.",
        "A second paragraph starts and runs to the full width of the page, which is long and ends.",
        "A third paragraph on the next page keeps going to the full width of the column, and stops.",
    ]


async def test_a_report_is_fetched_and_read_with_its_metadata(site, session):
    page = await fetch(session, site.page("/reports/harbour-watch.pdf"), limits=LIMITS)
    article = read_content(page.body, page.content_type, page.charset, page.url)
    assert (article.title, article.author, article.published) == (REPORT["title"], REPORT["author"], "2025-03-11")
    assert article.url == site.page("/reports/harbour-watch.pdf") and article.outlet == "127.0.0.1"
    assert article.text.splitlines() == [p for page in REPORT["pages"] for p in page]  # whole, in order
    assert REPORT["header"] not in article.text


async def test_a_report_added_by_url_has_its_claims(site, session, ingestor):
    added = await ingestor.add_url(site.page("/reports/harbour-watch.pdf"), session)
    assert added.outcome == "added" and added.source.title == REPORT["title"]
    said: dict[str, str] = {}
    for c in added.claims:
        said[c.speaker] = said.get(c.speaker, "") + " " + c.text
    assert "permanent presence" in said["Jonas Ekberg"] and "storage sheds" in said["Alma Reuter"]
    assert any(c.stance == "denies" for c in added.claims)
    text = ingestor.holder.query.index.texts[added.doc_id] if ingestor.holder.settle(10) else ""
    for claim in added.claims:  # the evidence is the text read, character for character
        assert text[claim.start:claim.end] == claim.sentence


def test_a_pdf_file_is_added(tmp_path, ingestor):
    path = tmp_path / "report.pdf"
    path.write_bytes(make_pdf(REPORT["pages"], title=REPORT["title"], header=REPORT["header"]))
    added = ingestor.add_file(path)
    assert added.outcome == "added" and added.claims and added.doc_id.startswith("file-")
    assert ingestor.add_file(path).outcome == "known"


@pytest.mark.parametrize("name,reason", [
    ("locked.pdf", "an encrypted PDF"),
    ("scan.pdf", "a PDF with no text in it"),
    ("broken.pdf", "not a readable PDF"),
])
async def test_a_pdf_that_cannot_be_read_is_refused_with_the_reason(site, session, ingestor, name, reason):
    page = await fetch(session, site.page(f"/reports/{name}"), limits=LIMITS)
    with pytest.raises(NotAnArticle, match=reason):
        read_pdf(page.body, page.url)
    before = ingestor.holder.index.version
    with pytest.raises(UserError, match=reason):
        await ingestor.add_url(site.page(f"/reports/{name}"), session)
    assert ingestor.holder.index.version == before


def test_a_pdf_beyond_a_pypdf_limit_is_refused_in_one_line_not_a_traceback():
    """pypdf's `LimitReachedError` (here its decompression limit, lowered to ours) is a reason."""
    bomb = shared_stream_pdf(1, b"BT /F1 10 Tf 56 800 Td (Hello) Tj ET\n" + b" " * 3_000_000)  # 3 KB, 3 MB
    with pytest.raises(NotAnArticle) as caught:
        read_pdf(bomb, limits=ReadLimits(max_decoded_bytes=1_000_000))
    assert str(caught.value) == "the PDF expands beyond 1 MB when decompressed (a decompression bomb?)"
    assert caught.value.__cause__ is None and caught.value.__suppress_context__
