"""What tells a part apart from its siblings, read from a sentence's counts together.

The shapes that are labels only beside siblings: names or classes before the
counts of a list ("Bắc Kạn 30 ha, Lạng Sơn 11 ha", "cấp tỉnh 4 nhóm, cấp huyện
27 nhóm"; a place of the gazetteer stands alone), what follows a shared noun
("12 huy chương vàng, 3 huy chương bạc"), where each part is ("tại xã …"), kinds
of violation ("vi phạm …", "do …"), the subjects of clauses after "trong đó" or
"như" and of clauses alike before the same verb, sentences framed alike ("Ở môn
X, …"), and a form shared along "và". :func:`list_labels` runs after every
count's own words have been read (:func:`statx.understand.label.read_label`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from statx.lexicon import fold_text
from statx.lexicon.places import place_names
from statx.understand import tails
from statx.understand.context import Cand, Lexicon, Tok, bracket_around, in_verb_noun, is_number_tok
from statx.understand.headings import (
    a_change,
    changes_go_on,
    classes_of_one_unit,
    colon_item_labels,
    frame_labels,
    heading_labels,
    joins,
    measure_labels,
    semicolon_classes,
    shared_form,
    toward_labels,
    verb_clause_labels,
    verbless_class,
)
from statx.understand.headings import is_open as _open
from statx.understand.headings import relabel as _relabel
from statx.understand.label import ITEM_MARKS, item_end, join_words, name_start, part_label, place_list_end, same_case_noun
from statx.understand.listed import unit_labels
from statx.understand.owners import change_subject_labels, gapped_owner_labels, of_owner_labels, respectively_labels
from statx.understand.ranks import rank_labels, superlative_labels
from statx.understand.subject_span import Span, subject_span, verb_at
from statx.understand.tails import (
    bracket_class_labels,
    bracket_noun_labels,
    paragraph_tails,
    ratio_labels,
    tail_labels,
    words_to_mark,
)

__all__ = ["list_labels"]


def _kind_labels(group: list[Cand], lx: Lexicon) -> None:
    """Kinds of violation that tell a sentence's counts apart: "vi phạm quy chế (5 trường hợp),
    3 trường hợp vi phạm đạo đức, lối sống"; one count alone with a kind is no list."""
    if not group[0].where.has(lx.violation):
        return
    found = [(c, kind) for c in group if _open(c) and (kind := _kind_after(c, lx) or _kind_before_bracket(c, lx))]
    if len(found) >= 2:
        for c, kind in found:
            _relabel(c, kind, "label:violation")


def _kind_before_bracket(c: Cand, lx: Lexicon) -> str:
    """ "do vi phạm quy chế làm việc (15 trường hợp)": the kind before the bracket the count opens."""
    toks, lows = c.toks, c.where.lows
    j = c.q0 - 1
    if j < 2 or toks[j].text != "(":
        return ""
    for k in range(j - 1, max(j - 14, 0), -1):
        if not toks[k].is_word and toks[k].text not in ",-–":
            return ""
        n = lx.violation.ending(lows, k)
        if n and not lx.not_kind.at(lows, k):
            return join_words(toks[k:j])
    return ""


def _kind_after(c: Cand, lx: Lexicon) -> str:
    """The kind of violation named after a count: "3 trường hợp vi phạm quy chế làm việc",
    "2 trường hợp vi phạm chức trách, nhiệm vụ được giao" (a comma goes on until the next count)."""
    toks, lows = c.toks, c.where.lows
    j = c.unit_end if c.unit_end > c.i1 else c.i1 + len(c.noun)
    if j == c.i1 or j >= len(toks):
        return ""
    n = lx.violation.at(lows, j)
    if not n or lx.not_kind.at(lows, j + n) or j + n >= len(toks) or not toks[j + n].is_word:
        return ""
    k = j + n
    while k < len(toks) and k < j + n + 14:
        t = toks[k]
        if t.text == "," and k + 1 < len(toks) and toks[k + 1].is_word and not is_number_tok(toks[k + 1]):
            nxt = _item_end_at(toks, k + 1)
            if nxt < len(toks) and is_number_tok(toks[nxt]):
                break  # ", 5 trường hợp …": the next item
            k += 1
            continue
        if not t.is_word or t.low in lx.form_stop or (is_number_tok(t) and lx.unit_or_noun.at(lows, k + 1)):
            break  # a count spelled out ends it, not "tư" in "tư tưởng"
        if t.low == "có" and k == j + n:
            return ""  # "trong số 700 trường hợp vi phạm có 140 …": the kinds follow, none named here
        k += 1
    return join_words(toks[j + n : k]) if k > j + n else ""


