"""Is it a fact? Dates, codes, names with digits, ordinals and other numbers that count nothing are dropped, with the reason.

The shapes of Vietnamese it knows (word lists in ``lexicon/notfacts.toml``):

* a year: "năm 2030", "nhiệm kỳ 2020 - 2025", "năm học 2023-24"; a date after "ngày", "tháng";
* an age ("25 tuổi"), a duration ("3 năm", unless scaled), a time ("lúc 7 giờ", "17h");
* an ordinal or a name: "Nghị quyết 35 về…", "BCĐ 35 tỉnh", "Công ty Xây lắp 9 (tỉnh B)";
* a rate's denominator: "trên 1 ha";
* spelled numbers that count nothing: a slogan in quotes (“Hai chân”), a vague
  "vài ba", "thứ ba", "giải Ba", "năm" as a year, "một" as "a", set phrases;
* and one qualifier that is not one: "trên" right after another count's noun
  ("40 xe buýt trên 25 tuyến") is "on", not "more than".

Mentions that :mod:`statx.numbers` found to be no quantity (dates, codes, phone
numbers) are dropped with their kind.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import cache

from statx.facts import Category, Dropped
from statx.lexicon import load
from statx.lexicon.dictionary import words
from statx.lexicon.places import is_place, place_names
from statx.numbers import Mention
from statx.understand.context import Cand, Lexicon, Tok, bracket_around, is_number_tok
from statx.understand.day_spans import day_before_date, first_day_of_span, year_span_end
from statx.understand.label import join_words
from statx.understand.subject import CLOSE_QUOTES, DASHES, OPEN_QUOTES

__all__ = ["on_not_over", "sort_out"]


_YEAR_SHAPE = re.compile(r"\d{4}(?:\s*[-–]\s*\d{4})?")
_DAY_MONTH_SHAPE = re.compile(r"\d{1,2}-\d{1,2}")
# "từ 1 - 4.8", "1 đến 4.8": a span of days up to a day and month written with a point
_DAY_SPAN_DOTTED = re.compile(r"(\d{1,2})\s*(?:[-–]|đến|tới)\s*(\d{1,2})\.(\d{1,2})")
_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")
# marks that end a list item after its count
_ITEM_ENDS = frozenset(",;)")


def _round_the_clock(c: Cand) -> bool:
    """ "trực 24/24 giờ", "24/24h", "hoạt động 24/7": every hour of the day, every day of the week, no count
    ("24/24 xã" is 24 of 24 communes)."""
    toks, k = c.toks, c.i0
    if k >= 2 and toks[k - 1].text == "/":
        k -= 2  # the second number: look from the first
    if k + 2 >= len(toks) or toks[k].text != "24" or toks[k + 1].text != "/":
        return False
    first, slash, second = toks[k : k + 3]
    if not (first.end == slash.start and slash.end == second.start and second.text in ("24", "7", "24h")):
        return False
    after = toks[k + 3] if k + 3 < len(toks) else None
    return second.text != "24" or after is None or not after.is_word or after.low == "giờ" or after.start == second.end


def _drop_reason(c: Cand, lx: Lexicon) -> str | None:
    """The not-fact rule that applies to a candidate, or None for a fact."""
    m, toks, lows, i0, i1 = c.m, c.toks, c.where.lows, c.i0, c.i1
    if m.percent:
        return None
    if i0 == 0 and _numbering(c):
        return "ordinal or name"
    prev = toks[i0 - 1] if i0 > 0 else None
    nxt = toks[i1] if i1 < len(toks) else None
    qualified = c.q0 != i0
    # the words either side, for a cheap test before each look-up ("" is no phrase's word)
    before, after = lows[i0 - 1] if i0 > 0 else "", lows[i1] if i1 < len(lows) else ""
    followed_by_unit = after in lx.unit_or_noun.by_first and lx.unit_or_noun.at(lows, i1) > 0
    bare = _YEAR_SHAPE.fullmatch(m.text) is not None
    in_years = bare and 1900 <= m.value <= 2100 and (m.value_max is None or m.value_max <= 2100)
    # "ước 10 tháng 19.460 tỷ đồng": digits with a scale word are an amount, no day, month or year ("năm hai nghìn" is)
    amount = m.scaled and not m.spelled
    dated = not qualified and not amount and before in lx.date_before.by_last and lx.date_before.ending(lows, i0) > 0
    dated = dated and not (followed_by_unit and lx.count_within.ending(lows, i0) > 0)  # "trong ngày 2.417 trường hợp"
    if in_years and (not followed_by_unit or dated):
        return "year"  # "năm 2030", "nhiệm kỳ 2020 - 2025"
    if dated or (not qualified and _dotted_day(c, lx)):
        return "date"
    if not qualified and not m.scaled and _VERSION.fullmatch(m.text) and not followed_by_unit:
        return "ordinal or name"  # "nền sản xuất 4.0", "Web 2.0": a version, no decimal (a comma)
    if not qualified and (day_before_date(c) or first_day_of_span(c, lx)):
        return "date"  # "(14 – 15/4)", "từ 20-22/9", "từ 9 tới 14-2": the first day of a span of days
    if year_span_end(c):
        return "year"  # "năm học 2023-24", "niên vụ 2023/24": the next year's last two digits
    if (after in lx.age_after.by_first and lx.age_after.at(lows, i1)) or _age_span_start(c, lx):
        return "age"
    if after in lx.duration_after.by_first and (n := lx.duration_after.at(lows, i1)) and not m.scaled and not _per(toks, i1 + n):
        return "duration"
    timed = not qualified and before in lx.time_before.by_last and lx.time_before.ending(lows, i0)
    hour = m.value == int(m.value) and 0 <= m.value <= 24 and m.value_max is None  # "167,967g" weighs grams
    if (m.glued.lower() in lx.time_glued and hour) or timed or _round_the_clock(c):
        return "time"
    # a network's name, or a counted noun written as capitals ("12 HCV", "5 CLB"), counts, no name goes on
    brand = nxt is not None and (
        lx.counted.get((nxt.low,)) == Category.SOCIAL_ACCOUNT or (nxt.text.isupper() and (nxt.low,) in lx.counted)
    )
    counts_next = followed_by_unit and nxt is not None and (not nxt.capitalized or brand or lx.currency.at(lows, i1) > 0)
    grouped = _GROUPED.fullmatch(m.text) is not None  # "15.000": a name's number has no thousands dots
    if not qualified and not grouped and (_named_always(lows, i0, lx) or _second_ordinal(c, lx)):
        return "ordinal or name"  # "BCĐ 35 tỉnh", "Nghị quyết 35 về…": whatever follows; "thứ 4 và 5"
    if not qualified and (why := _name_or_address(c, lx)):
        return why
    named = before in lx.name_before.by_last and _name_word_before(c, lx)
    if not qualified and not counts_next and not grouped and named:
        return "ordinal or name"
    inner = not qualified and not m.spelled and not m.scaled and i0 - 1 > 0
    if inner and prev is not None and not _place_item(c, lx) and not _place_count(c, lx):
        # "BCĐ 35 Thành ủy", "(BCĐ) 35 Tỉnh ủy", "Lilama 3 (Hà Nội)": digits inside a proper name
        noun_next = nxt is not None and nxt.is_word and not nxt.capitalized and after not in lx.object_stop
        verb_next = noun_next and lows[i1] in lx.actor_verbs.by_first and lx.actor_verbs.at(lows, i1)
        positional = noun_next and not verb_next and _capital_of_position(c)
        prev_name = (prev.is_word and prev.capitalized and not positional) or (
            prev.text == ")" and i0 >= 2 and toks[i0 - 2].capitalized
        )
        # a currency is no word of a name: "Gạo 638 USD/tấn" prices rice
        next_name = nxt is None or not nxt.is_word or (nxt.capitalized and not brand and not lx.currency.at(lows, i1))
        next_name = next_name or (bool(verb_next) and _edition(c, lx))  # "Đại hội A 8 tổ chức năm 2001"
        if prev_name and (not followed_by_unit or next_name) and not _item_in_bracket(c) and not _item_after_a_count(c, lx):
            return "name with digits"
    if inner and not grouped and _in_body_name(c, lx) and _place_after(toks, i1):
        return "name with digits"  # "Trung tâm cấp cứu 115 TP.HCM", "Bệnh viện Quân y 175 Hà Nội": a body's name and place
    if not qualified and not m.scaled and nxt is not None and nxt.text in CLOSE_QUOTES and _quoted_name(c, lx):
        return "name with digits"  # the end of a name in quotes: “Trạm cứu hộ 112”
    if m.text == "1" and after == "số" and i1 + 1 < len(toks) and toks[i1 + 1].is_word and not toks[i1 + 1].capitalized:
        return "set phrase"  # "trong đó 1 số đơn vị …": "một số" (some) written in digits
    per_one = qualified and m.value == 1 and not m.scaled and m.value_max is None and lows[c.q0] == "trên"
    if per_one and (lx.measure.at(lows, i1) or lx.currency.at(lows, i1)):
        return "per unit"  # "Giá trị sản xuất trên 1 ha đạt 185 triệu đồng": a rate's denominator
    if m.value_max is not None and _DAY_MONTH_SHAPE.fullmatch(m.text) and m.value_max <= 12 and not followed_by_unit:
        return "date"
    if m.value_max is not None and not m.scaled and not followed_by_unit and _day_span_dotted(m.text):
        return "date"  # "trong 4 ngày từ 1 - 4.8": the days of a span up to a day and month
    if m.spelled:
        return _spelled_reason(c, lx)
    return None


def _name_or_address(c: Cand, lx: Lexicon) -> str | None:
    """A number after a name's word and a spaced dash ("Covid - 19", "COVID – 19"), an address ("căn hộ 7.05",
    "phòng 215 khách sạn A", "tầng 12"), or the one of "1 trong 45 cây cầu" (N counts, the one is no fact)."""
    toks, lows, i0, i1 = c.toks, c.where.lows, c.i0, c.i1
    spaced_dash = i0 >= 2 and toks[i0 - 1].text in DASHES and toks[i0 - 2].end < toks[i0 - 1].start
    if spaced_dash and c.m.value_max is None and lx.name_before_always.ending(lows, i0 - 1) > 0:
        return "ordinal or name"
    n = lx.address_before.ending(lows, i0) if i0 > 0 and lows[i0 - 1] in lx.address_before.by_last else 0
    if n and not _in_name(toks, i0 - n):
        return "address"
    if c.m.text == "1" and i1 + 1 < len(toks) and lows[i1] == "trong":
        j = i1 + 2 if lows[i1 + 1] == "số" else i1 + 1
        if j < len(toks) and is_number_tok(toks[j]):
            return "one of N"
    return None


def _in_name(toks: list[Tok], j: int) -> bool:
    """The word at ``j`` is capitalised after a capitalised word: it goes on with a name ("Hải Phòng 57 học sinh"
    counts pupils of a city, no room number), no word of an address."""
    return j > 0 and toks[j].capitalized and toks[j - 1].is_word and toks[j - 1].capitalized


def _edition(c: Cand, lx: Lexicon) -> bool:
    """After a capitalised name, its number, then a word that is a verb here though also a counted noun, and a
    time or place: "Đại hội A 8 tổ chức năm 2001", "… 7 tổ chức tại B" — the number is the event's edition."""
    lows, i1 = c.where.lows, c.i1
    n = lx.actor_verbs.at(lows, i1)
    return n > 0 and i1 + n < len(lows) and lows[i1 + n] in lx.edition_after


