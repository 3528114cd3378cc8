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
from statx.numbers import Mention
from statx.understand.context import Cand

__all__ = ["DENSE", "TOO_DENSE", "too_dense"]

DENSE = 5000  # numbers in one sentence past which it is given up on (a 70-row, 20-column table is 1,400)
TOO_DENSE = "too dense"  # the reason its numbers are dropped with


def too_dense(
    found: list[Mention | Cand], sents: list[tuple[int, int]], size: int
) -> tuple[list[Mention | Cand], list[Dropped], list[Skipped]]:
    """The mentions and candidates of sentences with at most ``DENSE`` numbers (candidates);
    those of the others dropped, and those sentences. Before the not-fact rules: they too cost per number."""
    if len(found) <= DENSE:
        return found, [], []  # no sentence can hold more
    counts = Counter(c.sent for c in found if isinstance(c, Cand))
    dense = {s for s, n in counts.items() if n > DENSE}
    if not dense:
        return found, [], []
    kept: list[Mention | Cand] = []
    dropped = []
    for c in found:
        if isinstance(c, Cand) and c.sent in dense:
            m = c.m
            dropped.append(Dropped(m.start, m.end, m.text, TOO_DENSE))
        else:
            kept.append(c)
    skipped = []
    for s in sorted(dense):
        s0, s1 = sents[s] if sents else (0, size)
        reason = (
            f"{TOO_DENSE}: a sentence of {counts[s]:,} numbers in {s1 - s0:,} characters, more than the {DENSE:,} "
            "the rules read in one (a report's longest lists hold under 200): its numbers are not read as facts"
        )
        skipped.append(Skipped(s0, s1, reason))
    return kept, dropped, skipped
