"""When: the time a number refers to, and the article's own date.

The time phrases it knows ("Từ đầu năm đến nay", "Tính đến hết năm 2024",
"6 tháng đầu năm", "quý I/2021", "năm 2023", "tháng 10", "nhiệm kỳ 2020-2025",
"ngày 12/10", "hiện nay", "thời gian qua", "năm học 2023-2024", "niên vụ 2023/24"): the last one before a number in its
sentence, else the first after; not the base of a comparison ("so với cùng kỳ
năm 2023"). The published date is a day/month/year near the top.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cache
from itertools import islice

from statx.dates import resolve_period
from statx.lexicon import Phrases, fold, load
from statx.lexicon.dictionary import words as dictionary_words
from statx.text import Lows, Token
from statx.understand.context import START, Cand, Lexicon, lexicon

__all__ = ["PERIOD", "PERIOD_FIRST", "PERIOD_LAST", "period_dates", "periods", "published_date", "read_periods", "reference_date"]


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

# the branches that can start with a digit ("6 tháng đầu năm", "17h30 ngày 4/11"), the only ones tried at one
_FROM_DIGIT = rf"""
    (?:[Tt]rong\ )?\d+\ (?:năm|tháng|tuần|ngày)\ (?:vừa\ )?qua
  | (?:[Tt]rong\ )?(?:\d+|[Ss]áu|[Bb]a|[Cc]hín)\ tháng\ (?:(?:đầu|cuối)\ năm(?:\ \d{{4}}|\ nay)?|năm\ {_Y}|năm\ nay)
