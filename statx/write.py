"""One output path: facts as rows, written as CSV or JSON Lines, whole or not at all."""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import IO, Any

from statx.facts import COLUMNS, Fact

__all__ = ["FORMATS", "atomic_output", "format_for_path", "row", "write_facts"]

FORMATS = ("table", "csv", "jsonl")


def row(fact: Fact) -> dict[str, Any]:
    """A fact as an ordered mapping of FACTS.md columns."""
    return fact.as_dict()


def _csv_cell(value: Any) -> Any:
    return "" if value is None else value


def write_facts(facts: Iterable[Fact], fh: IO[str], fmt: str, header: bool = True) -> int:
    """Write facts to a text stream as ``csv`` or ``jsonl``; returns how many."""
    n = 0
    if fmt == "csv":
        writer = csv.writer(fh, lineterminator="\n")
        if header:
            writer.writerow(COLUMNS)
        for fact in facts:
            d = row(fact)
            writer.writerow([_csv_cell(d[c]) for c in COLUMNS])
            n += 1
    elif fmt == "jsonl":
        for fact in facts:
            fh.write(json.dumps(row(fact), ensure_ascii=False) + "\n")
            n += 1
    else:
        raise ValueError(f"unknown format {fmt!r}; choose csv or jsonl")
    return n


def format_for_path(path: str) -> str | None:
    """The format a file name asks for (``.csv``, ``.jsonl``, ``.json``), else None."""
    suffix = Path(path).suffix.lower()
    return {".csv": "csv", ".jsonl": "jsonl", ".json": "jsonl", ".ndjson": "jsonl"}.get(suffix)


class atomic_output:
    """Write to a temporary file beside ``path`` and rename it into place on success."""

    def __init__(self, path: str) -> None:
        self.path = Path(path)
        self._tmp: str | None = None
        self._fh: IO[str] | None = None

    def __enter__(self) -> IO[str]:
        fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent or ".")
        self._fh = open(fd, "w", encoding="utf-8", newline="")
        return self._fh

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        assert self._fh is not None and self._tmp is not None
        self._fh.close()
        if exc_type is None:
            os.replace(self._tmp, self.path)
        else:
            os.unlink(self._tmp)
