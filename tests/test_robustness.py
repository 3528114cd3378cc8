"""Never crash, never hang, never hand a spreadsheet something dangerous."""

from __future__ import annotations

import csv
import json
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from statx.batch import process_input
from statx.numbers import CODE, find_numbers
from tests.conftest import SAMPLES, run_statx, statx_command, wait_for_output_in_progress

INJECTION = '=HYPERLINK("http://x.example","Bấm") Huyện có 15 trang Fanpage, @SUM(1+1) và -2+3 người.\n'


def test_formula_cells_are_neutralised_in_csv(tmp_path: Path) -> None:
    (tmp_path / "evil.txt").write_text(INJECTION, encoding="utf-8")
    run_statx("extract", "evil.txt", "-o", "facts.csv", cwd=tmp_path)
    rows = list(csv.DictReader((tmp_path / "facts.csv").open(encoding="utf-8")))
    fanpage = next(r for r in rows if r["mention"] == "15")
    assert fanpage["sentence"].startswith("'=HYPERLINK(")
    assert fanpage["value"] == "15"  # numbers stay numbers
    for r in rows:
        for key, cell in r.items():
            assert not cell.startswith(("=", "+", "@", "\t", "\r")), (key, cell)
            if key not in ("value", "value_max", "start", "end", "part_of"):
                assert not cell.startswith("-"), (key, cell)


def test_raw_csv_keeps_cells_as_written(tmp_path: Path) -> None:
    (tmp_path / "evil.txt").write_text(INJECTION, encoding="utf-8")
    run_statx("extract", "evil.txt", "--raw-csv", "-o", "facts.csv", cwd=tmp_path)
    rows = list(csv.DictReader((tmp_path / "facts.csv").open(encoding="utf-8")))
    assert next(r for r in rows if r["mention"] == "15")["sentence"].startswith("=HYPERLINK(")


def test_formula_cells_are_neutralised_in_excel(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl", reason="Excel output is the optional extra statx[excel]")
    (tmp_path / "evil.txt").write_text(INJECTION, encoding="utf-8")
    run_statx("extract", "evil.txt", "-o", "facts.xlsx", cwd=tmp_path)
    sheet = openpyxl.load_workbook(tmp_path / "facts.xlsx")["facts"]
    header = [c.value for c in sheet[1]]
    row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[header.index("mention")] == "15")
    assert row[header.index("sentence")] == INJECTION.strip()  # a string cell: as written, and never run
    assert row[header.index("value")] == 15
    for r in sheet.iter_rows(min_row=2):
        for cell in r:
            assert cell.data_type != "f", cell.value  # no cell is a formula


def test_json_lines_keep_text_as_written(tmp_path: Path) -> None:
    (tmp_path / "evil.txt").write_text(INJECTION, encoding="utf-8")
    done = run_statx("extract", "evil.txt", "-f", "jsonl", cwd=tmp_path)
    first = json.loads(done.stdout.decode().splitlines()[0])
    assert first["sentence"].startswith("=HYPERLINK(")


def test_files_over_the_size_limit_are_refused(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text("Có 5 người. " * 20_000, encoding="utf-8")
    (tmp_path / "ok.txt").write_text("Có 7 người.", encoding="utf-8")
    done = run_statx("extract", "big.txt", "ok.txt", "--max-bytes", "100000", "-f", "jsonl", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.decode().strip() == "statx: big.txt: larger than the limit of 100,000 bytes (--max-bytes)"
    assert [json.loads(x)["value"] for x in done.stdout.decode().splitlines()] == [7]


def _big_folder(tmp_path: Path, n: int = 400) -> Path:
    big = tmp_path / "big"
    big.mkdir()
    text = (SAMPLES / "bao-ve-nen-tang-tu-tuong.txt").read_text(encoding="utf-8") * 20
    for i in range(n):
        (big / f"{i:04}.txt").write_text(text, encoding="utf-8")
    return big


def test_interrupted_run_leaves_output_and_state_as_they_were(tmp_path: Path) -> None:
    big = _big_folder(tmp_path)
    (tmp_path / "new.txt").write_text("Xã có 7 hộ nghèo.", encoding="utf-8")
    first = run_statx("extract", "new.txt", "--state", "state.json", "-o", "facts.csv", cwd=tmp_path)
    assert first.returncode == 0
    before_out = (tmp_path / "facts.csv").read_bytes()
    before_state = (tmp_path / "state.json").read_bytes()
    proc = subprocess.Popen(
        [*statx_command(), "extract", "new.txt", big.name, "--state", "state.json", "-o", "facts.csv", "-j", "1"],
        cwd=tmp_path,
        stderr=subprocess.PIPE,
    )
    wait_for_output_in_progress(tmp_path, "facts.csv")
    assert proc.poll() is None, "the run ended before it could be interrupted; make the input bigger"
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 130
    assert b"Traceback" not in err
    assert (tmp_path / "facts.csv").read_bytes() == before_out
    assert (tmp_path / "state.json").read_bytes() == before_state
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".") and p.suffix == ".tmp"] == []


