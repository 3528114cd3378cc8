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

from datetime import date, datetime
from functools import lru_cache

from statx.dates.phrases import Interval, _Ctx, _month, _phrase
from statx.dates.words import _BRACKETS, _normal

__all__ = ["Interval", "period_label", "resolve_period"]


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
