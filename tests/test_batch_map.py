"""statx.batch in this process: what one input gives, long documents in windows, the ordered map and its workers."""

from __future__ import annotations

import itertools
import json
import os
import signal
import time
from pathlib import Path

import pytest

import statx.batch as batch
from statx.batch import InputResult, WorkerDied, default_jobs, ordered_map, process_input, run
from statx.read import Document, Failure, ReadOptions
from statx.understand import analyze

TEXT = "Xã có 7 hộ nghèo và 3 trường học."


def _ten_times(n: int) -> int:
    if n == 13:
        raise ValueError("thirteen")
    return n * 10


def _die_on(n: int) -> int:
    if n in (5, 40):
        os.kill(os.getpid(), signal.SIGTERM if n == 5 else signal.SIGKILL)
    return n


def _exit_on_three(n: int) -> int:
    if n == 3:
        os._exit(3)
    return n


def _slow_death_on_one(n: int) -> int:
    if n == 1:
        time.sleep(3)  # meanwhile the other worker does every other item in reach and waits, idle
        os.kill(os.getpid(), signal.SIGKILL)
    return n * 10


def _pid(n: int) -> int:
    return os.getpid()


def _unpicklable(n: int) -> object:
    return (lambda: n) if n == 2 else n


class _Odd(Exception):
    def __init__(self, a: int, b: int) -> None:  # cannot be rebuilt from its args: does not travel back as it is
        super().__init__(f"{a}/{b}")


def _odd_on_one(n: int) -> int:
    if n == 1:
        raise _Odd(1, 2)
    return n


