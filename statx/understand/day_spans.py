"""Which numbers are days or years of a span, no counts: "(14 – 15/4)", "từ 9 tới 14-2", "từ 29 Tết đến
mùng 1 Tết", "năm học 2023-24". Called by :mod:`statx.understand.notfacts`."""

from __future__ import annotations

from statx.understand.context import Cand, Lexicon, Tok
from statx.understand.subject import DASHES

__all__ = ["day_before_date", "first_day_of_span", "year_span_end"]


def day_before_date(c: Cand) -> bool:
    """A day alone before a dash and a day and month: "14 – 15/4", "20-22/9" (a span of days)."""
    toks, i1, m = c.toks, c.i1, c.m
    if m.scaled or m.value_max is not None or not m.text.isdigit() or not 1 <= m.value <= 31 or i1 + 3 >= len(toks):
        return False
    return toks[i1].text in ("-", *DASHES) and _glued_day_month(toks, i1 + 1, ("/",))


def _glued_day_month(toks: list[Tok], k: int, marks: tuple[str, ...]) -> bool:
    """A day, a mark and a month glued at ``k``: "15/4", "14-2"."""
    if k + 2 >= len(toks):
        return False
    day, mark, month = toks[k], toks[k + 1], toks[k + 2]
    glued = day.end == mark.start and mark.end == month.start
    return (
        glued
        and mark.text in marks
        and day.text.isdigit()
        and month.text.isdigit()
        and int(day.text) <= 31
        and 1 <= int(month.text) <= 12
    )


def first_day_of_span(c: Cand, lx: Lexicon) -> bool:
    """A day after "từ" and before "đến" and a day that is surely a date: one with its month glued
    ("từ 9 tới 14-2"), a lunar day ("từ 29 Tết đến mùng 1 Tết", "tức 30 Tết tới mùng 5"); or a lunar
    day that ends a span ("… đến 3 Tết")."""
    m, toks, lows, i0, i1 = c.m, c.toks, c.where.lows, c.i0, c.i1
    if m.scaled or m.spelled or m.value_max is not None or not m.text.isdigit() or not 1 <= m.value <= 31:
        return False
    if i0 == 0:
        return False
    if lows[i0 - 1] in lx.span_to and i1 < len(lows) and lx.lunar_after.at(lows, i1):
        return True  # the span's last day: "… đến 3 Tết"
    if lows[i0 - 1] not in lx.span_from.by_last or not lx.span_from.ending(lows, i0):
        return False
    j = i1 + lx.lunar_after.at(lows, i1) if i1 < len(lows) else i1  # "29 Tết đến …"
    if j + 1 >= len(toks) or lows[j] not in lx.span_to:
        return False
    k = j + 1
    if lows[k] in lx.lunar_before:
        return True  # "… đến mùng 1"
    if not toks[k].text.isdigit() or not 1 <= int(toks[k].text) <= 31:
        return False
    lunar = k + 1 < len(lows) and lx.lunar_after.at(lows, k + 1) > 0  # "… tới 5 Tết"
    return lunar or _glued_day_month(toks, k, ("-", "/", "."))


def year_span_end(c: Cand) -> bool:
    """Two digits glued by a dash or slash to the year before them, and the year after it: "2023-24"."""
    toks, i0, m = c.toks, c.i0, c.m
    if i0 < 2 or c.q0 != i0 or len(m.text) != 2 or not m.text.isdigit():
        return False
    year, mark = toks[i0 - 2], toks[i0 - 1]
    glued = year.end == mark.start and mark.end == toks[i0].start
    return (
        glued
        and mark.text in ("-", "–", "/")
        and len(year.text) == 4
        and year.text.isdigit()
        and 1900 <= int(year.text) < 2100
        and (int(year.text) + 1) % 100 == m.value
    )