def _item_end_at(toks: Sequence[Tok], k: int) -> int:
    while k < len(toks) and toks[k].is_word and not is_number_tok(toks[k]):
        k += 1
    return k


def list_labels(cands: list[Cand], lx: Lexicon, text: str = "") -> None:
    """Labels that only a sentence's list shows: names before counts, words after a shared noun,
    the place of each part, a form shared along "và"."""
    by_sent: dict[int, list[Cand]] = {}
    for c in cands:
        by_sent.setdefault(c.sent, []).append(c)
    spans = {id(c): subject_span(c, lx) for c in cands}  # found once: both subject rules read them
    verbs: set[tuple[str, str]] = set()  # the verbs and first words of the subjects that labelled the sentence before
    before: list[Cand] = []
    for group in by_sent.values():
        first = group[0]
        changes = (first.m.percent or a_change(first, lx)) and all(c.m.percent or a_change(c, lx) for c in group)
        keys = _subject_labels(group, verbs, spans, lx)
        change_subject_labels(group, spans, lx, _named)
        verbs = keys if keys or not changes else verbs  # a sentence of changes between keeps the subjects' verbs
        if changes:
            changes_go_on(group, before, lx)
        _opened_part_labels(group, lx, before)
        before = group
        _name_labels(group, lx)  # a place of the gazetteer is a label alone
        if len(group) >= 2:
            gapped_owner_labels(group, spans, lx, _named)
            of_owner_labels(group, lx)
            _shared_prefix(group)
            toward_labels(group)
            _kind_labels(group, lx)
            _after_noun_labels(group, lx)
            shared_form(group, lx)
            colon_item_labels(group)
            unit_labels(group)
            verb_clause_labels(group, lx)
            tail_labels(group, lx)
            ratio_labels(group, lx)
            tails.item_labels(group, lx)
            bracket_noun_labels(group)
            bracket_class_labels(group, lx)
        rank_labels(group, lx)
        respectively_labels(group, lx)
    _parallel_subjects(cands, spans)
    for group in by_sent.values():
        measure_labels(group, lx)
        superlative_labels(group)
    frame_labels(by_sent, lx)
    paragraph_tails(by_sent, lx, text)
    heading_labels(by_sent, lx, text)


def _split_by_subject(c: Cand, span: tuple[int, int, str], subjects: dict[str, set[str]]) -> bool:
    """Two subjects or more before the same verb in the sentence split its counts by who acted (a verb
    of action: "Tỉnh ủy đạt 40 điểm, huyện ủy đạt 32 điểm" compares, not splits)."""
    return len(subjects[span[2]]) >= 2


def _semi_after(c: Cand) -> bool:
    """A ';' follows the count's clause before the next mark of another kind: "A đạt 2 tỷ USD; B …"."""
    for t in c.toks[c.i1 : c.i1 + 24]:
        if t.text in (";", ".", ":"):
            return t.text == ";"
    return False


def _opens_split(lows: list[str], lx: Lexicon) -> bool:
    """The sentence opens with "Trong đó", "Cụ thể" or the like."""
    return bool(lx.openers.at(lows, 0))


def _dated(toks: Sequence[Tok]) -> bool:
    """A date is no subject: "(năm 2017 đạt 93%)"."""
    return len(toks) > 1 and toks[0].low in ("năm", "tháng", "quý", "ngày") and all(t.kind == "d" for t in toks[1:])


