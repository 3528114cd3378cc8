"""Labels that the layout of a text shows: a name and a colon heading each line or paragraph of a
list ("Sợi bông: xuất khẩu đạt …", "Quân đội: 80 cán bộ."), the counts of one colon item ("Bắc Lâm: 120 ha, 61 tạ/ha,
732 tấn; …"), classes of one unit listed one after another ("lúa 50 tấn, ngô 12 tấn"), sentences
framed alike ("Ở môn X, …"), a sentence of changes that goes on with the subject before it, clauses told apart
by their verbs ("kiểm tra 9 chi bộ, giám sát 5 chi bộ"), classes set apart by ';' ("nữ 25%; tái cử 30%") and a
bare measure that goes on with the class of the one before it ("Diện tích ngô đạt …, sản lượng đạt …").
Called by :func:`statx.understand.siblings.list_labels`.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from functools import cache

from statx.lexicon import fold_text, load
from statx.lexicon.dictionary import words as dictionary_words
from statx.understand.actor_words import actor_words
from statx.understand.context import Cand, Lexicon, Tok, in_verb_noun, is_number_tok, phrase
from statx.understand.label import ITEM_MARKS, join_words

__all__ = [
    "a_change",
    "before_duration",
    "changes_go_on",
    "classes_of_one_unit",
    "colon_item_labels",
    "frame_labels",
    "heading_labels",
    "inside_name",
    "is_open",
    "joins",
    "measure_labels",
    "quarters",
    "relabel",
    "right_after",
    "semicolon_classes",
    "shared_form",
    "toward_labels",
    "verb_clause_labels",
    "verbless_class",
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


def names_a_turn(lows: Sequence[str], a: int, k: int, lx: Lexicon) -> bool:
    """The words lows[a:k] are a time or a turn of the story, no kind of anything: "sau đó", "đầu tháng", "riêng"."""
    return lx.subject_openers.at(lows, a) == k - a or lx.time_openers.at(lows, a) > 0


def classes_of_one_unit(group: list[Cand], classes: list[tuple[Cand, int, int]], lx: Lexicon) -> None:
    """ "thu hoạch lúa 50 tấn, ngô 12 tấn, sắn 8 tấn": classes that differ, each right after the mark that ends
    the item before (its count, or a share or change beside it), counting one unit, name their counts; the
    first item's class is its own, else the words before its count back to a mark, or as many as the longest
    of the others."""
    by_unit: dict[tuple[str, ...], list[tuple[Cand, int, int]]] = {}
    for c, j, k in classes:
        lows = c.where.lows
        # "ngô 12 tấn", "…, cố ý gây thương tích 45 vụ" (a kind named by what was done); not "A đạt 40", "ước đạt 2 tỷ"
        if c.unit and not c.m.percent and k == c.q0 and (not _has_verb(lows, j, k, lx) or _kind_by_act(lows, j, k, lx)):
            by_unit.setdefault(phrase(c.unit), []).append((c, j, k))
    for alike in by_unit.values():
        _one_unit(group, alike, lx)


def _one_unit(group: list[Cand], classes: list[tuple[Cand, int, int]], lx: Lexicon) -> None:
    index = {id(c): at for at, c in enumerate(group)}
    run = [(c, j, k) for c, j, k in classes if index[id(c)] > 0 and right_after(group[index[id(c)] - 1], j)]
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


def _kind_by_act(lows: list[str], j: int, k: int, lx: Lexicon) -> bool:
    """An item after a list's mark named by what was done, no verb right before its count (or its particle): "…, cố ý
    gây thương tích 45 vụ" (not "…, cá ngừ thu về 2 tỷ USD")."""
    listed = j > 0 and (lows[j - 1] in (",", ";", "và") or lx.list_intro.ending(lows, j) > 0)
    return listed and not any((n := lx.actor_verbs.at(lows, m)) and m + n >= k - 1 for m in range(j, k))  # "thu về"


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
    stops = _first_class_stops()  # the words that open a list: "trong đó vốn A 9 tỷ đồng, vốn B …"
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


