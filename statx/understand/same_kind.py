"""Counts that count what their neighbours count: a list's bare items take the noun of the one that names it.

"lần lượt 31, 27 và 12 ca", "1.826/2.985 trường" (X of Y): bare counts listed right before the one
that names its noun count the same thing; a weak classifier with no telling noun counts what the
last count of its sentence with the same classifier counted; amounts listed after money with the
same scale word are money ("vốn là 3.600 tỷ đồng (A hơn 2.100 tỷ; B 1.500 tỷ)"), and after any
other kind with the same scale word, that kind. Run after :mod:`~statx.understand.category` has
read each count alone.
"""

from __future__ import annotations

import dataclasses
import itertools
from decimal import Decimal

from statx.facts import Category
from statx.numbers.lexicon import lexicon as number_lexicon
from statx.understand.context import Cand, Lexicon, phrase

__all__ = ["money_list", "share_list_noun", "shared_scale"]


def _listed(p: Cand, c: Cand, marks: tuple[str, ...] = (",", "và")) -> bool:
    """``c`` follows ``p`` right after a list mark: "210, 198 và 187"."""
    return p.sent == c.sent and c.q0 == p.i1 + 1 and p.toks[p.i1].low in marks


def share_list_noun(cands: list[Cand], lx: Lexicon) -> None:
    """ "lần lượt 210, 198 và 187 ca", "1.826/2.985 trường": bare counts listed right before the one that names its noun
    count the same thing (backwards, so the noun passes along the list). After a noun before them
    ("tổng lượt xem … hơn 3 tỷ, hơn 41 triệu lượt thích") only when "lần lượt" opens the list."""
    first = list(range(len(cands)))  # the index of the first item of each count's list
    for k in range(1, len(cands)):
        if _listed(cands[k - 1], cands[k]):
            first[k] = first[k - 1]
    for k in range(len(cands) - 2, -1, -1):
        c, nxt = cands[k], cands[k + 1]
        if c.noun or c.unit or c.m.percent or not (nxt.noun or nxt.unit) or not _listed(c, nxt, (",", "và", "/")):
            continue
        of_total = c.toks[c.i1].low == "/"  # "50/74 đảng viên": X of Y counts what Y counts, whatever came before
        if c.category != Category.OTHER and not of_total and not _respectively(cands[first[k]], lx):
            continue
        c.noun, c.unit, c.obj, c.category = nxt.noun, nxt.unit, nxt.obj, nxt.category
        c.rules.append("category:list")
    _same_unit_before(cands, lx)
    _bracket_items(cands)


def _bracketed(c: Cand) -> bool:
    """The count stands alone in a bracket after a word: "Đà Nẵng (2.323 ca)", "Gia Lai (2.027)"."""
    toks = c.toks
    return c.q0 >= 2 and toks[c.q0 - 1].text == "(" and toks[c.q0 - 2].is_word and ")" in (t.text for t in toks[c.i1 : c.i1 + 4])


def _bracket_items(cands: list[Cand]) -> None:
    """ "nhiều ca mắc như: Đà Nẵng (2.323 ca), Gia Lai (2.027); … Hà Giang (6.017)": a bare count in a
    bracket after a name counts what the last bracketed count of its sentence with a noun counted
    (rule "category:bracket list"); its unit stays empty, as the text leaves it. People in brackets of
    the same unit after disciplined ones are disciplined too."""
    model: Cand | None = None
    for c in cands:
        if model is not None and model.sent != c.sent:
            model = None
        if c.m.percent or not _bracketed(c):
            continue
        if c.unit or c.noun:
            # "bị kỷ luật do vi phạm A (3 đồng chí); B (5 đồng chí)": the people of the list are all disciplined
            alike = model is not None and phrase(model.unit) == phrase(c.unit) and model.category == Category.DISCIPLINE
            if alike and c.category == Category.PEOPLE:
                c.category = Category.DISCIPLINE.value
                c.rules.append("category:bracket list")
            else:
                model = c
            continue
        said = next((k for k, r in enumerate(c.rules) if r.startswith("category:")), None)
        if model is not None and said is not None and c.rules[said] == "category:other":
            c.category = model.category
            c.rules[said] = "category:bracket list"


def _same_unit_before(cands: list[Cand], lx: Lexicon) -> None:
    """ "Khách từ nước A đạt 1,5 triệu lượt, từ nước B đạt 0,7 triệu lượt": a weak classifier with no
    telling noun counts what the last count of its sentence with the same classifier counted; with none
    there, what the last one of the article whose noun told its kind counted ("… đạt 810.000 lượt khách.
    Thứ hai là nước B với hơn 270.000 lượt": rule "category:same unit earlier")."""
    last: dict[str, Cand] = {}  # per classifier, the last count of the sentence that named it
    told: dict[str, Cand] = {}  # and of the article, whose noun told what it counts
    sent = None
    for c in cands:
        if c.sent != sent:
            last, sent = {}, c.sent
        unit = c.unit.lower()
        if not unit or phrase(unit) not in lx.weak_classifiers:
            continue
        said = next((k for k, r in enumerate(c.rules) if r.startswith("category:")), None)
        fallback = said is not None and c.rules[said] in ("category:offline turns", "category:other")
        p, rule = last.get(unit), "category:same unit before"
        if p is None and fallback and not _own_reading(c, lx):
            p, rule = told.get(unit), "category:same unit earlier"
        if p is not None and said is not None and not c.noun and fallback and p.category != c.category:
            c.category = p.category
            c.rules[said] = rule
            last[unit] = c
        elif c.noun or not fallback:
            last[unit] = c
            if said is not None and c.rules[said] in _TOLD:
                told[unit] = c


