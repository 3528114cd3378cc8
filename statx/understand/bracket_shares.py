"""Items of a list that each end with their share in a bracket: "12 đại biểu công tác ở các sở, ngành (chiếm
30%), 9 đại biểu Hội Nông dân, Đoàn Thanh niên (tỷ lệ 22%)": the words between the noun and the bracket label
the item and its share. Runs after the breakdowns
(:func:`statx.understand.breakdown.breakdowns`), beside :func:`statx.understand.rows.row_labels`.
"""

from __future__ import annotations

from statx.understand.context import Cand, Lexicon, is_number_tok
from statx.understand.headings import inside_name
from statx.understand.label import join_words

__all__ = ["bracket_share_labels"]


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
