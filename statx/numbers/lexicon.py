"""The number words of ``lexicon/numbers.toml``, read once into sets and maps for the scanner and the parser."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from statx.lexicon import Phrases, load

__all__ = ["Lexicon", "lexicon"]


@dataclass(frozen=True, slots=True)
class Lexicon:
    digits: dict[str, int]
    trailing: dict[str, int]
    ten: frozenset[str]
    tens: frozenset[str]
    tens_alt: frozenset[str]
    hundred: frozenset[str]
    zero_link: frozenset[str]
    half: frozenset[str]
    point: frozenset[str]
    minus: frozenset[str]
    minus_whole: frozenset[str]
    minus_after: frozenset[str]  # words after which "trừ" and a spaced dash are minus: "là trừ 60"
    unit_compounds: frozenset[str]  # short-tens units that start other words: "tư" ("tư vấn")
    pair_stop: frozenset[str]  # number words and words that carry a number on: "lẻ", "rưỡi", "phẩy", "phần"
    percent_words: Phrases
    scales: dict[str, int]
    suffixes: dict[str, int]
    range_words: frozenset[str]
    dashes: frozenset[str]
    range_currency: frozenset[str]
    qualifiers: dict[tuple[str, ...], str]
    qualifier_phrases: Phrases
    fillers: Phrases
    at_least_before: frozenset[str]
    at_least_after: Phrases
    number_words: frozenset[str]
    starting_words: frozenset[str]  # number words that may start a number in running text
    number_words_cased: frozenset[str]  # as written: "một", "Một", "MỘT"
    starting_words_cased: frozenset[str]
    fraction_before: frozenset[str]
    fraction_approximate: frozenset[str]
    half_words: frozenset[str]
    comparatives: frozenset[str]
    compared_frames: frozenset[tuple[str, ...]]  # "so với", "so cùng"
    part_words: frozenset[str]
    denominators: dict[str, int]
    unit_nouns: frozenset[str]  # first words of the nouns of units (counted.toml organization): "45/60 xã"
    date_words: frozenset[str]  # words before a date (notfacts.toml date_before): "ngày 5/10"
    slash_date_words: frozenset[str]  # and the words of time before a slash date: "tính đến 5/10"
    slash_date_phrases: frozenset[str]  # those of two words or more, whole: "tính đến", "kể từ"


def _cased(words: Iterable[str]) -> frozenset[str]:
    return frozenset(v for w in words for v in (w, w.capitalize(), w.upper()))


def _phrases(items: Sequence[str]) -> Phrases:
    return Phrases(tuple(p.split()) for p in items)


@cache
def lexicon() -> Lexicon:
    data = load("numbers")
    w = data["words"]
    digits = {k: int(v) for k, v in data["digits"].items()}
    trailing = {k: int(v) for k, v in data["trailing_digits"].items()}
    scales = {k: int(v) for k, v in data["scales"].items()}
    fractions = data["fractions"]
    number_words = frozenset([*digits, *trailing, *w["ten"], *w["tens"], *w["tens_alt"], *w["hundred"], *scales])
    date_words = frozenset(word.split()[-1] for word in load("notfacts")["date_before"]["words"])
    return Lexicon(
        digits=digits,
        trailing=trailing,
        ten=frozenset(w["ten"]),
        tens=frozenset(w["tens"]),
        tens_alt=frozenset(w["tens_alt"]),
        hundred=frozenset(w["hundred"]),
        zero_link=frozenset(w["zero_link"]),
        half=frozenset(w["half"]),
        point=frozenset(w["decimal_point"]),
        minus=frozenset(w["minus"]),
        minus_whole=frozenset(w["minus_whole_only"]),
        minus_after=frozenset(w["minus_after"]),
        unit_compounds=frozenset(w["short_tens_unit_compounds"]),
        pair_stop=number_words.union(w["zero_link"], w["half"], w["decimal_point"], fractions["part"], fractions["half"]),
        percent_words=_phrases(w["percent"]),
        scales=scales,
        suffixes={k: int(v) for k, v in data["suffixes"].items()},
        range_words=frozenset(data["ranges"]["words"]),
        dashes=frozenset(data["ranges"]["dashes"]),
        # a one-word currency (units.toml) may stand between the first number and the joining word:
        # "30 nghìn đồng đến 34 nghìn", "từ 1.250.000đ đến 1.800.000đ"
        range_currency=frozenset(w for w in load("units")["currency"]["words"] if " " not in w),
        qualifiers={tuple(k.split()): v for k, v in data["qualifiers"].items()},
        qualifier_phrases=Phrases(tuple(k.split()) for k in data["qualifiers"]),
        fillers=_phrases(data["qualifier_fillers"]["words"]),
        at_least_before=frozenset(data["at_least_frame"]["before"]),
        at_least_after=_phrases(data["at_least_frame"]["after"]),
        number_words=number_words,
        starting_words=number_words - scales.keys(),
        number_words_cased=_cased(number_words),
        starting_words_cased=_cased(number_words - scales.keys()),
        fraction_before=frozenset(data["fractions"]["before"]),
        fraction_approximate=frozenset(data["fractions"]["approximate"]),
        half_words=frozenset(data["fractions"]["half"]),
        comparatives=frozenset(data["comparatives"]["before_hon"]),
        compared_frames=frozenset(tuple(w.split()) for w in data["comparatives"]["frames"]),
        part_words=frozenset(data["fractions"]["part"]),
        denominators=dict(data["fractions"]["denominators"]),
        unit_nouns=frozenset(w.split()[0] for key in ("words", "also") for w in load("counted")["organization"][key]),
        date_words=date_words,
        slash_date_words=date_words | {word.split()[-1] for word in load("notfacts")["date_before"]["slash"]},
        slash_date_phrases=frozenset(word for word in load("notfacts")["date_before"]["slash"] if " " in word),
    )
