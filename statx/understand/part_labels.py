"""The parts of a split that still have no label while others of it do.

A split told its parts apart ("… trong đó 321 ca do tai nạn giao thông, 185 ca thương tích trong sinh hoạt, ẩu đả
gây thương tích 51 ca"): a part left unlabelled by the rules of its shape is told apart by the words after its
noun (its class or its state), else, when it ends its item, by the words that open the item before its count.
"""

from __future__ import annotations

from statx.understand.context import Cand, Lexicon, is_number_tok
from statx.understand.headings import names_a_turn
from statx.understand.label import join_words
from statx.understand.tails import part_tail

__all__ = ["sibling_part_labels"]

# the most words of an item's opening words that may name its part
_LONGEST = 6


def sibling_part_labels(cands: list[Cand], lx: Lexicon) -> None:
    """Label each part with no label of a split some of whose parts have one (see the module)."""
    splits: dict[int, list[Cand]] = {}
    for c in cands:
        if c.part_of is not None and not c.m.percent and not c.change:
            splits.setdefault(c.part_of, []).append(c)
    for parts in splits.values():
        if len(parts) < 2 or all(p.label for p in parts) or not any(p.label for p in parts):
            continue
        for p in parts:
            if not p.label and (label := part_tail(p, lx) or _item_opening(p, lx)):
                p.label = label
                p.rules.append("label:part of a told split")


def _item_opening(c: Cand, lx: Lexicon) -> str:
    """The words of the count's list item before it, when the count and its unit end the item: "…, ẩu đả gây
    thương tích 51 ca." → "ẩu đả gây thương tích"; not a time or a turn of the story."""
    toks, lows = c.toks, c.where.lows
    end = max(c.i1, c.unit_end)
    if end < len(toks) and toks[end].text not in (",", ";", ".", ")"):
        return ""
    a = c.q0
    while a > 0 and c.q0 - a < _LONGEST and toks[a - 1].is_word and not is_number_tok(toks[a - 1]):
        if lows[a - 1] in lx.joins or lx.openers.ending(lows, a):
            break
        a -= 1
    marked = a == 0 or toks[a - 1].text in (",", ";", ":") or lows[a - 1] in lx.joins or lx.openers.ending(lows, a) > 0
    if not marked or a == c.q0 or toks[a].capitalized or names_a_turn(lows, a, c.q0, lx):
        return ""
    if lx.actor_verbs.at(lows, a) == c.q0 - a or (c.q0 - a == 1 and lows[a] in lx.copulas):
        return ""  # "…, có 47 em": a verb alone names no part
    return join_words(toks[a : c.q0])
