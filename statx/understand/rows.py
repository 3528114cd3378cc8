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

from statx.lexicon import fold
from statx.text import WORD
from statx.understand.actor_words import actor_words
from statx.understand.context import Cand, Lexicon, is_number_tok
from statx.understand.headings import inside_name
from statx.understand.label import join_words

__all__ = ["and_clause_labels", "block_class_labels", "bracket_share_labels", "cause_labels", "row_labels"]

# what a lead's subject gives way to: the labels a rule read from a clause's words alike in every paragraph
_WEAK = frozenset(["label:subject", "label:subject goes on", "label:class", "label:class in list", "label:parallel subject"])


@dataclass(frozen=True, slots=True)
class _Lead:
    c: Cand
    subject: str
    verb: str


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
    return _Lead(c, join_words(toks[s:k]), lows[c.q0 - 1])


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
    return [r for r in rows if len(r) >= 2 and len({a.subject for a in r}) == len({a.c.m.value for a in r}) == len(r)]


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
                if c.part_of is not None or (c.label and rule not in _WEAK and not beside):
                    before = None
                    continue
                if c.label:
                    c.rules.remove(rule)
                before, c.label = c.label, a.subject
                c.rules.append("label:row of subjects")


def bracket_share_labels(cands: list[Cand], lx: Lexicon) -> None:
    """Items of a list that each count the same noun and end with their share in a bracket: "12 đại biểu công
    tác ở các sở, ngành (chiếm 30%), 9 đại biểu Hội Nông dân, Đoàn Thanh niên (tỷ lệ 22%)". All the words
    between the noun and the bracket, commas too, tell the item apart (a leading "ở", "tại" or "là" dropped); the
    share takes them. They replace a label read from some of the same words ("công tác", "Hội Nông dân", "ở khối A")."""
    by_sent: dict[int, list[Cand]] = {}
    for c in cands:
        if c.where.of("("):
            by_sent.setdefault(c.sent, []).append(c)
    for group in by_sent.values():
        items = [found for at, c in enumerate(group) if (found := _share_item(group, at, lx)) is not None]
        if len(items) < 2 or len({c.toks[c.i1].low for c, *_ in items}) > 1:
            continue  # one item alone, or items of other nouns: no list
        for c, a, k, share in items:
            label = join_words(c.toks[a:k])
            for x in (c, share):
                if not x.label or (x.label != label and (x.label in label or label in x.label)):
                    rule = next((r for r in reversed(x.rules) if r.startswith("label:")), "")
                    if x.label and rule:
                        x.rules.remove(rule)
                    x.label = label
                    x.rules.append("label:item before its share")


def _share_item(group: list[Cand], at: int, lx: Lexicon) -> tuple[Cand, int, int, Cand] | None:
    """The item of the count group[at]: where its words after the noun start and end, and the share in the
    bracket that ends it ("… Quân đội, Công an (tỷ lệ 4%)")."""
    c = group[at]
    toks, lows = c.toks, c.where.lows
    j = c.unit_end if c.unit_end > c.i1 else c.i1 + len(c.noun)
    if c.m.percent or j <= c.i1 or at + 1 >= len(group):
        return None
    k = j
    while k < len(toks) and k - j < 24 and (toks[k].is_word or toks[k].text == "," or inside_name(toks, k)):
        if is_number_tok(toks[k]):
            return None
        k += 1
    share = group[at + 1]
    if k >= len(toks) or toks[k].text != "(" or toks[k - 1].text == "," or not share.m.percent:
        return None
    m = k + 1
    while m < share.q0 and (n := lx.beside.at(lows, m)):
        m += n
    closes = share.i1 < len(toks) and toks[share.i1].text == ")"
    a = j + (lx.at_place.at(lows, j) if lows[j] in lx.at_place.by_first else lows[j] == "là")
    return (c, a, k, share) if m == share.q0 and closes and a < k else None


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


def cause_labels(cands: list[Cand], lx: Lexicon) -> None:
    """A cause after the noun of a count of victims or incidents tells it apart from the counts of other causes:
    "31 ca cấp cứu do đuối nước, 12 ca do ngộ độc" → "đuối nước", "ngộ độc" (also after "nghi"); the cause runs up
    to a bracket, a full stop, ';', a number or a word of [labels] cause_stop ("trong 24 giờ")."""
    for c in cands:
        toks, lows = c.toks, c.where.lows
        if c.label or c.m.percent or c.i1 >= len(toks) or not lx.caused.at(lows, c.i1):
            continue
        j = c.i1
        while j < len(toks) and j - c.i1 < 8 and (toks[j].is_word or toks[j].text == ",") and not lx.causes.at(lows, j):
            if is_number_tok(toks[j]):
                break
            j += 1
        if j >= len(toks) or not (n := lx.causes.at(lows, j)):
            continue
        a = k = j + n
        while k < len(toks) and k - a < 10 and (toks[k].is_word or toks[k].text == ",") and not is_number_tok(toks[k]):
            if lx.cause_stop.at(lows, k):
                break
            k += 1
        while k > a and toks[k - 1].text == ",":
            k -= 1
        if k > a and (k == len(toks) or not is_number_tok(toks[k])):
            c.label = join_words(toks[a:k])
            c.rules.append("label:cause")
