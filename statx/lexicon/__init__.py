"""Word lists kept as data: each ``*.toml`` here says in its header what it holds."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any, Protocol

__all__ = ["Phrases", "Words", "fold", "fold_text", "load"]

# Old and new Vietnamese tone placement in open syllables: "hòa"/"hoà",
# "thủy"/"thuỷ", "khỏe"/"khoẻ". Words are matched in the new placement; the
# two spellings have the same length, so offsets are untouched.
_TONED = {"à": "ò", "á": "ó", "ả": "ỏ", "ã": "õ", "ạ": "ọ"}
_FOLD = {}
for _tone_on_a, _tone_on_o in _TONED.items():
    for _plain, _toned in (("a", _tone_on_a), ("e", "èéẻẽẹ"["àáảãạ".index(_tone_on_a)])):
        _FOLD[_tone_on_o + _plain] = "o" + _toned
for _old, _new in zip("ùúủũụ", "ỳýỷỹỵ", strict=True):
    _FOLD[_old + "y"] = "u" + _new


def fold(word: str) -> str:
    """A lower-case word with its tone mark placed the new way: ``fold("hòa") == "hoà"``."""
    tail = word[-2:]
    return word[:-2] + _FOLD[tail] if tail in _FOLD else word


_FOLD_AT_END = re.compile("(?:" + "|".join(_FOLD) + r")(?![^\W\d_])")


def fold_text(text: str) -> str:
    """``fold`` applied to every word of a lower-case text, whose length it keeps."""
    return _FOLD_AT_END.sub(lambda m: _FOLD[m.group()], text)


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed ``statx/lexicon/<name>.toml``."""
    with resources.files(__name__).joinpath(f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)


class Words(Protocol):
    """Lower-case words by index: a list, or a view of tokens' ``low``."""

    def __len__(self) -> int: ...

    def __getitem__(self, i: int, /) -> str: ...


class Phrases:
    """Word phrases (tuples of lower-case words) indexed by first and last word,
    for constant-time look-ups in a sentence's lower-case words (``Token.low``)."""

    __slots__ = ("by_first", "by_last")

    def __init__(self, phrases: Iterable[tuple[str, ...]]) -> None:
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        self.by_last: dict[str, list[tuple[str, ...]]] = {}
        for p in sorted(set(phrases), key=len, reverse=True):
            if p:
                self.by_first.setdefault(p[0], []).append(p)
                self.by_last.setdefault(p[-1], []).append(p)

    def at(self, words: Words, i: int) -> int:
        """Length of the longest phrase starting at ``words[i]``, else 0."""
        if i >= len(words):
            return 0
        found = self.by_first.get(words[i])
        if found is None:
            return 0
        size = len(words)
        for p in found:  # longest first; a loop, not all(), on this hot path
            n = len(p)
            if n == 1:
                return 1
            if i + n <= size:
                k = 1
                while k < n and words[i + k] == p[k]:
                    k += 1
                if k == n:
                    return n
        return 0

    def ending(self, words: Words, i: int) -> int:
        """Length of the longest phrase ending right before ``words[i]``, else 0."""
        if i < 1 or i > len(words):
            return 0
        found = self.by_last.get(words[i - 1])
        if found is None:
            return 0
        for p in found:
            n = len(p)
            if n == 1:
                return 1
            first = i - n
            if first >= 0:
                k = 0
                while k < n - 1 and words[first + k] == p[k]:
                    k += 1
                if k == n - 1:
                    return n
        return 0
