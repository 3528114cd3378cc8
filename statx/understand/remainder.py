"""The rest of a split, told in the next sentence.

"… 20 người chết, trong đó 12 người ở Bắc Lâm. Số còn lại ở Nam Lâm (5 người) và Tây Lâm (3 người)": a
sentence that opens on the rest (cues.toml ``[breakdown] remainder``, in its first words before its first count:
"Số còn lại …", "Những người còn lại …", "Còn lại …") goes on with the split of a total of the sentence before;
its counts of that total's kind are more of its parts, while they do not go over (also the items of a run of
named brackets, "A (5 người), B (3 người)", that have no total of their own sentence). The rest goes into the
split that :meth:`~statx.understand.links.Links.check` judges, the fullest of those that come up short. A sentence
that lists parts of a total of the sentence before and ends on the rest untold ("… 1.700 nhóm Zalo. 135 nhóm ở A;
1.350 nhóm ở B; còn lại ở C.") splits that total too, its parts short of it (:func:`link_rest_untold`).
"""

from __future__ import annotations

from statx.understand.context import Cand, Lexicon
from statx.understand.links import Links, head, same_kind, sum_check

__all__ = ["link_remainder", "link_rest_untold", "opens_on_rest"]


def opens_on_rest(p: Cand, lx: Lexicon) -> bool:
    """The sentence of ``p`` opens on the rest of a split, in its first three words before ``p``: "Số còn lại …",
    "Những người còn lại …", "Còn lại …"."""
    lows, rest = p.where.lows, lx.remainder
    return any(lows[j] in rest.by_first and rest.at(lows, j) for j in range(min(3, p.q0)))


def _split_before(group: list[Cand], links: Links) -> Cand | None:
    """The last total of the sentence that is split already and whose parts come up short."""
    for t in reversed(group):
        if links.has_parts(t) and links.check(t).startswith("under"):
            return t
    return None


def link_remainder(by_sent: dict[int, list[Cand]], links: Links) -> None:
    """Link the counts of a "Số còn lại …" sentence to the split total of the sentence before (see the module)."""
    for s, group in by_sent.items():
        if s - 1 not in by_sent or not opens_on_rest(group[0], links.lx):
            continue
        total = _split_before(by_sent[s - 1], links)
        key = None if total is None else links.judged(total)
        if total is None or key is None:
            continue
        # the items of a run of named brackets are the rest's, though no total stands before them in their sentence
        free = [p for p in group if id(p) not in links.repeats or id(p) in links.own_lists]
        parts = [p for p in free if p.part_of is None and same_kind(total, p) and p.m.value < total.m.value]
        parts = [p for p in parts if p.category == total.category or not p.noun]
        if parts and not sum_check(total, [*links.splits[id(total)][key], *parts]).startswith("over"):
            links.current = key
            for p in parts:
                links.repeats.discard(id(p))
                links.link(total, p, "rest of the split")


def link_rest_untold(by_sent: dict[int, list[Cand]], links: Links) -> None:
    """Counts of one noun that a sentence lists before the rest, told with no count ("135 nhóm ở A; 1.352 nhóm ở B;
    còn lại trong doanh nghiệp."), are the parts of the last count of that noun in the sentence before, short of it;
    or of the first of them, when it is said alone and is more than the others ("A có 50 xã; 20 xã đạt chuẩn, 15
    xã đang xây dựng, còn lại chưa đạt": the sentence's own total)."""
    lx = links.lx
    for s, group in by_sent.items():
        parts = [p for p in group if p.part_of is None and not p.m.percent and id(p) not in links.repeats]
        if len(parts) < 2 or len({head(p) for p in parts}) > 1 or not head(parts[0]):
            continue
        lows, last = group[-1].where.lows, group[-1]
        rest = next((j for j in range(last.i1, len(lows)) if lows[j] in lx.remainder.by_first and lx.remainder.at(lows, j)), None)
        if rest is None or rest > last.i1 + 10 or lows[rest - 1] not in (";", ",", "và"):
            continue  # no rest as the item after the list's last one
        first = parts[0]
        after = max(first.i1, first.unit_end)
        alone = after < len(lows) and lows[after] in (";", ",", ":")
        # the others are its own, not items of their own owners ("huyện A có 50 xã, huyện B có 20 xã")
        own = all(p.actor in ("", first.actor) for p in parts[1:])
        if alone and own and sum_check(first, parts[1:]).startswith("under"):
            total, parts = first, parts[1:]  # the total said alone, its parts after it
        else:
            before = by_sent.get(s - 1, [])
            totals = [t for t in before if head(t) == head(first) and same_kind(t, first) and not links.has_parts(t)]
            if not totals or not sum_check(totals[-1], parts).startswith("under"):
                continue
            total = totals[-1]
        links.new_split()
        for p in parts:
            links.link(total, p, "parts before the rest")
