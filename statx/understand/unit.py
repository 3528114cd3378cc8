"""Its unit, and what it counts: the object.

Unit: "%" for a percentage; a currency ("đồng", "tỷ đồng", "USD", "đôla Canada"),
a measure ("ha", "km2", "tấn") or a classifier ("trang", "lượt", "hộ", "ngôi")
right after the number, a per-unit after a slash ("đồng/kg", "hành khách/lượt"); a
counted noun that starts like a unit is the noun ("12 đồng chí", "3 hộ chiếu");
else the noun right after the number whatever the word ("40 hồ sơ", "9 bao tải"),
bounded by the longest word of underthesea's Viet74K list (``lexicon/dictionary.py``),
or an abbreviation in capitals ("40 GPXD"), and given way to a next word it overlaps ("phòng" + "khách sạn"); a list of one
kind ("tin, bài, ảnh").

Object: the noun phrase after the number (after a pure classifier), up to a
stop word or a verb; for money, measures and percentages without one, the
thing measured before the number ("giá vé … 9.000 đồng", "diện tích gần 20 ha").
Word lists: ``lexicon/units.toml``, ``lexicon/cues.toml`` (``[object]``).
"""

from __future__ import annotations

import re
from functools import cache

from statx.facts import Category
from statx.lexicon import load
from statx.lexicon.dictionary import MAX_SYLLABLES, words
from statx.segment import word_spans
from statx.understand.context import Cand, Lexicon, Tok, in_verb_noun, is_number_tok, phrase

__all__ = ["part_object", "person_word", "read_object", "read_unit"]


# "/tấn", "/người/tháng", "/24 giờ" (a rate over a stretch of time): the per-unit after a unit
# a square or cubic metre written with its power as a digit ("đồng/m2", "m3/ngày") is one segment
_SLASH_UNIT = re.compile(r"(?:/(?:[^\W\d_]+ [^\W\d_]+(?=/)|\d{1,3} ?[^\W\d_]+|[kcdm]?m[23](?!\d)|[^\W\d_]+))+")
_PER_SPAN = re.compile(r"/\d{1,3} ?([^\W\d_]+)")


def _per_unit_end(text: str, at: int, lx: Lexicon) -> int | None:
    """The end of the per-unit after ``at`` (``_SLASH_UNIT``), up to a number over something other
    than a stretch of time: "mm/24 giờ" goes on, "trường học/4 huyện" (15 schools in 4 districts) stops."""
    s = _SLASH_UNIT.match(text, at)
    if not s:
        return None
    end = at
    while end < s.end():
        span = _PER_SPAN.match(text, end, s.end())
        if span:
            word = span.group(1).lower()
            if word not in lx.duration_after.by_first and word not in lx.time_glued:
                break
            end = span.end()
            continue
        end = (
            end + 1 + next(k for k, ch in enumerate(text[end + 1 : s.end()] + "/") if ch == "/")
        )  # to the next slash: a segment of words
    return _whole_word_end(text, end) if end > at else None


_NEXT_WORD = re.compile(r" ([^\W\d_]+)")


def _whole_word_end(text: str, end: int) -> int:
    """The end of the per-unit's last word, run on to the longest word of Viet74K it starts:
    "33 tỉnh/thành phố" (a province or city), not "tỉnh/thành"."""
    last = text[text.rfind("/", 0, end) + 1 : end].lower()
    best, dictionary = end, words()
    for _ in range(MAX_SYLLABLES - 1):
        more = _NEXT_WORD.match(text, end)
        if more is None:
            break
        last, end = f"{last} {more[1].lower()}", more.end()
        if last in dictionary:
            best = end
    return best


