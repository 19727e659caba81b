"""A page's `<link rel=canonical>` names the document only on the site the page came from: a page
that claims another outlet's address is filed under its own, so the real article is not refused
later as "already in the index"."""

from __future__ import annotations

import pytest

from bot.ingest.read import same_site


@pytest.mark.parametrize(("canonical", "fetched", "same"), [
    ("https://www.example-news.com/a", "https://example-news.com/a?utm=x", True),
    ("https://www.example-news.co.uk/a", "https://amp.example-news.co.uk/a", True),
    ("https://www.example-news.com/a", "https://example-news.com.attacker.net/a", False),
    ("https://other-news.co.uk/a", "https://example-news.co.uk/a", False),
    ("https://wire.example/a", "https://copy.example/a", False),
    ("javascript:alert(1)", "https://example-news.com/a", False),
    ("https://example-news.com/a", "", False),
])
def test_a_canonical_link_counts_only_on_the_same_site(canonical, fetched, same):
    assert same_site(canonical, fetched) is same


async def test_a_page_claiming_another_outlets_address_is_filed_under_its_own(ingestor, site, session, store):
    claimed = "https://www.major-wire.example/world/harbour-envoy-warns"
    site.stories["impostor"] = {**site.stories["harbour-envoy-warns"], "canonical": claimed, "site": "Major Wire"}
    added = await ingestor.add_url(site.page("/news/impostor"), session)
    assert added.outcome == "added"
    assert added.source.url == site.page("/news/impostor") and added.source.outlet != "Major Wire"
    assert store.doc_for_url(claimed) is None  # the real article can still be added under its address
    real = await ingestor.add_url(site.page("/news/harbour-envoy-warns"), session)
    assert real.outcome == "copy" and real.doc_id == added.doc_id  # the same text: one document, two URLs


async def test_a_canonical_link_on_the_same_site_names_the_document(ingestor, site, session):
    site.stories["tracked"] = {**site.stories["harbour-envoy-warns"], "canonical": site.page("/news/harbour-envoy-warns")}
    added = await ingestor.add_url(site.page("/news/tracked?utm_source=feed"), session)
    assert added.source.url == site.page("/news/harbour-envoy-warns")