def _in_body_name(c: Cand, lx: Lexicon) -> bool:
    """The words right before the number, with no mark between, open with the noun of a kind of body ("Trung
    tâm cấp cứu", "Bệnh viện Quân y") in capitals: the number is part of its name. Not a list item after a
    count ("…, trong đó 80 Hà Nội, 40 Hải Phòng") nor a count after a verb ("có 12 Hà Nội")."""
    if _place_item(c, lx) or _item_after_a_count(c, lx) or _item_in_bracket(c):
        return False
    toks, lows = c.toks, c.where.lows
    for j in range(c.i0 - 1, max(-1, c.i0 - 5), -1):
        if not toks[j].is_word:
            return False
        n = lx.counted_phrases.at(lows, j) if toks[j].capitalized and lows[j] in lx.counted_phrases.by_first else 0
        if n and lx.counted.get(tuple(lows[j : j + n])) == "organization":
            return True
    return False


def _place_after(toks: list[Tok], k: int) -> bool:
    """A place of the gazetteer is written from toks[k]: "Hà Nội", "TP.HCM", "TP. Hồ Chí Minh"."""
    if k + 2 < len(toks) and toks[k].text in ("TP", "Tp") and toks[k + 1].text == "." and toks[k + 2].capitalized:
        return True
    run = 0
    while k + run < len(toks) and run < 4 and toks[k + run].is_word and toks[k + run].capitalized:
        run += 1
    return any(is_place(join_words(toks[k : k + n])) for n in range(run, 0, -1))


