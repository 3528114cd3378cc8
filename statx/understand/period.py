"""When: the time a number refers to, and the article's own date.

The time phrases it knows ("Từ đầu năm đến nay", "Tính đến hết năm 2024",
"6 tháng đầu năm", "quý I/2021", "năm 2023", "tháng 10", "nhiệm kỳ 2020-2025",
"ngày 12/10", "hiện nay", "thời gian qua"): the last one before a number in its
sentence, else the first after; not the base of a comparison ("so với cùng kỳ
năm 2023"). The published date is a day/month/year near the top.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import date, datetime

from statx.dates import resolve_period
from statx.lexicon import fold
from statx.text import Token
from statx.understand.context import START, Cand, Lexicon

__all__ = ["PERIOD", "PERIOD_LAST", "period_dates", "periods", "published_date", "read_periods", "reference_date"]


_HEADER_DATE = re.compile(r"(\d(?<![\d/]\d)\d?)[/-](\d{1,2})[/-]((?:19|20)\d{2})(?![\d/])")


def published_date(text: str) -> str:
    """The article's own date, from a header line near the top."""
    m = _HEADER_DATE.search(text, 0, min(len(text), 600))
    if not m:
        return ""
    d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return ""
    return f"{y:04d}-{mo:02d}-{d:02d}"


def reference_date(published: str, reference: date | None = None) -> date | None:
    """The day relative periods count from: the article's own date, else the one the caller gives."""
    try:
        return date.fromisoformat(published[:10]) if published else reference
    except ValueError:  # a published date that is no day
        return reference


def period_dates(periods: list[str], reference: date | None) -> list[tuple[str, str]]:
    """Each period's first and last day as ISO dates, ``("", "")`` when its words name none
    (or count from a reference there is not); each distinct phrase is resolved once."""
    if isinstance(reference, datetime):
        reference = reference.date()
    seen: dict[str, tuple[str, str]] = {"": ("", "")}
    out = []
    for words in periods:
        got = seen.get(words)
        if got is None:
            span = resolve_period(words, reference)
            got = seen[words] = (span[0].isoformat(), span[1].isoformat()) if span else ("", "")
        out.append(got)
    return out


# the pieces of a time phrase: a year, a day and month ("4/1", "28-10", "5/3/2024"), a clock time
# ("17h", "12h00", "8 giờ"), a part of the day, and a day with either before it ("17h30 ngày 4/11", "chiều 28-10")
_Y = r"(?:19|20)\d{2}"
_DM = r"\d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?"
_CLOCK = r"\d{1,2}\ ?(?:h|giờ)(?:\ ?\d{2})?"
_PART = r"(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm)"
_DAY = rf"(?:{_CLOCK}\ (?:{_PART}\ )?(?:ngày\ )?|{_PART}\ (?:ngày\ )?|[Nn]gày\ ){_DM}"

PERIOD = re.compile(
    rf"""
    (?<!\w)(?=[TtBbĐđSsCcQqNnHhGg\d])  # a phrase starts a word, with one of these letters: most positions fail here
    (?:
    [Tt]ừ\ {_DAY}\ (?:đến|tới)\ {_DAY}
  | (?:[Tt]ừ|[Bb]ắt\ đầu\ từ)\ (?:đầu\ |cuối\ )?(?:năm|tháng|ngày|quý)\ [^,.;:()]{{1,25}}?\ đến[ ]
      (?:nay|hết\ [^,.;:()]{{1,20}}|(?:ngày|tháng|năm)\ [\d/.-]*\d|[^,.;:\s()]+)
  | [Tt]ừ\ đầu\ (?:năm|nhiệm\ kỳ|tháng|quý)(?:\ (?:\d{{4}}|này))?(?:\ (?:đến|tới)\ nay)?
  | (?:[Tt]ính\ )?(?:[Đđ]ến|[Tt]ới)\ (?:thời\ điểm\ )?(?:hết\ )?{_DAY}
  | [Tt]ính\ (?:đến|tới)\ (?:hết\ )?
      (?:năm\ \d{{4}}|cuối\ năm\ \d{{4}}|ngày\ [\d/-]+|tháng\ [\d/-]+(?:\ này)?|nay|hiện\ tại|thời\ điểm\ này)
  | [Tt]ính\ cả\ năm(?:\ {_Y})?
  | [Đđ]ến\ hết\ (?:năm\ \d{{4}}|ngày\ [\d/-]+|tháng\ [\d/-]+)
  | [Qq]ua\ \d+\ (?:năm|tháng)(?:\ \(\ ?{_Y}\ ?[-–]\ ?{_Y}\ ?\))?
  | (?:[Tt]rong\ )?\d+\ (?:năm|tháng|tuần|ngày)\ (?:vừa\ )?qua
  | (?:[Tt]rong\ )?(?:\d+|[Ss]áu|[Bb]a|[Cc]hín)\ tháng\ (?:(?:đầu|cuối)\ năm(?:\ \d{{4}}|\ nay)?|năm\ {_Y}|năm\ nay)
  | (?:[Tt]rong\ )?[Qq]uý\ (?:[IV]+|\d)(?:/\d{{4}}|\ năm\ \d{{4}}|\ năm\ nay)?
  | (?:[Tt]rong\ )?[Qq]uý\ (?:này|trước|tới)
  | (?:[Tt]rong\ |[Cc]uối\ |[Đđ]ầu\ )?[Nn]ăm\ (?:{_Y}|nay|ngoái)
  | (?:[Tt]rong\ )?[Tt]háng\ (?:\d{{1,2}}(?:[-/]{_Y})?|này|trước)
  | (?:[Tt]rong\ )?(?:[Nn]ửa\ (?:đầu|cuối)\ )?(?:[Nn]hiệm\ kỳ|[Gg]iai\ đoạn)\ {_Y}\ ?[-–]\ ?{_Y}
  | (?:[Tt]ừ\ )?{_DAY}
  | [Đđ]ến\ nay | [Hh]iện\ nay | [Tt]hời\ gian\ qua | [Tt]ới\ thời\ điểm\ này | [Tt]ính\ tới\ hiện\ tại
    )
    """,
    re.VERBOSE,
)


