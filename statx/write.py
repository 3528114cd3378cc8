"""One output path: facts as rows, written as CSV, JSON Lines or Excel, whole or not at all.

CSV text cells that a spreadsheet would run as a formula are neutralised with
a leading apostrophe, as OWASP advises for CSV injection, unless ``raw`` is
asked for; numbers stay numbers. A formula starts with ``=``, ``+``, ``-``,
``@``, a tab or a carriage return (OWASP's list; Excel reads ``+``, ``-`` and
``@`` as formula starts, LibreOffice 7.4 only ``=``), with two exceptions that
no spreadsheet runs and that news text is full of: a sign alone (``-``, the
document name of standard input) and a sign, a space and words, as list items
are written (``- Huyện có …``, ``+ Xã …``), unless the words hold a function
call (a name followed by ``(``) or a ``|`` (a DDE link), which could run.

Excel files need no guard: every text cell is written as a string, which a
spreadsheet never evaluates, so ``read_excel`` gets the text as it was.
Numbers are numbers with a thousands format, ``published``, ``period_start``
and ``period_end`` dates, the header row frozen with a filter on it, and
columns as wide as their content (capped).
"""

from __future__ import annotations

import contextlib
import csv
import datetime
import errno
import io
import json
import os
import re
import signal
import tempfile
import time
from collections.abc import Collection, Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from statx.facts import COLUMNS, Category, Fact

__all__ = [
    "FORMATS",
    "CsvWriter",
    "OutputError",
    "atomic_output",
    "format_for_path",
    "formula_like",
    "neutralise",
    "row",
    "write_facts",
    "write_output",
    "write_xlsx",
]

FORMATS = ("table", "csv", "jsonl", "xlsx")
NUMERIC = frozenset({"start", "end", "value", "value_max", "part_of"})
DATES = ("published", "period_start", "period_end")  # ISO dates: null in JSON, date cells in Excel
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_SIGNS = ("+", "-")
_RUNNABLE = re.compile(r"\w\(|\|")  # a function call, a DDE link


class OutputError(Exception):
    """An output that cannot be written (a missing optional package, an unreadable previous file)."""


def formula_like(text: str) -> bool:
    """Whether a spreadsheet opening a CSV could run ``text`` as a formula (see the module's doc)."""
    if not text.startswith(FORMULA_START):
        return False
    if text[0] in _SIGNS:
        rest = text[1:]
        if not rest.strip():
            return False  # a sign alone
        if rest[0] in " \u00a0" and rest.lstrip()[:1].isalpha() and not _RUNNABLE.search(rest):
            return False  # a list item in words
    return True


def neutralise(value: Any) -> Any:
    """A text cell made safe for a spreadsheet: ``=1+1`` becomes ``'=1+1``; ``-`` and ``- Xã có …`` stay."""
    if isinstance(value, str) and formula_like(value):
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


class CsvWriter:
    """``csv.writer`` with rows ended by ``\\n``, and a field holding a lone ``\\r`` quoted: Python's writer
    quotes only the line terminator's characters, and an unquoted ``\\r`` ends the row for most readers.
    A row with one is written with every field quoted (rare: a document name or a sentence with a stray
    carriage return); the others as before."""

    __slots__ = ("_all", "_plain")

    def __init__(self, fh: IO[str]) -> None:
        self._plain = csv.writer(fh, lineterminator="\n")
        self._all = csv.writer(fh, lineterminator="\n", quoting=csv.QUOTE_ALL)

    def writerow(self, row: Iterable[Any]) -> None:
        row = list(row)
        if any(isinstance(v, str) and "\r" in v for v in row):
            self._all.writerow(row)
        else:
            self._plain.writerow(row)

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        for row in rows:
            self.writerow(row)


