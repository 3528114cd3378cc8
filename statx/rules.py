"""What each number counts: not-fact filters, unit, object, category, label,
actor, period and breakdowns.

Input is the NFC text of one document and the mentions of
:mod:`statx.numbers`; output is a list of :class:`~statx.facts.Fact` and the
mentions dropped as not facts, each with the name of the rule that decided.
Every rule that touches a fact adds its name to ``Fact.rules``, so that
``statx explain`` shows what happened rather than guessing again.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache, lru_cache
from operator import attrgetter

from statx.facts import Category, Dropped, Fact
from statx.lexicon import Phrases, fold, load
from statx.numbers import NUMBER, Mention, find_numbers, to_plain
from statx.numbers.lexicon import lexicon as number_lexicon
from statx.segment import word_spans
from statx.text import WORD, Token, sentences, tokenize

__all__ = ["Analysis", "analyze", "extract"]

# ---------------------------------------------------------------- tokens and lexicons

# How far (in tokens) a rule looks around a number, and how many numbers a
# breakdown rule looks at: keeps the cost linear on pathological input.
_WINDOW = 60
_NEAR = 30

Tok = Token


Phrase = tuple[str, ...]


@lru_cache(maxsize=4096)  # units and nouns repeat: "trang", "nhóm", "người"
def _phrase(s: str) -> Phrase:
    return tuple(fold(t.lower()) for t in WORD.findall(s))


def _phrases(items: Iterable[str]) -> Phrases:
    return Phrases(_phrase(s) for s in items)


@dataclass(frozen=True, slots=True)
class _Lex:
    currency: Phrases
    measure: Phrases
    classifiers: dict[Phrase, str]
    classifier_phrases: Phrases
    weak_classifiers: frozenset[Phrase]
    classifier_words: Phrases
    counted: dict[Phrase, str]
    counted_phrases: Phrases
    unit_or_noun: Phrases  # classifiers, counted nouns, currency and measure words: what may follow a count
    actions: Phrases
    violations: Phrases
    inspections: Phrases
    not_violations: Phrases
    subjects: frozenset[Phrase]
    labels: Phrases
    label_skip: Phrases
    openers: Phrases
    total_after: Phrases
    total_before: Phrases
    among: Phrases
    respectively: Phrases
    actor_verbs: Phrases
    verb_nouns: Phrases
    verb_noun_words: frozenset[str]  # the words of verb_nouns
    comma_joined: frozenset[tuple[str, str]]
    object_stop: frozenset[str]
    pure_classifiers: frozenset[Phrase]
    copulas: frozenset[str]
    modals: Phrases
    intro: Phrases
    money_before: Phrases
    time_openers: Phrases
    compared_before: Phrases
    speech: Phrases
    anaphora: Phrases
    members: frozenset[Phrase]
    ratio_units: frozenset[Phrase]
    ratio_before: frozenset[str]
    social_words: frozenset[str]
    subject_openers: Phrases
    pronouns: frozenset[str]
    date_before: Phrases
    duration_after: Phrases
    age_after: Phrases
    name_before: Phrases
    name_before_always: Phrases
    vague_before: frozenset[str]
    time_before: Phrases
    time_glued: frozenset[str]
    year_word_before: frozenset[str]
    set_phrases: dict[str, frozenset[str]]


@cache
def _lex() -> _Lex:
    units = load("units")
    counted_data = load("counted")
    cues = load("cues")
    nf = load("notfacts")
    classifiers = {_phrase(k): v for k, v in units["classifiers"].items()}
    counted: dict[Phrase, str] = {}
    for cat, block in counted_data.items():
        for w in block["words"]:
            counted.setdefault(_phrase(w), cat)
    disc = cues["discipline"]
    return _Lex(
        currency=_phrases(units["currency"]["words"]),
        measure=_phrases(units["measure"]["words"]),
        classifiers=classifiers,
        classifier_phrases=_phrases(list(units["classifiers"])),
        weak_classifiers=frozenset(_phrase(w) for w in units["weak_classifiers"]["words"]),
        classifier_words=_phrases(units["classifier_words"]["words"]),
        counted=counted,
        counted_phrases=Phrases(counted),
        unit_or_noun=Phrases(
            [*classifiers, *counted, *(_phrase(w) for w in units["currency"]["words"] + units["measure"]["words"])]
        ),
        actions=_phrases(disc["actions"]),
        violations=_phrases(disc["violations"]),
        inspections=_phrases(disc["inspections"]),
        not_violations=_phrases(disc["not_violations"]),
        subjects=frozenset(_phrase(s) for s in disc["subjects"]),
        labels=_phrases(cues["labels"]["words"]),
        label_skip=_phrases(cues["labels"]["skip"]),
        openers=_phrases(cues["breakdown"]["openers"]),
        total_after=_phrases(cues["breakdown"]["total_after"]),
        total_before=_phrases(cues["breakdown"]["total_before"]),
        among=_phrases(cues["breakdown"]["among"]),
        respectively=_phrases(cues["breakdown"]["respectively"]),
        actor_verbs=_phrases(cues["actor"]["verbs"]),
        verb_nouns=_phrases(cues["actor"]["verb_nouns"]),
        verb_noun_words=frozenset(w for p in cues["actor"]["verb_nouns"] for w in _phrase(p)),
        comma_joined=frozenset((a, b) for a, _comma, b in map(_phrase, cues["actor"]["comma_joined"])),
        object_stop=frozenset(cues["object"]["stop"]),
        pure_classifiers=frozenset(_phrase(w) for w in units["pure_classifiers"]["words"]),
        copulas=frozenset(cues["object"]["copulas"]),
        modals=_phrases(cues["object"]["modals"]),
        intro=_phrases(cues["actor"]["intro"]),
        money_before=_phrases(cues["money"]["before"]),
        time_openers=_phrases(cues["actor"]["time_openers"]),
        compared_before=_phrases(cues["period"]["compared"]),
        speech=_phrases(cues["actor"]["speech"]),
        anaphora=_phrases(cues["actor"]["anaphora"]),
        members=frozenset(_phrase(w) for w in cues["audience"]["members"]),
        ratio_units=frozenset(_phrase(w) for w in units["ratio"]["unit"]),
        ratio_before=frozenset(units["ratio"]["before"]),
        social_words=frozenset(cues["audience"]["social_words"]),
        subject_openers=_phrases(cues["actor"]["subject_openers"]),
        pronouns=frozenset(cues["actor"]["pronouns"]),
        date_before=_phrases(nf["date_before"]["words"]),
        duration_after=_phrases(nf["time_after"]["duration"]),
        age_after=_phrases(nf["time_after"]["age"]),
        name_before=_phrases(nf["name_before"]["words"]),
        name_before_always=_phrases(nf["name_before"]["always"]),
        vague_before=frozenset(nf["vague_before"]["words"]),
        time_before=_phrases(nf["time_before"]["words"]),
        time_glued=frozenset(nf["time_glued"]["words"]),
        year_word_before=frozenset(nf["year_word_before"]["words"]),
        set_phrases={k: frozenset(v) for k, v in nf["set_phrases"].items()},
    )


# ---------------------------------------------------------------- header


_HEADER_DATE = re.compile(r"(\d(?<![\d/]\d)\d?)[/-](\d{1,2})[/-]((?:19|20)\d{2})(?![\d/])")


def _published(text: str) -> str:
    """The article's own date, from a header line near the top."""
    m = _HEADER_DATE.search(text, 0, min(len(text), 600))
    if not m:
        return ""
    d, mo, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
    if not (1 <= d <= 31 and 1 <= mo <= 12):
        return ""
    return f"{y:04d}-{mo:02d}-{d:02d}"


