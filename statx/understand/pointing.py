"""Whose, beyond the subject: what the clause points at.

A demonstrative subject ("đơn vị này") names the body it points back at; a change or share beside a count
("khách nội địa 1.200 lượt, tăng 17%") has that count's owner; people counted where they go ("khách đến A")
belong to the place; the agent of a passive after the count ("12 đảng viên bị Ban A kỷ luật"); the source of a
measure that names no owner ("Theo Bộ B, tổng kim ngạch … đạt …"); a possessive after the counted thing ("19
trang Zalo … của Đoàn"). Each is read from the sentence of the count; what the sentence does not say is carried
(:mod:`~statx.understand.carry`).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from statx.facts import Category
from statx.lexicon.dictionary import words as dictionary_words
from statx.understand.actor_words import actor_words
from statx.understand.context import Cand, Lexicon, Tok, first_at, is_number_tok, lexicon

__all__ = [
    "demonstrative",
    "destination",
    "ends_in_count",
    "passive_agent",
    "points_back",
    "possessive",
    "raised_owner",
    "source_of_measure",
    "suffered_at",
]


def ends_in_count(words: Sequence[Tok]) -> bool:
    """The words run up to a comma or a bracket right after a count of theirs and its noun ("khách nội địa
    1.200 lượt,", "khiển trách 28 (", "Cà phê 2,9 tỷ USD ("): what follows is a change or share of that count, not
    a clause with a subject of its own. A name with digits ("Tàu Minh An 27 (") or a count that opens the words
    ("5 địa phương") is no such count."""
    if len(words) < 3 or words[-1].text not in ",(":
        return False
    k = next((k for k in range(len(words) - 2, max(0, len(words) - 7), -1) if is_number_tok(words[k])), None)
    return (
        k is not None
        and k > 1
        and words[k - 1].is_word
        and not words[k - 1].capitalized
        and all(t.is_word for t in words[k + 1 : -1])
    )


def demonstrative(words: Sequence[Tok]) -> bool:
    """The subject is a noun of a body with a demonstrative after it ("đơn vị này", "cơ quan nói trên", "lực
    lượng đó"): it points back at a body named before. A place so named ("địa phương này", "tỉnh này") is
    the actor as the sentence says it."""
    aw = actor_words()
    if not 2 <= len(words) <= 5 or words[-1].low not in aw.anaphoric_last or any(t.capitalized for t in words[1:]):
        return False
    lows = [t.low for t in words]
    n = aw.demonstratives.ending(lows, len(lows))
    k = 0
    while k < len(lows) - n and (m := aw.generic_actors.at(lows, k)):
        k += m
    return 0 < n < len(lows) and k < len(lows) - n  # not "địa phương này": a place


def points_back(c: Cand, text: str, lx: Lexicon) -> None:
    """The body a demonstrative subject points back at: the source that frames its sentence ("Thông tin từ
    Công an tỉnh A cho biết, mới đây đơn vị này đã bắt 3 đối tượng", "Theo Sở B, cơ quan này đã…" → the body);
    else the last body named as an actor before it (:func:`~statx.understand.carry.carry_actor`)."""
    source = _frame_source(c, lx)
    if source:
        c.actor = text[source[0].start : source[-1].end]
        c.rules.append("actor:demonstrative")
    else:
        c.actor_anaphor = True


def _frame_source(c: Cand, lx: Lexicon) -> list[Tok]:
    """The body named by the source frame that opens the sentence before its clause: "Theo Sở A, …", "Thông
    tin từ Công an B cho biết, …", "Theo báo cáo của Ban C, …" → the body; [] when none."""
    aw = actor_words()
    toks, lows = c.toks, c.where.lows
    k = 0
    while k < c.clause_start and not toks[k].is_word:
        k += 1
    n = aw.frames.at(lows, k) if k < c.clause_start and lows[k] in aw.frames.by_first else 0
    if not n:
        return []
    end = next((j for j in range(k + n, c.clause_start) if lows[j] == "," or lx.speech.at(lows, j)), None)
    if end is None or not 0 < end - k - n <= 12:
        return []
    source = toks[k + n : end]
    at = max((j + 1 for j, t in enumerate(source) if t.low in ("của", "từ")), default=0)
    source = source[at:] if at < len(source) else []  # "Theo báo cáo của Bộ B": the body, not its report
    if source and source[0].capitalized and all(t.is_word or t.text in "&-–." for t in source):
        return list(source)
    return []


def destination(c: Cand, words: list[Tok]) -> list[Tok] | None:
    """People counted where they go or stand, as the subject: "Khách quốc tế đến Đà Nẵng đạt…", "lượng du khách
    tới tỉnh A ước đạt…" → the place they go to, which has them; None when the subject is no such noun."""
    aw, lx = actor_words(), lexicon()
    marks = c.where.among(aw.destination_before)
    first = bisect_left(marks, c.toks.index(words[0])) if marks and words[0] in c.toks else len(marks)
    if first == len(marks) or c.toks[marks[first]].start > words[-1].start:
        return None  # the common case: no word of a place gone to
    lows = [t.low for t in words]
    k = next((k for k, low in enumerate(lows) if low not in aw.counted_lead), len(lows))
    n = lx.counted_phrases.at(lows, k) if k < len(lows) else 0
    if not n or lx.counted.get(tuple(lows[k : k + n])) not in (Category.PEOPLE, Category.AUDIENCE):
        return None
    at = next((j for j in range(k + n, len(words) - 1) if lows[j] in aw.destination_before), None)
    if at is None or (not words[at + 1].capitalized and not aw.metric_places.at(lows, at + 1)):
        return None
    lows_after = lows[at + 1 :]
    j = at + 1 + (aw.metric_places.at(lows_after, 0) if not words[at + 1].capitalized else 0)  # "tỉnh A"
    end = j
    while end < len(words) and (words[end].capitalized or (words[end].text in "-–." and end > j and _capital_at(words, end + 1))):
        end += 1
    return words[at + 1 : end] if end > j else None


def _capital_at(words: Sequence[Tok], k: int) -> bool:
    return k < len(words) and words[k].capitalized


def source_of_measure(c: Cand, text: str) -> None:
    """A measure that names no owner, in a sentence framed by its source, is the source's figure: "Theo Bộ A, 5 tháng
    qua tổng kim ngạch xuất khẩu ước đạt 24 tỷ USD" → "Bộ A" (a source before a subject of its own is no actor)."""
    aw = actor_words()
    toks, lows = c.toks, c.where.lows
    k = 0 if toks[0].is_word else 3 if toks[0].text == "(" and len(toks) > 3 and toks[2].text == ")" else 1
    n = aw.sources.at(lows, k) if lows[k] in aw.sources.by_first else 0
    end = first_at(c.where.of(","), k + n) if n else None
    if end is None or end >= c.q0 or not 0 < end - k - n <= 10:
        return
    source = toks[k + n : end]
    at = max((j + 1 for j, t in enumerate(source) if t.low in ("của", "từ")), default=0)
    source = source[at:] if at < len(source) else []  # "Theo báo cáo của Bộ B": the body, not its report
    if source and source[0].capitalized and all(t.is_word or t.text in "&-–." for t in source):
        c.actor = text[source[0].start : source[-1].end]
        c.rules.append("actor:source")


def passive_agent(c: Cand, text: str, lx: Lexicon) -> None:
    """The agent of a passive after the count: "12 đảng viên bị Ban Thường vụ Huyện ủy kỷ luật",
    "35 hộ được UBND tỉnh cấp giấy chứng nhận"."""
    aw = actor_words()
    toks, lows = c.toks, c.where.lows
    marks = c.where.among(aw.passive)  # "bị", "được": where they stand in the sentence, found once
    at = bisect_left(marks, c.i1)
    j = marks[at] if at < len(marks) and marks[at] < min(len(toks) - 1, c.i1 + 20) else None
    if j is None or not toks[j + 1].capitalized or not all(_in_noun_phrase(toks, k) for k in range(c.i1, j)):
        return
    for k in range(j + 2, min(len(toks), j + 14)):
        if not toks[k].is_word:
            return
        if not toks[k].capitalized and (lx.actor_verbs.at(lows, k) or aw.agent_verbs.at(lows, k)):
            c.actor = text[toks[j + 1].start : toks[k - 1].end]
            c.rules.append("actor:agent")
            return


def _in_noun_phrase(toks: Sequence[Tok], k: int) -> bool:
    """toks[k] may stand inside the noun phrase of a count before its passive: a word, a comma between two
    nouns ("10 sự kiện, hoạt động … được A chọn"), a year ("năm 2025"); not another count, not a stop."""
    t = toks[k]
    if t.is_word:
        return not is_number_tok(t) or (t.low == "năm" and k + 1 < len(toks) and _year(toks[k + 1]))
    if t.low == ",":
        return k + 1 < len(toks) and toks[k + 1].is_word and not is_number_tok(toks[k + 1])
    return _year(t) and toks[k - 1].low == "năm"


def _year(t: Tok) -> bool:
    return t.is_digit and len(t.text) == 4 and t.text[:2] in ("19", "20")


def possessive(c: Cand, text: str, lx: Lexicon) -> None:
    """A possessive after the counted thing: "19 trang Zalo, Facebook của Đoàn, Hội, Đội các trường"."""
    toks, lows = c.toks, c.where.lows
    after = lows[c.unit_end : c.unit_end + 8]
    if "của" not in after and "thuộc" not in after:
        return
    for j in range(c.unit_end, min(len(toks), c.unit_end + 8)):
        t = toks[j]
        if t.low in (";", ".", ":") or (j > c.unit_end and is_number_tok(t)):
            break
        if t.low == "," and j + 1 < len(toks) and not toks[j + 1].capitalized:
            break  # ", tỷ lệ chặn gỡ của Facebook…" is another clause, not this count's owner
        if t.low == "thuộc" and j > 0 and f"{lows[j - 1]} thuộc" in dictionary_words():
            continue  # "trực thuộc", "phụ thuộc": a word of the Viet74K list, no owner after it
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


def raised_owner(c: Cand, text: str) -> None:
    """A measure raised to the count names its owner: "…, nâng tổng số đảng viên toàn huyện lên 3.079" → "toàn
    huyện" (a scope, "toàn"/"cả", between the measure and "lên")."""
    aw = actor_words()
    toks, lows = c.toks, c.where.lows
    if c.q0 < 4 or lows[c.q0 - 1] != "lên":
        return
    verb = next((k for k in range(c.q0 - 2, max(c.clause_start, c.q0 - 12) - 1, -1) if lows[k] in aw.raises), None)
    if verb is None or not aw.metrics.at(lows, verb + 1):
        return
    scope = next((k for k in range(verb + 2, c.q0 - 2) if lows[k] in aw.metric_scope), None)
    if scope is not None and all(t.is_word for t in toks[scope : c.q0 - 1]):
        c.actor = text[toks[scope].start : toks[c.q0 - 2].end]
        c.rules.append("actor:raised measure")


def suffered_at(c: Cand, text: str) -> None:
    """What was struck where it stands, with no subject before it, is the place's: "4 ha lúa tại xã A bị ngập",
    "1 con bò ở xã B bị sét đánh" → "xã A", "xã B" (a place right after what is counted, then "bị")."""
    aw = actor_words()
    toks, lows = c.toks, c.where.lows
    after, places = max(c.unit_end, c.i1), aw.place_before
    marks = c.where.among(aw.passive)
    struck = bisect_left(marks, after)
    if struck == len(marks) or marks[struck] > after + 12:
        return  # the common case: nothing struck
    at = next((j for j in range(after, min(len(toks), after + 5)) if lows[j] in places.by_first and places.at(lows, j)), None)
    if at is None:
        return
    k = at
    j = k + aw.place_before.at(lows, k)
    j += aw.metric_places.at(lows, j) if j < len(toks) and not toks[j].capitalized else 0  # "xã A"
    end = j
    while end < len(toks) and toks[end].is_word and toks[end].capitalized:
        end += 1
    if end > j and end < len(toks) and lows[end] == "bị" and all(t.is_word for t in toks[c.i1 : k]):
        c.actor = text[toks[k + aw.place_before.at(lows, k)].start : toks[end - 1].end]
        c.rules.append("actor:struck place")
