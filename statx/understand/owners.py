"""Parts told apart by whose they are: the owner is their label (FACTS.md `label`).

Three shapes of Vietnamese: a verb left out after its first clause ("A quản lý 12 trang, B 28 trang": the words
before each count name who has it), owners after "của" in counts of the same unit ("31 trang của A; 136
trang của B"), and changes of things named before their verbs ("A tăng 12%, B giảm 3%": each change is of its
thing). All are read over one sentence's counts, after the labels of its list.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence

from statx.understand.context import Cand, Lexicon, Tok, is_number_tok
from statx.understand.headings import a_change, is_open, relabel
from statx.understand.label import join_words

__all__ = ["change_subject_labels", "gapped_owner_labels", "of_owner_labels", "respectively_labels"]

_Span = tuple[int, int, str] | None
_Named = Callable[[Cand, int, int], str]  # the words of a subject that name a part
_MARKS = frozenset(",;")
_LONGEST = 12  # tokens of an owner at most


def _noun_end(c: Cand) -> int:
    """The token after a count's noun: its unit, then the words of its object up to a mark."""
    toks, k = c.toks, max(c.unit_end, c.i1)
    while k < len(toks) and k - c.i1 < _LONGEST and toks[k].kind == "w" and not is_number_tok(toks[k]) and toks[k].low != "của":
        k += 1
    return k


def _owner_words(toks: Sequence[Tok], j: int, k: int, lx: Lexicon) -> bool:
    """toks[j:k] can name an owner: a few words, commas between them, no number and no verb."""
    if not 0 < k - j <= _LONGEST or toks[j].kind != "w" or toks[k - 1].kind != "w":
        return False
    lows = [t.low for t in toks]
    for x in range(j, k):
        t = toks[x]
        if (t.kind != "w" and t.text != ",") or is_number_tok(t) or lx.actor_verbs.at(lows, x):
            return False
    return not lx.openers.at(lows, j) and not lx.list_intro.at(lows, j)


def gapped_owner_labels(group: list[Cand], spans: dict[int, _Span], lx: Lexicon, named: _Named) -> None:
    """ "Các phòng quản lý 12 trang, công an cấp xã 28 trang": the second clause leaves out the verb of the
    first, so the subject before the verb and the words before the bare count (after the first one's noun)
    tell the counts apart by who has them."""
    for a, b in itertools.pairwise(group):
        if not a.unit or a.unit != b.unit or a.m.percent or b.m.percent or spans[id(b)] is not None:
            continue
        own = "label:owner" in a.rules
        span = spans[id(a)]
        if not own and (span is None or not is_open(a)):
            continue
        toks, end = b.toks, _noun_end(a)
        if end >= b.q0 or toks[end].text not in _MARKS or any(lx.actor_verbs.at(a.where.lows, x) for x in range(a.i1, end)):
            continue  # "A gỡ 15 bài có lời lẽ thô, tục trên tổng số 23 bài": a clause after the noun, no gap
        j = end + 1 + (toks[end + 1].low == "và")
        if not _owner_words(toks, j, b.q0, lx) or not is_open(b):
            continue
        if span is not None and not own:
            first, last, _ = span
            if a.where.lows[first] in ("toàn", "cả"):
                continue  # "toàn tỉnh có 40 trang, …": the whole, no owner of a part
            relabel(a, named(a, first, last), "label:owner")
        relabel(b, join_words(toks[j : b.q0]), "label:owner")


def of_owner_labels(group: list[Cand], lx: Lexicon) -> None:
    """ "31 trang của các phòng, công an huyện; 136 trang của công an xã": counts of one unit, each with its
    owner after "của" up to the next count's item, are told apart by their owners."""
    found: list[tuple[Cand, str]] = []
    for at, c in enumerate(group):
        toks, end = c.toks, _noun_end(c)
        if not c.unit or end >= len(toks) or toks[end].low != "của" or not is_open(c):
            continue
        stop = group[at + 1].q0 if at + 1 < len(group) else len(toks)
        k = end + 1
        while k < stop and toks[k].text not in (";", ".", "(") and k - end <= _LONGEST + 1:
            k += 1
        if k < stop and toks[k].text not in (";", "."):
            continue
        while k > end + 1 and toks[k - 1].kind != "w":
            k -= 1
        if _owner_words(toks, end + 1, k, lx):
            found.append((c, join_words(toks[end + 1 : k])))
    units = {c.unit for c, _ in found}
    if len(found) >= 2 and len(units) == 1 and len({label for _, label in found}) == len(found):
        for c, label in found:
            relabel(c, label, "label:owner")