def _per(toks: list[Tok], j: int) -> bool:
    """A slash glued after the word before ``j`` and a word after it: "1,4 ngày/lượt" is a rate, no duration."""
    return j + 1 < len(toks) and toks[j].text == "/" and toks[j].start == toks[j - 1].end and toks[j + 1].is_word


_VERSION = re.compile(r"\d{1,2}\.0")
_DOTTED_DAY = re.compile(r"(\d{1,2})\.(\d{1,2})")


@cache
def _dotted_before() -> frozenset[str]:
    return frozenset(load("notfacts")["date_before"]["dotted"])


def _dotted_day(c: Cand, lx: Lexicon) -> bool:
    """ "Trưa nay 10.5, …": a day and month written with a point after a word of the day; "nghỉ lễ 30.4 đến
    3.5, …": one that a span goes on to another, with no unit after it."""
    if c.m.scaled or c.i1 != c.i0 + 1:
        return False
    if _dotted_day_at(c.toks, c.i0):
        return True
    toks, i0, i1, lows = c.toks, c.i0, c.i1, c.where.lows
    if not _day_and_month(toks[i0].text):
        return False

    def no_unit(k: int) -> bool:  # "… 3.5 cả nước", "… 3.5,": no measure after the span ("lên 7.2 điểm")
        return k >= len(toks) or not toks[k].is_word or not lx.unit_or_noun.at(lows, k)

    spans = ("đến", "tới", "-", "–")
    if i0 >= 2 and toks[i0 - 1].low in spans and _day_and_month(toks[i0 - 2].text):
        return no_unit(i1)  # the span's last day: "… 30.4 đến 3.5,"
    if i1 + 1 >= len(toks) or toks[i1].low not in spans or not _day_and_month(toks[i1 + 1].text):
        return False
    return no_unit(i1 + 2)


