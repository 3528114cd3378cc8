"""Violations found by an inspection told before, as parts of what it inspected; actions taken among the
violations found (:func:`link_disciplined`).

"… đã kiểm tra 40 tổ chức đảng và 300 đảng viên. … Qua kiểm tra, kết luận 9 tổ chức đảng và 85
đảng viên có vi phạm": a sentence that opens with what the inspection found ("Qua kiểm tra", "Sau
khi giám sát": cues.toml ``[breakdown] found_by`` and ``[discipline] inspections``) counts, among the
violations found in its first clause (no action taken on them named before), parts of the counts of
the same nouns that an inspection verb named before, in the nearest earlier sentence that holds one
for each of them.
"""

from __future__ import annotations

from statx.understand.context import NEAR, Cand, Lexicon
from statx.understand.links import Links, same_kind

__all__ = ["link_disciplined", "link_found_by_inspection"]

_LOOK_BACK = 8  # sentences with counts, back from the one that tells what was found


def _tells_found(c: Cand, lx: Lexicon) -> bool:
    """The sentence of ``c`` opens with an inspection done, as the way what follows was found: "Qua kiểm tra, …"."""
    lows = c.where.lows
    n = lx.found_by.at(lows, 0)
    return bool(n) and lx.inspections.at(lows, n) > 0 and n < c.q0


def _inspected(c: Cand, lx: Lexicon) -> bool:
    """An inspection verb stands before ``c`` in its clause, through a list of counts joined by "và" or ","
    ("đã giám sát 40 chi bộ trực thuộc cùng 300 đảng viên"), with no other verb of discipline between."""
    lows = c.where.lows
    for k in range(c.q0 - 1, max(-1, c.q0 - 16), -1):
        if lows[k] in (".", ";", ":", "(", ")"):
            return False
        if lows[k] in lx.inspections.by_last and lx.inspections.ending(lows, k + 1):
            return not c.toks[k].capitalized or k == 0  # "Ủy ban Kiểm tra": a name, no inspection
        if lows[k] in lx.actions.by_last and lx.actions.ending(lows, k + 1):
            return False
    return False


def _first_action(lows: list[str], lx: Lexicon) -> int:
    """Where the sentence's first action of discipline ends (the index of its last word), else its length:
    read once per sentence."""
    ends = lx.actions.by_last
    return next((k for k in range(len(lows)) if lows[k] in ends and lx.actions.ending(lows, k + 1)), len(lows))


def _found(p: Cand, first_action: int) -> bool:
    """``p`` stands in the sentence's first clause, with no action of discipline before it (``first_action``: where the
    first ends): what was found, not what was done about it ("Qua kiểm tra, đã thi hành kỷ luật 9 tổ chức …; kết
    luận 5 đảng viên vi phạm")."""
    return not p.where.between(";", 0, p.q0) and first_action >= p.q0


def _totals_for(parts: list[Cand], group: list[Cand], lx: Lexicon) -> list[Cand] | None:
    """For each part, the inspected count of its noun in ``group`` it fits in; None unless every part finds one.
    The inspected counts of ``group`` are read once, by noun."""
    by_noun: dict[tuple[str, ...], list[Cand]] = {}
    nouns = {p.noun for p in parts}
    for t in group:
        if t.noun in nouns and t.part_of is None and _inspected(t, lx):
            by_noun.setdefault(t.noun, []).append(t)
    found = []
    for p in parts:
        fits = next((t for t in by_noun.get(p.noun, ()) if same_kind(t, p) and p.m.value < t.m.value), None)
        if fits is None:
            return None
        found.append(fits)
    return found


def link_found_by_inspection(by_sent: dict[int, list[Cand]], links: Links, lx: Lexicon) -> None:
    """Link the violations a "Qua kiểm tra, …" sentence counts to the counts inspected before (see the module)."""
    sents = sorted(by_sent)
    for at, s in enumerate(sents):
        group = by_sent[s]
        if not _tells_found(group[0], lx):
            continue
        first_action = _first_action(group[0].where.lows, lx)
        parts = [p for p in group if p.discipline_cue == "violation" and p.part_of is None and p.noun and _found(p, first_action)]
        if not parts:
            continue
        for b in reversed(sents[max(0, at - _LOOK_BACK) : at]):
            totals = _totals_for(parts, by_sent[b], lx)
            if totals is not None:
                for t, p in zip(totals, parts, strict=True):
                    links.new_split()
                    links.link(t, p, "found by inspection")
                break


def link_disciplined(by_sent: dict[int, list[Cand]], links: Links) -> None:
    """ "12 đảng viên có khuyết điểm, sai phạm, phải thi hành kỷ luật tám đảng viên": action within violations."""
    for group in by_sent.values():
        for k, c in enumerate(group):
            if c.discipline_cue != "violation" or links.has_parts(c):
                continue
            for p in group[k + 1 : k + 1 + NEAR]:
                if p.noun[:1] != c.noun[:1]:
                    continue
                if c.where.between(";", c.i1, p.q0):
                    break  # "… có vi phạm; phải thi hành kỷ luật …": a clause of its own
                if p.discipline_cue == "action" and p.m.value < c.m.value and p.part_of is None:
                    links.new_split()
                    links.link(c, p, "disciplined of violations")
                break
