"""Labels that the layout of a text shows: a name and a colon heading each line or paragraph of a
list ("Sợi bông: xuất khẩu đạt …", "Quân đội: 80 cán bộ."), a name ranked ("Bắc Lâm dẫn đầu với 12
dự án", "đứng thứ hai là Nam Lâm với …"), the counts of one colon item ("Bắc Lâm: 120 ha, 61 tạ/ha,
732 tấn; …"), classes of one unit listed one after another ("lúa 50 tấn, ngô 12 tấn"), sentences
framed alike ("Ở môn X, …") and a sentence of changes that goes on with the subject before it.
Called by :func:`statx.understand.siblings.list_labels`.
"""

from __future__ import annotations

from collections.abc import Sequence

from statx.lexicon import fold_text
from statx.lexicon.dictionary import words as dictionary_words
from statx.understand.context import Cand, Lexicon, Tok, in_verb_noun, is_number_tok, phrase
from statx.understand.label import ITEM_MARKS, join_words

__all__ = [
    "a_change",
    "changes_go_on",
    "classes_of_one_unit",
    "colon_item_labels",
    "frame_labels",
    "heading_labels",
    "inside_name",
    "is_open",
    "rank_labels",
    "relabel",
    "unit_labels",
    "verb_clause_labels",
]


def _heading(group: list[Cand], lx: Lexicon) -> str:
    """The name a sentence opens with before a colon: "Sợi bông: xuất khẩu đạt 9 tỷ USD …" and "Quân đội:
    80 cán bộ." give "Sợi bông", "Quân đội"; nothing when the name opens a split ("Cụ thể: …")."""
    toks, lows = group[0].toks, group[0].where.lows
    b = 1 if toks and toks[0].text in lx.bullets else 0  # "- Bắc Lâm: 30 hộ;"
    m = b
    while m < len(toks) and m < b + 6 and toks[m].is_word and not is_number_tok(toks[m]):
        m += 1
    if not b < m < b + 6 or m + 1 >= len(toks) or toks[m].text != ":":
        return ""
    if lx.openers.at(lows, b) or lx.list_intro.at(lows, b):
        return ""  # "Cụ thể: …", "Hình thức: …" open a list, no heading
    return join_words(toks[b:m])


def heading_labels(by_sent: dict[int, list[Cand]], lx: Lexicon, text: str) -> None:
    """Sentences alike that each open with a name and a colon ("Sợi bông: xuất khẩu đạt …; Đồ gỗ: kim
    ngạch đạt …"): the name is the label of the counts of its sentence and of the sentences after it in
    its paragraph; one such sentence alone is no list."""
    heads = {s: h for s, group in by_sent.items() if group[0].where.of(":") and (h := _heading(group, lx))}
    for s, h in heads.items():
        if not any(t != s and abs(t - s) <= 4 for t in heads):
            continue
        end = text.find("\n", by_sent[s][0].toks[0].start) if text else -1
        for t in range(s, s + 4):
            if t not in by_sent or (t > s and (t in heads or end < 0 or by_sent[t][0].toks[0].start > end)):
                break  # the paragraph ends (or the text is not known)
            for c in by_sent[t]:
                if not c.label:
                    c.label = h
                    c.rules.append("label:heading")


def rank_labels(group: list[Cand], lx: Lexicon) -> None:
    """A name ranked, and its counts after "với" up to the next ';' or '.': "Bắc Lâm dẫn đầu với 12 dự án,
    vốn 3 tỷ USD; đứng thứ hai là Nam Lâm với 9 dự án" (the name after "là", else before the ranking words).
    The name replaces what a clause's subject or class said ("tổng vốn là 3 tỷ USD")."""
    if not group[0].where.has(lx.ranks):
        return
    toks, lows = group[0].toks, group[0].where.lows
    for j in group[0].where.starts(lx.ranks):
        e = j + lx.ranks.at(lows, j)
        while e < len(toks) and e < j + 6 and (toks[e].is_digit or lows[e] in _ORDINALS):
            e += 1  # "đứng thứ 2", "đứng vị trí thứ ba"
        name = _ranked_after(toks, lows, e) if e < len(toks) and lows[e] == "là" else _ranked_before(toks, lows, j)
        if name is None:
            continue
        at, a, b = name
        end = next((k for k in range(at, len(toks)) if toks[k].text in (";", ".")), len(toks))
        for c in group:
            if at <= c.q0 < end and (not c.label or c.rules[-1] in _WEAK_LABELS):
                if c.label:
                    c.rules.pop()
                c.label = join_words(toks[a:b])
                c.rules.append("label:ranked")