def _shared_prefix(group: list[Cand]) -> None:
    """ "người khám bệnh A: 40, người khám bệnh B: 25": items before colons that open with the same
    words are told apart by the rest."""
    items = [c for c in group if "label:colon" in c.rules]
    if len(items) < 2:
        return
    words = [c.label.split() for c in items]
    common = 0
    while all(len(w) > common + 1 and w[common].lower() == words[0][common].lower() for w in words):
        common += 1
    # "Sở A Quảng Bắc: 30 ca; Sở A Quảng Nam: 25 ca": a name the items share the first syllables of is not cut
    while common and all(w[common - 1][:1].isupper() and w[common][:1].isupper() for w in words):
        common -= 1
    if common:
        for c, w in zip(items, words, strict=True):
            c.label = " ".join(w[common:])


def _name_labels(group: list[Cand], lx: Lexicon) -> None:
    """ "Bắc Lâm 30 ha, Nam Lâm 11 ha", "cấp tỉnh 12 nhóm, cấp huyện 156 nhóm": a name or class right
    before each count of a list. A name stands alone when the gazetteer knows it as a place; a class
    of lower-case words when a sibling starts with the same word."""
    names: list[tuple[Cand, int, int, bool]] = []
    classes: list[tuple[Cand, int, int]] = []
    for c in group:
        if c.label:
            continue
        lows = c.where.lows
        end = c.q0 - (lx.name_links.ending(lows, c.q0) if c.q0 and lows[c.q0 - 1] in lx.name_links.by_last else 0)
        found = name_start(c, end, lx) if end > 0 and (c.toks[end - 1].capitalized or c.toks[end - 1].is_digit) else None
        if found:
            names.append((c, found[0], end, found[1]))
            continue
        if len(group) < 2:
            continue  # a class needs a sibling
        span = _class_span(c, lx)
        if span is not None:
            classes.append((c, *span))
    # siblings named as the subjects of their clauses count too: "của Bắc Lâm đạt 3 triệu, của Nam Lâm là 2 triệu"
    named = len(names) + sum(1 for c in group if "label:subject" in c.rules and c.label[:1].isupper())
    for c, j, k, place in names:
        if (place and k == c.q0) or named >= 2:  # "Hải Phòng có 1.240 ca" alone: its actor, not a label
            c.label = join_words(c.toks[j:k])
            c.rules.append("label:place" if place else "label:name in list")
    firsts = [c.toks[j].low for c, j, _ in classes]
    for (c, j, k), first in zip(classes, firsts, strict=True):
        alike = {join_words(d.toks[x:y]).lower() for (d, x, y), f in zip(classes, firsts, strict=True) if f == first}
        if len(alike) >= 2:  # siblings that start alike and differ: "cấp tỉnh 4, cấp huyện 27", not "công an 9, công an 91"
            c.label = join_words(c.toks[j:k])
            c.rules.append("label:class in list")
    classes_of_one_unit(group, [(c, j, k) for c, j, k in classes if not c.label], lx)
    semicolon_classes([(c, j, k) for c, j, k in classes if not c.label])


