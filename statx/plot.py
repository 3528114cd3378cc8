"""Charts of a pivot with matplotlib (optional extra ``statx[plot]``)."""

from __future__ import annotations

from typing import Any

__all__ = ["PlotUnavailable", "plot_pivot"]


class PlotUnavailable(RuntimeError):
    """matplotlib is not installed."""


def plot_pivot(table: Any, by: list[str], path: str, measure: str = "sum") -> None:
    """Draw the pivot as a bar chart (a line over periods) into a PNG or SVG file.

    The file is written whole or not at all. Vietnamese labels render with
    DejaVu Sans, which matplotlib ships and which covers Vietnamese.
    """
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        raise PlotUnavailable("plotting needs matplotlib: pip install 'statx[plot]'") from None
    from statx.write import atomic_output

    labels = [" · ".join(str(v) for v in row) for row in table[by].itertuples(index=False)]
    values = list(table[measure])
    fig, ax = plt.subplots(figsize=(max(6.0, 0.5 * len(labels) + 2), 4.5), dpi=100)
    try:
        plt.rcParams["font.family"] = "DejaVu Sans"
        if by == ["period"]:
            ax.plot(labels, values, marker="o", color="#1f77b4")
        else:
            ax.bar(labels, values, color="#1f77b4")
        ax.set_ylabel(f"{measure} of value")
        ax.set_title(f"statx: {measure} of value by {', '.join(by)}")
        ax.tick_params(axis="x", labelrotation=45)
        for tick in ax.get_xticklabels():
            tick.set_horizontalalignment("right")
        fig.tight_layout()
        fmt = "svg" if path.lower().endswith(".svg") else "png"
        with atomic_output(path, binary=True) as fh:
            fig.savefig(fh, format=fmt)
    finally:
        plt.close(fig)