"""
_DAY_BRANCH = rf"(?:[Tt]ừ\ )?{_DAY}"

PERIOD = re.compile(
    rf"""
    (?<!\w)(?=[TtBbĐđSsCcQqNnHhGgKkMm\d])  # a phrase starts a word, with one of these letters: most positions fail here
    (?:
    [Tt]ừ\ {_DAY}\ (?:đến|tới)\ {_DAY}
  | (?:[Tt]ừ|[Bb]ắt\ đầu\ từ)\ (?:đầu\ |cuối\ )?(?:năm|tháng|ngày|quý)\ [^,.;:()]{{1,25}}?\ (?:đến|tới)[ ]
      (?:nay|hết\ [^,.;:()]{{1,20}}|(?:ngày|tháng|năm)\ [\d/.-]*\d|[^,.;:\s()]+)
  | [Tt]ừ\ đầu\ (?:năm|nhiệm\ kỳ|tháng|quý)(?:\ (?:\d{{4}}|này))?(?:\ (?:đến|tới)\ nay)?
  | (?:[Tt]ừ|[Bb]ắt\ đầu\ từ|[Kk]ể\ từ)\ (?:năm\ {_Y}|tháng\ \d{{1,2}}[-/]{_Y})
  | (?:[Tt]ính\ )?(?:[Đđ]ến|[Tt]ới)\ (?:thời\ điểm\ )?(?:hết\ )?{_DAY}
  | [Tt]ính\ (?:đến|tới)\ (?:hết\ )?
      (?:năm\ \d{{4}}|cuối\ năm\ \d{{4}}|ngày\ [\d/-]+|tháng\ [\d/-]+(?:\ này)?|nay|hiện\ tại|thời\ điểm\ này)
  | [Tt]ính\ cả\ năm(?:\ {_Y})?
  | [Đđ]ến\ hết\ (?:năm\ \d{{4}}|ngày\ [\d/-]+|tháng\ [\d/-]+)
  | [Qq]ua\ \d+\ (?:năm|tháng)(?:\ \(\ ?{_Y}\ ?[-–]\ ?{_Y}\ ?\))?
  | {_FROM_DIGIT}
  | (?:[Tt]rong\ )?[Qq]uý\ (?:[IV]+|\d)(?:/\d{{4}}|\ năm\ \d{{4}}|\ năm\ nay)?
  | (?:[Tt]rong\ )?[Qq]uý\ (?:này|trước|tới)
  | (?:[Tt]rong\ |[Cc]uối\ |[Đđ]ầu\ )?[Nn]ăm\ (?:{_Y}|nay|ngoái)
  | (?:[Cc]uối|[Đđ]ầu)\ năm(?![\w-]|\ (?:học|\d))  # alone: the last or first quarter
  | (?:[Tt]rong\ )?[Tt]háng\ (?:\d{{1,2}}(?:[-/]{_Y})?|này|trước)
  | (?:[Tt]rong\ )?(?:[Nn]ửa\ (?:đầu|cuối)\ )?(?:[Nn]hiệm\ kỳ|[Gg]iai\ đoạn)\ {_Y}\ ?[-–]\ ?{_Y}
  | (?:[Tt]rong\ )?(?:[Nn]ăm\ học|[Nn]iên\ (?:vụ|khóa|khoá|học)|[Mm]ùa\ (?:giải|vụ))\ {_Y}
      (?:\ ?[-–/]\ ?(?:{_Y}|\d{{2}}))?(?![\d/])  # a school year, crop year or season
  | (?:[Tt]rong\ )?[Gg]iai\ đoạn\ (?:[IVX]+|\d)(?![\w/]|[.,-]\d)(?:\ \(\ ?{_Y}\ ?[-–]\ ?{_Y}\ ?\))?  # a phase
  | {_DAY_BRANCH}
  | (?:[Cc]hỉ\ )?[Ss]au\ (?:\d+|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|vài)\ (?:ngày|tuần|tháng|năm)(?!\ \d)
  | [Đđ]ến\ nay | [Hh]iện\ nay | [Tt]hời\ gian\ (?:qua|tới) | [Tt]ới\ thời\ điểm\ này | [Tt]ính\ tới\ hiện\ tại
  | (?:[Tt]rong\ )?(?:[Ss]áng|[Cc]hiều|[Tt]rưa|[Tt]ối|[Đđ]êm|[Hh]ôm)\ nay | (?:[Tt]ối|[Đđ]êm|[Hh]ôm)\ qua
  | [Hh]iện(?=,|\ (?:có|đang|còn|vẫn|đã)\ )  # "currently", before a verb or a comma (not "thực hiện": see _now)
    )
    """,
    re.VERBOSE,
)
# PERIOD where a digit starts: the same branches in the same order, less those that cannot
_PERIOD_AT_DIGIT = re.compile(rf"(?<!\w)(?:{_FROM_DIGIT}|{_DAY_BRANCH})", re.VERBOSE)


# the words a PERIOD phrase can start with, as tokens' ``low``; keep in step with PERIOD (periods() and the
# actor's test for a subject that is a period look for a phrase only where one of these, or digits, starts)
PERIOD_FIRST = frozenset(
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
        "kể",
        "nửa",
        "trưa",
        "đêm",
        "hôm",
        "sau",
        "chỉ",
        "niên",
        "mùa",
    ]
)


# the words a PERIOD phrase can end with but for digits
PERIOD_LAST = frozenset(["nay", "này", "qua", "tại"])


def periods(text: str, toks: Sequence[Token], end: int) -> list[re.Match[str]]:
    """``list(PERIOD.finditer(text, s0, end))`` for a sentence's tokens, the
    regex tried only where a phrase can start: at a word it can start with, and
    at a digit string's last run of digits ("2024", the "6" of "1.6 tháng") when
    what follows it can go on a phrase (see :data:`_AFTER_DIGITS`)."""
    found: list[re.Match[str]] = []
    after = 0
    match, at_digit = PERIOD.match, _PERIOD_AT_DIGIT.match
    first, next_char, next_word = PERIOD_FIRST, _AFTER_DIGITS, _AFTER_DIGITS_SPACE
    for t in toks:
        if t.low in first:  # a word a phrase starts with (no digit string's ``low`` is one)
            a = t.start
            if a < after:
                continue
            m = match(text, a, end)
        elif t.kind == "d":
            a, e = t.start, t.end
            if e <= after:
                continue
            c = text[e : e + 1]
            if c == " ":
                if text[e + 1 : e + 2] not in next_word:
                    continue
            elif c not in next_char:
                continue
            digits = t.text
            if not digits.isdigit():  # "1.6", "11 000", ",5": the run after the last mark
                k = len(digits)
                while digits[k - 1].isdigit():
                    k -= 1
                a += k
            if a < after:  # a phrase ended inside it ("Tháng 0" of "Tháng 0.0giờ"): its last run still may start one
                continue
            m = at_digit(text, a, end)
        else:
            continue
        if m:
            found.append(m)
            after = m.end()
    return found


# A PERIOD phrase that starts at a digit goes on from its run of digits with "h" or "giờ" ("17h", "8giờ"),
# or with a space and a word of these first letters: "năm", "tháng", "tuần", "ngày", "h", "giờ" (see
# _FROM_DIGIT and _CLOCK; keep in step with them). An earlier run of a digit string ("1" of "1.6") goes
# on with a mark or a space and a digit, which no phrase does.
_AFTER_DIGITS = frozenset("hg")
_AFTER_DIGITS_SPACE = frozenset("nthg")


_PUNCT = frozenset(",;:.!?…()[]")


def _compared(lows: Lows, toks: Sequence[Token], k: int, lx: Lexicon) -> bool:
    """The time phrase at token ``k`` is the base of a comparison: "so với" (or "so cùng kỳ") ends at most
    four words before it in its clause ("so với cùng kỳ năm 2023", "so với quý cùng kỳ năm 2019")."""
    compared = lx.compared_before
    last = compared.by_last  # the words such a phrase ends with: a look-up before the trie's
    for j in range(k, max(0, k - 4) - 1, -1):
        if j < k and toks[j].text in _PUNCT:
            return False
        if j and toks[j - 1].low in last and compared.ending(lows, j):
            return True
    return False


def _in_word(toks: Sequence[Token], k: int, m: re.Match[str]) -> bool:
    """The "hiện" (currently) at token ``k`` is the second syllable of a word: "thực hiện", "phát hiện",
    "xuất hiện" (a word of Viet74K; without it, after any word in lower case)."""
    if k == 0 or m.group() not in lexicon().now:
        return False
    before = toks[k - 1]
    if before.kind != "w":
        return False
    known = dictionary_words()
    return f"{before.low} hiện" in known if known else not before.capitalized


def _fronted(lows: Lows, toks: Sequence[Token], k: int, e: int, lx: Lexicon) -> bool:
    """The time phrase of tokens ``k:e`` stands in front of the clause it frames: it opens the sentence,
    or stands after a comma, a verb of saying, a framing word ("thì", "riêng") or a dateline ("TTXVN - ")
    with a comma after it."""
    if k == 0:
        return True
    if e >= len(toks) or toks[e].text != ",":
        return False
    before = toks[k - 1].text
    if before in _DASHES:  # a news dateline: a few words from the sentence's start, no comma among them
        return k <= _DATELINE and all(t.text != "," for t in toks[: k - 1])
    return before in ",;:" or bool(lx.speech.ending(lows, k) or lx.frame_before.ending(lows, k))


_DASHES = frozenset("-–—")
_DATELINE = 5  # tokens up to the dash of a dateline ("VOV.VN -", "(TTXVN) -", "HÀ NỘI -")


_EVENT_DAY = re.compile(_DAY)
_SINCE = re.compile(r"(?:[Tt]ừ|[Bb]ắt đầu từ|[Kk]ể từ) (?!.* (?:đến|tới) )")


@dataclass(slots=True)
class _Sentence:
    phrases: list[re.Match[str]]  # its time phrases, less the bases of comparisons
    ends: list[int]
    lead: re.Match[str] | None  # the fronted one that frames the sentences after it
    own_time: bool  # it opens with a time of its own that names no dates ("Trước đó, …")


def _sentence(text: str, toks: Sequence[Token], end: int, lx: Lexicon, ref: date, facts: bool) -> _Sentence:
    """A sentence's time phrases; of one without facts, only the fronted one, tried where one can stand."""
    lows = Lows(toks)
    found, lead = [], None
    for m in periods(text, toks, end) if facts else _fronted_tries(text, toks, end):
        k = bisect_left(toks, m.start(), key=START)
        if _compared(lows, toks, k, lx) or _in_word(toks, k, m):
            continue
        if facts:
            found.append(m)
        if lead is None and _fronted(lows, toks, k, bisect_left(toks, m.end(), key=START), lx):
            lead = m
    if lead is not None and (_EVENT_DAY.fullmatch(lead.group()) or resolve_period(lead.group(), ref) is None):
        lead = None  # the date of an event ("Ngày 12/4, Sở tổ chức hội nghị"), or no dates ("thời gian qua"), frame nothing
    # "Trước đó, …": a time of its own, before a comma
    n = lx.own_time.at(lows, 0) if toks and toks[0].low in lx.own_time.by_first else 0
    return _Sentence(found, [m.end() for m in found], lead, 0 < n < len(toks) and toks[n].text == ",")


