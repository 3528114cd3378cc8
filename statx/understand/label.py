"""What tells a part apart from its siblings: its label (FACTS.md `label`).

Shapes of Vietnamese, each a rule named in ``Fact.rules``: a form or class named
before the number ("khiển trách 35", "Bắc Kạn: 12 nhà", "phía Bắc (11 đội)",
"riêng Lạng Sơn 40 nhà") or after its noun ("12 đảng viên bị khai trừ", "5
trường hợp khiển trách", "12 huy chương vàng, 3 huy chương bạc"), kinds of
violation, sources of money, the subjects of clauses alike, and a share or
change beside a labelled part. Words are in ``lexicon/cues.toml`` ``[labels]``;
places come from underthesea's gazetteer (:mod:`statx.lexicon.places`).

:func:`read_label` reads the words around one count;
:func:`statx.understand.siblings.list_labels` a sentence's counts together; :func:`beside_labels` runs after the breakdowns;
:func:`class_label`, :func:`bracket_label`, :func:`verb_label` and
:func:`part_label` label a part that a breakdown rule links.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from operator import attrgetter

from statx.lexicon import Phrases
from statx.lexicon.places import place_names
from statx.numbers.lexicon import lexicon as number_lexicon
from statx.understand.context import Cand, Lexicon, Tok, bracket_around, first_at, in_verb_noun, is_number_tok

__all__ = [
    "ITEM_MARKS",
    "beside_labels",
    "bracket_label",
    "class_label",
    "item_end",
    "item_label",
    "join_words",
    "name_start",
    "part_label",
    "place_list_end",
    "read_label",
    "same_case_noun",
    "verb_label",
]

# words that can start a number in running text, and marks that open a list item
_NUMBER_WORDS = number_lexicon().starting_words
_BULLETS = frozenset("-–—•+*·▪►●")

_QUOTE_MARKS = frozenset("\"“”‘’'«»")
# marks that end a list item or open one
ITEM_MARKS = frozenset(",;:(")


def join_words(toks: Sequence[Tok]) -> str:
    """Tokens as written, one space where the text has white space: "đạo đức, lối sống"."""
    out: list[str] = []
    for k, t in enumerate(toks):
        if k and t.start > toks[k - 1].end:
            out.append(" ")
        out.append(t.text)
    return "".join(out)


def read_label(c: Cand, lx: Lexicon) -> None:
    """A label from the words around the count alone, the first shape that fits."""
    rules = c.where.shapes
    if rules is None:  # the shapes whose word the sentence holds, found once for its counts
        rules = c.where.shapes = tuple((name, rule) for name, rule, cue in _LOCAL_LABELS if c.where.has(cue(lx)))
    for name, rule in rules:
        label = rule(c, lx)
        if label:
            c.label = label
            c.rules.append(f"label:{name}")
            return


def _word_before(c: Cand, lx: Lexicon) -> int:
    """Where a label before the count ends: before "đạt", "là", "có", "với" or "đối với" ("cảnh cáo đối với 2 đảng
    viên", "cho ra khỏi Đảng với 4 trường hợp")."""
    toks, k = c.toks, c.q0
    if k > 0 and toks[k - 1].low in ("đạt", "là", "có", "với") and not (k > 1 and toks[k - 2].low == "đối"):
        return k - 1
    if k > 1 and toks[k - 2].low == "đối" and toks[k - 1].low == "với":
        return k - 2
    return k


def _form_label(c: Cand, lx: Lexicon) -> str:
    """A form named right before the count: "khiển trách 35", "cảnh cáo đối với 2 đảng viên",
    "xóa tên, cho ra khỏi Đảng đối với 5 đảng viên" (forms joined by a comma)."""
    lows = c.where.lows
    k = _word_before(c, lx)
    if k < 1 or lows[k - 1] not in lx.forms.by_last:
        return ""
    j = k - lx.forms.ending(lows, k)
    if j == k:
        return ""
    while j > 1 and lows[j - 1] == "," and (n := lx.forms.ending(lows, j - 1)):
        j -= n + 1
    return join_words(c.toks[j:k])


def _before_label(c: Cand, lx: Lexicon) -> str:
    """Any label of the lexicon right before the count: "thi hành kỷ luật 9 đảng viên", "vé tháng 24.000"."""
    k, lows = _word_before(c, lx), c.where.lows
    n = lx.labels.ending(lows, k) if k > 0 and lows[k - 1] in lx.labels.by_last else 0
    return join_words(c.toks[k - n : k]) if n else ""


def _action_phrase_label(c: Cand, lx: Lexicon) -> str:
    """In a discipline sentence, the verb phrase before "N trường hợp" or "N đảng viên", from its action on:
    "đình chỉ sinh hoạt đảng 1 trường hợp", "đã kiến nghị xử lý pháp luật 5 đảng viên". It runs back to the
    clause start, a mark, a word before a verb ("đã") or the capitalised name of the body doing it."""
    if c.discipline_cue != "action" or c.category != "discipline" or c.q0 != c.i0:
        return ""
    toks, lows = c.toks, c.where.lows
    if tuple(lows[c.i1 : c.i1 + 2]) not in lx.subjects and tuple(lows[c.i1 : c.i1 + 1]) not in lx.subjects:
        return ""  # no count of those disciplined right after the number
    k = _word_before(c, lx)
    j = k
    while j > 0 and k - j < 8:
        t = toks[j - 1]
        if t.kind != "w" or t.capitalized or t.low in lx.verb_openers or is_number_tok(t):
            break
        if t.low in lx.number_bringers:
            return ""  # "kỷ luật tổng cộng tới 70 người": the verb brings the number in, names no form
        j -= 1
    starts = c.where.starts(lx.actions)
    s = next((s for s in starts[bisect_left(starts, j) :] if s < k), None)
    if s is None:
        return ""
    if j > 0 and toks[j - 1].low in lx.verb_openers:
        s = j  # after "đã" the whole verb phrase: "đã tạm đình chỉ công tác đối với 3 đảng viên"
    words = lows[s:k]
    for o in starts:  # "A kỷ luật 1 đồng chí; B kỷ luật 8 đồng chí": a verb the siblings share tells none apart
        e = o + len(words)
        if o != s and lows[o:e] == words and e < len(toks) and is_number_tok(toks[e]):
            return ""
    return join_words(toks[s:k])


def _form_after_label(c: Cand, lx: Lexicon) -> str:
    """The form after the count's noun: "12 đảng viên bị khai trừ", "27 trường hợp khiển trách",
    "10 đảng viên bị “khiển trách”", "1 chi bộ bị kỷ luật bằng hình thức khiển trách",
    "6 đảng viên (…) bị kỷ luật ở mức “cảnh cáo”"."""
    toks, lows = c.toks, c.where.lows
    k, end, words = c.i1, min(len(toks), c.i1 + 32), 0
    form = first_at(c.where.starts(lx.forms), c.i1)
    if form is None or form >= end:
        return ""  # no form after the count: the common case, found once per sentence
    while k < end:
        t = toks[k]
        if t.text == "(" and k > c.i1:  # a bracket after the noun: skip it
            close = first_at(c.where.of(")"), k)
            if close is None or close > k + 14:
                return ""
            k = close + 1
            continue
        if t.text in _QUOTE_MARKS:
            k += 1
            continue
        if (
            t.text == ","
            and k + 1 < end
            and (lx.subjects_first.at(lows, k + 1) or (toks[k - 1].capitalized and toks[k + 1].capitalized))
        ):
            k += 1  # "40 cán bộ, đảng viên … bị cảnh cáo", "đảng viên tại A, B bị …": the noun or the place list goes on
            continue
        low = t.low
        if t.kind != "w" or low in lx.form_stop or low in _NUMBER_WORDS:
            return ""
        if low in lx.forms.by_first and (n := lx.forms.at(lows, k)):
            return join_words(toks[k : k + n])
        if low in lx.form_gap.by_first and (n := lx.form_gap.at(lows, k)):
            k += n
            continue
        words += 1
        if words > 12:
            return ""
        k += 1
    return ""


def _colon_label(c: Cand, lx: Lexicon) -> str:
    """The item before a colon in a list of "Name: N": "Bắc Lâm: 12, Nam Lâm: 3", "vi phạm đạo đức, lối sống: 9 (12%);"."""
    toks, lows = c.toks, c.where.lows
    k = c.q0 - 1
    if k < 1 or toks[k].text != ":":
        return ""
    # a list: another count right after a colon in the sentence
    colons = [j for j in c.where.of(":") if any(is_number_tok(t) for t in toks[j + 1 : j + 3])]
    if len(colons) < 2:
        found = name_start(c, k, lx)  # "…; Bắc Kạn: 12 nhà": a place needs no sibling
        if found is not None:
            return join_words(toks[found[0] : k]) if found[1] else ""
        return _office_place(c, k)  # "…, Sở A Bắc Lâm: 12 nhà": no name of its own before the colon, an office's
    j = k
    while j > 0 and k - j < 24:
        t = toks[j - 1]
        if t.text in "(;:[" or t.is_digit or t.text in ")%" or lx.openers.ending(lows, j):
            break
        if t.text == "," and j >= 2 and (toks[j - 2].text in ")%" or any(x.is_digit for x in toks[max(0, j - 5) : j - 1])):
            break  # the end of the item before: "A: 12 người, B: 3 người"
        if t.kind == "p" and t.text not in ",-–/&" and t.text not in _QUOTE_MARKS:
            break
        j -= 1
    if k - j >= 24:
        return ""
    while j < k and (toks[j].kind == "p" or lx.item_openers.at(lows, j)):
        j += lx.item_openers.at(lows, j) or 1
    while k > j and toks[k - 1].low in ("đạt", "là", "có"):
        k -= 1
    return join_words(toks[j:k]) if k > j else ""


def _office_place(c: Cand, k: int) -> str:
    """The place that ends the name of an office before a colon, the name set off by a mark: "…, Sở Y tế Bắc Lâm: 30
    ca" gives "Bắc Lâm" (a place of the gazetteer; the office's words tell no item apart)."""
    toks = c.toks
    for j in range(max(0, k - 4), k):
        if join_words(toks[j:k]) in place_names():
            break
    else:
        return ""
    i = j
    while i > 0 and j - i < 6 and toks[i - 1].is_word:
        i -= 1
    opened = i == 0 or toks[i - 1].text in ITEM_MARKS or toks[i - 1].low in _BULLETS
    return join_words(toks[j:k]) if i < j and opened and toks[i].capitalized else ""


def _apart_label(c: Cand, lx: Lexicon) -> str:
    """A part set apart: "(riêng Bắc Lâm 120 nhà)", "riêng khối doanh nghiệp đạt 40 tỷ đồng"."""
    toks, lows = c.toks, c.where.lows
    k = c.q0 - (lx.actor_verbs.ending(lows, c.q0) or 0)
    for j in range(k - 1, max(k - 7, -1), -1):
        if toks[j].is_digit and j > 1 and lows[j - 1] in lx.time_heads and lows[j - 2] in lx.apart.by_last:
            k = j + 1  # "riêng tháng 8 xuất siêu 2 tỷ USD": a month set apart, the label up to its number
            continue
        if not toks[j].is_word:
            return ""
        n = lx.apart.at(lows, j)
        if n and j + n < k:
            return join_words(toks[j + n : k])
    return ""


def name_start(c: Cand, end: int, lx: Lexicon) -> tuple[int, bool] | None:
    """Where a name ending at toks[end] starts, when a list item's mark or opener stands before it,
    and whether it is a place of the gazetteer: "Bắc Lâm", "xã Bắc Lâm", "tàu Sao Mai 8", "TP.Bắc Lâm"."""
    toks, lows = c.toks, c.where.lows
    j = end
    if j > 0 and toks[j - 1].is_digit and j - 1 > 0 and toks[j - 2].is_word and toks[j - 2].capitalized:
        j -= 1  # a name ending in digits: "Sao Mai 8"
    while j > 0 and end - j < 6:
        t = toks[j - 1]
        if t.is_word and t.capitalized:
            j -= 1
        elif t.text in "-." and j > 1 and toks[j - 2].is_word and toks[j - 2].capitalized and j < end:
            j -= 1  # "Bà Rịa - Vũng Tàu", "TP.Hà Nội"
        else:
            break
    if j == end or not toks[j].is_word or not toks[j].capitalized:
        return None
    place = join_words(toks[j:end]) in place_names()
    if not place:  # "Tại Bắc Kạn: 9 nhà", "Riêng Lạng Sơn 12 nhà": an opening word with a capital
        n = lx.at_place.at(lows, j) or lx.item_openers.at(lows, j)
        if n and j + n < end and join_words(toks[j + n : end]) in place_names():
            j, place = j + n, True
    head = lx.class_heads.ending(lows, j)
    j -= head
    before = toks[j - 1] if j > 0 else None
    opened = before is not None and (lx.item_openers.ending(lows, j) or lx.at_place.ending(lows, j))
    # "… tham gia BHXH 206.810 người; BHTN 191.379 người": a name right after a verb of more syllables than one
    after_verb = before is not None and before.low in lx.actor_verbs.by_last and lx.actor_verbs.ending(lows, j) > 1
    if before is not None and not (before.text in ITEM_MARKS or before.low in _BULLETS or opened or after_verb):
        return None  # "Công an tỉnh Bắc Lâm 12 …": a name inside a longer one
    if (before is None or before.low in _BULLETS) and not head and not place and end - j < 2:
        return None  # a capital that opens the sentence: "Có 5 …"
    return j, place


def _name_bracket_label(c: Cand, lx: Lexicon) -> str:
    """A name before the bracket the count stands in: "Bắc Lâm (131)", "phía Bắc (11 đội)",
    "Sao Mai 8 (tàu hàng, 11 thuyền viên)"."""
    toks, opening = c.toks, c.where.of("(")
    at = bisect_left(opening, c.q0) - 1  # the last "(" before the count
    j = opening[at] if at >= 0 else -1
    if j < 1 or c.q0 - j > 7 or any(not (t.kind == "w" or t.text == ",") for t in toks[j + 1 : c.q0]):
        return ""
    found = name_start(c, j, lx)
    return join_words(toks[found[0] : j]) if found else ""


def item_end(c: Cand, lx: Lexicon) -> int:
    """The token after the words that follow the count in its list item: up to a mark, "và", a number,
    or a verb after the first word of what follows the noun ("4 chi đoàn trường học thì có …")."""
    toks, lows = c.toks, c.where.lows
    verbs, after = lx.actor_verbs.by_first, max(c.i1 + 1, c.unit_end)
    k, end = c.i1, min(len(toks), c.i1 + 10)
    negated = False  # "5 đại biểu không phải là đảng viên": a class said by what they are not, verbs and all
    while k < end:
        t = toks[k]
        if t.text == "." and 0 < k < len(toks) - 1 and toks[k - 1].end == t.start == toks[k + 1].start - 1:
            k += 1  # "TP.HCM", "Q.Tân Bình": an abbreviation's point, inside the name
            continue
        # "không" there is "not", no zero; a number word in capitals after the noun is a class ("giải Ba")
        number = t.low in _NUMBER_WORDS and t.low != "không" and not (t.capitalized and k > c.i1)
        if t.kind != "w" or t.low in lx.joins or number or (t.capitalized and _names_bracket(toks, k)):
            break  # "… trong nước Bắc Lâm (12), …": the name of the next item
        negated = negated or (t.low in ("không", "chưa") and k == after)
        verb = not negated and t.low in verbs and not t.capitalized and lx.actor_verbs.at(lows, k)
        if verb and k > after and not in_verb_noun(lows, k, c.i1, lx):
            break
        k += verb if verb and k == after else 1  # "3 ca ghi nhận trong nước": the verb right after the noun, whole
    return k


def same_case_noun(p: Cand, c: Cand, lx: Lexicon) -> bool:
    """``p`` and ``c`` count the same noun, or two words for a case ("32 ca mắc, trong đó 5 trường hợp tử vong")."""
    a, b = p.toks[p.i1].low, c.toks[c.i1].low
    return a == b or (lx.case_nouns.at(p.where.lows, p.i1) > 0 and lx.case_nouns.at(c.where.lows, c.i1) > 0)


def place_list_end(toks: Sequence[Tok], end: int) -> int:
    """Past the places that go on a label ending at toks[end] after a comma or "và": "ở Bắc Lâm, Nam Lâm"
    (each a place of the gazetteer, the last one before a mark or the end)."""
    k = end
    while k + 1 < len(toks) and toks[k].text == ",":
        m = k + 1
        while m < len(toks) and m - k < 5 and toks[m].is_word and toks[m].capitalized:
            m += 1
        if m == k + 1 or join_words(toks[k + 1 : m]) not in place_names() or (m < len(toks) and toks[m].is_word):
            break
        k = m
    return k


def _names_bracket(toks: Sequence[Tok], k: int) -> bool:
    """Capitalised words from toks[k] up to a bracket that opens with a count: "Bắc Lâm (12)", not
    "huy chương Đồng (tổng cộng …)"."""
    m = k
    while m < len(toks) and m - k < 6 and (toks[m].capitalized or toks[m].text in ".-"):
        m += 1
    return m + 1 < len(toks) and toks[m].text == "(" and is_number_tok(toks[m + 1])


def _source_label(c: Cand, lx: Lexicon) -> str:
    """The source of an amount: "20 tỷ đồng từ ngân sách tỉnh", "5 tỷ đồng từ nguồn vốn xã hội hóa"."""
    toks, lows = c.toks, c.where.lows
    j = c.unit_end
    if "unit:currency" not in c.rules or j >= len(toks) or lows[j] != "từ":
        return ""
    k = j + 1
    while k < len(toks) and k < j + 8 and toks[k].is_word and not is_number_tok(toks[k]) and not lx.source_stop.at(lows, k):
        k += 1
    return join_words(toks[j + 1 : k]) if k - j >= 3 else ""


_COLON, _BRACKET, _FROM = Phrases([(":",)]), Phrases([("(",)]), Phrases([("từ",)])
# each shape: its rule's name, the rule, and the words one of which the sentence must hold
_LOCAL_LABELS: tuple[tuple[str, Callable[[Cand, Lexicon], str], Callable[[Lexicon], Phrases]], ...] = (
    ("before", _form_label, attrgetter("forms")),
    ("form after", _form_after_label, attrgetter("forms")),
    ("word before", _before_label, attrgetter("labels")),
    ("colon", _colon_label, lambda lx: _COLON),
    ("apart", _apart_label, attrgetter("apart")),
    ("name before bracket", _name_bracket_label, lambda lx: _BRACKET),
    ("source", _source_label, lambda lx: _FROM),
    ("action phrase", _action_phrase_label, attrgetter("actions")),
)


def beside_labels(cands: list[Cand], lx: Lexicon) -> None:
    """After the breakdowns: a share or change printed beside a labelled part takes its label
    ("khiển trách 28 (chiếm 45%)", "thu nội địa 10 tỷ đồng, đạt 50%"); "N trường hợp còn lại" is the rest."""
    for at, c in enumerate(cands):
        if c.label:
            continue
        p = cands[at - 1] if at else None
        x = p  # whose label a share beside p takes: p's, or its X's after X/Y ("60/67 học sinh đỗ, đạt 89%")
        if p is not None and not p.label and at >= 2 and cands[at - 2].part_of == p.m.start and cands[at - 2].i1 + 1 == p.i0:
            x = cands[at - 2]
        if p is not None and x is not None and x.label and p.sent == c.sent and c.q0 - p.unit_end <= 11 and _beside(p, c, lx):
            c.label = x.label
            c.rules.append("label:beside")
            continue
        if (owner := _bracket_owner(cands, at)) is not None:
            c.label = owner.label  # "Cà phê 2,9 tỷ USD (tăng 44% với lượng 833 nghìn tấn, giảm 4%)"
            c.rules.append("label:beside")
            continue
        if (subject := _subject_share(cands, at)) is not None:
            c.label = subject.label  # "thị trường A (chiếm 6%) tăng 7%": the share of the clause's subject
            c.rules.append("label:share of the subject")
            if "actor:bracket" in c.rules and subject.actor:
                c.actor = subject.actor
                c.rules.append("actor:share of the subject")
            continue
        chained = p is not None and (p.m.percent or p.change or "label:beside" in p.rules)
        if p is not None and p.label and p.sent == c.sent and chained and _beside_again(p, c, lx):
            c.label = p.label
            c.rules.append("label:beside")
            continue
        j = c.unit_end if c.unit_end > c.i1 else c.i1 + len(c.noun)
        if j > c.i1 and c.where.has(lx.rest) and (n := lx.rest.at(c.where.lows, j)):
            c.label = join_words(c.toks[j : j + n])
            c.rules.append("label:rest")


def _subject_share(cands: list[Cand], at: int) -> Cand | None:
    """The next count of the sentence when the share at ``at`` stands in a bracket right after that count's subject,
    between the subject and its verb: "thị trường A (chiếm tỷ trọng 6%) tăng 7%" (a few words after the bracket, no
    mark), the subject being the next count's label."""
    c = cands[at]
    if not c.m.percent or not c.where.of("(") or at + 1 >= len(cands):
        return None
    around = bracket_around(c.where, c.q0)
    n = cands[at + 1]
    rule = next((r for r in reversed(n.rules) if r.startswith("label:")), "")
    if around is None or n.sent != c.sent or not n.label or not rule.startswith("label:subject"):
        return None
    opening, close = around
    after = c.toks[close + 1 : n.q0]
    if not 0 < len(after) <= 4 or not all(t.is_word for t in after):
        return None
    before = join_words(c.toks[max(0, opening - len(n.label.split()) - 1) : opening])
    return n if before == n.label or before.endswith(f" {n.label}") else None


def _bracket_owner(cands: list[Cand], at: int) -> Cand | None:
    """The labelled count right before the bracket the count at ``at`` stands in, when the count is no
    part of it: what the bracket says is of that item ("Cà phê 2,9 tỷ USD (tăng 44% với lượng 833 nghìn tấn)")."""
    c = cands[at]
    if not c.where.of("("):
        return None  # the common case: no bracket in the sentence
    around = bracket_around(c.where, c.q0)
    if around is None or c.part_of is not None:
        return None
    opening = around[0]
    for p in reversed(cands[max(0, at - 6) : at]):
        if p.sent != c.sent or p.i1 > opening:
            continue
        end = max(p.i1, p.unit_end)
        between = c.toks[end:opening]
        # "46 suất dành tặng gia đình có công (mỗi suất 800.000 đồng)": the item's label runs up to the bracket
        near = len(between) <= 3 or (len(between) <= 12 and join_words(between).endswith(p.label))
        if not p.label or not near or not all(t.is_word for t in between) or c.check or p.part_of == c.m.start:
            return None
        inside = (q for q in cands[max(0, at - 12) : at + 12] if q.sent == c.sent and opening < q.q0 < around[1])
        # not a bracket of parts ("14 người (A 5, B 3)") nor of the total ("33 … (tổng cộng 113 …)")
        return None if any(q.part_of == p.m.start for q in inside) else p
    return None


def _beside(p: Cand, c: Cand, lx: Lexicon) -> bool:
    """``c`` is a share or change printed right after ``p``'s noun: "(chiếm 45%)", ", tăng 5 vụ"."""
    toks, lows = c.toks, c.where.lows
    j = p.unit_end
    while j + 1 < c.q0 and toks[j].text == "/" and toks[j + 1].is_word:
        j += 2  # a rate: "638 USD/tấn"
    while j < c.q0 and j < p.unit_end + 6 and toks[j].is_word:
        j += 1  # the noun after the unit
    if j >= c.q0 or toks[j].text not in ("(", ","):
        return False
    k, said = j + 1, False
    while k < c.q0 and (n := lx.beside.at(lows, k)):
        k, said = k + n, True
    return k == c.q0 and (c.m.percent or said)


def _beside_again(p: Cand, c: Cand, lx: Lexicon) -> bool:
    """``c`` is one more share or change in the run that follows a labelled part, after ``p``, the
    last of the run: "thu A đạt 9 tỷ đồng, bằng 28% dự toán, tăng 7% so với cùng kỳ" (a comma or "và",
    then a word of ``beside``; no ';', ':' or other count between)."""
    toks, lows = c.toks, c.where.lows
    j = max(p.i1, p.unit_end)
    if j < c.q0 and toks[j].text == "(" and all(lx.beside.at(lows, m) or toks[m].low == "bằng" for m in range(j + 1, c.q0)):
        return True  # "giảm 0,34% (3.042 tấn)": the same change in other terms
    k, said = c.q0, False
    while k > p.i1 and (n := lx.beside.ending(lows, k)):
        k, said = k - n, True
    if not said:  # "…, giảm bình quân hằng năm trên 2,5%": a change word opens the clause, a few words after it
        m = k
        while m > p.i1 and k - m < 5 and toks[m - 1].is_word and not (n := lx.beside.ending(lows, m)):
            m -= 1
        if m > p.i1 and k - m < 5 and toks[m - 1].is_word and lx.changes.ending(lows, m):
            k, said = m - lx.changes.ending(lows, m), True
    bracket = toks[k - 1].text == "(" and c.i1 + 1 < len(toks) and toks[max(c.i1, c.unit_end)].text == ")"
    if not (said or bracket) or k <= p.i1:
        return False  # "…, so với chỉ tiêu (35%)": a share alone in its bracket goes on too
    if toks[k - 1].text in (",", "(") or (lows[k - 1] == "và" and k - 1 >= p.i1):
        k -= 1 + (lows[k - 1] == "và" and toks[k - 2].text == ",")
    else:
        return False
    return not any(t.text in (";", ":", ".") for t in toks[p.i1 : k])  # ``p`` is the count before: none between


def class_label(p: Cand, lx: Lexicon) -> None:
    """A part's label from the class named before it in a list: "cấp huyện 156 nhóm", "Hà Giang 142 ha"."""
    toks, lows = p.toks, p.where.lows
    k = p.q0
    while k > 0 and (n := lx.actor_verbs.ending(lows, k)) and not in_verb_noun(lows, k - 1, max(0, k - 3), lx):
        k -= n  # "thủy sản đạt 9,1 tỷ USD", "YouTube gỡ 1.250 video": the verb is no part of the class
    j = k
    while j > 0 and k - j < 7 and toks[j - 1].is_word and toks[j - 1].low not in ("và", "trong", "đó", "có", "ngoài"):
        j -= 1
    # three words, or up to six set off by a mark, an opener or the sentence start ("…, nhóm nông sản chính đạt
    # 28,6 tỷ USD", "Trong đó, vi phạm về an toàn thực phẩm 50 vụ", "trong đó vốn ngân sách trung ương 9 tỷ đồng")
    fits = k - j <= 3 or (k - j <= 6 and (j == 0 or not toks[j - 1].is_word or lx.openers.ending(lows, j) > 0))
    # "bán lẻ 500 tỷ đồng", "phạt vi phạm giao thông 2 tỷ đồng" name a class; "bị thương 5 người" does not
    verb = lx.actor_verbs.at(lows, j) and not in_verb_noun(lows, j, j, lx) and k - j < 3
    if k > j and fits and not verb and not _same_words_before_another(p, j, k):
        p.label = join_words(toks[j:k])
        p.rules.append("label:class")


def _same_words_before_another(p: Cand, j: int, k: int) -> bool:
    """The words toks[j:k] before p's count also stand before another number of its sentence: they tell
    nothing apart ("công an 9 huyện; công an 91 xã")."""
    lows, n, gap = p.where.lows, k - j, p.q0 - k
    words = lows[j:k]
    return any(m != p.i0 and m - gap - n >= 0 and lows[m - gap - n : m - gap] == words for m in p.where.numbers())


def item_label(p: Cand, lx: Lexicon) -> None:
    """A part of a list opened by a word or a colon: the class named before it right after the list's mark
    ("bao gồm: điện thoại 1,5 tỷ USD; dệt may 1 tỷ USD"), else its predicate (:func:`part_label`)."""
    class_label(p, lx)
    if p.label and not _after_mark(p):
        p.label = ""  # "… gồm 800 doanh nghiệp": no class before the count
        p.rules.pop()
    if not p.label:
        part_label(p, lx)


def _after_mark(p: Cand) -> bool:
    """The label just given to ``p`` by :func:`class_label` starts right after a list mark."""
    toks, n = p.toks, len(p.label.split())
    k = p.q0
    while k > 0 and " ".join(t.text for t in toks[k - n : k]) != p.label and k > p.q0 - 6:
        k -= 1  # past a verb the class does not keep ("đạt")
    j = k - n
    return j > 0 and (toks[j - 1].text in ITEM_MARKS or _LIST_OPENERS.ending(p.where.lows, j) > 0)


# words that open a list with its first item right after them: "trong đó vốn trung ương 9 tỷ đồng, …"
_LIST_OPENERS = Phrases([("trong", "đó"), ("trong", "đó", "có")])


def bracket_label(p: Cand, lx: Lexicon) -> None:
    """A part in brackets: the class named before it ("(cấp huyện 2.450 hộ, cấp tỉnh 620 hộ)"), else its predicate."""
    class_label(p, lx)
    if not p.label:
        part_label(p, lx)


def verb_label(p: Cand, lx: Lexicon) -> None:
    """A part's label from the verb right before it: "Nền tảng đã gỡ khoảng 1.700 clip"."""
    for n in range(3, 0, -1):
        j = p.q0 - n
        if j >= 0 and lx.actor_verbs.at(p.where.lows, j) == n:
            p.label = " ".join(t.text for t in p.toks[j : p.q0])
            p.rules.append("label:verb")
            return


def part_label(p: Cand, lx: Lexicon) -> None:
    """A part's label when none stands before it: the predicate after its noun ("bị đuối nước")."""
    toks, lows = p.toks, p.where.lows
    j = p.i1 + len(p.noun) if p.noun else p.unit_end
    while n := lx.label_skip.at(lows, j):
        j += n
    k = j
    while k < len(toks) and toks[k].is_word and k - j < 6 and not is_number_tok(toks[k]):
        k += 1
    predicate = toks[j:k]
    # a predicate ("bị đuối nước", "bơi được vào bờ"), not an adjective of the noun ("video ngắn"), nor the
    # word that opens the part's own list ("15 tổ chức đảng gồm 6 …")
    if (not any(t.low in ("bị", "được") for t in predicate) and not lx.actor_verbs.at(lows, j)) or lx.openers.at(lows, j):
        return
    if k > j and (k == len(toks) or not toks[k].is_word):
        while predicate and predicate[-1].low in lx.joins:
            predicate = predicate[:-1]  # "7 người bị cảnh cáo và 4 người…": the conjunction joins the next part
        p.label = " ".join(t.text for t in predicate)
        p.rules.append("label:predicate")
