"""Vietnamese time phrases -> the interval of dates they name; knows no facts.

>>> from datetime import date
>>> resolve_period("quý II năm 2023")
(datetime.date(2023, 4, 1), datetime.date(2023, 6, 30))
>>> resolve_period("6 tháng đầu năm", date(2024, 8, 15))
(datetime.date(2024, 1, 1), datetime.date(2024, 6, 30))
>>> resolve_period("năm nay") is None  # relative, and no reference date
True

The interval is inclusive, (first day, last day). Conventions where the words
are loose: a month or day written without its year is in the reference's year;
"đầu năm"/"cuối năm" alone are the first/last quarter, "đầu/giữa/cuối tháng"
the three ten-day parts of the month; "đến X", "tính đến X", "đến hết X" (as of
X) are the one last day of X; "từ X" with no end runs from X to the reference;
"N tháng năm 2024" is the first N months; "2 tháng qua", "3 năm tới" are the N
whole months or years before or after the reference's own (as Duckling reads
them); a bare weekday is the next one on or after the reference; a clock time
or a part of the day ("sáng", "17h30") is its day. Word lists live in
``statx/lexicon/dates.toml``.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from typing import Any

from statx.lexicon import fold_text, load

__all__ = ["period_label", "resolve_period"]

Interval = tuple[date, date]


def resolve_period(words: str, reference: date | None = None) -> Interval | None:
    """The inclusive interval (first day, last day) that a time phrase names.

    None when the words give no time ("thời gian qua", "6 tháng"), or when they
    count from a reference date ("năm nay", "quý I", "tháng 4") and none is given:
    never today's date. A ``datetime`` reference counts by its day.
    """
    if isinstance(reference, datetime):
        reference = reference.date()
    return _resolve(words, reference)


@lru_cache(maxsize=4096)  # a folder of reports repeats its time phrases and dates
def _resolve(words: str, reference: date | None) -> Interval | None:
    try:
        text = _normal(words)
        # a gloss in brackets is the text's own exact reading: "qua 10 năm (2008-2018)"
        for inner in _BRACKETS.findall(text):
            found = _phrase(inner.strip(), _Ctx(reference))
            if found:
                return found
        return _phrase(_BRACKETS.sub(" ", text).strip(), _Ctx(reference))
    except (ValueError, OverflowError):  # a day that does not exist: "30/2", year 0
        return None


def period_label(start: date, end: date) -> str:
    """A short readable name of an interval, for summaries: the whole year, half,
    quarter, month or day it is, else its two ends, each at the coarsest grain it
    falls on (at least by month when both ends are in one year).

    >>> period_label(date(2023, 1, 1), date(2023, 6, 30))
    '2023-H1'
    >>> period_label(date(2020, 1, 1), date(2023, 10, 31))
    '2020–2023-10'

    Labels do not sort in time order ("2023-04" > "2023-H1"): sort the intervals,
    ``(start, end)`` tuples, and label them after.
    """
    if start == end:
        return start.isoformat()
    first_of_month, last_of_month = start.day == 1, end == _month(end.year, end.month)[1]
    if start.year == end.year and first_of_month and last_of_month:
        months = (start.month, end.month)
        if months == (1, 12):
            return str(start.year)
        if start.month == end.month:
            return f"{start.year}-{start.month:02d}"
        if months in ((1, 6), (7, 12)):
            return f"{start.year}-H{1 if start.month == 1 else 2}"
        if start.month % 3 == 1 and end.month == start.month + 2:
            return f"{start.year}-Q{(start.month + 2) // 3}"

    def left(d: date) -> str:
        if d.day != 1:
            return d.isoformat()
        return str(d.year) if d.month == 1 and d.year != end.year else f"{d.year}-{d.month:02d}"

    def right(d: date) -> str:
        if d != _month(d.year, d.month)[1]:
            return d.isoformat()
        return str(d.year) if d.month == 12 and d.year != start.year else f"{d.year}-{d.month:02d}"

    return f"{left(start)}–{right(end)}"


# ---------------------------------------------------------------- words and text


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


# ---------------------------------------------------------------- calendar arithmetic


def _year(y: int) -> Interval:
    return date(y, 1, 1), date(y, 12, 31)


def _month(y: int, m: int) -> Interval:
    return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])


def _months(y: int, m: int, n: int) -> Interval:
    """``n`` whole months from month ``m`` of ``y`` (n may run into other years)."""
    y2, m2 = divmod(y * 12 + m - 1 + n - 1, 12)
    return date(y, m, 1), _month(y2, m2 + 1)[1]


def _shift(y: int, m: int, k: int) -> tuple[int, int]:
    y2, m2 = divmod(y * 12 + m - 1 + k, 12)
    return y2, m2 + 1


def _week(d: date) -> Interval:
    monday = d - timedelta(days=d.weekday())
    return monday, monday + timedelta(days=6)


def _full_year(y: int) -> int:
    """A two-digit year as POSIX reads it: 69-99 are the 1900s, 00-68 the 2000s."""
    if y >= 100:
        return y
    return 1900 + y if y >= 69 else 2000 + y


# ---------------------------------------------------------------- reading a phrase


@dataclass(frozen=True)
class _Ctx:
    """What a phrase counts from: the reference date, and the year and month a
    phrase without them takes (the reference's, or the other end of a span's)."""

    ref: date | None
    year: int | None = None
    month: int | None = None

    def y(self) -> int | None:
        if self.year is not None:
            return self.year
        return self.ref.year if self.ref else None

    def m(self) -> int | None:
        if self.month is not None:
            return self.month
        return self.ref.month if self.ref else None


def _offset(word: str) -> int | None:
    lx = _lex()
    if word in lx.this:
        return 0
    if word in lx.last:
        return -1
    if word in lx.next:
        return 1
    return None


_YS = r"(?P<ys>[/.-]\d{4}|(?: của)? năm \S+(?: \S+)?| \d{4}| này| nay)?"


def _year_spec(ys: str | None, ctx: _Ctx) -> int | None:
    """The year a tail names ("/2024", " năm 2023", " năm nay", "") or None."""
    ys = (ys or "").strip()
    if not ys:
        return ctx.y()
    ys = ys.removeprefix("của ").removeprefix("năm ").lstrip("/.-").strip()
    if ys.isdigit() and len(ys) == 4:
        return int(ys)
    k = _offset(ys)
    if k is None or ctx.ref is None:
        return None
    return ctx.ref.year + k


def _phrase(t: str, ctx: _Ctx) -> Interval | None:
    """A whole phrase: a span, an as-of, a "since", or one time."""
    got = _span(t, ctx)
    if got is None:
        got = _one(t, ctx)
    if got is None:
        lx = _lex()
        for f in lx.fillers:
            if t.startswith(f + " "):
                return _phrase(t[len(f) + 1 :], ctx)
        return None
    return got if got[0] <= got[1] else None


_FROM_TO = re.compile(r"^từ (.+?) (?:đến|tới|cho đến|cho tới) (?:hết )?(.+)$")
_FROM = re.compile(r"^từ (.+)$")
_AS_OF = re.compile(r"^(?:(?:cho )?(?:đến|tới) (?:hết )?|hết )(.+)$")


def _span(t: str, ctx: _Ctx) -> Interval | None:
    m = _FROM_TO.match(t)
    if m:
        end = _phrase(m.group(2), ctx)
        if end is None:
            return None
        start = _phrase(m.group(1), _Ctx(ctx.ref, end[1].year, end[1].month))
        if start is not None and start[0] > end[1]:  # "từ tháng 11 đến tháng 2/2024": November before
            start = _phrase(m.group(1), _Ctx(ctx.ref, end[1].year - 1, end[1].month))
        return (start[0], end[1]) if start else None
    m = _FROM.match(t)
    if m:
        since = _phrase(m.group(1), ctx)
        if since is None:
            return None
        if _RANGE.match(m.group(1)):  # "từ 2020-2025": the range itself
            return since
        return (since[0], ctx.ref) if ctx.ref else None
    m = _AS_OF.match(t)
    if m:
        upto = _phrase(m.group(1), ctx)
        return (upto[1], upto[1]) if upto else None
    return None


_RANGE = re.compile(r"^(?:(?:nhiệm kỳ|giai đoạn|thời kỳ|niên độ|năm|các năm) )?(\d{4})-(\d{4})$")


def _one(t: str, ctx: _Ctx) -> Interval | None:
    """One time, possibly with a clock time or part of the day around its day."""
    lx, p = _lex(), _patterns()
    if t in lx.days:
        return _day_offset(lx.days[t], ctx)
    if p["span_clock"].fullmatch(t):  # "3 giờ tới", "2 phút vừa rồi": within the reference's day
        return _day_offset(0, ctx)
    seen = False

    def clock(m: re.Match[str]) -> str:
        nonlocal seen
        seen = True
        return " "

    def part(m: re.Match[str]) -> str:  # "tối nay", "sáng mai", "tối qua": the day they name
        clock(m)
        return {"nay": " hôm nay ", "mai": " ngày mai ", "qua": " hôm qua "}.get(m.group(1) or "", " ")

    bare = p["part"].sub(part, p["clock"].sub(clock, t))
    if seen:
        bare = _SPACES.sub(" ", bare).strip()
        for f in lx.fillers:  # "hôm nay lúc", "ngày 20/4 lúc"
            bare = re.sub(r"(?:^| )" + re.escape(f) + r"(?= |$)", "", bare).strip()
        if not bare:
            return _day_offset(0, ctx)
        return _phrase(bare, ctx)
    for read in _READERS:
        got = read(t, ctx)
        if got is not None:
            return got
    return None


def _day_offset(k: int, ctx: _Ctx) -> Interval | None:
    if ctx.ref is None:
        return None
    d = ctx.ref + timedelta(days=k)
    return d, d


# Each reader takes the whole normalised phrase and returns its interval or None.


def _read_year(t: str, ctx: _Ctx) -> Interval | None:
    m = re.fullmatch(r"(?:cả )?(?:năm )?(\d{4})|(?:cả )?năm (.+)|cả năm", t)
    if not m:
        return None
    if m.group(1):
        return _year(int(m.group(1)))
    if m.group(2) is None:  # "cả năm": the whole reference year
        y = ctx.y()
        return _year(y) if y else None
    k = _offset(m.group(2))
    if k is None or ctx.ref is None:
        return None
    return _year(ctx.ref.year + k)


def _read_range(t: str, ctx: _Ctx) -> Interval | None:
    m = _RANGE.match(t)
    if not m or int(m.group(1)) > int(m.group(2)):
        return None
    return date(int(m.group(1)), 1, 1), date(int(m.group(2)), 12, 31)


def _read_quarter(t: str, ctx: _Ctx) -> Interval | None:
    m = re.fullmatch(r"quý ([1-4])" + _YS, t)
    if m:
        y = _year_spec(m.group("ys"), ctx)
        return _months(y, 3 * int(m.group(1)) - 2, 3) if y else None
    m = re.fullmatch(r"quý (.+)", t)
    k = _offset(m.group(1)) if m else None
    if k is None or ctx.ref is None:
        return None
    y, mo = _shift(ctx.ref.year, (ctx.ref.month - 1) // 3 * 3 + 1, 3 * k)
    return _months(y, mo, 3)


def _read_part_of_year(t: str, ctx: _Ctx) -> Interval | None:
    """The first or last N months, quarters or a half of a year; the start or
    end of a year or a month; the first or last N days of a month."""
    m = re.fullmatch(r"(?:(\d{1,2}) (tháng|quý)|nửa) (?:(đầu|cuối|sau) năm|năm (đầu|cuối|sau))" + _YS, t)
    if m:
        y = _year_spec(m.group("ys"), ctx)
        n = (int(m.group(1)) * (3 if m.group(2) == "quý" else 1)) if m.group(1) else 6
        if not y or not 1 <= n <= 12:
            return None
        return _months(y, 1, n) if (m.group(3) or m.group(4)) == "đầu" else _months(y, 13 - n, n)
    m = re.fullmatch(r"(\d{1,2}) tháng năm(?P<ys> \S+(?: \S+)?)", t)  # "9 tháng năm 2024": the first nine
    if m:
        y = _year_spec("năm" + m.group("ys"), ctx)
        n = int(m.group(1))
        return _months(y, 1, n) if y and 1 <= n <= 12 else None
    m = re.fullmatch(r"(đầu|giữa|cuối) năm" + _YS, t)
    if m:
        y = _year_spec(m.group("ys"), ctx)
        if not y:
            return None
        return _months(y, {"đầu": 1, "giữa": 5, "cuối": 10}[m.group(1)], 3 if m.group(1) != "giữa" else 4)
    m = re.fullmatch(r"(đầu|cuối) quý(?: ([1-4]))?" + _YS, t)  # its first or last month
    if m:
        y, r = _year_spec(m.group("ys"), ctx), ctx.ref
        q = int(m.group(2)) if m.group(2) else ((r.month - 1) // 3 + 1 if r and not m.group("ys") else None)
        if not y or not q:
            return None
        return _month(y, 3 * q - 2 if m.group(1) == "đầu" else 3 * q)
    m = re.fullmatch(r"(?:(\d{1,2}) ngày )?(đầu|giữa|cuối) tháng(?: (\d{1,2}))?" + _YS, t)
    if m:
        mo = int(m.group(3)) if m.group(3) else ctx.m()
        y = _year_spec(m.group("ys"), ctx)
        if not y or not mo:
            return None
        first, last = _month(y, mo)
        if m.group(1):
            n = int(m.group(1))
            if not 1 <= n <= last.day:
                return None
            return (first, first + timedelta(days=n - 1)) if m.group(2) == "đầu" else (last - timedelta(days=n - 1), last)
        lo, hi = {"đầu": (1, 10), "giữa": (11, 20), "cuối": (21, last.day)}[m.group(2)]
        return date(y, mo, lo), date(y, mo, hi)
    m = re.fullmatch(r"nửa (đầu|cuối|sau) (.+)", t)  # "nửa đầu nhiệm kỳ 2015-2020"
    if m:
        whole = _phrase(m.group(2), ctx)
        if whole is None:
            return None
        a, b = whole
        n = (b.year - a.year) * 12 + b.month - a.month + 1
        if a.day == 1 and b == _month(b.year, b.month)[1] and n % 2 == 0:
            half = _months(a.year, a.month, n // 2)
            return half if m.group(1) == "đầu" else (half[1] + timedelta(days=1), b)
        mid = a + (b - a) // 2
        return (a, mid) if m.group(1) == "đầu" else (mid + timedelta(days=1), b)
    return None


def _read_month(t: str, ctx: _Ctx) -> Interval | None:
    m = re.fullmatch(r"tháng (\d{1,2})" + _YS + r"|(\d{1,2})[/-](\d{4})", t)
    if m:
        mo = int(m.group(1) or m.group(2))
        y = int(m.group(3)) if m.group(3) else _year_spec(m.group("ys"), ctx)
        return _month(y, mo) if y and 1 <= mo <= 12 else None
    m = re.fullmatch(r"tháng (\d{1,2}) (.+)", t)  # "tháng 3 tới", "tháng 10 vừa qua"
    if m:
        k, mo = _offset(m.group(2)), int(m.group(1))
        if not k or ctx.ref is None or not 1 <= mo <= 12:
            return None
        r = ctx.ref
        y = r.year + (1 if k > 0 and mo <= r.month else 0) - (1 if k < 0 and mo >= r.month else 0)
        return _month(y, mo)
    m = re.fullmatch(r"tháng (.+)", t)
    k = _offset(m.group(1)) if m else None
    if k is None or ctx.ref is None:
        return None
    return _month(*_shift(ctx.ref.year, ctx.ref.month, k))


def _read_week(t: str, ctx: _Ctx) -> Interval | None:
    m = re.fullmatch(r"tuần (.+)", t)
    if not m:
        return None
    k = _offset(m.group(1))
    if k is not None:
        return _week(ctx.ref + timedelta(weeks=k)) if ctx.ref else None
    m = re.fullmatch(r"tuần (đầu tiên|đầu|cuối cùng|cuối) (?:của )?(.+)", t)  # weeks from Monday
    month = _phrase(m.group(2), ctx) if m else None
    if not m or month is None:
        return None
    if m.group(1).startswith("đầu"):
        monday = month[0] + timedelta(days=-month[0].weekday() % 7)
        return monday, monday + timedelta(days=6)
    sunday = month[1] - timedelta(days=(month[1].weekday() + 1) % 7)
    return sunday - timedelta(days=6), sunday


_DMY = re.compile(
    r"(?:ngày )?(?:(?:mồng|mùng) )?(\d{1,2})(?:([/-])(\d{1,2})(?:\2(\d{4}|\d{2}))?|\.(\d{1,2})\.(\d{4})"
    r"| tháng (\d{1,2})" + _YS + r")?"
)


def _read_day(t: str, ctx: _Ctx) -> Interval | None:
    m = _DMY.fullmatch(t)
    if m and (t.startswith(("ngày", "mồng", "mùng")) or m.group(2) or m.group(5) or m.group(7)):
        d = int(m.group(1))
        if m.group(7):
            mo, y = int(m.group(7)), _year_spec(m.group("ys"), ctx)
        elif m.group(5):
            mo, y = int(m.group(5)), int(m.group(6))
        elif m.group(3):
            mo = int(m.group(3))
            y = _full_year(int(m.group(4))) if m.group(4) else ctx.y()
        else:  # "ngày 10": of the month the context gives
            mo, y = ctx.m() or 0, ctx.y()
        if not y or not mo:
            return None
        day = date(y, mo, d)
        return day, day
    m = re.fullmatch(r"(?:ngày )?(đầu tiên|cuối cùng) (?:của )?(.+)", t)
    whole = _phrase(m.group(2), ctx) if m else None
    if m and whole:
        day = whole[0] if m.group(1) == "đầu tiên" else whole[1]
        return day, day
    return None


def _read_weekday(t: str, ctx: _Ctx) -> Interval | None:
    m = re.fullmatch(r"(?:hôm |ngày )?wd(\d)(?: (.+))?", t)
    if not m:
        return None
    wd, rest = int(m.group(1)), (m.group(2) or "").removeprefix("của ")
    if rest and not rest.startswith("tuần") and _offset(rest) is None:  # "thứ hai ngày 6/2": the date says it
        return _phrase(rest, ctx)
    if ctx.ref is None:
        return None
    r = ctx.ref
    if rest.startswith("tuần"):
        week = _read_week(rest, ctx)
        if week is None:
            return None
        day = week[0] + timedelta(days=wd)
    elif rest and _offset(rest) == -1:  # "thứ ba vừa rồi": the last one before
        day = r - timedelta(days=(r.weekday() - wd - 1) % 7 + 1)
    elif rest and _offset(rest) == 1:  # "thứ sáu tới": the next one after
        day = r + timedelta(days=(wd - r.weekday() - 1) % 7 + 1)
    else:  # bare, or "này": the next one, the reference's own day included
        day = r + timedelta(days=(wd - r.weekday()) % 7)
    return day, day


def _read_season(t: str, ctx: _Ctx) -> Interval | None:
    lx = _lex()
    m = re.fullmatch(r"mùa (\S+)(?: (này|nay|năm nay|năm \d{4}))?", t)
    if not m or m.group(1) not in lx.seasons:
        return None
    (m1, d1), (m2, d2) = lx.seasons[m.group(1)]
    spec = m.group(2) or ""
    y = int(spec[-4:]) if spec[-4:].isdigit() else (ctx.ref.year if ctx.ref else None)
    if y is None:
        return None
    crosses = (m2, d2) < (m1, d1)
    if crosses and not spec[-4:].isdigit() and ctx.ref and (ctx.ref.month, ctx.ref.day) <= (m2, d2):
        y -= 1  # the winter a February reference is in began in the December before
    return date(y, m1, d1), date(y + 1 if crosses else y, m2, d2)


def _read_holiday(t: str, ctx: _Ctx) -> Interval | None:
    lx = _lex()
    m = re.fullmatch(r"(?:ngày )?(?:lễ )?(.+?)(?: (?:năm )?(\d{4}))?", t)
    if not m or m.group(1) not in lx.holidays:
        return None
    y = int(m.group(2)) if m.group(2) else ctx.y()
    if not y:
        return None
    mo, d = lx.holidays[m.group(1)]
    return date(y, mo, d), date(y, mo, d)


def _read_last_units(t: str, ctx: _Ctx) -> Interval | None:
    """ "2 tháng qua", "qua 10 năm", "3 ngày tới": whole units before or after the reference's own."""
    lx = _lex()
    m = re.fullmatch(r"(qua )?(\d+) (ngày|tuần|tháng|quý|năm)(?: (.+))?", t)
    if not m or ctx.ref is None:
        return None
    tail = m.group(4) or ""
    if tail in lx.past or (m.group(1) and not tail):
        k = -1
    elif tail in lx.future:
        k = 1
    else:
        return None
    n, unit, r = int(m.group(2)), m.group(3), ctx.ref
    if n < 1:
        return None
    if unit == "ngày":
        first = r + timedelta(days=-n if k < 0 else 1)
        return first, first + timedelta(days=n - 1)
    if unit == "tuần":
        monday = _week(r)[0] + timedelta(weeks=-n if k < 0 else 1)
        return monday, monday + timedelta(days=7 * n - 1)
    size = {"tháng": 1, "quý": 3, "năm": 12}[unit]
    y0, m0 = r.year, r.month if size == 1 else ((r.month - 1) // 3 * 3 + 1 if size == 3 else 1)
    y, mo = _shift(y0, m0, -n * size if k < 0 else size)
    return _months(y, mo, n * size)


_READERS: tuple[Callable[[str, _Ctx], Interval | None], ...] = (
    _read_year,
    _read_range,
    _read_quarter,
    _read_part_of_year,
    _read_month,
    _read_week,
    _read_day,
    _read_weekday,
    _read_season,
    _read_holiday,
    _read_last_units,
)