def _fronted_tries(text: str, toks: Sequence[Token], end: int) -> list[re.Match[str]]:
    """The time phrases at the sentence's start and after its commas: where a fronted one can stand."""
    if not toks:
        return []
    found = []
    at = toks[0].start
    while 0 <= at < end:
        m = PERIOD.match(text, at, end)
        if m:
            found.append(m)
        at = text.find(",", at, end)
        at = -1 if at < 0 else at + 1 + (text[at + 1 : at + 2] == " ")
    return found


def _period(sent: _Sentence, at: int, text: str) -> re.Match[str] | None:
    """The time a number refers to in its own sentence: the last time phrase before it, else the first after;
    but of a list of clauses each with its own time after its number ("12 xã làm xong vào tháng 3, 9 xã vào
    tháng 5 và 4 xã vào tháng 7"), the one after it in its clause."""
    k, now = bisect_right(sent.ends, at), lexicon().now
    # after the number, a bare "hiện" is no time of it: "3 em hiện vẫn nằm viện" keeps the as-of framing it
    after = next((m for m in sent.phrases[k:] if m.start() >= at and m.group() not in now), None)
    if not k:
        return after
    before = sent.phrases[k - 1]
    if after is not None and _CLAUSE_END.search(text, before.end(), at) and not _CLAUSE_END.search(text, at, after.start()):
        return after
    return before