@cache
def _first_class_stops() -> frozenset[str]:
    """The words that end, looking back, the class of a list's first item (cues.toml [labels])."""
    return frozenset(load("cues")["labels"]["first_class_stops"])


def right_after(p: Cand, j: int) -> bool:
    """A class at toks[j] opens the item right after the count ``p`` and its unit: "lúa 50 tấn, ngô 12 tấn"."""
    end = max(p.i1, p.unit_end)
    marks = [t.low for t in p.toks[end:j]]
    if marks[:1] == [")"]:
        marks = marks[1:]  # "… (tăng 4%); Gạo 2 tỷ USD": past the bracket of the item before
    if marks[:1] == ["so"] and len(marks) <= 8 and marks[-1] in (",", ";"):
        marks = marks[-1:]  # "… tăng 1,3% so cùng kỳ; khoai 79 tạ/ha": past the frame of the change before
    return marks in ([","], [";"], ["và"], [",", "và"])


def a_change(c: Cand, lx: Lexicon) -> bool:
    """The count follows a word of change: "giảm 14 vụ", "tăng thêm 3 người"."""
    lows = c.where.lows
    return c.q0 > 0 and lows[c.q0 - 1] in lx.changes.by_last and lx.changes.ending(lows, c.q0) > 0


def changes_go_on(group: list[Cand], before: list[Cand], lx: Lexicon) -> None:
    """A sentence of changes only, after a sentence whose counts one label names, speaks of that part:
    "Đường sắt xảy ra 62 vụ, làm chết 5 người. So với cùng kỳ giảm 14 vụ, giảm 2 người chết" (the changes
    are of "Đường sắt")."""
    counts = [c for c in before if not c.m.percent]
    labels = {c.label for c in counts}
    if not counts or len(labels) != 1 or not counts[0].label:
        return  # the sentence before names one part: "… 900 lượt khách quốc tế. Con số này tăng 12%" too
    for c in group:
        if not c.label and (not c.m.percent or a_change(c, lx)):  # "tăng 12%" is a change, "chiếm 40%" a share
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
        openers, intros = lx.openers.by_first, lx.list_intro.by_first  # a set test before each look-up
        while j < len(toks) and (
            n := (lows[j] in openers and lx.openers.at(lows, j)) or (lows[j] in intros and lx.list_intro.at(lows, j))
        ):
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
    """Give ``c`` the label of ``rule`` in place of the one it had, whose rule goes (the generic action before it,
    else the last label rule)."""
    if c.label:
        old = (
            "label:word before"
            if "label:word before" in c.rules
            else next((r for r in reversed(c.rules) if r.startswith("label:")), None)
        )
        if old is not None:
            c.rules.remove(old)
    c.label = label
    c.rules.append(rule)


