"""Blocks of the same measures for one class after another: "diện tích lúa 600 ha, năng suất dự kiến 60 tạ/ha;
ngô 100 ha, năng suất dự kiến 45 tạ/ha": the class that opens each block labels its measures. Runs
after the breakdowns (:func:`statx.understand.breakdown.breakdowns`), beside :func:`statx.understand.rows.row_labels`.
"""

from __future__ import annotations

from statx.lexicon import fold
from statx.text import WORD
from statx.understand.actor_words import actor_words
from statx.understand.context import Cand, Lexicon, is_number_tok
from statx.understand.label import join_words

__all__ = ["block_class_labels"]


def _measure_words(label: str, lx: Lexicon) -> tuple[int, int]:
    """How many of the label's words, from its start, name a measure and how it was made ("năng suất dự
    kiến", "diện tích gieo trồng" of "diện tích gieo trồng lúa"), and how many words it has."""
    words = [fold(w.lower()) for w in WORD.findall(label)]
    metrics = actor_words().metrics
    k = 0
    while k < len(words):
        n = lx.measure_heads.at(words, k) or metrics.at(words, k) or lx.measure_hedges.at(words, k)
        if not n:
            break
        k += n
    return k, len(words)


def _block_head(c: Cand, lx: Lexicon) -> tuple[str, bool]:
    """The words right before a count with no label, at the sentence's start or after a ',', ';' or ':' ("; ngô 100 ha",
    ", sản lượng 9 tấn"), with no verb or number among them, and whether a ';' or ':' stands before them."""
    toks, lows = c.toks, c.where.lows
    j = c.q0
    while j > 0 and c.q0 - j < 6 and toks[j - 1].is_word and not is_number_tok(toks[j - 1]):
        j -= 1
    if j == c.q0 or (j > 0 and toks[j - 1].text not in (";", ":", ",")):
        return "", False
    words = join_words(toks[j : c.q0])
    k, n = _measure_words(words, lx)
    if k < n and any(lx.actor_verbs.at(lows, m) or lx.no_class_verbs.at(lows, m) for m in range(j, c.q0)):
        return "", False  # a verb: a clause of its own, no block's class ("năng suất dự kiến" is a measure)
    return words, j == 0 or toks[j - 1].text != ","


def block_class_labels(cands: list[Cand], lx: Lexicon) -> None:
    """Blocks of the same measures for one class after another: "diện tích lúa 600 ha, năng suất dự kiến 60
    tạ/ha; ngô 100 ha, năng suất dự kiến 45 tạ/ha". Words that only name a measure and how it was made
    ("năng suất dự kiến", "sản lượng"), a label or the words before a count, tell no count apart: the class
    of the block it stands in labels it, the class being what opens the block after a ';' or ':' ("ngô")
    or a label before it in the sentence; words that open with a measure before its class give the class
    alone ("diện tích gieo trồng lúa" → "lúa"). A total ("tổng sản lượng") takes no class."""
    by_sent: dict[int, list[Cand]] = {}
    for c in cands:
        by_sent.setdefault(c.sent, []).append(c)
    for group in by_sent.values():
        leads = [(c.label, True) if c.label else _block_head(c, lx) for c in group]
        if not any(_measure_only(lead, c, lx) for c, (lead, _) in zip(group, leads, strict=True)):
            continue
        cls = ""
        for c, (lead, opens) in zip(group, leads, strict=True):
            if not lead or _total(lead, c):
                continue
            k, n = _measure_words(lead, lx)
            if k == n and cls:
                _relabel(c, cls)
            elif k < n and (k or opens):
                cls = lead[list(WORD.finditer(lead))[k].start() :] if k else lead
                if not c.label or lx.measure_heads.at([fold(w.lower()) for w in WORD.findall(lead)], 0):
                    _relabel(c, cls)


def _relabel(c: Cand, label: str) -> None:
    if c.label != label:
        c.label = label
        c.rules.append("label:class of its block")


def _total(lead: str, c: Cand) -> bool:
    return lead.lower().startswith("tổng") or "breakdown:total" in c.rules


def _measure_only(lead: str, c: Cand, lx: Lexicon) -> bool:
    k, n = _measure_words(lead, lx)
    return 0 < k == n and not _total(lead, c)
