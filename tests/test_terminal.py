"""The installed `statx` in a real terminal: a pseudo-terminal (Python's pty), as a user types it.

What is checked is what the user gets: the bytes of a file or a pipe that
standard output was redirected to while stderr was a terminal (where the
progress bar is drawn), and the lines a terminal of 80, 120 or 200 columns shows.
"""

from __future__ import annotations

import csv
import fcntl
import io
import os
import pty
import re
import select
import struct
import subprocess
import termios
import time
from pathlib import Path

import pytest

from tests.conftest import SAMPLES, statx_command

SAMPLE = SAMPLES / "bao-ve-nen-tang-tu-tuong.txt"
GOLDEN_CSV = SAMPLE.with_suffix(".csv")
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")


def _terminal(columns: int) -> tuple[int, int]:
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, columns, 0, 0))
    return master, slave


def _drain(master: int, proc: subprocess.Popen[bytes], timeout: float = 120.0) -> bytes:
    """Everything the program wrote to the terminal, until it exits."""
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([master], [], [], 0.1)
        if ready:
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the other side is closed
                break
            if not data:
                break
            chunks.append(data)
        elif proc.poll() is not None:
            break
    proc.wait(timeout=10)
    return b"".join(chunks)


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES", "NO_COLOR", "CI", "TERM")}
    env["TERM"] = "xterm-256color"
    return env


def run_on_terminal(*args: str, columns: int = 120, cwd: Path | None = None) -> tuple[int, str]:
    """statx with stdin, stdout and stderr on a terminal ``columns`` wide; its exit code and the screen's text."""
    master, slave = _terminal(columns)
    proc = subprocess.Popen([*statx_command(), *args], stdin=slave, stdout=slave, stderr=slave, cwd=cwd, env=_env())
    os.close(slave)
    try:
        screen = _drain(master, proc)
    finally:
        os.close(master)
    return proc.returncode, screen.decode("utf-8", "replace")


def lines_of(screen: str) -> list[str]:
    """The screen's lines; of a line redrawn in place (after a carriage return), what was drawn last."""
    lines = []
    for line in ANSI.sub("", screen).split("\n"):
        drawn = [part for part in line.split("\r") if part.strip()]
        if drawn:
            lines.append(drawn[-1].rstrip())
    return lines


# ---------------------------------------------------------------- stdout redirected, stderr a terminal


def test_output_redirected_to_a_file_gets_every_byte(tmp_path: Path) -> None:
    """`statx extract a.txt > facts.csv` typed in a terminal: the progress bar must not take stdout."""
    master, slave = _terminal(120)
    with (tmp_path / "facts.csv").open("wb") as out:
        proc = subprocess.Popen([*statx_command(), "extract", str(SAMPLE)], stdin=slave, stdout=out, stderr=slave, env=_env())
        os.close(slave)
        try:
            _drain(master, proc)
        finally:
            os.close(master)
    assert proc.returncode == 0
    assert (tmp_path / "facts.csv").read_bytes() == GOLDEN_CSV.read_bytes().replace(b"samples/", str(SAMPLES).encode() + b"/")


def test_output_into_a_pipe_gets_every_byte() -> None:
    """`statx extract a.txt | wc -l` in a terminal: the reader of the pipe gets the CSV."""
    master, slave = _terminal(120)
    proc = subprocess.Popen(
        [*statx_command(), "extract", str(SAMPLE), str(SAMPLE)], stdin=slave, stdout=subprocess.PIPE, stderr=slave, env=_env()
    )
    os.close(slave)
    assert proc.stdout is not None
    piped = proc.stdout.read()
    try:
        _drain(master, proc)
    finally:
        os.close(master)
    assert proc.returncode == 0
    rows = list(csv.DictReader(io.StringIO(piped.decode("utf-8"))))
    golden = list(csv.DictReader(io.StringIO(GOLDEN_CSV.read_text(encoding="utf-8"))))
    assert len(rows) == 2 * len(golden) and len(golden) == 12
    assert [r["mention"] for r in rows] == [r["mention"] for r in golden] * 2


