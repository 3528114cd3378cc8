"""Word lists kept as data: each ``*.toml`` here says in its header what it holds."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["fold", "load"]

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


@cache
def load(name: str) -> dict[str, Any]:
    """The parsed ``statx/lexicon/<name>.toml``."""
    with resources.files(__name__).joinpath(f"{name}.toml").open("rb") as fh:
        return tomllib.load(fh)
