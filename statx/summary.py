"""Pivots over extracted facts: count, sum, min and max of value by any columns.

Reads what ``statx extract`` wrote (CSV, JSON Lines or Excel) with pandas.
Periods are grouped whatever their case and tone-mark placement (``Hiện nay``
and ``hiện nay`` are one period) and come in time order: by the last year
(and month) they name, those naming none last.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path
from typing import Any

__all__ = ["SUMMARY_COLUMNS", "SummaryError", "UnknownColumn", "load_facts", "period_key", "pivot"]

SUMMARY_COLUMNS = ("count", "sum", "min", "max")
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
    if "published" in frame.columns and frame["published"].dtype.kind == "M":  # an Excel date column
        frame["published"] = frame["published"].dt.strftime("%Y-%m-%d").fillna("")
    frame["value"] = pd.to_numeric(frame["value"], errors="coerce")
    return frame


def _fold(text: str) -> str:
    from statx.lexicon import fold_text

    return fold_text(unicodedata.normalize("NFC", " ".join(text.split())).lower())


_YEAR = re.compile(r"(?<!\d)(?:(\d{1,2})\s*[-/.]\s*)?((?:19|20)\d\d)(?!\d)")


def period_key(period: str) -> tuple[int, int, str]:
    """Where a period stands in time: its last year (and the month before it), then its folded text."""
    found = _YEAR.findall(period)
    if not found:
        return (10_000, 0, _fold(period))
    month, year = found[-1]
    return (int(year), int(month) if month and int(month) <= 12 else 0, _fold(period))


def _numbers(column: Any) -> Any:
    """Integers where every value is a whole number, so 1200000000 never prints as 1.2e+09."""
    import pandas as pd

    values = pd.to_numeric(column, errors="coerce")
    whole = values.dropna()
    if len(whole) == len(values) and bool(((whole % 1) == 0).all()) and bool((whole.abs() < 2**63).all()):
        return values.astype("int64")
    return values


def pivot(frame: Any, by: list[str], skip_parts: bool = False) -> Any:
    """Count, sum, min and max of ``value`` for each combination of the ``by`` columns.

    Rows come sorted by the ``by`` columns, periods in time order (so
    ``by=["period"]`` reads as a time series); empty keys show as ``(none)``; a
    period is shown as it is most often written. ``skip_parts`` leaves out
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
    if frame.empty:
        return pd.DataFrame(columns=[*by, *SUMMARY_COLUMNS])
    keys = frame[by].astype(str).replace({"": "(none)", "nan": "(none)", "None": "(none)"})
    order: dict[str, Any] = {}
    if "period" in by:
        folded = keys["period"].map(lambda p: p if p == "(none)" else _fold(p))
        shown = keys["period"].groupby(folded).agg(lambda s: s.value_counts().index[0])  # the commonest spelling
        keys["period"] = folded.map(shown)
        order["period"] = {name: (1, period_key(name)) if name != "(none)" else (2, (0, 0, "")) for name in shown}
    grouped = frame.assign(**{c: keys[c] for c in by}).groupby(by, sort=True)["value"]
    table = grouped.agg(list(SUMMARY_COLUMNS)).reset_index()
    if order:
        table = table.sort_values(by, key=lambda col: col.map(order[col.name]) if col.name in order else col, kind="stable")
        table = table.reset_index(drop=True)
    for column in SUMMARY_COLUMNS:
        table[column] = _numbers(table[column])
    return table
