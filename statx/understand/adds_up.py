"""Which counts before or after a total add up to it: the parts before a marked total ("… vé lượt 190.000,
vé tháng 24.000. Tổng lượt khách … hơn 215.000") and the counts of the next sentences that sum to a total
told first ("Giai đoạn I là 2.450 tỷ đồng … vốn trung ương là 1.100 tỷ đồng; vốn địa phương là 1.350 tỷ đồng").
Called by :func:`statx.understand.breakdown.breakdowns`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from decimal import Decimal
from typing import cast

from statx.facts import Category
from statx.understand.context import NEAR, Cand, Lexicon, bracket_around, first_at, phrase
from statx.understand.label import part_label
from statx.understand.links import Links, bounds, compatible, head, same_kind, sum_check, told_again

__all__ = ["link_sum_after", "link_sum_before"]


def link_sum_before(cands: list[Cand], links: Links, lx: Lexicon) -> None:
    """ "… vé lượt 190.000, vé tháng 24.000. Tổng lượt khách … hơn 215.000": parts before a marked total."""
    for at, c in enumerate(cands):
        if not c.where.has(lx.total_before):
            continue  # no word that marks a total in its sentence: the common case, one set test
        prior = [p for p in cands[max(0, at - 4) : at] if c.sent - 1 <= p.sent and p.part_of is None]
        if len(prior) < 2 or links.has_parts(c):
            continue  # a sum needs two parts
        mark = first_at(c.where.starts(lx.total_before), max(0, c.q0 - 8))  # "Tổng lượt khách … 215.000"
        if mark is None or mark >= c.q0:
            continue
        for size in range(min(len(prior), 4), 1, -1):
            run = prior[-size:]
            if all(compatible(c, p) for p in run) and sum_check(c, run) == "ok":
                links.new_split()
                for p in run:
                    links.link(c, p, "sum before total")
                break


def link_sum_after(cands: list[Cand], links: Links, lx: Lexicon, text: str) -> None:
    """A total followed, in the next sentences, by counts of the same kind that add up to it.

    Larger totals first, so that a part can then be the total of a finer split ("Giai đoạn I
    là 2.450 tỷ đồng … vốn trung ương là 1.100 tỷ đồng; vốn địa phương là 1.350 tỷ đồng"),
    though only into counts of its own noun; a labelled count is a total only once it is a
    part. The next sentences are the next three that hold a number (a caption between does not
    count; at most four sentences on); a part splits further only within its paragraph. A count that has its own
    parts may be a part of a larger total ("8.600 tỷ đồng,
    bao gồm …"). Counts of the same noun are tried before counts of the same category ("bảy
    học sinh": "Ba học sinh …, bốn em …").
    """
    index = {id(c): k for k, c in enumerate(cands)}
    rank: dict[int, int] = {}  # a sentence's rank among the sentences that hold a number
    for c in cands:
        rank.setdefault(c.sent, len(rank))
    # in text order both a count's sentence and its rank only grow: the next sentences are found by binary search
    sents = [c.sent for c in cands]
    ranks = [rank[s] for s in sents]
    for c in sorted(cands, key=lambda c: (-c.m.value, -index[id(c)])):  # of equal totals, the nearer first
        money = "unit:currency" in c.rules
        split = links.parts.get(id(c), [])
        if c.m.value <= 1 or c.m.percent or not (c.noun or c.unit or money) or (c.label and c.part_of is None and not split):
            continue
        if id(c) in links.repeats:
            continue  # "(mỗi môn có 5 huy chương)", "2 cá nhân này": for each, or named again: no total either
        if c.part_of is not None and bracket_around(c.where, c.q0) is not None:
            continue  # an item in a bracket ("(2 vàng, 2 bạc và 4 đồng)") splits no further over the next sentences
        if split and links.check(c) != "ok":
            continue  # a total split once may be split again along another line, once the first adds up
        at = index[id(c)]
        first, last = rank[max([c.sent, *(p.sent for p in split)])], rank[c.sent] + 3
        end = min(at + 1 + NEAR, bisect_right(sents, c.sent + 4, at + 1), bisect_right(ranks, last, at + 1))
        # the next sentences, or (no split yet) the clauses after a ';' of its own ("17 tổ chức bị kỷ luật; 9 …, 8 …")
        semi = None if split else first_at(c.where.of(";"), c.i1)
        begin = at + 1 if semi is not None else bisect_right(ranks, first, at + 1, end)
        later: list[Cand | None] = []  # None: a count of the kind too large to be a part, which ends a run
        valued = money and _valued(c, lx)
        for p in cands[begin:end]:
            if semi is not None and p.sent == c.sent and p.q0 < semi:
                continue
            if c.part_of is not None and p.sent != c.sent and "\n" in text[c.m.end : p.m.start] and not _names(p, c.label):
                break  # "… chi bộ 29 trường hợp." and a paragraph on: an item's split is told in its own paragraph
            free = p.part_of is None and id(p) not in links.repeats and (p.noun or p.unit or money)
            if free and valued and _valued(p, lx):
                continue  # "8 nhà … trị giá 450 triệu đồng; 5 tuyến đường … trị giá 250 triệu đồng": values of other things
            if free and compatible(c, p) and not _other_heads(c, p, lx):
                later.append(p)
            elif free and later and _last_item(c, later[-1], p, links):
                later.append(p)  # "Trong đó, 8 suất …, 1.164 suất cho hộ cận nghèo và 264 trẻ em …": the list's last item
            elif p.m.value >= c.m.value and p.unit == c.unit and same_kind(c, p) and head(p) == head(c) != "":
                later.append(None)  # "8 đại biểu, 184 đại biểu, 46 đại biểu" adds up to no "54 đại biểu"
        if len(later) - later.count(None) < 2:
            continue  # a sum needs two parts
        same_noun = [p for p in later if p is None or p.noun[:1] == c.noun[:1]]
        # a part splits further only into counts of its own noun
        for pool in (same_noun, later):
            run = _summing_run(c, pool)
            if run and c.part_of is not None and pool is later and len({head(p) for p in run}) > 1:
                run = None  # a part splits further only into counts of one noun ("45 người, 44 người")
            if run and _mid_list(_count_before(cands, index[id(run[0])]), run[0]):
                run = None  # "…, 27 đại biểu …, 2 đại biểu …, 4 đại biểu": a run opens no list halfway
            if run and split and not _marked(run[0], lx):
                run = None  # split again only where the text says so ("Trong số đảng viên bị kỷ luật, …")
            if run:
                total = c if split else told_again(c, cands[at + 1 : index[id(run[0])]], links)
                links.new_split()
                for p in run:
                    links.link(total, p, "split again" if split else "sum after total", part_label)
                if total is not c:
                    total.rules.append("breakdown:told again")
                break


def _last_item(c: Cand, q: Cand | None, p: Cand, links: Links) -> bool:
    """``p`` ends with "và" a list of items of ``c``'s noun that ``q`` is one of, counting another noun (the
    writer leaves out the total's): smaller than the total, of its kind, right after ``q``'s item."""
    if q is None or q.sent != p.sent or not same_kind(c, p) or p.m.value >= c.m.value or head(q) != head(c):
        return False
    return p.q0 > 0 and p.where.lows[p.q0 - 1] == "và" and not p.where.between(";", q.i1, p.q0) and p.q0 - q.i1 <= 16


def _valued(c: Cand, lx: Lexicon) -> bool:
    """The amount is the value of the things counted before it: "… 5 tuyến đường dài 6 km trị giá hơn 250 triệu đồng"."""
    lows = c.where.lows
    return c.q0 > 1 and lows[c.q0 - 1] in lx.valued.by_last and lx.valued.ending(lows, c.q0) > 0


def _names(p: Cand, label: str) -> bool:
    """The sentence of ``p`` names ``label`` before it, as whole words: "Về nguồn vốn của giai đoạn đầu, vốn … là 500 tỷ"."""
    words = phrase(label)
    if not words:
        return False
    lows = p.where.lows[: p.q0]
    return f" {' '.join(words)} " in f" {' '.join(lows)} "


def _other_heads(c: Cand, p: Cand, lx: Lexicon) -> bool:
    """Two counts of different things of no known kind, that no sum joins: "6 HCV" and "2 HCB" (not
    "bảy học sinh" and "bốn em", both people, nor "20 đảng viên" and "15 trường hợp" of a discipline report)."""
    if not c.category == p.category == Category.OTHER.value:
        return False
    a, b = head(c), head(p)
    return bool(a and b and a != b) and not _short_for_kind(c, p)


def _short_for_kind(c: Cand, p: Cand) -> bool:
    """``p`` counts by a capitals' short name opening with the initials of what ``c`` counts: "12 HCV" of "30 huy chương"."""
    initials, short = "".join(w[0] for w in phrase(c.obj)), (p.obj.split() or [""])[0]
    return len(short) > len(initials) >= 2 and short.isupper() and short.lower().startswith(initials)


def _marked(p: Cand, lx: Lexicon) -> bool:
    """The sentence of a part opens with "trong số", "trong đó" or the like: it speaks of a total
    named before, so its counts may split that total a second time; siblings of the total of the
    same noun ("4 huy chương …. Ở môn B, 2 huy chương …, môn C 2 huy chương") do not."""
    lows = p.where.lows
    return bool(lx.among.at(lows, 0) or lx.openers.at(lows, lx.frame_openers.at(lows, 0)))


def _summing_run(total: Cand, counts: Sequence[Cand | None]) -> list[Cand] | None:
    """The first run of consecutive counts that adds up to the total (the longest of those that
    start there): the parts follow their total; a run ends at a count too large to be a part (None)."""
    pool: list[Cand] = []
    if None not in counts:
        pool = cast(list[Cand], counts)  # the common case: no larger count ends a run
    else:
        for p in counts:
            if p is not None:
                pool.append(p)
                continue
            run = _summing_run(total, pool) if len(pool) >= 2 else None
            if run:
                return run
            pool = []
    t_lo, t_hi = bounds(total.m)
    lo, hi = [Decimal(0)], [Decimal(0)]  # running sums of the parts' intervals
    for p in pool:
        a, b = bounds(p.m)
        lo.append(lo[-1] + a)
        hi.append(hi[-1] + b)
    for f in range(len(pool) - 1):
        # up to eight parts over the next sentences; more only as one sentence's list ("A 200 tỷ, B 195 tỷ, … và O 135 tỷ")
        longest = f + 1 + next((k for k, p in enumerate(pool[f + 1 :]) if p.sent != pool[f].sent), len(pool) - f - 1)
        for size in range(max(min(len(pool) - f, 8), longest - f), 1, -1):
            if lo[f + size] - lo[f] <= t_hi and t_lo <= hi[f + size] - hi[f]:
                return pool[f : f + size]
    return None


def _count_before(cands: list[Cand], at: int) -> Cand | None:
    """The count before ``cands[at]`` in its sentence, past the shares and changes beside it."""
    for q in reversed(cands[max(0, at - 4) : at]):
        if q.sent != cands[at].sent:
            return None
        if not q.m.percent and not q.change:
            return q
    return None


def _mid_list(q: Cand | None, p: Cand) -> bool:
    """``q`` and ``p`` are counts of one kind in one list of its sentence, after a comma, with no ';' between and
    no "và" right before ``p``."""
    if q is None or q.sent != p.sent or not same_kind(q, p):
        return False
    return bool(p.where.between(",", q.i1, p.q0)) and not p.where.between(";", q.i1, p.q0) and p.where.lows[p.q0 - 1] != "và"
