"""Compaction: `nkbot index build --with-store` folds the live corpus into the artifact, ids and
all, and a running replica picks the new file up by itself, serving the same claims from it while
it lets go of the documents it held in memory."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from bot.cli import main
from bot.corpus.follow import catch_up, follow
from bot.index.build import build_to
from bot.index.holder import FoldedDocument, IndexHolder
from bot.ingest.add import Ingestor
from bot.ingest.fetch import Limits
from bot.settings import Settings
from tests.cli.test_index_build import seeds  # noqa: F401, F811 - the fixture: a one-document seeds folder

LOCAL = Limits(timeout_seconds=2.0, allow_loopback=True)


def served(holder: IndexHolder, doc_id: str) -> list[tuple[str, str, str]]:
    return sorted((c.id, c.speaker_id, c.sentence) for c in holder.query.in_document(doc_id))


async def add(store, artifact: Path, site, session, slug: str) -> str:
    """Added by another process, as `/nk-add` would."""
    added = await Ingestor(store, IndexHolder.load(artifact), LOCAL).add_url(site.page(f"/news/{slug}"), session)
    assert added.outcome == "added"
    return added.doc_id


async def test_a_replica_picks_up_the_compacted_artifact_and_serves_the_same_claims(tmp_path, seeds, store, site,
                                                                                     session):
    artifact = tmp_path / "index.sqlite"
    build_to(seeds, artifact)
    first = await add(store, artifact, site, session, "ministers-dispute-convoy")
    second = await add(store, artifact, site, session, "harbour-envoy-warns")
    replica = IndexHolder.load(artifact)
    assert catch_up(store, replica) == 2
    before = {doc: served(replica, doc) for doc in (first, second)}
    assert all(before.values()) and len(replica.added_documents()) == 2

    following = asyncio.create_task(follow(store, replica, 0.05))
    try:
        result, _ = build_to(seeds, artifact, stored=store.since(0))  # renamed over the file in service
        assert set(result.index.folded) == {first, second}
        deadline = time.monotonic() + 10
        while not replica.index.folded:
            assert time.monotonic() < deadline, "the replica never loaded the new artifact"
            await asyncio.sleep(0.05)
        assert {doc: served(replica, doc) for doc in (first, second)} == before  # same claims, same ids
        # what compaction is for: the replica holds nothing of them but where they stand in the store
        assert all(isinstance(d, FoldedDocument) for d in replica.added_documents())
        assert [d.doc_id for d in replica.added_between(0, replica.served_seq)] == [first, second]
        assert replica.holds(first) and catch_up(store, replica) == 0  # not read from the store again

        site.stories["late-word"] = {  # added after the compaction: from the store, as before
            "title": "Ferry operator confirms extra crossings", "date": "2025-03-09", "author": "Ivo Brandt",
            "paragraphs": ["The ferry operator Nella Marsh said on Sunday that four extra crossings had been "
                           "scheduled for the weekend to carry stranded lorries across the strait.",
                           "“We expect the queue to clear by Tuesday,” Marsh told the harbour radio station, "
                           "adding that drivers would be given vouchers for meals while they waited at the quay.",
                           "The harbour master, Olek Varga, said the weather would allow sailings every two hours "
                           "from Saturday morning, though high winds could still force delays later in the week.",
                           "Hauliers said the backlog had cost them several days of deliveries across the region."]}
        third = await add(store, artifact, site, session, "late-word")
        deadline = time.monotonic() + 10
        while not served(replica, third):
            assert time.monotonic() < deadline, "a document added after the compaction was never served"
            await asyncio.sleep(0.05)
        assert [d.doc_id for d in replica.added_documents() if not isinstance(d, FoldedDocument)] == [third]
    finally:
        following.cancel()
        await asyncio.gather(following, return_exceptions=True)


async def test_an_artifact_built_without_them_gives_the_documents_back_to_the_store(tmp_path, seeds, store, site,
                                                                                        session):
    artifact = tmp_path / "index.sqlite"
    build_to(seeds, artifact)
    doc = await add(store, artifact, site, session, "ministers-dispute-convoy")
    build_to(seeds, artifact, stored=store.since(0))
    replica = IndexHolder.load(artifact)
    catch_up(store, replica)
    claims = served(replica, doc)
    build_to(seeds, artifact)  # rebuilt from the seeds alone
    assert replica.reload()
    assert served(replica, doc) == []  # not in the artifact any more...
    catch_up(store, replica)
    assert served(replica, doc) == claims  # ...so read from the store again


async def test_index_build_with_store_on_the_command_line(tmp_path, seeds, store, site, session, database_url,
                                                          capsys):
    artifact = tmp_path / "index.sqlite"
    build_to(seeds, artifact)
    await add(store, artifact, site, session, "ministers-dispute-convoy")
    settings = Settings(_env_file=None, index_path=artifact, database_url=database_url, seeds_dir=seeds)
    assert main(["index", "build", "--with-store"], settings) == 0
    assert "(1 of them added to the live corpus)" in capsys.readouterr().out
    assert len(IndexHolder.load(artifact).index.folded) == 1


async def test_an_added_document_a_fault_meets_is_left_out_of_compaction_and_named(tmp_path, seeds, store, site,
                                                                                    session, database_url, capsys,
                                                                                    monkeypatch):
    """A fault in the corpus-wide steps met on one added document's claims (injected: no input left
    reaches one) leaves that document out of the compacted artifact, named on stderr, instead of
    stopping the build; it stays in the live corpus, where replicas set it aside the same way."""
    from bot.index import build

    artifact = tmp_path / "index.sqlite"
    build_to(seeds, artifact)
    bad = await add(store, artifact, site, session, "ministers-dispute-convoy")
    good = await add(store, artifact, site, session, "harbour-envoy-warns")
    group = build.group_quantities

    def fault(claims):
        if any(c.doc_id == bad for c in claims):
            raise StopIteration
        return group(claims)

    monkeypatch.setattr(build, "group_quantities", fault)
    settings = Settings(_env_file=None, index_path=artifact, database_url=database_url, seeds_dir=seeds)
    assert main(["index", "build", "--with-store"], settings) == 0
    out, err = capsys.readouterr()
    assert "(1 of them added to the live corpus)" in out and f"added document {bad} was left out" in err
    assert set(IndexHolder.load(artifact).index.folded) == {good}
