"""Vietnamese place names from underthesea's address gazetteer, read as data.

underthesea (9.3 and later) ships ``address/data/mapping.json``: the provinces
before and after the 2025 merger and, for every old ward, its old district and
its new ward. The names here are those places without their type word
("Tỉnh Hà Giang" -> "Hà Giang", "Huyện Mường Khương" -> "Mường Khương"). The package is
located, not imported (importing underthesea is slow); without it, or without
its data, there are no names and the label rules fall back on capital letters.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from typing import Any

from statx.lexicon import fold_text
from statx.lexicon.cache import cached_set
from statx.lexicon.dictionary import underthesea_file

__all__ = ["is_place", "place_names"]

# the type word that opens an administrative unit's full name
_TYPE = r"(?:[Tt]ỉnh|[Tt]hành [Pp]hố|[Hh]uyện|[Qq]uận|[Tt]hị [Xx]ã|[Tt]hị [Tt]rấn|[Xx]ã|[Pp]hường|[Đđ]ặc [Kk]hu)\s+"
_UNIT = re.compile(_TYPE)
# the same names read straight from the file's text, without building its objects (a third of the time)
_UNIT_FIELD = re.compile(r'"(?:old_district|old_ward|new_ward)"\s*:\s*"' + _TYPE + r'([^"\\]+)"')
_SHORT_FIELD = re.compile(r'"short"\s*:\s*"([^"\\]+)"')


def _mapping_text(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def _names_from_json(data: dict[str, Any]) -> Iterator[tuple[str, bool]]:
    """Every name with whether it names a province (kept even when one syllable: "Huế")."""
    for key in ("province_names", "old_province_names"):
        for info in data.get(key, {}).values():
            yield str(info.get("short", "")), True
    for row in data.get("ward_mapping", []):
        for key in ("old_district", "old_ward", "new_ward"):
            name = str(row.get(key) or "")
            m = _UNIT.match(name)
            if m:
                yield name[m.end() :], False


def _names(text: str) -> Iterator[tuple[str, bool]]:
    provinces = _SHORT_FIELD.findall(text)
    units = _UNIT_FIELD.findall(text)
    if not provinces or not units:  # written another way (escaped, say): read it as JSON
        try:
            data = json.loads(text)
        except ValueError:
            return
        yield from _names_from_json(data if isinstance(data, dict) else {})
        return
    yield from ((name, True) for name in provinces)
    yield from ((name, False) for name in units)


@cache
def place_names() -> frozenset[str]:
    """The gazetteer's place names, as written ("Hà Giang", "Mường Khương", "Bản Lầu"); empty without underthesea.

    A district's or ward's name of one syllable or with a digit ("Phường 3") is left out:
    alone it names no place in running text.
    """
    path = underthesea_file("address/data/mapping.json")
    if path is None:
        return frozenset()
    return cached_set("places", path, lambda: _read_names(path))


def _read_names(path: Path) -> frozenset[str]:
    text = _mapping_text(path)
    if text is None:
        return frozenset()
    found = set()
    for name, province in set(_names(text)):  # each name once (a ward's district recurs for each of its wards)
        name = " ".join(name.split())
        if name and (province or (" " in name and not any(ch.isdigit() for ch in name))):
            found.add(name)
    return frozenset(found)


def is_place(name: str) -> bool:
    """``name`` is a place of the gazetteer however its tones are placed ("Thanh Hoá" for "Thanh Hóa")."""
    return fold_text(name.lower()) in _folded_places()


@cache
def _folded_places() -> frozenset[str]:
    return frozenset(fold_text(n.lower()) for n in place_names())
