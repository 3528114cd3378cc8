"""The links between parts and totals, and the sum check: what the breakdown rules share.

A part counts the same kind of thing as its total: both percentages or neither, both changes
("tăng 5 hộ") or neither, money in one currency. A total's parts are kept split by split (by
level, then by form, say), and each split is checked on its own: exact figures must add up
exactly, a rounded one ("khoảng", "hơn", "gần") within its interval.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from statx.facts import Category
from statx.numbers import Mention, to_plain
from statx.understand.context import Cand, Lexicon, is_number_tok, phrase

__all__ = [
    "Links",
    "bare_amount",
    "bounds",
    "clause_start",
    "compatible",
    "head",
    "names_form",
    "other_line",
    "rate_apart",
    "same_head",
    "same_kind",
    "sum_check",
    "told_again",
]


# How far a rounded figure may stand from what it rounds: "khoảng 100" is 98 to 102,
# "hơn 100" 100 to 102, "gần 100" 98 to 100; an exact figure is itself.
_ROUNDING = Decimal("0.02")


def bounds(m: Mention) -> tuple[Decimal, Decimal]:
    """The interval a mention's value stands for, by its qualifier."""
    v, q = m.value, m.qualifier
    hi = v if m.value_max is None else m.value_max
    if q == "exact":
        return v, hi
    if q in ("more_than", "at_least"):
        return v, hi * (1 + _ROUNDING)
    if q in ("nearly", "less_than", "at_most"):
        return v * (1 - _ROUNDING), hi
    return v * (1 - _ROUNDING), hi * (1 + _ROUNDING)


def sum_check(total: Cand, parts: Sequence[Cand]) -> str:
    """ "ok" when the parts can add up to the total, else "over" or "under" with their sum:
    exact figures must match exactly; a rounded one ("khoảng", "hơn", "gần") allows its interval."""
    lo = hi = Decimal(0)
    for p in parts:
        a, b = bounds(p.m)
        lo, hi = lo + a, hi + b
    t_lo, t_hi = bounds(total.m)
    if lo <= t_hi and t_lo <= hi:
        return "ok"
    s = sum((p.m.value for p in parts), Decimal(0))
    word = "over" if lo > t_hi else "under"
    return f"{word}: parts sum to {to_plain(s)}"


def same_kind(a: Cand, b: Cand) -> bool:
    """Counts that can add up: both percentages or neither, both changes or neither; money only in one currency."""
    money = "unit:currency" in a.rules
    if a.m.percent != b.m.percent or a.change != b.change:
        return False
    if money != ("unit:currency" in b.rules):
        # "8.600 tỷ đồng (Bắc Lâm 7.400 tỷ; Nam Lâm 1.200 tỷ)": a bare amount adds up with money
        return bare_amount(b if money else a)
    return not money or phrase(a.unit) == phrase(b.unit)  # 650 triệu USD is no part of 22.500 tỷ đồng


def rate_apart(a: Cand, b: Cand) -> bool:
    """One count is a rate ("60 tạ/ha", "5 %/năm") and the other is not, or in another rate: they never add up
    ("diện tích lúa 6.000 ha, năng suất 60 tạ/ha" splits no "11.000 ha")."""
    ra, rb = "/" in a.unit, "/" in b.unit
    return (ra or rb) and (ra != rb or phrase(a.unit) != phrase(b.unit))


def clause_start(c: Cand) -> int:
    """The index of the first token of the clause a count stands in: after the last ',', ';',
    ':', '(' or ')' before it (its qualifier excluded): "(mỗi suất 300.000 đồng) và 264 suất" is no count for each."""
    k = c.where.last((",", ";", ":", "(", ")"), max(0, c.q0 - 12), c.q0)
    return max(0, c.q0 - 12) if k is None else k + 1


def bare_amount(c: Cand) -> bool:
    """An amount with a scale word and nothing after it: "1.000 tỷ"."""
    return c.m.scaled and not c.unit and not c.noun


def head(c: Cand) -> str:
    """The first word of what a count counts, known noun or not: "làng" of "806 làng nghề"."""
    if c.noun:
        return c.noun[0]
    words = phrase(c.obj)
    return words[0] if words else ""


def same_head(t: Cand, p: Cand) -> bool:
    """Both count one thing by their first word, or ``p`` by the short name the text gives ``t``'s in a
    bracket after it: "3.000 giấy phép xây dựng (GPXD)" and "2.500 GPXD"."""
    a, b = head(t), head(p)
    return a == b != "" or (b != "" and abbreviation(t) == b)


def abbreviation(c: Cand) -> str:
    """The short name in capitals in a bracket right after what a count counts, lower case: "gpxd" of
    "3.000 giấy phép xây dựng (GPXD)"; else ""."""
    toks = c.toks
    end = max(c.i1, c.unit_end)
    for k in range(end, min(end + 6, len(toks) - 2)):
        t = toks[k]
        if t.text == "(":
            word, close = toks[k + 1], toks[k + 2]
            return word.low if close.text == ")" and word.text.isupper() and len(word.text) >= 2 else ""
        if not t.is_word or is_number_tok(t):
            return ""
    return ""