_CLAUSE_END = re.compile(r"[,;]| và ")


def read_periods(
    cands: list[Cand], text: str, toks: Sequence[Token], sents: list[tuple[int, int]], lx: Lexicon, ref: date | None = None
) -> list[str]:
    """The time each candidate refers to: the time phrase of its own sentence; else its total's (a part
    shares the time of the total it splits); else the one framing its paragraph (see :meth:`_Doc.frame`);
    else the article's (see :func:`_article`). ``ref`` is what relative phrases count from. Sentences are
    read once, and only those a question needs."""
    if not cands:
        return []
    doc = _Doc(text, toks, sents or [(0, len(text))], lx, ref or _SOME_DAY, {c.sent: c.toks for c in cands})
    by_start = {c.m.start: c for c in cands}
    headline_end = text.find("\n") % (len(text) + 1)
    article: list[re.Match[str] | None] = []  # found on first need
    got: dict[int, str] = {}

    def period(c: Cand, depth: int = 0) -> str:
        if c.m.start in got:
            return got[c.m.start]
        sent = doc.info(c.sent)
        own = _period(sent, c.m.start, text)
        words = own.group() if own else ""
        total = by_start.get(c.part_of) if c.part_of is not None else None
        if not words and total is not None and total is not c and depth < 8:
            words = period(total, depth + 1)
        if not words and (frame := doc.frame(c.sent)) is not None:
            words = frame.group()
        if not words and not sent.own_time:
            if not article:
                article.append(_article(doc, ref))
            # the article's period holds for its headline and from where the text names it on
            if article[0] and (c.m.start >= article[0].start() or c.m.start < headline_end):
                words = article[0].group()
        got[c.m.start] = words
        return words

    return [period(c) for c in cands]