def verb_clause_labels(group: list[Cand], lx: Lexicon) -> None:
    """Clauses of a sentence, each a verb and its counts joined by "và" or ',' ("kiểm tra 39 chi bộ và 105 đảng viên;
    giám sát 37 tổ chức và 135 đảng viên", "đã kiểm tra đối với 12 tổ chức, 30 đảng viên, giám sát 8 tổ chức",
    "điều chỉnh vốn cho 9 dự án; thu hồi 4 dự án"): two verbs or more that differ tell the counts of their
    clauses apart. A clause ends at ';' or where the next count has a verb of its own."""
    toks = group[0].toks
    verbs = lx.actor_verbs.by_first
    if sum(1 for c in group if not c.m.percent and not verbs.keys().isdisjoint(c.where.lows[max(0, c.q0 - 5) : c.q0])) < 2:
        return  # fewer than two counts with a verb before them (a set test): no clauses to tell apart
    clauses: list[tuple[str, int, list[Cand]]] = []  # the verb, where it starts, the counts
    for c in group:
        if c.m.percent:
            continue  # a share beside a count ("…, chiếm 60%") is no clause; :func:`beside_labels` reads it
        verb, at = _clause_verb(c, lx)
        if not verb and clauses and joins(clauses[-1][2][-1], c, lx):
            clauses[-1][2].append(c)  # "kiểm tra 39 chi bộ và 105 đảng viên": a count joined to the one before
            continue
        clauses.append((verb, at, [c]))
    named = [(verb, at, counts, {_counted(c) for c in counts}) for verb, at, counts in clauses if verb]
    if len(named) < 2:
        return
    # clauses set apart by ';' name their parts whatever they count ("gỡ 9 video; đình chỉ 5 trang")
    semis = {id(counts) for _, at, counts, _ in named if at > 0 and toks[at - 1].text == ";"}
    split = lx.openers.at(group[0].where.lows, 0) > 0  # "Trong đó, đã khởi tố 4 bị can, phạt 20 trường hợp": parts
    # verbs told apart by their first word ("kiểm tra", "giám sát"), else, one verb all, by the words that follow it
    # ("xử lý hình sự 2 vụ và xử lý hành chính 160 vụ")
    told = (lambda verb: verb.split()[0].lower()) if len({verb.split()[0].lower() for verb, *_ in named}) > 1 else str.lower
    phrases = sorted({told(verb) for verb, *_ in named}, key=len)
    if len(phrases) < 2 or any(f"{b} ".startswith(f"{a} ") for a, b in itertools.combinations(phrases, 2)):
        return  # one act, or one said in more words ("gỡ 500 clip", "gỡ bỏ 300 clip")
    for at, (verb, _, counts, keys) in enumerate(named):
        alike = any(told(v) != told(verb) and keys & others for v, _, _, others in named)
        apart = id(counts) in semis or (at + 1 < len(named) and id(named[at + 1][2]) in semis)
        if not (alike or apart or split):
            continue  # siblings count the same thing by other acts: "đốt 10 căn nhà, làm 4 người bỏng" do not
        for c in counts:
            if not c.label:
                c.label = verb
                c.rules.append("label:verb of clause")


def _clause_verb(c: Cand, lx: Lexicon) -> tuple[str, int]:
    """The verb that opens the count's clause, right before it ("giám sát 37 tổ chức", "đã khởi tố 4 bị can"), or
    the words from the clause's mark (or from "đã") when they open with a verb or govern the count ("…, làm chết
    3 người", "kiểm tra đối với 12 tổ chức", "điều chỉnh vốn cho 9 dự án"); "" for a verb that tells no class
    apart ("có", "tăng", "xảy ra")."""
    toks, lows = c.toks, c.where.lows
    k = c.q0
    governed = (k > 2 and lows[k - 2 : k] == ["đối", "với"]) or (k > 1 and lows[k - 1] == "cho")
    if governed:
        k -= 2 if lows[k - 1] == "với" else 1
    j = k  # the clause's words back to its mark, or to a word like "đã"
    skip, verbs, verbs_last = lx.label_skip.by_last, lx.actor_verbs.by_first, lx.actor_verbs.by_last  # set tests first
    n = lx.actor_verbs.ending(lows, k) if k > 0 and lows[k - 1] in verbs_last else 0
    opens = False
    if governed or not n:  # a verb right before the count is the clause's verb: no walk back
        while j > 0 and k - j < 5 and toks[j - 1].is_word and not toks[j - 1].capitalized and not is_number_tok(toks[j - 1]):
            if (lows[j - 1] == "và" and any(map(is_number_tok, toks[max(0, j - 5) : j - 1]))) or (
                lows[j - 1] in skip and lx.label_skip.ending(lows, j)
            ):  # "2 vụ/1 đối tượng và xử lý …": "và" after a count's item ends the clause before
                break
            j -= 1
        marked = j == 0 or not toks[j - 1].is_word or lows[j - 1] == "và"
        marked = marked or (lows[j - 1] in skip and lx.label_skip.ending(lows, j) > 0) or lx.openers.ending(lows, j) > 0
        opens = bool(j < k and marked and (governed or (lows[j] in verbs and lx.actor_verbs.at(lows, j))))  # a verb opens it
    if not (opens and not in_verb_noun(lows, j, j, lx)):
        if not n or in_verb_noun(lows, k - 1, k - n, lx) or not _opens_clause(c, k - n):
            return "", 0  # no verb, a noun ("… tổ chức đảng 5"), or a verb right after a count's noun
        j = k - n
    if lx.no_class_verbs.at(lows, j) and (k - j == 1 or lows[j] not in ("bị", "được")):
        return "", 0  # "có 5", "tăng 3 vụ", "xảy ra 9 vụ"; but "bị thương 7 người" names a state
    if lx.changes.at(lows, j) or lows[k - 1] in lx.copulas:
        return "", 0
    return join_words(toks[j:k]), j


