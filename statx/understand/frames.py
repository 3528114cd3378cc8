"""An opening time that stands before a clause's subject with no comma: "Theo Sở A, trong tuần có 30 ca" (no
actor: a time is never one), "trong tuần qua đội B đã bắt 5 đối tượng" (the subject follows the time)."""

from __future__ import annotations

from functools import cache

from statx.lexicon import load
from statx.understand.context import Cand, Lexicon, is_number_tok

__all__ = ["past_time"]


@cache
def _trailers() -> frozenset[str]:
    """The words that may end a time after its unit ("tuần qua", "tháng này"); cues.toml [actor]."""
    return frozenset(load("cues")["actor"]["time_trailers"])


def past_time(c: Cand, w0: int, w1: int, lx: Lexicon) -> tuple[int, int]:
    """Where the subject in toks[w0:w1] starts and how many words from there open the clause with framing
    ("trong", "từ đầu năm"): past a time (an opening word, a unit of time such as "tuần", its number or trailing
    words) that more words follow; a time that fills the span is all opening."""
    lows = c.where.lows
    n = lx.intro.at(lows, w0) if w0 < len(lows) and lows[w0] in lx.intro.by_first else 0
    j = w0 + n
    if not n or j >= w1 or lows[j] not in lx.duration_after.by_first or not (unit := lx.duration_after.at(lows, j)):
        return w0, n
    j += unit
    trailers = _trailers()
    while j < w1 and (is_number_tok(c.toks[j]) or lows[j] in trailers):
        j += 1
    return (w0, j - w0) if j >= w1 else (j, 0)
