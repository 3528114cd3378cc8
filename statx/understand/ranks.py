"""A name ranked labels its counts: "Bắc Lâm dẫn đầu với 12 dự án", "đứng thứ hai là Nam Lâm với …".
Called by :func:`statx.understand.siblings.list_labels`.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from statx.lexicon import fold_text, load
from statx.lexicon.dictionary import words as dictionary_words
from statx.understand.context import Cand, Lexicon, Tok, is_number_tok
from statx.understand.headings import inside_name
from statx.understand.label import ITEM_MARKS, join_words

__all__ = ["rank_labels", "superlative_labels"]


def rank_labels(group: list[Cand], lx: Lexicon) -> None:
    """A name ranked, and its counts after "với" up to the next ';' or '.': "Bắc Lâm dẫn đầu với 12 dự án,
    vốn 3 tỷ USD; đứng thứ hai là Nam Lâm với 9 dự án" (the name after "là", else before the ranking words).
    The name replaces what a clause's subject or class said ("tổng vốn là 3 tỷ USD")."""
    if not group[0].where.has(lx.ranks):
        return
    toks, lows = group[0].toks, group[0].where.lows
    starts = group[0].where.starts(lx.ranks)
    for j in starts:
        e = j + lx.ranks.at(lows, j)
        while e < len(toks) and e < j + 6 and (toks[e].is_digit or lows[e] in _ordinals()):
            e += 1  # "đứng thứ 2", "đứng vị trí thứ ba"
        names = lx.rank_names
        is_at = next((m for m in range(e, min(len(toks), e + 16)) if names.at(lows, m) or not toks[m].is_word), len(toks))
        if is_at < len(toks) and names.at(lows, is_at):
            e = is_at  # "đứng thứ ba trong nhóm các thị trường lớn là Bắc Lâm, với …": the ranking's scope, then the name
        n = names.at(lows, e) if e < len(toks) else 0
        name = _ranked_after(toks, lows, e + n - 1, lx) if n else _ranked_before(toks, lows, j, e, lx)
        if name is None:
            continue
        at, a, b = name
        # the counts up to ';' or '.', or a comma before a name that opens the next item ("…, Nam Lâm 12 ha")
        end = next((k for k in range(at, len(toks)) if toks[k].text in (";", ".") or _next_name(toks, k)), len(toks))
        # "thứ nhất là A với 18 giải, thứ hai là B với 15 giải": the next rank's words end this one's counts
        end = min(end, next((s for s in starts if s > at), end))
        for c in group:
            if at <= c.q0 < end and (not c.label or c.rules[-1] in _WEAK_LABELS):
                if c.label:
                    c.rules.pop()
                c.label = join_words(toks[a:b])
                c.rules.append("label:ranked")


def _next_name(toks: Sequence[Tok], k: int) -> bool:
    """A comma at toks[k] before a capitalised word, or "và" before a few words and "đạt" a number: the next item."""
    if toks[k].low == "và":  # "… tăng 9% và B đạt 12 tỷ USD"
        return any(toks[m - 1].low == "đạt" and is_number_tok(toks[m]) for m in range(k + 2, min(len(toks), k + 8)))
    return toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].capitalized


def superlative_labels(group: list[Cand]) -> None:
    """Counts of a sentence each after a superlative of its own ("người có số phiếu cao nhất đạt 91%, người có
    số phiếu thấp nhất đạt 52%") are told apart by it: a word and "nhất" that the word list does not hold as one
    word ("thống nhất", "ít nhất" are words of their own), not an ordinal ("thứ nhất")."""
    found: list[tuple[Cand, str]] = []
    last = 0
    for c in group:
        toks = c.toks
        for j in range(c.q0 - 1, last, -1):
            if is_number_tok(toks[j]) or toks[j].text == ";":
                break
            if toks[j].low == "nhất" and _superlative(toks, j):
                found.append((c, join_words(toks[j - 1 : j + 1])))
                break
        last = c.i1
    if len(found) >= 2 and len({w for _, w in found}) == len(found):
        for c, word in found:
            if not c.label or c.rules[-1] in _WEAK_LABELS or word in c.label:
                c.label = word
                c.rules.append("label:superlative")


