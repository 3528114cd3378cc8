"""How a sentence says that it splits a total of the sentence before, or that it tells the same total again:
"Trong đó, …", "Riêng tỉnh A …", "Trong số những người trúng cử, …", "Các lỗi vi phạm gồm: …", "Cụ thể, … gỡ bỏ
98 video" (the 98 told again), "Trong đó, khu dân cư có 31 vụ" (one class that is all of the 31). Called by
:func:`statx.understand.splits.link_next_sentence`.
"""

from __future__ import annotations

from statx.lexicon.places import place_names
from statx.understand.context import Cand, Lexicon
from statx.understand.links import Links, head, same_kind

__all__ = ["among_named", "kind_listed", "part_set_apart", "restates", "subject_told", "whole_parts"]


def part_set_apart(c: Cand, lx: Lexicon) -> bool:
    """The sentence opens by setting one part apart, a place or a class: "Riêng tỉnh Bình An, …", "Riêng
    Bình An có …", "Riêng đường thủy xảy ra …"; not a time ("Riêng tháng 6, …"), nor "Riêng, …" (on its own)."""
    toks, lows = c.toks, c.where.lows
    n = lx.set_apart.at(lows, 0)
    if not n or n >= len(toks) or not toks[n].is_word:
        return False
    if lx.class_heads.at(lows, n):
        return True
    k = n
    while k < len(toks) and k - n < 4 and toks[k].is_word and toks[k].capitalized:
        k += 1
    return k > n and " ".join(t.text for t in toks[n:k]) in place_names()


def among_named(c: Cand, lx: Lexicon) -> bool:
    """The sentence opens, or goes on after a first clause ("Về cơ cấu, …"), with "trong số" and the things
    named before, no count of its own, up to a comma: "Trong số những người trúng cử, có 12 đại biểu nữ"
    speaks of a total of the sentence before as "trong đó" does. ``c`` is the sentence's first count."""
    lows = c.where.lows
    comma = next((k for k in range(min(len(lows), 5)) if lows[k] == ","), -1)
    for start in (0, comma + 1) if comma >= 0 else (0,):
        n = lx.among.at(lows, start)
        if n:
            end = next((k for k in range(start + n, min(len(lows), start + n + 30)) if lows[k] == ","), None)
            return end is not None and start + n < end < c.q0
    return False


def kind_listed(c: Cand, lx: Lexicon) -> bool:
    """The sentence names a kind, then lists its counts after "gồm" with no count before: "Các lỗi vi phạm chủ yếu
    gồm: A (120 trường hợp), B (64 trường hợp)", "Nhiều mặt hàng tăng so với cùng kỳ, gồm A 19 triệu USD; B …"
    speaks of a total of the sentence before as "trong đó" does. ``c`` is the sentence's first count."""
    lows = c.where.lows
    if not c.where.has(lx.openers):
        return False
    at = next((k for k in c.where.starts(lx.openers) if 2 <= k < c.q0 and lows[k] in lx.listing), None)
    return at is not None and c.q0 - at <= 12 and all(t.is_word or t.text in ",:" for t in c.toks[:at])


def restates(group: list[Cand], totals: list[Cand]) -> bool:
    """The sentence opens by naming a total of the sentence before again, the same count of the same thing
    ("Cụ thể, … gỡ bỏ 98 video …"): it tells the same story in more detail, it does not split it."""
    p = group[0]
    return not p.m.percent and any(p.m.qualifier == t.m.qualifier and _same_count(p, t) for t in totals)


def _same_count(p: Cand, t: Cand) -> bool:
    """``p`` counts again what the total ``t``, of no split, counts: the same value of the same thing."""
    return t.part_of is None and t.m.value == p.m.value and head(t) == head(p) != "" and same_kind(t, p)


def subject_told(c: Cand) -> bool:
    """The count is told apart by the subject of its clause ("khu dân cư có 31 vụ")."""
    rule = next((r for r in reversed(c.rules) if r.startswith("label:")), "")
    return bool(c.label) and rule.startswith("label:subject")


def whole_parts(group: list[Cand], totals: list[Cand], links: Links) -> None:
    """Each count of a sentence opened by "trong đó" that equals a total before it of its noun is that total's one
    part: all of them are of the class its subject names."""
    links.new_split()
    for p in group:
        if p.m.percent or p.change or p.part_of is not None:
            continue
        if (t := next((t for t in totals if _same_count(p, t)), None)) is not None:
            links.link(t, p, "the whole of it")