def _day_span_dotted(text: str) -> bool:
    """ "1 - 4.8", "1 đến 4.8": a first day, then a later day and its month after a point."""
    shape = _DAY_SPAN_DOTTED.fullmatch(text)
    return shape is not None and 1 <= int(shape[1]) < int(shape[2]) <= 31 and 1 <= int(shape[3]) <= 12


def _day_and_month(text: str) -> bool:
    shape = _DOTTED_DAY.fullmatch(text)
    return shape is not None and 1 <= int(shape[1]) <= 31 and 1 <= int(shape[2]) <= 12


def _dotted_day_at(toks: list[Tok], j: int) -> bool:
    return _day_and_month(toks[j].text) and j > 0 and toks[j - 1].low in _dotted_before()


def _numbering(c: Cand) -> bool:
    """A number and a mark opening a sentence: "1." numbering a heading alone, "2) Kết quả …" an item."""
    toks, i1, m = c.toks, c.i1, c.m
    if i1 >= len(toks) or toks[i1].text not in ".)" or m.scaled or m.value_max is not None:
        return False
    return i1 == len(toks) - 1 or (toks[i1].text == ")" and i1 + 1 < len(toks) and toks[i1 + 1].capitalized)


def _capital_of_position(c: Cand) -> bool:
    """The word before the number is capitalised only because it opens the text after a dash or colon,
    a word of the Viet74K list in lower case, and a noun follows the number: "TPO - Trong 10 sự kiện",
    not "Lilama 3", nor "Hà Nội - Đội 3 đã cứu…" (a verb after the number: a name's number)."""
    if c.i0 < 2:
        return False
    prev, mark = c.toks[c.i0 - 1], c.toks[c.i0 - 2].text
    return (mark in DASHES or mark == ":") and prev.low in words() and prev.text[1:].islower()