def read_unit(c: Cand, text: str, lx: Lexicon) -> None:
    toks, lows, i1 = c.toks, c.where.lows, c.i1
    if c.m.percent:
        c.unit, c.unit_end = "%", i1
        c.rules.append("unit:percent")
        return
    w = lows[i1] if i1 < len(lows) else ""  # the word after the number: a cheap test before each look-up
    # a counted noun that starts like a unit is the noun: "38 đồng chí" (comrades), not đồng
    noun_first = w in lx.counted_phrases.by_first and lx.counted_phrases.at(lows, i1) >= 2
    n = 0 if noun_first or w not in lx.currency.by_first else lx.currency.at(lows, i1)
    if n == 1 and not c.m.scaled and _currency_starts_word(c, lx):
        n = 0  # a currency that starts a longer word of Viet74K: "3 đô thị" (cities), "5 đồng hồ" (clocks)
    kind = "currency"
    if not n and not noun_first:
        n = lx.measure.at(lows, i1) if w in lx.measure.by_first else 0
        kind = "measure"
    if not n:
        n = lx.classifier_phrases.at(lows, i1) if w in lx.classifier_phrases.by_first else 0
        kind = "classifier"
        if n and (
            (w in lx.classifier_words.by_first and lx.classifier_words.at(lows, i1) > n)
            or _person_after(c, lx, n)
            or _network_word_off_line(c, lx, n)
            or _thing_word(c, lx, n)
        ):
            n = 0  # one noun that starts like a classifier: "42.000 căn hộ", "5 hộ chiếu", "3 phiên dịch viên"
    if not n:
        # a noun with a per-unit: "hành khách/lượt"
        if i1 < len(toks) and toks[i1].kind == "w":
            j = i1
            while j < len(toks) and j < i1 + 2 and toks[j].kind == "w":
                if j + 1 < len(toks) and toks[j + 1].text == "/" and toks[j + 1].start == toks[j].end:
                    per = _per_unit_end(text, toks[j].end, lx)
                    if per:
                        c.unit = text[toks[i1].start : per]
                        c.unit_end = j + 1
                        c.rules.append("unit:per")
                        return
                j += 1
        c.unit_end = i1
        n = _open_noun(c, lx)
        if n:
            c.unit = text[toks[i1].start : toks[i1 + n - 1].end]
            c.unit_end = i1 + n
            c.rules.append("unit:noun")
        return
    end = toks[i1 + n - 1].end
    if kind == "measure" and i1 + n < len(toks) and toks[i1 + n].text in ("2", "3") and toks[i1 + n].start == end:
        end = toks[i1 + n].end  # "m2", "km2", "m3"
        n += 1
    named = kind == "currency" and tuple(lows[i1 : i1 + n]) in lx.country_currency
    if named and i1 + n < len(toks) and toks[i1 + n].capitalized and toks[i1 + n].is_word:
        end = toks[i1 + n].end  # "đôla Canada", not "đồng Thành phố giao"
        n += 1
    if kind == "classifier":
        while (more := _listed_unit(c, lx, i1 + n)) is not None:
            end, n = toks[more].end, more + 1 - i1  # "tin, bài, ảnh": a list of things of one kind
    end = _per_unit_end(text, end, lx) or end
    c.unit = text[toks[i1].start : end]
    c.unit_end = i1 + n
    c.rules.append(f"unit:{kind}")


def _currency_starts_word(c: Cand, lx: Lexicon) -> bool:
    """The currency after the number and the next word make a word of Viet74K that is no money:
    "3 đô thị", "5 đồng hồ"; not "500 đồng tiền lẻ", "đồng vốn" (a word of money, cues.toml `[money]`)."""
    toks, lows, i1 = c.toks, c.where.lows, c.i1
    if i1 + 1 >= len(toks) or not toks[i1 + 1].is_word or lx.money_before.at(lows, i1 + 1):
        return False
    return f"{lows[i1]} {lows[i1 + 1]}" in words()


def _person_after(c: Cand, lx: Lexicon, n: int) -> bool:
    """A word for a person that starts with a classifier of ``n`` words, itself no classifier of
    people: "3 phiên dịch viên" (a word and a person ending), not "phiên"; "640 hộ dân" keeps "hộ"."""
    lows, i1 = c.where.lows, c.i1
    if not any(w in lx.agent_endings for w in lows[i1 + n : i1 + MAX_SYLLABLES]):
        return False
    classifier = tuple(lows[i1 : i1 + n])
    if classifier in lx.pure_classifiers or lx.classifiers.get(classifier) == Category.PEOPLE:
        return False  # "1.800 lượt khách", "640 hộ dân": the classifier measures the people after it
    dictionary = words()
    for k in range(MAX_SYLLABLES, n, -1):
        span = lows[i1 : i1 + k]
        whole = len(span) == k and all(t.is_word for t in c.toks[i1 : i1 + k])
        if whole and span[-1] in lx.agent_endings and " ".join(span[:-1]) in dictionary:
            return " ".join(span) not in lx.not_persons
    return False