class _Doc:
    """A document's sentences, each read for its time phrases on first need."""

    def __init__(
        self,
        text: str,
        toks: Sequence[Token],
        spans: list[tuple[int, int]],
        lx: Lexicon,
        some_day: date,
        facts: dict[int, Sequence[Token]],  # the sentences with facts, and their tokens
    ) -> None:
        self.text, self.toks, self.spans, self.lx, self.some_day, self.facts = text, toks, spans, lx, some_day, facts
        self._info: dict[int, _Sentence] = {}
        self._frames: dict[int, re.Match[str] | None] = {}
        self._goes_on: dict[int, bool] = {}

    def info(self, s: int) -> _Sentence:
        got = self._info.get(s)
        if got is None:
            a, b = self.spans[s]
            toks = self.facts.get(s)
            if toks is None:
                toks = self.toks[bisect_left(self.toks, a, key=START) : bisect_left(self.toks, b, key=START)]
            got = self._info[s] = _sentence(self.text, toks, b, self.lx, self.some_day, s in self.facts)
        return got

    def _resets(self, s: int) -> bool:
        """No frame reaches sentence ``s`` from before it: it opens a paragraph that does not continue
        the one before, or it opens with a time of its own ("Trước đó, …")."""
        spans = self.spans
        if s == 0 or self.info(s).own_time:
            return True
        new_paragraph = self.text.find("\n", spans[s - 1][1], spans[s][0]) >= 0
        return new_paragraph and not self._continues(s)

    def _continues(self, s: int) -> bool:
        """The paragraph opening with sentence ``s`` goes on with the one before (see :func:`_continues`), or
        is a sibling of one that does: it opens as that one does after its opener, with the same word
        ("Cụ thể, ở môn bơi, …" then "Môn cờ vua, …", "Ở môn điền kinh, …")."""
        got = self._goes_on.get(s)
        if got is None:
            got = _continues(self.text, self.toks, self.spans, s, self.lx)
            if not got and (p := self._paragraph_start(s - 1)) > 0 and self._continues(p):
                head = self._head(s)
                got = head is not None and head == self._head(p)
            self._goes_on[s] = got
        return got

    def _paragraph_start(self, s: int) -> int:
        """The first sentence of the paragraph holding sentence ``s``."""
        spans, text = self.spans, self.text
        while s > 0 and text.find("\n", spans[s - 1][1], spans[s][0]) < 0:
            s -= 1
        return s

    def _head(self, s: int) -> str | None:
        """The first word of sentence ``s`` past a breakdown's opener and its comma and past a place or
        topic word ("Cụ thể, ở môn bơi" and "Môn cờ vua": "môn")."""
        a, b = self.spans[s]
        first = bisect_left(self.toks, a, key=START)
        head = self.toks[first : min(first + 8, bisect_left(self.toks, b, key=START))]
        lows, lx = Lows(head), self.lx
        k = lx.openers.at(lows, 0)
        if k and k < len(head) and head[k].text == ",":
            k += 1
        k += lx.frame_openers.at(lows, k)
        return head[k].low if k < len(head) and head[k].kind == "w" else None

    def frame(self, s: int) -> re.Match[str] | None:
        """The time phrase framing sentence ``s`` from before it: the fronted time phrase of the last earlier
        sentence of its paragraph that has one ("Năm 2023, … . Cùng thời gian, …"); a paragraph that opens by
        continuing the one before ("Trong đó", "Cụ thể", an item of a list, or after a colon) keeps its frame."""
        path = []
        while s not in self._frames:
            if self._resets(s):
                self._frames[s] = None
                break
            lead = self.info(s - 1).lead
            if lead is not None:
                self._frames[s] = lead
                break
            path.append(s)
            s -= 1
        found = self._frames[s]
        for t in path:
            self._frames[t] = found
        return found


def _continues(text: str, toks: Sequence[Token], spans: list[tuple[int, int]], s: int, lx: Lexicon) -> bool:
    """The paragraph opening with sentence ``s`` goes on with the one before: its first words open a
    breakdown ("Trong đó", "Cụ thể"), it is an item of a list, or the paragraph before ends in a colon."""
    a, b = spans[s]
    before = spans[s - 1][1]
    if text[max(0, before - 8) : before].rstrip().endswith(":"):
        return True
    first = bisect_left(toks, a, key=START)
    head = toks[first : min(first + _TOPIC_REACH + 1, bisect_left(toks, b, key=START))]
    if not head:
        return False
    lows = Lows(head)
    if head[0].text in lx.list_marks or lx.openers.at(lows, 0):
        return True
    # a topic of a report, before a comma: "Về nông nghiệp, …", "Về thiệt hại nhà ở, …"
    return bool(_topics().at(lows, 0)) and any(t.text == "," for t in head[2:])


_TOPIC_REACH = 5  # words of a topic ("Về X,") up to its comma, the topic word among them


@cache
def _topics() -> Phrases:
    return Phrases(tuple(w.split()) for w in load("cues")["period"]["topics"])


# the lead of an article: its headline, the first paragraph of some length (the sapo) and the one after it
_LEAD_LINE = 80
_LEAD_PARAGRAPHS = 2
_LEAD_SENTENCES = 8  # and no more sentences than these
_LINE = re.compile(r"[^\n]+")
# what relative phrases count from, when an article has no date and none is given, to see which holds which
_SOME_DAY = date(2000, 7, 1)


