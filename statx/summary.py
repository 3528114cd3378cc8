"""Pivots over extracted facts: count, sum, min and max of value by any columns.

Reads what ``statx extract`` wrote (CSV, JSON Lines or Excel) with pandas.
Periods are grouped by the interval they name (``period_start``,
``period_end``; a file without those columns has its period words resolved
against each fact's ``published`` date), in time order, each labelled the
short way (``2023-H1``, ``2023-Q1``, ``2020–2023-10``). Periods without dates
come after them, grouped by their words whatever their case and tone-mark
placement (``Hiện nay`` and ``hiện nay`` are one), and facts with no period last.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

__all__ = ["NONE", "SUMMARY_COLUMNS", "SummaryError", "UnknownColumn", "load_facts", "pivot"]

SUMMARY_COLUMNS = ("count", "sum", "min", "max")
NONE = "(none)"  # the key of facts with no value in a ``by`` column
_DATES = ("published", "period_start", "period_end")
_NOT_FACTS = (".txt", ".md", ".markdown", ".text", ".html", ".htm", ".xhtml", ".gz")
_HINT = "statx summarize reads the CSV, JSON Lines or Excel file that statx extract writes"


class SummaryError(Exception):
    """Facts that cannot be read or grouped as asked."""


class UnknownColumn(SummaryError):
    """A ``by`` column the facts do not have: a usage error."""


def load_facts(path: str) -> Any:
    """A DataFrame of facts from a CSV, JSON Lines or Excel file written by ``statx extract``."""
    import pandas as pd

    p = Path(path)
    suffix = p.suffix.lower()
    if suffix in _NOT_FACTS:
        raise SummaryError(f"{path}: not a facts file; {_HINT} (run statx extract {path} -o facts.csv first)")
    if not p.exists():
        raise SummaryError(f"{path}: no such file")
    if p.is_dir():
        raise SummaryError(f"{path}: is a directory; {_HINT}")
    try:
        if suffix in (".jsonl", ".json", ".ndjson"):
            frame = pd.read_json(p, lines=True, dtype=False)
        elif suffix == ".xlsx":
            frame = pd.read_excel(p, sheet_name="facts")
        else:
            frame = pd.read_csv(p, dtype=str, keep_default_na=False)
    except ImportError as exc:
        raise SummaryError(f"{path}: {exc}") from None
    except pd.errors.EmptyDataError:
        raise SummaryError(f"{path}: empty file; {_HINT}") from None
    except (ValueError, KeyError, OSError, UnicodeDecodeError):
        raise SummaryError(f"{path}: not a facts file; {_HINT}") from None
    if "value" not in frame.columns or "doc" not in frame.columns:
        raise SummaryError(f"{path}: not a facts file (no 'doc' and 'value' columns); {_HINT}")
    for column in _DATES:
        if column in frame.columns and frame[column].dtype.kind == "M":  # an Excel date column
            frame[column] = frame[column].dt.strftime("%Y-%m-%d").fillna("")
    frame["value"] = pd.to_numeric(frame["value"], errors="coerce")
    return frame


def _fold(text: str) -> str:
    from statx.lexicon import fold_text

    return fold_text(unicodedata.normalize("NFC", " ".join(text.split())).lower())


def _day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value == value and value else None
    except ValueError:
        return None


def _intervals(frame: Any) -> list[tuple[date, date] | None]:
    """Each fact's period as dates: its ``period_start`` and ``period_end``, or
    (in a file written before them) its words resolved against its ``published`` date."""
    if "period_start" in frame.columns and "period_end" in frame.columns:
        pairs = zip(frame["period_start"].map(_day), frame["period_end"].map(_day), strict=True)
        return [(a, b) if a and b else None for a, b in pairs]
    from statx.dates import resolve_period

    published = frame["published"] if "published" in frame.columns else [""] * len(frame)
    return [resolve_period(str(p), _day(d)) if p == p and p else None for p, d in zip(frame["period"], published, strict=True)]


def _periods(frame: Any, words: Any) -> tuple[Any, Any, Any, dict[str, tuple[Any, ...]]]:
    """The period key of each fact (a label, or words when it has no dates), its
    first and last day as ISO dates, and where each key sorts."""
    import pandas as pd

    from statx.dates import period_label

    spans = _intervals(frame)
    folded = words.map(lambda p: p if p == NONE else _fold(p))
    shown = words.groupby(folded).agg(lambda s: s.value_counts().index[0])  # the commonest spelling
    keys, first, last, order = [], [], [], {}
    for span, fold in zip(spans, folded, strict=True):
        if span:
            key = period_label(*span)
            order[key] = (0, span[0].toordinal(), span[1].toordinal(), "")
            keys.append(key)
            first.append(span[0].isoformat())
            last.append(span[1].isoformat())
        else:
            key = shown[fold]
            order[key] = (2, 0, 0, "") if key == NONE else (1, 0, 0, fold)
            keys.append(key)
            first.append("")
            last.append("")
    index = frame.index
    return pd.Series(keys, index=index), pd.Series(first, index=index), pd.Series(last, index=index), order


def _numbers(column: Any) -> Any:
    """Integers where every value is a whole number, so 1200000000 never prints as 1.2e+09."""
    import pandas as pd

    values = pd.to_numeric(column, errors="coerce")
    whole = values.dropna()
    if len(whole) == len(values) and bool(((whole % 1) == 0).all()) and bool((whole.abs() < 2**63).all()):
        return values.astype("int64")
    return values.round(9)  # a sum of decimals without the float's tail: 0.1 + 0.2 is 0.3, not 0.30000000000000004


def pivot(frame: Any, by: list[str], skip_parts: bool = False) -> Any:
    """Count, sum, min and max of ``value`` for each combination of the ``by`` columns.

    Rows come sorted by the ``by`` columns, periods in time order (so
    ``by=["period"]`` reads as a time series): a period is the interval it
    names, labelled the short way and followed by its ``period_start`` and
    ``period_end``; periods without dates come after, as they are most often
    written; empty keys show as ``(none)``, last. ``skip_parts`` leaves out
    breakdown parts (facts with a ``part_of``), so that a total and its parts
    are not counted twice.
    """
    import pandas as pd

    missing = [c for c in by if c not in frame.columns]
    if missing:
        raise UnknownColumn(f"no column {', '.join(missing)}; choose from {', '.join(map(str, frame.columns))}")
    if skip_parts and "part_of" in frame.columns:
        parts = pd.to_numeric(frame["part_of"], errors="coerce").notna()
        frame = frame[~parts]
    dated = [*by[: by.index("period") + 1], "period_start", "period_end", *by[by.index("period") + 1 :]] if "period" in by else by
    if frame.empty:
        return pd.DataFrame(columns=[*dated, *SUMMARY_COLUMNS])
    keys = frame[by].astype(str).replace({"": NONE, "nan": NONE, "None": NONE})
    order: dict[str, Any] = {}
    if "period" in by:
        keys["period"], keys["period_start"], keys["period_end"], order["period"] = _periods(frame, keys["period"])
    grouped = frame.drop(columns=["period_start", "period_end"], errors="ignore").assign(**{c: keys[c] for c in dated})
    table = grouped.groupby(dated, sort=True)["value"].agg(list(SUMMARY_COLUMNS)).reset_index()
    if order:
        table = table.sort_values(by, key=lambda col: col.map(order[col.name]) if col.name in order else col, kind="stable")
        table = table.reset_index(drop=True)
    for column in SUMMARY_COLUMNS:
        table[column] = _numbers(table[column])
    return table
