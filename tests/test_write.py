"""statx.write: the bytes of every output file, the formula guard, appending without losing rows."""

from __future__ import annotations

import csv
import datetime
import io
import json
import os
import stat
from pathlib import Path

import pytest

from statx.facts import COLUMNS, Fact
from statx.write import (
    OutputError,
    atomic_output,
    csv_row,
    documents_table,
    format_for_path,
    formula_like,
    neutralise,
    row,
    write_facts,
    write_output,
)

HEADER = ",".join(COLUMNS) + "\n"
A = Fact("a.txt", 4, 5, "7", 7, unit="hộ", category="people", sentence="Xã có 7 hộ.", rules="number")
B = Fact("b.txt", 0, 3, "1,5", 1.5, qualifier="approx", value_max=2, part_of=9, published="2024-05-06", sentence="=SUM(A1)")
C = Fact("a.txt#2", 2, 4, "12", 12, category="money", label="- thu", check="ok")


def written(path: Path) -> str:
    return path.read_bytes().decode("utf-8")


@pytest.mark.parametrize(
    ("text", "runs"),
    [
        ("=1+1", True),
        ("+84 912", True),
        ("-5+3", True),
        ("@SUM(A1)", True),
        ("\tcmd", True),
        ("\rcmd", True),
        ("-", False),  # standard input's document name
        ("+ ", False),
        ("- Huyện có 5 xã", False),  # a list item in words
        ("+\u00a0Xã có 2 thôn", False),
        ("- HYPERLINK(x)", True),
        ("- xã|cmd", True),
        ("- 5 xã", True),
        ("-Huyện", True),
        ("Xã có 5 thôn", False),
        ("", False),
    ],
)
def test_formula_like_cells(text: str, runs: bool) -> None:
    assert formula_like(text) is runs
    assert neutralise(text) == ("'" + text if runs else text)


def test_neutralise_leaves_numbers_alone() -> None:
    assert neutralise(-5) == -5
    assert neutralise(None) is None


def test_row_guards_text_but_not_numbers_unless_raw() -> None:
    fact = Fact("-", 0, 2, "-3", -3, label="=x", part_of=-1)
    assert row(fact) == fact.as_dict()
    guarded = row(fact, raw=False)
    assert (guarded["doc"], guarded["label"], guarded["value"], guarded["part_of"]) == ("-", "'=x", -3, -1)
    assert csv_row(fact)[:5] == ["-", 0, 2, "'-3", -3]
    assert csv_row(fact, raw=True)[:5] == ["-", 0, 2, "-3", -3]
    assert csv_row(fact, raw=True)[6] == "" and csv_row(fact)[6] == ""  # no value_max: an empty cell


def test_csv_bytes(tmp_path: Path) -> None:
    buf = io.StringIO()
    assert write_facts([A, B], buf, "csv") == 2
    assert buf.getvalue() == (
        HEADER + "a.txt,4,5,7,7,exact,,hộ,,people,,,,,,,,Xã có 7 hộ.,number,\n"
        'b.txt,0,3,"1,5",1.5,approx,2,,,other,,9,,,,,2024-05-06,\'=SUM(A1),,\n'
    )
    buf = io.StringIO()
    assert write_facts([B], buf, "csv", header=False, raw=True) == 1
    assert buf.getvalue() == 'b.txt,0,3,"1,5",1.5,approx,2,,,other,,9,,,,,2024-05-06,=SUM(A1),,\n'


def test_json_lines_bytes() -> None:
    buf = io.StringIO()
    assert write_facts([A, B], buf, "jsonl") == 2
    lines = buf.getvalue().split("\n")
    assert lines[2] == "" and len(lines) == 3
    assert lines[0].startswith('{"doc": "a.txt", "start": 4, "end": 5, "mention": "7", "value": 7, "qualifier": "exact", ')
    assert '"unit": "hộ"' in lines[0]  # not escaped
    first, second = json.loads(lines[0]), json.loads(lines[1])
    assert first["published"] is None and second["published"] == "2024-05-06"
    assert second["sentence"] == "=SUM(A1)" and second["value_max"] == 2


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown format 'xml'; choose csv or jsonl"):
        write_facts([A], io.StringIO(), "xml")


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("o.csv", "csv"),
        ("O.CSV", "csv"),
        ("o.jsonl", "jsonl"),
        ("o.json", "jsonl"),
        ("o.ndjson", "jsonl"),
        ("o.xlsx", "xlsx"),
        ("o.txt", None),
        ("o", None),
    ],
)
def test_format_for_path(name: str, fmt: str | None) -> None:
    assert format_for_path(name) == fmt


