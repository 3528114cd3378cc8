"""Things listed one after another in a sentence, told apart by what each counts: abbreviations that differ
("87 HCV, 81 HCB và 110 HCĐ"), nouns of their own ("106 ô tô, 18.487 mô tô và 689 phương tiện khác"), the things
measured after one unit ("1.200 ha lúa; 350 ha hoa màu") and the words that close people's clauses ("850 người
điều trị khỏi; 12 bệnh nhân tử vong"). Called by :func:`statx.understand.siblings.list_labels`.
"""

from __future__ import annotations

from statx.lexicon import fold_text
from statx.understand.context import Cand, lexicon, phrase
from statx.understand.headings import right_after

__all__ = ["unit_labels"]


def unit_labels(group: list[Cand]) -> None:
    """ "87 HCV, 81 HCB và 110 HCĐ": counts listed one after another whose units are abbreviations that differ
    are told apart by their units (also inside a bracket named for whose they are: "A (91 HCV, 111 HCB)")."""
    counts = [c for c in group if not c.m.percent]
    _things_listed(counts)
    _measures_listed(counts)
    _object_tails(counts)
    if sum(1 for c in counts if c.unit[:1].isupper()) < 2:
        return  # the common case: no two units in capitals
    runs: list[list[Cand]] = []
    for c in counts:
        if not _abbreviation(c.unit):
            runs.append([])
            continue
        last = runs[-1][-1] if runs and runs[-1] else None
        if last is not None and right_after(last, c.q0):
            runs[-1].append(c)
        else:
            runs.append([c])
    for run in runs:
        if len(run) >= 2 and len({c.unit for c in run}) == len(run):
            for c in run:
                if not c.label or "label:name before bracket" in c.rules:
                    if c.label:
                        c.rules.remove("label:name before bracket")
                    c.label = c.unit
                    c.rules.append("label:unit")


def _things_listed(counts: list[Cand]) -> None:
    """ "tạm giữ 106 ô tô, 18.487 mô tô và 689 phương tiện khác": things of no other kind listed one right after
    another, each counted by a noun of its own, are told apart by what each counts."""
    run: list[Cand] = []
    for c in [*counts, None]:
        thing = c is not None and c.category == "other" and "unit:noun" in c.rules and not c.label
        if thing and c is not None and run and _listed_after(run[-1], c):
            run.append(c)
            continue
        if len(run) >= 2 and len({phrase(p.unit) for p in run}) == len(run):
            for p in run:
                p.label = p.obj if phrase(p.obj)[: len(phrase(p.unit))] == phrase(p.unit) else p.unit
                p.rules.append("label:thing listed")
        run = [c] if thing and c is not None else []


def _measures_listed(counts: list[Cand]) -> None:
    """ "1.200 ha lúa bị ngập; 350 ha hoa màu bị hư hại": measures of one unit listed in a sentence, each with the
    thing it measures right after its unit, are told apart by those things when they differ."""
    run: list[Cand] = []
    for c in [*counts, None]:
        item = c is not None and "unit:measure" in c.rules and not c.label and _measured_after(c)
        if item and c is not None and run and c.sent == run[-1].sent and c.unit == run[-1].unit:
            run.append(c)
            continue
        if len(run) >= 2 and len({fold_text(p.obj.lower()) for p in run}) == len(run):
            for p in run:
                p.label = p.obj
                p.rules.append("label:thing measured")
        run = [c] if item and c is not None else []


def _measured_after(c: Cand) -> bool:
    """The count's object is a word or two right after its unit, in lower case, ending its item or its clause's
    subject ("ha lúa", "ha cây ăn quả bị hư hại"): what the measure is of."""
    obj = phrase(c.obj)
    end = c.unit_end + len(obj)
    if not 1 <= len(obj) <= 4 or tuple(c.where.lows[c.unit_end : end]) != obj or c.toks[c.unit_end].capitalized:
        return False
    return end == len(c.toks) or not c.toks[end].is_word or f"{c.where.lows[end]} " in lexicon().passive_first


def _object_end(c: Cand) -> int | None:
    """Where the count's object ends when it opens with its unit right after the number ("3 lô hàng"), else None."""
    unit, obj = phrase(c.unit), phrase(c.obj)
    end = c.i1 + len(obj)
    return end if unit and obj[: len(unit)] == unit and tuple(c.where.lows[c.i1 : end]) == obj else None


def _listed_after(p: Cand, c: Cand) -> bool:
    """``c`` follows ``p``'s object with only a comma or "và" between: "3 lô hàng, 5 container và 7 kiện hàng"."""
    end = _object_end(p) or p.unit_end
    between = [t.low for t in c.toks[end : c.q0]]
    return c.sent == p.sent and len(between) <= 2 and all(w in (",", "và") for w in between)


def _object_tails(counts: list[Cand]) -> None:
    """ "850 người điều trị khỏi; 12 bệnh nhân tử vong", "2.000 người tiêm mũi 1; 1.900 người tiêm đủ mũi": counts
    of people in one sentence whose objects go on past their units in words that differ are told apart by those
    words (a leading "bị" or "được" left out)."""
    tails: list[tuple[Cand, str]] = []
    for c in counts:
        end, unit = _object_end(c), phrase(c.unit)
        if c.category != "people" or end is None or not 1 <= end - c.i1 - len(unit) <= 6:
            continue
        if end < len(c.toks) and c.toks[end].text not in ",;.:)" and c.toks[end].low != "và":
            continue  # the object must close its clause: not "5 em nhanh trí bám được vào phao"
        words = c.obj.split()[len(unit) :]
        words = words[1:] if f"{words[0]} " in lexicon().passive_first and len(words) > 1 else words
        tails.append((c, " ".join(words)))
    if len(tails) >= 2 and len({fold_text(t.lower()) for _, t in tails}) == len(tails):
        for c, tail in tails:
            if not c.label:
                c.label = tail
                c.rules.append("label:object tail")


def _abbreviation(unit: str) -> bool:
    """A unit written as an abbreviation in capitals: "HCV", "HCĐ"."""
    return 2 <= len(unit) <= 6 and unit.isupper() and unit.isalpha()
