"""What kind of thing is counted: discipline, social account, audience, content, people,
organization, event, money, percent, measure or other.

The shapes it knows: a percentage, a currency, a measure; a counted noun or a
classifier after the number (``lexicon/counted.toml``, ``lexicon/units.toml``);
"250k" after no noun, a scaled amount after a word of money ("lương 9
triệu"), the nearest telling noun before a bare count ("tổng lượt xem … hơn 2
tỷ"); disciplinary actions and violations (FACTS.md's judgement calls, cues in
``lexicon/cues.toml``); ratios ("gấp 3 lần"); members of a social group.
And lists: bare counts listed right before the one that names its noun count
the same thing ("lần lượt 31, 27 và 12 ca").
"""

from __future__ import annotations

from statx.facts import Category
from statx.understand.context import WINDOW, Cand, Lexicon, Phrase, is_number_tok, phrase

__all__ = ["read_category", "share_list_noun"]


def _noun(c: Cand, lx: Lexicon) -> tuple[Phrase, str | None]:
    """The counted noun phrase and its category, from the words after the number."""
    toks, lows, i1 = c.toks, c.where.lows(), c.i1
    n = lx.counted_phrases.at(lows, i1)
    best: tuple[Phrase, str | None] = ((), None)
    if n:
        p = tuple(t.low for t in toks[i1 : i1 + n])
        best = (p, lx.counted[p])
    if c.unit_end > i1 and not n:
        n2 = lx.counted_phrases.at(lows, c.unit_end)
        if n2:
            p = tuple(t.low for t in toks[c.unit_end : c.unit_end + n2])
            best = (p, lx.counted[p])
    return best


def read_category(c: Cand, lx: Lexicon) -> None:
    toks, lows = c.toks, c.where.lows()
    if c.m.percent:
        c.category = Category.PERCENT.value
        c.rules.append("category:percent")
        return
    if "unit:currency" in c.rules:
        c.category = Category.MONEY.value
        c.rules.append("category:money")
        return
    if "unit:measure" in c.rules:
        c.category = Category.MEASURE.value
        c.rules.append("category:measure")
        return
    noun, cat = _noun(c, lx)
    c.noun = noun
    source = "noun"
    if cat is None and c.unit:
        cls = phrase(c.unit.split("/")[0])
        cat = lx.classifiers.get(cls)
        if cat is None:
            n = lx.counted_phrases.at(lows, c.i1)
            if n:
                cat = lx.counted[tuple(t.low for t in toks[c.i1 : c.i1 + n])]
        source = "classifier"
    words_after = c.i1 < len(toks) and toks[c.i1].is_word and toks[c.i1].low not in lx.object_stop
    if cat is None and not words_after and c.m.text[-1] in "kK":
        cat, source = Category.MONEY.value, "thousands"  # "combo chỉ 250k": informal prices
    if cat is None and not words_after and not c.unit and c.m.scaled and _after_money_word(c, lx):
        cat, source = Category.MONEY.value, "money word before"  # "Lương tôi 12 triệu/tháng"
    if (cat is None and not words_after) or (not noun and phrase(c.unit) in lx.weak_classifiers):
        # no noun after the number: the nearest telling noun before it in the clause
        # ("tổng lượt xem lên tới hơn 1 tỷ", "Tổng lượt khách đi xe buýt đạt hơn 376.000 lượt")
        j = c.q0 - 1
        while j > max(c.q0 - 9, -1):
            if toks[j].low in (";", ".", ":"):
                break
            n = lx.counted_phrases.ending(lows, j + 1)
            if n:
                found = lx.counted[tuple(t.low for t in toks[j + 1 - n : j + 1])]
                if found != Category.OTHER.value and (cat is None or found == Category.PEOPLE.value):
                    cat = found
                    source = "noun before"
                    break
                j -= n - 1  # a phrase that tells nothing ("lần lượt") is passed whole, not word by word
            j -= 1
    if _discipline(c, lx, noun):
        c.category = Category.DISCIPLINE.value
        c.rules.append("category:discipline")
        return
    if c.unit and phrase(c.unit) in lx.ratio_units and any(t.low in lx.ratio_before for t in toks[max(0, c.q0 - 2) : c.q0]):
        cat, source = Category.OTHER.value, "ratio"  # "tăng gấp 2 lần": a ratio, not two events
    if noun in lx.members and any(t.low in lx.social_words for t in toks):
        cat, source = Category.AUDIENCE.value, "members of a social group"  # "nhóm Zalo với 185.000 thành viên"
    c.category = cat or Category.OTHER.value
    c.rules.append(f"category:{source}" if cat else "category:other")


