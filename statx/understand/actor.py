"""Whose: who has, did or manages what is counted.

The subject of the clause the number stands in: back to the sentence start, a
";" or a ":", past opening time or framing phrases ("Từ đầu năm,", "Ba năm
qua,", "Đáng chú ý,"), list marks and quotes, and adverbs or framing words
("hiện toàn tỉnh có…", "Riêng Fanpage…"), up to the first verb (``lexicon/cues.toml``
``[actor]``). Also: a name right before a bracketed number ("Bến A (3.000
khách)"); the subject of what is said after a verb of saying ("… cho biết quỹ
… còn 900 tỷ đồng"); a nearer subject after a comma; a possessive after
the counted thing ("12 trang Fanpage … của Hội"). A time, a period or a framing
phrase is no subject. A pronoun ("anh") takes the last named actor; a list that
shares its subject shares its actor.
"""

from __future__ import annotations

from collections.abc import Sequence

from statx.understand.context import WINDOW, Cand, Lexicon, Tok, first_at, in_verb_noun, is_number_tok, lexicon
from statx.understand.period import PERIOD, PERIOD_LAST

__all__ = ["carry_actor", "read_actor"]


def _first_verb(toks: Sequence[Tok], lows: Sequence[str], start: int, end: int, lx: Lexicon) -> int | None:
    """The first verb in toks[start:end] outside quotes; the "đăng" of the noun "bài đăng"
    and the "tổ chức" of "tổ chức đảng" are nouns, and "mới" in “Đồng Nai ngày mới” is a name."""
    verbs = lx.actor_verbs.by_first
    quoted = False
    for j in range(start, end):
        low = toks[j].low
        if low in ("“", "”", '"'):
            quoted = low != "”" and not (low == '"' and quoted)
            continue
        if quoted or low not in verbs or toks[j].capitalized:
            continue  # a capitalized word is part of a name: "Ban Tổ chức", "Ủy ban Kiểm tra"
        if j > 0 and lows[j - 1] == "," and lx.openers.at(lows, j):
            continue  # "…137 đường bay, gồm 56 đường bay quốc tế": after a comma "gồm" opens a list
        n = lx.actor_verbs.at(lows, j)
        if (
            n
            and lx.counted_phrases.at(lows, j - 1) < 2
            and lx.counted_phrases.at(lows, j) <= n
            and not in_verb_noun(lows, j, max(start - 1, 0), lx)
        ):
            return j
    return None


# marks that open a list item, and quotes
_BULLETS = frozenset("-–—•+*·▪►●")
_OPEN_QUOTES = frozenset("\"“‘«'")


def _near_subject(near: Sequence[Tok], near_lows: Sequence[str], lx: Lexicon) -> bool:
    """Words between a comma and the verb that can be the subject: a name or a noun phrase,
    not "đơn vị này" (which points back at the subject before), no count, no purpose."""
    return (
        bool(near)
        and near_lows[-1] != "để"  # "…, mạo danh nhân viên ngân hàng để lừa đảo…": a purpose, not a subject
        and (len(near) >= 2 or near[0].capitalized)
        and not lx.anaphora.ending(near_lows, len(near_lows))
        and not near[0].is_digit
        and not (not near[0].capitalized and any(t.is_digit for t in near))
    )


def _has_own_verb(c: Cand, lx: Lexicon) -> bool:
    """A verb follows the count in its clause (up to the next comma or the end)."""
    toks, lows = c.toks, c.where.lows()
    comma = first_at(c.where.of(","), c.i1)
    return _first_verb(toks, lows, c.unit_end, len(toks) if comma is None else comma, lx) is not None


def _said_subject(c: Cand, verb: int, lx: Lexicon) -> list[Tok]:
    """After a verb of saying, the subject of what is said, when it names one right away:
    "Liên Bộ … cho biết quỹ bình ổn giá xăng dầu hiện còn khoảng 5.400 tỷ đồng" (not "cho biết đã …",
    not "cho biết đơn vị này …")."""
    toks, lows = c.toks, c.where.lows()
    n = lx.speech.at(lows, verb)
    k = verb + n
    if not n or k >= c.q0 or toks[k].kind != "w" or lx.actor_verbs.at(lows, k) or lx.intro.at(lows, k):
        return []
    end = _first_verb(toks, lows, k + 1, c.q0, lx)
    if end is None or end - k > 14 or any(not t.is_word for t in toks[k:end]):
        return []
    return toks[k:end] if _near_subject(toks[k:end], lows[k:end], lx) else []


def _duration_at(toks: list[Tok], lows: list[str], i: int, lx: Lexicon) -> bool:
    """A number and a unit of time at toks[i]: "Ba năm qua", "5 tháng đầu năm"."""
    return i + 1 < len(toks) and is_number_tok(toks[i]) and lx.duration_after.at(lows, i + 1) > 0


