"""Adding articles to the live corpus on SQLite and PostgreSQL: stored whole with their claims,
served at once, a syndicated copy kept as one document with two URLs, a failure changing nothing,
and a second replica serving what the first added."""

from __future__ import annotations

import asyncio
import contextlib

import pytest
from sqlalchemy import func, select

from bot.corpus.follow import catch_up
from bot.corpus.tables import documents, urls
from bot.errors import UserError
from bot.index.holder import IndexHolder
from tests.scenario.sample_index import build_sample_index


def counts(store) -> tuple[int, int]:
    with store.engine.connect() as conn:
        return (conn.execute(select(func.count()).select_from(documents)).scalar_one(),
                conn.execute(select(func.count()).select_from(urls)).scalar_one())


async def test_an_added_article_is_stored_with_its_claims_and_answerable_within_a_moment(ingestor, holder, site,
                                                                                        session):
    before = len(holder.index.claims)
    added = await ingestor.add_url(site.page("/news/ministers-dispute-convoy"), session, origin="cli", by="ana")
    assert added.outcome == "added" and added.doc_id.startswith("web-")
    assert added.source.title == "Minister says the convoy has turned back" and added.source.outlet == "The Valley Courier"
    assert added.source.published == "2025-03-04"
    speakers = {c.speaker for c in added.claims}
    assert {"Mara Quell", "Tobias Wren"} <= speakers
    assert {"Mara Quell", "Tobias Wren"} <= {s.name for s in added.new_speakers}
    assert not any("Heatwave" in c.sentence or "rights reserved" in c.sentence for c in added.claims)
    assert holder.settle(5)  # merged into the served index in the background, within a moment
    assert len(holder.index.claims) == before + len(added.claims)
    found = holder.query.by_speaker("Quell")
    assert found.status == "found" and found.claims[0].source.url == site.page("/news/ministers-dispute-convoy")
    wren = holder.query.by_speaker("Tobias Wren").claims
    assert any("at least 300 trucks" in c.text for c in wren)


async def test_the_same_address_twice_is_one_document(ingestor, store, site, session):
    url = site.page("/news/harbour-envoy-warns")
    first = await ingestor.add_url(url, session)
    hits = site.hits[site.page("/news/harbour-envoy-warns").removeprefix(site.url)]
    again = await ingestor.add_url(url, session)
    assert (first.outcome, again.outcome) == ("added", "known") and again.doc_id == first.doc_id
    assert site.hits["/news/harbour-envoy-warns"] == hits  # known by its URL: not even fetched again
    assert counts(store) == (1, 1)


async def test_a_syndicated_copy_is_one_document_with_two_urls(ingestor, store, holder, site, session):
    original = await ingestor.add_url(site.page("/wire/council-vote"), session)
    holder.settle(5)
    copy = await ingestor.add_url(site.page("/partner/council-vote"), session)
    assert (original.outcome, copy.outcome) == ("added", "copy") and copy.doc_id == original.doc_id
    assert store.urls_of(original.doc_id) == [site.page("/wire/council-vote"), site.page("/partner/council-vote")]
    assert counts(store) == (1, 2)
    holder.settle(5)
    vale = holder.query.by_speaker("Henrik Vale").claims
    assert vale and len({c.doc_id for c in vale}) == 1  # one source, not two corroborating ones


@pytest.mark.parametrize("path", ["/news/no-such-story", "/slow", "/image.png", "/front", "/binary", "/huge"])
async def test_a_failed_addition_changes_nothing(ingestor, store, holder, site, session, path):
    version, claims = holder.index.version, len(holder.index.claims)
    with pytest.raises(UserError):
        await ingestor.add_url(site.page(path), session)
    assert counts(store) == (0, 0)
    assert (holder.index.version, len(holder.index.claims)) == (version, claims)


@pytest.mark.parametrize("step", ["bot.extract.document.extract_claims", "bot.ingest.add.group_quantities"])
async def test_a_fault_in_extraction_adds_nothing_and_says_so(ingestor, store, holder, site, session, monkeypatch,
                                                              caplog, step):
    """A fault injected where no article of ours reaches (extraction, or the grouping every replica
    runs over what is stored): the person is told, the maintainers get the traceback, and nothing
    is stored that would fail again in every replica's merge."""
    def fault(*args, **kwargs):
        raise AttributeError("'NoneType' object has no attribute 'group'")

    monkeypatch.setattr(step, fault)
    version, claims = holder.index.version, len(holder.index.claims)
    with pytest.raises(UserError, match="could not be read.*nothing was added"):
        await ingestor.add_url(site.page("/news/harbour-envoy-warns"), session)
    assert counts(store) == (0, 0)
    assert (holder.index.version, len(holder.index.claims)) == (version, claims)
    assert "extraction failed on web-" in caplog.text and "AttributeError" in caplog.text
    monkeypatch.undo()  # the fault mended: the same page is added as any other
    assert (await ingestor.add_url(site.page("/news/harbour-envoy-warns"), session)).outcome == "added"


async def test_a_second_replica_serves_what_the_first_added(ingestor, store, site, session):
    other = IndexHolder.from_index(build_sample_index())  # another process's index, following the same store
    added = await ingestor.add_url(site.page("/news/harbour-envoy-warns"), session)
    assert other.query.by_speaker("Petra Osk").status == "none"
    assert catch_up(store, other) == 1
    claims = other.query.by_speaker("Petra Osk").claims
    assert claims and {c.doc_id for c in claims} == {added.doc_id}
    assert catch_up(store, other) == 0  # nothing new: the index in service is kept as it is
    denial = [c for c in other.index.claims if c.doc_id == added.doc_id and c.stance == "denies"]
    assert denial  # "denied that any marines had been moved"


