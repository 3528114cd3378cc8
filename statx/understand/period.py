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


PERIOD = re.compile(
    r"""
    (?<!\w)(?=[TtBbĐđSsCcQqNnHhGg\d])  # a phrase starts a word, with one of these letters: most positions fail here
    (?:
    (?:[Tt]ừ|[Bb]ắt\ đầu\ từ)\ (?:đầu\ |cuối\ )?(?:năm|tháng|ngày|quý)\ [^,.;:()]{1,25}?\ đến[ ]
      (?:nay|hết\ [^,.;:()]{1,20}|(?:ngày|tháng|năm)\ [\d/.-]*\d|[^,.;:\s()]+)
  | [Tt]ừ\ đầu\ (?:năm|nhiệm\ kỳ|tháng|quý)(?:\ (?:\d{4}|này))?(?:\ (?:đến|tới)\ nay)?
  | [Tt]ính\ (?:đến|tới)\ (?:hết\ )?
      (?:năm\ \d{4}|cuối\ năm\ \d{4}|ngày\ [\d/-]+|tháng\ [\d/-]+(?:\ này)?|nay|hiện\ tại|thời\ điểm\ này)
  | [Đđ]ến\ hết\ (?:năm\ \d{4}|ngày\ [\d/-]+|tháng\ [\d/-]+)
  | (?:\d+|[Ss]áu|[Bb]a|[Cc]hín)\ tháng\ (?:(?:đầu|cuối)\ năm(?:\ \d{4})?|năm\ (?:19|20)\d{2}|năm\ nay)
  | [Qq]uý\ (?:[IV]+|\d)(?:/\d{4}|\ năm\ \d{4})?
  | (?:[Tt]rong\ |[Cc]uối\ |[Đđ]ầu\ )?[Nn]ăm\ (?:19|20)\d{2}
  | [Tt]háng\ \d{1,2}(?:[-/](?:19|20)\d{2})?
  | (?:[Tt]rong\ )?(?:[Nn]hiệm\ kỳ|[Gg]iai\ đoạn)\ (?:19|20)\d{2}\ ?[-–]\ ?(?:19|20)\d{2}
  | (?:[Tt]ừ\ )?(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Nn]gày)\ \d{1,2}[/-]\d{1,2}(?:[/-]\d{4})?
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