def _article(doc: _Doc, ref: date | None) -> re.Match[str] | None:
    """The period an article is about, for the facts that name none nearer: a time phrase of its headline,
    or one fronted in its lead (up to the second paragraph of some length, at most 8 sentences), that holds every other time
    phrase of its sentences with facts (bases of comparisons aside): the article is about that one period.
    Any phrase outside it, or one that names no dates and is not the same words, and the article has none."""
    text = doc.text
    long_lines = (m.end() for m in _LINE.finditer(text) if len(m.group()) >= _LEAD_LINE)
    line_end = next(islice(long_lines, _LEAD_PARAGRAPHS - 1, None), len(text))
    header = _HEADER_DATE.search(text, 0, min(len(text), 600))
    skip = (text.rfind("\n", 0, header.start()) + 1, text.find("\n", header.end()) % (len(text) + 1)) if header else (0, 0)
    phrases = [m for s in sorted(doc.facts) for m in doc.info(s).phrases if not skip[0] <= m.start() < skip[1]]
    some_day = ref or _SOME_DAY
    headline_end = text.find("\n") % (len(text) + 1)
    heads = [m for m in phrases if m.start() < headline_end and not _EVENT_DAY.fullmatch(m.group())]
    leads = [doc.info(s).lead for s, (a, _b) in enumerate(doc.spans[:_LEAD_SENTENCES]) if a < line_end]
    leads += _reviewed(doc, line_end)
    best: re.Match[str] | None = None
    outer: tuple[date, date] | None = None
    for m in [*heads, *(m for m in leads if m is not None)]:
        if _SINCE.match(m.group()):  # "từ năm 2017": it runs up to any count of today, a stock as much as a flow
            continue
        got = resolve_period(m.group(), some_day)
        if got and (outer is None or _within(outer, got)):
            best, outer = m, got
    if best is None:
        return None
    words = fold(best.group().lower())
    for m in phrases:
        if _SINCE.match(m.group()):  # a count since a day ("từ ngày 29/4"), up to today: no other period
            continue
        if not _within(resolve_period(m.group(), some_day), outer) and fold(m.group().lower()) != words:
            return None
    return best


@cache
def _review() -> re.Pattern[str]:
    """The review words, a phrase's first letter in either case: found by their last word (a literal the
    regex engine skips ahead to), then checked whole behind it."""
    words = load("cues")["period"]["reviewed"]
    lasts = "|".join(sorted({re.escape(w.split()[-1]) for w in words}))
    whole = "|".join(rf"(?<=(?<!\w)[{w[0].upper()}{w[0]}]{re.escape(w[1:])})" for w in words)
    return re.compile(rf"(?:{lasts})(?!\w)(?:{whole})")


_REVIEW_REACH = 12  # tokens (words and marks) from a review word to the period it reviews


def _reviewed(doc: _Doc, line_end: int) -> list[re.Match[str]]:
    """The periods a lead reviews ("sơ kết công tác kiểm tra 6 tháng đầu năm"): the first time phrase, not
    the base of a comparison, at most 12 words after a review word in a sentence of the lead."""
    spans = doc.spans[:_LEAD_SENTENCES]
    stop = min(line_end, spans[-1][1])
    found = []
    for hit in _review().finditer(doc.text, 0, stop):
        s = bisect_right(spans, (hit.start(), len(doc.text))) - 1
        end = spans[s][1]
        toks = doc.toks
        k = bisect_left(toks, hit.end(), key=START)
        sent = toks[bisect_left(toks, spans[s][0], key=START) : bisect_left(toks, end, key=START)]
        k -= bisect_left(toks, spans[s][0], key=START)
        lows = Lows(sent)
        for m in periods(doc.text, sent[k : k + _REVIEW_REACH], end):
            k = bisect_left(sent, m.start(), key=START)
            if not _compared(lows, sent, k, doc.lx) and not _in_word(sent, k, m):
                found.append(m)
                break
    return found


def _some(m: re.Match[str] | None) -> list[re.Match[str]]:
    return [] if m is None else [m]


def _within(inner: tuple[date, date] | None, outer: tuple[date, date] | None) -> bool:
    return bool(inner and outer and outer[0] <= inner[0] and inner[1] <= outer[1])
