"""Which total a part belongs to, and whether the parts add up.

The shapes it knows (cues in ``lexicon/cues.toml`` ``[breakdown]``): a part before
"trên tổng số" and its total; "Trong số 15 đối tượng…, có 4 người…"; a list opened
after a total by ":", "(", "trong đó", "gồm"; a sentence opening with "Trong đó"
that splits a total of the sentence before; the disciplined among the violations
found; parts before a marked total ("Tổng lượt khách … hơn 80.000"); counts in
the next sentences that add up to a total. A part counts the same kind of thing
as its total (one currency for money). Each total gets ``check``: "ok", or by how
much its parts are over or under.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from decimal import Decimal

from statx.facts import Category
from statx.numbers import to_plain
from statx.understand.context import NEAR, WINDOW, Cand, Lexicon, first_at, phrase
from statx.understand.label import bracket_label, class_label, part_label, verb_label

__all__ = ["breakdowns"]


def _close(total: Cand, parts: Sequence[Cand]) -> str:
    s = sum((p.m.value for p in parts), Decimal(0))
    t = total.m.value
    fuzzy = total.m.qualifier != "exact" or any(p.m.qualifier != "exact" for p in parts)
    if s == t or (fuzzy and abs(s - t) <= t * Decimal("0.02")):
        return "ok"
    word = "over" if s > t else "under"
    return f"{word}: parts sum to {to_plain(s)}"


def _same_kind(a: Cand, b: Cand) -> bool:
    """Counts that can add up: both percentages or neither; money only in one currency."""
    money = "unit:currency" in a.rules
    if a.m.percent != b.m.percent or money != ("unit:currency" in b.rules):
        return False
    return not money or phrase(a.unit) == phrase(b.unit)  # 650 triệu USD is no part of 22.500 tỷ đồng


class _Links:
    """Part -> total links as they are made, and the rule that made each."""

    def __init__(self, lx: Lexicon) -> None:
        self.parts: dict[int, list[Cand]] = {}
        self.lx = lx

    def has_parts(self, c: Cand) -> bool:
        return id(c) in self.parts

    def link(self, total: Cand, part: Cand, rule: str, label: Callable[[Cand, Lexicon], None] | None = None) -> None:
        """Make ``part`` a part of ``total``; ``label`` names a part that has no label yet."""
        if part.part_of is not None or part is total:
            return
        part.part_of = total.m.start
        part.rules.append(f"breakdown:{rule}")
        self.parts.setdefault(id(total), []).append(part)
        if total.category == Category.DISCIPLINE.value or (
            part.category == Category.OTHER.value and not part.noun and not part.unit
        ):
            part.category = total.category
        if label is not None and not part.label:
            label(part, self.lx)


def _compatible(total: Cand, part: Cand) -> bool:
    """A part counts the same kind of thing as its total (or says nothing of what it counts)."""
    if not _same_kind(total, part) or part.m.value >= total.m.value:
        return False
    return part.category == total.category or (not part.noun and not part.unit)


def _link_of_total(cands: list[Cand], links: _Links, lx: Lexicon) -> None:
    """ "… ngăn chặn 1.500 clip … trên tổng số hơn 2.300 clip": the part comes first."""
    for at, c in enumerate(cands):
        if at + 1 == len(cands) or cands[at + 1].sent != c.sent:
            continue  # no number after it in its sentence: nothing to be a part of
        where, lows = c.where, c.where.lows()
        # the first "trên tổng số" within 12 tokens after the number, before a full stop or another number
        j = first_at(where.starts(lx.total_after), c.i1)
        if j is None or j >= c.i1 + 12:
            continue
        stops = [k for k in (first_at(where.of("."), c.i1), first_at(where.of(";"), c.i1)) if k is not None]
        number = first_at(where.numbers(), c.i1)
        if (stops and min(stops) < j) or (number is not None and number < j):
            continue
        n = lx.total_after.at(lows, j)
        for t in cands[at + 1 : at + 1 + NEAR]:
            if t.sent != c.sent:
                break
            if j + n <= t.q0 <= j + n + 2 and t.m.value > c.m.value and _same_kind(c, t):
                links.link(t, c, "of total", verb_label)


def _link_among(by_sent: dict[int, list[Cand]], links: _Links, lx: Lexicon) -> None:
    """ "Trong số 9 đối tượng bị bắt, có 2 người từng có tiền án": a total named in an opening
    "trong số" phrase; the counts of the same kind after its comma are its parts."""
    for group in by_sent.values():
        for k, c in enumerate(group[:-1]):
            lows = c.where.lows()
            n = lx.among.ending(lows, c.q0)
            if not n or not (c.q0 == n or lows[c.q0 - n - 1] in (",", ":", "(", "-")):
                continue  # the phrase opens the sentence or a clause
            comma = first_at(c.where.of(","), c.i1)
            if comma is None:
                continue
            for p in group[k + 1 : k + 1 + NEAR]:
                if p.q0 > comma and _same_kind(c, p) and p.m.value < c.m.value:
                    links.link(c, p, "among", part_label)


def _link_lists(by_sent: dict[int, list[Cand]], links: _Links, lx: Lexicon) -> None:
    """A list opened after a total by ':', '(' or a word like "trong đó", "gồm"."""
    for group in by_sent.values():
        if len(group) < 2:
            continue  # a list needs a total and a part
        toks, where = group[0].toks, group[0].where
        word_openers = where.starts(lx.openers)
        openers = sorted([*where.of(":"), *where.of("("), *word_openers])
        closes = where.of(")")
        for k, c in enumerate(group):
            later = group[k + 1 : k + 1 + NEAR]
            # the list must open before the next number of the same kind
            stop = min([len(toks), c.unit_end + WINDOW, *(p.i0 for p in later if p.i0 >= c.unit_end and _same_kind(c, p))])
            for j in openers[bisect_left(openers, c.unit_end) : bisect_left(openers, stop)]:
                word_opener = toks[j].kind == "w"
                paren = toks[j].text == "("
                found = first_at(closes, j) if paren else None
                close = len(toks) if found is None else found
                chosen = [p for p in later if j < p.q0 < close and _same_kind(c, p) and p.m.value < c.m.value]
                parts = [
                    p for p in chosen if paren or not p.noun or not c.noun or p.noun[:1] == c.noun[:1] or p.category == c.category
                ]
                if word_opener and len(chosen) >= 2 and len(parts) < len(chosen) and _close(c, chosen) == "ok":
                    parts = chosen  # "48 tài khoản…; trong đó, 35 trường hợp…, 13 trường hợp…": they add up
                if len(parts) >= 2 or (parts and word_opener):
                    for p in parts:
                        links.link(c, p, "list", bracket_label if paren else part_label)
                    break
                if paren:
                    continue  # "(Quảng Ngãi)" opens nothing: look on for "trong đó"


def _link_sum_before(cands: list[Cand], links: _Links, lx: Lexicon) -> None:
    """ "… vé lượt 340.000, vé tháng 37.000. Tổng lượt khách … hơn 376.000": parts before a marked total."""
    for at, c in enumerate(cands):
        prior = [p for p in cands[max(0, at - 4) : at] if c.sent - 1 <= p.sent and p.part_of is None]
        if len(prior) < 2 or links.has_parts(c):
            continue  # a sum needs two parts
        mark = first_at(c.where.starts(lx.total_before), max(0, c.q0 - 8))  # "Tổng lượt khách … 376.000"
        if mark is None or mark >= c.q0:
            continue
        for size in range(min(len(prior), 4), 1, -1):
            run = prior[-size:]
            if all(_compatible(c, p) for p in run) and _close(c, run) == "ok":
                for p in run:
                    links.link(c, p, "sum before total")
                break


def _link_sum_after(cands: list[Cand], links: _Links, lx: Lexicon) -> None:
    """A total followed, in the next sentences, by counts of the same kind that add up to it.

    Larger totals first; a labelled count is a part, never a total. Counts of the
    same noun are tried before counts of the same category ("bảy học sinh": "Ba học
    sinh …, bốn em …").
    """
    index = {id(c): k for k, c in enumerate(cands)}
    for c in sorted(cands, key=lambda c: -c.m.value):
        if links.has_parts(c) or c.part_of is not None or c.m.value <= 1 or not c.noun or c.label:
            continue
        at = index[id(c)]
        later = [
            p
            for p in cands[at + 1 : at + 1 + NEAR]
            if c.sent < p.sent <= c.sent + 2 and p.part_of is None and not links.has_parts(p) and p.noun and _compatible(c, p)
        ]
        same_noun = [p for p in later if p.noun[:1] == c.noun[:1]]
        for pool in (same_noun, later):
            run = _summing_run(c, pool)
            if run:
                for p in run:
                    links.link(c, p, "sum after total", part_label)
                break


def _summing_run(total: Cand, pool: list[Cand]) -> list[Cand] | None:
    """The longest run of consecutive counts that adds up to the total."""
    for size in range(min(len(pool), 8), 1, -1):
        for f in range(len(pool) - size + 1):
            if _close(total, pool[f : f + size]) == "ok":
                return pool[f : f + size]
    return None


def _link_disciplined(by_sent: dict[int, list[Cand]], links: _Links) -> None:
    """ "11 đảng viên có khuyết điểm, vi phạm, phải thi hành kỷ luật chín đảng viên": action within violations."""
    for group in by_sent.values():
        for k, c in enumerate(group):
            if c.discipline_cue != "violation" or links.has_parts(c):
                continue
            for p in group[k + 1 : k + 1 + NEAR]:
                if p.noun[:1] != c.noun[:1]:
                    continue
                if p.discipline_cue == "action" and p.m.value < c.m.value and p.part_of is None:
                    links.link(c, p, "disciplined of violations")
                break


def breakdowns(cands: list[Cand], lx: Lexicon) -> None:
    """Link parts to their totals and check the sums."""
    if len(cands) < 2:
        return  # a total needs a part
    by_sent: dict[int, list[Cand]] = {}
    for c in cands:
        by_sent.setdefault(c.sent, []).append(c)
    links = _Links(lx)
    _link_of_total(cands, links, lx)
    _link_among(by_sent, links, lx)
    _link_lists(by_sent, links, lx)
    _link_next_sentence(by_sent, links, lx)
    _link_disciplined(by_sent, links)
    _link_sum_before(cands, links, lx)
    _link_sum_after(cands, links, lx)
    for c in cands:
        parts = links.parts.get(id(c))
        if parts:
            c.check = _close(c, parts)
            c.rules.append("breakdown:total")


def _link_next_sentence(by_sent: dict[int, list[Cand]], links: _Links, lx: Lexicon) -> None:
    """A sentence opening with "Trong đó" splits a total of the sentence before:
    "… 1.248 nhóm Zalo … Trong đó, cấp tỉnh có 12 nhóm, cấp huyện 156 nhóm và cấp xã 1.080 nhóm." """
    for s, parts in by_sent.items():
        toks, lows = parts[0].toks, parts[0].where.lows()
        if not toks or not lx.openers.at(lows, 0) or s - 1 not in by_sent:
            continue
        parts = [p for p in parts if p.part_of is None and not links.has_parts(p)]
        totals = [(t, [p for p in parts if _same_kind(t, p) and p.m.value < t.m.value]) for t in reversed(by_sent[s - 1])]
        # the total its parts add up to ("178 trang Fanpage, 96 kênh TikTok và 1.240 nhóm Zalo. Trong đó,
        # cấp tỉnh 12 trang Fanpage, cấp huyện 46 trang, cấp xã 120 trang"), else the last of the same kind
        adding = [(t, same) for t, same in totals if len(same) >= 2 and _close(t, same) == "ok"]
        for total, same in adding[:1] or totals:
            chosen = same if adding else [p for p in same if p.noun[:1] == total.noun[:1] or p.category == total.category]
            if chosen:
                for p in chosen:
                    links.link(total, p, "next sentence", class_label)
                break