def change_subject_labels(group: list[Cand], spans: dict[int, _Span], lx: Lexicon, named: _Named) -> None:
    """ "khách A tăng 12%, thị trường B giảm 3,1%": a sentence listing changes, each after the name of the thing
    that rose or fell, labels each with its thing (two or more, told apart)."""
    found: list[tuple[Cand, str]] = []
    for c in group:
        span = spans[id(c)]
        if span is None or not a_change(c, lx) or not is_open(c):
            continue
        j, k, _ = span
        if c.where.lows[j] in ("toàn", "cả"):
            continue  # "cả nước tăng 5%": the whole
        found.append((c, named(c, j, k)))
    if len(found) >= 2 and len({label.lower() for _, label in found}) == len(found):
        for c, label in found:
            relabel(c, label, "label:change of its thing")


def respectively_labels(group: list[Cand], lx: Lexicon) -> None:
    """ "Số ca tại A, B và C lần lượt là 40, 32 và 15 ca", "A, B và C với kết quả lần lượt là: 40 tỷ; 32 tỷ; 15 tỷ",
    "… lần lượt là A và B, với 29 tỷ và 28 tỷ": names listed before "lần lượt" or "tương ứng" (or right after it,
    when the counts come later), as many as the counts after them, label those counts in their order."""
    if not group[0].where.has(lx.respectively):
        return
    toks, lows = group[0].toks, group[0].where.lows
    for r in group[0].where.starts(lx.respectively):
        names = _names_after(toks, lows, r, lx) or _listed_names(toks, lows, r, lx)
        if not names:
            continue
        after = [c for c in group if c.q0 > max(r, names[-1][1])]
        run = after[:1]
        for c in after[1:]:
            between = toks[max(run[-1].i1, run[-1].unit_end) : c.q0]
            if len(between) > 3 or not all(t.text in ",;" or t.low == "và" or t.is_word for t in between):
                break
            run.append(c)
        if len(run) < 2 or len(names) != len(run):
            continue
        for c, (a, b) in zip(run, names, strict=True):
            # the names one by one tell more than a class, a subject or the names ranked together
            if not c.label or c.rules[-1] in ("label:class", "label:subject", "label:ranked"):
                relabel(c, join_words(toks[a:b]), "label:respectively")


def _listed_names(toks: Sequence[Tok], lows: list[str], r: int, lx: Lexicon) -> list[tuple[int, int]]:
    """The items of the list that ends right before toks[r], set apart by ',' and "và", back to a word of place or
    whose ("tại", "của"), a word that opens a list ("gồm"), a mark or the clause's start: each a few words, as
    spans."""
    j = r
    while j > 0 and r - j < 24 and (toks[j - 1].is_word or toks[j - 1].text in ",.-") and not is_number_tok(toks[j - 1]):
        if lx.at_place.ending(lows, j) or lows[j - 1] in ("của", "giữa", "các") or lx.openers.ending(lows, j):
            break
        j -= 1
    # the last name ends at a verb of what is said of them all: "A và B có số hộ nghèo lần lượt là …", "… với …"
    r = next(
        (
            m
            for m in range(j + 1, r)
            if (lx.actor_verbs.at(lows, m) or lows[m] in lx.respectively_with) and not toks[m].capitalized
        ),
        r,
    )
    return _items(toks, lows, j, r)


def _names_after(toks: Sequence[Tok], lows: list[str], r: int, lx: Lexicon) -> list[tuple[int, int]]:
    """Names right after "lần lượt là", in capitals, up to a mark or "với": "… lần lượt là A và B, với …"."""
    j = r + lx.respectively.at(lows, r)
    j += j < len(lows) and lows[j] in lx.copulas
    if j >= len(toks) or not toks[j].capitalized or is_number_tok(toks[j]):
        return []
    end = next((m for m in range(j, min(len(toks), j + 24)) if _ends_names(toks, lows, m, lx)), None)
    if end is None or not all(t.capitalized or t.low == "và" or t.text in ".-" for t in toks[j:end]):
        return []  # names only, and what follows them said apart
    return _items(toks, lows, j, end)


def _ends_names(toks: Sequence[Tok], lows: list[str], m: int, lx: Lexicon) -> bool:
    """A mark or "với" ends the names; a dot only when no capital follows it (not the dot of "TP. A")."""
    if toks[m].text == ".":
        return m + 1 >= len(toks) or not toks[m + 1].capitalized
    return toks[m].text in ",;:(" or lows[m] in lx.respectively_with


def _items(toks: Sequence[Tok], lows: list[str], j: int, r: int) -> list[tuple[int, int]]:
    """The items between toks[j] and toks[r], set apart by ',' and "và", each of one to six words, as spans."""
    items, a = [], j
    for k in range(j, r + 1):
        if k == r or toks[k].text == "," or lows[k] == "và":
            if not 0 < k - a <= 6:
                return []
            items.append((a, k))
            a = k + 1
    return items
