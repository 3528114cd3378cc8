"""What a cron run has already processed, so the next run reads only what is new.

The state file is JSON: for each input path its size, modification time and
SHA-256. An input is new when the path is unknown, changed when its size or
mtime differ and its content hash differs too (a ``touch`` alone is not a
change). A lock file beside the state keeps two runs from using it at once:
the second waits for the first, or gives up after ``timeout`` seconds.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

__all__ = ["Fingerprint", "State", "StateLocked"]


class StateLocked(Exception):
    """Another run holds the state file's lock."""


@dataclass(frozen=True, slots=True)
class Fingerprint:
    size: int
    mtime_ns: int
    sha256: str

    def as_dict(self) -> dict[str, Any]:
        return {"size": self.size, "mtime_ns": self.mtime_ns, "sha256": self.sha256}


def _entries(data: Any, path: Path) -> dict[str, dict[str, Any]]:
    """The inputs a state file records, or ValueError saying what is wrong with its shape."""
    shape = '{"version": 1, "inputs": {PATH: {"size": N, "mtime_ns": N, "sha256": "…"}}}'
    if not isinstance(data, dict):
        raise ValueError(f"state file {path} is JSON but not a statx state (expected {shape}); move it away to start afresh")
    inputs = data.get("inputs", {})
    if not isinstance(inputs, dict):
        raise ValueError(f"state file {path}: 'inputs' is not an object (expected {shape}); move it away to start afresh")
    for name, entry in inputs.items():
        if not (
            isinstance(entry, dict)
            and isinstance(entry.get("size"), int)
            and isinstance(entry.get("mtime_ns"), int)
            and isinstance(entry.get("sha256"), str)
        ):
            raise ValueError(
                f"state file {path}: the entry for {name!r} is not a size, mtime_ns and sha256 "
                f"(expected {shape}); move it away to start afresh"
            )
    return dict(inputs)


def _is_utf8(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _sha256(path: str) -> str:
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


class State:
    """The processed-inputs record, held under a lock while a run uses it."""

    def __init__(self, path: str, timeout: float | None = None) -> None:
        self.path = Path(path)
        self.timeout = timeout
        self.entries: dict[str, dict[str, Any]] = {}
        self._lock_fh: Any = None

    # -- locking
    def __enter__(self) -> State:
        self.path.parent.mkdir(parents=True, exist_ok=True)  # "--state runs/news/state.json" in a new folder
        self._lock_fh = open(f"{self.path}.lock", "a+")
        deadline = None if self.timeout is None else time.monotonic() + self.timeout
        while True:
            try:
                fcntl.flock(self._lock_fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if deadline is not None and time.monotonic() >= deadline:
                    self._lock_fh.close()
                    raise StateLocked(f"{self.path} is in use by another statx run") from None
                time.sleep(0.1)
        try:
            self._load()
        except BaseException:
            self.__exit__(None, None, None)  # a state that cannot be used: the lock is let go
            raise
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._lock_fh is not None:
            fcntl.flock(self._lock_fh.fileno(), fcntl.LOCK_UN)
            self._lock_fh.close()
            self._lock_fh = None

    def _load(self) -> None:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            data = {}
        except (OSError, ValueError) as exc:
            raise ValueError(f"state file {self.path} is not readable JSON: {exc}") from None
        self.entries = _entries(data, self.path)

    # -- questions and answers
    def fingerprint(self, name: str) -> Fingerprint | None:
        """The input's fingerprint, or None when it is not a regular file (stdin, a missing path)."""
        try:
            st = os.stat(name)
        except OSError:
            return None
        if not os.path.isfile(name):
            return None
        old = self.entries.get(name)
        if old and old.get("size") == st.st_size and old.get("mtime_ns") == st.st_mtime_ns:
            return Fingerprint(st.st_size, st.st_mtime_ns, str(old.get("sha256", "")))
        try:
            return Fingerprint(st.st_size, st.st_mtime_ns, _sha256(name))
        except OSError:
            return None

    def is_new(self, name: str, fp: Fingerprint | None) -> bool:
        if fp is None:
            return True
        old = self.entries.get(name)
        return old is None or old.get("sha256") != fp.sha256

    def mark(self, name: str, fp: Fingerprint) -> None:
        self.entries[name] = fp.as_dict()

    def save(self) -> None:
        """Write the state whole: a temporary file renamed into place."""
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        try:
            data = {"version": 1, "inputs": self.entries}
            text = json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True)
            if not _is_utf8(text):  # a file name that is not UTF-8: JSON's ASCII escapes keep it exactly
                text = json.dumps(data, ensure_ascii=True, indent=1, sort_keys=True)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(text)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise
