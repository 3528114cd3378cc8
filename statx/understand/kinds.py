"""Labels of kind: the kind of offence a count is of, named after its noun.

Crime and inspection reports count cases and offenders kind by kind: "Phát hiện 120 vụ phạm tội về ma túy",
"… 7 vụ, 11 đối tượng phạm tội về kinh tế; 3 vụ, 5 đối tượng phạm tội về môi trường". The words after a lead
(``cues.toml`` ``[labels] kind_leads``: "phạm tội về", "vi phạm" …) up to the end of the clause name the kind,
with the short kinds listed after it ("về tham nhũng, kinh tế, buôn lậu"). A count written just before another
("7 vụ, 11 đối tượng …") shares the kind written after that one, and a bare count right after a kind ("120 vụ
phạm tội về ma túy, 184 đối tượng") shares it too. The kind is a label (``label:kind``) when a sentence near names
another kind: one kind alone tells nothing apart. A count that is the total of others keeps none ("318 vụ vi
phạm pháp luật, trong đó …").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cache

from statx.lexicon import Phrases, load
from statx.understand.context import Cand, Lexicon, is_number_tok, phrase
from statx.understand.label import join_words

__all__ = ["kind_labels"]

_LONGEST = 12  # the most tokens (syllables and commas) of a kind
_LISTED = 5  # the most syllables of a kind listed after a comma
_NEAR = 3  # sentences apart that kinds told apart may stand
_STOPS = frozenset([",", ";", ".", ":", "(", ")", "!", "?"])


@cache
def _leads() -> Phrases:
    return Phrases(phrase(w) for w in load("cues")["labels"]["kind_leads"])


def kind_labels(cands: list[Cand], lx: Lexicon) -> None:
    """Label the counts whose noun a kind follows, when sentences near name another kind (see the module)."""
    totals = {c.part_of for c in cands if c.part_of is not None}
    kinds: dict[int, str] = {}
    own: dict[int, int] = {}  # where the kind written after a count ends
    for at, c in enumerate(cands):
        if c.m.percent or c.change or not (c.noun or c.unit) or c.m.start in totals:
            continue
        kind, end = _kind_after(c, lx)
        if kind:
            own[id(c)] = end
        before = cands[at - 1] if at else None
        if not kind and before is not None and id(before) in own and _paired(before, own[id(before)], c):
            kind = kinds[id(before)]  # "120 vụ phạm tội về ma túy, 184 đối tượng": the one count after the kind
        nxt = cands[at + 1] if at + 1 < len(cands) else None
        if not kind and nxt is not None and _paired(c, _noun_end(c), nxt):
            kind = _kind_after(nxt, lx)[0]  # "7 vụ, 11 đối tượng phạm tội về kinh tế": both counts of the kind
        if kind:
            kinds[id(c)] = kind
    found = [(c.sent, kinds[id(c)].lower()) for c in cands if id(c) in kinds]
    sents = [s for s, _ in found]
    for c in cands:
        if id(c) not in kinds or c.label:
            continue
        near = found[bisect_left(sents, c.sent - _NEAR) : bisect_right(sents, c.sent + _NEAR)]
        if any(k != kinds[id(c)].lower() for _, k in near):  # one kind alone tells nothing apart
            c.label = kinds[id(c)]
            c.rules.append("label:kind")


def _noun_end(c: Cand) -> int:
    return max(c.i1 + len(c.noun), c.unit_end)


def _paired(c: Cand, j: int, nxt: Cand) -> bool:
    """ "7 vụ, 11 đối tượng": a count and its noun (or its kind, ending at ``j``), a comma, and the next count
    right after, with no words of its own after its noun."""
    own = _noun_end(nxt)
    bare = own >= len(nxt.toks) or nxt.where.lows[own] in _STOPS or _leads().at(nxt.where.lows, own) > 0
    return nxt.sent == c.sent and 0 <= j < len(c.toks) and c.toks[j].text == "," and nxt.q0 == j + 1 and bare


def _kind_after(c: Cand, lx: Lexicon) -> tuple[str, int]:
    """The kind a lead names after the count's noun, up to the end of its clause, and where it ends; else ""."""
    lows, j = c.where.lows, _noun_end(c)
    n = _leads().at(lows, j) if j < len(lows) and lows[j] in _leads().by_first else 0
    if not n:
        return "", j
    a = j + n
    b = _words_to_stop(c, a, lx)
    while b + 1 < len(lows) and lows[b] == "," and 0 < (e := _words_to_stop(c, b + 1, lx)) - b - 1 <= _LISTED:
        if lx.openers.at(lows, b + 1) or lx.list_intro.at(lows, b + 1) or lx.actor_verbs.at(lows, b + 1):
            break  # "…, trong đó có 42 vụ", "…, thu giữ 2 kg": no kind of it
        b = e  # "phạm tội về tham nhũng, kinh tế, buôn lậu": kinds listed
    return (join_words(c.toks[a:b]), b) if a < b <= a + _LONGEST else ("", j)


def _words_to_stop(c: Cand, b: int, lx: Lexicon) -> int:
    """Where the words from ``b`` end: at a mark, a number or a comparison ("so với cùng kỳ")."""
    lows = c.where.lows
    while b < len(lows) and lows[b] not in _STOPS and not is_number_tok(c.toks[b]) and not lx.compared.at(lows, b):
        b += 1
    return b
