"""Parts named place by place after "chủ yếu ở" (mostly in): "… hơn 900 nhà bị tốc mái, chủ yếu ở Bắc Lâm
gần 600 nhà; Nam Lâm 250 nhà; 40 nhà khác bị ngập": the counts named by a place right after the phrase split
the count before it, past ';' and ',', up to the first that is not named so (cues.toml [breakdown] mainly)."""

from __future__ import annotations

from statx.understand.context import NEAR, Cand, phrase
from statx.understand.links import Links, head, same_kind, sum_check

__all__ = ["link_mainly"]

# the label rules that name a part by a place or name before its count: "A 600 nhà", "A (600 nhà)", "A: 600 nhà"
_NAMED_BEFORE = frozenset(("label:place", "label:name before bracket", "label:colon", "label:name in list"))


def _named_part(t: Cand, p: Cand) -> bool:
    """``p`` may be a part of ``t`` named by its place: smaller, of its kind and noun, free, its label a name."""
    if p.part_of is not None or p.change or p.m.percent or p.m.value >= t.m.value or not same_kind(t, p):
        return False
    if head(p) != head(t) and phrase(p.unit) != phrase(t.unit):
        return False
    return bool(p.label) and p.label[:1].isupper() and not _NAMED_BEFORE.isdisjoint(p.rules)


def link_mainly(by_sent: dict[int, list[Cand]], links: Links) -> None:
    """The counts named by places after "chủ yếu ở"/"chủ yếu tại" are parts of the count before the phrase in
    its clause (no ';' between), while each is named by a place and the parts do not go over the total."""
    mainly = links.lx.mainly
    for group in by_sent.values():
        if len(group) < 2 or not group[0].where.has(mainly):
            continue
        where = group[0].where
        for j in where.starts(mainly):
            before = [c for c in group if c.unit_end <= j]
            if not before:
                continue
            t = before[-1]
            if t.m.percent or t.change or where.between(";", t.i1, j):
                continue  # "…; chủ yếu ở …" after a count of another clause
            parts: list[Cand] = []
            for p in group[len(before) : len(before) + NEAR]:
                if not _named_part(t, p) or sum_check(t, [*parts, p]).startswith("over"):
                    break
                parts.append(p)
            if parts:
                links.new_split()
                for p in parts:
                    links.link(t, p, "mainly in")