def _quoted_name(c: Cand, lx: Lexicon) -> bool:
    """A number that closes a quoted name of a few words opened by a capital: “Đường dây nóng 1022”;
    not a quoted clause with a verb before its number: “Số hộ còn nghèo là 45”."""
    toks, lows = c.toks, c.where.lows
    verbs = lx.actor_verbs
    for j in range(c.i0 - 1, max(c.i0 - 7, -1), -1):
        if toks[j].text in OPEN_QUOTES:
            said = any(lows[k] in verbs.by_first and verbs.at(lows, k) for k in range(j + 2, c.i0))
            return j + 1 < c.i0 and toks[j + 1].capitalized and not said
        if not toks[j].is_word:
            return False
    return False


def _spelled_reason(c: Cand, lx: Lexicon) -> str | None:
    m, toks, lows, i0, i1 = c.m, c.toks, c.where.lows, c.i0, c.i1
    first = toks[i0].low
    prev = toks[i0 - 1] if i0 > 0 else None
    nxt = toks[i1] if i1 < len(toks) else None
    if m.scaled:
        return None
    if prev is not None and prev.text in OPEN_QUOTES and any(t.text in CLOSE_QUOTES for t in toks[i1 : i1 + 3]):
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
    if nxt.low == "là" and i1 + 1 < len(toks) and toks[i1 + 1].text in (",", ":"):
        return "ordinal or name"  # "một là, …; hai là, …": the points of an argument, counted in turn
    if first == "một" and i1 == i0 + 1 and (_parallel_one(c) or _one_each(c)):
        return None  # "…, một người bị thương ở A, một người mất tích ở B", "mỗi nơi một người": one of each item
    if i1 == i0 + 1 and first in lx.set_phrases and nxt.low in lx.set_phrases[first]:
        return "set phrase"
    counted = lx.marking_phrases.at(lows, i1)
    if nxt.capitalized and not counted:
        return "part of a name"
    if m.text.lower() == "năm" and (not counted or (prev is not None and (prev.low in lx.year_word_before or prev.is_digit))):
        return "năm = year"
    if first == "một" and i1 == i0 + 1 and not _in_list(c):
        return "một = a"
    return None


@cache
def _each_words() -> frozenset[str]:
    return frozenset(load("notfacts")["one_each"]["words"])


def _one_each(c: Cand) -> bool:
    """ "một" two or three words after a word for "each", nothing but words between: "(mỗi nơi một người)",
    "mỗi xã một đại biểu" count one for each."""
    toks = c.toks
    at = [k for k in range(max(0, c.i0 - 3), c.i0 - 1) if toks[k].low in _each_words()]
    return bool(at) and all(toks[k].is_word for k in range(at[-1], c.i0))


def _parallel_one(c: Cand) -> bool:
    """ "một" opening one of several items that each count one of the same noun: "…, một người bị thương ở A,
    một người mất tích ở B" — each is 1, not "a". Every such "một" follows a comma, semicolon, colon or "và"."""
    toks, i0 = c.toks, c.i0
    noun = toks[i0 + 1].low
    if f"một {noun}" in words():
        return False  # a word of the Viet74K list: "một số" (some), "một vài", "một cách"

    def opens_item(j: int) -> bool:
        return j > 0 and (toks[j - 1].text in (",", ";", ":") or toks[j - 1].low == "và")

    if not opens_item(i0):
        return False
    items = [j for j in range(len(toks) - 1) if toks[j].low == "một" and toks[j + 1].low == noun and opens_item(j)]
    # "…, một người cho biết …, một người khác nói …": someone and another one, no count
    other = any(j + 2 < len(toks) and toks[j + 2].low == "khác" for j in items)
    return len(items) >= 2 and not other


