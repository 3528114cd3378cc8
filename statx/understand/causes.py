"""A cause after the noun of a count of victims or incidents labels it: "31 ca cấp cứu do đuối nước, 12 ca do
ngộ độc" → "đuối nước", "ngộ độc". Runs after the breakdowns
(:func:`statx.understand.breakdown.breakdowns`), beside :func:`statx.understand.rows.row_labels`.
"""

from __future__ import annotations

from statx.understand.context import Cand, Lexicon, is_number_tok
from statx.understand.label import join_words

__all__ = ["cause_labels"]


def cause_labels(cands: list[Cand], lx: Lexicon) -> None:
    """A cause after the noun of a count of victims or incidents tells it apart from the counts of other causes:
    "31 ca cấp cứu do đuối nước, 12 ca do ngộ độc" → "đuối nước", "ngộ độc" (also after "nghi"); the cause runs up
    to a bracket, a full stop, ';', a number or a word of [labels] cause_stop ("trong 24 giờ")."""
    for c in cands:
        toks, lows = c.toks, c.where.lows
        if c.label or c.m.percent or c.i1 >= len(toks) or not lx.caused.at(lows, c.i1):
            continue
        j = c.i1
        while j < len(toks) and j - c.i1 < 8 and (toks[j].is_word or toks[j].text == ",") and not lx.causes.at(lows, j):
            if is_number_tok(toks[j]):
                break
            j += 1
        if j >= len(toks) or not (n := lx.causes.at(lows, j)):
            continue
        a = k = j + n
        while k < len(toks) and k - a < 10 and (toks[k].is_word or toks[k].text == ",") and not is_number_tok(toks[k]):
            if lx.cause_stop.at(lows, k):
                break
            k += 1
        while k > a and toks[k - 1].text == ",":
            k -= 1
        if k > a and (k == len(toks) or not is_number_tok(toks[k])):
            c.label = join_words(toks[a:k])
            c.rules.append("label:cause")
