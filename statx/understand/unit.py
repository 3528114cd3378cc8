"""Its unit, and what it counts: the object.

Unit: "%" for a percentage; a currency ("đồng", "tỷ đồng", "USD", "đôla Canada"),
a measure ("ha", "km2", "tấn") or a classifier ("trang", "lượt", "hộ") right
after the number, a per-unit after a slash ("đồng/kg", "hành khách/lượt"); a
counted noun that starts like a unit is the noun ("12 đồng chí", "3 hộ chiếu").

Object: the noun phrase after the number (after a pure classifier), up to a
stop word or a verb; for money, measures and percentages without one, the
thing measured before the number ("giá vé … 9.000 đồng", "diện tích gần 20 ha").
Word lists: ``lexicon/units.toml``, ``lexicon/cues.toml`` (``[object]``).
"""

from __future__ import annotations

import re

from statx.segment import word_spans
from statx.understand.context import Cand, Lexicon, Tok, in_verb_noun, phrase

__all__ = ["read_object", "read_unit"]


_SLASH_UNIT = re.compile(r"(?:/(?:[^\W\d_]+ [^\W\d_]+(?=/)|[^\W\d_]+))+")


def read_unit(c: Cand, text: str, lx: Lexicon) -> None:
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


def read_object(c: Cand, text: str, lx: Lexicon, segment: bool = False) -> None:
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
    if c.unit and "," not in head and phrase(head) not in lx.pure_classifiers and "unit:classifier" in c.rules:
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


def _measured_before(c: Cand, lx: Lexicon) -> list[Tok]:
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
        if n and not in_verb_noun(lows, k - n, 0, lx):
            break
        k -= 1
    return toks[k:j] if j - k >= 1 and toks[k].is_word else []
