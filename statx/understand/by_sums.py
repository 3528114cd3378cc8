"""Lists after a total that the sums tell how to split (called from the list rule of
:mod:`statx.understand.breakdown`).

Two totals joined by "và" before one list: the list's first run of counts adds up to the first total and the
rest to the second ("… 40 đơn khiếu nại và 25 đơn tố cáo; trong đó 10 …, 30 …; 5 …, 20 …"). A list whose first
item is a count the next ones add up to, a finer total inside it ("… 900 đơn, trong đó 600 đơn đủ điều kiện với
100 đơn A, 200 đơn B và 300 đơn C"): the first item is the total's part, the next its own parts.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from itertools import accumulate

from statx.understand.context import Cand, Lexicon
from statx.understand.links import Links, bounds, same_kind, sum_check

__all__ = ["link_by_sums"]

Label = Callable[[Cand, Lexicon], None]


def _twin_before(c: Cand, group: list[Cand], links: Links) -> Cand | None:
    """The count right before ``c`` in its sentence, of its kind and joined to it by "và" or ",", no part or total yet."""
    k = group.index(c)
    if k == 0:
        return None
    t = group[k - 1]
    lows = c.where.lows
    joined = any(w in ("và", ",") for w in lows[max(t.i1, t.unit_end) : c.q0])
    free = t.part_of is None and not links.has_parts(t) and id(t) not in links.repeats
    if not joined or not free or not same_kind(t, c) or t.m.percent or c.where.between(";", t.i1, c.q0):
        return None
    return t


def _twin_split(t: Cand, c: Cand, listed: list[Cand]) -> int | None:
    """Where the list splits into a run that adds up to ``t`` and one that adds up to ``c``, each of two counts or
    more, else None. The runs' intervals are summed once from each end ("ok" as :func:`sum_check` says), so that
    every split point costs one test."""
    spans = [bounds(p.m) for p in listed]
    zero = Decimal(0)
    # lo[s], hi[s]: the sums over listed[:s]; rlo[s], rhi[s]: over listed[s:]
    lo, hi = list(accumulate((a for a, _ in spans), initial=zero)), list(accumulate((b for _, b in spans), initial=zero))
    rlo = [*accumulate((a for a, _ in reversed(spans)), initial=zero)][::-1]
    rhi = [*accumulate((b for _, b in reversed(spans)), initial=zero)][::-1]
    (t_lo, t_hi), (c_lo, c_hi) = bounds(t.m), bounds(c.m)
    for s in range(2, len(listed) - 1):
        if lo[s] <= t_hi and t_lo <= hi[s] and rlo[s] <= c_hi and c_lo <= rhi[s]:
            return s
    return None


def _nested(parts: list[Cand]) -> bool:
    """The first part is a total the counts after it add up to, two or more."""
    first, rest = parts[0], parts[1:]
    return (
        len(rest) >= 2 and all(same_kind(first, p) and p.m.value < first.m.value for p in rest) and sum_check(first, rest) == "ok"
    )


def link_by_sums(c: Cand, group: list[Cand], listed: list[Cand], parts: list[Cand], links: Links, label: Label) -> bool:
    """Link the list after ``c`` (``listed``: all its counts of the kind; ``parts``: those the list rule chose) where
    the sums tell how it splits; whether it did."""
    t = _twin_before(c, group, links)
    if t is not None and len(listed) >= 4 and (s := _twin_split(t, c, listed)) is not None:
        for total, run in ((t, listed[:s]), (c, listed[s:])):
            links.new_split()
            for p in run:
                links.link(total, p, "list by sums", label)
        return True
    if len(parts) >= 3 and sum_check(c, parts).startswith("over") and _nested(parts):
        links.new_split()
        links.link(c, parts[0], "list", label)
        links.new_split()
        for p in parts[1:]:
            links.link(parts[0], p, "finer list", label)
        return True
    return False
