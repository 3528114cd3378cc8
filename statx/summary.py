"""Pivots over extracted facts: count, sum, min and max of value by any columns.

Reads what ``statx extract`` wrote (CSV, JSON Lines or Excel) with pandas.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from statx.facts import COLUMNS

__all__ = ["SummaryError", "load_facts", "pivot"]


class SummaryError(Exception):
    """Facts that cannot be read or grouped as asked."""


def load_facts(path: str) -> Any:
    """A DataFrame of facts from a CSV, JSON Lines or Excel file written by ``statx extract``."""
    import pandas as pd

    p = Path(path)
    suffix = p.suffix.lower()
    try:
        if suffix in (".jsonl", ".json", ".ndjson"):
            frame = pd.read_json(p, lines=True, dtype=False)
        elif suffix == ".xlsx":
            frame = pd.read_excel(p, sheet_name="facts")
        else:
            frame = pd.read_csv(p, dtype={"doc": str, "category": str, "actor": str, "period": str}, keep_default_na=False)
    except FileNotFoundError:
        raise SummaryError(f"{path}: no such file") from None
    except ImportError as exc:
        raise SummaryError(f"{path}: {exc}") from None
    except ValueError as exc:
        raise SummaryError(f"{path}: not a facts file ({exc})") from None
    if frame.empty:
        return pd.DataFrame(columns=list(COLUMNS))
    if "value" not in frame.columns:
        raise SummaryError(f"{path}: no 'value' column; is it the output of statx extract?")
    frame["value"] = pd.to_numeric(frame["value"], errors="coerce")
    return frame


def pivot(frame: Any, by: list[str], skip_parts: bool = False) -> Any:
    """Count, sum, min and max of ``value`` for each combination of the ``by`` columns.

    Rows come sorted by the ``by`` columns (so ``by=["period"]`` reads as a time
    series); empty keys show as ``(none)``. ``skip_parts`` leaves out breakdown
    parts (facts with a ``part_of``), so that a total and its parts are not
    counted twice.
    """
    import pandas as pd

    if skip_parts and "part_of" in frame.columns:
        parts = pd.to_numeric(frame["part_of"], errors="coerce").notna()
        frame = frame[~parts]
    missing = [c for c in by if c not in frame.columns]
    if missing:
        raise SummaryError(f"no column {', '.join(missing)}; choose from {', '.join(frame.columns)}")
    if frame.empty:
        return pd.DataFrame(columns=[*by, "count", "sum", "min", "max"])
    keys = frame[by].astype(str).replace({"": "(none)", "nan": "(none)", "None": "(none)"})
    grouped = frame.assign(**{c: keys[c] for c in by}).groupby(by, sort=True)["value"]
    table = grouped.agg(["count", "sum", "min", "max"]).reset_index()
    return table