def read_actor(c: Cand, text: str, lx: Lexicon) -> None:
    """Who has, did or manages it: the subject of the clause the number stands in."""
    toks, lows = c.toks, c.where.lows()
    start, commas = _clause(c, toks, lows, lx)
    c.clause_start = start
    words: list[Tok] = []
    # "Kim Mã (61.632 khách)": a name right before a bracketed number
    if c.q0 >= 2 and toks[c.q0 - 1].text == "(":
        j = c.q0 - 2
        while j >= start and toks[j].is_word and toks[j].capitalized:
            j -= 1
        words = toks[j + 1 : c.q0 - 1]
    else:
        start, words = _subject(c, toks, lows, start, commas, lx)
    if words and words[-1].low == ",":
        words = words[:-1]
    if len(words) == 1 and words[0].low in lx.pronouns:
        c.actor_pronoun = True  # "anh nhận được…": resolved against earlier actors in carry_actor
        return
    words = _no_time(words, text, lows, start, lx)
    if words and len(words) <= 14 and words[0].is_word and (words[0].capitalized or len(words) >= 2):
        c.actor = text[words[0].start : words[-1].end]
        c.rules.append("actor:subject")
    _possessive(c, text, lx)


def _clause(c: Cand, toks: list[Tok], lows: list[str], lx: Lexicon) -> tuple[int, list[int]]:
    """Where the clause of the number starts, past list marks, quotes and opening phrases; and its commas."""
    # the clause: back to the sentence start, the last ';' or the last ':'
    start = max(0, c.q0 - WINDOW)
    brk = c.where.last((";", ":"), start, c.q0)
    if brk is not None:
        start = brk + 1
    # skip opening time or framing phrases that end in a comma ("Từ đầu năm,", "Ba năm qua,")
    while start < c.q0 and (lows[start] in _BULLETS or lows[start] in _OPEN_QUOTES):
        start += 1  # "- Cấp ủy … đã kiểm tra 1.230 tổ chức đảng": a list item's mark; an opening quote
    commas = [
        k for k in c.where.between(",", start, c.q0) if k + 1 >= len(lows) or (lows[k - 1], lows[k + 1]) not in lx.comma_joined
    ]
    while commas and (lx.intro.at(lows, start) or _duration_at(toks, lows, start, lx)):
        start = commas.pop(0) + 1
    return start, commas


def _subject(c: Cand, toks: list[Tok], lows: list[str], start: int, commas: list[int], lx: Lexicon) -> tuple[int, list[Tok]]:
    """The subject before the first verb of the clause that starts at ``start``: (where it would stand, its words)."""
    words: list[Tok] = []
    # "hiện toàn tỉnh có…", "Riêng Fanpage … có…": an adverb or framing word before the subject
    while start < c.q0 and (n := lx.subject_openers.at(lows, start)):
        start += n
        # "Cộng dồn từ đầu năm, TP.HCM có…": a framing phrase after the opener
        later = [k for k in commas if k >= start]
        if later and lx.intro.at(lows, start):
            start = later[0] + 1
    c.clause_start = start  # where the subject would stand ("…; trong đó có 1.120 tin": none)
    first_verb = None
    if start < c.q0 and (not lx.actor_verbs.at(lows, start) or in_verb_noun(lows, start, start, lx)):
        first_verb = _first_verb(toks, lows, start + 1, c.q0, lx)
        if first_verb is None and c.q0 < c.i0 and lx.actor_verbs.at(lows, c.q0):
            first_verb = c.q0  # the qualifier opens with the verb: "Doanh thu … ước đạt 117.000 tỷ đồng"
    if first_verb is not None:
        w0, w1 = start, first_verb  # the subject's token span
        # "Lương tôi 12 triệu/tháng, riêng tiền nhà đã chiếm…": a subject opened after a comma
        for k in range(w1 - 2, w0, -1):
            if lows[k] == "," and (n := lx.subject_openers.at(lows, k + 1)):
                w0 = k + 1 + n
                break
        if lx.intro.at(lows, w0) >= w1 - w0:
            w1 = w0  # "Mỗi ngày có 12 đoàn tàu": a framing phrase alone is no subject
        # "Nổi bật nhất trong số đó là Fanpage có 125.000 người theo dõi": the subject of "có" follows "là",
        # unless a name stands before it ("Huyện Trà Cú là địa phương có…")
        named = any(t.capitalized for t in toks[w0 + 1 : w1])
        v = _first_verb(toks, lows, first_verb + 2, c.q0, lx) if lows[first_verb] == "là" and not named else None
        if v is not None and _near_subject(toks[first_verb + 1 : v], lows[first_verb + 1 : v], lx):
            w0, w1 = first_verb + 1, v
        words = toks[w0:w1]
        said = _said_subject(c, first_verb, lx)
        if said:
            words = said
        # a nearer subject after a comma: "…, Công ty CP Lilama 3 (Hà Nội) nợ hơn 25 tỷ đồng"
        last_comma = c.where.last((",",), first_verb, c.q0)
        if last_comma is not None and last_comma + 1 == c.q0 and _has_own_verb(c, lx):
            words = []  # "…, bốn em còn lại bị đuối nước": the count is the subject of its own clause
        elif last_comma is not None:
            k = last_comma + 1
            verb = _first_verb(toks, lows, k + 1, c.q0, lx)
            near, near_lows = (toks[k:verb], lows[k:verb]) if verb is not None else ([], [])
            # "…, còn hãng Wendy's hứa…", "…giám sát dẫn đến ông Thi Danh chiếm dụng…": skip linking words
            while near:
                n = lx.actor_verbs.at(near_lows, 0) or lx.subject_openers.at(near_lows, 0)
                if not n:
                    break
                near, near_lows = near[n:], near_lows[n:]
            if near and not lx.intro.at(lows, k) and _near_subject(near, near_lows, lx):
                words = near  # not "đơn vị này", which points back at the subject before
    return start, words