_NETWORK_KINDS = (Category.SOCIAL_ACCOUNT, Category.CONTENT, Category.AUDIENCE)


def _network_word_off_line(c: Cand, lx: Lexicon, n: int) -> bool:
    """A classifier of pages, posts or views that starts a longer word of the Viet74K list, no known noun:
    "230 trang trại", "4 kênh mương", "3 nhóm máu" are farms, canals, blood groups, no pages or groups."""
    toks, lows, i1 = c.toks, c.where.lows, c.i1
    kind = lx.classifiers.get(tuple(lows[i1 : i1 + n]))
    if kind not in _NETWORK_KINDS or i1 + n >= len(toks):
        return False
    if not toks[i1 + n].is_word or toks[i1 + n].capitalized or lx.counted_phrases.at(lows, i1) > n:
        return False  # "15 trang Fanpage", "9 trang facebook": the classifier measures the noun after it
    return " ".join(lows[i1 : i1 + n + 1]) in words()


@cache
def _thing_classifiers() -> frozenset[str]:
    return frozenset(" ".join(phrase(w)) for w in load("units")["thing_classifiers"])


def _thing_word(c: Cand, lx: Lexicon, n: int) -> bool:
    """A classifier of things that is the head of its noun (no pure classifier, units.toml) and starts a longer
    word of the Viet74K list is that word's first syllable: "5.000 khẩu trang" are masks, "2 khẩu súng" guns
    by their classifier ("ngôi nhà", "quả bóng" keep theirs: the classifier only measures the noun)."""
    lows, i1 = c.where.lows, c.i1
    if n != 1 or lows[i1] not in _thing_classifiers() or (lows[i1],) in lx.pure_classifiers:
        return False
    return i1 + 1 < len(lows) and c.toks[i1 + 1].is_word and f"{lows[i1]} {lows[i1 + 1]}" in words()


def _listed_unit(c: Cand, lx: Lexicon, j: int) -> int | None:
    """The index of the last word of a noun listed after a comma at ``j`` that counts the same
    kind of thing as the unit before it ("700 tin, bài, ảnh"), else None."""
    toks, lows = c.toks, c.where.lows
    if j + 1 >= len(toks) or toks[j].text != "," or not toks[j + 1].is_word:
        return None
    kind = lx.classifiers.get(phrase(c.toks[c.i1].text))
    k = lx.counted_phrases.at(lows, j + 1)
    if kind is None or not k or lx.counted.get(tuple(lows[j + 1 : j + 1 + k])) != kind:
        return None
    if any(t.capitalized for t in toks[j + 1 : j + 1 + k]):
        return None  # "40 trang, nhóm Zalo": a network's name makes a noun of its own
    return j + k  # "35 tỉnh, thành phố trực thuộc Trung ương": a noun of several words too


def _acronym(c: Cand) -> bool:
    """The word after the number is an abbreviation in capitals ("2.580 GPXD", "14 DN"), not a Roman
    numeral, in a sentence not itself written in capitals (a headline in capitals: "BẮT 5 ĐỐI TƯỢNG")."""
    toks, i0, i1 = c.toks, c.i0, c.i1
    word = toks[i1].text
    if not (2 <= len(word) <= 6 and word.isupper() and word.isalpha()) or set(word) <= set("IVXLCDM"):
        return False
    before = toks[i0 - 1].text if i0 > 0 else ""
    return not (before.isupper() and before.isalpha() and len(before) > 1)


