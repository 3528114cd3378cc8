"""statx.state: what a cron run records about its inputs, the lock beside it, and the file it writes."""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import threading
import time
from pathlib import Path

import pytest

from statx.state import Fingerprint, State, StateLocked


def hold_lock(state: Path) -> int:
    """Take the state's lock as another run would; the descriptor to release it with."""
    fd = os.open(f"{state}.lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(fd, fcntl.LOCK_EX)
    return fd


def enter_in_thread(state: State, seconds: float) -> list[object]:
    """Enter ``state`` in a thread; what came of it (the State or the exception) within ``seconds``."""
    got: list[object] = []

    def enter() -> None:
        try:
            got.append(state.__enter__())
        except Exception as exc:
            got.append(exc)

    worker = threading.Thread(target=enter, daemon=True)
    worker.start()
    worker.join(seconds)
    return got


def test_saved_state_is_sorted_json_of_each_input(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    a = Path("tin tức.txt")
    a.write_bytes(b"Xa co 7 ho.")
    path = tmp_path / "deep" / "er" / "state.json"
    with State(str(path)) as st:
        assert st.entries == {}
        fp = st.fingerprint(str(a))
        assert fp is not None
        st.mark(str(a), fp)
        st.mark("b.txt", Fingerprint(3, 5, "ab"))
        st.save()
    stat = a.stat()
    digest = hashlib.sha256(b"Xa co 7 ho.").hexdigest()
    expected = (
        '{\n "inputs": {\n  "b.txt": {\n   "mtime_ns": 5,\n   "sha256": "ab",\n   "size": 3\n  },\n'
        f'  "{a}": {{\n   "mtime_ns": {stat.st_mtime_ns},\n   "sha256": "{digest}",\n   "size": 11\n  }}\n }},\n "version": 1\n}}'
    )
    assert path.read_text(encoding="utf-8") == expected
    assert sorted(p.name for p in path.parent.iterdir()) == ["state.json", "state.json.lock"]  # no temporary file left
    with State(str(path)) as again:
        assert again.entries[str(a)] == {"size": 11, "mtime_ns": stat.st_mtime_ns, "sha256": digest}


def test_a_state_that_cannot_be_written_leaves_the_old_one_and_no_temporary_file(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_text('{"version": 1, "inputs": {}}', encoding="utf-8")
    with State(str(path)) as st:
        st.entries["x"] = {"size": object()}  # not JSON
        with pytest.raises(TypeError):
            st.save()
    assert path.read_text(encoding="utf-8") == '{"version": 1, "inputs": {}}'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["state.json", "state.json.lock"]


def test_fingerprint_hashes_the_whole_content(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    content = os.urandom(3 * (1 << 20) + 17)
    big.write_bytes(content)
    with State(str(tmp_path / "s.json")) as st:
        fp = st.fingerprint(str(big))
    assert fp == Fingerprint(len(content), big.stat().st_mtime_ns, hashlib.sha256(content).hexdigest())


def test_no_fingerprint_for_stdin_a_folder_or_a_missing_file(tmp_path: Path) -> None:
    with State(str(tmp_path / "s.json")) as st:
        assert st.fingerprint("-") is None
        assert st.fingerprint(str(tmp_path)) is None
        assert st.fingerprint(str(tmp_path / "gone.txt")) is None
        assert st.is_new("-", None)


def test_new_changed_touched_and_unchanged_inputs(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("một", encoding="utf-8")
    with State(str(tmp_path / "s.json")) as st:
        fp = st.fingerprint(str(f))
        assert fp is not None
        assert st.is_new(str(f), fp)  # never seen
        st.mark(str(f), fp)
        assert not st.is_new(str(f), st.fingerprint(str(f)))
        os.utime(f, ns=(fp.mtime_ns + 10**9, fp.mtime_ns + 10**9))  # touched: same bytes, new mtime
        touched = st.fingerprint(str(f))
        assert touched is not None and touched.mtime_ns != fp.mtime_ns
        assert not st.is_new(str(f), touched)
        f.write_text("hai", encoding="utf-8")  # same size, new content
        assert st.is_new(str(f), st.fingerprint(str(f)))


def test_a_recorded_hash_is_trusted_only_while_size_and_mtime_both_match(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_bytes(b"12345")
    st_ = f.stat()
    real = hashlib.sha256(b"12345").hexdigest()
    with State(str(tmp_path / "s.json")) as st:
        st.entries[str(f)] = {"size": st_.st_size, "mtime_ns": st_.st_mtime_ns, "sha256": "recorded"}
        assert st.fingerprint(str(f)) == Fingerprint(5, st_.st_mtime_ns, "recorded")  # not read again
        for size, mtime in ((4, 0), (6, 0), (5, 1), (5, -1)):
            st.entries[str(f)] = {"size": size, "mtime_ns": st_.st_mtime_ns + mtime, "sha256": "recorded"}
            assert st.fingerprint(str(f)) == Fingerprint(5, st_.st_mtime_ns, real)
        st.entries[str(f)] = {}
        assert st.fingerprint(str(f)) == Fingerprint(5, st_.st_mtime_ns, real)


def test_unreadable_state_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match=r"^state file .*s\.json is not readable JSON: "), State(str(path)):
        pass
    entry = {"size": 1, "mtime_ns": 2, "sha256": "ab"}
    path.write_text(json.dumps({"version": 1, "inputs": {"a": entry}}), encoding="utf-8")
    with State(str(path)) as st:
        assert st.entries == {"a": entry}


def test_a_second_run_waits_for_the_first_then_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    entry = {"size": 1, "mtime_ns": 2, "sha256": "ab"}
    path.write_text(json.dumps({"version": 1, "inputs": {"a": entry}}), encoding="utf-8")
    fd = hold_lock(path)
    threading.Timer(0.3, os.close, (fd,)).start()
    got = enter_in_thread(State(str(path), timeout=20), 20)
    assert len(got) == 1 and isinstance(got[0], State)
    assert got[0].entries == {"a": entry}  # read once the lock was its own
    got[0].__exit__(None, None, None)


def test_a_second_run_gives_up_after_its_timeout(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    fd = hold_lock(path)
    try:
        started = time.monotonic()
        got = enter_in_thread(State(str(path), timeout=0.3), 10)
        assert len(got) == 1 and isinstance(got[0], StateLocked)
        assert str(got[0]) == f"{path} is in use by another statx run"
        assert time.monotonic() - started >= 0.3
    finally:
        os.close(fd)


def test_the_lock_is_released_on_leaving(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    with State(str(path)):
        got = enter_in_thread(State(str(path), timeout=0), 10)
        assert len(got) == 1 and isinstance(got[0], StateLocked)  # held while inside
    got = enter_in_thread(State(str(path), timeout=0), 10)
    assert len(got) == 1 and isinstance(got[0], State)
    got[0].__exit__(None, None, None)
    with State(str(path)) as st:  # no timeout: waits as long as it takes, here not at all
        assert st.entries == {}


def test_a_fingerprint_is_a_value() -> None:
    fp = Fingerprint(1, 2, "ab")
    assert fp.as_dict() == {"size": 1, "mtime_ns": 2, "sha256": "ab"}
    assert {fp, Fingerprint(1, 2, "ab")} == {fp}
    with pytest.raises(AttributeError):
        fp.size = 3  # type: ignore[misc]


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ("[1, 2]", "is JSON but not a statx state"),
        ('{"inputs": []}', "'inputs' is not an object"),
        ('{"inputs": {"a.txt": 5}}', "the entry for 'a.txt' is not a size, mtime_ns and sha256"),
        ('{"inputs": {"a.txt": {"size": "1", "mtime_ns": 2, "sha256": "ab"}}}', "the entry for 'a.txt'"),
        ('{"inputs": {"a.txt": {"size": 1, "mtime_ns": 2.5, "sha256": "ab"}}}', "the entry for 'a.txt'"),
        ('{"inputs": {"a.txt": {"size": 1, "mtime_ns": 2, "sha256": 7}}}', "the entry for 'a.txt'"),
    ],
)
def test_a_state_of_the_wrong_shape_is_refused_and_its_lock_let_go(tmp_path: Path, content: str, words: str) -> None:
    path = tmp_path / "s.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=r"move it away to start afresh$") as raised, State(str(path)):
        pass
    assert str(raised.value).startswith(f"state file {path}") and words in str(raised.value)
    assert '(expected {"version": 1, "inputs": {PATH: {"size": N, "mtime_ns": N, "sha256": "…"}}})' in str(raised.value)
    path.write_text("{}", encoding="utf-8")
    got = enter_in_thread(State(str(path), timeout=0), 10)  # the failed run let the lock go
    assert len(got) == 1 and isinstance(got[0], State) and got[0].entries == {}
    got[0].__exit__(None, None, None)


def test_names_that_are_not_utf8_are_kept_exactly(tmp_path: Path) -> None:
    path = tmp_path / "s.json"
    odd = os.fsdecode(b"caf\xff.txt")
    with State(str(path)) as st:
        st.mark(odd, Fingerprint(1, 2, "ab"))
        st.mark("tức.txt", Fingerprint(3, 4, "cd"))
        st.save()
    assert "\\udcff" in path.read_text(encoding="utf-8") and "\\u1ee9" in path.read_text(encoding="utf-8")
    with State(str(path)) as st:
        assert st.entries[odd] == {"size": 1, "mtime_ns": 2, "sha256": "ab"} and "tức.txt" in st.entries


def test_a_file_that_cannot_be_read_has_no_fingerprint(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import statx.state

    f = tmp_path / "a.txt"
    f.write_text("x", encoding="utf-8")

    def unreadable(path: str) -> str:
        raise PermissionError(13, "Permission denied", path)

    monkeypatch.setattr(statx.state, "_sha256", unreadable)
    with State(str(tmp_path / "s.json")) as st:
        assert st.fingerprint(str(f)) is None
        assert st.is_new(str(f), None)  # read (and fail) again next time, never recorded as done
