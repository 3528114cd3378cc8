"""Reading a plain time phrase (see :mod:`statx.dates.words`) into its interval: spans, as-ofs, and one reader a kind."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from statx.dates.words import _SPACES, _lex, _patterns

Interval = tuple[date, date]

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
    m = re.fullmatch(r"nửa (đầu|cuối|sau) (.+)", t)  # "nửa đầu nhiệm kỳ 2025-2030"
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
