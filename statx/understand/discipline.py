"""Is the count a disciplinary action or a violation found? FACTS.md's judgement calls.

The shapes it knows (cues in ``lexicon/cues.toml`` ``[discipline]``): the nearest action before the
number ("kỷ luật 13 đảng viên"), an inspection being none ("kiểm tra 612 tổ chức đảng"); a sanction right
before the count ("xử lý 15 trường hợp"), a complaint about discipline being none ("giải quyết khiếu nại
kỷ luật 4 đảng viên"); an action right after the counted noun ("2 trường hợp khai trừ") or after a bare
count ("61 khiển trách"); a violation after the noun, through a bracket, a list of counts or of places
("700 đảng viên tại A, B, TP.HCM bị xử lý kỷ luật").
"""

from __future__ import annotations

from bisect import bisect_left
from functools import cache

from statx.lexicon import Phrases, load
from statx.understand.context import WINDOW, Cand, Lexicon, Phrase, Tok, first_at, is_number_tok, phrase

__all__ = ["is_discipline", "noun_end"]


def noun_end(c: Cand, noun: Phrase) -> int:
    """The token index after the counted noun (or the unit, when no noun is known)."""
    return c.i1 + len(noun) if noun and c.unit_end <= c.i1 + len(noun) else max(c.unit_end, c.i1)


@cache
def _sanctions() -> Phrases:
    """ "xử lý", "xử phạt" right before a count."""
    return Phrases(phrase(w) for w in load("cues")["discipline"]["sanctions"])


_STOPS: dict[int, tuple[Lexicon, frozenset[str], frozenset[str]]] = {}


def _discipline_stops(lx: Lexicon) -> tuple[frozenset[str], frozenset[str]]:
    """The words :func:`is_discipline` looks at, before the number and after it (once per lexicon)."""
    found = _STOPS.get(id(lx))
    if found is None:
        before = frozenset({".", ";", *lx.actions.by_last, *lx.inspections.by_last})
        after = frozenset({"(", ".", ";", ":", ",", *lx.not_violations.by_first, *lx.violations.by_first})
        found = _STOPS[id(lx)] = (lx, before, after)
    return found[1], found[2]


def _subject_words(p: Phrase, lx: Lexicon) -> bool:
    """The words name who a discipline report counts ("đảng viên", "tổ chức đảng"), by themselves or by their first words."""
    return bool(p) and (p in lx.subjects or p[:2] in lx.subjects or p[:1] in lx.subjects)


def is_discipline(c: Cand, lx: Lexicon, noun: Phrase) -> bool:
    """Disciplinary actions and violations found, per FACTS.md's judgement calls."""
    toks, lows = c.toks, c.where.lows
    unit = phrase(c.unit) if c.unit else ()
    subject = _subject_words(noun, lx) or _subject_words(unit, lx)
    bare = not noun and not c.unit and not c.obj  # "khiển trách 35"
    if bare and lx.actions.at(lows, c.i1):
        c.discipline_cue = "action"  # "61 khiển trách, 29 cảnh cáo": the form right after a bare count
        return True
    if not (subject or bare):
        return False
    # the nearest cue before the number
    before: str | None = None
    action_ends, inspection_ends = lx.actions.by_last, lx.inspections.by_last  # a cheap test before each look-up
    stops_before, stops_after = _discipline_stops(lx)
    marks = c.where.among(stops_before)  # the only tokens the walk back stops at
    k = bisect_left(marks, c.q0) - 1
    low_end = max(0, c.q0 - WINDOW)
    while k >= 0 and marks[k] >= low_end:
        j = marks[k] + 1
        k -= 1
        if lows[j - 1] in (".", ";"):
            break
        if lows[j - 1] in action_ends and (n := lx.actions.ending(lows, j)):
            # "giải quyết khiếu nại kỷ luật 4 đảng viên": the complaint is about an action, no action itself
            before = "complaint" if lx.complaints.ending(lows, j - n) else "action"
            break
        n = lx.inspections.ending(lows, j) if lows[j - 1] in inspection_ends else 0
        if n and not toks[j - n].capitalized:
            before = "inspection"
            break
    if before is None and _sanctions().ending(lows, c.q0):
        before = "action"  # "xử lý 15 trường hợp", "xử phạt hơn 200 trường hợp": a sanction right before
    # an action named right after the counted noun: "2 trường hợp khai trừ"
    if (noun or c.unit) and lx.actions.at(lows, noun_end(c, noun)):
        c.discipline_cue = "action"
        return True
    # a violation named after the counted noun, through a list of counts, a bracket
    # ("6 đảng viên (4 ở xã A, 2 ở xã B) bị kỷ luật") and a list of nouns ("cán bộ, đảng viên vi phạm")
    after = False
    j = c.i1
    marks = c.where.among(stops_after)  # the only tokens the walk on stops at: any other one is stepped over
    end = min(len(toks), c.i1 + WINDOW)
    k = 0
    while True:
        k = bisect_left(marks, j, k)
        if k == len(marks) or marks[k] >= end:
            break
        j = marks[k]
        t = toks[j]
        if t.low == "(":
            close = first_at(c.where.of(")"), j)
            if close is not None and close - j < 20:
                j = close + 1
                continue
        if t.low == "." and 0 < j < len(toks) - 1 and toks[j - 1].end == t.start == toks[j + 1].start - 1:
            j += 1  # "TP.HCM": an abbreviation's point
            continue
        if t.low in (".", ";", ":", "("):
            break
        if t.low == "," and not (j + 1 < len(toks) and _comma_goes_on(toks, lows, j, lx)):
            break
        n = lx.not_violations.at(lows, j) if t.low in lx.not_violations.by_first else 0
        if n:
            j += n
            continue
        if t.low in lx.violations.by_first and lx.violations.at(lows, j):
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


def _comma_goes_on(toks: list[Tok], lows: list[str], j: int, lx: Lexicon) -> bool:
    """After a count's noun, the comma at ``j`` goes on to a count, a subject or the next of a list of
    names ("… đảng viên tại Hà Nội, Huế, … bị kỷ luật")."""
    nxt = toks[j + 1]
    return is_number_tok(nxt) or lx.subjects_first.at(lows, j + 1) > 0 or (toks[j - 1].capitalized and nxt.capitalized)
