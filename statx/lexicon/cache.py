"""A cache, in the user's cache folder, of the word sets statx reads from large data files.

Reading underthesea's word list and gazetteer costs a tenth of a second at each
start; the sets they give are kept in ``$XDG_CACHE_HOME/statx`` (else
``~/.cache/statx``), one line a word, and read back in a few milliseconds. An
entry is keyed on the data file's path, size and modification time and on
statx's own code that parses it (the size and modification time of
``statx/__init__.py``, which holds the version, and of the lexicon modules);
its file name carries a checksum of that key, so two installs of statx that
share one data file (a checkout beside a release) each keep their own entry
instead of rebuilding each other's at every start. The cache is never required: a stale, damaged or unreadable entry is rebuilt
from the data file, and a folder that cannot be written (a read-only home) only
means the set is parsed every time.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Callable, Iterable
from contextlib import suppress
from pathlib import Path

__all__ = ["cache_dir", "cached_set"]

_FORMAT = "statx-lexicon-cache 1"
_HERE = Path(__file__).resolve().parent
# statx's code that makes the sets: its version (statx/__init__.py) and the lexicon modules that parse
_CODE = (
    _HERE.parent / "__init__.py",
    _HERE / "__init__.py",
    _HERE / "cache.py",
    _HERE / "dictionary.py",
    _HERE / "places.py",
    _HERE / "pos.py",
)


def cache_dir() -> Path | None:
    """``$XDG_CACHE_HOME/statx``, else ``~/.cache/statx``; None without a home."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):  # unset, empty or relative: the XDG default
        try:
            base = str(Path.home() / ".cache")
        except (RuntimeError, KeyError, OSError):
            return None
    return Path(base, "statx")


def _key(kind: str, source: Path) -> str:
    parts = [_FORMAT, kind]
    for path in (source, *_CODE):
        st = os.stat(path)
        parts.append(f"{os.path.abspath(path)}|{st.st_size}|{st.st_mtime_ns}")
    return "\t".join(parts)


def _read(path: Path, key: bytes) -> frozenset[str] | None:
    """The set kept at ``path`` under ``key``, else None (missing, stale or damaged)."""
    try:
        raw = path.read_bytes()
    except OSError:
        return None
    head, newline, rest = raw.partition(b"\n")
    if not newline or head != key:
        return None
    sums, newline, body = rest.partition(b"\n")
    count, _, crc = sums.partition(b" ")
    if not newline or not count.isdigit() or not crc.isdigit() or zlib.crc32(body) != int(crc):
        return None
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    found = frozenset(text.split("\n")) if int(count) else frozenset()
    return found if len(found) == int(count) else None


def _write(path: Path, key: bytes, found: frozenset[str]) -> None:
    """Keep ``found`` at ``path``, written whole or not at all (a temporary file renamed); failures are ignored."""
    text = "\n".join(found)
    if text.count("\n") != max(len(found) - 1, 0):
        return  # an entry holds a line break: not kept one a line
    try:
        body = text.encode("utf-8")
    except UnicodeEncodeError:
        return
    data = key + b"\n" + f"{len(found)} {zlib.crc32(body)}".encode() + b"\n" + body
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(tmp, "xb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except OSError:
        with suppress(OSError):
            os.unlink(tmp)


def cached_set(kind: str, source: Path, build: Callable[[], Iterable[str]]) -> frozenset[str]:
    """The set ``build()`` makes from the data file ``source``, from the cache when it holds it for this file."""
    try:
        key = _key(kind, source).encode("utf-8")
    except (OSError, UnicodeEncodeError):
        return frozenset(build())
    folder = cache_dir()
    path = None if folder is None or b"\n" in key else folder / f"{kind}-{zlib.crc32(key):08x}.txt"
    found = _read(path, key) if path is not None else None
    if found is None:
        found = frozenset(build())
        if path is not None and found:
            _write(path, key, found)
            _prune(path)
    return found


def _prune(kept: Path) -> None:
    """Remove the entries of the same kind that no install can use any more: a file of their key (the data
    file, or statx's code that parsed it) is gone or has changed since. The folder holds one entry for each
    install in use, not one for every version there ever was."""
    kind = kept.name.rsplit("-", 1)[0]
    with suppress(OSError):
        for other in kept.parent.glob(f"{kind}-*.txt"):
            if other == kept:
                continue
            with open(other, "rb") as fh:
                fields = fh.readline(65536).decode("utf-8", "replace").rstrip("\n").split("\t")
            if len(fields) > 2 and fields[0] == _FORMAT and fields[1] == kind and any(map(_changed, fields[2:])):
                os.unlink(other)


def _changed(field: str) -> bool:
    """Whether the file a key names as ``path|size|mtime`` is gone or no longer that size and time."""
    path, _, stamp = field.partition("|")
    try:
        st = os.stat(path)
    except OSError:
        return True
    return stamp != f"{st.st_size}|{st.st_mtime_ns}"