def _opens_clause(c: Cand, j: int) -> bool:
    """A verb at toks[j] opens a clause of its own: not right after the noun of a count before it (a relative
    clause: "… 9 lượt vận chuyển 45 lượt khách"), only words between."""
    toks, m = c.toks, j
    while m > 0 and j - m < 3 and toks[m - 1].is_word and not is_number_tok(toks[m - 1]):
        m -= 1
    return not (m > 0 and j - m < 3 and is_number_tok(toks[m - 1]))


def _counted(c: Cand) -> tuple[str, str]:
    """What a count counts, to tell siblings: its category and unit ("lượt xem" and "lượt tin nhắn" differ)."""
    return c.category, c.unit.lower()


def joins(p: Cand, c: Cand, lx: Lexicon, places: bool = True) -> bool:
    """``c`` goes on the clause of the count ``p`` before it: only ``p``'s noun and ',' or "và" stand between ("kiểm
    tra 9 lượt tổ chức đảng, 4 đảng viên", "giám sát 37 tổ chức và 135 đảng viên"), and a place only if ``places``."""
    toks, lows = c.toks, c.where.lows
    a = max(p.i1, p.unit_end)
    between = toks[a : c.q0]
    if len(between) == 1 and between[0].text == "/" and p.sent == c.sent:
        return True  # "xử lý 2 vụ/3 đối tượng": the cases and the people of one clause
    if not between or len(between) > 8 or lows[c.q0 - 1] not in (",", "và"):
        return False
    if any(not t.is_word and t.text != "," for t in between):
        return False  # ';', ':', a bracket or a full stop ends the clause
    if not places and any(lx.at_place.at(lows, m) for m in range(a, c.q0)):
        return False  # "4 ha tại A và 2 ha tại B": parts by place
    return not any(
        lx.actor_verbs.at(lows, m) and not in_verb_noun(lows, m, max(a, m - 2), lx) for m in range(a, c.q0) if toks[m].is_word
    )


def measure_labels(group: list[Cand], lx: Lexicon) -> None:
    """ "Diện tích sắn đạt 500 ha, sản lượng đạt 9 triệu tấn": a clause whose subject is a bare measure
    ("sản lượng") goes on with the class that the measure of a subject before it in the sentence named ("sắn");
    a subject that opens with a measure of :data:`measure_heads` is labelled by its class alone ("trừ dầu thô" of
    "kim ngạch xuất khẩu trừ dầu thô đạt …")."""
    metrics = actor_words().metrics
    named = ""  # the class named by the last subject "measure + class"
    classes: dict[str, str] = {}  # subjects "measure + class" and their classes: "kim ngạch nhập khẩu" -> "nhập khẩu"
    for c in group:
        words = c.label.lower().split()
        by_subject = bool(c.rules) and c.rules[-1] in ("label:subject", "label:parallel subject")
        n = metrics.at(words, 0) if by_subject else 0
        if n and n < len(words):
            named = " ".join(c.label.split()[n:])
            h = lx.measure_heads.at(words, 0)
            if h and h < len(words) and words[h] not in ("toàn", "cả"):  # "kim ngạch xuất khẩu toàn tỉnh" is no class
                classes[c.label] = " ".join(c.label.split()[h:])
            continue
        if not named or (c.label and not (n and n == len(words))) or c.m.percent:
            continue
        lows, k = c.where.lows, c.q0
        k -= lx.actor_verbs.ending(lows, k) if k > 0 and lows[k - 1] in lx.actor_verbs.by_last else 0
        m = metrics.ending(lows, k) if k > 0 and lows[k - 1] in metrics.by_last else 0
        if m and k - m > 0 and c.toks[k - m - 1].text in (",", ";"):
            if c.label:
                c.rules.pop()
            c.label = named
            c.rules.append("label:measure goes on")
    for c in group:  # the class is the label, the measure is what is counted: "kim ngạch xuất khẩu trừ dầu thô"
        if c.label in classes:
            c.label = classes[c.label]
            c.rules.append("label:class of a measure")


