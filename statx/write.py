"""One output path: facts as rows, written as CSV, JSON Lines or Excel, whole or not at all.

Text cells that a spreadsheet would run as a formula (starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return) are neutralised with a leading
apostrophe, as OWASP advises for CSV injection, unless ``raw`` is asked for;
numbers stay numbers.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import json
import os
import re
import signal
import tempfile
import time
from collections.abc import Collection, Iterable, Iterator
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from statx.facts import COLUMNS, Category, Fact

__all__ = [
    "FORMATS",
    "OutputError",
    "atomic_output",
    "format_for_path",
    "neutralise",
    "row",
    "write_facts",
    "write_output",
]

FORMATS = ("table", "csv", "jsonl", "xlsx")
NUMERIC = frozenset({"start", "end", "value", "value_max", "part_of"})
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class OutputError(Exception):
    """An output that cannot be written (a missing optional package, an unreadable previous file)."""


def neutralise(value: Any) -> Any:
    """A text cell made safe for a spreadsheet: ``=1+1`` becomes ``'=1+1``."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def row(fact: Fact, raw: bool = True) -> dict[str, Any]:
    """A fact as an ordered mapping of FACTS.md columns."""
    d = fact.as_dict()
    if not raw:
        d = {k: (v if k in NUMERIC else neutralise(v)) for k, v in d.items()}
    return d


_TEXT = tuple(name not in NUMERIC for name in COLUMNS)


def csv_row(fact: Fact, raw: bool = False) -> list[Any]:
    """A fact as a CSV row: None as an empty cell, text made safe for a spreadsheet unless ``raw``.

    The same cells as ``row`` gives, built without a dict: the writer's hot path.
    """
    values = fact.values()
    if raw:
        return ["" if v is None else v for v in values]
    return ["" if v is None else neutralise(v) if text else v for v, text in zip(values, _TEXT, strict=True)]


def write_facts(facts: Iterable[Fact], fh: IO[str], fmt: str, header: bool = True, raw: bool = False) -> int:
    """Write facts to a text stream as ``csv`` or ``jsonl``; returns how many."""
    n = 0
    if fmt == "csv":
        writer = csv.writer(fh, lineterminator="\n")
        if header:
            writer.writerow(COLUMNS)
        for fact in facts:
            writer.writerow(csv_row(fact, raw))
            n += 1
    elif fmt == "jsonl":
        # JSON keeps every string as written: no spreadsheet runs it
        for fact in facts:
            fh.write(json.dumps(row(fact), ensure_ascii=False) + "\n")
            n += 1
    else:
        raise ValueError(f"unknown format {fmt!r}; choose csv or jsonl")
    return n


def format_for_path(path: str) -> str | None:
    """The format a file name asks for (``.csv``, ``.jsonl``, ``.json``, ``.xlsx``), else None."""
    suffix = Path(path).suffix.lower()
    return {".csv": "csv", ".jsonl": "jsonl", ".json": "jsonl", ".ndjson": "jsonl", ".xlsx": "xlsx"}.get(suffix)


class atomic_output:
    """Write to a temporary file beside ``path`` and rename it into place on success.

    On any exception (including Ctrl-C) the temporary file is removed and
    ``path`` is left as it was. The temporary file is ``.NAME.PID.XXXXXXXX.tmp``;
    one that a killed run left (its process is gone, or it is a day old) is
    removed by the next run on the same output. Errors writing (a full disk, a
    folder without write permission) are an :class:`OutputError` naming
    ``path``, never the temporary file.
    """

    def __init__(self, path: str, binary: bool = False, bom: bool = False) -> None:
        self.path = Path(path)
        self.binary = binary
        self.bom = bom
        self._tmp: str | None = None
        self._fh: IO[Any] | None = None

    def __enter__(self) -> IO[Any]:
        if self.path.is_dir():
            raise OutputError(f"cannot write {self.path}: it is a folder; name a file in it")
        parent = self.path.parent if str(self.path.parent) else Path(".")
        remove_stale_temps(self.path)
        try:
            fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.{os.getpid()}.", suffix=".tmp", dir=parent)
        except OSError as exc:
            raise OutputError(_why(self.path, exc)) from None
        if self.binary:
            self._fh = os.fdopen(fd, "wb")
        else:
            self._fh = open(fd, "w", encoding="utf-8-sig" if self.bom else "utf-8", newline="")
        return self._fh

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        with _signals_held():  # a SIGTERM now waits until the file is renamed or removed
            self._finish(exc_type is None)
        if isinstance(exc, OSError) and exc.errno in _WRITE_ERRORS:  # the disk filled while writing
            raise OutputError(_why(self.path, exc)) from None

    def _finish(self, ok: bool) -> None:
        assert self._fh is not None and self._tmp is not None
        renamed = False
        try:
            if ok:
                try:
                    self._fh.flush()
                    os.fsync(self._fh.fileno())
                    self._fh.close()
                    mode = self.path.stat().st_mode & 0o777 if self.path.exists() else 0o666 & ~_umask()
                    os.chmod(self._tmp, mode)
                    os.replace(self._tmp, self.path)
                    renamed = True
                except OSError as exc:
                    raise OutputError(_why(self.path, exc)) from None
        finally:
            if not self._fh.closed:
                with contextlib.suppress(OSError):
                    self._fh.close()
            if not renamed:
                with contextlib.suppress(OSError):
                    os.unlink(self._tmp)


_WRITE_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EROFS}
STALE_TEMP_SECONDS = 24 * 3600
_TEMP_NAME = re.compile(r"(?:(\d{1,10})\.)?[a-z0-9_]{8}")  # PID, then mkstemp's eight characters