def _open_noun(c: Cand, lx: Lexicon) -> int:
    """The number of words of the noun right after the number, whatever the noun: the
    longest word of the Viet74K word list (up to three syllables, "hồ sơ", "bao tải")
    or of statx's own counted nouns ("fanpage", "CLB") that starts there, else 0.
    Function words and verbs never start one ("giảm 7 so với", "5 bị thương")."""
    toks, lows, i1 = c.toks, c.where.lows, c.i1
    if i1 >= len(toks) or not toks[i1].is_word or is_number_tok(toks[i1]):
        return 0
    if lows[i1] in lx.not_units:
        n = lx.counted_phrases.at(lows, i1)  # "92 bị can": a counted noun of Viet74K that starts like a stop word
        return n if n >= 2 and " ".join(lows[i1 : i1 + n]) in words() else 0
    if lows[i1] in lx.casualties.by_first and lx.casualties.at(lows, i1):
        return 0  # "3 chết, 5 bị thương": what befalls the people counted, no unit
    if lows[i1] in lx.actions.by_first and lx.actions.at(lows, i1):
        return 0  # "kỷ luật 90 đảng viên: 61 khiển trách, 29 cảnh cáo": the form of each part, its label, no unit
    known = lx.counted_phrases.at(lows, i1)
    if toks[i1].capitalized and not known:
        return 1 if _acronym(c) else 0  # a name ("5 Hà Nội"), not a noun; an acronym is one ("40 GPXD")
    if (hyphened := _hyphened(toks, i1)) > 1:
        return hyphened  # "17 ki-ốt", "3 ô-tô": a word whose syllables a hyphen joins, whole
    dictionary = words()
    longest = 0
    phrase = ""
    capitalized = toks[i1].capitalized
    for k in range(i1, min(len(toks), i1 + MAX_SYLLABLES)):
        if toks[k].kind != "w" or (k > i1 and (toks[k].capitalized != capitalized or lows[k] in lx.not_units)):
            break  # "5 người ở lại": a word of the list ("người ở") that runs into a function word
        phrase = f"{phrase} {lows[k]}" if phrase else lows[k]
        if phrase in dictionary:
            longest = k - i1 + 1
    verb = lx.actor_verbs.at(lows, i1) if lows[i1] in lx.actor_verbs.by_first else 0
    if verb >= max(longest, 1) and not known:
        return 0  # a verb right after the number ("3 chết, 5 bị thương", "12 đạt chuẩn"), no noun
    if c.m.scaled and verb and not known:
        return 0  # an amount and then what is done with it: "chi 330 tỷ trả lãi", not a unit "trả lãi"
    end = i1 + longest
    overlaps = longest >= 2 and end < len(toks) and f"{lows[end - 1]} {lows[end]}" in dictionary
    if overlaps and " ".join(lows[i1 : end - 1]) in dictionary:
        longest -= 1  # "340 phòng khách sạn": "phòng" + "khách sạn", not "phòng khách" + "sạn"
    end = i1 + longest
    if longest and end < len(toks) and lows[end] in lx.agent_endings and toks[end].is_word:
        starts_word = end + 1 < len(toks) and f"{lows[end]} {lows[end + 1]}" in dictionary
        if not starts_word:
            longest += 1  # "phiên dịch viên", "điều tra viên": a word and the ending that makes it a person
    if known > longest >= 1 and (lx.actor_verbs.at(lows, i1 + longest) or lx.audience_after.at(lows, i1 + longest)):
        return longest  # "3.500 người tham gia", "200 người theo dõi": the noun of Viet74K, then what its people do
    return max(longest, known)


def _hyphened(toks: list[Tok], i: int) -> int:
    """The number of tokens of the lower-case word at ``i`` whose syllables hyphens join without a space
    ("ki-ốt" is three), else 1."""
    j = i
    while (
        j + 2 < len(toks)
        and toks[j + 1].text == "-"
        and toks[j].end == toks[j + 1].start
        and toks[j + 1].end == toks[j + 2].start
        and toks[j + 2].kind == "w"
        and not toks[j + 2].capitalized
    ):
        j += 2
    return j - i + 1


def person_word(word: str, lx: Lexicon) -> bool:
    """A word for a person by its last syllable: "thuyền viên", "nghệ sĩ", "cầu thủ", "khán giả"."""
    words = phrase(word)
    if words[-1:] and words[-1] not in lx.person_endings:
        return False
    # nor is a word that ends in one of the words that are none ("nhà vệ sinh" ends in "vệ sinh")
    return not any(" ".join(words[k:]) in lx.not_persons for k in range(max(0, len(words) - 3), len(words) - 1))


