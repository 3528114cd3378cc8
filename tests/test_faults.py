"""Faults a cron job meets: dead workers, bad inputs among good ones, signals, left-overs, full disks."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from statx.batch import WorkerDied, ordered_map
from statx.read import Failure, read_items
from tests.conftest import run_statx, statx_command, wait_for_output_in_progress

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


# a sitecustomize that makes every worker die as it starts, the way a failed import or an
# early kill would: the pool must say so and stop, not start worker after worker forever
_STILLBORN = """
import os, signal
import statx.batch

def _die():
    {how}

statx.batch._worker_init = _die
"""


@pytest.mark.parametrize(
    ("how", "said"),
    [("os._exit(3)", "died (exit code 3)"), ("os.kill(os.getpid(), signal.SIGKILL)", "was killed by SIGKILL")],
)
def test_workers_that_die_as_they_start_stop_the_run_with_a_message(tmp_path: Path, how: str, said: str) -> None:
    hook = tmp_path / "hook"
    hook.mkdir()
    (hook / "sitecustomize.py").write_text(_STILLBORN.format(how=how), encoding="utf-8")
    for n in range(6):
        (tmp_path / f"{n}.txt").write_text(STORY, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(hook)}
    names = [f"{n}.txt" for n in range(6)]

    def extract(jobs: str) -> subprocess.CompletedProcess[bytes]:
        command = [*statx_command(), "extract", *names, "-o", "facts.csv", "-j", jobs]
        return subprocess.run(command, cwd=tmp_path, env=env, capture_output=True, timeout=120, check=False)

    done = extract("2")  # a hang fails here
    lines = done.stderr.decode().splitlines()
    assert done.returncode == 1, lines
    assert len(lines) == 1, lines
    assert lines[0].startswith("statx: worker processes die as they start (3 in a row")
    assert said in lines[0]
    assert not (tmp_path / "facts.csv").exists()  # nothing half-written
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    # without workers the same run reads every input
    alone = extract("1")
    assert alone.returncode == 0, alone.stderr
    assert (tmp_path / "facts.csv").exists()


def _stillborn_pool_item(n: int) -> int:
    return n


def test_the_pool_gives_up_on_workers_that_never_start(monkeypatch: pytest.MonkeyPatch) -> None:
    import statx.batch

    monkeypatch.setattr(statx.batch, "_worker_init", lambda: os._exit(5))
    with pytest.raises(statx.batch.WorkersFailToStart, match=r"3 in a row, the last died \(exit code 5\)"):
        list(ordered_map(_stillborn_pool_item, range(10), jobs=2, lost=lambda n, why: -1))


# ---------------------------------------------------------------- each input fails alone


def test_a_dump_field_longer_than_csvs_limit_is_read(tmp_path: Path) -> None:
    long_text = STORY + "Lời kể. " * 20_000 + "Cuối năm, xã có 9 hộ nghèo.\n"
    assert len(long_text) > 131_072
    with (tmp_path / "dump.csv").open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh).writerows([["id", "content"], ["dai", long_text], ["ngan", "Xã có 4 trường học."]])
    done = run_statx("extract", "-f", "jsonl", "dump.csv", cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    got = [(f["doc"], f["value"]) for f in map(json.loads, done.stdout.decode().splitlines())]
    assert ("dump.csv#dai", 9) in got and ("dump.csv#dai", 2300) in got
    assert got[-1] == ("dump.csv#ngan", 4)


def test_a_csv_record_that_still_fails_names_the_file_and_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "x.csv").write_text("id,content\nngan,Có 5 người.\ndai," + "Lời " * 100 + "\n", encoding="utf-8")
    real = csv.field_size_limit
    old = real(100)  # a field limit that statx will not raise, as if another caller had pinned it
    monkeypatch.setattr(csv, "field_size_limit", lambda *args: 10**9)
    try:
        items = list(read_items(str(tmp_path / "x.csv")))
    finally:
        real(old)
    assert items == [Failure(str(tmp_path / "x.csv"), "not CSV at line 3 (field larger than field limit (100))")]


def test_file_names_that_are_not_utf8_are_escaped_as_ls_b_does(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    bad = os.fsencode(folder) + b"/b\xff\xe9.txt"
    with open(bad, "wb") as fh:
        fh.write("Xã có 8 hộ nghèo.".encode())
    with open(os.fsencode(folder) + b"/c\xfe.txt", "wb") as fh:
        fh.write(b"")
    for jobs in ("1", "2"):
        done = run_statx("extract", "-f", "csv", "-j", jobs, "in", cwd=tmp_path)
        assert done.returncode == 1  # the empty one
        out = done.stdout.decode("utf-8")  # strict: the CSV is valid UTF-8
        rows = list(csv.DictReader(io.StringIO(out)))
        assert ("in/b\\377\\351.txt", "8") in [(r["doc"], r["value"]) for r in rows]
        assert {r["doc"] for r in rows} == {"in/a.txt", "in/b\\377\\351.txt"}
        assert done.stderr.decode("utf-8") == "statx: in/c\\376.txt: empty file\n"


def test_cron_state_remembers_names_that_are_not_utf8(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.fsencode(folder) + b"/tin\xff.txt"
    with open(name, "wb") as fh:
        fh.write("Xã có 8 hộ nghèo.".encode())
    args = ("extract", "in", "--state", "state.json", "-o", "facts.csv", "-q")
    assert run_statx(*args, cwd=tmp_path).returncode == 0
    with open(name, "wb") as fh:
        fh.write("Xã có 6 hộ nghèo.".encode())
    again = run_statx(*args, cwd=tmp_path)
    assert again.returncode == 0, again.stderr.decode()
    rows = list(csv.DictReader(io.StringIO((tmp_path / "facts.csv").read_text(encoding="utf-8"))))
    assert [(r["doc"], r["value"]) for r in rows] == [("in/tin\\377.txt", "6")]
    assert run_statx(*args, cwd=tmp_path).returncode == 0
    assert len(list(csv.DictReader(io.StringIO((tmp_path / "facts.csv").read_text(encoding="utf-8"))))) == 1


def test_an_unexpected_error_in_one_input_is_named_and_the_run_goes_on(tmp_path: Path) -> None:
    for n, body in enumerate([STORY, "Xã có 3 hộ BẪY.", "Xã có 4 hộ nghèo."]):
        (tmp_path / f"{n}.txt").write_text(body, encoding="utf-8")
    code = (
        "import sys, statx.batch as batch\n"
        "real = batch.analyze\n"
        "def trap(text, *a, **k):\n"
        "    if 'BẪY' in text: raise ZeroDivisionError('a planted fault')\n"
        "    return real(text, *a, **k)\n"
        "batch.analyze = trap\n"
        "sys.argv = ['statx', 'extract', '-f', 'jsonl', '-j', sys.argv[1], '0.txt', '1.txt', '2.txt']\n"
        "from statx._entry import main\n"
        "main()\n"
    )
    for jobs in ("1", "2"):
        done = subprocess.run([sys.executable, "-c", code, jobs], cwd=tmp_path, capture_output=True, timeout=120)
        assert done.returncode == 1
        assert done.stderr.decode() == "statx: 1.txt: could not be processed (ZeroDivisionError: a planted fault)\n"
        docs = [json.loads(x)["doc"] for x in done.stdout.decode().splitlines()]
        assert "0.txt" in docs and docs[-1] == "2.txt" and "1.txt" not in docs


# ---------------------------------------------------------------- signals

SLOW_RUN = (
    "import sys, time, statx.batch as batch\n"
    "real = batch.analyze\n"
    "def slow(text, *a, **k):\n"
    "    if 'CHẬM' in text:  # one input that takes a minute of work\n"
    "        open('started', 'w').close()\n"
    "        end = time.monotonic() + 60\n"
    "        while time.monotonic() < end:\n"
    "            sum(range(10_000))\n"
    "    return real(text, *a, **k)\n"
    "batch.analyze = slow\n"
    "sys.argv = ['statx', 'extract', '-j', sys.argv[1], '-o', 'facts.csv', 'a.txt', 'slow.txt', 'b.txt']\n"
    "from statx._entry import main\n"
    "main()\n"
)


@pytest.mark.parametrize(
    ("sig", "jobs", "code", "message"),
    [
        (signal.SIGTERM, "1", 143, "statx: stopped by SIGTERM\n"),
        (signal.SIGINT, "1", 130, "statx: interrupted (SIGINT)\n"),
        (signal.SIGTERM, "2", 143, "statx: stopped by SIGTERM\n"),
        (signal.SIGINT, "2", 130, "statx: interrupted (SIGINT)\n"),
    ],
)
def test_a_signal_stops_the_run_inside_one_slow_input(tmp_path: Path, sig: int, jobs: str, code: int, message: str) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "slow.txt").write_text("CHẬM. Xã có 3 hộ nghèo.", encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "facts.csv").write_text("previous,run\n", encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-c", SLOW_RUN, jobs], cwd=tmp_path, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not (tmp_path / "started").exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before the slow input"
    time.sleep(0.5)
    workers = _children(proc.pid)
    assert bool(workers) == (jobs == "2")  # the slow input is in a worker, or in this process
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=20)  # the slow input alone would take a minute
    assert proc.returncode == code
    assert err.decode() == message
    assert (tmp_path / "facts.csv").read_text(encoding="utf-8") == "previous,run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt", "facts.csv", "slow.txt", "started"]
    for pid in workers:  # no worker is left running the slow input
        assert not Path(f"/proc/{pid}").exists() or "State:\tZ" in Path(f"/proc/{pid}/status").read_text()


# ---------------------------------------------------------------- left-overs and messages


def test_a_killed_runs_temporary_file_is_removed_by_the_next_run(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    dead = subprocess.Popen(["true"])  # a process that has ended: its PID is free
    dead.wait()
    left = [
        tmp_path / f".facts.csv.{dead.pid}.k3j9x0qa.tmp",  # its run was killed
        tmp_path / ".facts.csv.x8u2m1zz.tmp",  # an older statx's name, without a PID
    ]
    kept = [
        tmp_path / f".facts.csv.{os.getpid()}.a1b2c3d4.tmp",  # a run still going (this test)
        tmp_path / f".facts.csv.bak.{dead.pid}.k3j9x0qa.tmp",  # another output's
        tmp_path / ".facts.csv.notes.tmp",  # not statx's
    ]
    for p in left + kept:
        p.write_bytes(b"partial")
    done = run_statx("extract", "a.txt", "-o", "facts.csv", cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    assert [p.exists() for p in left] == [False, False]
    assert [p.exists() for p in kept] == [True, True, True]
    assert (tmp_path / "facts.csv").read_text(encoding="utf-8").count("\n") == 8


def test_output_naming_a_folder_is_a_usage_error_up_front(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "out").mkdir()
    done = run_statx("extract", "a.txt", "-o", "out", cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.decode() == "statx: -o out: is a folder; name a file, like out/facts.csv\n"
    missing = run_statx("extract", "a.txt", "-o", "nowhere/facts.csv", cwd=tmp_path)
    assert missing.returncode == 1
    assert (
        missing.stderr.decode() == "statx: cannot write nowhere/facts.csv: folder nowhere does not exist; nothing was written\n"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "out"]
    assert list((tmp_path / "out").iterdir()) == []


def test_a_file_too_big_to_write_names_the_output_not_the_temporary_file(tmp_path: Path) -> None:
    import resource

    (tmp_path / "a.txt").write_text(STORY * 200, encoding="utf-8")
    (tmp_path / "facts.csv").write_text("previous,run\n", encoding="utf-8")

    def small_files() -> None:  # the kernel refuses to grow any file past 2 KB, as a full disk refuses
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (2048, 2048))

    done = subprocess.run(
        [*statx_command(), "extract", "a.txt", "-o", "facts.csv"],
        cwd=tmp_path,
        capture_output=True,
        timeout=120,
        preexec_fn=small_files,
    )
    assert done.returncode == 1
    assert done.stderr.decode() == (
        "statx: cannot write facts.csv: the file would be larger than this file system allows; it is left as it was\n"
    )
    assert (tmp_path / "facts.csv").read_text(encoding="utf-8") == "previous,run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "facts.csv"]


def test_a_full_disk_and_a_closed_folder_are_said_in_plain_words(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from statx.write import OutputError, atomic_output

    target = tmp_path / "facts.csv"
    target.write_text("previous,run\n", encoding="utf-8")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OutputError) as caught, atomic_output(str(target)) as fh:
        fh.write("doc,value\n")
    assert str(caught.value) == f"cannot write {target}: the disk is full; it is left as it was"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.csv"]
    monkeypatch.undo()

    def closed(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, "Permission denied", str(tmp_path / ".new.csv.1.abcdefgh.tmp"))

    monkeypatch.setattr("tempfile.mkstemp", closed)
    with pytest.raises(OutputError) as caught, atomic_output(str(tmp_path / "new.csv")):
        pass
    assert str(caught.value) == f"cannot write {tmp_path / 'new.csv'}: no permission to write in {tmp_path}; nothing was written"


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("[1, 2]", "is JSON but not a statx state"),
        ('{"inputs": ["a.txt"]}', "'inputs' is not an object"),
        ('{"inputs": {"a.txt": 5}}', "the entry for 'a.txt' is not a size, mtime_ns and sha256"),
        ('{"inputs": {"a.txt": {"size": "big", "mtime_ns": 1, "sha256": "x"}}}', "the entry for 'a.txt'"),
    ],
)
def test_a_state_file_of_the_wrong_shape_is_a_clear_message(tmp_path: Path, content: str, words: str) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "state.json").write_text(content, encoding="utf-8")
    done = run_statx("extract", "a.txt", "--state", "state.json", "-o", "facts.csv", cwd=tmp_path)
    assert done.returncode == 1
    message = done.stderr.decode()
    assert message.startswith(f"statx: state file state.json{'' if words.startswith('is') else ':'} {words}")
    assert message.endswith("move it away to start afresh\n") and message.count("\n") == 1
    assert "TypeError" not in message and not (tmp_path / "facts.csv").exists()
    assert (tmp_path / "state.json").read_text(encoding="utf-8") == content


@pytest.mark.parametrize("depth", [300, 3000])
def test_html_nested_deeper_than_the_parser_goes_still_gives_its_text(tmp_path: Path, depth: int) -> None:
    body = "".join(f"<p>{line}</p>" for line in STORY.split("; "))
    html = (
        "<html><head><title>Huyện tổng kết năm</title><script>var n = 99;</script></head><body>"
        + "<div>" * depth
        + f"<article>{body}</article>"
        + "</div>" * depth
        + "<footer>Có 55 người đang xem.</footer></body></html>"
    )
    (tmp_path / "deep.html").write_text(html, encoding="utf-8")
    done = run_statx("extract", "-f", "jsonl", "deep.html", cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    values = [json.loads(x)["value"] for x in done.stdout.decode().splitlines()]
    assert values == [14, 2300, 6, 19, 27, 20, 7]


# ---------------------------------------------------------------- legacy Vietnamese encodings

# an article of our own, in letters that all five encodings can write
NOTICE = (
    "Huyện miền núi tổng kết công tác dân vận\n\n"
    "Trong năm qua, huyện đã tổ chức 18 buổi đối thoại với hơn 1.500 lượt người dân tham gia. "
    "Các xã vùng cao có 42 tổ tự quản và 9 câu lạc bộ văn nghệ; đoàn viên thanh niên lập 23 nhóm Zalo "
    "để đưa tin về những việc mới. Huyện đã khen thưởng 64 tập thể, trong đó có 12 hợp tác xã. "
    "Kinh phí cho công tác này khoảng 2,5 tỷ đồng, phần lớn do ngân sách tỉnh cấp.\n"
)

# VNI for Windows, as its definition writes it: a letter, then a byte for its marks
_TONE = {"\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0301": "ù", "\u0323": "ï"}
_CIRCUMFLEX = {None: "â", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0301": "á", "\u0323": "ä"}
_BREVE = {None: "ê", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0301": "é", "\u0323": "ë"}
_I = {"\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0301": "í", "\u0323": "ò"}


def vni(text: str) -> bytes:
    out = []
    for ch in text:
        if ch in "đĐ":
            out.append("ñ" if ch == "đ" else "Ñ")
            continue
        base, *marks = unicodedata.normalize("NFD", ch)
        tone = next((m for m in marks if m in _TONE), None)
        cased = str.upper if base.isupper() else str.lower
        if "\u031b" in marks:  # horn: ơ and ư are letters of their own
            out.append(cased({"o": "ô", "u": "ö"}[base.lower()]) + (cased(_TONE[tone]) if tone else ""))
        elif "\u0302" in marks:
            out.append(base + cased(_CIRCUMFLEX[tone]))
        elif "\u0306" in marks:
            out.append(base + cased(_BREVE[tone]))
        elif tone and base in "iI":
            out.append(cased(_I[tone]))
        elif tone:
            out.append(base + cased("î" if base in "yY" and tone == "\u0323" else _TONE[tone]))
        else:
            out.append(ch)
    return "".join(out).encode("cp1252")


def tcvn3(text: str) -> bytes:
    import tomllib
    from importlib import resources

    table = tomllib.loads(resources.files("statx.lexicon").joinpath("legacy_encodings.toml").read_text("utf-8"))
    back = {v: int(k, 16) for k, v in table["tcvn3"].items()}
    return bytes(back[ch] if ch in back else ord(ch) for ch in unicodedata.normalize("NFC", text))


def test_legacy_bytes_read_as_their_definitions_say() -> None:
    from statx.read import decode

    vni_line = b"\xd1a\xf8 Ba\xe9c: thi ha\xf8nh ky\xfb lua\xe4t 5 \xf1a\xfbng vie\xe2n cu\xfba huye\xe4n va\xf8 x\xe3"
    assert decode(vni_line) == "Đà Bắc: thi hành kỷ luật 5 đảng viên của huyện và xã"
    tcvn3_line = b"\xae\xb8nh gi\xb8 c\xabng t\xb8c c\xf1a huy\xd6n v\xb5 x\xb7 n\xa8m qua: 7 \xadu \xae\xb7i"
    assert decode(tcvn3_line) == "đánh giá công tác của huyện và xã năm qua: 7 ưu đãi"


def test_the_same_facts_from_vni_tcvn3_windows_1258_utf16_and_utf8(tmp_path: Path) -> None:
    from tests.test_batch import windows_1258

    copies = {
        "vni.txt": vni(NOTICE),
        "tcvn3.txt": tcvn3(NOTICE),
        "cp1258.txt": windows_1258(NOTICE),
        "utf16.txt": NOTICE.encode("utf-16"),
        "utf8.txt": NOTICE.encode("utf-8"),
    }
    assert len(set(copies.values())) == 5
    for name, data in copies.items():
        (tmp_path / name).write_bytes(data)
    done = run_statx("extract", "-f", "jsonl", *copies, cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    facts: dict[str, list[tuple[object, ...]]] = {}
    for f in map(json.loads, done.stdout.decode().splitlines()):
        facts.setdefault(f["doc"], []).append((f["start"], f["mention"], f["value"], f["category"], f["object"], f["actor"]))
    assert [v for _, _, v, *_ in facts["utf8.txt"]] == [18, 1500, 42, 9, 23, 64, 12, 2_500_000_000]
    for name in copies:
        assert facts[name] == facts["utf8.txt"], name


def test_legacy_text_that_cannot_be_read_surely_is_refused_not_garbled(tmp_path: Path) -> None:
    (tmp_path / "ngan.txt").write_bytes(b"\xd1a\xf8 Na\xfcng: 3 ky\xfb lua\xe4t, 5 khie\xe5n tra\xf9ch")  # too short to be sure
    (tmp_path / "ok.txt").write_text(STORY, encoding="utf-8")
    done = run_statx("extract", "-f", "jsonl", "ngan.txt", "ok.txt", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.decode() == (
        "statx: ngan.txt: looks like Vietnamese in a legacy 8-bit encoding (VNI or TCVN3?) that statx cannot "
        "read surely; convert it to UTF-8\n"
    )
    assert {json.loads(x)["doc"] for x in done.stdout.decode().splitlines()} == {"ok.txt"}


# ---------------------------------------------------------------- bounded values and linear shapes


def test_a_spelled_number_past_10_to_the_18_is_no_fact_and_every_output_writes(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Xã có một" + " tỷ" * 40 + " hạt cát và 12 hộ nghèo; quỹ có 1 tỷ tỷ đồng, nợ 999 tỷ tỷ đồng.\n", encoding="utf-8"
    )
    done = run_statx("extract", "-f", "jsonl", "a.txt", cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    assert [json.loads(x)["value"] for x in done.stdout.decode().splitlines()] == [12, 10**18]
    explained = run_statx("explain", "a.txt", cwd=tmp_path).stdout.decode()
    assert "999 tỷ tỷ⟨too large⟩" in explained and "2 too large" in explained
    for out in ("facts.xlsx", "facts.csv"):
        assert run_statx("extract", "a.txt", "-o", out, "-q", cwd=tmp_path).returncode == 0
        summary = run_statx("summarize", out, "--by", "category", "-f", "csv", cwd=tmp_path)
        assert summary.returncode == 0, summary.stderr.decode()
        assert "money,1,1000000000000000000," in summary.stdout.decode()


@pytest.mark.parametrize("link", ["9.", "1-2/3.", "1.000-"])
def test_a_long_chain_of_digits_never_stalls_a_run(tmp_path: Path, link: str) -> None:
    """200 KB of one chain; the shape regex once rescanned the rest of it from every digit (minutes)."""
    (tmp_path / "chain.txt").write_text("Mã " + link * (200_000 // len(link)) + "\nXã có 7 người.\n", encoding="utf-8")
    done = run_statx("extract", "-f", "jsonl", "chain.txt", cwd=tmp_path)  # run_statx gives up after 120 s
    assert done.returncode == 0, done.stderr.decode()
    assert json.loads(done.stdout.decode().splitlines()[-1])["value"] == 7
    # the chain itself is too dense to be a report's sentence: given up on, and said so (tests/test_guard.py)
    assert all(": warning: characters " in line for line in done.stderr.decode().splitlines())


def test_codes_at_the_end_of_digit_chains_are_still_codes() -> None:
    from statx import analyze

    analysis = analyze("Theo văn bản 12.3.45-NQ/TW và 2024/15/QĐ-UBND, xã có 8 hộ.")
    assert [f.value for f in analysis.facts] == [8]
    assert [(d.mention, d.reason) for d in analysis.dropped][:2] == [("12.3.45-NQ/TW", "code"), ("2024/15/QĐ-UBND", "code")]


@pytest.mark.parametrize("joint", ["\n\n", " "])
def test_a_long_document_read_window_by_window_gives_the_facts_of_the_whole(monkeypatch: pytest.MonkeyPatch, joint: str) -> None:
    import statx.batch as batch
    from statx.read import Document
    from statx.understand import analyze

    text = joint.join([STORY.strip(), NOTICE.strip().replace("\n\n", " ")] * 40)
    whole = analyze(text, "big.txt").facts
    monkeypatch.setattr(batch, "WINDOW_CHARS", 2_000)  # some twenty windows
    windowed = batch.extract_document(Document("big.txt", text))
    assert len(whole) == 40 * 15
    assert windowed == whole
    assert all(text[f.start : f.end] == f.mention for f in windowed)
    assert {text[f.part_of : f.part_of + 2] for f in windowed if f.part_of is not None} == {"27", "64"}
