"""Templates render valid JSON whatever the text; validation fails loudly on what Slack rejects."""

from __future__ import annotations

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from bot.blockkit import MessageInvalid, MessageTooLarge, validate_home, validate_message
from bot.links import passage_link, text_fragment
from bot.render import Renderer, fit, slack_escape
from bot.settings import ROOT
from tests.scenario.sample_index import build_sample_index

RENDERER = Renderer(ROOT / "briefings" / "templates")


def section(text: str) -> dict:
    return {"type": "section", "text": {"type": "mrkdwn", "text": text}}


def test_slack_escape_only_three_entities():
    assert slack_escape("a & b <!channel> 'q' \"d\"") == "a &amp; b &lt;!channel&gt; 'q' \"d\""


@hsettings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=200))
def test_any_user_text_renders_valid_escaped_json(text):
    message = RENDERER.message("empty.json.j2", mode="search", searched=text, suggestions=[], speaker=None,
                               topic_title="")
    assert message["text"] == f"No claims match “{fit(text, 200)}”."


@pytest.mark.parametrize("message, error", [
    ({"blocks": [section("x")]}, "no fallback text"),
    ({"text": "t", "blocks": [{"type": "bogus"}]}, "unknown block type"),
    ({"text": "t", "blocks": [section("x" * 2901)]}, "section text"),
    ({"text": "t", "blocks": [section("x")] * 46}, "46 blocks"),
    ({"text": "t", "blocks": [{"type": "context", "elements": [{"type": "mrkdwn", "text": "e"}] * 11}]}, "context"),
    ({"text": "t", "blocks": [section("y" * 2000) for _ in range(6)]}, "characters of JSON"),
    ({"text": "t", "blocks": []}, "no blocks"),
])
def test_validation_rejects(message, error):
    with pytest.raises(MessageInvalid, match=error):
        validate_message(message)


def test_too_large_is_its_own_error_so_callers_can_shrink():
    with pytest.raises(MessageTooLarge):
        validate_message({"text": "t", "blocks": [section("x")] * 46})
    with pytest.raises(MessageInvalid):
        validate_home({"type": "modal", "blocks": [section("x")]})


def test_text_fragment_encodes_directive_syntax():
    frag = text_fragment("Allies - and partners, said A&B will act now")
    assert frag == "text=Allies%20%2D%20and%20partners%2C,A%26B%20will%20act%20now"
    assert text_fragment("Short one.") == "text=Short%20one."


def test_links_fall_back_to_source_page_then_nothing():
    index = build_sample_index()
    with_url, without = index.claim("c-austin-fair"), index.claim("c-nis-12k")
    assert passage_link(with_url).startswith("https://example.org/news/nk-troops?id=1&lang=en#:~:text=Austin%20warned")
    assert passage_link(without, "https://bot.example/") == "https://bot.example/sources/notes#claim-c-nis-12k"
    assert passage_link(without) == ""


def test_key_numbers_are_each_source_s_estimates_in_date_order_with_links():
    from dataclasses import replace

    from bot.index.model import Number
    from bot.index.query import ClaimQuery
    from bot.views import quantity_view
    from tests.scenario.sample_index import build_sample_index

    base = build_sample_index()
    nis = next(c for c in base.claims if c.id == "c-nis-12k")
    earlier = replace(nis, id="c-nis-3k", date="2024-10-09", text="about 3,000 North Korean troops were sent to Russia",
                      numbers=(Number(3000, "troops", "North Korean troops sent", "about", "about 3,000"),))
    groups = (replace(base.groups[0], claim_ids=("c-nis-12k", "c-nis-3k", "c-zel-10k", "c-state-kursk")),)
    index = replace(base, claims=(*base.claims, earlier), groups=groups)
    view = ClaimQuery(index).quantity("troops-sent")
    plain = quantity_view(view, frozenset({"c-nis-12k"}), "https://bot.example.org")
    nis_line = plain["timelines"][0]
    assert nis_line["who"] == "NIS" and [(p["figure"], p["date"], p["new"]) for p in nis_line["points"]] == [
        ("about 3,000", "Oct 9", False), ("roughly 12,000", "Oct 18", True)]
    assert all(p["link"].startswith("https://bot.example.org/sources/") for p in nis_line["points"])
    assert "State Department" not in [t["who"] for t in plain["timelines"]]  # "over 10,000 in Kursk": its own scope
    assert [(p["who"], p["figure"]) for p in plain["subsets"]] == [("State Department", "over 10,000 in Kursk")]
