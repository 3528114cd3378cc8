"""Labels named after a count's noun, read from a sentence's counts together: what follows the noun tells
counts of the same noun apart ("24 nhà sập, 128 ngôi nhà bị hư hỏng", "4 người chết do lũ, 3 người bị thương",
"11 triệu lượt khách nội địa, tăng 4%, … cùng với 478.000 lượt khách quốc tế"). Siblings need not stand side
by side: shares and changes of the first may stand between. Called by
:func:`statx.understand.siblings.list_labels`.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Sequence
from functools import cache

from statx.lexicon import Phrases, fold_text, load
from statx.lexicon.dictionary import words as dictionary_words
from statx.understand.context import Cand, Lexicon, Tok, bracket_around, is_number_tok, phrase
from statx.understand.headings import inside_name, names_a_turn
from statx.understand.label import join_words
from statx.understand.tagged_verb import opens_with_verb

__all__ = [
    "bracket_class_labels",
    "bracket_noun_labels",
    "class_tail",
    "item_labels",
    "item_subject_labels",
    "noun_rest_labels",
    "paragraph_tails",
    "ratio_labels",
    "recipient_labels",
    "rest_of_labelled_run",
    "tail_labels",
    "words_to_mark",
]

# the longest tail read as a label, in words: a state with its cause ("chết do bị lũ cuốn trôi"), a class
_LONGEST, _LONGEST_CLASS = 7, 3


def words_to_mark(p: Cand, c: Cand) -> bool:
    """Only words, a few, from the item of ``p`` to the list mark right before ``c`` and the same noun after
    both numbers: the item says what its things are or did ("trường hợp vượt đèn đỏ", "suất cho hộ nghèo")."""
    toks, mark = p.toks, c.q0 - 1
    if not 0 < mark - p.i1 <= 10 or c.i1 >= len(toks) or toks[p.i1].low != toks[c.i1].low:
        return False
    return all(t.kind == "w" and t.low not in (",", ";", "và", "hoặc") for t in toks[p.i1 : mark])


def tail_labels(group: list[Cand], lx: Lexicon, across: bool = False) -> None:
    """Counts of one sentence that count the same noun ("nhà" in "24 nhà", "128 ngôi nhà"; "khách" in "11 lượt
    khách") and differ by what follows it: a state or casualty ("sập", "bị hư hỏng", "chết do lũ cuốn") or a
    class of a few words ("nội địa", "quốc tế"); each such tail is its count's label (a leading "bị" dropped).
    ``across``: the group is a paragraph's counts still unlabelled, siblings from two sentences or more."""
    by_noun: dict[tuple[tuple[str, ...], int], list[tuple[Cand, int, int, bool]]] = {}
    nouns = Counter(c.noun for c in group if c.noun and not c.m.percent)
    for c in group:
        if c.m.percent or nouns[c.noun] < 2:
            continue  # no other count of its noun (the common case): nothing to tell it from
        opened = c.where.starts(lx.openers) if c.where.has(lx.openers) else []
        # a total and its parts after "trong đó" are no siblings (an opener inside a bracket opens no parts)
        after = sum(1 for j in opened if j < c.q0 and bracket_around(c.where, j) is None)
        if across and (after or lx.openers.at(c.where.lows, 0)):
            continue  # "7 học sinh, trong đó 4 …", "… Trong đó, 4 …"
        found = _tail(c, lx)
        if found is not None and (not across or found[2] or c.toks[found[0]].capitalized):
            by_noun.setdefault((c.noun, after), []).append((c, *found))  # across sentences: a state, or a name
    for alike in by_noun.values():
        texts = {join_words(c.toks[a:b]).lower() for c, a, b, _ in alike}
        if len(alike) < 2 or len(texts) < 2 or (across and len({c.sent for c, *_ in alike}) < 2):
            continue  # one count, or siblings alike: nothing tells them apart
        places = [p for c, _, b, _ in alike if (p := _place_after(c, b, lx)) is not None]
        if len(places) == len(alike):  # each names where it is, last: the places tell them apart
            pairs = zip([c for c, *_ in alike], places, strict=True)
            by_place = [(c, a, b, True) for c, (a, b) in pairs]
            if len({join_words(c.toks[a:b]).lower() for c, a, b, _ in by_place}) == len(by_place):
                alike = by_place
        shared = _shared_state(alike)
        for (c, a, b, state), skip in zip(alike, shared, strict=True):
            a += skip  # "4 người chết do lũ, 4 người chết do sạt lở": the cause tells them apart
            if state and c.label and c.rules[-1] == "label:after noun":
                c.label = ""  # the same words after a shared noun, read again as a state
                c.rules.pop()
            if not c.label:
                c.label = join_words(c.toks[a:b])
                c.rules.append("label:state after" if state else "label:class after noun")


def _place_after(c: Cand, b: int, lx: Lexicon) -> tuple[int, int] | None:
    """The place named at the end of the count's item, after its tail ends at toks[b]: "1 người mất tích do chìm
    thuyền trên vùng biển tỉnh A", "một người chết do sét đánh ở B" (a word of place, then a name up to a mark)."""
    toks, lows = c.toks, c.where.lows
    k = b
    while k < len(toks) and k < b + 8 and toks[k].is_word and not (lx.at_place.at(lows, k) or lows[k] == "trên"):
        k += 1
    if k >= len(toks) or not toks[k].is_word or k >= b + 8:
        return None
    a = k + (lx.at_place.at(lows, k) or 1)
    e = a
    while e < len(toks) and e < a + 8 and (toks[e].is_word or inside_name(toks, e)) and not is_number_tok(toks[e]):
        e += 1
    named = any(t.capitalized for t in toks[a:e])
    return (a, e) if e > a and named and (e == len(toks) or not toks[e].is_word) else None


def _shared_state(alike: list[tuple[Cand, int, int, bool]]) -> list[int]:
    """For each sibling, the words of a state it shares with another before the cause that tells them apart
    ("chết" in "chết do lũ", "chết do sạt lở"), else 0."""
    words = [[t.low for t in c.toks[a:b]] for c, a, b, _ in alike]
    causes = [next((k for k, w in enumerate(ws) if w in ("do", "vì")), 0) for ws in words]
    return [
        k if k and sum(1 for ws, m in zip(words, causes, strict=True) if m == k and ws[:k] == words[at][:k]) >= 2 else 0
        for at, k in enumerate(causes)
    ]


def ratio_labels(group: list[Cand], lx: Lexicon) -> None:
    """ "có 60/67 học sinh đỗ tốt nghiệp", "12/15 chi bộ có cấp ủy": X of Y things, told by what the X do; the
    predicate after the noun (from its verb, else the words after the noun) is the label of X, not of Y."""
    for x, y in itertools.pairwise(group):
        if x.i1 >= len(x.toks) or x.toks[x.i1].text != "/" or y.i0 != x.i1 + 1 or x.m.value > y.m.value:
            continue  # not X of Y: "7.582/1" pairs two counts
        if x.label and not y.label and x.rules[-1].startswith("label:subject"):
            y.label = x.label  # "Đại biểu cấp xã đạt 270/281": both counts are of the subject
            y.rules.append("label:subject goes on")
        if x.label or not y.noun:
            continue
        found = _predicate(y, lx)
        if found is not None:
            x.label = join_words(x.toks[found[0] : found[1]])
            x.rules.append("label:ratio predicate")


def _predicate(c: Cand, lx: Lexicon) -> tuple[int, int] | None:
    """The predicate after the count's noun, up to the end of its clause: from its first verb within a few
    words ("chi bộ thôn, làng có cấp ủy"), else all the words after the noun when they are few."""
    toks, lows = c.toks, c.where.lows
    a = _noun_end(c, lx)
    if a is None:
        return None
    v = a
    while v < len(toks) and v < a + 8 and not lx.actor_verbs.at(lows, v):
        if not toks[v].is_word and not (toks[v].text == "," and v + 1 < len(toks) and not lx.beside.at(lows, v + 1)):
            break  # the clause ends, or a share follows: ", đạt tỉ lệ 90%"
        v += 1
    verb = v < len(toks) and v < a + 8 and toks[v].is_word and lx.actor_verbs.at(lows, v) > 0
    if verb:
        a = v
    elif a >= len(toks):
        return None  # the text ends with the noun: "Có 3/5 xã" (a title, a caption), no predicate
    elif fold_text(f"{lows[a - 1]} {lows[a]}") in dictionary_words() or _ends_tail(lows, a, lx):
        return None  # "26/30 quận huyện": one word, no predicate; "3/30 xã trong vùng": a place
    b, longest = a, 10 if verb else 6  # from a verb, two verbs joined ("hoàn thành xuất sắc và hoàn thành tốt nhiệm vụ")
    while b < len(toks) and b - a <= longest and toks[b].is_word and not is_number_tok(toks[b]):
        b += 1
    if b < len(toks) and is_number_tok(toks[b]):
        return None  # "2/34 địa phương đạt tỉ lệ 100%": a measure, no predicate
    return (a, b) if a < b <= a + longest and (verb or 2 <= b - a <= 4) else None


def _noun_end(c: Cand, lx: Lexicon) -> int | None:
    """The token after the count's noun, or None when it is not found after the count."""
    lows, n = c.where.lows, len(c.noun)
    if tuple(lows[c.i1 : c.i1 + n]) == c.noun:
        return max(c.i1 + n, c.unit_end)  # "24 nhà", "5 lượt người", "3 quận huyện": the unit holds the noun
    if tuple(lows[c.unit_end : c.unit_end + n]) == c.noun and c.noun not in lx.pure_classifiers:
        return c.unit_end + n  # "128 ngôi nhà": the noun after a classifier
    return None


def class_tail(c: Cand, lx: Lexicon) -> str:
    """The class of a few words after the count's noun, no state ("41 ca ngoại tỉnh được phát hiện ở …" → "ngoại
    tỉnh"), else ""."""
    toks, lows = c.toks, c.where.lows
    a = _noun_end(c, lx)
    if a is None or a >= len(toks) or lx.damaged.at(lows, a) or lx.casualties.at(lows, a):
        return ""
    b = a
    while b < len(toks) and b - a <= _LONGEST_CLASS and toks[b].is_word and not is_number_tok(toks[b]):
        if lows[b] in lx.joins or _ends_tail(lows, b, lx) or lx.actor_verbs.at(lows, b) or opens_with_verb(toks[b:]):
            break  # "… ngoại tỉnh được phát hiện ở …": a verb, a place or a time ends the class
        b += 1
    if not a < b <= a + _LONGEST_CLASS or fold_text(f"{lows[a - 1]} {lows[a]}") in dictionary_words():
        return ""  # nothing, too long, or one word with the noun ("hộ dân")
    return join_words(toks[a:b])


def part_tail(c: Cand, lx: Lexicon) -> str:
    """The words after the count's noun that tell it apart, a class or a state ("185 ca thương tích trong sinh
    hoạt", "22 ngôi nhà đã sập hoàn toàn"), else ""."""
    found = _tail(c, lx)
    return join_words(c.toks[found[0] : found[1]]) if found is not None else ""


def _tail(c: Cand, lx: Lexicon) -> tuple[int, int, bool] | None:
    """Where the words after the count's noun that may tell it apart start and end, and whether they name a
    state; None when nothing follows the noun or what follows names no state nor class."""
    toks, lows = c.toks, c.where.lows
    found = _noun_end(c, lx)
    if found is None:
        return None
    a = found
    while a < len(toks) and lows[a] in ("bị", "được", "đã") and not lx.casualties.at(lows, a):
        a += 1  # "bị hư hỏng": a leading "bị" is no part of the label ("bị thương" is one word)
    b = a
    while b < len(toks) and b - a < _LONGEST + 1 and toks[b].is_word and not is_number_tok(toks[b]):
        if lows[b] in lx.joins or (b > a and _ends_tail(lows, b, lx)):
            break  # "… người chết mỗi tháng", "… nhà bị sập tại xã …": a time or place ends it
        b += 1
    if b == a or b - a > _LONGEST or (b < len(toks) and is_number_tok(toks[b])):
        return None  # "học sinh lớp 9": a name with a number, no tail
    if lx.damaged.at(lows, a) or lx.casualties.at(lows, a):
        while b + 1 < len(toks) and toks[b].text == "," and (n := lx.damaged.at(lows, b + 1) or lx.casualties.at(lows, b + 1)):
            b += 1 + n  # "nhà hư hỏng, tốc mái": states joined by a comma
        return a, b, True  # "nhà sập", "người chết do lũ cuốn"
    if b - a > _LONGEST_CLASS:
        return None
    if lx.actor_verbs.at(lows, a) or lx.audience_after.at(lows, a) or _ends_tail(lows, a, lx) or lx.toward.at(lows, a):
        return None  # "… khách đến từ …", "… hộ tại xã …", "lượt người xem": no class of the noun
    if fold_text(f"{lows[a - 1]} {lows[a]}") in dictionary_words():
        return None  # "hộ dân", "khách hàng": one word, not a noun and its class
    return a, b, False


def _ends_tail(lows: list[str], b: int, lx: Lexicon) -> bool:
    """lows[b] opens what is no part of a tail: a place ("tại"), a time or a preposition ("mỗi", "trong"), a
    word of :data:`form_stop` but the cause ("do", "vì": "chết do lũ cuốn" is one state)."""
    w = lows[b]
    if w in _no_class() or (w in lx.form_stop and w not in ("do", "vì")):
        return True
    return w in lx.at_place.by_first and lx.at_place.at(lows, b) > 0  # a set test before the look-up


@cache
def _no_class() -> frozenset[str]:
    """Words that open no class after a noun: a preposition, a demonstrative, a quantity word (cues.toml)."""
    return frozenset(load("cues")["labels"]["no_class"])


def bracket_noun_labels(group: list[Cand]) -> None:
    """ "bầu đủ đại biểu tỉnh (50 đại biểu), đại biểu huyện (300 đại biểu)": counts in brackets after the noun they
    count, told apart by the words that follow the noun before the bracket (the noun and its class are the label)."""
    found: list[tuple[Cand, int]] = []
    for c in group:
        n, toks = len(c.noun), c.toks
        if c.label or not c.noun or c.q0 < n + 2 or toks[c.q0 - 1].text != "(":
            continue
        lows = c.where.lows
        j = next((j for j in range(c.q0 - n - 2, max(c.q0 - 10, -1), -1) if tuple(lows[j : j + n]) == c.noun), None)
        if j is not None and all(t.is_word or t.text == "," for t in toks[j : c.q0 - 1]):
            found.append((c, j))
    if len(found) >= 2 and len({join_words(c.toks[j : c.q0 - 1]).lower() for c, j in found}) == len(found):
        for c, j in found:
            c.label = join_words(c.toks[j : c.q0 - 1])
            c.rules.append("label:noun before bracket")


def paragraph_tails(by_sent: dict[int, list[Cand]], lx: Lexicon, text: str) -> None:
    """Counts of one noun in the sentences of a paragraph, still unlabelled, told apart by what follows the noun
    as in one sentence (:func:`tail_labels`): "Tỉnh đã bầu đủ 9 đại biểu Quốc hội. … phải bầu thêm 4 đại biểu
    HĐND xã"."""
    breaks = [m.start() for m in _LINE.finditer(text)] if text else []
    by_par: dict[int, list[Cand]] = {}
    for group in by_sent.values():
        open_ = [c for c in group if not c.label and c.noun and not c.m.percent]
        if open_:
            by_par.setdefault(bisect_left(breaks, open_[0].m.start), []).extend(open_)
    for group in by_par.values():
        if len(group) >= 2 and group[0].sent != group[-1].sent:
            tail_labels(group, lx, across=True)


_LINE = re.compile("\n")


def bracket_class_labels(group: list[Cand], lx: Lexicon) -> None:
    """ "là cà phê (tăng 2%), cao su (tăng 7%), hồ tiêu đạt (tăng 6%)": a change in brackets after a class of a
    few lower-case words that opens a list item; two such classes or more that differ name their changes."""
    found: list[tuple[Cand, int, int]] = []
    for c in group:
        toks, lows = c.toks, c.where.lows
        around = bracket_around(c.where, c.q0) if not c.label and c.where.of("(") else None
        if around is None or not all(lx.beside.at(lows, m) or lx.beside.ending(lows, m + 1) for m in range(around[0] + 1, c.q0)):
            continue  # "(tăng 2%)", "(chiếm 5%)" only
        k = around[0] - (lows[around[0] - 1] in lx.copulas)
        j = k
        while j > 0 and k - j < 3 and toks[j - 1].is_word and not toks[j - 1].capitalized and not is_number_tok(toks[j - 1]):
            if j < k and lx.item_openers.ending(lows, j):
                break  # "… là cà phê (tăng 2%)"
            j -= 1
        opens = j < k and j > 0 and (toks[j - 1].text in (",", ":", ";") or lx.item_openers.ending(lows, j))
        # not "4 đại biểu không phải là đảng viên (13%)": a share beside it; not "sau đó (6 vụ)": no class
        if opens and not _count_in_item(toks, j) and not names_a_turn(lows, j, k, lx):
            found.append((c, j, k))
    if len(found) >= 2 and len({join_words(c.toks[j:k]).lower() for c, j, k in found}) == len(found):
        for c, j, k in found:
            c.label = join_words(c.toks[j:k])
            c.rules.append("label:class before bracket")


def _count_in_item(toks: Sequence[Tok], j: int) -> bool:
    """A count in digits stands in the list item before toks[j] (back to the item's mark)."""
    for t in reversed(toks[max(0, j - 8) : j]):
        if t.text in (",", ";", ":", "("):
            return False
        if t.is_digit and not (len(t.text) == 4 and t.text[:2] in ("19", "20")):  # "so với năm 2012 là cà phê (…)"
            return True
    return False


def rest_of_labelled_run(run: list[Cand], ends: dict[int, int]) -> None:
    """An item of a run of one noun whose siblings are told apart by the words after it takes its own words after
    the noun: "gần 140 trường hợp vi phạm nồng độ cồn, gần 150 trường hợp vi phạm tốc độ, hơn 10 trường hợp chở hàng
    quá tải" (label:rest of run)."""
    told = [c for c in run if c.label and ("label:violation" in c.rules or "label:after noun" in c.rules)]
    if len(told) < 2 or len(told) == len(run):
        return
    unit = phrase(told[0].unit)
    if not unit or any(phrase(c.unit) != unit for c in run):
        return
    for c in run:
        a, b = c.unit_end, ends[id(c)]
        if not c.label and a > c.i1 and 0 < b - a <= 8 and all(t.is_word and not t.capitalized for t in c.toks[a:b]):
            c.label = join_words(c.toks[a:b])
            c.rules.append("label:rest of run")


def item_subject_labels(group: list[Cand], lx: Lexicon) -> None:
    """ "… như: Ngành A, B và C tăng 18%; Ngành D (và E) ước tăng 13%; F, G đều tăng cao, F ước tăng 19%; G ước
    tăng 27%": items of a list after ':' parted by ';', each a subject and its verb before its count; the subject
    is the label, from the item's start (or after a clause of its own with a change, "G đều tăng cao,") to the verb."""
    if not group[0].where.has(_COLON) or len(group) < 2:
        return
    found: list[tuple[Cand, int, int]] = []
    last = -1
    for c in group:
        lows, toks = c.where.lows, c.toks
        v = c.q0
        while v > 0 and (n := lx.actor_verbs.ending(lows, v) or lx.modals.ending(lows, v)):
            v -= n  # "ước tăng", "đều tăng"
        start = c.where.last((";", ":"), max(0, c.q0 - 24), v)
        if v == c.q0 or start is None or start <= last or any(is_number_tok(t) for t in toks[start + 1 : v]):
            last = max(last, c.q0)
            continue  # no verb, or no item of its own: a share or change after another count of the item
        last = c.q0
        a = start + 1
        for k in range(start + 1, v):
            if toks[k].text == "," and any(lx.changes.at(lows, m) for m in range(a, k)):
                a = k + 1  # "F, G đều tăng cao, F ước tăng …": past a clause of its own
        if a < v and toks[a].is_word and v - a <= 20:
            found.append((c, a, v))
    if len(found) >= 2:
        for c, a, v in found:
            if not c.label or "label:subject" in c.rules:
                c.label = join_words(c.toks[a:v])
                c.rules.append("label:item subject")


_COLON = Phrases([(":",)])


def recipient_labels(group: list[Cand], lx: Lexicon) -> None:
    """ "8 suất quà dành tặng các Bà mẹ …, 46 suất dành tặng gia đình có công, 1.164 suất cho hộ cận nghèo": counts
    of a sentence each followed, after its noun, by whom the things go to; the recipient is the label (a leading
    "các", "những" dropped), when two of them or more name one."""
    found: list[tuple[Cand, int, int]] = []
    for c in group:
        if (c.label and "label:after noun" not in c.rules) or c.m.percent or not (c.noun or c.unit):
            continue  # the words after the noun read whole ("cho hộ nghèo") give way to whom
        lows = c.where.lows
        j = max(c.i1 + len(c.noun), c.unit_end)
        j += j < len(lows) and c.toks[j].is_word and not lx.recipients.at(lows, j)  # "8 suất quà dành tặng": one word more
        n = lx.recipients.at(lows, j) if j < len(lows) else 0
        if not n or lx.actor_verbs.at(lows, j) > n:
            continue  # "50 liều cho thấy hiệu quả": a longer verb ("cho thấy", "cho biết"), no one given to
        a = j + n + (j + n < len(lows) and lows[j + n] in ("các", "những"))
        b = a
        while b < len(lows) and b < a + 9 and c.toks[b].is_word and lows[b] != "và" and not is_number_tok(c.toks[b]):
            b += 1
        if a < b <= a + 8:
            found.append((c, a, b))
    if len(found) >= 2:
        for c, a, b in found:
            if c.label:
                c.rules.remove("label:after noun")
            c.label = join_words(c.toks[a:b])
            c.rules.append("label:recipient")


def item_labels(group: list[Cand], lx: Lexicon) -> None:
    """The labels each item of a sentence's list names in its own words: its subject, whom its things go to."""
    item_subject_labels(group, lx)
    recipient_labels(group, lx)


def noun_rest_labels(same: list[Cand], ends: dict[int, int], lx: Lexicon) -> None:
    """Counts of a run that share a noun and the word after it: the rest of their words after the noun tells them apart
    ("7 huy chương vàng, 9 huy chương bạc"). Called by :func:`statx.understand.siblings.list_labels`."""
    words = [[t.low for t in c.toks[c.i1 : ends[id(c)]]] for c in same]
    common = 0
    while all(len(w) > common and w[common] == words[0][common] for w in words):
        common += 1
    if all(phrase(c.unit) in lx.pure_classifiers and ends[id(c)] - c.unit_end <= 1 for c in same):
        return  # "200 lượt xem, 50 lượt thích": a word after a bare classifier is the object, not a label
    head = max((c.unit_end - c.i1 for c in same), default=0)
    head = max(head, max(len(c.noun) for c in same))
    if not head and common < 2:
        return  # no known noun, and one shared syllable may be half a word: "27 gia súc, 90 gia cầm"
    head = min(common, head) if head else common
    rests = []
    for c in same:
        j, end = c.i1 + head, ends[id(c)]
        while n := lx.label_skip.at(c.where.lows, j):
            j += n  # "ba em còn lại bị nước cuốn trôi"
        j += j + 1 < end and c.toks[j].low == "là"  # "ba đại biểu là người dân tộc": what they are, no copula
        # "tăng 12 ca so với tuần trước": what the count is compared with tells no class of it
        end = next((m for m in range(j, end) if lx.compared.at(c.where.lows, m)), end)
        rests.append((c, j, end))
    if len({join_words(c.toks[a:b]).lower() for c, a, b in rests if b > a}) < 2:
        return
    for c, a, b in rests:
        label = join_words(c.toks[a:b])
        # a label cut at a verb ("lấn" of "lấn chiếm vỉa hè") runs on to the item's end
        longer = c.label and c.rules[-1:] == ["label:after noun"] and label.startswith(f"{c.label} ")
        if b > a and b - a <= 6 and (not c.label or longer):
            c.label = label
            if not longer:
                c.rules.append("label:after noun")
