"""Charts of a summary with matplotlib (optional extra ``statx[plot]``), read at a glance.

Money, percentages and counts do not share an axis (the money would hide the
rest), so the chart has one panel per category, each with its own scale;
grouping by category, each category's panel shows its sums by unit (``trang``
and ``nhóm`` are not added up either). Periods are a time series: a date axis
across, each period a line from its first day to its last at the height of its
sum, a dot at its middle (a single day is a dot), labelled the short way
(``2023-H1``); periods without dates are left out (the ``2 * TOP`` most frequent
when there are more). Other labels are horizontal bars, so that long ones read
whole, the ``TOP`` largest sums; a panel's title says how many were left out.
"""

from __future__ import annotations

import math
from datetime import date, timedelta
from typing import Any

__all__ = ["TOP", "PlotUnavailable", "plot_summary"]

TOP = 12  # bars a panel shows at most
PANELS_ACROSS = 2


class PlotUnavailable(RuntimeError):
    """matplotlib is not installed."""


def _panels(frame: Any, by: list[str], skip_parts: bool) -> list[tuple[str, Any, str]]:
    """(title, pivot, what its bars are) for each category present, the categories by fact count."""
    from statx.summary import pivot

    if "category" not in frame.columns:
        return [("", pivot(frame, by, skip_parts), ", ".join(by))]
    bars = [c for c in by if c != "category"] or (["unit"] if "unit" in frame.columns else [])
    if not bars:
        return [("", pivot(frame, by, skip_parts), ", ".join(by))]
    table = pivot(frame, ["category", *bars], skip_parts)
    counts = table.groupby("category")["count"].sum().sort_values(ascending=False, kind="stable")
    panels = []
    for category in counts.index:
        part = table[table["category"] == category].drop(columns="category").reset_index(drop=True)
        n = int(counts[category])
        panels.append((f"{category} ({n:,} fact{'' if n == 1 else 's'})", part, ", ".join(bars)))
    return panels


def _dated(panels: list[tuple[str, Any, str, int]]) -> list[tuple[str, Any, str, int]]:
    """The panels' periods with dates, each panel with how many facts it left out; panels left empty go
    (all of them but one when no period has dates)."""
    out = []
    for title, table, what, _ in panels:
        no_dates = table["period_start"].astype(str) == ""
        out.append((title, table[~no_dates].reset_index(drop=True), what, int(table.loc[no_dates, "count"].sum())))
    return [p for p in out if len(p[1])] or out[:1]


def _label(n: float) -> str:
    if float(n).is_integer():
        return f"{int(n):,}".replace(",", " ")
    return f"{n:,.2f}".rstrip("0").rstrip(".").replace(",", " ")


_SCALES = ((1e9, "tỷ"), (1e6, "triệu"), (1e3, "nghìn"))


def _short(n: float) -> str:
    """An axis tick in Vietnamese scale words: 600 tỷ, 2,5 triệu."""
    for size, word in _SCALES:
        if abs(n) >= size:
            v = n / size
            return (f"{v:.3g}".replace(".", ",") if abs(v) < 1000 else f"{v:,.0f}".replace(",", " ")) + " " + word
    return _label(n)


