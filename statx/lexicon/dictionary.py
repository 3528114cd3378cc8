"""The words of Vietnamese, from underthesea's word list (``corpus/data/Viet74K.txt``).

The list is read as data, never by importing underthesea: the package is only
located, so that none of its code (nor its models) loads. Each entry is one
word of one or more syllables ("hồ sơ", "bao tải", "quần chúng"); statx uses
them to tell where the noun after a number ends. Without underthesea the set
is empty and statx falls back on its own word lists.
"""

from __future__ import annotations

import importlib.util
import re
import unicodedata
from functools import cache
from pathlib import Path

from statx.lexicon import fold_text
from statx.lexicon.cache import cached_set

__all__ = ["MAX_SYLLABLES", "one_word", "underthesea_file", "words"]

# The longest word looked up after a number, in syllables.
MAX_SYLLABLES = 3


def underthesea_file(relative: str) -> Path | None:
    """The path of a data file inside the installed underthesea package, else None."""
    try:
        spec = importlib.util.find_spec("underthesea")
    except (ImportError, ValueError):  # pragma: no cover - a broken installation
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        path = Path(root, relative)
        if path.is_file():
            return path
    return None


@cache
def words() -> frozenset[str]:
    """Viet74K's words, lower case, tone marks placed as ``fold`` places them,
    syllables joined by one space, also spelled the other way (``_spelled_other_way``).
    Read once per process (some 80 ms; a few from :mod:`statx.lexicon.cache`)."""
    path = underthesea_file("corpus/data/Viet74K.txt")
    if path is None:
        return frozenset()
    return cached_set("viet74k", path, lambda: _read_words(path))


def one_word(*syllables: str) -> bool:
    """The syllables, in any case, make one word of the list together ("y", "tế"; "vị", "trí")."""
    return fold_text(" ".join(syllables).lower()) in words()


def _read_words(path: Path) -> frozenset[str]:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):  # pragma: no cover - a damaged installation
        return frozenset()
    # one set of the lines: entries of more syllables or with hyphens are kept, never looked up
    entries = fold_text(unicodedata.normalize("NFC", raw).lower()).split("\n")
    return frozenset([*entries, *_spelled_other_way(entries)])


# A syllable that ends in "i" or "y" after these consonants is written either way ("kì thi", "kỳ thi";
# "lí do", "lý do"): the list holds one, the news the other.
_I_OR_Y = re.compile(r"(?<![^\s])(k|l|m|t|s|h|qu|d|v|n)([iíìỉĩịyýỳỷỹỵ])(?![^\s])")
_SWAP = dict(zip("iíìỉĩịyýỳỷỹỵ", "yýỳỷỹỵiíìỉĩị", strict=True))


def _spelled_other_way(entries: list[str]) -> list[str]:
    """The words of more syllables with each such syllable's "i" and "y" swapped."""
    return [_I_OR_Y.sub(_swap, e) for e in entries if " " in e and _I_OR_Y.search(e)]


def _swap(m: re.Match[str]) -> str:
    return m.group(1) + _SWAP[m.group(2)]