def test_a_text_file_is_added_once(ingestor, store, tmp_path):
    path = tmp_path / "statement.txt"
    path.write_text("Envoy says the harbour is calm\n" + "The envoy, Petra Osk, said on Friday that the harbour "
                    "was calm and that no ships had arrived overnight, according to a council statement. " * 4,
                    encoding="utf-8")
    first = ingestor.add_file(path)
    again = ingestor.add_file(path)
    assert first.outcome == "added" and first.source.title == "Envoy says the harbour is calm"
    assert again.outcome == "known" and counts(store) == (1, 0)
    with pytest.raises(UserError, match="no such file"):
        ingestor.add_file(tmp_path / "missing.txt")
    (tmp_path / "data.bin").write_bytes(b"\x00\x01" * 100)
    with pytest.raises(UserError, match="binary"):
        ingestor.add_file(tmp_path / "data.bin")


def test_a_look_alike_fingerprint_is_not_taken_for_a_copy():
    from bot.ingest.fingerprint import same_text

    report = ("The council chairman said on Thursday that the vote on the border agreement would be held next "
              "month, after three delegations asked for more time to study the text of the agreement. ")
    copy = "Council delays border vote\n" + report + "Agency copy; all rights reserved."
    other = ("The harbour master said on Saturday that two ships had arrived overnight and that their cargo "
             "was being inspected by customs officers, who expect to finish by the end of the week. ")
    assert same_text(report, copy) and not same_text(report, other)


async def test_a_document_committed_after_a_later_numbered_one_is_not_missed(ingestor, store, site, session):
    """On PostgreSQL a row's number is taken at insert, so a document can become visible after one
    with a higher number was already read; the follower looks back for it."""
    from sqlalchemy import update

    other = IndexHolder.from_index(build_sample_index())
    first = await ingestor.add_url(site.page("/news/ministers-dispute-convoy"), session)
    with store.engine.begin() as conn:  # as if 2..9 were still being written by other processes
        conn.execute(update(documents).where(documents.c.doc_id == first.doc_id).values(seq=10))
    assert catch_up(store, other) == 1 and other.latest_seq == 10
    late = await ingestor.add_url(site.page("/news/harbour-envoy-warns"), session)
    with store.engine.begin() as conn:  # ... and one of them commits only now
        conn.execute(update(documents).where(documents.c.doc_id == late.doc_id).values(seq=5))
    assert catch_up(store, other) == 1
    assert other.query.by_speaker("Petra Osk").status == "found"
    assert catch_up(store, other) == 0


async def test_a_document_no_merge_can_take_is_set_aside_and_the_others_are_served(ingestor, store, site, session,
                                                                                    monkeypatch, caplog):
    """A fault injected into the grouping every replica runs when it merges (for one stored document's
    claims only, as a code change could make of an old document): the other replica serves every other
    document, sets that one aside with its id in the log, and does not retry it on every poll."""
    from bot.corpus import merge

    poison = await ingestor.add_url(site.page("/news/harbour-envoy-warns"), session)
    good = await ingestor.add_url(site.page("/news/ministers-dispute-convoy"), session)
    regroup, group = merge.regroup, merge.group_quantities

    def refuse(claims):
        if any(getattr(c, "doc_id", "") == poison.doc_id for c in claims):
            raise AttributeError("'NoneType' object has no attribute 'group'")

    def faulty_regroup(groups, claims, *args, **kwargs):
        refuse(claims)
        return regroup(groups, claims, *args, **kwargs)

    def faulty_group(claims):
        refuse(claims)
        return group(claims)

    monkeypatch.setattr(merge, "regroup", faulty_regroup)
    monkeypatch.setattr(merge, "group_quantities", faulty_group)
    other = IndexHolder.from_index(build_sample_index())
    assert catch_up(store, other) == 2
    assert other.query.by_speaker("Tobias Wren").status == "found"
    assert other.query.by_speaker("Petra Osk").status == "none"
    assert f"added document {poison.doc_id} cannot be merged here" in caplog.text
    assert other.holds(poison.doc_id) and not {c.doc_id for c in other.index.claims} & {poison.doc_id}
    assert catch_up(store, other) == 0  # set aside once, not merged again on every poll
    assert good.doc_id in {c.doc_id for c in other.index.claims}


async def test_the_follower_goes_on_after_a_fault_while_merging(ingestor, store, site, session, monkeypatch, caplog):
    """A fault injected once into the follower's step: logged, and the next poll serves the document."""
    from bot.corpus import follow as following

    added = await ingestor.add_url(site.page("/news/harbour-envoy-warns"), session)
    other = IndexHolder.from_index(build_sample_index())
    real, calls = following.catch_up, []

    def once_faulty(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise KeyError("a fault in merging")
        return real(*args, **kwargs)

    monkeypatch.setattr(following, "catch_up", once_faulty)
    task = asyncio.create_task(following.follow(store, other, 0.01))
    for _ in range(300):
        await asyncio.sleep(0.01)
        if other.query.by_speaker("Petra Osk").status == "found":
            break
    assert not task.done() and other.query.by_speaker("Petra Osk").status == "found"
    assert "following the corpus failed" in caplog.text and added.doc_id in {c.doc_id for c in other.index.claims}
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