def write_facts(facts: Iterable[Fact], fh: IO[str], fmt: str, header: bool = True, raw: bool = False) -> int:
    """Write facts to a text stream as ``csv`` or ``jsonl``; returns how many."""
    n = 0
    if fmt == "csv":
        writer = CsvWriter(fh)
        if header:
            writer.writerow(COLUMNS)
        for fact in facts:
            writer.writerow(csv_row(fact, raw))
            n += 1
    elif fmt == "jsonl":
        # JSON keeps every string as written: no spreadsheet runs it; a missing date is null
        for fact in facts:
            d = fact.as_dict()
            for k in DATES:
                if not d[k]:
                    d[k] = None
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
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
            raise OutputError(_why(self.path, exc)) from exc
        if self.binary:
            self._fh = os.fdopen(fd, "wb")
        else:
            self._fh = open(fd, "w", encoding="utf-8-sig" if self.bom else "utf-8", newline="")
        return self._fh

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        with _signals_held():  # a SIGTERM now waits until the file is renamed or removed
            self._finish(exc_type is None)
        if isinstance(exc, OSError) and exc.errno in _WRITE_ERRORS:  # the disk filled while writing
            raise OutputError(_why(self.path, exc)) from exc

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
                    raise OutputError(_why(self.path, exc)) from exc
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
        where = _known_columns(path, header)
        doc = where[0]
        for r in reader:
            if r and not _replaced(r[doc] if doc < len(r) else "", replace):
                yield [r[i] if i is not None and i < len(r) else "" for i in where]


def _known_columns(path: Path, header: Sequence[Any]) -> list[Any]:
    """Where each of ``COLUMNS`` stands in the header of a file to append to: a file an older statx
    wrote lacks the columns added since (``period_start``, ``period_end``), which are left empty."""
    names = ["" if h is None else str(h) for h in header]
    unknown = [h for h in names if h not in COLUMNS]
    if unknown or len(set(names)) != len(names) or "doc" not in names:
        said = ", ".join(repr(h) for h in unknown[:5]) or "a column twice, or no 'doc'"
        raise OutputError(
            f"{path} has other columns than statx writes ({said}); not appending to it: "
            "write to a new file, or remove those columns"
        )
    return [names.index(c) if c in names else None for c in COLUMNS]


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
        return _write_excel(target, list(facts), keep, replace)  # no guard needed: see the module's doc
    with atomic_output(path, bom=bom) as fh:
        if fmt == "csv":
            writer = CsvWriter(fh)
            writer.writerow(COLUMNS)
            if keep:
                writer.writerows(_kept_csv(target, replace))
            return write_facts(facts, fh, "csv", header=False, raw=raw)
        if keep:
            fh.writelines(_kept_jsonl(target, replace))
        return write_facts(facts, fh, "jsonl", raw=raw)


def documents_table(facts: Iterable[dict[str, Any]]) -> tuple[list[str], list[list[Any]]]:
    """Per-document totals, documents in name order: how many facts, and how many of each category present."""
    counts: dict[str, dict[str, int]] = {}
    for fact in facts:
        doc = counts.setdefault(str(fact["doc"]), {})
        doc[str(fact["category"])] = doc.get(str(fact["category"]), 0) + 1
    present = {c for doc in counts.values() for c in doc}
    categories = [c.value for c in Category if c.value in present] + sorted(present - {c.value for c in Category})
    rows = [[doc, sum(n.values()), *(n.get(c, 0) for c in categories)] for doc, n in sorted(counts.items())]
    return ["doc", "facts", *categories], rows


# widest an Excel column grows (characters): a sentence column would otherwise fill the screen
XLSX_MAX_WIDTH = {"sentence": 80, "rules": 40}
XLSX_DEFAULT_MAX_WIDTH = 45
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what an .xlsx cannot hold