class Links:
    """Part -> total links as they are made, and the rule that made each."""

    def __init__(self, lx: Lexicon) -> None:
        self.parts: dict[int, list[Cand]] = {}
        self.total_of: dict[int, Cand] = {}
        self.splits: dict[int, dict[int, list[Cand]]] = {}  # a total's parts split by split, each checked on its own
        self.current = 0  # the split being made
        self.repeats: set[int] = set()  # "với 2 cá nhân này": a count named again, no part of anything
        self.own_lists: set[int] = set()  # of those, the items of a run of named brackets with no total before them
        self.lx = lx

    def has_parts(self, c: Cand) -> bool:
        return id(c) in self.parts

    def new_split(self) -> None:
        """The links that follow make a new split ("khiển trách 15, cảnh cáo 3" and later "(15 trường
        hợp) …, 3 trường hợp …" split one total twice)."""
        self.current += 1

    def in_split(self, total: Cand) -> list[Cand]:
        """The parts of a total in the split being made."""
        return self.splits.get(id(total), {}).get(self.current, [])

    def check(self, total: Cand) -> str:
        """The sum check over a total's splits: "over" when one goes over, else "ok" when one adds up,
        else "under" for the fullest."""
        key = self.judged(total)
        return "" if key is None else sum_check(total, self.splits[id(total)][key])

    def judged(self, total: Cand) -> int | None:
        """The split of a total that :meth:`check` judges: the first that goes over, else the first that
        adds up, else the fullest (the first of the fullest); None for a total with no split."""
        splits = self.splits.get(id(total), {})
        checks = {key: sum_check(total, split) for key, split in splits.items()}
        if not checks:
            return None
        over = [key for key, x in checks.items() if x.startswith("over")]
        ok = [key for key, x in checks.items() if x == "ok"]
        if over or ok:
            return (over or ok)[0]
        sums = {key: sum((p.m.value for p in split), Decimal(0)) for key, split in splits.items()}
        fullest = max(sums.values())
        return next(key for key, x in sums.items() if x == fullest)

    def link(self, total: Cand, part: Cand, rule: str, label: Callable[[Cand, Lexicon], None] | None = None) -> None:
        """Make ``part`` a part of ``total``; ``label`` names a part that has no label yet."""
        if part.part_of is not None or part is total or id(part) in self.repeats or rate_apart(total, part):
            return
        part.part_of = total.m.start
        part.rules.append(f"breakdown:{rule}")
        self.parts.setdefault(id(total), []).append(part)
        self.splits.setdefault(id(total), {}).setdefault(self.current, []).append(part)
        self.total_of[id(part)] = total
        # a bare part counts what its total counts; so does one whose kind came from a nearer noun before
        # it, a place or a qualifier ("…, trong đó đi làm việc ở nước ngoài 3.100")
        bare = ((not part.noun and not part.unit) or names_form(part)) and (
            part.category == Category.OTHER or "category:noun before" in part.rules
        )
        # a part of a count disciplined is disciplined too, unless it counts people no one disciplines:
        # "xử lý 900 trường hợp …, khởi tố 4 đối tượng" (prosecuted suspects)
        disciplined = total.category == Category.DISCIPLINE and not _no_subject(part, self.lx)
        if disciplined or bare:
            part.category = total.category
        if label is not None and not part.label:
            label(part, self.lx)


def other_line(total: Cand, part: Cand, lx: Lexicon) -> None:
    """A subset of ``total`` along another line than its split (by role beside a split by level) is no part
    of it, but a subset of a count disciplined is disciplined too ("… 56 đảng viên. Trong đó, cấp ủy viên có
    21 đồng chí; cấp tỉnh 1, …")."""
    if total.category == Category.DISCIPLINE and part.category != total.category and not _no_subject(part, lx):
        part.category = total.category
        part.rules.append("breakdown:other line")


def names_form(c: Cand) -> bool:
    """The count names its form where a noun would stand: "1.439 khiển trách, 476 cảnh cáo" (of "2.036 đảng viên")."""
    return "label:form after" in c.rules and phrase(c.label) == phrase(c.obj) != ()


def _no_subject(part: Cand, lx: Lexicon) -> bool:
    """A part that names what it counts, and that is none of those who can be disciplined ("4 đối tượng")."""
    named = part.noun or phrase(part.unit)
    return bool(named) and part.category == Category.PEOPLE and not any(named[:k] in lx.subjects for k in (1, 2, 3))


def compatible(total: Cand, part: Cand) -> bool:
    """A part counts the same kind of thing as its total (or says nothing of what it counts)."""
    if not same_kind(total, part) or part.m.value >= total.m.value:
        return False
    return part.category == total.category or (not part.noun and not part.unit)


def told_again(c: Cand, between: Sequence[Cand], links: Links) -> Cand:
    """The total as told again nearest its parts: a headline's "2.000 tỷ đồng" and the lead's "hỗ trợ
    2.000 tỉ đồng từ nguồn …" before the list that adds up to it; the parts belong to the nearer telling,
    also when that one has a label of its own (where the money comes from)."""
    for t in reversed(between):
        if t.m.value == c.m.value and t.m.qualifier == c.m.qualifier and t.part_of is None and same_kind(c, t):
            # a telling whose parts already add up takes a second split that adds up again ("Trong số 9 triệu
            # lượt khách, khách quốc tế 5 triệu, nội địa 4 triệu. … 6 triệu lượt khách tham quan và 3 triệu lưu trú")
            again = links.has_parts(t) and links.check(t) == "ok"
            # money: the same currency (same_kind); a count told again in the same unit
            told = "unit:currency" in c.rules or head(t) == head(c) or (again and phrase(t.unit) == phrase(c.unit) != ())
            if told and (again or not links.has_parts(t)) and id(t) not in links.repeats:
                return t
    return c
