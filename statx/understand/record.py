"""The answers written down: one :class:`~statx.facts.Fact` per candidate, with its period and its sentence."""

from __future__ import annotations

from datetime import date

from statx.facts import Fact
from statx.numbers import to_plain
from statx.understand.context import Cand
from statx.understand.period import period_dates, reference_date

__all__ = ["record"]


_SENTENCE_MAX = 600


def _sentence_text(text: str, s0: int, s1: int, start: int, end: int, cache: dict[int, str]) -> str:
    """The sentence with its white space folded; a very long one is cut to a window around the number."""
    if s1 - s0 <= _SENTENCE_MAX:
        if s0 not in cache:
            cache[s0] = " ".join(text[s0:s1].split())
        return cache[s0]
    half = _SENTENCE_MAX // 2
    a, b = max(s0, start - half), min(s1, end + half)
    return ("…" if a > s0 else "") + " ".join(text[a:b].split()) + ("…" if b < s1 else "")


def record(
    cands: list[Cand],
    periods: list[str],
    text: str,
    sents: list[tuple[int, int]],
    doc: str,
    published: str,
    reference: date | None = None,
) -> list[Fact]:
    """The facts of a document's candidates, in order, each with its period (``periods``, one a candidate)
    and the dates it names, counted from ``published`` when the article has a date, else from ``reference``."""
    facts = []
    sent_text: dict[int, str] = {}
    dates = period_dates(periods, reference_date(published, reference))
    for c, period, (first, last) in zip(cands, periods, dates, strict=True):
        s0, s1 = sents[c.sent] if sents else (0, len(text))
        m = c.m
        facts.append(
            Fact(  # by position, in column order (keyword arguments cost a frozen record a third more)
                doc,
                m.start,
                m.end,
                m.text,  # mention
                to_plain(m.value),  # value
                m.qualifier,
                None if m.value_max is None else to_plain(m.value_max),  # value_max
                c.unit,
                c.obj,  # object
                c.category,
                c.label,
                c.part_of,
                c.actor,
                period,
                first,  # period_start
                last,  # period_end
                published,
                _sentence_text(text, s0, s1, m.start, m.end, sent_text),  # sentence
                ";".join(dict.fromkeys(c.rules)),  # rules
                c.check,
            )
        )
    return facts