def _after_money_word(c: Cand, lx: Lexicon) -> bool:
    """A word of money ("lương", "giá", "học phí") among the few words before the number, in its clause."""
    lows = c.where.lows()
    for j in range(c.q0, max(c.q0 - 4, 0), -1):
        if c.toks[j - 1].kind == "p":
            return False
        if lx.money_before.ending(lows, j):
            return True
    return False


def _discipline(c: Cand, lx: Lexicon, noun: Phrase) -> bool:
    """Disciplinary actions and violations found, per FACTS.md's judgement calls."""
    toks, lows = c.toks, c.where.lows()
    unit = phrase(c.unit) if c.unit else ()
    subject = any(p and (p in lx.subjects or p[:2] in lx.subjects or p[:1] in lx.subjects) for p in (noun, unit))
    bare = not noun and not c.unit and not c.obj  # "khiển trách 35"
    if not (subject or bare):
        return False
    # the nearest cue before the number
    before: str | None = None
    for j in range(c.q0, max(0, c.q0 - WINDOW), -1):
        if toks[j - 1].low in (".", ";"):
            break
        if lx.actions.ending(lows, j):
            before = "action"
            break
        n = lx.inspections.ending(lows, j)
        if n and not toks[j - n].capitalized:
            before = "inspection"
            break
    # a violation named after the counted noun, through a list of counts
    after = False
    j = c.i1
    while j < min(len(toks), c.i1 + WINDOW):
        t = toks[j]
        if t.low in (".", ";", ":", "(") or (t.low == "," and not (j + 1 < len(toks) and is_number_tok(toks[j + 1]))):
            break
        n = lx.not_violations.at(lows, j)
        if n:
            j += n
            continue
        if lx.violations.at(lows, j):
            after = True
            break
        j += 1
    if after:
        c.discipline_cue = "violation"
        return True
    if before == "action":
        c.discipline_cue = "action"
        return True
    return False


def _listed(p: Cand, c: Cand, marks: tuple[str, ...] = (",", "và")) -> bool:
    """``c`` follows ``p`` right after a list mark: "210, 198 và 187"."""
    return p.sent == c.sent and c.q0 == p.i1 + 1 and p.toks[p.i1].low in marks


def share_list_noun(cands: list[Cand], lx: Lexicon) -> None:
    """ "lần lượt 210, 198 và 187 ca", "1.826/2.985 trường": bare counts listed right before the one that names its noun
    count the same thing (backwards, so the noun passes along the list). After a noun before them
    ("tổng lượt xem … hơn 1 tỷ, hơn 28 triệu lượt thích") only when "lần lượt" opens the list."""
    first = list(range(len(cands)))  # the index of the first item of each count's list
    for k in range(1, len(cands)):
        if _listed(cands[k - 1], cands[k]):
            first[k] = first[k - 1]
    for k in range(len(cands) - 2, -1, -1):
        c, nxt = cands[k], cands[k + 1]
        if c.noun or c.unit or c.m.percent or not (nxt.noun or nxt.unit) or not _listed(c, nxt, (",", "và", "/")):
            continue
        if c.category != Category.OTHER.value and not _respectively(cands[first[k]], lx):
            continue
        c.noun, c.unit, c.obj, c.category = nxt.noun, nxt.unit, nxt.obj, nxt.category
        c.rules.append("category:list")


def _respectively(first: Cand, lx: Lexicon) -> bool:
    """ "lần lượt" a few words before the first item of a list:
    "Các trang lần lượt thu hút 320.000, 145.000 và 56.000 người theo dõi"."""
    lows = first.where.lows()
    return any(lx.respectively.at(lows, j) for j in range(max(0, first.q0 - 4), first.q0))
