"""The words of time phrases, and a phrase made plain: lower case, numbers in digits, weekdays as ``wdN``.

Word lists are data, in ``statx/lexicon/dates.toml``.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from statx.lexicon import fold_text, load


@dataclass(frozen=True)
class _Lex:
    months: dict[str, int]
    quarters: dict[str, int]
    weekdays: dict[str, int]  # word after "thứ", or a Sunday name -> Python weekday (Monday 0)
    days: dict[str, int]
    this: frozenset[str]
    last: frozenset[str]
    next: frozenset[str]
    past: frozenset[str]
    future: frozenset[str]
    seasons: dict[str, tuple[tuple[int, int], tuple[int, int]]]
    holidays: dict[str, tuple[int, int]]
    fillers: tuple[str, ...]
    number_words: str  # an alternation of the words numbers are spelled with
    parts: str
    meals: str
    zones: str


def _month_day(s: str) -> tuple[int, int]:
    m, d = s.split("-")
    return int(m), int(d)


def _alt(words: Any) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _lex() -> _Lex:
    data = load("dates")
    numbers = load("numbers")
    weekdays = {fold_text(k): v - 2 for k, v in data["weekdays"].items() if isinstance(v, int)}
    weekdays.update({fold_text(w): 6 for w in data["weekdays"]["sunday"]})
    spelled = set(numbers["digits"]) | set(numbers["trailing_digits"])
    for key in ("ten", "tens", "hundred"):
        spelled.update(numbers["words"][key])
    rel, dur, clock = data["relative"], data["durations"], data["clock"]

    def words(items: list[str]) -> frozenset[str]:
        return frozenset(fold_text(w) for w in items)

    return _Lex(
        months={fold_text(k): v for k, v in data["months"].items()},
        quarters={fold_text(k): v for k, v in data["quarters"].items()},
        weekdays=weekdays,
        days={fold_text(k): v for k, v in data["days"].items()},
        this=words(rel["this"]),
        last=words(rel["last"]),
        next=words(rel["next"]),
        past=words(dur["past"]),
        future=words(dur["future"]),
        seasons={fold_text(k): (_month_day(a), _month_day(b)) for k, (a, b) in data["seasons"].items()},
        holidays={fold_text(k): _month_day(v) for k, v in data["holidays"].items()},
        fillers=tuple(sorted((fold_text(w) for w in data["fillers"]["lead"]), key=len, reverse=True)),
        number_words=_alt(fold_text(w) for w in spelled),
        parts=_alt(fold_text(w) for w in clock["parts"]),
        meals=_alt(fold_text(w) for w in clock["meals"]),
        zones=_alt(clock["zones"]),
    )


_BRACKETS = re.compile(r"\(([^()]*)\)")
_SPACES = re.compile(r"\s+")
_DASH = re.compile(r"(?<=\d) ?[-–—] ?(?=\d)")
_SLASH = re.compile(r"(?<=\d) ?/ ?(?=\d)")
_UNITS = "giây|phút|giờ|tiếng|ngày|tuần|tháng|quý|năm"


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    lx = _lex()
    nw = lx.number_words
    return {
        # "thứ hai", "thứ 2", "chủ nhật" -> "wd0"
        "weekday": re.compile(
            r"(?<!\w)(?:thứ (" + _alt(k for k in lx.weekdays if " " not in k) + r"|[2-7])"
            r"|(" + _alt(k for k in lx.weekdays if " " in k) + r"))(?!\w)"
        ),
        # "tháng sáu" -> "tháng 6", but not the year in "6 tháng năm 2023", "9 tháng năm nay"
        "month": re.compile(
            r"(?<=tháng )(" + _alt(lx.months) + r")(?!\w)(?! (?:\d|" + _alt(lx.this | lx.last | lx.next | lx.past) + r"))"
        ),
        "quarter": re.compile(r"(?<=quý )(" + _alt(lx.quarters) + r")(?![^\W\d_])"),
        # a number in words before a unit or after a day word: "ba tháng", "mồng ba"
        "count": re.compile(r"(?<!\w)((?:(?:" + nw + r") )*(?:" + nw + r"))(?= (?:" + _UNITS + r"|s)(?!\w))"),
        "after": re.compile(r"(?<=(?:mồng|mùng) )((?:(?:" + nw + r") )*(?:" + nw + r"))(?!\w)"),
        # clock times and parts of the day: they only narrow the day
        "span_clock": re.compile(r"\d+ (?:giây|s|phút|giờ|tiếng)(?: đồng hồ)? (?:" + _alt(lx.past | lx.future) + ")"),
        "clock": re.compile(
            r"(?<!\w)(?:\d{1,2}:\d{2}(?::\d{2})?(?: ?(?:am|pm))?|\d{1,2}[hg](?:\d{2})?(?: ?phút)?|\d{1,2} ?(?:am|pm)"
            r"|\d{1,2} giờ(?: \d{1,2}(?: phút)?| rưỡi| kém \d{1,2}(?: phút)?| đúng)?)(?: (?:" + lx.zones + r"))?(?!\w)"
        ),
        "part": re.compile(r"(?<!\w)(?:" + lx.meals + r"|" + lx.parts + r")(?: (?:hôm |ngày )?(nay|mai|qua))?(?!\w)"),
    }


def _spelled(m: re.Match[str]) -> str:
    from statx.numbers import read_number  # only when a number is spelled out

    value = read_number(m.group(1))
    return str(int(value)) if value is not None and value == int(value) else m.group(1)


def _normal(words: str) -> str:
    """Lower-case NFC words, one space apart, numbers in digits, weekdays as ``wdN``."""
    lx, p = _lex(), _patterns()
    text = fold_text(unicodedata.normalize("NFC", words).lower())
    text = _SPACES.sub(" ", text.replace(",", " ")).strip()
    text = _SLASH.sub("/", _DASH.sub("-", text))

    def weekday(m: re.Match[str]) -> str:
        key = m.group(1) or m.group(2)
        day = int(key) - 2 if key.isdigit() else lx.weekdays[key]
        return f"wd{day}"

    text = p["weekday"].sub(weekday, text)
    text = p["quarter"].sub(lambda m: str(lx.quarters[m.group(1)]), text)
    text = p["month"].sub(lambda m: str(lx.months[m.group(1)]), text)
    text = p["after"].sub(_spelled, text)
    return p["count"].sub(_spelled, text)