def _no_time(words: list[Tok], text: str, lows: list[str], start: int, lx: Lexicon) -> list[Tok]:
    """The subject's words less a time or a period, which are no subject."""
    if words and not words[0].capitalized and lx.time_openers.at(lows, start) and any(t.is_digit for t in words):
        words = []  # "trong tháng 1/2024 có khoảng 65% người dùng": a time, not a subject
    if words and PERIOD.fullmatch(text, words[0].start, words[-1].end):
        words = []  # "(Cộng dồn) từ đầu năm đến nay có 21.470 ca": the period, not a subject
    if len(words) > 2 and (words[-1].kind == "d" or words[-1].low in PERIOD_LAST):
        # "Tổng sản phẩm trên địa bàn (GRDP) 9 tháng năm 2024 ước tăng 7,2%": the period is no part of the subject
        for k in range(1, len(words) - 1):
            if PERIOD.fullmatch(text, words[k].start, words[-1].end):
                words = words[:k]
                break
    return words


def _possessive(c: Cand, text: str, lx: Lexicon) -> None:
    """An owner named after the counted thing ("của", "thuộc" and a name)."""
    toks, lows = c.toks, c.where.lows()
    # possessive after the counted thing: "46 trang Fanpage, Facebook của Đoàn, Hội, Đội cơ sở"
    after = lows[c.unit_end : c.unit_end + 8]
    if "của" not in after and "thuộc" not in after:
        return
    for j in range(c.unit_end, min(len(toks), c.unit_end + 8)):
        t = toks[j]
        if t.low in (";", ".", ":") or (j > c.unit_end and is_number_tok(t)):
            break
        if t.low == "," and j + 1 < len(toks) and not toks[j + 1].capitalized:
            break  # ", tỷ lệ chặn gỡ của Facebook…" is another clause, not this count's owner
        if t.low in ("của", "thuộc") and j + 1 < len(toks) and toks[j + 1].capitalized:
            k = j + 1
            while (
                k < len(toks)
                and toks[k].low not in (";", ".", ":", "(", "với", "và", "để", "trên", "có")
                and not is_number_tok(toks[k])
                and not (k > j + 1 and lx.actor_verbs.at(lows, k))
            ):
                k += 1
            if k > j + 1:
                c.actor = text[toks[j + 1].start : toks[k - 1].end].rstrip(" ,")
                c.rules.append("actor:possessive")
            break


def carry_actor(cands: list[Cand]) -> None:
    """A list that shares its subject shares its actor: "Thành đoàn có 2 trang Fanpage, 1 trang Facebook",
    "Cấp ủy kiểm tra 796 tổ chức đảng; giám sát 231 tổ chức đảng"."""
    last: Cand | None = None
    named: Cand | None = None  # the last fact whose actor is a name
    for c in cands:
        if c.actor_pronoun and named is not None and c.sent - named.sent <= 3:
            c.actor = named.actor
            c.rules.append("actor:pronoun")
        if c.actor and c.actor[0].isupper():
            named = c
        if last is not None and last.sent == c.sent and not c.actor and last.actor:
            between = [t.low for t in c.toks[last.i1 : c.q0]]
            if ";" not in between or c.clause_start == c.q0 or lexicon().actor_verbs.at(c.where.lows(), c.clause_start):
                c.actor = last.actor
                c.rules.append("actor:shared")
        last = c