_ORDINALS = frozenset(["thứ", "nhất", "nhì", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"])
_WEAK_LABELS = frozenset(["label:subject", "label:subject goes on", "label:class in list", "label:class", "label:beside"])


def _ranked_after(toks: Sequence[Tok], lows: list[str], e: int) -> tuple[int, int, int] | None:
    """ "đứng thứ hai là Nam Lâm với 9 dự án": the name after "là" (toks[e]) up to "với"; where its
    counts start, and the name's span."""
    k = e + 1
    while k < len(toks) and k < e + 10 and lows[k] != "với" and (toks[k].is_word or inside_name(toks, k)):
        k += 1
    return (k, e + 1, k) if k < len(toks) and lows[k] == "với" and k > e + 1 else None


def _ranked_before(toks: Sequence[Tok], lows: list[str], j: int) -> tuple[int, int, int] | None:
    """ "Bắc Lâm dẫn đầu với 12 dự án", "lĩnh vực B đứng thứ 2 với …": the name before the ranking words
    (a comma may stand between), from the clause's start; its counts follow "với"."""
    e = j
    while e < len(toks) and e < j + 8 and lows[e] != "với" and toks[e].text not in (";", "."):
        e += 1
    if e == len(toks) or lows[e] != "với":
        return None
    k = j - (j > 0 and toks[j - 1].text == ",")
    i = k
    while i > 0 and k - i < 8 and (toks[i - 1].is_word or inside_name(toks, i - 1)) and lows[i - 1] not in ("thì", "là"):
        i -= 1
    opened = i == 0 or toks[i - 1].text in ITEM_MARKS or lows[i - 1] in ("thì", "là")
    return (e, i, k) if k > i and opened else None


def colon_item_labels(group: list[Cand]) -> None:
    """ "Bắc Lâm: 689 ha, 54 tạ/ha (100%), 3.755 tấn; Nam Lâm: …": the counts after the first of a colon
    item, up to its ';', are of the same name."""
    named: Cand | None = None
    for c in group:
        if "label:colon" in c.rules:
            named = c
            continue
        if named is None or c.label:
            named = None if c.label else named
            continue
        if any(t.text in (";", ":", ".") for t in c.toks[named.i1 : c.q0]):
            named = None
            continue
        c.label = named.label
        c.rules.append("label:colon item")


def inside_name(toks: Sequence[Tok], k: int) -> bool:
    """toks[k] is a dot or dash between capitalised words ("TP.Bắc Lâm", "Bà Rịa - Vũng Tàu"), or a dash
    between two words of one kind ("xuất - nhập khẩu")."""
    if not (toks[k].text in ".-–" and 0 < k < len(toks) - 1 and toks[k - 1].is_word and toks[k + 1].is_word):
        return False
    a, b = toks[k - 1], toks[k + 1]
    return (a.capitalized and b.capitalized) or (toks[k].text != "." and not a.capitalized and not b.capitalized)


def classes_of_one_unit(group: list[Cand], classes: list[tuple[Cand, int, int]], lx: Lexicon) -> None:
    """ "thu hoạch lúa 50 tấn, ngô 12 tấn, sắn 8 tấn": classes that differ, each right after the mark that ends
    the item before (its count, or a share or change beside it), counting one unit, name their counts; the
    first item's class is its own, else the words before its count back to a mark, or as many as the longest
    of the others."""
    by_unit: dict[tuple[str, ...], list[tuple[Cand, int, int]]] = {}
    for c, j, k in classes:
        lows = c.where.lows
        verb = _has_verb(lows, j, k, lx)
        if c.unit and not c.m.percent and k == c.q0 and not verb:  # "ngô 12 tấn", not "A đạt 40", "ước đạt 2 tỷ"
            by_unit.setdefault(phrase(c.unit), []).append((c, j, k))
    for alike in by_unit.values():
        _one_unit(group, alike, lx)


def _one_unit(group: list[Cand], classes: list[tuple[Cand, int, int]], lx: Lexicon) -> None:
    index = {id(c): at for at, c in enumerate(group)}
    run = [(c, j, k) for c, j, k in classes if index[id(c)] > 0 and _right_after(group[index[id(c)] - 1], j)]
    if not run:
        return
    before = [c for c in group[: index[id(run[0][0])]] if not c.m.percent]
    first = before[-1] if before else None
    own = next(((c, j, k) for c, j, k in classes if first is not None and c is first), None)
    if own is not None:
        run.insert(0, own)
    texts = {join_words(c.toks[j:k]).lower() for c, j, k in run}
    # the first item's class guessed from the words before it only in a list of three items or more
    fallback = own is None and first is not None and not first.label and phrase(first.unit) == phrase(run[0][0].unit)
    fallback = fallback and first is not None and (len(run) >= 2 or _after_mark(first))
    if len(run) + fallback < 2 or len(texts) < len(run):
        return
    if fallback and first is not None:
        _first_class(first, max(k - j for _, j, k in run), lx)
    for c, j, k in run:
        c.label = join_words(c.toks[j:k])
        c.rules.append("label:class in list")


def _has_verb(lows: list[str], j: int, k: int, lx: Lexicon) -> bool:
    """A verb stands in lows[j:k], not inside a noun that holds one ("rừng sản xuất"): "ước đạt", "cá tra thu về"."""
    return any(lx.actor_verbs.at(lows, m) and not in_verb_noun(lows, m, j, lx) for m in range(j, k))


def _after_mark(first: Cand) -> bool:
    """A list mark (':', ',', ';', '(') stands within four words before the count: "Giá bình quân: Chè 9 USD/kg"."""
    toks, a = first.toks, first.q0
    while a > 0 and first.q0 - a < 4 and toks[a - 1].kind == "w" and not is_number_tok(toks[a - 1]):
        a -= 1
    return a < first.q0 and a > 0 and toks[a - 1].text in ITEM_MARKS


def _first_class(first: Cand, longest: int, lx: Lexicon) -> None:
    """The class of the first item of a list of classes: the words before its count back to a mark, else as
    many as ``longest``, never half a word (Viet74K)."""
    toks, a = first.toks, first.q0
    stops = ("và", "đó", "có", "gồm", "là")  # the words that open a list: "trong đó vốn A 9 tỷ đồng, vốn B …"
    while a > 0 and first.q0 - a < 6 and toks[a - 1].kind == "w" and not is_number_tok(toks[a - 1]):
        if toks[a - 1].low in stops:
            break
        a -= 1
    if a == 0 or (toks[a - 1].kind == "w" and toks[a - 1].low not in stops):  # no mark: as long as the others
        a = first.q0 - min(first.q0 - a, longest)
        while a < first.q0 and fold_text(f"{toks[a - 1].low} {toks[a].low}") in dictionary_words():
            a += 1  # "thu hoạch khoai 900 tấn": no half of a word
    if a < first.q0 and not _has_verb(first.where.lows, a, first.q0, lx):
        first.label = join_words(toks[a : first.q0])
        first.rules.append("label:class in list")


def _right_after(p: Cand, j: int) -> bool:
    """A class at toks[j] opens the item right after the count ``p`` and its unit: "lúa 50 tấn, ngô 12 tấn"."""
    end = max(p.i1, p.unit_end)
    marks = [t.low for t in p.toks[end:j]]
    if marks[:1] == [")"]:
        marks = marks[1:]  # "… (tăng 4%); Gạo 2 tỷ USD": past the bracket of the item before
    return marks in ([","], [";"], ["và"], [",", "và"])


def a_change(c: Cand, lx: Lexicon) -> bool:
    """The count follows a word of change: "giảm 14 vụ", "tăng thêm 3 người"."""
    lows = c.where.lows
    return c.q0 > 0 and lows[c.q0 - 1] in lx.changes.by_last and lx.changes.ending(lows, c.q0) > 0


def changes_go_on(group: list[Cand], before: list[Cand]) -> None:
    """A sentence of changes only, after a sentence whose counts one subject names, speaks of that subject:
    "Đường sắt xảy ra 62 vụ, làm chết 5 người. So với cùng kỳ giảm 14 vụ, giảm 2 người chết" (the changes
    are of "Đường sắt")."""
    counts = [c for c in before if not c.m.percent]
    labels = {c.label for c in counts}
    if not counts or len(labels) != 1 or not all(c.rules and c.rules[-1].startswith("label:subject") for c in counts):
        return
    for c in group:
        if not c.label and not c.m.percent:
            c.label = counts[0].label
            c.rules.append("label:changes go on")


def frame_labels(by_sent: dict[int, list[Cand]], lx: Lexicon) -> None:
    """ "Ở môn bơi, đoàn giành 5 huy chương … Môn cờ vua, đoàn giành 3 huy chương": sentences framed
    alike (a class word and its name, then a comma) name the first count of each."""
    frames: list[tuple[int, str, str]] = []  # sentence, class word, frame
    for s, group in by_sent.items():
        toks, lows = group[0].toks, group[0].where.lows
        if not group[0].where.has(lx.class_heads):
            continue
        j = 0
        while j < len(toks) and (n := lx.openers.at(lows, j) or lx.list_intro.at(lows, j)):
            j += n + (j + n < len(toks) and lows[j + n] == ",")  # "Cụ thể, …"
        j += lx.frame_openers.at(lows, j)
        head = lx.class_heads.at(lows, j)
        if not head:
            continue
        k = j + head
        while k < len(toks) and k - j < 8 and toks[k].is_word:
            k += 1
        if k < len(toks) and lows[k] == "," and k > j + head and k < group[0].q0:
            frames.append((s, lows[j], join_words(toks[j:k])))
    for s, head_word, frame in frames:
        alike = [f for t, w, f in frames if w == head_word and t != s and abs(t - s) <= 3 and f != frame]
        first = by_sent[s][0]
        if alike and is_open(first):
            relabel(first, frame, "label:frame")


def is_open(c: Cand) -> bool:
    """No label yet, or only a generic action before the count ("thi hành kỷ luật 5 đảng viên"),
    which a list's own labels replace."""
    return not c.label or "label:word before" in c.rules


def relabel(c: Cand, label: str, rule: str) -> None:
    if c.label:
        c.rules.remove("label:word before")
    c.label = label
    c.rules.append(rule)


def unit_labels(group: list[Cand]) -> None:
    """ "87 HCV, 81 HCB và 110 HCĐ": counts listed one after another whose units are abbreviations that differ
    are told apart by their units (also inside a bracket named for whose they are: "A (91 HCV, 111 HCB)")."""
    counts = [c for c in group if not c.m.percent]
    if sum(1 for c in counts if c.unit[:1].isupper()) < 2:
        return  # the common case: no two units in capitals
    runs: list[list[Cand]] = []
    for c in counts:
        if not _abbreviation(c.unit):
            runs.append([])
            continue
        last = runs[-1][-1] if runs and runs[-1] else None
        if last is not None and _right_after(last, c.q0):
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


def _abbreviation(unit: str) -> bool:
    """A unit written as an abbreviation in capitals: "HCV", "HCĐ"."""
    return 2 <= len(unit) <= 6 and unit.isupper() and unit.isalpha()


def verb_clause_labels(group: list[Cand], lx: Lexicon) -> None:
    """Clauses of a sentence set apart by ';', each a verb and its counts joined by "và" or ',' ("kiểm tra 39
    chi bộ và 105 đảng viên; giám sát 37 tổ chức và 135 đảng viên"): two verbs or more that differ tell the
    counts of their clauses apart."""
    semis = group[0].where.of(";")
    if not semis:
        return
    toks, lows = group[0].toks, group[0].where.lows
    clauses: list[tuple[str, list[Cand]]] = []
    for c in group:
        start = max((k for k in semis if k < c.q0), default=-1)
        if clauses and clauses[-1][1][0].q0 > start:
            last = clauses[-1][1][-1]
            between = lows[max(last.i1, last.unit_end) : c.q0]
            if "và" in between and not any(lx.actor_verbs.at(lows, k) for k in range(c.q0 - len(between), c.q0)):
                clauses[-1][1].append(c)  # "kiểm tra 39 chi bộ và 105 đảng viên": a count joined to the first
            continue
        n = lx.actor_verbs.ending(lows, c.q0) if c.q0 > 0 and lows[c.q0 - 1] in lx.actor_verbs.by_last else 0
        verb = " ".join(lows[c.q0 - n : c.q0]) if n else ""
        if not verb or lows[c.q0 - 1] in lx.copulas or lows[c.q0 - 1] in _NO_CLASS_VERBS:
            verb = ""
        clauses.append((verb, [c]))
    named = [(verb, counts) for verb, counts in clauses if verb]
    if len(named) < 2 or len({verb for verb, _ in named}) < 2:
        return
    for verb, counts in named:
        for c in counts:
            if not c.label and not c.m.percent:
                c.label = join_words(toks[c.q0 - len(verb.split()) : c.q0]) if c is counts[0] else counts[0].label
                c.rules.append("label:verb of clause")


# verbs that tell no class apart: "có", "được", "bị", changes ("tăng", "giảm")
_NO_CLASS_VERBS = frozenset(["có", "được", "bị", "đã", "tăng", "giảm", "còn", "thêm", "là", "đạt", "chiếm"])
