"""Labels of sentences or paragraphs in a row that each open with a subject and the same verb before a
count of the same unit: "Bắc Lâm đón 9.000 lượt khách (tăng 5%); tổng thu đạt 12 tỷ đồng. / Nam Lâm đón
7.000 lượt khách (…); tổng thu đạt 9 tỷ đồng." The subjects differ from one lead to the next and tell
the counts apart: each is the label of its lead's count and of the counts after it in its paragraph
that are no part of a total there (the parts keep their own labels: "khách quốc tế đạt 3.000 lượt").
One such sentence alone names its actor, not a label. Runs after the breakdowns, which say what a
part is (:func:`statx.understand.breakdown.breakdowns`), and after the shares and changes beside a
part take its label (:func:`statx.understand.label.beside_labels`): those beside a count relabelled here go with it.
"""

from __future__ import annotations

from dataclasses import dataclass

from statx.lexicon import fold_text
from statx.understand.context import Cand, Lexicon, is_number_tok
from statx.understand.headings import inside_name
from statx.understand.label import join_words

__all__ = ["row_labels"]

# what a lead's subject gives way to: the labels a rule read from a clause's words alike in every paragraph
_WEAK = frozenset(["label:subject", "label:subject goes on", "label:class", "label:class in list", "label:parallel subject"])


@dataclass(frozen=True, slots=True)
class _Lead:
    c: Cand
    subject: str
    verb: str
    tells_nothing: bool  # the verb tells no class ("xảy ra", "có"): the subject does


def _lead(group: list[Cand], lx: Lexicon) -> _Lead | None:
    """The sentence opens with a subject (after an opener like "Theo đó") and a verb right before its
    first count: "Bắc Lâm đón 9.000 lượt khách …"."""
    c = group[0]
    toks, lows = c.toks, c.where.lows
    n = lx.actor_verbs.ending(lows, c.q0) if c.q0 > 1 and lows[c.q0 - 1] in lx.actor_verbs.by_last else 0
    if not n:
        return None
    k = c.q0 - n
    s = lx.row_openers.at(lows, 0)
    s += s > 0 and s < k and toks[s].text == ","
    if not 1 <= k - s <= 8 or lows[s] in lx.row_time_words or lx.actor_verbs.at(lows, s):
        return None  # "Trong tháng 5 đón …", "Tăng 5%": no subject
    if not all((t.is_word and not is_number_tok(t)) or inside_name(toks, m) for m, t in enumerate(toks[s:k], s)):
        return None
    while k - s > 1 and lows[k - 1] in lx.verb_openers:
        k -= 1  # "Bắc Lâm đã đón …": the subject without "đã"
    return _Lead(c, join_words(toks[s:k]), lows[c.q0 - 1], lx.no_class_verbs.at(lows, c.q0 - n) == n)


def _rows(leads: list[_Lead]) -> list[list[_Lead]]:
    """Leads in sentences close to each other (three apart at most) with the same verb and unit."""
    rows: list[list[_Lead]] = []
    for a in leads:
        row = rows[-1] if rows else None
        if row is not None and a.c.sent - row[-1].c.sent <= 3 and a.verb == row[-1].verb and _same_unit(row, a):
            row.append(a)
        else:
            rows.append([a])
    # subjects that differ, and counts that differ (a headline repeated in the lead is no row)
    # "Khánh Hoà" and "Khánh Hòa" are one subject, however the tone is placed
    return [
        r
        for r in rows
        if len(r) >= 2 and len({fold_text(a.subject.lower()) for a in r}) == len({a.c.m.value for a in r}) == len(r)
    ]


def _same_unit(row: list[_Lead], a: _Lead) -> bool:
    """A count with no unit ("đón 730.000 (tăng 9%)") goes with a row of any; else the units agree."""
    units = {b.c.unit for b in row if b.c.unit}
    return not a.c.unit or not units or a.c.unit in units


def row_labels(cands: list[Cand], lx: Lexicon, text: str) -> None:
    """Each lead's subject labels its count and its paragraph's counts up to the next lead, but for parts
    of a total, counts a rule of their own has labelled, and shares or changes beside those (see the
    module's doc)."""
    by_sent: dict[int, list[Cand]] = {}
    for c in cands:
        by_sent.setdefault(c.sent, []).append(c)
    leads = [a for group in by_sent.values() if (a := _lead(group, lx)) is not None]
    for row in _rows(leads):
        for at, a in enumerate(row):
            stop = row[at + 1].c.sent if at + 1 < len(row) else a.c.sent + 4
            end = text.find("\n", a.c.toks[0].start)
            end = len(text) if end < 0 else end
            before: str | None = None  # the label of the count before as it was, when this rule relabelled it
            for c in (c for s in range(a.c.sent, stop) for c in by_sent.get(s, [])):
                if c.m.start >= end:
                    break
                rule = next((r for r in reversed(c.rules) if r.startswith("label:")), "")
                beside = rule == "label:beside" and c.label == before
                # "A xảy ra 66 vụ, làm chết 48 người": after a lead verb that tells no class, a clause of the lead's
                # sentence with no subject of its own is A's (not "A kiểm tra 6 chi bộ, giám sát 4 chi bộ")
                goes_on = rule == "label:verb of clause" and c.sent == a.c.sent and a.tells_nothing
                if c.part_of is not None or (c.label and rule not in _WEAK and not beside and not goes_on):
                    before = None
                    continue
                if c.label:
                    c.rules.remove(rule)
                before, c.label = c.label, a.subject
                c.rules.append("label:row of subjects")
