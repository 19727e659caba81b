"""The briefing's content, pure: what changed since a date, over a hand-built index.

The sample index (tests/scenario/sample_index.py) has two documents: "notes" (published
2024-10-26, claims dated 18-25 October, the Kremlin's denial among them) and "wire" (published
2024-11-06, claims dated 23 October - 5 November, the State Department's Kursk figure among them).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.blockkit import validate_message
from bot.briefing.compose import appeared, daily, daily_context
from bot.briefing.composer import Composer, since_from_share
from bot.index.query import ClaimQuery
from bot.index.holder import IndexHolder
from bot.render import Renderer
from bot.settings import ROOT
from bot.textout import to_text
from bot.topics import load_catalogue
from tests.scenario.sample_index import build_large_index, build_sample_index

NOW = datetime(2024, 11, 7, 6, 0, tzinfo=UTC)
KYIV = ZoneInfo("Europe/Kyiv")
WIRE = {"c-state-kursk", "c-austin-fair", "c-austin-evidence", "c-rutte-amp"}
NOTES = {"c-nis-12k", "c-zel-10k", "c-kremlin-deny", "c-china-aware", "c-nis-kim"}


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue(ROOT / "briefings" / "topics.yaml")


@pytest.fixture(scope="module")
def query(catalogue) -> ClaimQuery:
    return ClaimQuery(build_sample_index(), catalogue.topics)


def composer(catalogue, index=None) -> Composer:
    holder = IndexHolder.from_index(index or build_sample_index(), catalogue.topics)
    return Composer(holder, Renderer(ROOT / "briefings" / "templates"), catalogue, "", lambda: NOW)


def ids(claims) -> set[str]:
    return {c.id for c in claims}


def test_a_claim_appears_when_it_is_reported_not_when_it_was_said(query):
    nis = query.index.claim("c-nis-12k")  # said 18 October, in notes published 26 October
    assert appeared(nis) == "2024-10-26"
    assert appeared(replace(nis, source=None)) == "2024-10-18"


def test_new_since_a_day_between_the_two_documents(query):
    b = daily(query, datetime(2024, 11, 1, 6, 0, tzinfo=UTC), NOW, KYIV, "troops")
    assert ids(b.new_claims) == WIRE
    assert b.new_denials == ()  # the Kremlin's denial came out on 26 October
    [change] = b.number_changes
    assert change.status == "revised" and change.new_claim_ids == {"c-state-kursk"}
    assert b.since.tzinfo == KYIV and b.today.isoformat() == "2024-11-07"
    assert [v.group.key for v in b.key_numbers] == ["troops-sent"]


def test_everything_is_new_since_before_both_documents(query):
    b = daily(query, datetime(2024, 10, 1, tzinfo=UTC), NOW, KYIV, "troops")
    assert ids(b.new_claims) >= WIRE | {"c-nis-12k", "c-kremlin-deny"}
    assert ids(b.new_denials) == {"c-kremlin-deny"}
    assert b.number_changes[0].status == "new"  # every figure of the quantity is new
    assert b.new_claims[0].source.published == "2024-11-06"  # newest first


def test_the_day_of_the_previous_briefing_counts_in_the_channels_zone(query):
    since = datetime(2024, 11, 6, 20, 0, tzinfo=UTC)  # 6 November in UTC, 7 November in Seoul
    assert ids(daily(query, since, NOW, UTC, "troops").new_claims) == WIRE  # published that day: kept
    assert daily(query, since, NOW, ZoneInfo("Asia/Seoul"), "troops").new_claims == ()


def test_nothing_new_still_gives_the_key_numbers_contested_points_and_sources(query):
    b = daily(query, datetime(2024, 11, 10, tzinfo=UTC), NOW, KYIV, "troops")
    assert b.new_claims == () and b.number_changes == () and not b.first
    assert b.key_numbers and b.contested_numbers[0].group.key == "troops-sent"
    [dispute] = b.disputes
    assert dispute.denial.id == "c-kremlin-deny" and ids(dispute.denied) == {"c-nis-12k"}
    assert [s.doc_id for s in b.sources] == ["wire", "notes"]


def test_a_claim_without_any_date_is_never_new(query):
    undated = replace(query.index.claim("c-nis-kim"), source=None)
    index = replace(query.index, claims=tuple(undated if c.id == "c-nis-kim" else c for c in query.index.claims))
    b = daily(ClaimQuery(index, {}), datetime(2000, 1, 1, tzinfo=UTC), NOW)
    assert "c-nis-kim" not in ids(b.new_claims) and len(b.new_claims) == len(index.claims) - 1


def test_first_briefing_shows_the_newest_claims(query):
    b = daily(query, None, NOW, KYIV, "troops")
    assert b.first and len(b.new_claims) == 5 and b.number_changes == ()
    assert b.new_claims[0].id == "c-state-kursk"


def test_context_marks_new_figures_and_caps_claims(query):
    b = daily(query, datetime(2024, 11, 1, tzinfo=UTC), NOW, KYIV, "troops")
    ctx = daily_context(b, query, max_claims=2)
    assert len(ctx["claims"]) == 2 and ctx["more_claims"] == 2 and ctx["total_new"] == 4
    figures = {f["who"]: f["new"] for f in ctx["number_changes"][0]["figures"]}
    assert figures == {"NIS": False, "Zelenskyy": False, "State Department": True}


def test_rendered_what_changed(catalogue):
    message = composer(catalogue).message(datetime(2024, 11, 1, 6, 0, tzinfo=UTC), KYIV)
    validate_message(message)
    text = to_text(message)
    assert message["text"].startswith("Daily briefing · North Korean troops in Russia · 2024-11-07: 4 new claims")
    assert "since the last briefing (2024-11-01 08:00 EET)" in text
    assert "Revised number: *North Korean troops sent to Russia*" in text
    assert "over 10,000 in Kursk" in text and "(State Department, Nov 5) _new_" in text
    assert "*Key numbers*" in text and "*Contested*" in text
    assert "*Kremlin* (Oct 24) denies _The Kremlin dismissed the reports" in text and "_, asserted by NIS\n" in text
    assert "*Sources*" in text and "Allies weigh troop reports" in text
    assert "share_briefing" not in str(message["blocks"])  # a posted briefing has no buttons
    assert "<!channel>" not in str(message) and "&lt;!channel&gt;" in str(message)  # escaped, never a ping


def test_rendered_nothing_new_is_brief_and_keeps_the_numbers(catalogue):
    message = composer(catalogue).message(datetime(2024, 11, 10, tzinfo=UTC), KYIV, surface="ephemeral")
    text = to_text(message)
    assert "nothing new since 2024-11-10 02:00 EET" in message["text"]
    assert "*Nothing new* since the last briefing" in text
    assert "NIS: roughly 12,000 (Oct 18)\nZelenskyy: about 10,000 (Oct 25)\n_of which:_ over 10,000 in Kursk" in text
    share = next(e for b in message["blocks"] if b["type"] == "actions" for e in b["elements"])
    assert share["action_id"] == "share_briefing"
    assert since_from_share(share["value"]) == datetime(2024, 11, 10, tzinfo=UTC)


def test_a_large_day_shrinks_to_fit_slacks_limits(catalogue):
    large = build_large_index(60, 140)  # long claims; made about the topic so the briefing takes them
    about = tuple(replace(c, sentence=c.sentence + " North Korean troops in Russia.") if c.doc_id == "big" else c
                  for c in large.claims)
    message = composer(catalogue, replace(large, claims=about)).message(datetime(2024, 10, 1, tzinfo=UTC), UTC)
    validate_message(message)  # every Block Kit and size limit, with margins
    assert "more new claims" in to_text(message)


def test_share_values_the_bot_did_not_write_are_ignored():
    assert since_from_share("not json") is None
    assert since_from_share('{"since": "2024-11-01T00:00:00"}') is None  # naive: not ours
    assert since_from_share('{"since": ""}') is None


def test_a_contested_line_names_each_asserter_once_and_counts_the_rest(catalogue):
    base = build_sample_index()
    by_id = {c.id: c for c in base.claims}
    asserters = ["c-nis-12k", "c-nis-kim", "c-zel-10k", "c-state-kursk", "c-austin-evidence", "c-austin-fair"]
    claims = tuple(replace(c, denies=tuple(asserters)) if c.id == "c-kremlin-deny" else c for c in base.claims)
    query = ClaimQuery(replace(base, claims=claims), catalogue.topics)
    b = daily(query, None, NOW, KYIV, "troops")
    (line,) = [d for d in daily_context(b, query)["disputes"] if d["denial"]["speaker"] == "Kremlin"]
    assert line["asserted_by"] == ["NIS", "Zelenskyy", "State Department"] and line["more"] == 1  # Austin, once
    assert line["when"] == "Oct 24" and by_id["c-kremlin-deny"].date == "2024-10-24"


def test_what_changed_names_new_voices_and_counts_confirmations(catalogue):
    base = build_sample_index()
    claims = tuple(replace(c, cue="confirmed") if c.id == "c-state-kursk" else c for c in base.claims)
    query = ClaimQuery(replace(base, claims=claims), catalogue.topics)
    b = daily(query, datetime(2024, 11, 1, 6, 0, tzinfo=UTC), NOW, KYIV, "troops")
    assert set(b.new_speakers) == {"Austin", "Rutte", "State Department"}  # NIS and Zelenskyy spoke before
    assert [c.id for c in b.new_confirmations] == ["c-state-kursk"]
    text = to_text(Composer(IndexHolder.from_index(replace(base, claims=claims), catalogue.topics),
                            Renderer(ROOT / "briefings" / "templates"), catalogue).message(
        datetime(2024, 11, 1, 6, 0, tzinfo=UTC), KYIV))
    assert "1 new confirmation" in text and "New voices: " in text