def _class_span(c: Cand, lx: Lexicon) -> tuple[int, int] | None:
    """A class of one to six lower-case words before the count, after a list item's mark, and before
    a copula if one stands there: "…, cấp huyện 156 nhóm", "; cấp xã đạt 80%"."""
    toks, lows = c.toks, c.where.lows
    k = c.q0
    if k < 1 or toks[k - 1].kind != "w":
        return None  # no word right before the count
    openers = lx.item_openers.by_last
    if lows[k - 1] in lx.copulas or lows[k - 1] == "có":
        k -= max(1, lx.actor_verbs.ending(lows, k))  # "đạt", and the verb it ends: "ước đạt", "ước tính đạt"
    elif lows[k - 1] in lx.actor_verbs.by_last and (n := lx.actor_verbs.ending(lows, k)):
        k -= 0 if in_verb_noun(lows, k - 1, max(0, k - 4), lx) else n  # "cấp xã xảy ra 5 vụ"
    if k < 1 or (lows[k - 1] in openers and lx.item_openers.ending(lows, k)):
        return None  # "…, trong đó 340 …": no class
    j = k
    if j > 1 and toks[j - 1].is_digit and len(toks[j - 1].text) <= 2 and toks[j - 2].kind == "w" and lows[k] in lx.copulas:
        j -= 1  # "mũi 1 là 73 triệu liều, mũi 2 là 54 triệu liều": a class numbered, before its copula
    while j > 0 and k - j < 7 and toks[j - 1].kind == "w":
        if j < k and lows[j - 1] in openers and lx.item_openers.ending(lows, j):
            break
        j -= 1
    if j == k or k - j > 6 or (j == 0 and k - j > 4):  # "…, cố ý gây thương tích 45 vụ": six words after a mark
        return None
    before = toks[j - 1] if j > 0 else None
    if before is not None and not (before.text in ITEM_MARKS or lx.item_openers.ending(lows, j)):
        return None
    if (k - j < 2 and verb_at(lows, j, lx)) or lows[j] in lx.each.by_first:
        return None  # "…, tăng 5 vụ": a change, not a class ("thu nội địa 9 tỷ đồng" is one); "(mỗi suất 3 triệu)": for each
    return j, k


def _after_noun_labels(group: list[Cand], lx: Lexicon) -> None:
    """Counts listed one after another that share their noun: what follows the noun tells them apart
    ("7 huy chương vàng, 9 huy chương bạc", "50 ca trong khu phong tỏa và 25 ca cộng đồng"), or where
    each is ("2 hộ tại xã Bắc Lâm, 3 hộ tại xã Nam Lâm")."""
    ends: dict[int, int] = {}
    # a share in a bracket or after a comma beside an item is no item: "18 đại biểu nữ (21%), 7 đại biểu …"
    group = [c for c in group if not (c.m.percent and c.q0 > 0 and _share_beside(c, lx))]
    if len(group) < 2:
        return
    runs: list[list[Cand]] = [[group[0]]]
    for p, c in itertools.pairwise(group):
        between: list[str] = []
        if c.q0 - p.i1 <= 18 and p.toks[c.q0 - 1].low in _LIST_MARKS:  # a short item, then "," "và" …
            end = ends[id(p)] = item_end(p, lx)
            after = _past_aside(p.toks, end, c.q0, lx)  # "18 đại biểu nữ (21%), 7 đại biểu …": past the share
            between = [t.low for t in p.toks[after : c.q0]] if c.q0 - after <= 2 and end - p.i1 <= 12 else []
            if not between and p.toks[c.q0 - 1].low != ";" and words_to_mark(p, c):
                # "1.900 trường hợp vượt đèn đỏ, 800 trường hợp đi sai làn, …": the item's words run to the mark
                ends[id(p)] = c.q0 - 1
                between = [p.toks[c.q0 - 1].low]
        if between in ([","], [";"], ["và"], [",", "và"], ["hoặc"]):
            runs[-1].append(c)
        else:
            runs.append([c])
    for run in runs:
        if len(run) < 2:
            continue
        for c in run:
            if id(c) not in ends:  # the last item: no list mark after it
                ends[id(c)] = item_end(c, lx)
        _place_labels(run, ends, lx)
        by_first: dict[str, list[Cand]] = {}
        for c in run:
            if c.i1 < ends[id(c)]:
                by_first.setdefault(c.toks[c.i1].low, []).append(c)
        for same in by_first.values():
            if len(same) >= 2:
                tails.noun_rest_labels(same, ends, lx)
        tails.rest_of_labelled_run(run, ends)


_LIST_MARKS = frozenset([",", ";", "và", "hoặc"])


def _share_beside(c: Cand, lx: Lexicon) -> bool:
    """A share in a bracket, or after a comma and a word like "chiếm": "(21%)", ", chiếm 75%"."""
    if bracket_around(c.where, c.q0) is not None:
        return True
    lows = c.where.lows
    n = lx.beside.ending(lows, c.q0)
    return n > 0 and c.q0 - n > 0 and c.toks[c.q0 - n - 1].text == ","


