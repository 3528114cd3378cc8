"""The last look at each label, once every label rule has run: a label names a class, not who acts nor what
they do. A label that points back at a body named before ("BV này cũng cấp cứu") names no class and is
dropped; one that runs on from a name into the clause's verb ("Khách Trung Quốc chiếm nhiều nhất là") ends
before that verb; one that is the frame of a comparison ("so với cùng kỳ", "nhiều hơn") gives way to the label its sentence's
other counts share. Runs last among the label rules (:func:`statx.understand.analyze`).
"""

from __future__ import annotations

from statx.lexicon import fold_text
from statx.understand.actor_words import actor_words
from statx.understand.context import Cand, Lexicon, in_verb_noun

__all__ = ["clean_labels"]


def clean_labels(cands: list[Cand], lx: Lexicon) -> None:
    """Drop or cut the labels that hold a demonstrative or a verb after a name (module docstring)."""
    aw = actor_words()
    for at, c in enumerate(cands):
        if not c.label:
            continue
        words = c.label.split()
        lows = [fold_text(w.lower()) for w in words]
        # "(nhiều hơn 21%)": a comparison, the "hơn" read as the qualifier
        said = [*lows, *c.where.lows[c.q0 : c.i0]]
        if lx.compared_before.at(lows, 0) or (said[0] in lx.compared.by_first and lx.compared.at(said, 0) >= len(lows)):
            _compared(cands, at)
            continue
        if any(_points_back(lows, k, lx) for k in range(1, len(lows)) if lows[k] in aw.demonstratives.by_first):
            c.label = ""  # "BV này", "đơn vị đó cũng …": the body pointed back at, no class
            c.rules.append("label:none, points back")
            continue
        cut = _verb_after_name(words, lows, lx)
        if cut:
            c.label = " ".join(words[:cut])
            c.rules.append("label:up to the verb")


def _compared(cands: list[Cand], at: int) -> None:
    """A label that is the frame of a comparison ("so với cùng kỳ giảm 3 vụ") names no class: the changes take the
    one label the other counts of their sentence share ("đường bộ xảy ra 20 vụ, …; so với cùng kỳ giảm 3 vụ"),
    else none."""
    c = cands[at]
    near = cands[max(0, at - 12) : at + 12]
    told = {p.label for p in near if p.sent == c.sent and p is not c and p.label and not p.change and p.label != c.label}
    c.label = told.pop() if len(told) == 1 else ""
    c.rules.append("label:of the counts compared" if c.label else "label:none, a comparison")


def _points_back(lows: list[str], k: int, lx: Lexicon) -> bool:
    """A demonstrative at ``k`` after a noun ("BV này"), not the end of a linking phrase ("sau đó", "trong đó")."""
    return actor_words().demonstratives.at(lows, k) > 0 and lx.intro.at(lows, k - 1) < 2


def _verb_after_name(words: list[str], lows: list[str], lx: Lexicon) -> int:
    """Where a verb of ``[actor] verbs`` stands right after a capitalised word of the label ("Khách Trung Quốc
    chiếm …"), else 0; never a form of action (``[labels]`` forms such as "khiển trách")."""
    for k in range(1, len(words)):
        if (
            words[k - 1][:1].isupper()
            and not words[k][:1].isupper()  # "Bãi Mới": a capitalised word goes on with the name
            and lows[k] in lx.actor_verbs.by_first
            and lx.actor_verbs.at(lows, k)
            and not lx.actions.at(lows, k)
            and not (lows[k] in lx.verb_noun_words and in_verb_noun(lows, k, 0, lx))  # not "Tổng thu …"
        ):
            return k
    return 0
