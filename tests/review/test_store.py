"""Decisions and feedback in SQL, on SQLite and PostgreSQL: one decision stands when two editors
decide at once, every decision is in the audit log, and feedback counts each person once."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.corpus.follow import catch_up
from bot.corpus.store import CorpusStore
from bot.errors import UserError
from bot.index.curate import Decision
from bot.index.holder import IndexHolder
from bot.review.service import DecisionConflict, ReviewService
from bot.review.store import Conflict, ReviewStore
from tests.scenario.sample_index import build_sample_index

T0 = dt.datetime(2025, 3, 10, 9, 0, tzinfo=dt.UTC)


def test_two_editors_deciding_at_once_one_decision_stands(engine):
    store = ReviewStore(engine)
    first = store.decide(Decision("c1", "approve"), "U-ANA", 0, T0)
    with pytest.raises(Conflict) as lost:
        store.decide(Decision("c1", "reject"), "U-BO", 0, T0)  # Bo saw no decision either
    assert lost.value.current.author == "U-ANA" and lost.value.current.decision.action == "approve"
    second = store.decide(Decision("c1", "reject", note="the speaker is wrong"), "U-BO", first.version, T0)
    assert (first.version, second.version) == (1, 2)
    with pytest.raises(Conflict):
        store.decide(Decision("c1", "approve"), "U-ANA", first.version, T0)  # Ana's view is stale now
    assert [(r.author, r.decision.action, r.decision.note) for r in store.history()] == [
        ("U-ANA", "approve", ""), ("U-BO", "reject", "the speaker is wrong")]
    assert store.standing("c1").decision.action == "reject" and store.latest_change() == 2


def test_feedback_counts_each_person_once_per_kind(engine):
    store = ReviewStore(engine)
    assert store.give_feedback("c1", "wrong_speaker", "U1", T0)
    assert not store.give_feedback("c1", "wrong_speaker", "U1", T0)
    assert store.give_feedback("c1", "wrong_speaker", "U2", T0)
    assert store.give_feedback("c1", "not_a_claim", "U1", T0 + dt.timedelta(minutes=1))
    fb = store.feedback()["c1"]
    assert fb.counts == {"wrong_speaker": 2, "not_a_claim": 1} and fb.latest == T0 + dt.timedelta(minutes=1)
    with pytest.raises(ValueError):
        store.give_feedback("c1", "made_up", "U1")


def test_a_decision_reaches_another_replica_and_unknown_ids_are_refused(engine):
    index = build_sample_index()
    mine, other = IndexHolder.from_index(index), IndexHolder.from_index(index)
    service = ReviewService(ReviewStore(engine), mine)
    claim = index.claims[0]
    service.decide(Decision(claim.id, "edit", stance="hedged"), "U-ANA")
    assert mine.index.claim(claim.id).status == "edited" and mine.index.claim(claim.id).stance == "hedged"
    assert other.index.claim(claim.id).status == "auto"
    catch_up(CorpusStore(engine), other, ReviewStore(engine))  # the other replica's next poll
    assert other.index.claim(claim.id).stance == "hedged"
    service.decide(Decision(claim.id, "reject"), "U-BO")
    catch_up(CorpusStore(engine), other, ReviewStore(engine))
    assert other.index.claim(claim.id) is None  # rejected: no longer served anywhere
    with pytest.raises(UserError, match="no claim 'c-nope'"):
        service.decide(Decision("c-nope", "approve"), "U-ANA")
    with pytest.raises(DecisionConflict, match="U-BO rejected this claim first"):
        service.decide(Decision(claim.id, "approve"), "U-ANA", seen_version=1)