def semicolon_classes(classes: list[tuple[Cand, int, int]]) -> None:
    """ "trong đó nữ 25%; dân tộc thiểu số 2%; tái cử 30%": classes that differ, each right after a ';', counting
    one unit (shares alike), name their counts."""
    run = [(c, j, k) for c, j, k in classes if c.toks[j - 1].text == ";" and k == c.q0]
    units = {c.unit.lower() for c, _, _ in run}
    texts = {join_words(c.toks[j:k]).lower() for c, j, k in run}
    if len(run) >= 2 and len(units) == 1 and len(texts) == len(run):
        for c, j, k in run:
            c.label = join_words(c.toks[j:k])
            c.rules.append("label:class after semicolon")


def before_duration(toks: Sequence[Tok], k: int) -> int:
    """Where a duration or time right before toks[k] starts, after a word ("… xuất khẩu 8 tháng", "… 6 tháng qua",
    "… 9 tháng đầu năm", "… trong năm 2017"), else ``k``."""
    units, openers = _duration_words()
    if (dated := _dated_before(toks, k, units)) < k:
        return dated
    if k > 3 and toks[k - 1].kind == "d" and toks[k - 2].low in units and toks[k - 3].low == "trong":
        return k - 3 if toks[k - 4].is_word else k  # "khách quốc tế trong năm 2017 ước đạt …"
    j = k - (k > 0 and toks[k - 1].low == "qua")
    if j == k and k > 1 and toks[k - 2].low == "đầu" and toks[k - 1].low == "năm":
        j = k - 2
    after = j > 2 and (toks[j - 3].is_word or toks[j - 3].text == ")")  # "… xuất khẩu (trừ A) 7 tháng"
    if after and toks[j - 1].low in units and is_number_tok(toks[j - 2]):
        return k if toks[j - 3].low in openers else j - 2  # "… sau 9 tháng": a time of its own
    return k


def _dated_before(toks: Sequence[Tok], k: int, units: frozenset[str]) -> int:
    """Where a dated time right before toks[k] starts: "… trong tháng 7/2017", "… quý I/2024", "… 7 tháng/2017",
    "… trong tháng"; ``k`` when there is none or no word is left before it."""
    j = k
    year = j > 3 and toks[j - 1].kind == "d" and len(toks[j - 1].text) == 4
    if year and toks[j - 2].text in ("/", "-") and _glued(toks, j - 3, j):
        j -= 2  # "/2017"
        head = toks[j - 1]
        if (head.kind == "d" and head.text.isdigit() and int(head.text) <= 12) or head.text in quarters():
            j -= 1  # "7/2017", "I/2024": a month or quarter, its unit before it
            j -= j > 0 and toks[j - 1].low in units
        elif head.low in units and j > 1 and toks[j - 2].kind == "d":
            j -= 2  # "7 tháng/2017": months up to a year
        else:
            return k
    elif j > 1 and toks[j - 1].low in units and toks[j - 2].low == "trong":
        j -= 1  # "trong tháng", "trong quý": the time of the report
    j -= j < k and j > 0 and toks[j - 1].low == "trong"
    return j if j < k and j > 0 and toks[j - 1].is_word and not is_number_tok(toks[j - 1]) else k


