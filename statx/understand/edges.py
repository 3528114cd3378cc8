"""The edges of an object and a label made whole, once every rule has written them.

Whatever rule read them, an object and a label begin and end where words do: a name glued to a dash, a slash or
digits stays whole ("mắc Covid-19", "cúm A/H1N1", "H5N1", never "mắc Covid"); a label cut inside a word of two
syllables is given the whole word ("động nữ" of "lao động nữ" → "lao động nữ") or, when that whole word is the
noun it counts, dropped ("động" of "8 lao động và 6 lao công"); a leading "bị" or "được" is no part of a
label ("bị khiển trách" → "khiển trách"), unless it makes one word with what follows ("bị thương"); and a label
named before its count holds no word after which a list's item begins ("gồm cán bộ 40, công nhân 60" → "cán bộ"),
unless that word makes one with the next ("còn lại"). After its count such a word is the predicate's verb ("12
lao động có việc làm").
"""

from __future__ import annotations

import re

from statx.lexicon import fold
from statx.lexicon.dictionary import one_word
from statx.lexicon.dictionary import words as dictionary_words
from statx.understand.context import Cand, lexicon

__all__ = ["whole_edges"]

# what a name glued to the end of a word carries on with: "-19", "/H1N1", "5N1" (some digit in it)
_GLUED = re.compile(r"(?:[-/]?[^\W_]*\d[^\W_]*)+(?:[-/][^\W_]+)*")


def whole_edges(cands: list[Cand], text: str) -> None:
    """Each candidate's object and label with their edges at whole words and names."""
    mentions = [(c.m.start, c.m.end) for c in cands]
    for c in cands:
        if c.obj and (obj := _glued(c, c.obj, text, mentions)) != c.obj:
            c.obj = obj
            c.rules.append("object:whole name")
        if c.label:
            label = _whole_words(c, _glued(c, c.label, text, mentions), text)
            if label != c.label:
                c.label = label
                c.rules.append("label:whole words" if label else "label:half word")
            if (bare := _without_passive(label)) != label:
                c.label = bare
                c.rules.append("label:without bị/được")
            if c.label and (bare := _without_opener(c, c.label, text)) != c.label:
                c.label = bare
                c.rules.append("label:without list opener")


def _span(c: Cand, phrase: str, text: str) -> tuple[int, int] | None:
    """Where ``phrase`` stands in the candidate's sentence, the occurrence nearest its number."""
    s0, s1 = c.toks[0].start, c.toks[-1].end
    best: tuple[int, int] | None = None
    at = text.find(phrase, s0, s1)
    while at >= 0:
        if best is None or abs(at - c.m.start) < abs(best[0] - c.m.start):
            best = (at, at + len(phrase))
        at = text.find(phrase, at + 1, s1)
    return best


def _glued(c: Cand, phrase: str, text: str, mentions: list[tuple[int, int]]) -> str:
    """``phrase`` with the rest of a name glued to its last word ("mắc Covid" of "mắc Covid-19")."""
    if not phrase[-1].isalnum() or not (span := _span(c, phrase, text)):
        return phrase
    end = span[1]
    m = _GLUED.match(text, end)
    if not m or m.end() == end or (m.end() < len(text) and text[m.end()].isalnum()):
        return phrase
    if any(end <= a < m.end() for a, _ in mentions):
        return phrase  # a number that is a fact of its own
    return phrase + text[end : m.end()]


def _whole_words(c: Cand, label: str, text: str) -> str:
    """``label`` begun and ended at word boundaries: a syllable before or after it that makes one word of the
    dictionary with its first or last, where that one with its neighbour inside the label makes none, joins it;
    a label so grown that opens with the noun its count counts is no label."""
    known = dictionary_words()
    span = _span(c, label, text)
    if not known or span is None:
        return label
    a, b = span
    inner = label.split()
    before = re.search(r"([^\W\d_]+) $", text[max(0, a - 12) : a])
    # a name's syllable ("Lạng Sơn") is no half of a common word ("sơn tăng")
    if (
        before
        and before.group(1).islower()
        and inner[0].islower()
        and one_word(before.group(1), inner[0])
        and not (len(inner) > 1 and one_word(*inner[:2]))
    ):
        a -= len(before.group(0))
    after = re.match(r" ([^\W\d_]+)(?![^\W_])", text[b : b + 12])
    if (
        after
        and after.group(1).islower()
        and after.group(1) not in lexicon().copulas  # "cao nhất" + "là" is no word "nhất là": the verb after the label
        and inner[-1].islower()
        and one_word(inner[-1], after.group(1))
        and not (len(inner) > 1 and one_word(*inner[-2:]))
    ):
        b += len(after.group(0))
    if (a, b) == span:
        return label
    grown = text[a:b]
    nouns = [n for n in (c.obj, c.unit) if n]
    if any(grown == n or grown.startswith(f"{n} ") for n in nouns):
        return ""
    return grown


def _without_passive(label: str) -> str:
    """``label`` without a leading "bị" or "được", unless that makes one word with the next ("bị thương")."""
    if not label.startswith(lexicon().passive_first):
        return label
    first, _, rest = label.partition(" ")
    if rest and one_word(first, rest.split(" ", 1)[0]):
        return label
    return rest


def _without_opener(c: Cand, label: str, text: str) -> str:
    """``label``, named before its count, without a leading word after which a list's item begins (cues.toml
    [labels] item_openers: "gồm", "bao gồm", "trong đó", "là", …), unless it makes one word with the next ("còn lại")."""
    span = _span(c, label, text)
    if span is None or span[1] > c.m.start:
        return label
    words = label.split(" ")
    n = lexicon().item_openers.at([fold(w.lower()) for w in words], 0)
    if not n or n >= len(words) or one_word(words[n - 1], words[n]):
        return label
    return " ".join(words[n:])