def read_object(c: Cand, text: str, lx: Lexicon, segment: bool = False) -> None:
    """What is counted: the noun phrase after the number (after a pure classifier like
    "trang", "lượt"), or, for money and measures, the thing measured before it.

    With ``segment``, syllables that underthesea joins into one word are never
    split by a stop word ("trực thuộc", "cấp cứu").
    """
    toks, lows = c.toks, c.where.lows
    j = c.unit_end
    if not c.unit and j < len(lows) and lows[j] in lx.actions.by_first and lx.actions.at(lows, j):
        return  # "61 khiển trách": a form of discipline after a bare count, no thing counted
    if "unit:currency" in c.rules:  # money: the thing paid for stands before ("giá vé … 7.000 đồng")
        before = _measured_before(c, lx)
        if before:
            c.obj = text[before[0].start : before[-1].end]
            return
    head = c.unit.split("/")[0]
    head_kind = "unit:classifier" in c.rules or "unit:noun" in c.rules
    if c.unit and "," not in head and phrase(head) not in lx.pure_classifiers and head_kind:
        j = c.i1  # "300 hộ nuôi", "18 tin liên quan": the classifier is the head noun
    inside: set[int] = set()  # token starts that continue a compound word
    if segment and j < len(toks):
        end = toks[min(len(toks), j + 12) - 1].end
        for a, b in word_spans(text, toks[j].start, end):
            inside.update(t.start for t in toks[j : j + 12] if a < t.start < b)
    counted = lx.counted_phrases  # a known noun, even one that starts like a stop word ("bị hại")
    n = counted.at(lows, j) if j < len(lows) and lows[j] in counted.by_first else 0
    noun: list[Tok] = list(toks[j : j + n])
    j += n
    if "," in head and head_kind and all(phrase(part) not in lx.pure_classifiers for part in head.split(",")):
        noun = list(toks[c.i1 : c.unit_end])  # nouns listed as one unit ("tỉnh, thành phố") head the phrase
    while j < len(toks) and len(noun) < 8:
        t = toks[j]
        if t.start in inside and noun:
            noun.append(t)
            j += 1
            continue
        if noun and t.kind == "d" and t.is_digit and lx.name_before.ending(lows, j):
            noun.append(t)  # "học sinh lớp 9"
            j += 1
            continue
        if noun and t.kind == "w" and t.low in lx.object_stop and f"{toks[j - 1].low} {t.low}" in words():
            noun.append(t)  # the end of a word of the Viet74K list, no stop: "trực thuộc", "phụ thuộc"
            j += 1
            continue
        if noun and _hyphened(toks, j - 1) > 1:
            noun.extend(toks[j : j + 2])  # "ki-ốt": the hyphen and the syllable after it
            j += 2
            continue
        if t.kind != "w" or (t.low in lx.object_stop and (noun or t.low != "các")):
            break
        if (
            noun
            and t.low in lx.actor_verbs.by_first
            and (n := lx.actor_verbs.at(lows, j))
            and (len(noun) >= 2 or (n >= 2 and noun[0].capitalized))
            and f"{toks[j - 1].low} {t.low}" not in words()  # "ca cấp cứu": the end of a word, no verb
        ):
            break  # "15 tài khoản TikTok đăng tải…": a verb of two words ends a name
        noun.append(t)
        j += 1
    if not noun and (c.m.percent or "unit:currency" in c.rules or "unit:measure" in c.rules):
        noun = _measured_before(c, lx)
    if noun:
        c.obj = text[noun[0].start : noun[-1].end]
    elif c.unit and not c.m.percent:
        c.obj = c.unit.split("/")[0]


def part_object(cands: list[Cand]) -> None:
    """A part of a breakdown that names no noun of its own counts what its total counts: "18 đảng viên
    (khiển trách 15, cảnh cáo 3)" — 15 and 3 are đảng viên. Its unit stays empty: none is written."""
    objects = {c.m.start: c.obj for c in cands if c.obj}
    for c in cands:
        if c.part_of is not None and not c.obj and (obj := objects.get(c.part_of)):
            c.obj = obj
            c.rules.append("object:of its total")


def _measured_before(c: Cand, lx: Lexicon) -> list[Tok]:
    """ "với tổng diện tích gần 70 ha", "bệnh viện hạng 3 là 42.000 đồng": the words before the number."""
    toks, lows = c.toks, c.where.lows
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
        if n and not in_verb_noun(lows, k - n, 0, lx):
            break
        k -= 1
    return toks[k:j] if j - k >= 1 and toks[k].is_word else []