def test_no_network_while_reading_every_kind_of_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("statx tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    (tmp_path / "a.html").write_text(
        "<html><head><title>Tin</title></head><body><article><p>Xã có 12 hộ nghèo và 3 trường học.</p>"
        "<p>Huyện có 18 trang Fanpage với hơn 9.400 lượt người theo dõi.</p></article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_bytes("Có 5 người.".encode("utf-16"))
    result = process_input(str(tmp_path / "a.html"))
    assert [f.value for f in result.facts] == [12, 3, 18, 9400]
    assert [f.value for f in process_input(str(tmp_path / "b.txt")).facts] == [5]


def test_missing_openpyxl_is_a_clear_message(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Có 5 người.", encoding="utf-8")
    code = (
        "import sys, builtins\n"
        "real = builtins.__import__\n"
        "def fake(name, *a, **k):\n"
        "    if name.startswith('openpyxl'): raise ImportError(name)\n"
        "    return real(name, *a, **k)\n"
        "builtins.__import__ = fake\n"
        "sys.argv = ['statx', 'extract', 'a.txt', '-o', 'facts.xlsx']\n"
        "from statx._entry import main\n"
        "main()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.strip() == "statx: Excel output needs openpyxl: pip install 'statx[excel]'"
    assert not (tmp_path / "facts.xlsx").exists()


def test_giant_digit_strings_are_codes_and_every_output_writes(tmp_path: Path) -> None:
    text = "Mã " + "1" * 5000 + ", số " + "111." * 3000 + "1, nhóm " + "111 " * 3000 + "và 7 người.\n"
    (tmp_path / "big.txt").write_text(text, encoding="utf-8")
    for fmt in ("jsonl", "csv"):
        done = run_statx("extract", "-f", fmt, "big.txt", cwd=tmp_path)
        assert done.returncode == 0, done.stderr.decode()
    lines = run_statx("extract", "-f", "jsonl", "big.txt", cwd=tmp_path).stdout.decode().splitlines()
    values = [json.loads(x)["value"] for x in lines]
    assert values[-1] == 7
    assert all(abs(v) < 10**21 for v in values)


@pytest.mark.parametrize("piece", ["9.", "1-", "1/", "1.000-", "1-2/3.", "12 ", " 10-15", "hai mươi ", " 100K"])
def test_finding_the_numbers_of_a_dense_stretch_costs_time_in_proportion(piece: str) -> None:
    text = piece * (100_000 // len(piece))  # 100 KB; a chain rescanned from each digit took minutes
    t = time.process_time()
    find_numbers(text)
    assert time.process_time() - t < 10  # 0.1-0.3 s of CPU on the machine of 2026-12-02, under load


def test_a_letter_part_at_the_end_of_a_long_digit_chain_still_makes_a_code() -> None:
    text = "Số " + "1-" * 300 + "NQ/TW của tỉnh, và 7-8-9 người."
    codes = [m for m in find_numbers(text) if m.kind == CODE]
    assert [m.end for m in codes] == [text.index("NQ/TW") + len("NQ/TW")]
    assert len(codes[0].text) <= 70  # found within the code shape's 64-character reach
    assert [m.text for m in find_numbers("Số 7-8-9 người.")] == ["7-8", "9"]