def _own_reading(c: Cand, lx: Lexicon) -> bool:
    """The clause says what its count is of and takes nothing from an earlier sentence: it names a thing
    counted in lower case before the number ("khách lưu trú … 1.400 lượt") or a verb that does something
    stands just before it ("buýt nhanh đã chạy 1.432 lượt": trips run), not one that states a figure ("là", "đạt")."""
    toks, lows = c.toks, c.where.lows
    for j in range(c.q0, max(c.q0 - 12, 0), -1):
        if toks[j - 1].low in (".", ";", ":"):
            return False
        n = lx.counted_phrases.ending(lows, j)
        if n and not toks[j - n].capitalized:
            return True
        n = lx.actor_verbs.ending(lows, j) if c.q0 - j < 4 else 0
        if n and " ".join(lows[j - n : j]) not in lx.copulas and not lx.modals.ending(lows, j):
            return True
    return False


# the rules that found a weak classifier's kind in a noun: after the number, before it, or after the classifier again
_TOLD = frozenset({"category:noun", "category:noun before", "category:classifier again"})


def money_list(cands: list[Cand]) -> None:
    """ "vốn địa phương là 3.600 tỷ đồng (A hơn 2.100 tỷ; B 1.500 tỷ)": an amount with the
    same scale word as the money before it in its sentence, and no currency of its own, is money too;
    so for any kind: "số fan của A đạt 2,9 triệu, của B là 2,2 triệu" (its rule "category:scale list")."""
    for p, c in itertools.pairwise(cands):
        m = c.m
        if p.sent != c.sent or c.unit or c.noun or not m.scaled or not p.m.scaled or p.m.percent:
            continue
        said = next((k for k, r in enumerate(c.rules) if r.startswith("category:")), None)
        if said is None or p.m.text.split()[-1].lower() != m.text.split()[-1].lower():
            continue
        if p.category == Category.MONEY and c.rules[said] in ("category:other", "category:noun before"):  # "(tỉnh A 2.100 tỷ"
            c.category = Category.MONEY.value
            c.rules[said] = "category:money list"
        elif p.category != Category.OTHER and c.rules[said] == "category:other":
            c.category = p.category
            c.rules[said] = "category:scale list"
        elif p.category != Category.MONEY and c.rules[said] == "category:billions" and _named_items(p, c):
            c.category = p.category  # "lượt xem (A 1,6 tỷ, B trên 2 tỷ)": billions of views, as the item before
            c.rules[said] = "category:scale list"


def _named_items(p: Cand, c: Cand) -> bool:
    """``c`` is the next item after ``p`` of a list of names and counts: "A 1,6 tỷ, B trên 2 tỷ"."""
    between = p.toks[p.i1 : c.q0]
    return 2 <= len(between) <= 5 and between[0].text in (",", ";") and all(t.capitalized for t in between[1:])


def _respectively(first: Cand, lx: Lexicon) -> bool:
    """ "lần lượt" a few words before the first item of a list:
    "Các trang lần lượt thu hút 320.000, 145.000 và 58.000 người theo dõi"."""
    lows = first.where.lows
    return any(lx.respectively.at(lows, j) for j in range(max(0, first.q0 - 4), first.q0))


def shared_scale(cands: list[Cand]) -> None:
    """ "lần lượt là 1,97 và 1,89 tỷ USD", "5, 7 và 9 triệu đồng": bare numbers joined by "và", "hoặc" or a comma
    to a number with a scale word share its scale (rule "number:shared scale"). Run before the units."""
    scales = number_lexicon().scales
    shared: dict[int, int] = {}  # the scale each later item of the list has, written or shared
    for k in range(len(cands) - 2, -1, -1):  # from the end: a list takes the scale of its last item
        p, c = cands[k], cands[k + 1]
        words = c.m.text.split()
        scale = shared.get(id(c)) or (scales.get(words[1].lower()) if c.m.scaled and len(words) == 2 else None)
        if scale is None or p.sent != c.sent or p.m.scaled or p.m.percent or len(p.m.text.split()) != 1:
            continue
        if [t.low for t in p.toks[p.i1 : c.q0]] not in ([","], ["và"], ["hoặc"], [",", "và"]):
            continue
        p.m = dataclasses.replace(p.m, value=p.m.value * Decimal(scale), scaled=True)
        p.rules.append("number:shared scale")
        shared[id(p)] = scale