@cache
def quarters() -> frozenset[str]:
    """The quarters of a year as written in capitals: "quý I/2024" (cues.toml [labels])."""
    return frozenset(load("cues")["labels"]["quarters"])


def _glued(toks: Sequence[Tok], a: int, b: int) -> bool:
    """toks[a:b] are written with no space between them."""
    return all(toks[i].end == toks[i + 1].start for i in range(a, b - 1))


@cache
def _duration_words() -> tuple[frozenset[str], frozenset[str]]:
    """The units of a duration before a label ("8 tháng") and the words that make it a time of its own ("sau")."""
    labels = load("cues")["labels"]
    return frozenset(labels["duration_units"]), frozenset(labels["duration_openers"])


def toward_labels(group: list[Cand]) -> None:
    """ "đã tạm đình chỉ công tác đối với 3 đảng viên, xóa tên đối với 7 đảng viên": what is done "đối với"
    each count of a list, from its clause's start (after a subject's "đã"), whatever the words."""
    found = []
    for c in group:
        lows = c.where.lows
        k = c.q0 - 2
        if not is_open(c) or k < 1 or lows[k : c.q0] != ["đối", "với"]:
            continue
        j = k
        while (
            j > 0 and k - j < 8 and c.toks[j - 1].is_word and lows[j - 1] not in ("đã", "còn") and not _item_joint(c.toks, j - 1)
        ):
            j -= 1
        if j < k and (j == 0 or lows[j - 1] in ("đã", "còn", "và") or not c.toks[j - 1].is_word) and k - j <= 6:
            found.append((c, j, k))
    if len(found) >= 2:
        for c, j, k in found:
            relabel(c, join_words(c.toks[j:k]), "label:done to")


def _item_joint(toks: Sequence[Tok], k: int) -> bool:
    """toks[k] is "và" after a count's item: "… 2 đảng viên và xử lý …"."""
    return toks[k].low == "và" and any(is_number_tok(t) for t in toks[max(0, k - 4) : k])


def shared_form(group: list[Cand], lx: Lexicon) -> None:
    """ "kỷ luật cảnh cáo 2 tổ chức đảng và 5 đảng viên": a form before the first count is the second's too."""
    for p, c in itertools.pairwise(group):
        if c.label or not p.label or not 2 <= c.q0 - p.i1 <= 6 or "label:before" not in p.rules:
            continue  # a form, not "thi hành kỷ luật 1 tổ chức đảng và 12 đảng viên"
        between = p.toks[p.i1 : c.q0]
        if 2 <= len(between) <= 6 and between[-1].low in ("và", "cùng") and all(t.is_word for t in between):
            c.label = p.label
            c.rules.append("label:shared form")


def verbless_class(last: Cand, c: Cand, lx: Lexicon) -> int:
    """Where the class that opens ``c``'s clause with no verb starts, after "và", ',' or ';' that end the clause of
    ``last``, labelled by its subject: "…; số vụ tai nạn nghiêm trọng xảy ra 32 vụ và tai nạn rất nghiêm trọng 2 vụ"
    (a few words, two of them in a row as in ``last``'s label); else -1."""
    toks, lows = c.toks, c.where.lows
    if c.sent != last.sent or c.q0 <= last.i1 or c.q0 - last.i1 > 24 or not last.label:
        return -1
    j = c.q0
    while j > last.i1 and c.q0 - j < 9 and toks[j - 1].is_word and lows[j - 1] != "và":
        j -= 1
    if not 2 <= c.q0 - j <= 8 or not (lows[j - 1] == "và" or toks[j - 1].text in ",;"):
        return -1
    if any(lx.actor_verbs.at(lows, m) or is_number_tok(toks[m]) for m in range(j, c.q0)):
        return -1  # a verb opens a clause of its own ("…, làm chết 4 người"); a number ends another item
    pairs = set(itertools.pairwise(phrase(last.label)))
    return j if any((lows[m], lows[m + 1]) in pairs for m in range(j, c.q0 - 1)) else -1
