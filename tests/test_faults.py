"""Faults a cron job meets: dead workers, bad inputs among good ones, signals, left-overs, full disks."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

from statx.batch import WorkerDied, ordered_map
from tests.conftest import statx_command, wait_for_output_in_progress

# an article of our own: a district's year in numbers
STORY = (
    "Năm qua, Ủy ban huyện đã tổ chức 14 hội nghị với hơn 2.300 lượt người tham dự; "
    "Đoàn Thanh niên quản lý 6 trang Fanpage và 19 nhóm Zalo. "
    "Huyện có 27 trường hợp đảng viên bị kỷ luật, trong đó khiển trách 20, cảnh cáo 7.\n"
)


def _die_on_seven(n: int) -> int:
    if n == 7:
        os.kill(os.getpid(), signal.SIGKILL)
    return n * 10


def test_a_worker_killed_on_one_item_costs_that_item_only() -> None:
    got = list(ordered_map(_die_on_seven, range(60), jobs=2, lost=lambda n, why: (n, why)))
    assert got[:7] == [n * 10 for n in range(7)]
    assert got[7] == (7, "the worker process reading it was killed by SIGKILL")
    assert got[8:] == [n * 10 for n in range(8, 60)]


def test_without_a_stand_in_a_dead_worker_is_an_error_in_its_place() -> None:
    got: list[int] = []
    with pytest.raises(WorkerDied, match="killed by SIGKILL"):
        for value in ordered_map(_die_on_seven, range(20), jobs=2):
            got.append(value)
    assert got == [n * 10 for n in range(7)]


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="finds the workers through /proc (Linux)")
def test_killing_a_worker_names_the_input_and_the_others_finish(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(60):
        (folder / f"{n:03}.txt").write_text(STORY * 150, encoding="utf-8")
    proc = subprocess.Popen(
        [*statx_command(), "extract", "in", "-o", "facts.jsonl", "-j", "2"], cwd=tmp_path, stderr=subprocess.PIPE
    )
    wait_for_output_in_progress(tmp_path, "facts.jsonl")
    deadline = time.monotonic() + 30
    while not (workers := _children(proc.pid)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert workers, "no worker process seen"
    time.sleep(0.3)
    assert proc.poll() is None, "the run ended before a worker could be killed; make the input bigger"
    os.kill(workers[0], signal.SIGKILL)
    _, err = proc.communicate(timeout=120)  # a hang fails here
    lines = err.decode().splitlines()
    assert proc.returncode == 1
    assert len(lines) == 1, lines
    assert lines[0].startswith("statx: in/") and lines[0].endswith(": the worker process reading it was killed by SIGKILL")
    lost = lines[0].removeprefix("statx: ").split(":")[0]
    docs = {json.loads(x)["doc"] for x in (tmp_path / "facts.jsonl").read_text(encoding="utf-8").splitlines()}
    assert docs == {f"in/{n:03}.txt" for n in range(60)} - {lost}
