"""Parts named with their whole in one phrase: "45/60 thôn", "21 trên 477 thí sinh" (X of Y things), and a part
before "trên tổng số" and its total ("… gỡ 1.700 clip … trên tổng số hơn 2.600 clip")."""

from __future__ import annotations

import itertools

from statx.understand.context import NEAR, Cand, Lexicon, first_at
from statx.understand.label import verb_label
from statx.understand.links import Links, same_kind

__all__ = ["link_of_all", "link_of_total"]


def link_of_all(cands: list[Cand], links: Links) -> None:
    """ "45/60 thôn", "12/12 huyện", "21 trên 477 thí sinh": X of Y things, X a part of Y."""
    for p, c in itertools.pairwise(cands):
        if p.sent != c.sent or c.q0 != c.i0 or c.i0 != p.i1 + 1 or p.q0 != p.i0 or p.m.percent or c.m.percent:
            continue
        slash = p.toks[p.i1]
        glued = slash.text == "/" and slash.start == p.m.end and c.m.start == slash.end
        # "21 trên 477 thí sinh": a bare count, "trên", the count of the whole
        over = slash.low == "trên" and p.unit_end <= p.i1 and not p.noun and p.m.value < c.m.value
        if (glued or over) and p.m.value <= c.m.value:
            if id(p) in links.repeats:
                links.repeats.add(id(c))  # "thuộc 7/12 huyện": where the things are, the whole too
                continue
            links.new_split()
            links.link(c, p, "of all")
            p.category = c.category  # X of Y counts what Y counts


def link_of_total(cands: list[Cand], links: Links, lx: Lexicon) -> None:
    """ "… gỡ 1.700 clip … trên tổng số hơn 2.600 clip": the part comes first."""
    for at, c in enumerate(cands):
        if at + 1 == len(cands) or cands[at + 1].sent != c.sent or not c.where.has(lx.total_after):
            continue  # no number after it in its sentence, or no "trên tổng số": nothing to be a part of
        where, lows = c.where, c.where.lows
        # the first "trên tổng số" within 16 tokens after the number, before a full stop or another number
        j = first_at(where.starts(lx.total_after), c.i1)
        if j is None or j >= c.i1 + 16:
            continue
        stops = [k for k in (first_at(where.of("."), c.i1), first_at(where.of(";"), c.i1)) if k is not None]
        number = first_at(where.numbers(), c.i1)
        if (stops and min(stops) < j) or (number is not None and number < j):
            continue
        n = lx.total_after.at(lows, j)
        for t in cands[at + 1 : at + 1 + NEAR]:
            if t.sent != c.sent:
                break
            if j + n <= t.q0 <= j + n + 2 and t.m.value > c.m.value and same_kind(c, t):
                links.new_split()
                links.link(t, c, "of total", verb_label)