def _in_list(c: Cand) -> bool:
    """A count coordinated with other numbers: "một tổ chức đảng, 9 đảng viên", or of a noun another number
    of its sentence counts other than one ("A có 5 ngôi nhà, B có một ngôi nhà", not "giá 1 tuyến …, một tuyến …",
    each a rate for one); not a list of "một" alone, each "a" thing
    ("tịch thu một con dao và một xe đạp")."""
    toks = c.toks
    noun = toks[c.i1].low
    counts = c.where.numbers()  # within a few items either side, so the cost stays linear
    near = counts[bisect_left(counts, c.i0 - 40) : bisect_left(counts, c.i1 + 40)]
    if any(j + 1 < len(toks) and toks[j + 1].low == noun and toks[j].low not in ("một", "1") for j in near):
        return True
    for k in range(c.i1, min(c.i1 + 7, len(toks) - 1)):
        t = toks[k]
        if t.low in (",", "và", ";") and is_number_tok(toks[k + 1]) and toks[k + 1].low != "một":
            return True
        if not t.is_word:
            break
    k = c.q0 - 1
    if k >= 2 and toks[k].low == "có" and toks[k - 1].capitalized and bracket_around(c.where, c.i0) is not None:
        k -= 1  # "(A có 18 và Nam Lâm có một căn chòi)": an item of a place, back past its name
        while k >= 1 and toks[k - 1].capitalized and c.q0 - k < 6:
            k -= 1
        k -= 1
    if k >= 1 and toks[k].low in (",", "và"):
        for j in range(k - 1, max(k - 8, -1), -1):
            if toks[j].is_digit:
                return not _dotted_day_at(toks, j)  # "Trưa nay 10.5, một vụ …": a date, no count before
            if toks[j].low not in ("một", "năm") and is_number_tok(toks[j]):
                return True  # "gồm hai đại biểu nữ, ba đại biểu …, một đại biểu tái cử": counts in words
            if not toks[j].is_word:
                break
    return False


def _place_item(c: Cand, lx: Lexicon) -> bool:
    """A place of the gazetteer and its count, an item of a list: "(Bắc Lâm 28, Nam Lâm 15, …)",
    "…; Nam Lâm 9.", "gồm Bắc Lâm 4, Nam Lâm 2", "trong đó huyện Bắc Lâm 4, …", "(Bắc Lâm 2 tàu, …)" (a word of
    Viet74K after the count) — not a name with digits. The name, or its kind of
    place, opens its item (a mark, a word that opens a list or an item, or the sentence start before it)."""
    toks, j = c.toks, _place_before(c)
    if j < 0:
        return False
    if j > 0 and toks[j - 1].low in lx.class_heads.by_last:
        j -= lx.class_heads.ending(c.where.lows, j)  # the kind of place before its name: "tỉnh Bình An 45,"
    lows = c.where.lows
    opened = j == 0 or toks[j - 1].text in ",;:(" or lx.list_intro.ending(lows, j) > 0 or lx.item_openers.ending(lows, j) > 0
    end = c.i1
    while end < len(toks) and end - c.i1 < 3 and toks[end].is_word and not toks[end].capitalized and lows[end] != "và":
        end += 1  # its noun: "(A 2 tàu, B 1 tàu)"
    if end > c.i1 and " ".join(lows[c.i1 : end]) not in words() and not lx.counted_phrases.at(lows, c.i1):
        return False
    closed = end == len(toks) or toks[end].text in _ITEM_ENDS or toks[end].text == "." or lows[end] == "và"
    return opened and closed


def _place_before(c: Cand) -> int:
    """Where the place of the gazetteer named right before the number starts, else -1: "Bắc Lâm 4",
    "TP. Hồ Chí Minh 44", "TX Sơn Tây 3" (after an abbreviated kind of place)."""
    toks, j = c.toks, c.i0
    while j > 0 and c.i0 - j < 5 and (toks[j - 1].capitalized or (toks[j - 1].text in "-." and j < c.i0)):
        j -= 1
    if j == c.i0 or not toks[j].capitalized:
        return -1
    k = j
    while k < c.i0 - 1 and (toks[k].text.isupper() or toks[k].text in "-."):
        k += 1
    name, places = join_words(toks[k : c.i0]), place_names()
    if name not in places and name.replace("-", " ") not in places and name.rpartition("-")[2] not in places:
        return -1  # "Thừa Thiên-Huế": a province of old by the name of the place it became
    return j


def _place_count(c: Cand, lx: Lexicon) -> bool:
    """A place of the gazetteer, then its count of a noun in lower case: "…, Bắc Lâm 5 tàu neo đậu" counts
    boats, no name with digits (the noun's clause may run on, unlike an item of a list)."""
    toks, i1 = c.toks, c.i1
    if i1 >= len(toks) or not toks[i1].is_word or toks[i1].capitalized:
        return False
    counted = lx.unit_or_noun.at(c.where.lows, i1) > 0 or lx.counted_phrases.at(c.where.lows, i1) > 0
    return counted and _place_before(c) >= 0