def write_xlsx(path: str, sheets: list[tuple[str, list[str], Iterable[list[Any]]]]) -> None:
    """Sheets of rows into an Excel file, whole or not at all: ``(name, header, rows)`` each.

    Numbers are numbers (integers with a thousands format), ``datetime.date``
    cells dates, everything else a string cell that no spreadsheet evaluates;
    the header is bold and frozen, with a filter; columns fit their content.
    """
    try:
        from openpyxl import Workbook
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter
    except ImportError:
        raise OutputError("Excel output needs openpyxl: pip install 'statx[excel]'") from None
    book = Workbook()
    book.remove(book.active)
    bold = Font(bold=True)
    for name, header, rows in sheets:
        sheet = book.create_sheet(name)
        sheet.append(header)
        for cell in sheet[1]:
            cell.font = bold
        widths = [len(h) + 3 for h in header]  # room for the filter's button
        for values in rows:
            sheet.append([_xlsx_value(v) for v in values])
            for i, cell in enumerate(sheet[sheet.max_row]):
                v = cell.value
                if isinstance(v, str):
                    cell.data_type = "s"  # a string cell, even when it starts with '='
                    size = max((len(line) for line in v.splitlines()), default=0)
                elif isinstance(v, bool) or v is None:
                    size = 0
                elif isinstance(v, int | float):
                    if header[i] in NUMERIC - {"value", "value_max"}:
                        size = len(str(v))
                    else:
                        cell.number_format = "#,##0" if float(v).is_integer() else "#,##0.0##"
                        size = len(f"{v:,}")
                else:  # a date
                    cell.number_format = "yyyy-mm-dd"
                    size = 10
                widths[i] = max(widths[i], size + 1)
        for i, width in enumerate(widths):
            cap = XLSX_MAX_WIDTH.get(header[i], XLSX_DEFAULT_MAX_WIDTH)
            sheet.column_dimensions[get_column_letter(i + 1)].width = min(width, cap)
        sheet.freeze_panes = "A2"
        sheet.page_setup.orientation = "landscape"
        if header:
            sheet.auto_filter.ref = f"A1:{get_column_letter(len(header))}{max(sheet.max_row, 2)}"
    buf = io.BytesIO()
    book.save(buf)
    with atomic_output(path, binary=True) as fh:
        fh.write(buf.getvalue())


def _xlsx_value(v: Any) -> Any:
    if isinstance(v, str):
        return _ILLEGAL.sub("\ufffd", v)
    if v is not None and type(v).__module__ == "numpy":  # a pandas cell
        return v.item()
    return v


def _published(value: Any) -> Any:
    """An ISO date as a date cell; anything else as it is."""
    if isinstance(value, str) and len(value) == 10:
        try:
            return datetime.date.fromisoformat(value)
        except ValueError:
            return value
    return value or None


def _kept_xlsx(path: Path, replace: Collection[str]) -> list[dict[str, Any]]:
    """The facts already in an Excel file statx wrote, but those of the documents in ``replace``."""
    from zipfile import BadZipFile

    from openpyxl import load_workbook

    try:
        book = load_workbook(path, read_only=True)
        sheet = book["facts"]
    except (OSError, KeyError, ValueError, BadZipFile) as exc:
        raise OutputError(f"{path} is not an Excel file of facts ({exc}); not appending to it") from None
    rows = sheet.iter_rows(values_only=True)
    header = next(rows, None)
    where = _known_columns(path, header or ())
    kept = []
    for values in rows:
        fact: dict[str, Any] = {
            c: values[i] if i is not None and i < len(values) else None for c, i in zip(COLUMNS, where, strict=True)
        }
        for k in DATES:
            when = fact[k]
            if isinstance(when, datetime.datetime | datetime.date):
                fact[k] = when.strftime("%Y-%m-%d")
        if not _replaced(str(fact["doc"]), replace):
            kept.append(fact)
    book.close()
    return kept


def _write_excel(target: Path, facts: list[Fact], keep: bool, replace: Collection[str]) -> int:
    try:
        import openpyxl  # noqa: F401
    except ImportError:
        raise OutputError("Excel output needs openpyxl: pip install 'statx[excel]'") from None
    rows = (_kept_xlsx(target, replace) if keep else []) + [f.as_dict() for f in facts]
    cells = [[_published(v) if k in DATES else (None if v == "" else v) for k, v in r.items()] for r in rows]
    write_xlsx(str(target), [("facts", list(COLUMNS), cells), ("documents", *documents_table(rows))])
    return len(facts)