def test_failures_are_named_on_the_terminal_while_the_file_is_written(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Xã có 12 nhóm Zalo.\n", encoding="utf-8")
    master, slave = _terminal(120)
    with (tmp_path / "out.jsonl").open("wb") as out:
        proc = subprocess.Popen(
            [*statx_command(), "extract", "-f", "jsonl", "missing.txt", "a.txt"],
            stdin=slave,
            stdout=out,
            stderr=slave,
            cwd=tmp_path,
            env=_env(),
        )
        os.close(slave)
        try:
            screen = _drain(master, proc)
        finally:
            os.close(master)
    assert proc.returncode == 1
    assert "statx: missing.txt: no such file" in lines_of(screen.decode())
    assert [line.count('"value": 12') for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()] == [1]


def test_bom_on_standard_output() -> None:
    done = subprocess.run([*statx_command(), "extract", "--bom", str(SAMPLE)], capture_output=True, check=False)
    assert done.returncode == 0
    assert done.stdout.startswith(b"\xef\xbb\xbfdoc,start,end,")
    plain = subprocess.run([*statx_command(), "extract", str(SAMPLE)], capture_output=True, check=False)
    assert plain.stdout.startswith(b"doc,start,end,")


# ---------------------------------------------------------------- the table on a terminal


def _table_rows(screen: str) -> list[str]:
    return [line for line in lines_of(screen) if line.startswith(("┃", "│", "|"))]


@pytest.mark.parametrize("columns", [110, 120, 200])
def test_the_table_is_the_default_and_fits_with_one_line_a_fact(columns: int) -> None:
    code, screen = run_on_terminal("extract", str(SAMPLE), columns=columns)
    assert code == 0
    lines = lines_of(screen)
    assert not any(line.startswith("doc,start") for line in lines), "CSV on a terminal instead of a table"
    rows = _table_rows(screen)
    header, facts = rows[0], rows[1:]
    assert [c.strip() for c in header.strip("┃").split("┃")] == [
        "mention",
        "value",
        "unit",
        "object",
        "category",
        "label",
        "actor",
        "period",
        "check",
    ]
    assert len(facts) == 12  # one line a fact, none wrapped
    assert all(len(line) <= columns for line in lines)
    assert all(line.endswith(("┃", "│")) for line in rows)  # no border lost
    assert any("1\u202f200\u202f000\u202f000" in line and "money" in line for line in facts)
    assert any(line.startswith("│31 ") and "discipline" in line and "ok" in line for line in facts)
    if columns >= 200:  # wide enough for every cell whole
        assert any("Hội Nông dân thành phố và các chi hội" in line for line in facts)
        assert not any("…" in line for line in facts)


def test_a_narrow_terminal_shows_the_essentials_and_says_where_the_rest_is() -> None:
    code, screen = run_on_terminal("extract", str(SAMPLE), columns=80)
    assert code == 0
    rows = _table_rows(screen)
    assert [c.strip() for c in rows[0].strip("┃").split("┃")] == ["mention", "value", "category", "label", "actor", "check"]
    assert all(len(line) <= 80 for line in lines_of(screen))
    assert "unit, object and period: on a wider terminal, or with -f csv" in " ".join(lines_of(screen))


# ---------------------------------------------------------------- explain on a terminal


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w[\w.,/-]*\w|\w", text))


@pytest.mark.parametrize("columns", [80, 120, 200])
def test_explain_wraps_between_words(columns: int) -> None:
    code, screen = run_on_terminal("explain", str(SAMPLE), columns=columns)
    assert code == 0
    lines = lines_of(screen)
    assert all(len(line) <= columns for line in lines)
    article = SAMPLE.read_text(encoding="utf-8")
    known = _words(article)
    summary = next(i for i, line in enumerate(lines) if re.match(r"\d+ facts", line))
    for line in lines[:summary]:
        plain = re.sub(r"⟨[^⟩]*⟩?|^[^⟨]*⟩", " ", line)  # notes may wrap; the article's words must not
        for word in plain.split():
            word = word.strip(",.:;()…\"'")
            if word and word[0].isalpha() and word.isalpha():
                assert word in known, f"{word!r} is a piece of a word cut at {columns} columns: {line!r}"
    assert "08-3-2018⟨date⟩" in ANSI.sub("", screen).replace("\r\n", " ") or "08-3-2018" in " ".join(lines)
    assert " ".join(lines[summary:]).startswith("12 facts; not facts: 6 năm = year, 4 date")


# ---------------------------------------------------------------- -v


def test_verbose_shows_a_traceback_and_plain_shows_one_line(tmp_path: Path) -> None:
    """A failure that is not an input's (here: the -o file's folder is missing) is one line, or a traceback with -v."""
    (tmp_path / "a.txt").write_text("Xã có 12 nhóm Zalo.\n", encoding="utf-8")
    out = str(tmp_path / "no-such-folder" / "facts.csv")
    plain = subprocess.run([*statx_command(), "extract", "a.txt", "-o", out], cwd=tmp_path, capture_output=True, check=False)
    assert plain.returncode == 1
    said = plain.stderr.decode().splitlines()
    assert len(said) == 1 and said[0].startswith("statx: ") and "no-such-folder" in said[0]
    verbose = subprocess.run(
        [*statx_command(), "-v", "extract", "a.txt", "-o", out], cwd=tmp_path, capture_output=True, check=False
    )
    assert verbose.returncode == 1
    assert "Traceback (most recent call last)" in verbose.stderr.decode()