def _past_aside(toks: Sequence[Tok], end: int, stop: int, lx: Lexicon) -> int:
    """Past a bracket that opens at toks[end] and closes before toks[stop] (a share or a note beside
    an item), or past a share after a comma (", chiếm 75%"), else ``end``."""
    if end < stop and toks[end].text == ",":
        lows = [t.low for t in toks[end + 1 : stop]]
        k = 0
        while k < len(lows) and (n := lx.beside.at(lows, k)):
            k += n
        if k > 0 and k + 2 <= len(lows) and toks[end + 1 + k].is_digit and lows[k + 1] == "%":
            return end + 1 + k + 2
    if end >= stop or toks[end].text != "(":
        return end
    for k in range(end + 1, min(stop, end + 10)):
        if toks[k].text == ")":
            return k + 1
        if toks[k].text in "(;":
            break
    return end


def _opened_part_labels(group: list[Cand], lx: Lexicon, before: Sequence[Cand] = ()) -> None:
    """ "… 75 ca mắc mới, trong đó có 20 ca cộng đồng": a part opened by "trong đó" that counts its
    total's noun; what follows the noun tells it from the total. A sentence that opens with "Trong đó"
    goes on the sentence before it ("… đón 90.000 lượt khách. Trong đó có 8.000 lượt khách quốc tế")."""
    if not group[0].where.has(lx.openers) and not group[0].where.of(":"):
        return
    for at, c in enumerate(group):
        lows = c.where.lows
        k = c.q0 - (c.q0 > 0 and lows[c.q0 - 1] in ("có", ","))
        colon = at > 0 and k > 0 and lows[k - 1] == ":" and group[at - 1].unit_end == k - 1  # "2 huy chương: 1 …"
        n = (lx.openers.ending(lows, k) or colon) if not c.label else 0
        if not n:
            continue
        pool = group[:at]
        if at == 0:  # the sentence's first count: its total is in the sentence before, when the opener opens this one
            opens = k - n == 0 or (k - n == 1 and not c.toks[0].is_word)
            pool = [p for p in before if p.sent == c.sent - 1] if opens else []
            if opens and not any(same_case_noun(p, c, lx) for p in pool) and (tail := tails.class_tail(c, lx)):
                c.label = tail  # "… Trong đó, 41 ca ngoại tỉnh được phát hiện ở …": its total told further back
                c.rules.append("label:after noun")  # (the words after the noun, which a list's rules may read again)
                continue
        end = item_end(c, lx)
        if end == c.i1 or not pool:
            continue  # no noun after the count
        for p in reversed(pool):
            if p.i1 >= len(p.toks) or p.m.value <= c.m.value or not same_case_noun(p, c, lx):
                continue
            head, p_head = (max(x.unit_end - x.i1, len(x.noun), 1) for x in (c, p))
            end = next((m for m in range(c.i1 + head, end) if lx.openers.at(lows, m)), end)  # "15 tổ chức gồm 6 …"
            mine, its = lows[c.i1 + head : end], lows[p.i1 + p_head : item_end(p, lx)]
            if mine and all(lx.label_skip.at(mine, m) for m in range(len(mine))):
                part_label(c, lx)  # "700 hộ đã nhận tiền": past "đã", the predicate
                break
            if len(mine) == 1 and f"{mine[0]} " in lx.passive_first:  # "40 ca được phát hiện tại …": past the passive,
                end = _clause_end(c.toks, c.i1 + head + 1, lx)  # its verb and what follows it up to a mark
                head, mine = head + 1, lows[c.i1 + head + 1 : end]
            cause = lx.causes.at(mine, 0) if mine else 0  # "trong đó 11 người do lốc xoáy": the cause is the class
            if mine and mine != its and len(mine) - cause <= 6:
                end = place_list_end(c.toks, end) if c.toks[end - 1].capitalized else end  # "ở A, B"
                c.label = join_words(c.toks[c.i1 + head + (cause if cause < len(mine) else 0) : end])
                c.rules.append("label:after noun")
            break


