"""The rest of a split, told in the next sentence.

"… 20 người chết, trong đó 12 người ở Bắc Lâm. Số còn lại ở Nam Lâm (5 người) và Tây Lâm (3 người)": a
sentence that opens with "Số còn lại" (cues.toml ``[breakdown] remainder``) goes on with the split of a
total of the sentence before; its counts of that total's kind are more of its parts, while they do not go over
(also the items of a run of named brackets, "A (5 người), B (3 người)", that have no total of their own sentence).
"""

from __future__ import annotations

from functools import cache

from statx.lexicon import Phrases, load
from statx.understand.context import Cand, phrase
from statx.understand.links import Links, same_kind, sum_check

__all__ = ["link_remainder"]


@cache
def _remainder() -> Phrases:
    return Phrases(phrase(w) for w in load("cues")["breakdown"]["remainder"])


def _split_before(group: list[Cand], links: Links) -> Cand | None:
    """The last total of the sentence that is split already and whose parts come up short."""
    for t in reversed(group):
        if links.has_parts(t) and links.check(t).startswith("under"):
            return t
    return None


def link_remainder(by_sent: dict[int, list[Cand]], links: Links) -> None:
    """Link the counts of a "Số còn lại …" sentence to the split total of the sentence before (see the module)."""
    for s, group in by_sent.items():
        if not _remainder().at(group[0].where.lows, 0) or s - 1 not in by_sent:
            continue
        total = _split_before(by_sent[s - 1], links)
        if total is None:
            continue
        # the items of a run of named brackets are the rest's, though no total stands before them in their sentence
        free = [p for p in group if id(p) not in links.repeats or id(p) in links.own_lists]
        parts = [p for p in free if p.part_of is None and same_kind(total, p) and p.m.value < total.m.value]
        split = list(links.splits.get(id(total), {}).items())[-1]
        parts = [p for p in parts if p.category == total.category or not p.noun]
        if parts and not sum_check(total, [*split[1], *parts]).startswith("over"):
            links.current = split[0]
            for p in parts:
                links.repeats.discard(id(p))
                links.link(total, p, "rest of the split")
