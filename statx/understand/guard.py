"""The guard: a stretch of text no report has is given up on, with a named reason, before the rules read it.

The rules cost about the same for each number (each looks at most ``WINDOW``
tokens around it), so a run costs time in proportion to its numbers, and text
where every few characters are a number (``12 12 12 …``, ``1-1-1-…``, a
generated list of a hundred thousand counts) costs minutes for nothing a
reader wants. The longest lists of real reports (every province's count of the
day in one sentence, both the cases and the deaths) hold under two hundred
numbers; a sentence with more than ``DENSE`` is not read by the rules: its
numbers are dropped as ``too dense`` and the sentence is named in a
:class:`~statx.facts.Skipped`, which ``statx extract`` says on stderr and
``statx explain`` shows. Finding the numbers (:mod:`statx.numbers`), the
cheap part, still reads it, so the cost stays linear in the text.
"""

from __future__ import annotations

from collections import Counter

from statx.facts import Dropped, Skipped
from statx.understand.context import Cand

__all__ = ["DENSE", "TOO_DENSE", "too_dense"]

DENSE = 1000  # numbers in one sentence past which it is given up on
TOO_DENSE = "too dense"  # the reason its numbers are dropped with


def too_dense(cands: list[Cand], sents: list[tuple[int, int]], size: int) -> tuple[list[Cand], list[Dropped], list[Skipped]]:
    """The candidates of sentences with at most ``DENSE`` numbers; those of the others dropped, and those sentences."""
    counts = Counter(c.sent for c in cands)
    dense = {s for s, n in counts.items() if n > DENSE}
    if not dense:
        return cands, [], []
    kept = [c for c in cands if c.sent not in dense]
    dropped = [Dropped(c.m.start, c.m.end, c.m.text, TOO_DENSE) for c in cands if c.sent in dense]
    skipped = []
    for s in sorted(dense):
        s0, s1 = sents[s] if sents else (0, size)
        reason = (
            f"{TOO_DENSE}: a sentence of {counts[s]:,} numbers in {s1 - s0:,} characters, more than the {DENSE:,} "
            "the rules read in one (a report's longest lists hold under 200): its numbers are not read as facts"
        )
        skipped.append(Skipped(s0, s1, reason))
    return kept, dropped, skipped