def _clause_end(toks: Sequence[Tok], k: int, lx: Lexicon) -> int:
    """The token after the words from toks[k] up to a mark, "và" or "hoặc", seven words at most."""
    end = k
    while end < len(toks) and end - k < 7 and toks[end].is_word and toks[end].low not in lx.joins:
        end += 1
    return end


def _place_labels(run: list[Cand], ends: dict[int, int], lx: Lexicon) -> None:
    found: list[tuple[Cand, int, int]] = []
    at_place, toward = lx.at_place.by_first, lx.toward.by_first  # a set test before each look-up
    for c in run:
        lows, end = c.where.lows, ends[id(c)]
        for j in range(c.i1, min(end, c.i1 + 4)):
            # "… vào công nghiệp", "… cho y tế"
            n = (lows[j] in at_place and lx.at_place.at(lows, j)) or (lows[j] in toward and lx.toward.at(lows, j))
            if n and j + n < end:
                found.append((c, j + n, end))
                break
    if len(found) >= 2 and len({join_words(c.toks[a:b]) for c, a, b in found}) >= 2:
        for c, a, b in found:
            # a subject in lower case the items share ("hư hại là 300 ha tại A và 100 ha tại B") tells them not apart
            if not c.label or (c.rules[-1] == "label:subject" and c.label.islower()):
                c.label = join_words(c.toks[a:b])
                c.rules.append("label:place after")


def _subject_labels(group: list[Cand], verbs: set[tuple[str, str]], spans: dict[int, Span], lx: Lexicon) -> set[tuple[str, str]]:
    """ "Trong đó, riêng đường bộ xảy ra 120 vụ, làm chết 40 người; đường sắt xảy ra 9 vụ": after "trong đó"
    the subject of each clause tells its counts apart, and so does a subject before the same verb
    later in the sentence, or in the next one when it starts with the same word ("Đường thủy xảy ra…").
    A clause with no subject of its own ("…, làm chết 40 người") goes on with the label of the count
    before it. Returns the (verb, first word) of the subjects that labelled."""
    used: set[str] = set()
    keys: set[tuple[str, str]] = set()
    last: Cand | None = None
    by_subject: set[int] = set()  # the counts labelled here
    # a verb after two subjects or more of the sentence: a split by who acted
    # ("Ban A thi hành kỷ luật 1, chi bộ thi hành kỷ luật 9")
    subjects: dict[str, set[str]] = {}
    for c in group:
        if (found := spans[id(c)]) is not None:
            subjects.setdefault(found[2], set()).add(" ".join(c.where.lows[found[0] : found[1]]))
    for c in group:
        if not _open(c):
            last = c
            continue
        span = spans[id(c)]
        if span is not None:
            j, k, verb = span
            lows = c.where.lows
            at = j - (lows[j - 1] == ",") if j >= 1 else 0
            opened = j >= 1 and (lx.openers.ending(lows, at) > 0 or lx.list_intro.ending(lows, at) > 0)
            # the same verb after two subjects or more: a split by who acted, or, with a copula, clauses
            # of a list set apart by ';' ("A đạt 2 tỷ USD; B đạt 1 tỷ USD"), not a comparison
            semi = j >= 1 and lows[j - 1] == ";"
            split = _split_by_subject(c, span, subjects) and (span[2] not in lx.copulas or semi or _semi_after(c))
            # after "Trong đó" the clauses of the sentence set apart by ';' name its parts
            opened = opened or (semi and _opens_split(lows, lx))
            scope = lows[j] in ("toàn", "cả") and k - j <= 3  # "toàn tỉnh thu hút 26 dự án": the actor, no part
            if (opened or verb in used or (verb, lows[j]) in verbs or split) and not _dated(c.toks[j:k]) and not scope:
                if split and "của" in lows[j : k - 1] and c.toks[(of := j + lows[j:k].index("của")) + 1].capitalized:
                    j = of + 1  # "số fan của Bắc Lâm đạt 3 triệu": whose
                _relabel(c, _named(c, j, k), "label:subject")
                used.add(verb)
                keys.add((verb, lows[j]))
                last = c
                by_subject.add(id(c))
                continue
        if last is not None and id(last) in by_subject and (at := verbless_class(last, c, lx)) >= 0:
            _relabel(c, join_words(c.toks[at : c.q0]), "label:subject")  # "…; A xảy ra 9 vụ và B 2 vụ"
            last = c
            by_subject.add(id(c))
            continue
        if last is not None and id(last) in by_subject and (_goes_on(last, c, lx) or joins(last, c, lx, False)):
            c.label = last.label
            c.rules.append("label:subject goes on")
            last = c
            by_subject.add(id(c))
    return keys


