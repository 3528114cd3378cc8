"""Where the subject of a count's clause stands: the words right before its verb when the clause opens
with them ("…, đường bộ xảy ra hơn 120 vụ" -> "đường bộ", "xảy ra"). Read once per count by
:func:`statx.understand.siblings.list_labels` for its subject rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from statx.lexicon import load
from statx.understand.context import Cand, Lexicon, Tok, in_verb_noun, lexicon
from statx.understand.headings import before_duration, inside_name
from statx.understand.label import ITEM_MARKS

__all__ = ["Span", "subject_span", "verb_at"]


_YEAR_SHAPE = re.compile(r"\d{4}(?:\s*[-–]\s*\d{4})?")


Span = tuple[int, int, str] | None


def verb_at(lows: list[str], j: int, lx: Lexicon) -> bool:
    """A verb starts at lows[j], not a noun that starts like one ("chi bộ", "vốn đầu tư")."""
    n = lx.actor_verbs.at(lows, j)
    return bool(n) and lx.counted_phrases.at(lows, j) <= n and not in_verb_noun(lows, j, j, lx)


def subject_span(c: Cand, lx: Lexicon) -> Span:
    """The subject of the clause right before the count's verb, when the clause opens with it:
    "…, đường bộ xảy ra hơn 120 vụ" -> (start, end, "xảy ra")."""
    toks, lows = c.toks, c.where.lows
    if c.q0 < c.i0 and (n := lx.actor_verbs.at(lows, c.q0)):
        k, verb = c.q0, lows[c.q0 + n - 1]  # the verb opens the qualifier: "… ước đạt 5 triệu lượt"
    else:
        q = c.q0
        if q > 2 and lows[q - 1] in lx.verb_measures.by_last and (m := lx.verb_measures.ending(lows, q)):
            q -= m if lows[q - m - 1] in lx.actor_verbs.by_last else 0  # "nhóm A chiếm tỷ trọng 3%": the measure after the verb
        if q < 2 or lows[q - 1] not in lx.actor_verbs.by_last:
            return None  # no verb right before the count: the common case
        n = lx.actor_verbs.ending(lows, q)
        k, verb = q - n, lows[q - 1]  # its last word: "ước đạt" and "đạt" are alike
    if not n or k < 1:
        return None
    k = before_duration(toks, k)  # "kim ngạch A 8 tháng qua đạt …": the time is no part of the subject
    if toks[k - 1].text == ")":  # "giai đoạn I (2017 - 2020) là 900 tỷ đồng": the bracket is no part of it
        opening = c.where.last(("(",), max(0, k - 10), k)
        if opening is None:
            return None
        k = opening
    j = k
    stops = _subject_stops()
    while j > 0 and k - j < 14 and (toks[j - 1].kind == "w" or _in_years(toks, j - 1) or inside_name(toks, j - 1)):
        if lows[j - 1] in stops and (lx.openers.ending(lows, j) or lx.list_intro.ending(lows, j) or _after_item(toks, j)):
            break
        if toks[j - 1].low in ("tháng", "quý", "năm") and _after_time(toks, j):
            break  # "trong 9 tháng đầu năm tổng số …": the time before the subject
        j -= 1  # words, and years inside: "nguồn vốn giai đoạn 2021 - 2025 là …"
    stopped = j > 0 and lows[j - 1] in stops  # the stops hold every last word of both lists: a set test first
    opened = (stopped and (lx.openers.ending(lows, j) or lx.list_intro.ending(lows, j))) or _after_item(toks, j)
    opened = opened or _after_time(toks, j)  # "… trong 9 tháng đầu năm tổng số khách A đạt …": a time opens it
    longest = 13 if j > 0 and toks[j - 1].text == ";" else 10  # a clause set apart by ';' may name a long source
    if j == k or k - j > longest or (j > 0 and toks[j - 1].text not in ITEM_MARKS and not opened):
        return None
    if j > 0 and lx.subject_openers.at(lows, j - 1) > 1:
        j += lx.subject_openers.at(lows, j - 1) - 1  # "Như vậy hiện A có …": "như" ends no list there
    while j < k - 1 and lows[j] in lx.subject_openers.by_first and (n := lx.subject_openers.at(lows, j)) and j + n < k:
        j += n  # "hiện", "riêng": a word that frames the subject is no part of it
    if lx.restating.at(lows, j) >= k - j:
        return None  # "…, tức tăng 34%": the same change again, no subject
    if verb_at(lows, j, lx) and not ((verb in lx.copulas or verb == "được") and k - j >= 2):
        return None  # "…, bị thương 5 người": no subject; "thu nội địa đạt 9 tỷ đồng": an activity named, a subject
    ends, k0 = lx.actor_verbs.by_last, k
    while lows[k - 1] in ends and (n := lx.actor_verbs.ending(lows, k)) and k - j > n and not in_verb_noun(lows, k - 1, j, lx):
        k -= n  # "… hiện đã đạt 3 triệu", "chi bộ thi hành kỷ luật 5": the verbs are no part of the subject
    if k < k0 and (lows[k - 1] in _governing() or not toks[k - 1].is_word):
        k = k0  # "chi cho đầu tư phát triển là …", "thu từ xuất - nhập khẩu đạt …": verbs used as nouns, kept
    return j, k, verb


@cache
def _governing() -> frozenset[str]:
    """Words after which a verb is used as a noun: "chi cho đầu tư", "thu từ sản xuất" (cues.toml [labels])."""
    return frozenset(load("cues")["labels"]["governing"])


@cache
def _subject_stops() -> frozenset[str]:
    """The last words of what ends a subject on its left: openers, list intros, "và", "còn"."""
    lx = lexicon()
    return frozenset([*lx.openers.by_last, *lx.list_intro.by_last, "và", "còn", "hay"])


def _after_item(toks: Sequence[Tok], j: int) -> bool:
    """toks[j] follows "và", "còn" or "hay" that ends a counted item: "… 25 tỷ USD, tăng 12% và khu vực …"."""
    return j > 1 and toks[j - 1].low in ("và", "còn", "hay") and any(t.is_digit for t in toks[max(0, j - 4) : j - 1])


def _after_time(toks: Sequence[Tok], j: int) -> bool:
    """toks[j] follows a time that opens the clause: "trong 9 tháng đầu năm", "trong 6 tháng", after a mark."""
    i = j - 2 * (j > 1 and toks[j - 2].low == "đầu" and toks[j - 1].low == "năm")
    return i >= 3 and toks[i - 1].low in ("tháng", "quý") and toks[i - 2].kind == "d" and toks[i - 3].low == "trong"


def _in_years(toks: Sequence[Tok], k: int) -> bool:
    """toks[k] is a year or the dash of a range of years: "2021 - 2025"."""
    t = toks[k]
    if t.text in "-–":
        return k > 0 and _YEAR_SHAPE.fullmatch(toks[k - 1].text) is not None
    return t.kind == "d" and _YEAR_SHAPE.fullmatch(t.text) is not None