def _item_in_bracket(c: Cand) -> bool:
    """A count of a list in a bracket after a count, named before its number:
    "36 tàu bị chìm (Phú Thọ 7; Hà Tĩnh 28; Quảng Trị 1)", or with the noun of the count before the bracket
    ("9 tàu bị chìm (A có 4 tàu và Bắc Lâm 5 tàu neo tại bến)"); not a name with digits."""
    toks = c.toks
    if c.i1 >= len(toks):
        return False
    nxt = toks[c.i1]
    ends = nxt.low in (";", ",", ")", "và")
    noun = not ends and nxt.is_word and not nxt.capitalized  # the count's noun: that of the count before the bracket
    if not ends and not noun:
        return False
    around = bracket_around(c.where, c.i0)
    if around is None:
        return False
    opened, counts = around[0], c.where.numbers()
    k = bisect_left(counts, opened) - 1
    if k < 0 or opened - counts[k] > 14:
        return False
    if noun and (counts[k] + 1 >= len(toks) or toks[counts[k] + 1].low != nxt.low):
        return False
    # the count's clause runs on to the bracket: "99 ngôi nhà bị ảnh hưởng, hư hỏng (A 82, B 3)"
    return opened - counts[k] <= 6 or all(t.text not in (";", ".", ":") for t in c.toks[counts[k] : opened])


def _named_always(lows: Sequence[str], i: int, lx: Lexicon) -> bool:
    """A word that always opens an ordinal or a name stands right before lows[i]: "thứ", "Nghị quyết"."""
    return i > 0 and lows[i - 1] in lx.name_before_always.by_last and lx.name_before_always.ending(lows, i) > 0


def _second_ordinal(c: Cand, lx: Lexicon) -> bool:
    """The number follows such an ordinal's number, joined by "và" or "hoặc": the 5 of "xếp thứ 4 và 5"."""
    toks, lows, i0 = c.toks, c.where.lows, c.i0
    joined = i0 >= 3 and lows[i0 - 1] in lx.joins and toks[i0 - 2].is_digit  # not "tỉnh lộ 15, 12 hộ": a comma ends it
    return joined and _named_always(lows, i0 - 2, lx)


def _name_word_before(c: Cand, lx: Lexicon) -> bool:
    """A word that opens a name or an ordinal right before the number ("số 5", "Luật 12"), itself no end of a
    longer word of the Viet74K list ("kỷ luật 4", "tổng số 9") nor of a total ("trong số 21 ngôn ngữ")."""
    lows, i0 = c.where.lows, c.i0
    n = lx.name_before.ending(lows, i0)
    if not n:
        return False
    if n == 1 and i0 >= 2 and c.toks[i0 - 2].is_word and f"{lows[i0 - 2]} {lows[i0 - 1]}" in words():
        return False
    return lx.total_after.ending(lows, i0) <= n and lx.among.ending(lows, i0) <= n


def _name_before(toks: list[Tok], i: int) -> int:
    """The index of the mark before the capitalised name that ends right before ``i``, else -1."""
    j = i - 1
    while j >= 0 and toks[j].is_word and toks[j].capitalized and i - j <= 4:
        j -= 1
    return j if 0 < j < i - 1 and toks[j].low in (",", ";", "và") else -1


def _item_after_a_count(c: Cand, lx: Lexicon) -> bool:
    """A count named before its number in a list whose first item counts a noun, outside a bracket:
    "đoàn A 120 HCV, đoàn B 98, đoàn C 75"; not a name with digits."""
    toks, lows = c.toks, c.where.lows
    if c.i1 < len(toks) and toks[c.i1].text not in (",", ";", ".", "và", ")"):
        return False
    j = _name_before(toks, c.i0)
    for _ in range(8):  # item by item back to the first
        if j < 1:
            return False
        k = j - 1
        while k >= 0 and j - k <= 4 and toks[k].is_word and (not toks[k].capitalized or toks[k].text.isupper()):
            k -= 1  # the noun of the item before and its words: "52 huy chương vàng,", "120 HCV,"
        if k < 0 or not toks[k].is_digit:
            return False
        if k + 1 < j:
            return lx.unit_or_noun.at(lows, k + 1) > 0
        j = _name_before(toks, k)
    return False


