"""A speaker read from context (a sentence's place after someone's, a guessed description) is marked
as inferred: never a reading of a key number, marked in every reply, and in the editors' queue until
someone decides; a speaker named with the words is not."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from bot.extract.document import extract_claims
from bot.index.build import build_index
from bot.index.curate import Decision
from bot.index.model import Document, Source
from bot.index.speakers import Registry
from bot.render import Renderer
from bot.review.queue import review_queue
from bot.review.store import Recorded
from bot.settings import ROOT
from bot.views import claim_view
from bot.index.query import ClaimQuery

TEXT = ("Anna Berg, head of the Finnish security service, said 1,500 soldiers had arrived in the north. "
        "This violates the treaty, and 2,000 more troops are now in the region.\n"
        "“We are ready,” Erik Lindqvist said. “We will hold the line.”\n")


def claims(text: str = TEXT):
    return extract_claims(Document("t", text, Source("t", published="2025-03-13")), Registry())


def test_a_speaker_named_with_the_words_is_not_inferred_and_one_read_from_its_place_is():
    by_text = {c.text: c for c in claims()}
    assert not by_text["1,500 soldiers had arrived in the north"].inferred
    assert by_text["This violates the treaty, and 2,000 more troops are now in the region"].inferred
    assert not by_text["We will hold the line."].inferred  # a quotation going on: the same speaker's words


def test_an_inferred_claim_is_in_the_queue_until_decided_and_gives_no_key_number(tmp_path: Path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "story.txt").write_text(TEXT, encoding="utf-8")
    (seeds / "sources.yaml").write_text("story:\n  title: A test story\n  published: 2025-03-13\n", encoding="utf-8")
    index = build_index(seeds).index
    inferred = [c for c in index.claims if c.inferred]
    assert len(inferred) == 1
    assert inferred[0].id not in {cid for g in index.groups for cid in g.claim_ids}
    queued = review_queue(index, [], {}, {})
    assert [i.claim.id for i in queued] == [inferred[0].id]
    decided = Recorded(Decision(inferred[0].id, "approve"), "editor", dt.datetime.now(dt.UTC), 1)
    assert review_queue(index, [], {inferred[0].id: decided}, {}) == []
    view = claim_view(inferred[0], ClaimQuery(index))
    message = Renderer(ROOT / "briefings" / "templates").message(
        "claims.json.j2", claims=[view], total=1, offset=0, more=False, more_value={}, ask={}, surface="ephemeral",
        share_value={}, speaker=None, searched="", about="", topic_title="", mode="search", members=[], commands=[],
        dm_examples=[], app={})
    assert "speaker inferred" in json.dumps(message)