def plot_summary(frame: Any, by: list[str], path: str, skip_parts: bool = False, measure: str = "sum") -> None:
    """Draw the ``measure`` of value by ``by`` into a PNG or SVG file, whole or not at all.

    Vietnamese labels render with DejaVu Sans, which matplotlib ships and which covers Vietnamese.
    """
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise PlotUnavailable("plotting needs matplotlib: pip install 'statx[plot]'") from None
    from statx.write import atomic_output

    panels = [(title, table, what, 0) for title, table, what in _panels(frame, by, skip_parts)]
    time_series = by == ["period"] or (sorted(by) == ["category", "period"])
    if time_series:  # a time series has dates: periods without them are left out, and counted
        panels = _dated(panels)
    across = min(PANELS_ACROSS, max(1, len(panels)))
    down = max(1, math.ceil(len(panels) / across))
    tallest = max((min(len(t), TOP) for _, t, _, _ in panels), default=1)
    height = 3.2 if time_series else 0.9 + 0.26 * tallest
    plt.rcParams["font.family"] = "DejaVu Sans"
    fig, axes = plt.subplots(down, across, figsize=(7.0 * across, height * down + 0.6), dpi=100, squeeze=False)
    try:
        fig.suptitle(f"statx: {measure} of value by {', '.join(by)}" + (" (parts left out)" if skip_parts else ""))
        for ax in axes.flat[len(panels) :]:
            ax.set_visible(False)
        for ax, (title, table, what, undated) in zip(axes.flat, panels, strict=False):
            keys = [c for c in table.columns if c not in ("count", "sum", "min", "max", "period_start", "period_end")]
            labels = [" · ".join(str(v) for v in row) for row in table[keys].itertuples(index=False)]
            values = [float(v) if v == v else 0.0 for v in table[measure]]
            order = sorted(range(len(values)), key=lambda i: -values[i])
            if time_series:  # of many periods, the most frequent, in time order
                counts = list(table["count"])
                frequent = set(sorted(range(len(values)), key=lambda i: -counts[i])[: 2 * TOP])
                shown = [i for i in range(len(values)) if i in frequent]
                _time_series(ax, table, values, shown, labels)
            else:
                shown = order[:TOP]
                _bars(ax, values, shown, labels)
            left = len(order) - len(shown)
            more = ""
            if left and time_series:
                more = f"; the {len(shown)} most frequent of {len(order)} periods"
            elif left:
                more = f"; the {len(shown)} largest of {len(order)}"
            if undated:
                more += f"; {undated:,} fact{'' if undated == 1 else 's'} without dates left out"
            ax.set_ylabel(measure if time_series else what, fontsize=8)
            ax.set_title(title + more, fontsize=10, loc="left")
            ax.tick_params(axis="x", labelsize=7)
        fig.tight_layout(rect=(0, 0, 1, 1 - 0.5 / (height * down + 0.6)))
        fmt = "svg" if path.lower().endswith(".svg") else "png"
        with atomic_output(path, binary=True) as fh:
            fig.savefig(fh, format=fmt)
    finally:
        plt.close(fig)


def _bars(ax: Any, values: list[float], shown: list[int], labels: list[str]) -> None:
    """Horizontal bars, the first on top, each with its value."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    names = [labels[i] if len(labels[i]) <= 38 else labels[i][:37] + "…" for i in shown]
    ax.barh(range(len(shown)), [values[i] for i in shown], color="#1f77b4")
    ax.set_yticks(range(len(shown)), names, fontsize=8)
    ax.invert_yaxis()  # the first on top
    peak = max((values[i] for i in shown), default=0.0) or 1.0
    for y, i in enumerate(shown):
        ax.text(values[i] + peak * 0.01, y, _label(values[i]), va="center", fontsize=7)
    ax.set_xlim(0, peak * 1.25)
    ax.xaxis.set_major_locator(MaxNLocator(4))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _: _short(x)))


def _time_series(ax: Any, table: Any, values: list[float], shown: list[int], labels: list[str]) -> None:
    """Each period on a date axis: a line from its first day to the end of its last at the height of its
    value, a dot at its middle, its short label beside."""
    import matplotlib.dates
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    mdates: Any = matplotlib.dates  # its functions carry no types
    if not shown:
        ax.text(0.5, 0.5, "no period with dates", ha="center", va="center", transform=ax.transAxes, fontsize=9)
        ax.set_xticks([])
        ax.set_yticks([])
        return
    first = [mdates.date2num(date.fromisoformat(str(table["period_start"][i]))) for i in shown]
    last = [mdates.date2num(date.fromisoformat(str(table["period_end"][i])) + timedelta(days=1)) for i in shown]
    heights = [values[i] for i in shown]
    ax.hlines(heights, first, last, colors="#1f77b4", linewidth=3)
    middles = [(a + b) / 2 for a, b in zip(first, last, strict=True)]
    ax.plot(middles, heights, "o", color="#1f77b4", markersize=4)
    for x, y, i in zip(middles, heights, shown, strict=True):
        ax.annotate(labels[i], (x, y), xytext=(0, 4), textcoords="offset points", ha="center", fontsize=6)
    low, high = min([*first, *last]), max([*first, *last])
    pad = max((high - low) * 0.04, 20.0)
    ax.set_xlim(low - pad, high + pad)
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    peak = max(heights, default=0.0)
    bottom = min([0.0, *heights])
    ax.set_ylim(bottom, (peak or 1.0) * 1.2)
    ax.yaxis.set_major_locator(MaxNLocator(4))
    ax.yaxis.set_major_formatter(FuncFormatter(lambda y, _: _short(y)))
    ax.tick_params(axis="y", labelsize=7)