def _parallel_subjects(cands: list[Cand], spans: dict[int, Span]) -> None:
    """Clauses alike in the same or the next sentence: subjects with the same first word (or names, in
    one sentence) before the same verb name parts ("Giai đoạn I là 900 tỷ đồng. Giai đoạn II là 700
    tỷ đồng", "vốn trung ương là …; vốn địa phương là …", "Bắc Kạn có 30 nhà, Lạng Sơn có 12 nhà")."""
    # a subject labelled in its own sentence is a sibling too: "A là 9 tỷ đồng, gồm … B là 5 tỷ đồng; C là …"
    found = [(c, span) for c in cands if (_open(c) or "label:subject" in c.rules) and (span := spans[id(c)]) is not None]
    texts = [_named(c, j, k) for c, (j, k, _) in found]
    folded = [fold_text(t.lower()) for t in texts]  # "Khánh Hoà" and "Khánh Hòa" are one subject
    for at, (a, (j, k, verb)) in enumerate(found):
        first = a.where.lows[j]
        for at2 in range(at + 1, min(len(found), at + 8)):
            b, (j2, k2, verb2) = found[at2]
            if b.sent - a.sent > 1:
                break
            if verb2 != verb or folded[at] == folded[at2] or a.m.value == b.m.value:
                continue  # another verb, the same subject, or a headline repeated
            if b.where.lows[j2] == first or (b.sent == a.sent and _a_name(a.toks[j:k]) and _a_name(b.toks[j2:k2])):
                for c, label in ((a, texts[at]), (b, texts[at2])):
                    if _open(c):
                        _relabel(c, label, "label:parallel subject")


def _a_name(toks: Sequence[Tok]) -> bool:
    """A place of the gazetteer, or a short run of capitalised words: "Bắc Kạn", "TP.HCM"."""
    return join_words(toks) in place_names() or (len(toks) <= 4 and all(t.capitalized or t.text in ".-" for t in toks))


def _named(c: Cand, j: int, k: int) -> str:
    """The words of a subject toks[j:k] that name a part: after its last "là" ("đứng thứ hai là Bắc Lâm
    đạt …", "hai khoản lớn nhất là thu nội địa đạt …"), or after "có" of a frame "Về …"."""
    lows = c.where.lows
    if "là" in lows[j : k - 1]:
        j = k - lows[j:k][::-1].index("là")
    elif lows[j] in ("về", "đối với") and "có" in lows[j : k - 1]:
        j = k - lows[j:k][::-1].index("có")  # "Về cây công nghiệp có sản lượng lạc đạt …": a frame, then the subject
    return join_words(c.toks[j:k])


def _goes_on(last: Cand, c: Cand, lx: Lexicon) -> bool:
    """``c`` stands in a clause with no subject right after ``last``'s: "…120 vụ, làm chết 40 người"."""
    toks = c.toks
    if c.sent != last.sent or c.q0 <= last.i1:
        return False
    between = toks[last.i1 : c.q0]
    comma = max((k for k, t in enumerate(between) if t.text == ","), default=None)
    if comma is None or any(t.text in ";:(" for t in between):
        return False
    clause = between[comma + 1 :]
    if not 1 <= len(clause) <= 4 or not all(t.is_word and not t.capitalized for t in clause):
        return False
    lows = [t.low for t in clause]
    return bool(lx.goes_on.at(lows, 0) or lx.actor_verbs.at(lows, 0))
