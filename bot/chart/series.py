"""What a chart plots: for each quantity of the key numbers, each source's figures in date order.

The same figures the key numbers list as a source's estimates (`bot.views.quantity_view`'s
timelines): a figure for a narrower place ("over 10,000 in Kursk", shown there as "of which") is
left to that place's own quantity, and a figure a speaker denies is not their estimate. Groups
hold measurements only, so forecasts and increments never reach a chart. A figure without any
date cannot be placed on the time axis and is counted instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from bot.index.quantities import when
from bot.index.query import QuantityView
from bot.views import iso_day

# A source's own reading of the quantity (a group curated by hand may hold a claim's other figures).
DRAWN = ("estimate", "total")


@dataclass(frozen=True)
class Point:
    day: date
    value: float
    low: float  # low == high: one number; low < high: a range ("11,000–13,000")
    high: float
    figure: str  # as the key numbers show it: "roughly 12,000"

    @property
    def ranged(self) -> bool:
        return self.high > self.low


@dataclass(frozen=True)
class Series:
    who: str  # how the key numbers credit the source: "NIS", "Zelenskyy"
    points: tuple[Point, ...]  # oldest first

    @property
    def latest(self) -> Point:
        return self.points[-1]


@dataclass(frozen=True)
class Panel:
    label: str  # "North Korean troops sent to Russia"
    contested: bool
    series: tuple[Series, ...]
    undated: int = 0  # figures left off for want of a date


@dataclass(frozen=True)
class ChartData:
    title: str
    panels: tuple[Panel, ...]
    footnote: str  # which index drew it, and when that was built

    @property
    def empty(self) -> bool:
        return not self.panels


def panel(view: QuantityView) -> Panel:
    """One quantity's panel: its sources in the order the key numbers list them."""
    by_source: dict[str, list[Point]] = {}
    undated = 0
    for f in view.figures:
        n = f.number
        if f.bound or n is None or n.kind not in DRAWN:
            continue
        day = iso_day(when(f.claim))
        if day is None:
            undated += 1
            continue
        low = n.low if n.low is not None else n.value
        high = n.high if n.high is not None else n.value
        point = Point(day, float(n.value), float(min(low, high)), float(max(low, high)), f.figure)
        points = by_source.setdefault(f.who, [])
        if point not in points:  # the same figure reported twice the same day is one point
            points.append(point)
    series = tuple(Series(who, tuple(sorted(points, key=lambda p: (p.day, p.value))))
                   for who, points in by_source.items())
    return Panel(view.group.label, view.group.contested, series, undated)


def chart_data(title: str, views: Sequence[QuantityView], version: str, built_at: str) -> ChartData:
    """The chart of `views` (a briefing's key numbers, in its order); quantities with nothing to
    place on a time axis are left out, so a chart with no panels has nothing to show."""
    panels = tuple(p for p in map(panel, views) if p.series)
    built = f", built {built_at[:10]}" if built_at else ""
    footnote = f"nkbot index {version[:12]}{built}. Each point: a figure a source gave, on the date it was given."
    return ChartData(title, panels, footnote)
