"""Cron runs with --state, for every output format: what a user finds in the file after each run."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from tests.conftest import run_statx

FIRST = "Xã có 7 hộ nghèo và 3 trường học."
SECOND = "Phường có 9 tổ dân phố."
CHANGED = "Xã có 8 hộ nghèo và 3 trường học."
LONG = "Thôn có 12 hộ. " + "Năm nay mùa màng tốt, bà con phấn khởi. " * 4


def rows_of(path: Path) -> list[tuple[str, float]]:
    """(doc, value) of every fact in an output file, whatever its format."""
    if path.suffix == ".csv":
        with path.open(encoding="utf-8", newline="") as fh:
            return [(r["doc"], float(r["value"])) for r in csv.DictReader(fh)]
    if path.suffix == ".jsonl":
        return [(f["doc"], float(f["value"])) for f in map(json.loads, path.read_text(encoding="utf-8").splitlines())]
    pd = pytest.importorskip("pandas")
    frame = pd.read_excel(path, sheet_name="facts")
    return [(str(d), float(v)) for d, v in zip(frame["doc"], frame["value"], strict=True)]


@pytest.mark.parametrize("suffix", [".csv", ".jsonl", ".xlsx"])
def test_cron_round_trip_keeps_earlier_rows_and_retries_a_failed_input(tmp_path: Path, suffix: str) -> None:
    if suffix == ".xlsx":
        pytest.importorskip("openpyxl", reason="Excel output is the optional extra statx[excel]")
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(FIRST, encoding="utf-8")
    out = tmp_path / f"facts{suffix}"
    args = ["extract", "news", "--state", "state.json", "-o", out.name, "-q"]

    first = run_statx(*args, cwd=tmp_path)
    assert first.returncode == 0, first.stderr.decode()
    assert rows_of(out) == [("news/a.txt", 7.0), ("news/a.txt", 3.0)]

    # a new input and one that fails (over --max-bytes): the new one's facts join the earlier rows,
    # the failed one is named
    (news / "b.txt").write_text(SECOND, encoding="utf-8")
    (news / "c.txt").write_text(LONG, encoding="utf-8")
    second = run_statx(*args, "--max-bytes", "100", cwd=tmp_path)
    assert second.returncode == 1
    assert "news/c.txt" in second.stderr.decode()
    assert rows_of(out) == [("news/a.txt", 7.0), ("news/a.txt", 3.0), ("news/b.txt", 9.0)]

    # the failed input was not recorded: unchanged, the next run reads it again; a changed input replaces its rows
    (news / "a.txt").write_text(CHANGED, encoding="utf-8")
    third = run_statx(*args, cwd=tmp_path)
    assert third.returncode == 0, third.stderr.decode()
    assert sorted(rows_of(out)) == sorted([("news/b.txt", 9.0), ("news/a.txt", 8.0), ("news/a.txt", 3.0), ("news/c.txt", 12.0)])

    # nothing new: the file keeps every row, once
    fourth = run_statx(*args, cwd=tmp_path)
    assert fourth.returncode == 0
    assert len(rows_of(out)) == 4