# the words a PERIOD phrase can start with, as tokens' ``low``; keep in step with PERIOD
_PERIOD_FIRST = frozenset(
    fold(w)
    for w in [
        "từ",
        "bắt",
        "tính",
        "đến",
        "sáu",
        "ba",
        "chín",
        "quý",
        "trong",
        "cuối",
        "đầu",
        "năm",
        "tháng",
        "sáng",
        "chiều",
        "tối",
        "ngày",
        "hiện",
        "thời",
        "tới",
        "nhiệm",
        "giai",
        "qua",
        "nửa",
        "trưa",
        "đêm",
    ]
)


# the words a PERIOD phrase can end with but for digits
PERIOD_LAST = frozenset(["nay", "này", "qua", "tại"])


def periods(text: str, toks: Sequence[Token], end: int) -> list[re.Match[str]]:
    """``list(PERIOD.finditer(text, s0, end))`` for a sentence's tokens, the
    regex tried only where a phrase can start: at a word it can start with, at a
    digit string and after each separator inside one ("1.234")."""
    found: list[re.Match[str]] = []
    after = 0
    match = PERIOD.match
    first = _PERIOD_FIRST
    for t in toks:
        a = t.start
        if a < after:
            continue
        if t.kind == "d":
            tried = [a] + [a + k + 1 for k, ch in enumerate(t.text) if not ch.isdigit()]
        elif t.low in first:
            tried = [a]
        else:
            continue
        for p in tried:
            if p >= after:
                m = match(text, p, end)
                if m:
                    found.append(m)
                    after = m.end()
    return found


def _own_periods(c: Cand, text: str, end: int, lx: Lexicon) -> list[re.Match[str]]:
    """The time phrases of a candidate's sentence, less the bases of comparisons
    ("tăng 48% so với cùng kỳ năm 2023"): they are not the time of the facts around them."""
    toks, lows = c.toks, c.where.lows()
    return [m for m in periods(text, toks, end) if not lx.compared_before.ending(lows, bisect_left(toks, m.start(), key=START))]


def _period(phrases: list[re.Match[str]], ends: list[int], at: int) -> str:
    """The time a number refers to: the last time phrase before it in its sentence, else the first after."""
    k = bisect_right(ends, at)
    if k:
        return phrases[k - 1].group()
    after = next((m for m in phrases[k:] if m.start() >= at), None)
    return after.group() if after else ""


def read_periods(cands: list[Cand], text: str, sents: list[tuple[int, int]], lx: Lexicon) -> list[str]:
    """The time each candidate refers to; a sentence's time phrases are found once, for all its numbers."""
    out = []
    by_sent: dict[int, tuple[list[re.Match[str]], list[int]]] = {}
    for c in cands:
        s1 = sents[c.sent][1] if sents else len(text)
        if c.sent not in by_sent:
            found = _own_periods(c, text, s1, lx)
            by_sent[c.sent] = (found, [p.end() for p in found])
        out.append(_period(*by_sent[c.sent], c.m.start))
    return out
