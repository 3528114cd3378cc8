"""Splits that follow the structure of the text beyond one sentence.

A sentence opening with "Trong đó" (or "Riêng" and a place or class: one part set apart) splits
the totals of the sentence before it (past a sentence
of changes or a photo caption); its parts go to the total they add up to, else to the item of an
earlier list they fit under, else each to the total of its own noun, kind and verb ("làm chết",
"bị thương"); the next sentences of the paragraph go on with the split. A total whose sentence
ends with "trong đó:" owns the first count of each bullet line after it. A split that comes up short
goes on into the next sentence of its paragraph when its counts make it add up.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import cache

from statx.facts import Category
from statx.lexicon import load
from statx.understand.context import NEAR, Cand, Lexicon, Phrase, Tok, phrase
from statx.understand.headings import quarters
from statx.understand.label import class_label, verb_label
from statx.understand.links import Links, head, other_line, same_head, same_kind, sum_check
from statx.understand.split_openers import among_named, kind_listed, part_set_apart, restates, subject_told, whole_parts

__all__ = ["link_bullets", "link_list_goes_on", "link_next_sentence"]


def _same_label(a: str, b: str) -> bool:
    """One label names the other, as whole words: "khai trừ" and "khai trừ ra khỏi Đảng"."""
    x, y = f" {' '.join(phrase(a))} ", f" {' '.join(phrase(b))} "
    return len(x) > 2 and len(y) > 2 and (x in y or y in x)


def _same_form(a: str, b: str, lx: Lexicon) -> bool:
    """Two labels that open with one form of discipline: "khai trừ khỏi Đảng" and "khai trừ ra khỏi Đảng"."""
    x, y = list(phrase(a)), list(phrase(b))
    return len(x) >= 2 and x[:2] == y[:2] and lx.forms.at(x, 0) > 0 and lx.forms.at(y, 0) > 0


def _caption(c: Cand, text: str, lx: Lexicon) -> bool:
    """The line a count stands in is a photo caption: "… 1 người bị thương ở xã Bắc Sơn. Ảnh: Minh Anh"."""
    start = c.toks[0].start
    end = text.find("\n", start)
    line = text[text.rfind("\n", 0, start) + 1 : end if end >= 0 else len(text)].lower()
    return any(mark in line for mark in lx.captions)


def _split_totals(prior: list[Cand], by_sent: dict[int, list[Cand]], links: Links) -> list[Cand]:
    """What a split in the next sentence may belong to: the counts of the sentence before and,
    where those are parts of a list, the total of that list and the counts beside it
    ("… 95 tổ chức, 3.400 đảng viên. Cụ thể, 2.700 …, 120 … Trong đó, …")."""
    found = {id(c): c for c in prior}
    for c in prior:
        total = links.total_of.get(id(c))
        while total is not None and id(total) not in found:
            for t in by_sent.get(total.sent, [total]):
                found.setdefault(id(t), t)
            total = links.total_of.get(id(total))
    return sorted(found.values(), key=lambda t: t.m.start)


def _verb_before(c: Cand, lx: Lexicon) -> str:
    """The word right before a count and its qualifier, a verb, not a joining word: "chết" in
    "làm chết 212 người", nothing in "95 tổ chức và 3.400 đảng viên"."""
    word = c.toks[c.q0 - 1] if c.q0 > 0 else None
    return word.low if word is not None and word.is_word and word.low not in lx.joining else ""


def _class_or_verb(verbs: set[str]) -> Callable[[Cand, Lexicon], None]:
    """A part's label: the class named before it, else the verb right before it when no total of the split has that
    verb ("… phát hiện 40 vụ, bắt 52 đối tượng. Trong đó, khởi tố 18 vụ; khởi tố 25 bị can" → "khởi tố")."""

    def label(p: Cand, lx: Lexicon) -> None:
        class_label(p, lx)
        if not p.label and _verb_before(p, lx) not in verbs:
            verb_label(p, lx)

    return label


def _pick(p: Cand, found: list[Cand], lx: Lexicon) -> Cand:
    """Of the totals a part may belong to, the nearest one after the same verb ("làm chết 485
    người, bị thương 647 người. Trong đó, … làm chết 477 người, bị thương 645 người"), else the nearest."""
    verb = _verb_before(p, lx)
    same = [t for t in found if verb and _verb_before(t, lx) == verb] or found
    # a month's part of the month's total, months so far of the total so far ("tháng 7/2017 đạt 35 tỷ USD …
    # 7 tháng đạt 233 tỷ USD. Trong đó, xuất khẩu tháng 7 đạt 17 tỷ USD …, 7 tháng đạt 115 tỷ USD")
    when = _time_of(p)
    timed = [t for t in same if when is not None and _time_of(t) == when]
    return (timed or same)[-1]


def _own_time(p: Cand, total: Cand, before: list[Cand], text: str, links: Links) -> Cand:
    """The total found, or one of the part's own time in the sentence before the total's, in the same
    paragraph, when the total found is of another ("Tháng 7 đạt 35 tỷ USD. Qua đó, 7 tháng đạt 233 tỷ USD.
    Trong đó, xuất khẩu tháng 7 đạt 17 tỷ USD")."""
    when = _time_of(p)
    if when is None or _time_of(total) == when or not before or "\n" in text[before[-1].m.end : total.m.start]:
        return total
    own = _split_total(p, before, links)
    return own if own is not None and _time_of(own) == when else total


@cache
def _time_units() -> frozenset[str]:
    """The units of a time a part shares with its total: "tháng", "quý" (cues.toml [labels])."""
    return frozenset(load("cues")["labels"]["part_time_units"])


def _time_of(c: Cand) -> tuple[str, bool] | None:
    """The time a count is of, as the time word of its clause and whether it is a span ("7 tháng", "9 tháng
    đầu năm") or a point ("tháng 7/2017", "quý II"); None when its clause names none before it."""
    toks = c.toks
    for j in range(c.q0 - 1, max(-1, c.q0 - 16), -1):
        t = toks[j]
        if t.text == ";":
            return None
        if t.low in _time_units():
            if j > 0 and toks[j - 1].kind == "d":
                return t.low, True
            if j + 1 < len(toks) and (toks[j + 1].kind == "d" or toks[j + 1].text in quarters()):
                return t.low, False
        elif t.kind == "d" and not _in_time(toks, j):
            return None  # another count stands between
    return None


def _in_time(toks: list[Tok], j: int) -> bool:
    """The digits at toks[j] belong to a time: "tháng 7", "7 tháng", "7/2017", "năm 2017"."""
    near = [toks[k] for k in (j - 2, j - 1, j + 1) if 0 <= k < len(toks)]
    return any(t.low in _time_units() or t.low in ("năm", "/") for t in near)


def _other_thing(t: Cand, p: Cand, lx: Lexicon) -> bool:
    """Two objects that name different things of one head: "205 huy chương vàng" and "35 huy
    chương bạc" (not "huy chương các loại" and "huy chương vàng", nor "nhà" and "nhà tốc mái")."""
    a, b = phrase(t.obj), phrase(p.obj)
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return 0 < k < min(len(a), len(b)) and a[k] not in lx.generic


def _same_thing(t: Cand, p: Cand, lx: Lexicon) -> bool:
    """A part of this total by what both count: the same head and no other thing named, or one
    kind (other than "other") when the part names no head of its own; amounts of one currency are alike
    whatever their objects say ("Tổng chi … 1.690 tỷ đồng" and "chi thường xuyên 1.574 tỷ đồng")."""
    if "unit:currency" in t.rules and "unit:currency" in p.rules:
        return phrase(t.unit) == phrase(p.unit)
    if head(p) and head(t):
        if head(p) != head(t):  # "đồng chí" of "đảng viên": both people
            return lx.counted.get(p.noun, "") == lx.counted.get(t.noun, "") not in ("", Category.OTHER.value)
        return not _other_thing(t, p, lx)
    return p.category == t.category and (not head(p) or p.category != Category.OTHER)


def _may_add(t: Cand, p: Cand, lx: Lexicon) -> bool:
    """Counts that may add up to a total: of its head, or of another head of one known kind ("2 điểm" is
    no part of "2 nghi can" however the sums go)."""
    if not head(p) or not head(t) or head(p) == head(t) or "unit:currency" in t.rules:
        return True
    if p.unit and phrase(p.unit) == phrase(t.unit):
        return True  # "151 trường hợp" and "hai trường hợp ông A và ông B": one classifier
    kind = lx.counted.get(p.noun, "")
    known = kind == lx.counted.get(t.noun, "") and kind not in ("", Category.OTHER.value)
    return known or p.category == t.category != Category.OTHER


def _alike(a: Cand, b: Cand, links: Links) -> bool:
    """Counts of the same kind of thing, by what their nouns count outside a discipline report:
    "1 cán bộ" and "12 đảng viên" (people), not "2 tổ chức" and "1.090 đảng viên"; a part with
    no noun counts what its total counts ("cảnh cáo 150" of "900 đảng viên")."""
    x, y = _noun_of(a, links), _noun_of(b, links)
    if not x or not y or x[:1] == y[:1]:
        return True
    return links.lx.counted.get(x, "") == links.lx.counted.get(y, "") != ""


def _noun_of(c: Cand, links: Links) -> Phrase:
    """What a count counts, or what its total counts when it names nothing itself."""
    total = links.total_of.get(id(c))
    return c.noun or (total.noun if total is not None else ())


def _split_total(p: Cand, totals: list[Cand], links: Links) -> Cand | None:
    """The total a part of a split belongs to: the item of a finer list with its label (its finest
    total), else the nearest total of its noun and category, else the nearest of its category;
    never an item of an earlier list otherwise, nor a total its parts would go over."""
    fits = [
        t
        for t in totals
        if same_kind(t, p) and p.m.value < t.m.value and not sum_check(t, [*links.in_split(t), p]).startswith("over")
    ]
    finer = [
        t
        for t in fits
        if t.part_of is not None
        and (_same_label(t.label, p.label) or _same_form(t.label, p.label, links.lx))
        and _alike(p, t, links)
        and (t.category == p.category or same_head(t, p))  # "2 điểm ở A" holds no "1 nghi can" of A
    ]
    tops = [t for t in fits if t.part_of is None]
    lx = links.lx
    # the same head, and one category or one unit ("436.500 lượt" and "khách nội địa là 433.420 lượt")
    noun = [
        t
        for t in tops
        if same_head(t, p)
        and (p.category == t.category or (p.unit != "" and phrase(p.unit) == phrase(t.unit)))
        and not _other_thing(t, p, lx)
    ]
    # a total of its noun that its split already fills: the part is of one of its items, or of none
    full = any(
        t.part_of is None and head(p) and head(p) == head(t) and t not in fits and links.has_parts(t) and same_kind(t, p)
        for t in totals
    )
    # else one kind of thing, known ("1 người" of "3.400 đảng viên" in a discipline report), or a bare count
    known = p.category != Category.OTHER
    kind = [] if full else [t for t in tops if (known and p.category == t.category) or (not head(p) and _same_thing(t, p, lx))]
    for found in (finer, noun, kind):
        if found:
            return _pick(p, found, lx)
    return None


def _nearest_of_noun(totals: list[Cand], parts: list[Cand], lx: Lexicon) -> Cand | None:
    """The last total before whose noun every count of the split names, when there are two counts or more and
    none follows the verb of a total (those go by verb: "làm chết …, bị thương …"); else None."""
    counts = [p for p in parts if not p.m.percent]
    if len(counts) < 2 or any(not head(p) for p in counts):
        return None
    verbs = {v for t in totals if (v := _verb_before(t, lx))}
    if any(_verb_before(p, lx) in verbs for p in counts):
        return None
    for t in reversed(totals):
        if t.part_of is None and not t.m.percent and not t.change and head(t):
            fits = all(same_kind(t, p) and head(p) == head(t) and p.m.value < t.m.value for p in counts)
            return t if fits and not any(_other_thing(t, p, lx) for p in counts) else None
    return None


def _adding_or_under(totals: list[Cand], parts: list[Cand], lx: Lexicon) -> tuple[Cand, list[Cand]] | None:
    """The total the parts add up to (the one of the most parts, a total before an item), else the subset
    set off in a bracket that they fit under together, all of its noun ("30 người (26 người tại các tỉnh
    và 4 người …). Trong đó, A 5 người, B 16 người, C 5 người"); with the parts it takes."""
    adding = []
    for t in totals:
        same = [p for p in parts if same_kind(t, p) and p.m.value < t.m.value]
        if any(p.m.value > t.m.value and _one_measure(t, p) for p in parts):
            continue  # "gần 721 triệu USD … 4,78 tỷ USD. Trong đó, A hơn 3 tỷ USD; B 302 triệu USD; …": a part too large for it
        if len(same) >= 3 and sum_check(t, same).startswith("over"):
            same = _adding_run(t, same)  # "Trong đó, 21 cấp ủy viên; cấp tỉnh 1, cấp huyện 8, …": the clause that adds up
        if len(same) >= 2 and sum_check(t, same) == "ok" and all(_may_add(t, p, lx) for p in same):
            adding.append((len(same), t.part_of is None, t.m.start, t, same))
    if adding:
        best = max(adding, key=lambda a: a[:3])
        return best[3], best[4]
    under = [
        t
        for t in totals
        if t.part_of is not None
        and t.q0 > 0
        and t.toks[t.q0 - 1].text == "("  # "(26 người tại các tỉnh …)": a subset set off in a bracket, not a sibling
        and parts
        and all(same_kind(t, p) and head(p) and head(p) == head(t) and p.m.value < t.m.value for p in parts)
        and not sum_check(t, parts).startswith("over")
    ]
    return (under[-1], parts) if under else None


def _adding_of_other_kind(chosen: Cand, totals: list[Cand], parts: list[Cand], links: Links) -> None:
    """The parts of another kind than the chosen total's that add up to another total of the sentence before
    ("… 200 tỷ đồng cho 80 công trình. Trong đó, vốn A 150 tỷ đồng cho 37 công trình; vốn B 50 tỷ đồng cho 43
    công trình": the 37 and 43 split the 80, the amounts the 200 tỷ)."""
    for t in totals:
        same = [p for p in parts if p.part_of is None and same_kind(t, p) and not same_kind(chosen, p) and p.m.value < t.m.value]
        if len(same) >= 3 and sum_check(t, same).startswith("over"):
            same = _adding_run(t, same)
        if t is not chosen and t.part_of is None and len(same) >= 2 and sum_check(t, same) == "ok":
            for p in same:
                links.link(t, p, "next sentence", class_label)


def _one_total(parts: list[Cand], totals: list[Cand], links: Links) -> bool:
    """Every count of the parts has the same total of its own among ``totals``."""
    owns = {id(_split_total(p, totals, links)) for p in parts if not p.m.percent}
    return len(owns) == 1 and id(None) not in owns


def _adding_run(t: Cand, parts: list[Cand]) -> list[Cand]:
    """The parts of one clause set apart by ';' that add up to ``t``, two or more, or the list's first parts that
    do, else ``parts``: the others count along another line ("by role" beside "by level") and are no parts of this split."""
    clauses: dict[int, list[Cand]] = {}
    for p in parts:
        clauses.setdefault(len(p.where.between(";", 0, p.q0)), []).append(p)
    for run in clauses.values():
        if 2 <= len(run) < len(parts) and sum_check(t, run) == "ok":
            return run
    # or the count that opens each clause ("vốn A 150 tỷ đồng …, đã giải ngân 20 tỷ đồng; vốn B 50 tỷ đồng …")
    heads = [run[0] for run in clauses.values()]
    if 2 <= len(heads) < len(parts) and sum_check(t, heads) == "ok":
        return heads
    # or the first counts of the list ("Trong đó, 12 hồ sơ A; 38 hồ sơ B; 5 hồ sơ C; đã giải quyết 48 hồ sơ")
    return next((parts[:n] for n in range(len(parts) - 1, 1, -1) if sum_check(t, parts[:n]) == "ok"), parts)


def _one_measure(t: Cand, p: Cand) -> bool:
    """Counts of one thing in one measure: amounts of one currency, or counts of one head and unit."""
    if not same_kind(t, p):
        return False
    if "unit:currency" in t.rules:
        return True  # same_kind: one currency
    return head(p) == head(t) != "" and phrase(p.unit) == phrase(t.unit)


def link_next_sentence(by_sent: dict[int, list[Cand]], links: Links, lx: Lexicon, text: str) -> None:
    """A sentence opening with "Trong đó" splits the totals of the sentence before:
    "… 1.238 nhóm Zalo … Trong đó, cấp tỉnh có 12 nhóm, cấp huyện 156 nhóm và cấp xã 1.070 nhóm."

    The total its parts add up to wins ("178 trang Fanpage, 96 kênh TikTok và 1.240 nhóm Zalo.
    Trong đó, cấp tỉnh 12 trang Fanpage, cấp huyện 46 trang, cấp xã 120 trang"); then the item
    of an earlier list they fit under together, all of its noun ("30 người (26 người tại các
    tỉnh …). Trong đó, A 5 người, B 16 người"); else each part goes to its own total
    (:func:`_split_total`: "95 tổ chức, 3.400 đảng viên. Trong đó, … 2 tổ chức và 17 đảng
    viên"). A second list after a first one splits the first one's total, not its items ("28
    đảng viên. Trong đó, cấp tỉnh 1, cấp huyện 8, cấp cơ sở 19. Hình thức: khiển trách 21, …").
    The next sentence of the paragraph continues the split while each of its counts has a total
    of its noun there whose parts it does not take over.
    """
    sents = sorted(by_sent)
    for at, s in enumerate(sents):
        group = by_sent[s]
        toks, lows = group[0].toks, group[0].where.lows
        framed = lx.frame_openers.at(lows, 0) if toks and lows[0] in lx.frame_openers.by_first else 0
        opened = framed < len(lows) and lows[framed] in lx.openers.by_first and lx.openers.at(lows, framed)
        named = not opened and among_named(group[0], lx)
        listed = not opened and not named and kind_listed(group[0], lx)
        among = named or listed
        if not toks or not (opened or among or part_set_apart(group[0], lx)):
            continue  # "Trong đó, …", "Về hình thức: …", "Riêng đường thủy …", "Trong số các hồ sơ đó, …"
        b = _sentence_before(s, by_sent, text, lx)
        if b is None:
            continue
        # the changes of the sentences passed over, which the changes after the split mirror
        mirror = [c for k in range(b + 1, s) for c in by_sent.get(k, []) if c.change and not c.m.percent]
        if not mirror:  # or the changes that end the sentence before ("… 60 người, so với cùng kỳ giảm 80 vụ, giảm 9 người")
            mirror = _trailing_changes(by_sent[b])
        totals = _split_totals(by_sent[b][-NEAR:], by_sent, links)[-NEAR:]
        again = restates(group, totals)
        if again and opened and lows[framed] == "trong" and subject_told(group[0]):
            whole_parts(group, totals, links)  # "… 31 vụ. Trong đó, khu dân cư có 31 vụ": the one class of them all
            continue
        if again or (among and any(links.has_parts(t) for t in totals)):
            continue  # "… 98 video. Cụ thể, … gỡ bỏ 98 video …"; "Trong số …" after a split: one that adds up only
        parts = [p for p in group[:NEAR] if p.part_of is None and id(p) not in links.repeats]
        used: dict[int, Cand] = {}
        links.new_split()
        if (chosen := _adding_or_under(totals, parts, lx)) is not None:
            total, same = chosen
            for p in same:
                links.link(_own_time(p, total, by_sent.get(b - 1, []), text, links), p, "next sentence", class_label)
            for p in parts:
                if p.part_of is None and same_kind(total, p) and p.m.value < total.m.value:
                    other_line(total, p, lx)
            used[id(total)] = total
            _adding_of_other_kind(total, totals, parts, links)
        elif (nearest := _nearest_of_noun(totals, parts, lx)) is not None:
            # "… trúng cử 50 đại biểu. Trong đó, 25 đại biểu nữ, 39 đại biểu dân tộc thiểu số, 12 đại biểu trẻ":
            # subsets all of the noun of the nearest total are its parts, added up or not
            for p in parts:
                if not p.m.percent:
                    links.link(nearest, p, "next sentence", class_label)
            used[id(nearest)] = nearest
        elif not listed or _one_total(parts, totals, links):  # a list of kinds splits one total, or none
            # parts after the verb of a total first ("bị thương 4.312 người" for "bị thương 4.320 người")
            verbs = {_verb_before(t, lx) for t in totals}
            for p in sorted(parts, key=lambda p: _verb_before(p, lx) not in verbs):
                if p.m.percent:
                    continue  # "bằng 28,4% dự toán": a rate, a share only in a split that adds up
                own = _split_total(p, totals, links)
                if own is not None:
                    own = _own_time(p, own, by_sent.get(b - 1, []), text, links)
                    links.link(own, p, "next sentence", _class_or_verb(verbs))
                    used[id(own)] = own
            if len(used) == 1:  # one total for all the parts: those that go over it are still its parts
                total = next(iter(used.values()))
                for p in parts:
                    fits = same_kind(total, p) and p.m.value < total.m.value and _same_thing(total, p, lx)
                    if p.part_of is None and not p.m.percent and fits:
                        links.link(total, p, "next sentence", class_label)
        if used:
            for t in totals:
                if t.part_of is None:
                    used.setdefault(id(t), t)
            going_on = sorted(used.values(), key=lambda t: t.m.start)
            _continue_split([by_sent[k] for k in sents[at + 1 : at + 9]], going_on, links, lx, text, mirror)


def _sentence_before(s: int, by_sent: dict[int, list[Cand]], text: str, lx: Lexicon) -> int | None:
    """The sentence before ``s`` that holds counts, within four, passing over those of changes only ("… 925 vụ,
    làm chết 485 người. So với cùng kỳ, giảm 106 vụ … Trong đó, …") and captions; None when there is none."""
    b = s - 1
    sizes = [p.m.value for p in by_sent[s] if not p.change and not p.m.percent]
    while b >= s - 4 and (b not in by_sent or _no_totals(by_sent[b], min(sizes, default=0)) or _caption(by_sent[b][0], text, lx)):
        b -= 1
    return b if b in by_sent else None


def _no_totals(group: list[Cand], smallest: Decimal | int) -> bool:
    """No count of the sentence can be the total of a split: all are changes, or, in a sentence of changes, too
    small ("giảm cả 3 tiêu chí khi giảm 594 vụ …" before "Trong đó, … 8.889 vụ")."""
    return any(c.change for c in group) and all(c.change or c.m.percent or c.m.value <= smallest for c in group)


def _trailing_changes(group: list[Cand]) -> list[Cand]:
    """The changes after the last count of a sentence that is no change (its percentages passed over)."""
    changes: list[Cand] = []
    for c in reversed(group):
        if not c.change:
            break
        if not c.m.percent:
            changes.append(c)
    return changes[::-1]


def _mirrored(group: list[Cand], mirror: list[Cand], links: Links) -> None:
    """A sentence of changes after a split that mirrors, count for count, the changes of the whole: each is
    a part of the change in its place ("… giảm 594 vụ, … 31 người …. Trong đó, đường bộ … So với cùng kỳ
    giảm 568 vụ, giảm 4 người …")."""
    changes = [p for p in group if p.change and not p.m.percent and id(p) not in links.repeats]
    if not changes or len(changes) != len(mirror):
        return
    pairs = list(zip(mirror, changes, strict=True))
    if all(same_kind(t, p) and head(t) == head(p) and p.m.value < t.m.value and p.part_of is None for t, p in pairs):
        for t, p in pairs:
            links.link(t, p, "split goes on")


def _continue_split(
    groups: list[list[Cand]], totals: list[Cand], links: Links, lx: Lexicon, text: str, mirror: list[Cand] | None = None
) -> None:
    """ "Trong đó, … 410 tổ chức và 1.900 đảng viên. Ủy ban kiểm tra tỉnh kết luận 8 tổ chức và 21 đảng viên …":
    the next sentences of the same paragraph after a split go on with it while each of their
    counts has a total of its own noun whose parts, with it, do not go over; a sentence of changes
    only ("So với cùng kỳ, giảm 99 vụ …") is passed over, its changes parts of the changes they mirror."""
    last = groups[0][0].sent - 1 if groups else 0
    for group in groups:
        first = group[0]
        prev_end = first.toks[0].start
        if first.sent != last + 1 or "\n" in text[max(0, prev_end - 3) : prev_end] or lx.openers.at(first.where.lows, 0):
            return  # a new paragraph, or a split of its own
        last = first.sent
        if all(p.change for p in group):
            _mirrored(group, mirror or [], links)
            continue
        chosen = []
        for p in group[:NEAR]:
            if p.change or p.m.percent or id(p) in links.repeats:
                continue  # "…; tăng 3 vụ, giảm 2 người so với cùng kỳ", "đạt 51,6%": beside the split, no part of it
            if _split_beside(p, group, links):
                continue  # "…: A có 69 học sinh (13 giải Nhất, …); B 57 học sinh (…)": a finer split of an item beside
            noun = [t for t in totals if head(p) and head(p) == head(t) and same_kind(t, p) and p.m.value < t.m.value]
            noun = [t for t in noun if not _other_thing(t, p, lx)]
            if p.part_of is not None or not noun:
                return
            total = _pick(p, noun, lx)
            if sum_check(total, [*links.in_split(total), p]).startswith("over"):
                return
            chosen.append((total, p))
        for total, p in chosen:
            links.link(total, p, "split goes on")


def _split_beside(p: Cand, group: list[Cand], links: Links) -> bool:
    """``p`` is a part of a count of its own sentence that goes on with the split: it splits that item further."""
    total = links.total_of.get(id(p))
    return total is not None and total.sent == p.sent and total.part_of is None and any(t is total for t in group)


def link_bullets(by_sent: dict[int, list[Cand]], links: Links, lx: Lexicon) -> None:
    """A total whose sentence ends with "trong đó:" or "gồm:" and the lines after it that open
    with a bullet: the first count of each line is a part ("… 7 triệu lượt khách, trong đó:
    - khách lưu trú 2,4 triệu lượt …  - khách quốc tế 290 nghìn lượt …")."""
    for s, group in by_sent.items():
        toks, lows = group[0].toks, group[0].where.lows
        end = len(toks) - 1 if toks and toks[-1].text in (":", ".") else len(toks)
        n = lx.openers.ending(lows, end)
        if not n or group[-1].i1 > end - n:
            continue
        total, b = group[-1], s + 1
        links.new_split()
        while b in by_sent and by_sent[b][0].toks[0].text in lx.bullets:
            part = next((p for p in by_sent[b] if not p.change and same_kind(total, p) and p.m.value < total.m.value), None)
            if part is None:
                break
            links.link(total, part, "bullet list", class_label)
            b += 1


def link_list_goes_on(cands: list[Cand], links: Links, text: str) -> None:
    """A split that comes up short goes on in the next sentence of its paragraph when the counts that open it,
    of the total's unit, make it add up: "… 636 nghìn lượt; trong đó A 222 nghìn lượt và B 383 nghìn lượt. C
    đạt 31 nghìn lượt, …"; an exact total with a scale word adds up as far as its printed digits say ("24,14 tỷ
    USD" for parts that sum to 24,145 tỷ). A next sentence that opens on the rest ("Số còn lại ở A (3 người) và B
    …") is :mod:`statx.understand.remainder`'s."""
    index = {id(c): k for k, c in enumerate(cands)}
    for c in cands:
        splits = links.splits.get(id(c))
        if not splits or not links.check(c).startswith("under"):
            continue
        split = list(splits.values())[-1]
        last = max(split, key=lambda p: p.m.start)
        after = [p for p in cands[index[id(last)] + 1 :] if p.sent > last.sent]
        if not after:
            continue
        # the next paragraph goes on with it only where its opening counts make it add up
        paragraph = "\n" in text[last.m.end : after[0].m.start]
        run: list[Cand] = []
        for p in after:
            if p.sent != after[0].sent:
                break
            if p.change or p.m.percent:
                continue  # "…, tăng gần 25%": beside the part
            if p.part_of is not None or id(p) in links.repeats or not _one_unit(c, p) or p.m.value >= c.m.value:
                break
            run.append(p)
            if sum_check(c, [*split, *run]) != "under":
                break
        if not run:
            continue
        if paragraph and sum_check(c, [*split, *run]) != "ok":
            continue
        if not (sum_check(c, [*split, *run]) == "ok" or _as_printed(c, [*split, *run])):
            # "… trong đó khách đến từ A đạt 600 lượt. Khách đến từ B đạt 200 lượt": the subject of the last part again
            run = run[: next((k for k, p in enumerate(run) if not _parallel_subject(last, p)), len(run))]
            if not run or sum_check(c, [*split, *run]).startswith("over"):
                continue
        links.current = next(k for k, v in splits.items() if v is split)
        for p in run:
            links.link(c, p, "list goes on")


def _parallel_subject(q: Cand, p: Cand) -> bool:
    """Two counts labelled by their subjects, which open with the same two words or more and then name different things."""
    if "label:subject" not in q.rules or "label:subject" not in p.rules:
        return False
    a, b = phrase(q.label), phrase(p.label)
    k = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    return 2 <= k < min(len(a), len(b))


def _as_printed(total: Cand, parts: list[Cand]) -> bool:
    """Exact parts that add up to an exact total with a decimal and a scale word, within half its last printed
    digit: "24,14 tỷ" stands for 24,135 to 24,145 tỷ."""
    m = total.m
    number = m.text.split()[0] if m.text.split() else ""
    if not m.scaled or m.qualifier != "exact" or "," not in number or any(p.m.qualifier != "exact" for p in parts):
        return False
    try:
        shown = Decimal(number.replace(".", "").replace(",", "."))
    except ArithmeticError:
        return False
    if not shown:
        return False
    exponent = shown.as_tuple().exponent
    half = m.value / shown * Decimal(10) ** (exponent if isinstance(exponent, int) else 0) / 2
    return abs(sum((p.m.value for p in parts), Decimal(0)) - m.value) <= half


def _one_unit(c: Cand, p: Cand) -> bool:
    """Counts in one unit of one kind: "636 nghìn lượt" and "31 nghìn lượt", amounts of one currency."""
    return same_kind(c, p) and (("unit:currency" in c.rules) or (c.unit != "" and phrase(c.unit) == phrase(p.unit)))