_PERIOD = re.compile(
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


# the words a _PERIOD phrase can start with, as tokens' ``low``; keep in step with _PERIOD
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


# the words a _PERIOD phrase can end with but for digits
_PERIOD_LAST = frozenset(["nay", "này", "qua", "tại"])


def _periods(text: str, toks: Sequence[Token], end: int) -> list[re.Match[str]]:
    """``list(_PERIOD.finditer(text, s0, end))`` for a sentence's tokens, the
    regex tried only where a phrase can start: at a word it can start with, at a
    digit string and after each separator inside one ("1.234")."""
    found: list[re.Match[str]] = []
    after = 0
    match = _PERIOD.match
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


def _own_periods(c: _Cand, text: str, end: int, lx: _Lex) -> list[re.Match[str]]:
    """The time phrases of a candidate's sentence, less the bases of comparisons
    ("tăng 48% so với cùng kỳ năm 2023"): they are not the time of the facts around them."""
    toks, lows = c.toks, c.where.lows()
    return [m for m in _periods(text, toks, end) if not lx.compared_before.ending(lows, bisect_left(toks, m.start(), key=_START))]


def _period(phrases: list[re.Match[str]], ends: list[int], at: int) -> str:
    """The time a number refers to: the last time phrase before it in its sentence, else the first after."""
    k = bisect_right(ends, at)
    if k:
        return phrases[k - 1].group()
    after = next((m for m in phrases[k:] if m.start() >= at), None)
    return after.group() if after else ""


# ---------------------------------------------------------------- the analysis


_NOWHERE: list[int] = []


class _Where:
    """Where things stand in one sentence's tokens: punctuation marks, number
    tokens, cue phrases. Found once per sentence, for all its numbers, instead
    of each number's rule walking its window of tokens."""

    __slots__ = ("_lows", "_marks", "_numbers", "_starts", "toks")

    def __init__(self, toks: list[Tok]) -> None:
        self.toks = toks
        self._marks: dict[str, list[int]] | None = None
        self._numbers: list[int] | None = None
        self._starts: dict[int, list[int]] = {}
        self._lows: list[str] | None = None

    def of(self, mark: str) -> list[int]:
        """Token indexes of a punctuation mark, in order."""
        marks = self._marks
        if marks is None:
            marks = self._marks = {}
            for k, t in enumerate(self.toks):
                if t.kind == "p":
                    marks.setdefault(t.text, []).append(k)
        return marks.get(mark, _NOWHERE)

    def between(self, mark: str, start: int, end: int) -> list[int]:
        """Token indexes of ``mark`` in ``toks[start:end]``."""
        where = self.of(mark)
        return where[bisect_left(where, start) : bisect_left(where, end)]

    def last(self, marks: tuple[str, ...], start: int, end: int) -> int | None:
        """The index of the last of ``marks`` in ``toks[start:end]``, else None."""
        found = None
        for mark in marks:
            where = self.of(mark)
            k = bisect_left(where, end) - 1
            if k >= 0 and where[k] >= start and (found is None or where[k] > found):
                found = where[k]
        return found

    def numbers(self) -> list[int]:
        """Token indexes of digits and number words."""
        if self._numbers is None:
            self._numbers = [k for k, t in enumerate(self.toks) if _is_number_tok(t)]
        return self._numbers

    def lows(self) -> list[str]:
        """Every token's ``low``."""
        if self._lows is None:
            self._lows = [t.low for t in self.toks]
        return self._lows

    def starts(self, phrases: Phrases) -> list[int]:
        """Token indexes where one of ``phrases`` starts."""
        found = self._starts.get(id(phrases))
        if found is None:
            lows, first = self.lows(), phrases.by_first
            found = self._starts[id(phrases)] = [k for k, low in enumerate(lows) if low in first and phrases.at(lows, k)]
        return found


def _first_at(where: list[int], start: int) -> int | None:
    """The first index in ``where`` at or after ``start``, else None."""
    k = bisect_left(where, start)
    return where[k] if k < len(where) else None


@dataclass(slots=True)
class _Cand:
    m: Mention
    sent: int
    toks: list[Tok]  # tokens of the sentence
    where: _Where  # and where things stand in it
    i0: int  # index of the first token of the mention
    i1: int  # index of the first token after the mention
    q0: int  # index of the first token of the qualifier (== i0 without one)
    rules: list[str] = field(default_factory=list)
    unit: str = ""
    unit_end: int = 0  # token index after the unit
    obj: str = ""
    noun: Phrase = ()
    category: str = Category.OTHER.value
    label: str = ""
    actor: str = ""
    part_of: int | None = None
    check: str = ""
    clause_start: int = 0
    discipline_cue: str = ""
    actor_pronoun: bool = False


@dataclass(frozen=True, slots=True)
class Analysis:
    facts: list[Fact]
    dropped: list[Dropped]


def _is_number_tok(t: Tok) -> bool:
    return t.low in _NUMBER_WORDS if t.kind == "w" else t.is_digit


# words that can start a number in running text, from statx.numbers' own lexicon
_NUMBER_WORDS = number_lexicon().starting_words


_YEAR_SHAPE = re.compile(r"\d{4}(?:\s*[-–]\s*\d{4})?")
_DAY_MONTH_SHAPE = re.compile(r"\d{1,2}-\d{1,2}")


def _drop_reason(c: _Cand, lx: _Lex) -> str | None:
    """The not-fact rule that applies to a candidate, or None for a fact."""
    m, toks, lows, i0, i1 = c.m, c.toks, c.where.lows(), c.i0, c.i1
    if m.percent:
        return None
    prev = toks[i0 - 1] if i0 > 0 else None
    nxt = toks[i1] if i1 < len(toks) else None
    qualified = c.q0 != i0
    followed_by_unit = nxt is not None and lx.unit_or_noun.at(lows, i1) > 0
    bare = _YEAR_SHAPE.fullmatch(m.text) is not None
    in_years = bare and 1900 <= m.value <= 2100 and (m.value_max is None or m.value_max <= 2100)
    if in_years and (not followed_by_unit or (not qualified and lx.date_before.ending(lows, i0))):
        return "year"  # "năm 2030", "nhiệm kỳ 2020 - 2025"
    if not qualified and lx.date_before.ending(lows, i0):
        return "date"
    if lx.age_after.at(lows, i1):
        return "age"
    if lx.duration_after.at(lows, i1) and not m.scaled:
        return "duration"
    if m.glued.lower() in lx.time_glued or (not qualified and lx.time_before.ending(lows, i0)):
        return "time"
    brand = nxt is not None and lx.counted.get((nxt.low,)) == Category.SOCIAL_ACCOUNT.value
    counts_next = followed_by_unit and nxt is not None and (not nxt.capitalized or brand)
    if not qualified and lx.name_before_always.ending(lows, i0):
        return "ordinal or name"  # "BCĐ 35 tỉnh", "Nghị quyết 35 về…": whatever follows
    if not qualified and not counts_next and lx.name_before.ending(lows, i0):
        return "ordinal or name"
    if not qualified and not m.spelled and prev is not None and i0 - 1 > 0:
        # "BCĐ 35 Thành ủy", "(BCĐ) 35 Tỉnh ủy", "Lilama 3 (Hà Nội)": digits inside a proper name
        prev_name = (prev.is_word and prev.capitalized) or (prev.text == ")" and i0 >= 2 and toks[i0 - 2].capitalized)
        next_name = nxt is None or not nxt.is_word or (nxt.capitalized and not brand)
        if prev_name and (not followed_by_unit or next_name):
            return "name with digits"
    per_one = qualified and m.value == 1 and not m.scaled and m.value_max is None and lows[c.q0] == "trên"
    if per_one and (lx.measure.at(lows, i1) or lx.currency.at(lows, i1)):
        return "per unit"  # "Giá trị sản xuất trên 1 ha đạt 185 triệu đồng": a rate's denominator
    if m.value_max is not None and _DAY_MONTH_SHAPE.fullmatch(m.text) and m.value_max <= 12 and not followed_by_unit:
        return "date"
    if m.spelled:
        return _spelled_reason(c, lx)
    return None


def _spelled_reason(c: _Cand, lx: _Lex) -> str | None:
    m, toks, lows, i0, i1 = c.m, c.toks, c.where.lows(), c.i0, c.i1
    first = toks[i0].low
    prev = toks[i0 - 1] if i0 > 0 else None
    nxt = toks[i1] if i1 < len(toks) else None
    if m.scaled:
        return None
    if prev is not None and prev.text in "“\"‘'«" and any(t.text in "”\"’'»" for t in toks[i1 : i1 + 3]):
        return "quoted phrase"  # a slogan: “Hai chân”, “Ba mũi”
    if prev is not None and prev.low in lx.vague_before:
        return "vague"
    if prev is not None and prev.low == "thứ":
        return "ordinal or name"
    if toks[i0].capitalized and prev is not None and (prev.is_word or prev.text == ","):
        return "part of a name"  # "giải Ba", "quận Hai Bà Trưng": a capital mid-sentence
    if first == "năm" and i1 == i0 + 1 and nxt is not None and nxt.is_digit:
        return "năm = year"
    if nxt is None or not nxt.is_word:
        return "number word alone"
    if i1 == i0 + 1 and first in lx.set_phrases and nxt.low in lx.set_phrases[first]:
        return "set phrase"
    counted = lx.counted_phrases.at(lows, i1) or lx.classifier_phrases.at(lows, i1)
    if nxt.capitalized and not counted:
        return "part of a name"
    if m.text.lower() == "năm" and (not counted or (prev is not None and (prev.low in lx.year_word_before or prev.is_digit))):
        return "năm = year"
    if first == "một" and i1 == i0 + 1 and not _in_list(c):
        return "một = a"
    return None


def _in_list(c: _Cand) -> bool:
    """A count coordinated with other numbers: "một tổ chức đảng, 14 đảng viên"."""
    toks = c.toks
    for k in range(c.i1, min(c.i1 + 7, len(toks) - 1)):
        t = toks[k]
        if t.low in (",", "và", ";") and _is_number_tok(toks[k + 1]):
            return True
        if not t.is_word:
            break
    k = c.q0 - 1
    if k >= 1 and toks[k].low in (",", "và"):
        for j in range(k - 1, max(k - 8, -1), -1):
            if toks[j].is_digit:
                return True
            if not toks[j].is_word:
                break
    return False


_SLASH_UNIT = re.compile(r"(?:/(?:[^\W\d_]+ [^\W\d_]+(?=/)|[^\W\d_]+))+")


def _unit(c: _Cand, text: str, lx: _Lex) -> None:
    toks, lows, i1 = c.toks, c.where.lows(), c.i1
    if c.m.percent:
        c.unit, c.unit_end = "%", i1
        c.rules.append("unit:percent")
        return
    # a counted noun that starts like a unit is the noun: "38 đồng chí" (comrades), not đồng
    noun_first = lx.counted_phrases.at(lows, i1) >= 2
    n = 0 if noun_first else lx.currency.at(lows, i1)
    kind = "currency"
    if not n and not noun_first:
        n = lx.measure.at(lows, i1)
        kind = "measure"
    if not n:
        n = lx.classifier_phrases.at(lows, i1)
        kind = "classifier"
        if n and lx.classifier_words.at(lows, i1) > n:
            n = 0  # one noun that starts like a classifier: "42.000 căn hộ", "5 hộ chiếu"
    if not n:
        # a noun with a per-unit: "hành khách/lượt"
        if i1 < len(toks) and toks[i1].is_word:
            j = i1
            while j < len(toks) and j < i1 + 2 and toks[j].is_word:
                if j + 1 < len(toks) and toks[j + 1].text == "/" and toks[j + 1].start == toks[j].end:
                    s = _SLASH_UNIT.match(text, toks[j].end)
                    if s:
                        c.unit = text[toks[i1].start : s.end()]
                        c.unit_end = j + 1
                        c.rules.append("unit:per")
                        return
                j += 1
        c.unit_end = i1
        return
    end = toks[i1 + n - 1].end
    if kind == "measure" and i1 + n < len(toks) and toks[i1 + n].text in ("2", "3") and toks[i1 + n].start == end:
        end = toks[i1 + n].end  # "m2", "km2", "m3"
        n += 1
    if kind == "currency" and i1 + n < len(toks) and toks[i1 + n].capitalized and toks[i1 + n].is_word:
        end = toks[i1 + n].end  # "đôla Canada"
        n += 1
    s = _SLASH_UNIT.match(text, end)
    if s:
        end = s.end()
    c.unit = text[toks[i1].start : end]
    c.unit_end = i1 + n
    c.rules.append(f"unit:{kind}")


def _object(c: _Cand, text: str, lx: _Lex, segment: bool = False) -> None:
    """What is counted: the noun phrase after the number (after a pure classifier like
    "trang", "lượt"), or, for money and measures, the thing measured before it.

    With ``segment``, syllables that underthesea joins into one word are never
    split by a stop word ("trực thuộc", "cấp cứu").
    """
    toks, lows = c.toks, c.where.lows()
    j = c.unit_end
    if "unit:currency" in c.rules:  # money: the thing paid for stands before ("giá vé … 7.000 đồng")
        before = _measured_before(c, lx)
        if before:
            c.obj = text[before[0].start : before[-1].end]
            return
    head = c.unit.split("/")[0]
    if c.unit and "," not in head and _phrase(head) not in lx.pure_classifiers and "unit:classifier" in c.rules:
        j = c.i1  # "300 hộ nuôi", "18 tin liên quan": the classifier is the head noun
    inside: set[int] = set()  # token starts that continue a compound word
    if segment and j < len(toks):
        end = toks[min(len(toks), j + 12) - 1].end
        for a, b in word_spans(text, toks[j].start, end):
            inside.update(t.start for t in toks[j : j + 12] if a < t.start < b)
    n = lx.counted_phrases.at(lows, j)  # a known noun, even one that starts like a stop word ("bị hại")
    words: list[Tok] = list(toks[j : j + n])
    j += n
    while j < len(toks) and len(words) < 8:
        t = toks[j]
        if t.start in inside and words:
            words.append(t)
            j += 1
            continue
        if t.is_digit and words and lx.name_before.ending(lows, j):
            words.append(t)  # "học sinh lớp 9"
            j += 1
            continue
        if not t.is_word or (words and t.low in lx.object_stop) or (not words and t.low in lx.object_stop - {"các"}):
            break
        if words and (n := lx.actor_verbs.at(lows, j)) and (len(words) >= 2 or (n >= 2 and words[0].capitalized)):
            break  # "15 tài khoản TikTok đăng tải…": a verb of two words ends a name
        words.append(t)
        j += 1
    if not words and (c.m.percent or "unit:currency" in c.rules or "unit:measure" in c.rules):
        words = _measured_before(c, lx)
    if words:
        c.obj = text[words[0].start : words[-1].end]
    elif c.unit and not c.m.percent:
        c.obj = c.unit.split("/")[0]


def _measured_before(c: _Cand, lx: _Lex) -> list[Tok]:
    """ "với tổng diện tích gần 53 ha", "bệnh viện hạng 2 là 35.000 đồng": the words before the number."""
    toks, lows = c.toks, c.where.lows()
    j = c.q0
    if j > 0 and toks[j - 1].low in lx.copulas:
        j -= 1
        while j > 1 and (n := lx.modals.ending(lows, j)) and n < j:
            j -= n  # "kim ngạch xuất khẩu gạo có thể đạt trên 5,5 tỷ USD": a modal before the copula
    k = j
    while k > 0 and j - k < 8:
        t = toks[k - 1]
        if not (t.is_word or t.is_digit) or t.low in lx.object_stop:
            break
        n = lx.actor_verbs.ending(lows, k)
        if n and not _in_verb_noun(lows, k - n, 0, lx):
            break
        k -= 1
    return toks[k:j] if j - k >= 1 and toks[k].is_word else []


def _noun(c: _Cand, lx: _Lex) -> tuple[Phrase, str | None]:
    """The counted noun phrase and its category, from the words after the number."""
    toks, lows, i1 = c.toks, c.where.lows(), c.i1
    n = lx.counted_phrases.at(lows, i1)
    best: tuple[Phrase, str | None] = ((), None)
    if n:
        p = tuple(t.low for t in toks[i1 : i1 + n])
        best = (p, lx.counted[p])
    if c.unit_end > i1 and not n:
        n2 = lx.counted_phrases.at(lows, c.unit_end)
        if n2:
            p = tuple(t.low for t in toks[c.unit_end : c.unit_end + n2])
            best = (p, lx.counted[p])
    return best


def _category(c: _Cand, lx: _Lex) -> None:
    toks, lows = c.toks, c.where.lows()
    if c.m.percent:
        c.category = Category.PERCENT.value
        c.rules.append("category:percent")
        return
    if "unit:currency" in c.rules:
        c.category = Category.MONEY.value
        c.rules.append("category:money")
        return
    if "unit:measure" in c.rules:
        c.category = Category.MEASURE.value
        c.rules.append("category:measure")
        return
    noun, cat = _noun(c, lx)
    c.noun = noun
    source = "noun"
    if cat is None and c.unit:
        cls = _phrase(c.unit.split("/")[0])
        cat = lx.classifiers.get(cls)
        if cat is None:
            n = lx.counted_phrases.at(lows, c.i1)
            if n:
                cat = lx.counted[tuple(t.low for t in toks[c.i1 : c.i1 + n])]
        source = "classifier"
    words_after = c.i1 < len(toks) and toks[c.i1].is_word and toks[c.i1].low not in lx.object_stop
    if cat is None and not words_after and c.m.text[-1] in "kK":
        cat, source = Category.MONEY.value, "thousands"  # "combo chỉ 250k": informal prices
    if cat is None and not words_after and not c.unit and c.m.scaled and _after_money_word(c, lx):
        cat, source = Category.MONEY.value, "money word before"  # "Lương tôi 12 triệu/tháng"
    if (cat is None and not words_after) or (not noun and _phrase(c.unit) in lx.weak_classifiers):
        # no noun after the number: the nearest telling noun before it in the clause
        # ("tổng lượt xem lên tới hơn 1 tỷ", "Tổng lượt khách đi xe buýt đạt hơn 376.000 lượt")
        j = c.q0 - 1
        while j > max(c.q0 - 9, -1):
            if toks[j].low in (";", ".", ":"):
                break
            n = lx.counted_phrases.ending(lows, j + 1)
            if n:
                found = lx.counted[tuple(t.low for t in toks[j + 1 - n : j + 1])]
                if found != Category.OTHER.value and (cat is None or found == Category.PEOPLE.value):
                    cat = found
                    source = "noun before"
                    break
                j -= n - 1  # a phrase that tells nothing ("lần lượt") is passed whole, not word by word
            j -= 1
    if _discipline(c, lx, noun):
        c.category = Category.DISCIPLINE.value
        c.rules.append("category:discipline")
        return
    if c.unit and _phrase(c.unit) in lx.ratio_units and any(t.low in lx.ratio_before for t in toks[max(0, c.q0 - 2) : c.q0]):
        cat, source = Category.OTHER.value, "ratio"  # "tăng gấp 2 lần": a ratio, not two events
    if noun in lx.members and any(t.low in lx.social_words for t in toks):
        cat, source = Category.AUDIENCE.value, "members of a social group"  # "nhóm Zalo với 185.000 thành viên"
    c.category = cat or Category.OTHER.value
    c.rules.append(f"category:{source}" if cat else "category:other")


def _after_money_word(c: _Cand, lx: _Lex) -> bool:
    """A word of money ("lương", "giá", "học phí") among the few words before the number, in its clause."""
    lows = c.where.lows()
    for j in range(c.q0, max(c.q0 - 4, 0), -1):
        if c.toks[j - 1].kind == "p":
            return False
        if lx.money_before.ending(lows, j):
            return True
    return False


def _discipline(c: _Cand, lx: _Lex, noun: Phrase) -> bool:
    """Disciplinary actions and violations found, per FACTS.md's judgement calls."""
    toks, lows = c.toks, c.where.lows()
    unit = _phrase(c.unit) if c.unit else ()
    subject = any(p and (p in lx.subjects or p[:2] in lx.subjects or p[:1] in lx.subjects) for p in (noun, unit))
    bare = not noun and not c.unit and not c.obj  # "khiển trách 35"
    if not (subject or bare):
        return False
    # the nearest cue before the number
    before: str | None = None
    for j in range(c.q0, max(0, c.q0 - _WINDOW), -1):
        if toks[j - 1].low in (".", ";"):
            break
        if lx.actions.ending(lows, j):
            before = "action"
            break
        n = lx.inspections.ending(lows, j)
        if n and not toks[j - n].capitalized:
            before = "inspection"
            break
    # a violation named after the counted noun, through a list of counts
    after = False
    j = c.i1
    while j < min(len(toks), c.i1 + _WINDOW):
        t = toks[j]
        if t.low in (".", ";", ":", "(") or (t.low == "," and not (j + 1 < len(toks) and _is_number_tok(toks[j + 1]))):
            break
        n = lx.not_violations.at(lows, j)
        if n:
            j += n
            continue
        if lx.violations.at(lows, j):
            after = True
            break
        j += 1
    if after:
        c.discipline_cue = "violation"
        return True
    if before == "action":
        c.discipline_cue = "action"
        return True
    return False


def _label(c: _Cand, lx: _Lex) -> None:
    toks, lows = c.toks, c.where.lows()
    k = c.q0
    if k > 0 and toks[k - 1].low in ("đạt", "là", "có"):
        k -= 1
    elif k > 1 and toks[k - 2].low == "đối" and toks[k - 1].low == "với":
        k -= 2  # "cảnh cáo đối với 2 đảng viên"
    n = lx.labels.ending(lows, k)
    if n:
        c.label = " ".join(t.text for t in toks[k - n : k])
        c.rules.append("label:before")


def _first_verb(toks: Sequence[Tok], lows: Sequence[str], start: int, end: int, lx: _Lex) -> int | None:
    """The first verb in toks[start:end] outside quotes; the "đăng" of the noun "bài đăng"
    and the "tổ chức" of "tổ chức đảng" are nouns, and "mới" in “Đồng Nai ngày mới” is a name."""
    verbs = lx.actor_verbs.by_first
    quoted = False
    for j in range(start, end):
        low = toks[j].low
        if low in ("“", "”", '"'):
            quoted = low != "”" and not (low == '"' and quoted)
            continue
        if quoted or low not in verbs or toks[j].capitalized:
            continue  # a capitalized word is part of a name: "Ban Tổ chức", "Ủy ban Kiểm tra"
        if j > 0 and lows[j - 1] == "," and lx.openers.at(lows, j):
            continue  # "…137 đường bay, gồm 56 đường bay quốc tế": after a comma "gồm" opens a list
        n = lx.actor_verbs.at(lows, j)
        if (
            n
            and lx.counted_phrases.at(lows, j - 1) < 2
            and lx.counted_phrases.at(lows, j) <= n
            and not _in_verb_noun(lows, j, max(start - 1, 0), lx)
        ):
            return j
    return None


# marks that open a list item, and quotes
_BULLETS = frozenset("-–—•+*·▪►●")
_OPEN_QUOTES = frozenset("\"“‘«'")


def _near_subject(near: Sequence[Tok], near_lows: Sequence[str], lx: _Lex) -> bool:
    """Words between a comma and the verb that can be the subject: a name or a noun phrase,
    not "đơn vị này" (which points back at the subject before), no count, no purpose."""
    return (
        bool(near)
        and near_lows[-1] != "để"  # "…, mạo danh nhân viên ngân hàng để lừa đảo…": a purpose, not a subject
        and (len(near) >= 2 or near[0].capitalized)
        and not lx.anaphora.ending(near_lows, len(near_lows))
        and not near[0].is_digit
        and not (not near[0].capitalized and any(t.is_digit for t in near))
    )


def _has_own_verb(c: _Cand, lx: _Lex) -> bool:
    """A verb follows the count in its clause (up to the next comma or the end)."""
    toks, lows = c.toks, c.where.lows()
    comma = _first_at(c.where.of(","), c.i1)
    return _first_verb(toks, lows, c.unit_end, len(toks) if comma is None else comma, lx) is not None


def _in_verb_noun(lows: Sequence[str], j: int, start: int, lx: _Lex) -> bool:
    """The word at j is inside a noun with a verb in it that starts at or after ``start``
    ("vốn đầu tư", "tìm kiếm cứu nạn")."""
    return lows[j] in lx.verb_noun_words and any(lx.verb_nouns.at(lows, k) > j - k for k in range(max(start, j - 2), j + 1))


def _said_subject(c: _Cand, verb: int, lx: _Lex) -> list[Tok]:
    """After a verb of saying, the subject of what is said, when it names one right away:
    "Liên Bộ … cho biết quỹ bình ổn giá xăng dầu hiện còn khoảng 5.400 tỷ đồng" (not "cho biết đã …",
    not "cho biết đơn vị này …")."""
    toks, lows = c.toks, c.where.lows()
    n = lx.speech.at(lows, verb)
    k = verb + n
    if not n or k >= c.q0 or toks[k].kind != "w" or lx.actor_verbs.at(lows, k) or lx.intro.at(lows, k):
        return []
    end = _first_verb(toks, lows, k + 1, c.q0, lx)
    if end is None or end - k > 14 or any(not t.is_word for t in toks[k:end]):
        return []
    return toks[k:end] if _near_subject(toks[k:end], lows[k:end], lx) else []


def _duration_at(toks: list[Tok], lows: list[str], i: int, lx: _Lex) -> bool:
    """A number and a unit of time at toks[i]: "Ba năm qua", "5 tháng đầu năm"."""
    return i + 1 < len(toks) and _is_number_tok(toks[i]) and lx.duration_after.at(lows, i + 1) > 0


def _actor(c: _Cand, text: str, lx: _Lex) -> None:
    """Who has, did or manages it: the subject of the clause the number stands in."""
    toks, lows = c.toks, c.where.lows()
    # the clause: back to the sentence start, the last ';' or the last ':'
    start = max(0, c.q0 - _WINDOW)
    brk = c.where.last((";", ":"), start, c.q0)
    if brk is not None:
        start = brk + 1
    # skip opening time or framing phrases that end in a comma ("Từ đầu năm,", "Ba năm qua,")
    while start < c.q0 and (lows[start] in _BULLETS or lows[start] in _OPEN_QUOTES):
        start += 1  # "- Cấp ủy … đã kiểm tra 1.230 tổ chức đảng": a list item's mark; an opening quote
    commas = [
        k for k in c.where.between(",", start, c.q0) if k + 1 >= len(lows) or (lows[k - 1], lows[k + 1]) not in lx.comma_joined
    ]
    while commas and (lx.intro.at(lows, start) or _duration_at(toks, lows, start, lx)):
        start = commas.pop(0) + 1
    c.clause_start = start
    words: list[Tok] = []
    # "Kim Mã (61.632 khách)": a name right before a bracketed number
    if c.q0 >= 2 and toks[c.q0 - 1].text == "(":
        j = c.q0 - 2
        while j >= start and toks[j].is_word and toks[j].capitalized:
            j -= 1
        words = toks[j + 1 : c.q0 - 1]
    else:
        # "hiện toàn tỉnh có…", "Riêng Fanpage … có…": an adverb or framing word before the subject
        while start < c.q0 and (n := lx.subject_openers.at(lows, start)):
            start += n
            # "Cộng dồn từ đầu năm, TP.HCM có…": a framing phrase after the opener
            later = [k for k in commas if k >= start]
            if later and lx.intro.at(lows, start):
                start = later[0] + 1
        c.clause_start = start  # where the subject would stand ("…; trong đó có 1.120 tin": none)
        first_verb = None
        if start < c.q0 and (not lx.actor_verbs.at(lows, start) or _in_verb_noun(lows, start, start, lx)):
            first_verb = _first_verb(toks, lows, start + 1, c.q0, lx)
            if first_verb is None and c.q0 < c.i0 and lx.actor_verbs.at(lows, c.q0):
                first_verb = c.q0  # the qualifier opens with the verb: "Doanh thu … ước đạt 117.000 tỷ đồng"
        if first_verb is not None:
            w0, w1 = start, first_verb  # the subject's token span
            # "Lương tôi 12 triệu/tháng, riêng tiền nhà đã chiếm…": a subject opened after a comma
            for k in range(w1 - 2, w0, -1):
                if lows[k] == "," and (n := lx.subject_openers.at(lows, k + 1)):
                    w0 = k + 1 + n
                    break
            if lx.intro.at(lows, w0) >= w1 - w0:
                w1 = w0  # "Mỗi ngày có 12 đoàn tàu": a framing phrase alone is no subject
            # "Nổi bật nhất trong số đó là Fanpage có 125.000 người theo dõi": the subject of "có" follows "là",
            # unless a name stands before it ("Huyện Trà Cú là địa phương có…")
            named = any(t.capitalized for t in toks[w0 + 1 : w1])
            v = _first_verb(toks, lows, first_verb + 2, c.q0, lx) if lows[first_verb] == "là" and not named else None
            if v is not None and _near_subject(toks[first_verb + 1 : v], lows[first_verb + 1 : v], lx):
                w0, w1 = first_verb + 1, v
            words = toks[w0:w1]
            said = _said_subject(c, first_verb, lx)
            if said:
                words = said
            # a nearer subject after a comma: "…, Công ty CP Lilama 3 (Hà Nội) nợ hơn 25 tỷ đồng"
            last_comma = c.where.last((",",), first_verb, c.q0)
            if last_comma is not None and last_comma + 1 == c.q0 and _has_own_verb(c, lx):
                words = []  # "…, bốn em còn lại bị đuối nước": the count is the subject of its own clause
            elif last_comma is not None:
                k = last_comma + 1
                verb = _first_verb(toks, lows, k + 1, c.q0, lx)
                near, near_lows = (toks[k:verb], lows[k:verb]) if verb is not None else ([], [])
                # "…, còn hãng Wendy's hứa…", "…giám sát dẫn đến ông Thi Danh chiếm dụng…": skip linking words
                while near:
                    n = lx.actor_verbs.at(near_lows, 0) or lx.subject_openers.at(near_lows, 0)
                    if not n:
                        break
                    near, near_lows = near[n:], near_lows[n:]
                if near and not lx.intro.at(lows, k) and _near_subject(near, near_lows, lx):
                    words = near  # not "đơn vị này", which points back at the subject before
    if words and words[-1].low == ",":
        words = words[:-1]
    if len(words) == 1 and words[0].low in lx.pronouns:
        c.actor_pronoun = True  # "anh nhận được…": resolved against earlier actors in _carry_actor
        return
    if words and not words[0].capitalized and lx.time_openers.at(lows, start) and any(t.is_digit for t in words):
        words = []  # "trong tháng 1/2024 có khoảng 65% người dùng": a time, not a subject
    if words and _PERIOD.fullmatch(text, words[0].start, words[-1].end):
        words = []  # "(Cộng dồn) từ đầu năm đến nay có 21.470 ca": the period, not a subject
    if len(words) > 2 and (words[-1].kind == "d" or words[-1].low in _PERIOD_LAST):
        # "Tổng sản phẩm trên địa bàn (GRDP) 9 tháng năm 2024 ước tăng 7,2%": the period is no part of the subject
        for k in range(1, len(words) - 1):
            if _PERIOD.fullmatch(text, words[k].start, words[-1].end):
                words = words[:k]
                break
    if words and len(words) <= 14 and words[0].is_word and (words[0].capitalized or len(words) >= 2):
        c.actor = text[words[0].start : words[-1].end]
        c.rules.append("actor:subject")
    # possessive after the counted thing: "46 trang Fanpage, Facebook của Đoàn, Hội, Đội cơ sở"
    after = lows[c.unit_end : c.unit_end + 8]
    if "của" not in after and "thuộc" not in after:
        return
    for j in range(c.unit_end, min(len(toks), c.unit_end + 8)):
        t = toks[j]
        if t.low in (";", ".", ":") or (j > c.unit_end and _is_number_tok(t)):
            break
        if t.low == "," and j + 1 < len(toks) and not toks[j + 1].capitalized:
            break  # ", tỷ lệ chặn gỡ của Facebook…" is another clause, not this count's owner
        if t.low in ("của", "thuộc") and j + 1 < len(toks) and toks[j + 1].capitalized:
            k = j + 1
            while (
                k < len(toks)
                and toks[k].low not in (";", ".", ":", "(", "với", "và", "để", "trên", "có")
                and not _is_number_tok(toks[k])
                and not (k > j + 1 and lx.actor_verbs.at(lows, k))
            ):
                k += 1
            if k > j + 1:
                c.actor = text[toks[j + 1].start : toks[k - 1].end].rstrip(" ,")
                c.rules.append("actor:possessive")
            break


# ---------------------------------------------------------------- breakdowns


def _close(total: _Cand, parts: Sequence[_Cand]) -> str:
    s = sum((p.m.value for p in parts), Decimal(0))
    t = total.m.value
    fuzzy = total.m.qualifier != "exact" or any(p.m.qualifier != "exact" for p in parts)
    if s == t or (fuzzy and abs(s - t) <= t * Decimal("0.02")):
        return "ok"
    word = "over" if s > t else "under"
    return f"{word}: parts sum to {to_plain(s)}"


def _same_kind(a: _Cand, b: _Cand) -> bool:
    """Counts that can add up: both percentages or neither; money only in one currency."""
    money = "unit:currency" in a.rules
    if a.m.percent != b.m.percent or money != ("unit:currency" in b.rules):
        return False
    return not money or _phrase(a.unit) == _phrase(b.unit)  # 650 triệu USD is no part of 22.500 tỷ đồng


class _Links:
    """Part -> total links as they are made, and the rule that made each."""

    def __init__(self, lx: _Lex) -> None:
        self.parts: dict[int, list[_Cand]] = {}
        self.lx = lx

    def has_parts(self, c: _Cand) -> bool:
        return id(c) in self.parts

    def link(self, total: _Cand, part: _Cand, rule: str, label: Callable[[_Cand, _Lex], None] | None = None) -> None:
        """Make ``part`` a part of ``total``; ``label`` names a part that has no label yet."""
        if part.part_of is not None or part is total:
            return
        part.part_of = total.m.start
        part.rules.append(f"breakdown:{rule}")
        self.parts.setdefault(id(total), []).append(part)
        if total.category == Category.DISCIPLINE.value or (
            part.category == Category.OTHER.value and not part.noun and not part.unit
        ):
            part.category = total.category
        if label is not None and not part.label:
            label(part, self.lx)


def _compatible(total: _Cand, part: _Cand) -> bool:
    """A part counts the same kind of thing as its total (or says nothing of what it counts)."""
    if not _same_kind(total, part) or part.m.value >= total.m.value:
        return False
    return part.category == total.category or (not part.noun and not part.unit)


def _link_of_total(cands: list[_Cand], links: _Links, lx: _Lex) -> None:
    """ "… ngăn chặn 1.500 clip … trên tổng số hơn 2.300 clip": the part comes first."""
    for at, c in enumerate(cands):
        if at + 1 == len(cands) or cands[at + 1].sent != c.sent:
            continue  # no number after it in its sentence: nothing to be a part of
        where, lows = c.where, c.where.lows()
        # the first "trên tổng số" within 12 tokens after the number, before a full stop or another number
        j = _first_at(where.starts(lx.total_after), c.i1)
        if j is None or j >= c.i1 + 12:
            continue
        stops = [k for k in (_first_at(where.of("."), c.i1), _first_at(where.of(";"), c.i1)) if k is not None]
        number = _first_at(where.numbers(), c.i1)
        if (stops and min(stops) < j) or (number is not None and number < j):
            continue
        n = lx.total_after.at(lows, j)
        for t in cands[at + 1 : at + 1 + _NEAR]:
            if t.sent != c.sent:
                break
            if j + n <= t.q0 <= j + n + 2 and t.m.value > c.m.value and _same_kind(c, t):
                links.link(t, c, "of total", _verb_label)


def _link_among(by_sent: dict[int, list[_Cand]], links: _Links, lx: _Lex) -> None:
    """ "Trong số 9 đối tượng bị bắt, có 2 người từng có tiền án": a total named in an opening
    "trong số" phrase; the counts of the same kind after its comma are its parts."""
    for group in by_sent.values():
        for k, c in enumerate(group[:-1]):
            lows = c.where.lows()
            n = lx.among.ending(lows, c.q0)
            if not n or not (c.q0 == n or lows[c.q0 - n - 1] in (",", ":", "(", "-")):
                continue  # the phrase opens the sentence or a clause
            comma = _first_at(c.where.of(","), c.i1)
            if comma is None:
                continue
            for p in group[k + 1 : k + 1 + _NEAR]:
                if p.q0 > comma and _same_kind(c, p) and p.m.value < c.m.value:
                    links.link(c, p, "among", _part_label)


def _link_lists(by_sent: dict[int, list[_Cand]], links: _Links, lx: _Lex) -> None:
    """A list opened after a total by ':', '(' or a word like "trong đó", "gồm"."""
    for group in by_sent.values():
        if len(group) < 2:
            continue  # a list needs a total and a part
        toks, where = group[0].toks, group[0].where
        word_openers = where.starts(lx.openers)
        openers = sorted([*where.of(":"), *where.of("("), *word_openers])
        closes = where.of(")")
        for k, c in enumerate(group):
            later = group[k + 1 : k + 1 + _NEAR]
            # the list must open before the next number of the same kind
            stop = min([len(toks), c.unit_end + _WINDOW, *(p.i0 for p in later if p.i0 >= c.unit_end and _same_kind(c, p))])
            for j in openers[bisect_left(openers, c.unit_end) : bisect_left(openers, stop)]:
                word_opener = toks[j].kind == "w"
                paren = toks[j].text == "("
                found = _first_at(closes, j) if paren else None
                close = len(toks) if found is None else found
                chosen = [p for p in later if j < p.q0 < close and _same_kind(c, p) and p.m.value < c.m.value]
                parts = [
                    p for p in chosen if paren or not p.noun or not c.noun or p.noun[:1] == c.noun[:1] or p.category == c.category
                ]
                if word_opener and len(chosen) >= 2 and len(parts) < len(chosen) and _close(c, chosen) == "ok":
                    parts = chosen  # "48 tài khoản…; trong đó, 35 trường hợp…, 13 trường hợp…": they add up
                if len(parts) >= 2 or (parts and word_opener):
                    for p in parts:
                        links.link(c, p, "list", _bracket_label if paren else _part_label)
                    break
                if paren:
                    continue  # "(Quảng Ngãi)" opens nothing: look on for "trong đó"


def _link_sum_before(cands: list[_Cand], links: _Links, lx: _Lex) -> None:
    """ "… vé lượt 340.000, vé tháng 37.000. Tổng lượt khách … hơn 376.000": parts before a marked total."""
    for at, c in enumerate(cands):
        prior = [p for p in cands[max(0, at - 4) : at] if c.sent - 1 <= p.sent and p.part_of is None]
        if len(prior) < 2 or links.has_parts(c):
            continue  # a sum needs two parts
        mark = _first_at(c.where.starts(lx.total_before), max(0, c.q0 - 8))  # "Tổng lượt khách … 376.000"
        if mark is None or mark >= c.q0:
            continue
        for size in range(min(len(prior), 4), 1, -1):
            run = prior[-size:]
            if all(_compatible(c, p) for p in run) and _close(c, run) == "ok":
                for p in run:
                    links.link(c, p, "sum before total")
                break


def _link_sum_after(cands: list[_Cand], links: _Links, lx: _Lex) -> None:
    """A total followed, in the next sentences, by counts of the same kind that add up to it.

    Larger totals first; a labelled count is a part, never a total. Counts of the
    same noun are tried before counts of the same category ("bảy học sinh": "Ba học
    sinh …, bốn em …").
    """
    index = {id(c): k for k, c in enumerate(cands)}
    for c in sorted(cands, key=lambda c: -c.m.value):
        if links.has_parts(c) or c.part_of is not None or c.m.value <= 1 or not c.noun or c.label:
            continue
        at = index[id(c)]
        later = [
            p
            for p in cands[at + 1 : at + 1 + _NEAR]
            if c.sent < p.sent <= c.sent + 2 and p.part_of is None and not links.has_parts(p) and p.noun and _compatible(c, p)
        ]
        same_noun = [p for p in later if p.noun[:1] == c.noun[:1]]
        for pool in (same_noun, later):
            run = _summing_run(c, pool)
            if run:
                for p in run:
                    links.link(c, p, "sum after total", _part_label)
                break


def _summing_run(total: _Cand, pool: list[_Cand]) -> list[_Cand] | None:
    """The longest run of consecutive counts that adds up to the total."""
    for size in range(min(len(pool), 8), 1, -1):
        for f in range(len(pool) - size + 1):
            if _close(total, pool[f : f + size]) == "ok":
                return pool[f : f + size]
    return None


def _link_disciplined(by_sent: dict[int, list[_Cand]], links: _Links) -> None:
    """ "11 đảng viên có khuyết điểm, vi phạm, phải thi hành kỷ luật chín đảng viên": action within violations."""
    for group in by_sent.values():
        for k, c in enumerate(group):
            if c.discipline_cue != "violation" or links.has_parts(c):
                continue
            for p in group[k + 1 : k + 1 + _NEAR]:
                if p.noun[:1] != c.noun[:1]:
                    continue
                if p.discipline_cue == "action" and p.m.value < c.m.value and p.part_of is None:
                    links.link(c, p, "disciplined of violations")
                break


def _breakdowns(cands: list[_Cand], lx: _Lex) -> None:
    """Link parts to their totals and check the sums."""
    if len(cands) < 2:
        return  # a total needs a part
    by_sent: dict[int, list[_Cand]] = {}
    for c in cands:
        by_sent.setdefault(c.sent, []).append(c)
    links = _Links(lx)
    _link_of_total(cands, links, lx)
    _link_among(by_sent, links, lx)
    _link_lists(by_sent, links, lx)
    _link_next_sentence(by_sent, links, lx)
    _link_disciplined(by_sent, links)
    _link_sum_before(cands, links, lx)
    _link_sum_after(cands, links, lx)
    for c in cands:
        parts = links.parts.get(id(c))
        if parts:
            c.check = _close(c, parts)
            c.rules.append("breakdown:total")


def _link_next_sentence(by_sent: dict[int, list[_Cand]], links: _Links, lx: _Lex) -> None:
    """A sentence opening with "Trong đó" splits a total of the sentence before:
    "… 1.248 nhóm Zalo … Trong đó, cấp tỉnh có 12 nhóm, cấp huyện 156 nhóm và cấp xã 1.080 nhóm." """
    for s, parts in by_sent.items():
        toks, lows = parts[0].toks, parts[0].where.lows()
        if not toks or not lx.openers.at(lows, 0) or s - 1 not in by_sent:
            continue
        parts = [p for p in parts if p.part_of is None and not links.has_parts(p)]
        totals = [(t, [p for p in parts if _same_kind(t, p) and p.m.value < t.m.value]) for t in reversed(by_sent[s - 1])]
        # the total its parts add up to ("178 trang Fanpage, 96 kênh TikTok và 1.240 nhóm Zalo. Trong đó,
        # cấp tỉnh 12 trang Fanpage, cấp huyện 46 trang, cấp xã 120 trang"), else the last of the same kind
        adding = [(t, same) for t, same in totals if len(same) >= 2 and _close(t, same) == "ok"]
        for total, same in adding[:1] or totals:
            chosen = same if adding else [p for p in same if p.noun[:1] == total.noun[:1] or p.category == total.category]
            if chosen:
                for p in chosen:
                    links.link(total, p, "next sentence", _class_label)
                break


def _class_label(p: _Cand, lx: _Lex) -> None:
    """A part's label from the class named before it in a list: "cấp huyện 156 nhóm", "Hà Giang 142 ha"."""
    toks, lows = p.toks, p.where.lows()
    k = p.q0
    while k > 0 and (n := lx.actor_verbs.ending(lows, k)):
        k -= n  # "thủy sản đạt 9,1 tỷ USD", "YouTube gỡ 1.250 video": the verb is no part of the class
    j = k
    while j > 0 and k - j < 5 and toks[j - 1].is_word and toks[j - 1].low not in ("và", "trong", "đó", "có"):
        j -= 1
    # three words, or four set off by a mark or the sentence start ("…, nhóm nông sản chính đạt 28,6 tỷ USD")
    fits = k - j <= 3 or (k - j == 4 and (j == 0 or not toks[j - 1].is_word))
    if k > j and fits and not lx.actor_verbs.at(lows, j):
        p.label = " ".join(t.text for t in toks[j:k])
        p.rules.append("label:class")


def _bracket_label(p: _Cand, lx: _Lex) -> None:
    """A part in brackets: the class named before it ("(cấp huyện 2.450 hộ, cấp tỉnh 620 hộ)"), else its predicate."""
    _class_label(p, lx)
    if not p.label:
        _part_label(p, lx)


def _verb_label(p: _Cand, lx: _Lex) -> None:
    """A part's label from the verb right before it: "Google đã ngăn chặn khoảng 1.500 clip"."""
    for n in range(3, 0, -1):
        j = p.q0 - n
        if j >= 0 and lx.actor_verbs.at(p.where.lows(), j) == n:
            p.label = " ".join(t.text for t in p.toks[j : p.q0])
            p.rules.append("label:verb")
            return


def _part_label(p: _Cand, lx: _Lex) -> None:
    """A part's label when none stands before it: the predicate after its noun ("bị đuối nước")."""
    toks, lows = p.toks, p.where.lows()
    j = p.i1 + len(p.noun) if p.noun else p.unit_end
    while n := lx.label_skip.at(lows, j):
        j += n
    k = j
    while k < len(toks) and toks[k].is_word and k - j < 6 and not _is_number_tok(toks[k]):
        k += 1
    predicate = toks[j:k]
    # a predicate ("bị đuối nước", "bơi được vào bờ"), not an adjective of the noun ("video ngắn")
    if not any(t.low in ("bị", "được") for t in predicate) and not lx.actor_verbs.at(lows, j):
        return
    if k > j and (k == len(toks) or not toks[k].is_word):
        while predicate and predicate[-1].low in ("và", "hoặc"):
            predicate = predicate[:-1]  # "7 người bị cảnh cáo và 4 người…": the conjunction joins the next part
        p.label = " ".join(t.text for t in predicate)
        p.rules.append("label:predicate")


# ---------------------------------------------------------------- entry points


_START = attrgetter("start")
_END = attrgetter("end")


def analyze(text: str, doc: str = "-", segment: bool = False, published: str = "") -> Analysis:
    """Facts and dropped mentions of one document's NFC text.

    ``segment`` uses underthesea's word segmentation for object boundaries
    (optional extra ``statx[nlp]``; slower, see :mod:`statx.segment`).
    ``published`` is the article's date when its source gives one (HTML
    metadata, a dump's date field); otherwise it is read from the header.
    """
    lx = _lex()
    doc_toks = tokenize(text)
    mentions = find_numbers(text, doc_toks)
    sents = sentences(text)
    published = published or _published(text)
    dropped: list[Dropped] = []
    cands: list[_Cand] = []
    si = 0
    sent_toks: dict[int, list[Tok]] = {}
    sent_where: dict[int, _Where] = {}
    for m in mentions:
        if m.kind != NUMBER:
            dropped.append(Dropped(m.start, m.end, m.text, m.kind))
            continue
        while si < len(sents) - 1 and sents[si][1] <= m.start:
            si += 1
        s0, s1 = sents[si] if sents else (0, len(text))
        toks = sent_toks.get(si)
        if toks is None:
            toks = sent_toks[si] = doc_toks[bisect_left(doc_toks, s0, key=_START) : bisect_left(doc_toks, s1, key=_START)]
            sent_where[si] = _Where(toks)
        # token indexes, by binary search on the tokens' spans
        i0 = bisect_right(toks, m.start, key=_END)
        i1 = bisect_left(toks, m.end, key=_START)
        q0 = i0
        if m.qualifier_start is not None:
            q0 = min(bisect_left(toks, m.qualifier_start, key=_START), i0)
        c = _Cand(m, si, toks, sent_where[si], i0, i1, q0, rules=list(m.rules))
        reason = _drop_reason(c, lx)
        if reason:
            dropped.append(Dropped(m.start, m.end, m.text, reason))
            continue
        cands.append(c)
    _on_not_over(cands)
    for c in cands:
        _unit(c, text, lx)
        _object(c, text, lx, segment)
        _category(c, lx)
        _label(c, lx)
        _actor(c, text, lx)
    _share_list_noun(cands, lx)
    _carry_actor(cands)
    _breakdowns(cands, lx)
    facts = []
    periods: dict[int, tuple[list[re.Match[str]], list[int]]] = {}
    sent_text: dict[int, str] = {}
    for c in cands:
        s0, s1 = sents[c.sent] if sents else (0, len(text))
        if c.sent not in periods:
            found = _own_periods(c, text, s1, lx)
            periods[c.sent] = (found, [p.end() for p in found])
        m = c.m
        facts.append(
            Fact(
                doc=doc,
                start=m.start,
                end=m.end,
                mention=m.text,
                value=to_plain(m.value),
                qualifier=m.qualifier,
                value_max=None if m.value_max is None else to_plain(m.value_max),
                unit=c.unit,
                object=c.obj,
                category=c.category,
                label=c.label,
                part_of=c.part_of,
                actor=c.actor,
                period=_period(*periods[c.sent], m.start),
                published=published,
                sentence=_sentence_text(text, s0, s1, m.start, m.end, sent_text),
                rules=";".join(dict.fromkeys(c.rules)),
                check=c.check,
            )
        )
    return Analysis(facts, dropped)


_SENTENCE_MAX = 600


def _sentence_text(text: str, s0: int, s1: int, start: int, end: int, cache: dict[int, str]) -> str:
    """The sentence with its white space folded; a very long one is cut to a window around the number."""
    if s1 - s0 <= _SENTENCE_MAX:
        if s0 not in cache:
            cache[s0] = " ".join(text[s0:s1].split())
        return cache[s0]
    half = _SENTENCE_MAX // 2
    a, b = max(s0, start - half), min(s1, end + half)
    return ("…" if a > s0 else "") + " ".join(text[a:b].split()) + ("…" if b < s1 else "")


def _on_not_over(cands: list[_Cand]) -> None:
    """ "khai thác 103 tàu bay trên 137 đường bay": "trên" right after another count's noun is
    "on", not "more than"; the second count is exact."""
    for p, c in itertools.pairwise(cands):
        m = c.m
        if p.sent != c.sent or m.qualifier != "more_than" or c.q0 == c.i0 or c.toks[c.q0].low != "trên":
            continue
        between = c.toks[p.i1 : c.q0]
        if 0 < len(between) <= 4 and all(t.is_word for t in between):
            m.qualifier, m.qualifier_start = "exact", None
            m.rules = tuple(r for r in m.rules if r != "qualifier:more_than")
            c.q0 = c.i0
            c.rules = [r for r in c.rules if r != "qualifier:more_than"]
            c.rules.append("qualifier:on, not over")


def _listed(p: _Cand, c: _Cand, marks: tuple[str, ...] = (",", "và")) -> bool:
    """``c`` follows ``p`` right after a list mark: "210, 198 và 187"."""
    return p.sent == c.sent and c.q0 == p.i1 + 1 and p.toks[p.i1].low in marks


def _share_list_noun(cands: list[_Cand], lx: _Lex) -> None:
    """ "lần lượt 210, 198 và 187 ca", "1.826/2.985 trường": bare counts listed right before the one that names its noun
    count the same thing (backwards, so the noun passes along the list). After a noun before them
    ("tổng lượt xem … hơn 1 tỷ, hơn 28 triệu lượt thích") only when "lần lượt" opens the list."""
    first = list(range(len(cands)))  # the index of the first item of each count's list
    for k in range(1, len(cands)):
        if _listed(cands[k - 1], cands[k]):
            first[k] = first[k - 1]
    for k in range(len(cands) - 2, -1, -1):
        c, nxt = cands[k], cands[k + 1]
        if c.noun or c.unit or c.m.percent or not (nxt.noun or nxt.unit) or not _listed(c, nxt, (",", "và", "/")):
            continue
        if c.category != Category.OTHER.value and not _respectively(cands[first[k]], lx):
            continue
        c.noun, c.unit, c.obj, c.category = nxt.noun, nxt.unit, nxt.obj, nxt.category
        c.rules.append("category:list")


def _respectively(first: _Cand, lx: _Lex) -> bool:
    """ "lần lượt" a few words before the first item of a list:
    "Các trang lần lượt thu hút 320.000, 145.000 và 56.000 người theo dõi"."""
    lows = first.where.lows()
    return any(lx.respectively.at(lows, j) for j in range(max(0, first.q0 - 4), first.q0))


def _carry_actor(cands: list[_Cand]) -> None:
    """A list that shares its subject shares its actor: "Thành đoàn có 2 trang Fanpage, 1 trang Facebook",
    "Cấp ủy kiểm tra 796 tổ chức đảng; giám sát 231 tổ chức đảng"."""
    last: _Cand | None = None
    named: _Cand | None = None  # the last fact whose actor is a name
    for c in cands:
        if c.actor_pronoun and named is not None and c.sent - named.sent <= 3:
            c.actor = named.actor
            c.rules.append("actor:pronoun")
        if c.actor and c.actor[0].isupper():
            named = c
        if last is not None and last.sent == c.sent and not c.actor and last.actor:
            between = [t.low for t in c.toks[last.i1 : c.q0]]
            if ";" not in between or c.clause_start == c.q0 or _lex().actor_verbs.at(c.where.lows(), c.clause_start):
                c.actor = last.actor
                c.rules.append("actor:shared")
        last = c


def extract(text: str, doc: str = "-", segment: bool = False) -> list[Fact]:
    """The numeric facts of one document's text (NFC-normalised here)."""
    return analyze(unicodedata.normalize("NFC", text), doc, segment).facts
