"""What a spreadsheet gets: CSV cells guarded only where they would run, Excel files that open right."""

from __future__ import annotations

import csv
import datetime
import io
import json
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import SAMPLES, run_statx

openpyxl = pytest.importorskip("openpyxl", reason="Excel output is the optional extra statx[excel]")

SAMPLE = SAMPLES / "bao-ve-nen-tang-tu-tuong.txt"

# (first line of an article, whether a spreadsheet could run it as a formula)
LINES = [
    ('=HYPERLINK("http://x.example";"xem") Huyện có 15 trang Fanpage.', True),
    ("+15 trang Fanpage được lập thêm trong quý.", True),
    ("-15 trang Fanpage đã ngừng hoạt động trong quý.", True),
    ("@Huyện có 15 trang Fanpage.", True),
    ("- cmd|' /C calc'!A0 có 15 trang Fanpage.", True),
    ("- Huyện SUM(1) có 15 trang Fanpage.", True),
    ("- Huyện có 15 trang Fanpage và 12 nhóm Zalo.", False),
    ("+ Xã có 12 nhóm Zalo (của đoàn thanh niên).", False),
]


def _sentences(rows: list[dict[str, str]]) -> list[str]:
    return list(dict.fromkeys(r["sentence"] for r in rows))


@pytest.mark.parametrize(("line", "runs"), LINES, ids=[line[:12] for line, _ in LINES])
def test_csv_guards_a_cell_exactly_when_it_would_run(tmp_path: Path, line: str, runs: bool) -> None:
    (tmp_path / "a.txt").write_text(line + "\n", encoding="utf-8")
    done = run_statx("extract", "a.txt", "-o", "facts.csv", cwd=tmp_path)
    assert done.returncode == 0
    rows = list(csv.DictReader((tmp_path / "facts.csv").open(encoding="utf-8")))
    assert rows, "no fact: the test would check nothing"
    assert _sentences(rows) == [("'" + line) if runs else line]
    raw = run_statx("extract", "a.txt", "--raw-csv", cwd=tmp_path)
    assert _sentences(list(csv.DictReader(io.StringIO(raw.stdout.decode())))) == [line]


def test_document_names_standard_input_and_tab_or_return_led(tmp_path: Path) -> None:
    text = "Xã có 12 nhóm Zalo.\n"
    stdin = run_statx("extract", "-", stdin=text.encode())
    assert [r["doc"] for r in csv.DictReader(io.StringIO(stdin.stdout.decode()))] == ["-"]  # a lone '-' runs nowhere
    for name in ("\tbáo cáo.txt", "\rghi chú.txt"):
        (tmp_path / name).write_text(text, encoding="utf-8")
        done = run_statx("extract", name, cwd=tmp_path)
        assert done.returncode == 0
        rows = list(csv.DictReader(io.StringIO(done.stdout.decode(), newline="")))
        assert [r["doc"] for r in rows] == ["'" + name]  # quoted, so a spreadsheet reads one row


def test_excel_keeps_every_text_as_written_and_runs_none(tmp_path: Path) -> None:
    for i, (line, _) in enumerate(LINES):
        (tmp_path / f"{i}.txt").write_text(line + "\n", encoding="utf-8")
    done = run_statx("extract", *(f"{i}.txt" for i in range(len(LINES))), "-o", "facts.xlsx", cwd=tmp_path)
    assert done.returncode == 0
    frame = pd.read_excel(tmp_path / "facts.xlsx", sheet_name="facts")
    assert list(dict.fromkeys(frame["sentence"])) == [line for line, _ in LINES]
    sheet = openpyxl.load_workbook(tmp_path / "facts.xlsx")["facts"]
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            assert cell.data_type != "f", cell.value


def _jsonl(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_the_sample_in_excel_cell_by_cell(tmp_path: Path) -> None:
    done = run_statx("extract", str(SAMPLE), "-o", str(tmp_path / "facts.xlsx"))
    assert done.returncode == 0
    golden = _jsonl(SAMPLE.with_suffix(".jsonl"))
    book = openpyxl.load_workbook(tmp_path / "facts.xlsx")
    facts = book["facts"]
    rows = list(facts.iter_rows(values_only=True))
    assert list(rows[0]) == list(golden[0])
    assert len(rows) == 1 + len(golden) == 13
    for cells, fact in zip(rows[1:], golden, strict=True):
        expected = dict(fact)
        expected["doc"] = str(SAMPLE)
        expected["published"] = datetime.datetime(2023, 10, 15)
        for k in ("period_start", "period_end"):  # date cells, read back as datetimes
            expected[k] = datetime.datetime.fromisoformat(expected[k]) if expected[k] else None
        got = {k: v for k, v in zip(rows[0], cells, strict=True)}
        assert got == {k: (None if v == "" else v) for k, v in expected.items()}
    documents = list(book["documents"].iter_rows(values_only=True))
    assert documents == [
        ("doc", "facts", "discipline", "social_account", "audience", "content", "money", "percent"),
        (str(SAMPLE), 12, 4, 4, 1, 1, 1, 1),
    ]


def test_excel_opens_readable(tmp_path: Path) -> None:
    """Frozen header, a filter, columns fitted (capped), numbers with a thousands format, the date a date."""
    run_statx("extract", str(SAMPLE), "-o", str(tmp_path / "facts.xlsx"))
    sheet = openpyxl.load_workbook(tmp_path / "facts.xlsx")["facts"]
    header = [c.value for c in sheet[1]]
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:T13"
    assert all(c.font.bold for c in sheet[1])

    def width(name: str) -> float:
        return float(sheet.column_dimensions[openpyxl.utils.get_column_letter(header.index(name) + 1)].width)

    assert width("actor") > len("Hội Nông dân thành phố và các chi hội")  # the longest actor, whole
    assert width("object") > len("đảng viên vi phạm")
    assert width("sentence") == 80  # capped, not as wide as a paragraph
    assert width("start") < 10
    money = next(r for r in sheet.iter_rows(min_row=2) if r[header.index("category")].value == "money")
    value = money[header.index("value")]
    assert value.value == 1_200_000_000 and value.data_type == "n" and value.number_format == "#,##0"
    published = money[header.index("published")]
    assert published.is_date and published.value == datetime.datetime(2023, 10, 15)


def test_read_excel_round_trip_matches_json_lines(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(
        "Tỉnh có 30 nhóm Zalo (12 nhóm của huyện, 18 nhóm của xã) và khoảng 1,5 tỷ đồng.\n", encoding="utf-8"
    )
    names = [str(SAMPLE), "b.txt"]
    assert run_statx("extract", *names, "-o", "facts.xlsx", cwd=tmp_path).returncode == 0
    assert run_statx("extract", *names, "-o", "facts.jsonl", cwd=tmp_path).returncode == 0
    frame = pd.read_excel(tmp_path / "facts.xlsx", sheet_name="facts")
    facts = _jsonl(tmp_path / "facts.jsonl")
    assert len(frame) == len(facts) == 16
    for (_, row), fact in zip(frame.iterrows(), facts, strict=True):
        for key, value in fact.items():
            cell = row[key]
            if value is None or value == "":
                assert pd.isna(cell), (key, cell)
            elif key in ("published", "period_start", "period_end"):
                assert cell == pd.Timestamp(str(value)), (key, cell, value)
            else:
                assert cell == value, (key, cell, value)
    assert frame["published"].dtype.kind == frame["period_start"].dtype.kind == frame["period_end"].dtype.kind == "M"
    assert frame["value"].dtype.kind in "if" and frame["start"].dtype.kind == "i"


def test_json_lines_write_a_missing_date_as_null(tmp_path: Path) -> None:
    done = run_statx("extract", "-f", "jsonl", "-", stdin="Xã có 12 nhóm Zalo.\n".encode())
    fact = json.loads(done.stdout.decode().splitlines()[0])
    assert fact["published"] is None
    csv_done = run_statx("extract", "-", stdin="Xã có 12 nhóm Zalo.\n".encode())
    assert next(csv.DictReader(io.StringIO(csv_done.stdout.decode())))["published"] == ""


def test_cron_appends_to_an_excel_file_keeping_dates_and_numbers(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Xã có 12 nhóm Zalo.\n", encoding="utf-8")
    args = ["extract", "a.txt", str(SAMPLE), "--state", "st.json", "-o", "facts.xlsx", "-q"]
    assert run_statx(*args, cwd=tmp_path).returncode == 0
    (tmp_path / "a.txt").write_text("Xã có 14 nhóm Zalo.\n", encoding="utf-8")
    assert run_statx(*args, cwd=tmp_path).returncode == 0
    frame = pd.read_excel(tmp_path / "facts.xlsx", sheet_name="facts")
    assert sorted(frame.loc[frame["doc"] == "a.txt", "value"]) == [14]
    sample = frame[frame["doc"] == str(SAMPLE)]
    assert len(sample) == 12 and set(sample["published"]) == {pd.Timestamp("2023-10-15")}