def _superlative(toks: Sequence[Tok], j: int) -> bool:
    w = toks[j - 1] if j > 0 else None
    if w is None or not w.is_word or w.capitalized or w.low == "thứ":
        return False
    return fold_text(f"{w.low} nhất") not in dictionary_words()


@cache
def _ordinals() -> frozenset[str]:
    """What may follow "thứ" or a digit in a rank: "đứng thứ hai" (cues.toml [labels])."""
    return frozenset(load("cues")["labels"]["ordinals"])


_WEAK_LABELS = frozenset(["label:subject", "label:subject goes on", "label:class in list", "label:class", "label:beside"])


def _ranked_after(toks: Sequence[Tok], lows: list[str], e: int, lx: Lexicon) -> tuple[int, int, int] | None:
    """ "đứng thứ hai là Nam Lâm với 9 dự án": the name after "là" (toks[e]) up to "với"; where its
    counts start, and the name's span."""
    k = e + 1
    while k < len(toks) and k < e + 10 and lows[k] != "với" and (toks[k].is_word or inside_name(toks, k)):
        k += 1
    b = k  # the name ends; a bracket after it ("Bắc Lâm (gồm …) với") or a comma may stand before "với"
    if b < len(toks) and toks[b].text == "(":
        k = next((m + 1 for m in range(b, min(len(toks), b + 14)) if toks[m].text == ")"), b)
    k += k < len(toks) and toks[k].text == ","
    if k < len(toks) and lows[k] != "với" and b > e + 1:
        # "tiếp đến là Bắc Lâm thu hút 420 triệu USD", "kế tiếp là hàng dệt may đạt …": a verb after the name brings its counts in
        v = next((m for m in range(e + 2, b) if not toks[m].capitalized and lx.actor_verbs.at(lows, m)), None)
        return (v, e + 1, v) if v is not None and b - v <= 3 and (toks[e + 1].capitalized or lows[v] in lx.copulas) else None
    return (k, e + 1, b) if k < len(toks) and lows[k] == "với" and b > e + 1 else None


def _ranked_before(toks: Sequence[Tok], lows: list[str], j: int, r: int, lx: Lexicon) -> tuple[int, int, int] | None:
    """ "Bắc Lâm dẫn đầu với 12 dự án", "lĩnh vực B đứng thứ 2 với …": the name before the ranking words
    (a comma may stand between), from the clause's start; its counts follow "với". Not when a name or a
    word that opens a list stands between the ranking words (ending at toks[r]) and "với": the ranked
    are named after them ("các đơn vị dẫn đầu gồm phường A với 25 tin, phường B với 19 tin")."""
    e = j
    while e < len(toks) and e < j + 8 and lows[e] != "với" and toks[e].text not in (";", "."):
        e += 1
    if e == len(toks) or lows[e] != "với":
        return None
    named = (toks[m].capitalized and not toks[m].text.isupper() for m in range(r, e))  # a name, not "FDI"
    if any(named) or any(lx.list_intro.at(lows, m) or lows[m] == "là" for m in range(r, e)):
        return None
    k = j - (j > 0 and toks[j - 1].text == ",")
    i = k
    named = (toks[m].is_word or inside_name(toks, m) for m in range(k - 1, -1, -1))
    while i > 0 and k - i < 8 and next(named) and lows[i - 1] not in ("thì", "là") and not lx.openers.ending(lows, i):
        i -= 1
    # "…, trong đó Bắc Lâm lớn nhất với 4.000 ha": an opener of parts sets the name off as a mark does
    opened = i == 0 or toks[i - 1].text in ITEM_MARKS or lows[i - 1] in ("thì", "là") or lx.openers.ending(lows, i) > 0
    if k > i and toks[i].capitalized:  # "Bắc Lâm tiếp tục dẫn đầu …", "Bắc Lâm có số vốn lớn nhất với …": the name
        k = next((m for m in range(i + 1, k) if not toks[m].capitalized and lx.actor_verbs.at(lows, m)), k)
    return (e, i, k) if k > i and opened else None
