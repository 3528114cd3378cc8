"""Digit strings that are no quantity: dates, clock times, document codes, phone numbers, scores.

They are found on the raw text first, only in the stretches around digits, and
claimed, so that the scanner reports them with their kind instead of reading
them as numbers. A fraction after a cue word ("chiếm 1/3") is claimed as a
percentage.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal

from statx.numbers.lexicon import lexicon
from statx.numbers.mention import CODE, DATE, LINK, PHONE, SCORE, Mention

__all__ = ["claimed_spans"]

# Digit strings that are not quantities, matched on the raw text first. The first kind of code, one
# with a letter part, is tried only where a letter part is ("-NQ", "/QĐ"): its look-ahead is bounded,
# but would still read up to 64 characters from every digit of a long chain of digits.
_LETTERED_CODE = r"""
        (?<![\w])(?=[\d./-]{0,64}[-/][A-ZĐ])                  # a letter part within 64 characters (a bounded
        \d+(?:[-/.]\d+)*(?:[-/][A-ZĐ][\wĐđ]*)+               # look-ahead: no chain rescanned): 35-NQ/TW, 1234/QĐ-UBND
      |"""
_LETTER_PART = re.compile(r"[-/][A-ZĐ]")  # in every code of that kind
_SHAPES = r"""
    (?P<code>
        (?<![\w])[Kk][Mm]\d+\+\d+(?![\d.,]*\d)                  # Km42+980: a point of a road
      | (?<=[^\W\d_])[-+]\d+(?![\d.,]*\d)                      # Covid-19, GMT+7
      | (?<![\w.,])\d{1,3}\+\d{1,2}(?!\d)                         # 90+2: stoppage time
      | (?<![\w])(?!(?:[kcdm]?m|ha)[23]\b)[^\W\d_]+\d\w*          # H5N1, F0 (not m2, km2, m3)
      | (?<![\w.,])\d{20,}                                       # account numbers, IDs: no count is that long
      | (?<![\w.,])\d{1,3}(?:[.,]\d{3}){7,}                      # 1.000.000.000.000.000.000.000: no count either
    )
  | (?P<date>
        (?<![\w.,/])\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(?![\d/])  # 27/09/2023, 22-10-2018
      | (?<![\w.,/-])\d{1,2}[/-](?:19|20)\d{2}(?![\d/])        # 4-2021, 1/2017
      | (?<=[IVX]/)\d{4}                                       # quý I/2021
      | (?<![\w.,/-])(?:19|20)\d{2}-(?:0?[1-9]|1[0-2])            # ISO dates: 2023-11, 2023-11-05
        (?:-(?:0?[1-9]|[12]\d|3[01]))?(?![\d/.,-]?\d)
    )
  | (?P<time>
        (?<![\w.,])\d{1,2}(?:[:hg]\d{2}){1,2}(?![\d])         # 17h30, 10:45, 15:23:24
      | (?<![\w.,])\d{1,2}h(?![^\W\d_])                        # 17h
    )
  | (?P<unit>
        (?:(?<=\bm)|(?<=\b[kcdh]m)|(?<=\bha))[23](?!\w)                    # the 2 of m2, the 3 of m3
    )
  | (?P<phone>
        (?<![\w.,])(?:\(?\+84\)?[ .]?|0)\d{2,4}(?:[ .-]?\d{2,4}){2,3}(?![\d.,]*\d)   # 0912 345 678
      | (?<![\w.,])(?:1800|1900)[ .]?\d{3,4}(?:[ .]?\d{2,4})?(?![\d.,]*\d)          # hotlines 1900 1234
    )
    """
_NOT_QUANTITY = re.compile(_SHAPES.replace("(?P<code>", "(?P<code>" + _LETTERED_CODE, 1), re.VERBOSE)
_NOT_QUANTITY_UNLETTERED = re.compile(_SHAPES, re.VERBOSE)  # where no letter part is: the same matches

# A slash pair d/m is a date; a/b with a < b <= 10 after a word like "chiếm"
# or a qualifier reads as a fraction ("chiếm 1/3", "khoảng 2/3"). A pair that is no day and
# month ("45/60", "63/63"), or a part of a whole before a noun of units ("12/12 tỉnh"), is two
# counts, X of Y: no date.
_SLASH = re.compile(r"(?<![\w.,/])(\d{1,2})/(\d{1,2})(?![\d/])")
# A glued dash pair that cannot be a range (the second smaller) is a day-month: "31-1", "6-2".
_DAY_MONTH = re.compile(r"(?<![\w.,/-])(\d{1,2})-(\d{1,2})(?![\d/-])")

# ---------------------------------------------------------------- where the shapes are tried


_REACH = 32  # how far a digit string's word may reach left or right


_LAST_SPACE = re.compile(r"(?s:.*)\s")
# digit strings less than three characters apart, as one run; what follows the run up to white space
_DIGIT_RUN = re.compile(rf"\d\d*(?:\D\D?\d\d*)*(?=(\S{{0,{_REACH}}}))")
# a word that is a plain number ("42", "1.234,5", "(35%),"): none of the shapes below can match in it
_PLAIN_WORD = re.compile(r"[(\[“\"']?[1-9]\d{0,18}(?:[.,]\d{3}){0,6}(?:,\d+)?[%)\]”\"',.;:]*")


def _digit_regions(text: str) -> list[tuple[int, int]]:
    """Stretches of text around digits, out to white space (at most ``_REACH``
    characters), digit strings less than three characters apart merged.

    The shape regexes run only here, so their cost follows the digits, not the text.
    """
    out = []
    for m in _DIGIT_RUN.finditer(text):
        s = m.start()
        if s == 0 or text[s - 1].isspace():
            a = s
        else:
            a = max(0, s - _REACH)
            space = _LAST_SPACE.match(text, a, s)
            if space:
                a = space.end()
        out.append((a, m.end(1)))
    return out


# A web address or an e-mail: its digits are part of it ("…/14-nguoi-chet.htm", "ban123@…"). Each match starts
# at "http", "www." or the start of a run of the address's characters, so the scan is linear.
_LINK = re.compile(r"(?:https?://|www\.)[^\s<>\"“”]+|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _links(text: str) -> list[tuple[int, int]]:
    """The spans of the web addresses and e-mails that hold a digit, without the marks that end a sentence."""
    if "://" not in text and "www." not in text and "@" not in text:
        return []
    spans = []
    for m in _LINK.finditer(text):
        end = m.end()
        while end > m.start() and text[end - 1] in ".,;:!?)]":
            end -= 1
        if any(ch.isdigit() for ch in text[m.start() : end]):
            spans.append((m.start(), end))
    return spans


def _shaped_regions(text: str) -> list[tuple[int, int]]:
    """The digit regions where a shape may match: not those that are one plain number between spaces."""
    n = len(text)
    return [
        (a, b)
        for a, b in _digit_regions(text)
        if not ((a == 0 or text[a - 1].isspace()) and (b == n or text[b].isspace()) and _PLAIN_WORD.fullmatch(text, a, b))
    ]


def _of_all(text: str, m: re.Match[str], a: int, b: int, before: list[str]) -> bool:
    """A slash pair that is X of Y, not a date: no day and month ("45/60", "13/13", "0/5"), or
    a part of a whole right before a noun of units ("5/10 xã"), not after a word of dates."""
    if not (1 <= a <= 31 and 1 <= b <= 12):
        return a <= b
    if a > b or (before and before[-1].lower() in lexicon().slash_date_words):
        return False
    if a < b <= 10 and before and before[-1].lower() in lexicon().fraction_approximate:
        return False  # "hơn 1/3 trường": about a share of them
    words = text[m.end() : m.end() + 24].split()
    return bool(words) and m.end() < len(text) and text[m.end()].isspace() and words[0].lower() in lexicon().unit_nouns


def _time_frame(before: list[str]) -> bool:
    """A word before a slash pair that opens a time frame, not a fraction: a phrase of time
    ("tính đến 5/10"), or a word of time first in its clause ("Đến 5/10, ..."; but "chiếm đến 1/3")
    or after another date ("từ 1/9 đến 5/10")."""
    lex = lexicon()
    if " ".join(before[-2:]).lower() in lex.slash_date_phrases:
        return True
    if before[-1].lower() not in lex.slash_date_words:
        return False
    if len(before) == 1 or before[-2][-1] in ",.;:()":
        return True
    # the end of a span of dates, unless the span follows a word of share: "tăng từ 1/4 đến 1/2"
    spanned = len(before) >= 4 and before[-3].lower() == "từ" and before[-4].lower() in lex.fraction_before
    return bool(_SLASH.fullmatch(before[-2])) and not spanned


def claimed_spans(text: str) -> list[Mention]:
    regions = _shaped_regions(text)
    n = len(text)
    matches = [
        m
        for a, b in regions
        for m in (_NOT_QUANTITY if _LETTER_PART.search(text, a, min(n, b + 2)) else _NOT_QUANTITY_UNLETTERED).finditer(
            text, a, min(n, b + 2)
        )
        if m.start() < b
    ]
    out: list[Mention] = []
    for m in matches:
        kind = m.lastgroup or CODE
        s, e = m.span()
        digits = sum(ch.isdigit() for ch in m.group())
        if kind == PHONE and not (9 <= digits <= 12 or (m.group()[:4] in ("1800", "1900") and digits >= 7)):
            continue
        if kind == CODE and text[s] in "-+":
            s += 1
        out.append(Mention(s, e, text[s:e], kind=kind, rules=(f"shape:{kind}",)))
    fraction_cues = lexicon().fraction_before
    covered = {i for c in out for i in range(c.start, c.end)}
    pairs = [m for a, b in regions for m in _DAY_MONTH.finditer(text, a, min(n, b + 2)) if m.start() < b]
    for m in pairs:
        d, mo = int(m.group(1)), int(m.group(2))
        if m.start() in covered:
            continue
        if 1 <= mo < d <= 31 and mo <= 12:
            out.append(Mention(m.start(), m.end(), m.group(), kind=DATE, rules=("shape:date",)))
        elif mo <= d:  # "2-0", "1-1": no range runs downwards, and no month is 0: a score
            out.append(Mention(m.start(), m.end(), m.group(), kind=SCORE, rules=("shape:score",)))
    slashes = [m for a, b in regions for m in _SLASH.finditer(text, a, min(n, b + 2)) if m.start() < b]
    for m in slashes:
        a, b = int(m.group(1)), int(m.group(2))
        if m.start() in covered:
            continue
        before = text[max(0, m.start() - 20) : m.start()].split()
        if _of_all(text, m, a, b, before):
            continue  # "45/60 xã", "12/12 tỉnh": X of Y, read as two counts
        share = text[m.end() : m.end() + 4].lower() == " số "  # "1/3 số giáo viên": a share of a whole, no day
        # "tăng 13 vụ (51/38)": a bare fraction alone in its bracket, no day and month, is a ratio
        bracketed = text[m.start() - 1 : m.start()] == "(" and text[m.end() : m.end() + 1] == ")" and (a > 31 or b > 12)
        if bracketed or (
            0 < a < b <= 10 and before and before[-1].lower() in fraction_cues and (share or not _time_frame(before))
        ):
            out.append(
                Mention(
                    m.start(),
                    m.end(),
                    m.group(),
                    value=Decimal(a) * 100 / Decimal(b),
                    percent=True,
                    rules=("number:fraction",),
                )
            )
        elif 0 < a <= 31 and 0 < b <= 12:
            out.append(Mention(m.start(), m.end(), m.group(), kind=DATE, rules=("shape:date",)))
        # else no day and month ("30/63 địa phương", "50/74 đảng viên"): X of Y, two numbers
    if links := _links(text):
        starts = [a for a, _ in links]  # sorted, apart: the link a mention could stand in is the last before it
        out = [c for c in out if (k := bisect_right(starts, c.start) - 1) < 0 or c.start >= links[k][1]]
        out += [Mention(a, b, text[a:b], kind=LINK, rules=("shape:link",)) for a, b in links]
    out.sort(key=lambda c: c.start)
    return out
