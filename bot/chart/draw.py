"""A `ChartData` drawn as a PNG: one panel per quantity, x the date a figure was given, y the
figure, one line of markers per source (the same colour and marker for a source in every panel),
a range ("11,000–13,000") as a bar from its low to its high bound.

matplotlib is imported when a chart is drawn, never when the bot starts, and with the Agg
backend: no display, and a `Figure` of its own per chart (no pyplot state), so charts drawn in
worker threads at once do not meet. Text from documents is drawn as text, never as mathtext
("$500 million" stays as written).
"""

from __future__ import annotations

import io
from datetime import date
from typing import TYPE_CHECKING, Any

from bot.chart.series import ChartData, Panel

if TYPE_CHECKING:
    from matplotlib.figure import Figure

WIDTH_INCHES = 10.0
PANEL_INCHES = 2.8  # the height of one quantity's panel
DPI = 110
MARKERS = "osD^vPX*hp"
LABELLED = 12  # a panel with at most this many points writes each figure beside it
MAX_LABEL = 70  # characters of a quantity's or a source's name drawn


def _short(text: str, limit: int = MAX_LABEL) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def figure(chart: ChartData) -> Figure:
    """The chart as a matplotlib `Figure`, not yet saved (tests look at what it holds)."""
    import matplotlib

    matplotlib.use("Agg")  # explicitly: a server has no display, and nothing here may open a window
    from matplotlib import dates as mdates
    from matplotlib.figure import Figure
    from matplotlib.ticker import FuncFormatter

    if chart.empty:
        raise ValueError("no figures to chart")
    sources = list(dict.fromkeys(s.who for p in chart.panels for s in p.series))
    palette = matplotlib.colormaps["tab10"].colors
    style = {who: (palette[i % len(palette)], MARKERS[i % len(MARKERS)]) for i, who in enumerate(sources)}
    with matplotlib.rc_context({"text.parse_math": False, "font.size": 9}):
        height = 1.3 + PANEL_INCHES * len(chart.panels)
        fig = Figure(figsize=(WIDTH_INCHES, height), dpi=DPI, layout="constrained")
        fig.get_layout_engine().set(rect=(0, 0.03, 1, 0.97))  # room for the footnote below the panels
        axes = fig.subplots(len(chart.panels), 1, sharex=True, squeeze=False)[:, 0]
        days = [p.day for panel in chart.panels for s in panel.series for p in s.points]
        for ax, panel in zip(axes, chart.panels, strict=True):
            _panel(ax, panel, style, min(days), (max(days) - min(days)).days or 1)
        last = axes[-1]
        last.xaxis.set_major_locator(locator := mdates.AutoDateLocator(minticks=3, maxticks=8))
        last.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
        last.set_xlabel("Date the figure was given")
        for ax in axes:
            ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _pos: f"{v:,.0f}"))
        fig.suptitle(_short(chart.title, 120), fontsize=13, fontweight="bold")
        fig.text(0.01, 0.005, _short(chart.footnote, 200), fontsize=7, color="0.35", ha="left", va="bottom")
    return fig


def _panel(ax: Any, panel: Panel, style: dict[str, tuple[Any, str]], first: date, span: int) -> None:
    """One quantity; `first` and `span` (days): the dates the shared time axis covers."""
    label_points = sum(len(s.points) for s in panel.series) <= LABELLED
    for series in panel.series:
        color, marker = style[series.who]
        days = [p.day for p in series.points]
        line, = ax.plot(days, [p.value for p in series.points], marker=marker, color=color, markersize=7,
                        linewidth=1.4, label=_short(series.who, 40))
        line.set_gid(f"series:{series.who}")
        ranged = [p for p in series.points if p.ranged]
        if ranged:
            bars = ax.vlines([p.day for p in ranged], [p.low for p in ranged], [p.high for p in ranged],
                             colors=[color], linewidth=6, alpha=0.3)
            bars.set_gid(f"ranges:{series.who}")
        if label_points:
            for p in series.points:
                right = (p.day - first).days / span > 0.7  # near the right edge: written to the left
                ax.annotate(_short(p.figure, 30), (p.day, p.value), xytext=(-6 if right else 6, 5), fontsize=7,
                            textcoords="offset points", ha="right" if right else "left", color=color)
    title = _short(panel.label) + (" (figures disagree)" if panel.contested else "")
    ax.set_title(title, loc="left", fontsize=10, fontweight="bold")
    ax.set_ylabel("Figure claimed")
    ax.set_ylim(bottom=0, top=max(p.high for s in panel.series for p in s.points) * 1.2 or 1)
    ax.grid(True, axis="y", color="0.9")
    ax.margins(x=0.08)
    ax.legend(title="Source", loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize=8, title_fontsize=8,
              frameon=False)
    if panel.undated:
        ax.text(1.01, 0.0, f"{panel.undated} undated figure{'s' if panel.undated > 1 else ''} not shown",
                transform=ax.transAxes, fontsize=7, color="0.35", va="bottom")


def png(chart: ChartData) -> bytes:
    """The chart as PNG bytes."""
    fig = figure(chart)
    out = io.BytesIO()
    fig.savefig(out, format="png", dpi=DPI, metadata={"Software": None})
    return out.getvalue()
