"""The chart of the key numbers, on figures written for this test: what is plotted (a source's
estimates per quantity in date order; no denied figure, forecast, narrower place or undated figure)
and the picture drawn (one line per source, a bar per range, a PNG that decodes)."""

from __future__ import annotations

import io
import subprocess
import sys
from datetime import date

import pytest

from bot.chart.draw import figure, png
from bot.chart.series import ChartData, Panel, Point, Series, chart_data, panel
from bot.index.model import Claim, IndexData, Number, QuantityGroup, Source, Speaker
from bot.index.query import ClaimQuery

SPEAKERS = {s.id: s for s in (
    Speaker("agency", "Seoul Agency", ("Agency",), "", "South Korea", "institution"),
    Speaker("minister", "Minister Example", ("Minister",), "", "Ukraine"),
    Speaker("ministry", "Defence Ministry", ("Ministry",), "", "United Kingdom", "institution"),
    Speaker("deny", "Denying Office", (), "", "Russia", "institution"),
)}
DATED = Source("doc", "Test figures", "Test Wire", "", "2024-10-01", False, "")
UNDATED = Source("old", "Undated figures", "Test Wire", "", "", False, "")

# (claim id, speaker, date, number); all in one hand-made group "nk-troops"
FIGURES = [
    ("a1", "agency", "2024-10-18", Number(3000, "troops", "troops", "about", "about 3,000")),
    ("a2", "agency", "2024-11-20", Number(12000, "troops", "troops", "between", "11,000 to 13,000", low=11000, high=13000)),
    ("a3", "agency", "2024-10-18", Number(3000, "troops", "troops", "about", "about 3,000")),  # reported again
    ("m1", "minister", "2024-10-25", Number(10000, "soldiers", "soldiers", "", "10,000")),
    ("m2", "minister", "2024-12-01", Number(15000, "soldiers", "soldiers", "", "15,000", kind="total")),
    ("m3", "minister", "2024-12-05", Number(20000, "soldiers", "soldiers", "up to", "up to 20,000", kind="forecast")),
    ("d1", "ministry", "2024-11-05", Number(9000, "troops", "troops", "between", "8,000-10,000", low=8000, high=10000)),
    ("d2", "ministry", "", Number(7000, "troops", "troops", "", "7,000")),  # no date, and its source has none
    ("k1", "deny", "2024-10-28", Number(12000, "troops", "troops", "", "12,000", kind="denied")),
]


def claim(cid: str, sid: str, day: str, n: Number) -> Claim:
    sentence = f"{SPEAKERS[sid].name} said {n.text} North Korean {n.counts} were in Russia."
    return Claim(id=cid, doc_id="doc", speaker=SPEAKERS[sid].name, speaker_id=sid, speaker_role="", cue="said",
                 kind="indirect", stance="denies" if n.kind == "denied" else "asserts", text=sentence,
                 sentence=sentence, start=0, end=len(sentence), numbers=(n,), places=(), date=day,
                 source=DATED if day else UNDATED, quantity="nk-troops")


def the_view():
    claims = tuple(claim(*row) for row in FIGURES)
    index = IndexData(version="chart-test-1", built_at="2024-12-06T00:00:00+00:00",
                      sources={"doc": DATED, "old": UNDATED}, speakers=SPEAKERS, claims=claims,
                      groups=(QuantityGroup("nk-troops", "North Korean troops sent to Russia",
                                            tuple(c.id for c in claims), True),), texts={})
    return ClaimQuery(index).quantity("nk-troops")


def test_each_source_is_a_series_of_its_estimates_in_date_order():
    drawn = panel(the_view())
    assert drawn.label == "North Korean troops sent to Russia" and drawn.contested
    by_who = {s.who: s for s in drawn.series}
    assert len(by_who) == 3 and "Denying Office" not in str(by_who)  # a denied figure is no one's estimate
    agency = next(s for who, s in by_who.items() if "Agency" in who)
    assert [(p.day, p.value) for p in agency.points] == [(date(2024, 10, 18), 3000), (date(2024, 11, 20), 12000)]
    assert (agency.latest.low, agency.latest.high, agency.latest.ranged) == (11000, 13000, True)
    minister = next(s for who, s in by_who.items() if "Minister" in who)
    assert [p.value for p in minister.points] == [10000, 15000]  # the total drawn, the forecast not
    assert drawn.undated == 1  # the ministry's undated 7,000 is counted, not placed


def test_the_figure_draws_a_line_per_source_and_a_bar_per_range():
    data = chart_data("Test troops: figures by source over time", [the_view()], "chart-test-1", "2024-12-06")
    fig = figure(data)
    [ax] = [a for a in fig.axes if a.get_title(loc="left")]
    lines = [ln for ln in ax.get_lines() if (ln.get_gid() or "").startswith("series:")]
    assert len(lines) == len(data.panels[0].series) == 3
    assert sorted(t.get_text() for t in ax.get_legend().get_texts()) == sorted(s.who for s in data.panels[0].series)
    ranges = [c for c in ax.collections if (c.get_gid() or "").startswith("ranges:")]
    assert len(ranges) == 2  # the agency's 11,000-13,000 and the ministry's 8,000-10,000
    segments = sorted(tuple(seg[:, 1]) for c in ranges for seg in c.get_segments())
    assert segments == [(8000, 10000), (11000, 13000)]
    assert "figures disagree" in ax.get_title(loc="left")
    texts = [t.get_text() for t in fig.texts]
    assert fig.get_suptitle() == "Test troops: figures by source over time"
    assert any("chart-test-1" in t and "2024-12-06" in t for t in texts)  # the footnote names the index
    assert ax.get_ylim()[0] == 0 and ax.get_xlabel() == "Date the figure was given" and ax.get_ylabel()


def test_png_bytes_decode_to_a_readable_picture():
    from matplotlib.image import imread

    data = chart_data("Test troops", [the_view()], "chart-test-1", "2024-12-06")
    raw = png(data)
    assert raw[:8] == b"\x89PNG\r\n\x1a\n"
    pixels = imread(io.BytesIO(raw), format="png")
    height, width = pixels.shape[:2]
    assert 800 <= width <= 1600 and 300 <= height <= 2000


def test_text_from_documents_is_drawn_as_written_and_nothing_to_chart_is_refused():
    odd = Panel("Costs of $500 million and $2 billion", False, (
        Series("A $ source", (Point(date(2024, 1, 2), 5e8, 5e8, 5e8, "$500 million"),)),))
    fig = figure(ChartData("$ title $", (odd,), "v"))
    assert fig.axes[0].get_title(loc="left") == "Costs of $500 million and $2 billion"
    assert png(ChartData("$ title $", (odd,), "v"))[:4] == b"\x89PNG"
    with pytest.raises(ValueError):
        figure(ChartData("empty", (), "v"))
    assert chart_data("t", [], "v", "").empty


def test_the_bot_starts_without_loading_matplotlib():
    code = ("import sys; import bot.app, bot.answer, bot.listeners.charts, bot.chart.series, bot.chart.draw; "
            "print('matplotlib' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
