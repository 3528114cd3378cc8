"""What the command shows: the facts table on a terminal, and summaries as a table or a file.

Part of the CLI package, the only place that knows rich."""

from __future__ import annotations

import datetime
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

if TYPE_CHECKING:
    from statx.facts import Fact

CATEGORY_STYLE = {
    "discipline": "bold red",
    "social_account": "cyan",
    "audience": "bright_cyan",
    "content": "green",
    "people": "yellow",
    "organization": "magenta",
    "event": "blue",
    "money": "bold green",
    "percent": "bright_magenta",
    "measure": "bright_blue",
    "other": "white",
}


QUALIFIER_SIGN = {"approx": "≈", "nearly": "<~", "more_than": ">", "at_least": "≥", "less_than": "<", "at_most": "≤"}


def fmt_value(fact: Fact) -> str:
    def one(v: int | float) -> str:
        return f"{v:,}".replace(",", "\u202f") if isinstance(v, int) else f"{v:g}"

    s = one(fact.value)
    if fact.value_max is not None:
        s += "–" + one(fact.value_max)
    return s


def facts_table(facts: Iterable[Fact], console: Console, show_sentence: bool) -> int:
    """Facts as a rich table; columns that would be empty (or one document's name) are left out."""
    from statx.read import path_label

    rows: list[dict[str, str | Text]] = []
    starts: dict[tuple[str, int], str] = {}
    docs: set[str] = set()
    for f in facts:
        docs.add(f.doc)
        starts[(f.doc, f.start)] = f.mention
        label = f.label
        if f.part_of is not None:
            label = (label + " " if label else "") + f"⊂ {starts.get((f.doc, f.part_of), f.part_of)}"
        rows.append(
            {
                "doc": path_label(f.doc),
                "mention": f.mention,
                "value": QUALIFIER_SIGN.get(f.qualifier, "") + fmt_value(f),
                "unit": f.unit,
                "object": f.object,
                "category": Text(f.category, style=CATEGORY_STYLE.get(f.category, "")),
                "label": label,
                "actor": f.actor,
                "period": f.period,
                "check": Text(f.check, style="green" if f.check == "ok" else "bold red"),
                "sentence": f.sentence,
            }
        )
    names = ["doc", "mention", "value", "unit", "object", "category", "label", "actor", "period", "check"]
    if show_sentence:
        names.append("sentence")
    narrow = console.width < 110  # an 80-column terminal: the essentials, readable
    wide_only = ("unit", "object", "period")
    keep = [
        name
        for name in names
        if name in ("mention", "value", "category")
        or (name == "doc" and len(docs) > 1)
        or (name not in ("doc", *wide_only) and any(str(r[name]) for r in rows))
        or (name in wide_only and not narrow and any(str(r[name]) for r in rows))
    ]
    widths = _fit_widths(keep, rows, console.width)
    table = Table(show_lines=False, header_style="bold", pad_edge=False, expand=False)
    for name in keep:
        table.add_column(
            name, justify="right" if name == "value" else "left", no_wrap=True, overflow="ellipsis", width=widths[name]
        )
    for r in rows:
        table.add_row(*[r[name] for name in keep])
    n = len(rows)
    if narrow and rows:
        table.caption = "unit, object and period: on a wider terminal, or with -f csv"
    console.print(table)
    return n


_SHRINK = {"sentence": 20, "actor": 10, "object": 10, "label": 8, "period": 8, "doc": 8, "unit": 6, "mention": 7}


def _fit_widths(names: list[str], rows: list[dict[str, str | Text]], width: int) -> dict[str, int]:
    """Each column's width: its widest cell, narrowed (widest column first) until the table fits ``width``.

    One line a fact: cells never wrap; a cell wider than its column ends in …
    """
    from rich.cells import cell_len

    widths = {name: max([cell_len(name), *(cell_len(str(r[name])) for r in rows)]) for name in names}
    # a box border left and right and between columns, one space either side of each cell but the edges
    frame = (len(names) + 1) + 2 * len(names) - 2
    excess = sum(widths.values()) + frame - width
    while excess > 0:
        shrinkable = [n for n in names if n in _SHRINK and widths[n] > max(_SHRINK[n], cell_len(n))]
        if not shrinkable:
            break
        widest = max(shrinkable, key=lambda n: widths[n] - _SHRINK[n])
        widths[widest] -= 1
        excess -= 1
    return widths


def stdout_console() -> Console:
    console = Console()
    return console if console.is_terminal else Console(width=200)


def _number(v: Any) -> str:
    """A number as the tables show it: thousands apart, no exponent, at most two decimals."""
    if v is None or v != v:  # NaN
        return ""
    if float(v).is_integer():
        return f"{int(v):,}".replace(",", "\u202f")
    return f"{float(v):,.2f}".rstrip("0").rstrip(".").replace(",", "\u202f")


def _plain(v: Any) -> Any:
    """A pandas cell as a Python value: whole numbers as integers, NaN (a group without a number) as None."""
    v = v.item() if hasattr(v, "item") else v
    if isinstance(v, float):
        if v != v:
            return None
        if v.is_integer() and abs(v) < 2**63:
            return int(v)  # one format: 1200000000, never 1200000000.0 or 1.2e+09
    return v


def write_pivot(table: Any, fmt: str, output: str | None, bom: bool) -> None:
    from statx.summary import SUMMARY_COLUMNS
    from statx.write import CsvWriter, atomic_output, neutralise, write_xlsx

    header = [str(c) for c in table.columns]
    rows = [[_plain(v) for v in r] for r in table.itertuples(index=False)]
    if fmt == "table":
        rich_table = Table(header_style="bold", pad_edge=False)
        for col in header:
            rich_table.add_column(col, justify="right" if col in SUMMARY_COLUMNS else "left")
        for r in rows:
            rich_table.add_row(*[_number(v) if h in SUMMARY_COLUMNS else str(v) for h, v in zip(header, r, strict=True)])
        if output:
            with atomic_output(output) as fh:
                Console(file=fh, width=200, no_color=True).print(rich_table)
        else:
            stdout_console().print(rich_table)
        return
    if fmt == "xlsx":
        assert output
        dates = [h in ("period_start", "period_end") for h in header]
        cells = [
            [(datetime.date.fromisoformat(v) if v else None) if d else v for d, v in zip(dates, r, strict=True)] for r in rows
        ]
        write_xlsx(output, [("summary", header, cells)])
        return
    import io
    import json

    buf = io.StringIO()
    if fmt == "csv":
        writer = CsvWriter(buf)
        writer.writerow(header)
        writer.writerows([neutralise(v) for v in r] for r in rows)
    else:
        for r in rows:
            buf.write(json.dumps(dict(zip(header, r, strict=True)), ensure_ascii=False) + "\n")
    if output:
        with atomic_output(output, bom=bom and fmt == "csv") as fh:
            fh.write(buf.getvalue())
    else:
        sys.stdout.write(("\ufeff" if bom and fmt == "csv" else "") + buf.getvalue())
        sys.stdout.flush()
