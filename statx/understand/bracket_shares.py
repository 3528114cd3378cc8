"""Items of a list that each end with their share in a bracket: "12 đại biểu công tác ở các sở, ngành (chiếm
30%), 9 đại biểu Hội Nông dân, Đoàn Thanh niên (tỷ lệ 22%)": the words between the noun and the bracket label
the item and its share; and items told by words each followed by its count in a bracket ("đi ngược chiều (685
trường hợp), đỗ sai quy định (910 trường hợp)"): the words label the count. Runs after the breakdowns
(:func:`statx.understand.breakdown.breakdowns`), beside :func:`statx.understand.rows.row_labels`.
"""

from __future__ import annotations

from statx.understand.context import Cand, Lexicon, bracket_around, is_number_tok
from statx.understand.headings import inside_name, names_a_turn
from statx.understand.label import join_words

__all__ = ["bracket_count_labels", "bracket_share_labels"]


def bracket_share_labels(cands: list[Cand], lx: Lexicon) -> None:
    """Items of a list that each count the same noun and end with their share in a bracket: "12 đại biểu công
    tác ở các sở, ngành (chiếm 30%), 9 đại biểu Hội Nông dân, Đoàn Thanh niên (tỷ lệ 22%)". All the words
    between the noun and the bracket, commas too, tell the item apart (a leading "ở", "tại" or "là" dropped); the
    share takes them. They replace a label read from some of the same words ("công tác", "Hội Nông dân", "ở khối A")."""
    by_sent: dict[int, list[Cand]] = {}
    for c in cands:
        if c.where.of("("):
            by_sent.setdefault(c.sent, []).append(c)
    for group in by_sent.values():
        items = [found for at, c in enumerate(group) if (found := _share_item(group, at, lx)) is not None]
        if len(items) < 2 or len({c.toks[c.i1].low for c, *_ in items}) > 1:
            continue  # one item alone, or items of other nouns: no list
        for c, a, k, share in items:
            label = join_words(c.toks[a:k])
            for x in (c, share):
                if not x.label or (x.label != label and (x.label in label or label in x.label)):
                    rule = next((r for r in reversed(x.rules) if r.startswith("label:")), "")
                    if x.label and rule:
                        x.rules.remove(rule)
                    x.label = label
                    x.rules.append("label:item before its share")


def _share_item(group: list[Cand], at: int, lx: Lexicon) -> tuple[Cand, int, int, Cand] | None:
    """The item of the count group[at]: where its words after the noun start and end, and the share in the
    bracket that ends it ("… Quân đội, Công an (tỷ lệ 4%)")."""
    c = group[at]
    toks, lows = c.toks, c.where.lows
    j = c.unit_end if c.unit_end > c.i1 else c.i1 + len(c.noun)
    if c.m.percent or j <= c.i1 or at + 1 >= len(group):
        return None
    k = j
    while k < len(toks) and k - j < 24 and (toks[k].is_word or toks[k].text == "," or inside_name(toks, k)):
        if is_number_tok(toks[k]):
            return None
        k += 1
    share = group[at + 1]
    if k >= len(toks) or toks[k].text != "(" or toks[k - 1].text == "," or not share.m.percent:
        return None
    m = k + 1
    while m < share.q0 and (n := lx.beside.at(lows, m)):
        m += n
    closes = share.i1 < len(toks) and toks[share.i1].text == ")"
    a = j + (lx.at_place.at(lows, j) if lows[j] in lx.at_place.by_first else lows[j] == "là")
    return (c, a, k, share) if m == share.q0 and closes and a < k else None


def bracket_count_labels(cands: list[Cand], lx: Lexicon) -> None:
    """Items of a list each told by words, then its count first in a bracket: "Các lỗi gồm: chạy quá tốc độ (1.700
    trường hợp), đi ngược chiều (685 trường hợp) và đỗ sai quy định (910 trường hợp)". Two such items or more in a
    sentence: the words of each, from the list's mark to the bracket, label its count."""
    by_sent: dict[int, list[tuple[Cand, int, int]]] = {}
    for c in cands:
        if c.where.of("(") and not c.m.percent and (found := _words_before_bracket(c, lx)) is not None:
            by_sent.setdefault(c.sent, []).append((c, *found))
    for items in by_sent.values():
        if len(items) < 2 or len({c.unit for c, _, _ in items}) > 1:
            continue  # one item alone, or counts of other things: no list of kinds
        for c, a, k in items:
            if not c.label:
                c.label = join_words(c.toks[a:k])
                c.rules.append("label:words before its bracket")


def _words_before_bracket(c: Cand, lx: Lexicon) -> tuple[int, int] | None:
    """Where the words of the count's item start and end, when the count opens a bracket ("… (685 trường hợp)") that
    follows them, and a list mark (',', ';', ':', "và") or the sentence's start stands before them."""
    toks = c.toks
    around = bracket_around(c.where, c.q0)
    if around is None or around[0] != c.q0 - 1:
        return None
    k = around[0]
    a = k
    # "không chấp hành …": "không" there is "not", no zero
    while a > 0 and k - a < 12 and toks[a - 1].is_word and toks[a - 1].low != "và":
        if is_number_tok(toks[a - 1]) and toks[a - 1].low != "không":
            break
        a -= 1
    lows = c.where.lows
    marked = a == 0 or toks[a - 1].text in ",;:" or toks[a - 1].low == "và" or lx.openers.ending(lows, a) > 0
    return (a, k) if marked and a < k and not names_a_turn(lows, a, k, lx) else None  # not "sau đó (6 vụ)"