def _why(path: Path, exc: OSError) -> str:
    """What went wrong writing ``path``, in plain words, naming it (not the temporary file)."""
    folder = str(path.parent) if str(path.parent) not in ("", ".") else "the current folder"
    reasons = {
        errno.ENOSPC: "the disk is full",
        errno.EDQUOT: "the disk quota is used up",
        errno.EFBIG: "the file would be larger than this file system allows",
        errno.EROFS: f"{folder} is on a read-only file system",
        errno.EACCES: f"no permission to write in {folder}",
        errno.EPERM: f"no permission to write in {folder}",
        errno.ENOENT: f"folder {folder} does not exist",
        errno.ENOTDIR: f"{folder} is not a folder",
        errno.EISDIR: "it is a folder; name a file in it",
    }
    reason = reasons.get(exc.errno or 0, exc.strerror or str(exc))
    kept = "it is left as it was" if path.exists() and not path.is_dir() else "nothing was written"
    return f"cannot write {path}: {reason}; {kept}"


def remove_stale_temps(path: Path) -> list[str]:
    """Remove the temporary files that killed runs left beside ``path``; returns their names.

    ``.NAME.PID.XXXXXXXX.tmp`` is stale when no process PID runs (or it is a
    day old: the PID may have been reused); ``.NAME.XXXXXXXX.tmp``, as older
    versions named it, is always stale (it has no PID to ask).
    """
    parent = path.parent if str(path.parent) else Path(".")
    prefix = f".{path.name}."
    removed: list[str] = []
    try:
        entries = [e for e in os.scandir(parent) if e.name.startswith(prefix) and e.name.endswith(".tmp")]
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        named = _TEMP_NAME.fullmatch(entry.name[len(prefix) : -len(".tmp")])
        if named is None:  # another file's temporary file (``.NAME.bak.…``), or not statx's
            continue
        try:
            if not entry.is_file(follow_symlinks=False):
                continue
            old = now - entry.stat(follow_symlinks=False).st_mtime > STALE_TEMP_SECONDS
        except OSError:
            continue
        if named[1] is not None and _running(int(named[1])) and not old:
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed.append(entry.name)
    return removed


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """Hold SIGINT and SIGTERM back meanwhile (in this thread); they are delivered after."""
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - not POSIX
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _replaced(doc: str, replace: Collection[str]) -> bool:
    base = doc.partition("#")[0]
    return doc in replace or base in replace


def _kept_csv(path: Path, replace: Collection[str]) -> Iterator[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader, None)
        if header is None:
            return
        if tuple(header) != COLUMNS:
            raise OutputError(f"{path} has other columns than statx writes; not appending to it")
        for r in reader:
            if r and not _replaced(r[0], replace):
                yield r


def _kept_jsonl(path: Path, replace: Collection[str]) -> Iterator[str]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            try:
                doc = str(json.loads(line).get("doc", ""))
            except ValueError:
                raise OutputError(f"{path} is not JSON Lines; not appending to it") from None
            if not _replaced(doc, replace):
                yield line if line.endswith("\n") else line + "\n"


def write_output(
    path: str,
    facts: Iterable[Fact],
    fmt: str,
    *,
    append: bool = False,
    replace: Collection[str] = (),
    bom: bool = False,
    raw: bool = False,
) -> int:
    """Write facts to ``path`` whole or not at all; returns how many facts were written.

    With ``append``, the rows already in the file are kept, except those of the
    documents in ``replace`` (inputs read again because they changed), so each
    fact stands in the file once however often a run is repeated.
    """
    target = Path(path)
    keep = append and target.exists() and target.stat().st_size > 0
    if fmt == "xlsx":
        return _write_excel(target, list(facts), keep, replace, raw)
    with atomic_output(path, bom=bom) as fh:
        if fmt == "csv":
            writer = csv.writer(fh, lineterminator="\n")
            writer.writerow(COLUMNS)
            if keep:
                writer.writerows(_kept_csv(target, replace))
            return write_facts(facts, fh, "csv", header=False, raw=raw)
        if keep:
            fh.writelines(_kept_jsonl(target, replace))
        return write_facts(facts, fh, "jsonl", raw=raw)


def _frames(facts: list[Fact], raw: bool) -> tuple[Any, Any]:
    try:
        import pandas as pd
    except ImportError:  # pragma: no cover - a core dependency
        raise OutputError("Excel output needs pandas: pip install pandas") from None
    rows = [row(f, raw) for f in facts]
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    return pd, frame


def documents_table(frame: Any) -> Any:
    """Per-document totals: how many facts, and how many of each category."""
    import pandas as pd

    if frame.empty:
        return pd.DataFrame(columns=["doc", "facts"])
    counts = frame.pivot_table(index="doc", columns="category", values="start", aggfunc="count", fill_value=0)
    counts = counts.reindex(columns=[c.value for c in Category if c.value in counts.columns])
    counts.insert(0, "facts", counts.sum(axis=1))
    return counts.reset_index()


def _write_excel(target: Path, facts: list[Fact], keep: bool, replace: Collection[str], raw: bool) -> int:
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        raise OutputError("Excel output needs openpyxl: pip install 'statx[excel]'") from None
    pd, frame = _frames(facts, raw)
    if keep:
        old = pd.read_excel(target, sheet_name="facts", dtype=object)
        old = old[[not _replaced(str(d), replace) for d in old["doc"]]]
        frame = pd.concat([old, frame], ignore_index=True) if not old.empty else frame
    buf = io.BytesIO()
    with pd.ExcelWriter(buf, engine="openpyxl") as xl:
        frame.to_excel(xl, sheet_name="facts", index=False)
        documents_table(frame).to_excel(xl, sheet_name="documents", index=False)
    with atomic_output(str(target), binary=True) as fh:
        fh.write(buf.getvalue())
    return len(facts)