def test_atomic_output_replaces_whole_or_not_at_all(tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    out.write_text("old", encoding="utf-8")
    out.chmod(0o600)
    with pytest.raises(KeyboardInterrupt), atomic_output(str(out)) as fh:
        fh.write("new")
        raise KeyboardInterrupt
    assert written(out) == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["o.csv"]
    with atomic_output(str(out), bom=True) as fh:
        fh.write("mới\n")
    assert out.read_bytes() == b"\xef\xbb\xbfm\xe1\xbb\x9bi\n"
    assert stat.S_IMODE(out.stat().st_mode) == 0o600  # the old file's permissions kept
    with atomic_output(str(out), binary=True) as fh:
        fh.write(b"\x00\x01")
    assert out.read_bytes() == b"\x00\x01"


def test_a_new_output_file_gets_the_umask_permissions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    old = os.umask(0o027)
    try:
        monkeypatch.chdir(tmp_path)
        with atomic_output("plain.csv") as fh:  # a bare name: the current folder
            fh.write("x\r\ny\n")
    finally:
        os.umask(old)
    assert (tmp_path / "plain.csv").read_bytes() == b"x\r\ny\n"  # newlines as written
    assert stat.S_IMODE((tmp_path / "plain.csv").stat().st_mode) == 0o640
    assert os.umask(old) == old  # the umask put back


def test_appending_keeps_other_documents_and_replaces_changed_ones(tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    assert write_output(str(out), [A, C], "csv") == 2
    assert write_output(str(out), [B], "csv", append=True) == 1
    assert written(out) == (
        HEADER + "a.txt,4,5,7,7,exact,,hộ,,people,,,,,,,,Xã có 7 hộ.,number,\n"
        "a.txt#2,2,4,12,12,exact,,,,money,- thu,,,,,,,,,ok\n"
        'b.txt,0,3,"1,5",1.5,approx,2,,,other,,9,,,,,2024-05-06,\'=SUM(A1),,\n'
    )
    # a.txt changed: its rows (and those of its parts, a.txt#2) go, b.txt's stay
    assert write_output(str(out), [], "csv", append=True, replace={"a.txt"}) == 0
    assert written(out) == HEADER + 'b.txt,0,3,"1,5",1.5,approx,2,,,other,,9,,,,,2024-05-06,\'=SUM(A1),,\n'
    assert write_output(str(out), [A], "csv", append=True, replace={"b.txt"}, raw=True) == 1
    assert written(out) == HEADER + "a.txt,4,5,7,7,exact,,hộ,,people,,,,,,,,Xã có 7 hộ.,number,\n"
    assert write_output(str(out), [B], "csv", raw=True) == 1  # not appending: the old rows go
    assert written(out) == HEADER + 'b.txt,0,3,"1,5",1.5,approx,2,,,other,,9,,,,,2024-05-06,=SUM(A1),,\n'


def test_appending_to_csv_with_a_bom_blank_lines_or_nothing(tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    write_output(str(out), [A], "csv", bom=True)
    assert out.read_bytes().startswith(b"\xef\xbb\xbfdoc,start,")
    with out.open("a", encoding="utf-8") as fh:
        fh.write("\n")
    write_output(str(out), [C], "csv", append=True, bom=True)
    assert out.read_bytes().decode("utf-8-sig") == (
        HEADER + "a.txt,4,5,7,7,exact,,hộ,,people,,,,,,,,Xã có 7 hộ.,number,\na.txt#2,2,4,12,12,exact,,,,money,- thu,,,,,,,,,ok\n"
    )
    out.write_text("", encoding="utf-8")
    write_output(str(out), [C], "csv", append=True)
    assert written(out) == HEADER + "a.txt#2,2,4,12,12,exact,,,,money,- thu,,,,,,,,,ok\n"
    (tmp_path / "new.csv").unlink(missing_ok=True)
    write_output(str(tmp_path / "new.csv"), [C], "csv", append=True)
    assert written(tmp_path / "new.csv") == HEADER + "a.txt#2,2,4,12,12,exact,,,,money,- thu,,,,,,,,,ok\n"


def test_appending_to_a_foreign_file_is_refused_and_leaves_it(tmp_path: Path) -> None:
    out = tmp_path / "o.csv"
    out.write_text("name,age\nx,1\n", encoding="utf-8")
    with pytest.raises(
        OutputError,
        match=r"o\.csv has other columns than statx writes \('name', 'age'\); not appending to it: write to a new file",
    ):
        write_output(str(out), [A], "csv", append=True)
    assert written(out) == "name,age\nx,1\n"
    js = tmp_path / "o.jsonl"
    js.write_text('{"doc": "a.txt"}\nnot json\n', encoding="utf-8")
    with pytest.raises(OutputError, match=r"o\.jsonl is not JSON Lines; not appending to it"):
        write_output(str(js), [A], "jsonl", append=True)
    assert written(js) == '{"doc": "a.txt"}\nnot json\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["o.csv", "o.jsonl"]


def test_appending_json_lines(tmp_path: Path) -> None:
    out = tmp_path / "o.jsonl"
    out.write_text(
        '{"doc": "x.txt", "value": 1}\n\n{"doc": "a.txt#3", "value": 2}\n{"doc": "y.txt", "value": 3}', encoding="utf-8"
    )
    assert write_output(str(out), [C], "jsonl", append=True, replace=["a.txt"]) == 1
    lines = written(out).split("\n")
    assert lines[:2] == ['{"doc": "x.txt", "value": 1}', '{"doc": "y.txt", "value": 3}']
    assert json.loads(lines[2])["doc"] == "a.txt#2" and lines[3:] == [""]
    write_output(str(out), [A], "jsonl", append=True, replace=["x.txt", "a.txt#2"])
    assert [json.loads(x)["doc"] for x in written(out).splitlines()] == ["y.txt", "a.txt"]


def test_documents_table_counts_each_category_in_enum_order() -> None:
    header, rows = documents_table(
        [
            {"doc": "b", "category": "money"},
            {"doc": "a", "category": "weird"},
            {"doc": "a", "category": "people"},
            {"doc": "a", "category": "people"},
            {"doc": "b", "category": "discipline"},
            {"doc": "a", "category": "odd"},
        ]
    )
    assert header == ["doc", "facts", "discipline", "people", "money", "odd", "weird"]
    assert rows == [["a", 4, 0, 2, 0, 1, 1], ["b", 2, 1, 0, 1, 0, 0]]


def load(path: Path) -> dict[str, list[list[object]]]:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.load_workbook(path)
    return {name: [list(r) for r in book[name].iter_rows(values_only=True)] for name in book.sheetnames}


def test_excel_cells_and_sheets(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "o.xlsx"
    odd = Fact("c.txt", 0, 1, "5", 5, sentence="bell\x07here", published="2024-13-99", label="=1+1")
    assert write_output(str(out), [A, B, odd], "xlsx") == 3
    sheets = load(out)
    assert list(sheets) == ["facts", "documents"]
    facts = sheets["facts"]
    assert facts[0] == list(COLUMNS)
    a, b, c = (dict(zip(COLUMNS, r, strict=True)) for r in facts[1:])
    assert (a["value"], a["value_max"], a["unit"], a["published"], a["part_of"]) == (7, None, "hộ", None, None)
    assert (b["value"], b["value_max"], b["part_of"], b["sentence"]) == (1.5, 2, 9, "=SUM(A1)")
    assert b["published"] == datetime.datetime(2024, 5, 6)
    assert (c["sentence"], c["published"], c["label"]) == ("bell\ufffdhere", "2024-13-99", "=1+1")
    assert sheets["documents"] == [
        ["doc", "facts", "people", "other"],
        ["a.txt", 1, 1, 0],
        ["b.txt", 1, 0, 1],
        ["c.txt", 1, 0, 1],
    ]
    sheet = openpyxl.load_workbook(out)["facts"]
    assert sheet["L3"].data_type == "n" and sheet["R3"].data_type == "s"  # a formula-like text is a string cell
    assert sheet["E2"].number_format == "#,##0" and sheet["E3"].number_format == "#,##0.0##"
    assert sheet["Q3"].number_format == "yyyy-mm-dd"
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:T4"
    assert sheet["A1"].font.bold


def test_appending_to_excel_keeps_rows_and_dates(tmp_path: Path) -> None:
    pytest.importorskip("openpyxl")
    out = tmp_path / "o.xlsx"
    write_output(str(out), [A, B], "xlsx")
    write_output(str(out), [C], "xlsx", append=True, replace={"a.txt"})
    facts = load(out)["facts"]
    assert [(r[0], r[4], r[16]) for r in facts[1:]] == [("b.txt", 1.5, datetime.datetime(2024, 5, 6)), ("a.txt#2", 12, None)]
    assert load(out)["documents"] == [["doc", "facts", "money", "other"], ["a.txt#2", 1, 1, 0], ["b.txt", 1, 0, 1]]
    write_output(str(out), [A], "xlsx", append=True)  # no replace: every row kept
    assert [r[0] for r in load(out)["facts"][1:]] == ["b.txt", "a.txt#2", "a.txt"]


def test_appending_to_a_foreign_excel_file_is_refused(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "o.xlsx"
    out.write_bytes(b"not a zip")
    with pytest.raises(OutputError, match=r"o\.xlsx is not an Excel file of facts \(.*\); not appending to it"):
        write_output(str(out), [A], "xlsx", append=True)
    book = openpyxl.Workbook()
    book.active.title = "facts"
    book.active.append(["name", "age"])
    book.save(out)
    with pytest.raises(OutputError, match=r"o\.xlsx has other columns than statx writes \('name', 'age'\); not appending to it"):
        write_output(str(out), [A], "xlsx", append=True)
    book = openpyxl.Workbook()
    book.active.title = "other"
    book.save(out)
    with pytest.raises(OutputError, match=r"not an Excel file of facts"):
        write_output(str(out), [A], "xlsx", append=True)
    assert load(out) == {"other": []}


def test_excel_columns_fit_their_content_within_caps(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    numpy = pytest.importorskip("numpy")
    from statx.write import write_xlsx

    out = tmp_path / "w.xlsx"
    long = Fact("tin-rất-dài.txt", 12345, 12350, "1,2 triệu", 1_234_567.5, sentence="x" * 200, rules="r" * 100, actor="a" * 60)
    write_output(str(out), [long, Fact("b", 1, 2, "2", 2.0, label="dòng một\nhai", check="ok")], "xlsx")
    sheet = openpyxl.load_workbook(out)["facts"]
    width = {h: sheet.column_dimensions[openpyxl.utils.get_column_letter(i + 1)].width for i, h in enumerate(COLUMNS)}
    assert width["doc"] == len("tin-rất-dài.txt") + 1
    assert width["start"] == len("start") + 3  # the header and its filter button are wider than 12345
    assert width["value"] == len("1,234,567.5") + 1
    assert width["label"] == len("dòng một") + 1  # the longest line of the cell
    assert (width["sentence"], width["rules"], width["actor"]) == (80, 40, 45)
    assert sheet["E3"].value == 2 and sheet["E3"].number_format == "#,##0"
    assert sheet.page_setup.orientation == "landscape"

    write_xlsx(str(out), [("s", ["n", "ok", "v"], [[numpy.int64(7), True, None]]), ("empty", [], [])])
    book = openpyxl.load_workbook(out)
    assert [list(r) for r in book["s"].iter_rows(values_only=True)] == [["n", "ok", "v"], [7, True, None]]
    assert book["s"].auto_filter.ref == "A1:C2" and book["empty"].auto_filter.ref is None
    assert book.sheetnames == ["s", "empty"]


def test_an_empty_excel_output_keeps_its_header_and_filter(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "e.xlsx"
    assert write_output(str(out), [], "xlsx") == 0
    book = openpyxl.load_workbook(out)
    assert book["facts"].auto_filter.ref == "A1:T2"
    assert [list(r) for r in book["documents"].iter_rows(values_only=True)] == [["doc", "facts"]]


def test_a_killed_runs_temporary_files_are_removed_and_a_live_ones_kept(tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    from statx.write import remove_stale_temps

    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, check=True)
    dead, me, now = int(gone.stdout), os.getpid(), time.time()
    hours = 3600
    files = {
        f".o.csv.{me}.abcdefgh.tmp": 0,  # this run's own
        f".o.csv.{me}.abcdefg1.tmp": 23.5 * hours,  # a live run's, not yet a day old
        f".o.csv.{me}.abcdefg2.tmp": 24.5 * hours,  # a day old: its PID may be another process now
        ".o.csv.1.abcdefg3.tmp": 0,  # init's: running
        f".o.csv.{dead}.abcdefgh.tmp": 0,  # its run is gone
        ".o.csv.abcdefgh.tmp": 0,  # named as older versions did: no PID to ask
        ".o.csv.bak.tmp": 0,  # not statx's
        ".o.csvx.abcdefgh.tmp": 0,  # another output's
        ".o.csv.abcdefgh.tmpx": 0,
    }
    for name, age in files.items():
        (tmp_path / name).write_text("x", encoding="utf-8")
        os.utime(tmp_path / name, (now - age, now - age))
    (tmp_path / ".o.csv.abcdefg4.tmp").mkdir()  # a folder is no temporary file
    removed = remove_stale_temps(tmp_path / "o.csv")
    assert sorted(removed) == sorted([f".o.csv.{me}.abcdefg2.tmp", f".o.csv.{dead}.abcdefgh.tmp", ".o.csv.abcdefgh.tmp"])
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(set(files) - set(removed) | {".o.csv.abcdefg4.tmp"})
    assert remove_stale_temps(tmp_path / "nowhere" / "o.csv") == []


def test_write_errors_name_the_output_and_its_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from statx.write import _why

    assert (
        _why(Path("o.csv"), OSError(errno.EACCES, "x"))
        == "cannot write o.csv: no permission to write in the current folder; nothing was written"
    )
    assert _why(Path("./o.csv"), OSError(errno.EROFS, "x")).startswith(
        "cannot write o.csv: the current folder is on a read-only file system"
    )
    with pytest.raises(
        OutputError, match=r"^cannot write .*nowhere/o\.csv: folder .*nowhere does not exist; nothing was written$"
    ):
        write_output(str(tmp_path / "nowhere" / "o.csv"), [A], "csv")
    (tmp_path / "o.csv").write_text("old", encoding="utf-8")
    assert (
        _why(tmp_path / "o.csv", OSError(errno.ENOSPC, "x"))
        == f"cannot write {tmp_path / 'o.csv'}: the disk is full; it is left as it was"
    )


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_appending_to_a_file_of_an_older_statx_fills_the_columns_added_since(tmp_path: Path, fmt: str) -> None:
    if fmt == "xlsx":
        pytest.importorskip("openpyxl")
    old_columns = [c for c in COLUMNS if c not in ("period_start", "period_end")]  # before the period's dates
    out = tmp_path / f"o.{fmt}"
    old = {**A.as_dict(), "doc": "old.txt"}
    if fmt == "csv":
        with out.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, lineterminator="\n")
            w.writerow(old_columns)
            w.writerow(["" if old[c] is None else old[c] for c in old_columns])
    else:
        import openpyxl

        book = openpyxl.Workbook()
        book.active.title = "facts"
        book.active.append(old_columns)
        book.active.append([None if old[c] == "" else old[c] for c in old_columns])
        book.save(out)
    write_output(str(out), [B], fmt, append=True)
    if fmt == "csv":
        with out.open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
    else:
        import openpyxl

        sheet = openpyxl.load_workbook(out, read_only=True)["facts"]
        header, *values = list(sheet.iter_rows(values_only=True))
        rows = [dict(zip(header, v, strict=True)) for v in values]
    assert list(rows[0]) == list(COLUMNS)
    assert [r["doc"] for r in rows] == ["old.txt", B.doc]
    assert rows[0]["mention"] == A.mention and not rows[0]["period_start"] and not rows[0]["period_end"]
    assert str(rows[1]["value_max"]) == "2"


def test_a_lone_carriage_return_in_a_field_is_quoted_so_the_row_stays_whole(tmp_path: Path) -> None:
    odd = Fact("tin\rmoi.txt", 4, 5, "7", 7, sentence="Xã có\r7 hộ.")
    buf = io.StringIO()
    write_facts([A, odd, C], buf, "csv")
    rows = list(csv.reader(io.StringIO(buf.getvalue(), newline="")))
    assert [r[0] for r in rows] == ["doc", "a.txt", "tin\rmoi.txt", "a.txt#2"]
    assert rows[2][COLUMNS.index("sentence")] == "Xã có\r7 hộ."
    assert '"tin\rmoi.txt"' in buf.getvalue()
    # the other rows are written as before: no quotes where none are needed
    assert buf.getvalue().startswith(HEADER + "a.txt,4,5,7,7,")
    for line in buf.getvalue().split("\n")[:-1]:  # every row reads back as one row, whatever reader splits on \r
        assert line.count('"') % 2 == 0