def test_one_input_gives_its_facts_failures_and_document_count(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    got = process_input(str(tmp_path / "a.txt"))
    assert (got.name, got.documents, got.failures) == (str(tmp_path / "a.txt"), 1, [])
    assert [(f.doc, f.value) for f in got.facts] == [(str(tmp_path / "a.txt"), 7), (str(tmp_path / "a.txt"), 3)]
    dump = tmp_path / "d.jsonl"
    dump.write_text(
        "\n".join(
            json.dumps(r, ensure_ascii=False)
            for r in ({"id": "x", "content": TEXT}, {"id": "y"}, {"id": "z", "text": "Có 4 xã."})
        ),
        encoding="utf-8",
    )
    got = process_input(str(dump))
    assert got.documents == 2
    assert [(f.doc, f.value) for f in got.facts] == [(f"{dump}#x", 7), (f"{dump}#x", 3), (f"{dump}#z", 4)]
    assert [f.name for f in got.failures] == [f"{dump}#y"]
    assert process_input("-", raw=TEXT.encode()).facts[0].value == 7  # bytes read elsewhere
    assert process_input(str(tmp_path / "gone.txt")) == InputResult(
        str(tmp_path / "gone.txt"), [], [Failure(str(tmp_path / "gone.txt"), "no such file")], 0
    )


def test_a_document_that_breaks_the_analysis_fails_alone(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[object, ...]] = []

    def fragile(text: str, *args: object, **kwargs: object) -> object:
        calls.append(args)
        if "9" in text:
            raise KeyError("nine")
        return analyze(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "analyze", fragile)
    dump = tmp_path / "d.jsonl"
    dump.write_text(
        json.dumps({"id": "a", "content": "Có 9 xã."}) + "\n" + json.dumps({"id": "b", "content": TEXT}), encoding="utf-8"
    )
    got = process_input(str(dump))
    assert got.failures == [Failure(f"{dump}#a", "could not be processed (KeyError: 'nine')")]
    assert [f.value for f in got.facts] == [7, 3] and got.documents == 2
    (tmp_path / "n.txt").write_text("Có 9 xã.", encoding="utf-8")
    [result] = run([str(tmp_path / "n.txt")], jobs=1)
    assert result.failures == [Failure(str(tmp_path / "n.txt"), "could not be processed (KeyError: 'nine')")]
    assert calls[-1][:2] == (str(tmp_path / "n.txt"), False)  # no word segmentation unless asked for


def test_windows_cut_at_a_paragraph_a_sentence_or_a_word_in_their_second_half() -> None:
    windows = batch._windows
    assert list(windows("", 10)) == []
    assert list(windows("abc", 10)) == [(0, 3)]
    assert list(windows("a" * 10, 10)) == [(0, 10)]
    assert list(windows("a" * 25, 10)) == [(0, 10), (10, 20), (20, 25)]  # nowhere to cut: at the size
    text = "aaa bbb. cc\ndd eeeeeeee"
    assert list(windows(text, 16)) == [(0, 12), (12, 23)]  # the line break, though a sentence end is later
    assert list(windows("aaaaaa. bbbbbbb cccccc", 12)) == [(0, 8), (8, 16), (16, 22)]
    assert list(windows("a\naaaaaaaaa bb", 10)) == [(0, 10), (10, 14)]  # a break in the first half is too early
    spans = list(windows("w " * 1000, 97))
    assert spans[0][0] == 0 and spans[-1][1] == 2000
    assert all(a[1] == b[0] and b[1] - b[0] <= 97 for a, b in itertools.pairwise(spans))


def test_a_long_document_gives_the_facts_of_the_whole_with_offsets_into_it(monkeypatch: pytest.MonkeyPatch) -> None:
    part = "Huyện có 27 trường hợp đảng viên bị kỷ luật, trong đó khiển trách 20, cảnh cáo 7. Ngày 5/3/2024 xã có 9 hộ mới."
    text = "\n\n".join([part] * 30)
    whole = analyze(text, "big.txt").facts
    monkeypatch.setattr(batch, "WINDOW_CHARS", 500)
    windowed = batch.extract_document(Document("big.txt", text, "2024-01-02"))
    assert [f.start for f in windowed] == [f.start for f in whole]
    assert all(text[f.start : f.end] == f.mention for f in windowed)
    assert {text[f.part_of : f.part_of + 2] for f in windowed if f.part_of is not None} == {"27"}
    assert {f.published for f in windowed} == {"2024-01-02"}
    assert windowed == [f.__class__(**{**f.as_dict(), "published": "2024-01-02"}) for f in whole]
    dated = "Ngày 12/4/2023, " + text
    assert {f.published for f in batch.extract_document(Document("big.txt", dated))} == {
        f.published for f in analyze(dated[:500], "big.txt").facts
    }


def test_default_jobs_is_the_cpus_this_process_may_use() -> None:
    assert default_jobs() == len(os.sched_getaffinity(0))


def test_ordered_map_in_order_with_errors_in_place() -> None:
    assert list(ordered_map(_ten_times, range(5), jobs=1)) == [0, 10, 20, 30, 40]
    assert list(ordered_map(_ten_times, [4], jobs=4)) == [40]
    got: list[int] = []
    with pytest.raises(ValueError, match="thirteen"):
        for value in ordered_map(_ten_times, range(100), jobs=2, size=lambda n: 1):
            got.append(value)
    assert got == [n * 10 for n in range(13)]
    assert list(ordered_map(_ten_times, range(12), jobs=2, local=lambda n: n % 3 == 0, size=lambda n: batch.BATCH_BYTES)) == [
        n * 10 for n in range(12)
    ]
    with pytest.raises(ValueError, match="thirteen"):
        list(ordered_map(_ten_times, [1, 13, 2], jobs=2, local=lambda n: n == 13))


def test_two_jobs_are_two_worker_processes_from_the_start() -> None:
    first, second = ordered_map(_pid, range(2), jobs=2, size=lambda n: batch.BATCH_BYTES)
    assert len({first, second, os.getpid()}) == 3


def test_dead_workers_cost_their_item_only() -> None:
    got = list(ordered_map(_die_on, range(50), jobs=2, lost=lambda n, why: (n, why)))
    assert got[5] == (5, "the worker process reading it was killed by SIGTERM")
    assert got[40] == (40, "the worker process reading it was killed by SIGKILL")
    assert [g for k, g in enumerate(got) if k not in (5, 40)] == [n for n in range(50) if n not in (5, 40)]
    got = list(ordered_map(_exit_on_three, range(6), jobs=2, lost=lambda n, why: why))
    assert got == [0, 1, 2, "the worker process reading it died (exit code 3)", 4, 5]
    with pytest.raises(WorkerDied, match=r"^the worker process reading it died \(exit code 3\)$"):
        list(ordered_map(_exit_on_three, range(6), jobs=2))


def test_what_cannot_travel_back_from_a_worker_comes_back_in_words() -> None:
    got: list[object] = []
    with pytest.raises(RuntimeError, match=r"^result not picklable: "):
        for value in ordered_map(_unpicklable, range(4), jobs=2):
            got.append(value)
    assert got == [0, 1]
    with pytest.raises(RuntimeError, match=r"^_Odd: 1/2$"):
        list(ordered_map(_odd_on_one, range(3), jobs=2))


def test_run_reads_stdin_here_and_names_inputs_in_order(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names = []
    for k in range(5):
        (tmp_path / f"{k}.txt").write_text(f"Xã có {k + 2} hộ.", encoding="utf-8")
        names.append(str(tmp_path / f"{k}.txt"))
    seen: list[str] = []
    real = batch.process_input

    def spy(name: str, *args: object, **kwargs: object) -> InputResult:
        seen.append(name)
        return real(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "process_input", spy)
    (tmp_path / "stdin").write_text("Có 4 xã.", encoding="utf-8")
    stdin = (tmp_path / "stdin").open(encoding="utf-8")
    monkeypatch.setattr("sys.stdin", stdin)
    got = list(run([names[0], "-", *names[1:], str(tmp_path / "gone.txt")], ReadOptions(max_bytes=100), jobs=2))
    assert [r.name for r in got] == [names[0], "-", *names[1:], str(tmp_path / "gone.txt")]
    assert [r.facts[0].value for r in got[:-1]] == [2, 4, 3, 4, 5, 6]
    assert got[-1].failures == [Failure(str(tmp_path / "gone.txt"), "no such file")]
    assert seen == ["-"]  # only standard input was read in this process
    stdin.close()


@pytest.mark.parametrize(
    ("size", "ahead"), [(None, 8), (lambda n: batch.BATCH_BYTES, 8), (lambda n: batch.BATCH_BYTES // 4, 32), (lambda n: 1, 128)]
)
def test_memory_stays_flat_at_four_batches_a_worker_read_ahead(size: object, ahead: int) -> None:
    pulled = 0

    def inputs() -> object:
        nonlocal pulled
        for n in range(1000):
            pulled += 1
            yield n

    results = ordered_map(_ten_times, inputs(), jobs=2, size=size)  # type: ignore[arg-type]
    assert next(results) == 0
    assert pulled == ahead  # 2 workers x 4 batches of 16 items or 256 KiB
    assert sum(1 for _ in itertools.islice(results, 12)) == 12  # 1 to 12; 13 would raise


def test_workers_end_cleanly_after_a_whole_run_and_are_killed_after_an_early_stop(monkeypatch: pytest.MonkeyPatch) -> None:
    ended: list[list[object]] = []
    real = batch._Pool.close

    def close(self: batch._Pool) -> None:
        processes = [w.process for w in self.workers]
        real(self)
        ended.append([p.exitcode for p in processes])

    monkeypatch.setattr(batch._Pool, "close", close)
    assert list(ordered_map(_ten_times, range(10), jobs=2, size=lambda n: batch.BATCH_BYTES)) == [n * 10 for n in range(10)]
    assert ended == [[0, 0]]  # told to stop, they stopped
    results = ordered_map(_ten_times, range(100), jobs=2, size=lambda n: batch.BATCH_BYTES)
    assert next(results) == 0
    results.close()  # the reader went away (a closed pipe, Ctrl-C)
    assert ended[1] == [-signal.SIGKILL, -signal.SIGKILL]


def test_a_worker_that_died_idle_is_replaced_before_it_gets_work() -> None:
    import multiprocessing

    def lost(n: int, why: str) -> str:
        for p in multiprocessing.active_children():  # the other worker, idle: killed too
            if p.name == "statx-worker":
                os.kill(p.pid, signal.SIGKILL)
                p.join()
        return why

    got = list(ordered_map(_slow_death_on_one, range(20), jobs=2, size=lambda n: batch.BATCH_BYTES, lost=lost))
    assert got == [0, "the worker process reading it was killed by SIGKILL", *(n * 10 for n in range(2, 20))]
