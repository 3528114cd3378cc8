"""The guard: a sentence with more numbers than any report's is given up on, named, and cheap; real lists are read."""

from __future__ import annotations

import itertools
import time
from pathlib import Path

import pytest

from statx import Skipped, analyze
from statx.batch import analyze_document, extract_document
from statx.read import Document
from statx.understand.guard import DENSE, TOO_DENSE
from tests.conftest import run_statx

# invented place names, two syllables each, for lists as long as a report's and far longer
_SYLLABLES = ["Đông", "Tây", "Hòa", "Phú", "Mỹ", "Tân", "Bình", "An", "Long", "Thạnh", "Vĩnh", "Hưng"]
NAMES = [f"{a} {b}" for a, b in itertools.product(_SYLLABLES, repeat=2) if a != b]


def _listing(count: int) -> str:
    """One sentence naming ``count`` places, each with its count in brackets."""
    items = [f"{NAMES[k % len(NAMES)]} ({k % 97 + 3})" for k in range(count)]
    return "Số ca mới theo địa phương: " + ", ".join(items) + "."


HEAD = "Trong tuần, huyện có 14 hội nghị với 2.300 người dự."
TAIL = "Cuối tuần, xã có 9 hộ nghèo."


def test_a_long_real_shaped_list_is_read_whole() -> None:
    # every province twice over, in one sentence: the longest lists reports print, and then some
    got = analyze(f"{HEAD} {_listing(200)} {TAIL}")
    assert got.skipped == []
    assert len(got.facts) == 2 + 200 + 1
    assert not [d for d in got.dropped if d.reason == TOO_DENSE]


def test_a_sentence_of_more_numbers_than_any_report_is_skipped_with_its_reason() -> None:
    text = f"{HEAD} {_listing(DENSE + 500)} {TAIL}"
    got = analyze(text)
    assert [f.value for f in got.facts] == [14, 2300, 9]  # the sentences around it are read as ever
    assert len(got.skipped) == 1
    skipped = got.skipped[0]
    assert isinstance(skipped, Skipped)
    assert text[skipped.start : skipped.end].startswith("Số ca mới") and TAIL not in text[skipped.start : skipped.end]
    assert skipped.reason.startswith(f"{TOO_DENSE}: a sentence of {DENSE + 500:,} numbers")
    dense = [d for d in got.dropped if d.reason == TOO_DENSE]
    assert len(dense) == DENSE + 500
    assert all(text[d.start : d.end] == d.mention for d in dense)
    assert [d.start for d in got.dropped] == sorted(d.start for d in got.dropped)


def test_exactly_the_limit_is_still_read() -> None:
    got = analyze(_listing(DENSE))
    assert got.skipped == [] and len(got.facts) == DENSE


@pytest.mark.parametrize("piece", ["12 ", "1-", "1/", " 10-15", "1.000-"])
def test_dense_digits_are_given_up_on_at_once(piece: str) -> None:
    text = piece * 60_000
    t = time.perf_counter()
    got = analyze(text)
    elapsed = time.perf_counter() - t
    assert got.facts == [] and got.skipped
    assert elapsed < 30  # minutes before the guard; some seconds on a busy machine now


def test_windows_shift_the_skipped_stretch_and_the_dropped_mentions(monkeypatch: pytest.MonkeyPatch) -> None:
    import statx.batch as batch

    text = "\n".join([HEAD, _listing(DENSE + 10), TAIL] * 3)
    monkeypatch.setattr(batch, "WINDOW_CHARS", len(text) // 2)  # two windows, cut at a line break
    got = analyze_document(Document("big.txt", text))
    assert [f.value for f in got.facts] == [14, 2300, 9] * 3
    assert got.facts == extract_document(Document("big.txt", text))
    assert len(got.skipped) == 3
    assert all(text[k.start : k.end].startswith("Số ca mới") for k in got.skipped)
    assert all(text[d.start : d.end] == d.mention for d in got.dropped)
    assert analyze_document(Document("big.txt", text), dropped=False).dropped == []


def test_the_cli_warns_on_stderr_and_explain_shows_it(tmp_path: Path) -> None:
    (tmp_path / "dense.txt").write_text(f"{HEAD}\n{_listing(DENSE + 1)}\n{TAIL}\n", encoding="utf-8")
    done = run_statx("extract", "dense.txt", "-f", "jsonl", cwd=tmp_path)
    assert done.returncode == 0  # a warning: the run's other facts are good
    assert done.stdout.decode().count("\n") == 3
    lines = done.stderr.decode().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("statx: dense.txt: warning: characters ")
    assert f"skipped, {TOO_DENSE}: a sentence of {DENSE + 1:,} numbers" in lines[0]
    quiet = run_statx("extract", "dense.txt", "-f", "jsonl", "-q", cwd=tmp_path)
    assert quiet.returncode == 0 and quiet.stderr == b"" and quiet.stdout == done.stdout  # --quiet: errors only
    shown = run_statx("explain", "dense.txt", cwd=tmp_path)
    assert shown.returncode == 0
    out = shown.stdout.decode()
    assert f"3 facts; not facts: {DENSE + 1} {TOO_DENSE}" in out
    assert f"skipped characters {len(HEAD) + 1:,}–" in out


def test_explain_reads_a_long_document_in_the_windows_extract_uses(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    import statx.batch as batch
    from statx.cli import app

    text = "\n".join([HEAD, TAIL] * 60)
    (tmp_path / "long.txt").write_text(text, encoding="utf-8")
    monkeypatch.setattr(batch, "WINDOW_CHARS", 1_000)
    seen: list[int] = []
    real = batch.analyze

    def spy(part: str, *args: object) -> object:
        seen.append(len(part))
        return real(part, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "analyze", spy)
    done = CliRunner().invoke(app, ["explain", str(tmp_path / "long.txt")])
    assert done.exit_code == 0, done.output
    assert len(seen) > 1 and max(seen) <= 1_000  # window by window, not whole
    assert f"{3 * 60} facts" in done.output