def on_not_over(cands: list[Cand]) -> None:
    """ "khai thác 103 tàu bay trên 137 đường bay": "trên" right after another count's noun is
    "on", not "more than"; the second count is exact."""
    for p, c in itertools.pairwise(cands):
        m = c.m
        if p.sent != c.sent or m.qualifier != "more_than" or c.q0 == c.i0 or c.toks[c.q0].low != "trên":
            continue
        between = c.toks[p.i1 : c.q0]
        # not after "và" or a change ("400 người chết và tăng trên 1.900 người"): a new count, "more than"
        joined = any(t.low in ("và", "hoặc", "tăng", "giảm") for t in between)
        if 0 < len(between) <= 4 and all(t.is_word for t in between) and not joined:
            m.qualifier, m.qualifier_start = "exact", None
            m.rules = tuple(r for r in m.rules if r != "qualifier:more_than")
            c.q0 = c.i0
            c.rules = [r for r in c.rules if r != "qualifier:more_than"]
            c.rules.append("qualifier:on, not over")


def sort_out(found: Iterable[Mention | Cand], lx: Lexicon) -> tuple[list[Cand], list[Dropped]]:
    """The candidates that are facts, and the mentions dropped, each with the rule that dropped it, in text order."""
    dropped: list[Dropped] = []
    cands: list[Cand] = []
    named: Cand | None = None  # the last candidate dropped as a name or number of one
    for c in found:
        if isinstance(c, Mention):  # a date, a code, a phone number: its kind is the reason
            dropped.append(Dropped(c.start, c.end, c.text, c.kind))
            continue
        reason = _drop_reason(c, lx) or ("ordinal or name" if named is not None and _names_go_on(named, c, lx) else None)
        if reason:
            m = c.m
            dropped.append(Dropped(m.start, m.end, m.text, reason))
            named = c if reason in _NAMING else None
            continue
        named = None
        cands.append(c)
    return cands, dropped


# the reasons that make a number part of a name, which a list of bare numbers after it goes on naming
_NAMING = frozenset(["ordinal or name", "time"])


def _names_go_on(named: Cand, c: Cand, lx: Lexicon) -> bool:
    """A bare number right after a name's number and a comma, "và" or a glued slash, with no noun after it, names
    too: "quốc lộ 4D, 12, 279 và 32", "số 5/613 Lê Lợi" (an address)."""
    glued_k = c.m.text[:-1].isdigit() and c.m.text[-1] in "kK"  # "quốc lộ 7, 6K": a code's letter, no thousands
    if c.sent != named.sent or c.q0 != c.i0 or c.m.percent or (c.m.scaled and not glued_k):
        return False
    toks, lows = c.toks, c.where.lows
    k = named.i1
    while k < c.i0 and toks[k].is_word and toks[k].start == toks[k - 1].end:
        k += 1  # the letters glued to the name's number: "4D"
    if c.i0 != k + 1:
        return False
    mark = toks[k]
    slash = mark.text == "/" and mark.start == toks[k - 1].end and mark.end == c.m.start
    if not slash and mark.text != "," and mark.low != "và":
        return False
    if c.i1 >= len(toks):
        return True
    # a mark, a name ("Lê Lợi") or a word that is no unit nor counted noun ("bị", "suốt"): "10 giải Khuyến khích" counts
    after = toks[c.i1]
    counted = lx.unit_or_noun.at(lows, c.i1) > 0 or lx.counted_phrases.at(lows, c.i1) > 0
    return not after.is_word or after.capitalized or not counted


def _age_span_start(c: Cand, lx: Lexicon) -> bool:
    """The first age of a span of ages: "trẻ từ 5 đến dưới 12 tuổi", "từ 18 - 60 tuổi"."""
    toks, lows, k = c.toks, c.where.lows, c.i1
    if k >= len(toks) or lows[k] not in lx.age_span_joins:
        return False
    k += 1 + (k + 1 < len(toks) and lows[k + 1] in lx.age_span_bounds)
    return k + 1 < len(toks) and toks[k].is_digit and lx.age_after.at(lows, k + 1) > 0
