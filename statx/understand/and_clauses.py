"""A clause after "và", "hay" or a comma that ends a labelled item, with a subject of its own before the same
verb: "A đạt 20 tỷ USD, tăng 9% và B đạt 12 tỷ USD" labels B's count by its subject. Runs
after the breakdowns (:func:`statx.understand.breakdown.breakdowns`), beside :func:`statx.understand.rows.row_labels`.
"""

from __future__ import annotations

from statx.understand.context import Cand, Lexicon, is_number_tok
from statx.understand.label import join_words

__all__ = ["and_clause_labels"]


def and_clause_labels(cands: list[Cand], lx: Lexicon) -> None:
    """A clause after "và", "hay" or a comma that ends a labelled item, with a subject of its own before the
    same verb as that item's: "đứng thứ hai là A đạt 20 tỷ USD, tăng 9% và B đạt 12 tỷ USD" gives B its own
    label (a lone clause after an unlabelled one names its actor)."""
    by_sent: dict[int, list[Cand]] = {}
    for c in cands:
        by_sent.setdefault(c.sent, []).append(c)
    for group in by_sent.values():
        for at, c in enumerate(group):
            if c.label or at == 0 or c.m.percent:
                continue
            toks, lows = c.toks, c.where.lows
            n = lx.actor_verbs.ending(lows, c.q0) if c.q0 > 1 and lows[c.q0 - 1] in lx.actor_verbs.by_last else 0
            k = c.q0 - n
            j = k
            while j > 0 and k - j < 6 and toks[j - 1].is_word and lows[j - 1] not in ("và", "hay"):
                j -= 1
            if not n or j == k or j < 2 or not (lows[j - 1] in ("và", "hay") or toks[j - 1].text == ","):
                continue
            if (not is_number_tok(toks[j - 2]) and toks[j - 2].text != "%") or lx.actor_verbs.at(lows, j):
                continue  # no count's item ends before it, or a verb opens the clause ("…, tăng 5%")
            prior = next((p for p in reversed(group[:at]) if not p.m.percent and not p.change), None)
            label = join_words(toks[j:k])
            same_verb = prior is not None and prior.q0 > 0 and lows[prior.q0 - 1] == lows[c.q0 - 1]
            if same_verb and prior is not None and prior.label and prior.label != label:
                c.label = label
                c.rules.append("label:clause alike")
