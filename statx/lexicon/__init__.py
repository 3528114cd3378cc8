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
    """A lower-case word with its tone mark placed the new way: ``fold("hòa") == "hoà"``; an eth
    written for "đ" read as it (``_LOOKALIKE``)."""
    if _LOOKALIKE in word:
        word = word.replace(_LOOKALIKE, "đ")
    tail = word[-2:]
    return word[:-2] + _FOLD[tail] if tail in _FOLD else word


# the Icelandic eth "Ð"/"ð" that some Vietnamese texts write for "Đ"/"đ" ("ra khỏi Ðảng"): the same length
_LOOKALIKE = "ð"


_FOLD_AT_END = re.compile("(?:" + "|".join(_FOLD) + r")(?![^\W\d_])")


def fold_text(text: str) -> str:
    """``fold`` applied to every word of a lower-case text, whose length it keeps."""
    if _LOOKALIKE in text:
        text = text.replace(_LOOKALIKE, "đ")
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


# A trie of words: each node maps the next word to its node; the key "" marks a phrase's end
# (no word is empty).
_Node = dict[str, "_Node"]
_END = ""


def _trie(phrases: Iterable[tuple[str, ...]]) -> _Node:
    root: _Node = {}
    for p in phrases:
        if p:
            node = root
            for word in p:
                node = node.setdefault(word, {})
            node[_END] = {}
    return root


class Phrases:
    """Word phrases (tuples of lower-case words) in two tries, from the first
    word forwards and from the last word backwards, for look-ups in a sentence's
    lower-case words (``Token.low``) that cost one dict look-up a word."""

    __slots__ = ("by_first", "by_last")

    def __init__(self, phrases: Iterable[tuple[str, ...]]) -> None:
        phrases = set(phrases)
        self.by_first = _trie(phrases)  # its keys: the first words
        self.by_last = _trie(p[::-1] for p in phrases)  # its keys: the last words

    def at(self, words: Words, i: int) -> int:
        """Length of the longest phrase starting at ``words[i]``, else 0."""
        size = len(words)
        if i >= size:
            return 0
        node = self.by_first.get(words[i])
        if node is None:
            return 0
        best = 1 if _END in node else 0
        k = i + 1
        while k < size:
            node = node.get(words[k])
            if node is None:
                break
            k += 1
            if _END in node:
                best = k - i
        return best

    def ending(self, words: Words, i: int) -> int:
        """Length of the longest phrase ending right before ``words[i]``, else 0."""
        if i < 1 or i > len(words):
            return 0
        node = self.by_last.get(words[i - 1])
        if node is None:
            return 0
        best = 1 if _END in node else 0
        k = i - 2
        while k >= 0:
            node = node.get(words[k])
            if node is None:
                break
            if _END in node:
                best = i - k
            k -= 1
        return best
