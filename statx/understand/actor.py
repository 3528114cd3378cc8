"""Whose: who has, did or manages what is counted.

The subject of the clause the number stands in (:mod:`~statx.understand.subject`), trimmed of what is not
its name (an aside holding a count, a source "Theo …", a means "qua …", the preposition of a place "trên địa
bàn …", a time), or: the page or channel of its own followers, views and likes ("Fanpage “A” … 20 nghìn lượt
theo dõi"); the agent of a passive after the count ("12 đảng viên bị Ban Thường vụ … kỷ luật"); a
possessive after the counted thing ("12 trang Fanpage … của Hội"). A pronoun ("anh") takes the last named
actor; a list that shares its subject shares its actor; a sentence that opens with its verb continues the
subject of the sentence before it in its paragraph, or of the headline when it is the lead.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from statx.facts import Category
from statx.lexicon import fold
from statx.lexicon.dictionary import MAX_SYLLABLES
from statx.lexicon.dictionary import words as dictionary_words
from statx.lexicon.places import place_names
from statx.understand.context import WINDOW, Cand, Lexicon, Tok, is_number_tok, lexicon
from statx.understand.period import PERIOD, PERIOD_LAST
from statx.understand.subject import DASHES, OPEN_QUOTES, actor_words, clause_start, duration_at, names_list, subject

__all__ = ["carry_actor", "read_actor"]


def read_actor(c: Cand, text: str, lx: Lexicon) -> None:
    """Who has, did or manages it: the subject of the clause the number stands in."""
    aw = actor_words()
    start, commas = clause_start(c, lx)
    n_rules = len(c.rules)
    words = _before_subordinate(_trim_subject(subject(c, text, lx, start, commas), lx))
    if len(words) == 1 and words[0].low in lx.pronouns:
        c.actor_pronoun = True  # "anh nhận được…": resolved against earlier actors in _carry_actor
        return
    words = _no_time(c, text, lx, words)
    owned = _metric_owner(c, words)
    words = _hazard_place(c, _what_is_counted(c, words) if owned is words else owned)
    listed = len(words) > 14 and names_list(c.toks, words, lx)
    # "fanpage đã đăng 500 bài", "thời gian tới, tỉnh sẽ lập thêm 40 trang"
    alone = len(words) == 1 and (aw.pages.at([words[0].low], 0) == 1 or lx.counted.get((words[0].low,)) == Category.ORGANIZATION)
    named = bool(words) and (words[0].capitalized or len(words) >= 2 or alone)
    handle = bool(words) and words[0].text == "@"  # "@tenkenh": an account's handle
    if named and (len(words) <= 14 or _outside_brackets(words) <= (30 if listed else 14)) and (words[0].is_word or handle):
        c.actor = text[words[0].start : words[-1].end]
        c.rules.append("actor:list" if listed and len(words) > 14 else "actor:subject")
    else:
        del c.rules[n_rules:]  # the subject rules named only a subject that was not kept
    _possessive(c, text, lx)
    if not c.actor:
        _passive_agent(c, text, lx)
    if not c.actor:
        _headline_owner(c, text)
    if c.category == Category.AUDIENCE:
        _page_actor(c, text, lx, words)


def _trim_subject(words: list[Tok], lx: Lexicon) -> list[Tok]:
    """The subject without what is not its name: a last comma, an aside holding a count, a source, a means,
    the preposition of a place."""
    aw = actor_words()
    if words and words[-1].low == ",":
        words = words[:-1]
    lows = [t.low for t in words]
    if len(words) > 1 and words[0].low in lexicon().list_intro.by_first and (n := lexicon().list_intro.at(lows, 0)):
        words, lows = words[n:], lows[n:]  # "…, như tỉnh A tăng 27%": the first of the examples
    if len(words) > 2 and lows[-1] in aw.time_adverbs.by_last and (n := aw.time_adverbs.ending(lows, len(lows))):
        words = words[:-n]  # "tổng đài A mỗi ngày nhận…": how often is no part of the subject
    if len(words) > 2 and words[-1].low == ")":
        k = max((i for i, t in enumerate(words) if t.low == "("), default=0)
        if k > 0 and any(is_number_tok(t) for t in words[k:]):
            words = words[:k]  # "Tàu A (tàu cá, 9 thuyền viên) bị chìm…": the aside is no part of the name
    if len(words) > 3 and words[0].text in OPEN_QUOTES:
        close = next((k for k in range(1, len(words)) if words[k].text in "\"”’»'"), None)
        if close is not None and close + 1 < len(words) and words[close + 1].capitalized:
            words = words[close + 1 :]  # "“siêu đô thị” TP A tiếp tục dẫn đầu…": an epithet before the name
    words = _place_first(words)
    if not words or words[0].low not in aw.trim_first:
        return words
    first = [t.low for t in words[:3]]
    if (n := aw.subordinators.at(first, 0)) and len(words) > n:
        words, first = words[n:], first[n:]  # "từ khi Công an tỉnh A lập 20 trang": the subject of the time clause
    if words and (aw.sources.at(first, 0) or aw.not_subject_first.at(first, 0)):
        return []  # "Theo báo cáo của Sở có 120 ca", "qua góc nhìn của …": a source or a means, not a subject
    if (n := aw.place_before.at(first, 0)) and len(words) > n:
        words = words[n:]  # "tại Fanpage X đã có…", "trên địa bàn huyện A đã có…": the place is the owner
    return words


def _place_first(words: list[Tok]) -> list[Tok]:
    """A place of the gazetteer that opens the subject and is followed by a word in lower case that goes on
    with no name is the whole subject: "Đà Nẵng xếp thứ hai" → "Đà Nẵng" (a verb no list knows)."""
    if len(words) < 2 or not words[0].capitalized or (words[1].capitalized and len(words) == 2):
        return words
    j = 0
    while j < len(words) and words[j].is_word and words[j].capitalized:
        j += 1
    if j == 0 or j >= len(words) or not words[j].is_word or words[j].low in ("và", "cùng", "với"):
        return words
    lx = lexicon()
    head = words[j].low in lx.class_heads.by_first and lx.class_heads.at([t.low for t in words], j)
    if head or " ".join(t.text for t in words[:j]) not in place_names():
        return words  # "Hà Giang tỉnh miền núi": a noun in apposition goes on with it
    return words[:j]


def _before_subordinate(words: list[Tok]) -> list[Tok]:
    """The subject up to a clause of time, condition or concession ("tỉnh A khi có 18 người chết" → "tỉnh A");
    none when the words open with one ("Mặc dù số ca mắc giảm…")."""
    ends = actor_words().subject_end
    lows = [t.low for t in words]
    if ends.by_first.keys().isdisjoint(lows):
        return words
    if ends.at(lows, 0):
        return []
    starts = (k for k in range(1, len(words)) if not words[k].capitalized and ends.at(lows, k) and not ends.at(lows, k - 1))
    cut = next(starts, None)
    return words if cut is None else words[:cut]


def _metric_owner(c: Cand, words: list[Tok]) -> list[Tok]:
    """A subject that names a measure ("Tổng thu ngân sách toàn tỉnh đạt…", "Số ca mắc từ đầu năm là…") is
    not who has it: its owner is the place or body it names ("toàn tỉnh", "của tỉnh A" → "tỉnh A"), else none,
    and the clause continues the subject before it. A name that opens with such a word ("Tổng cục Thống kê",
    "Chi cục Thuế") is a word of its own in the dictionary, or goes on with a capital."""
    aw = actor_words()
    if not words or words[0].low not in aw.metrics.by_first:
        return words  # the common case: one look-up
    lows = [t.low for t in words]
    n = aw.metrics.at(lows, 0)
    if not n or (n < len(words) and words[n].capitalized):
        return words
    whole = _word_at(lows, 0)
    if whole > n and whole >= n + _word_at(lows, n) and not aw.metrics.at(lows, n):
        return words  # "chi bộ", "tổng công ty": a noun of its own (but "thu ngân sách" is "thu" + "ngân sách")
    for k in range(n, len(words)):
        m = aw.metric_owner.at(lows, k) if lows[k] in aw.metric_owner.by_first else 0
        owner = words[k if lows[k] in aw.metric_scope else k + m :] if m and k + m < len(words) else []
        if owner and (lows[k] in aw.metric_scope or any(t.capitalized for t in owner) or aw.metric_places.at(lows, k + m)):
            c.rules.append("actor:metric owner")  # "của tỉnh A", "toàn tỉnh", not "từ đầu năm đến nay"
            return owner
    places = aw.metric_places
    at = next((k for k in range(n, len(words)) if places.at(lows, k) and lows[k - 1] != "cấp"), None)
    if at is not None:
        c.rules.append("actor:metric owner")
        return words[at:]  # "tổng thu ngân sách huyện A đạt…": the unit named after the measure
    c.subjectless = True  # "Số ca mắc từ đầu năm là 200 ca": the subject of the clause before has it
    return []


def _hazard_place(c: Cand, words: list[Tok]) -> list[Tok]:
    """A natural hazard as the subject ("nước lũ đã cuốn trôi 2 người") is the cause: the place it struck has the
    count, fronted before it ("Tại tỉnh A, nước lũ…" → "tỉnh A") or after it ("lũ ở huyện B đã làm…");
    with no place named the hazard stays."""
    aw = actor_words()
    if not words or words[0].low not in aw.hazards.by_first or not aw.hazards.at([t.low for t in words], 0):
        return words
    toks, lows = c.toks, c.where.lows()
    first = toks.index(words[0]) if words[0] in toks else 0
    for k in range(first - 1, -1, -1):
        n = aw.place_before.at(lows, k)
        if n and lows[k - 1 : k] != ["cùng"]:
            end = next((j for j in range(k + n, first) if lows[j] in (",", "(")), first)
            place = toks[k + n : end]
            if 0 < len(place) <= 8 and any(t.capitalized for t in place) and all(t.is_word for t in place):
                c.rules.append("actor:hazard place")
                return list(place)
            break
    inner = [t.low for t in words]
    for k in range(1, len(words) - 1):
        n = aw.place_before.at(inner, k)
        if n:  # "mưa lũ tại các tỉnh miền Trung trong tuần qua đã làm…": the place the hazard struck
            stops = lexicon().time_openers.by_first
            end = next((j for j in range(k + n, len(words)) if inner[j] in stops or not words[j].is_word), len(words))
            if end > k + n:
                c.rules.append("actor:hazard place")
                return words[k + n : end]
    return words  # "bão số 3 đã làm 6 người chết": with no place named, the storm that did it


def _what_is_counted(c: Cand, words: list[Tok]) -> list[Tok]:
    """A subject with no name that a verb of measure joins to the count names what is counted, not who has it:
    "trong đó thể nặng là 35 ca", "Kinh phí năm nay là 2 tỷ đồng" (then a count before it in its sentence
    shares its actor), "Khách quốc tế ước đạt 1,9 triệu lượt" (people counted: the subject before has them).
    A name stays ("Hà Nội là 156 mm", "Học sinh Bình An đạt 12 huy chương")."""
    toks = c.toks
    if not words or c.q0 < 1 or words[-1].end > toks[c.q0].start:
        return words
    if any(t.capitalized for t in words[1:]) or (words[0].capitalized and words[0] is not toks[0]):
        return words
    if toks[c.q0 - 1].low == "là" and words[-1].end <= toks[c.q0 - 1].start:
        return [] if len(words) > 1 or not words[0].capitalized else words
    lx = lexicon()
    lows = c.where.lows()
    j = toks.index(words[-1]) + 1 if words[-1] in toks else c.q0
    while j < len(toks) and (n := lx.modals.at(lows, j)):
        j += n
    if j >= len(toks) or lows[j] not in lx.copulas:
        return words  # "Khách … ước đạt 1,9 triệu lượt, tăng 12%": a verb of measure after the subject
    head = [t.low for t in words]
    k = next((k for k, low in enumerate(head) if low not in actor_words().counted_lead), len(head))
    n = lx.counted_phrases.at(head, k)
    if not n or lx.counted.get(tuple(head[k : k + n])) not in ("people", "audience", "content", "event"):
        return words
    c.subjectless = True
    return []


def _word_at(lows: Sequence[str], k: int) -> int:
    """How many syllables the longest dictionary word at ``lows[k]`` has (1 when none is longer)."""
    dictionary = dictionary_words()
    return next((n for n in range(MAX_SYLLABLES, 1, -1) if " ".join(lows[k : k + n]) in dictionary and k + n <= len(lows)), 1)


def _outside_brackets(words: Sequence[Tok]) -> int:
    """How many of the words stand outside brackets: "(tỉnh Hà Tĩnh)" after a name does not make it long."""
    n = depth = 0
    for t in words:
        depth += (t.low == "(") - (t.low == ")")
        if depth < 0:
            return len(words)  # a bracket closed that the words did not open
        n += depth == 0 and t.low != ")"
    return n if depth == 0 else len(words)


def _no_time(c: Cand, text: str, lx: Lexicon, words: list[Tok]) -> list[Tok]:
    """The subject without a time or period: those are not who has the number."""
    lows = [t.low for t in words]
    comma = len(lows) - 1 - lows[::-1].index(",") if len(words) > 2 and "," in lows else 0
    tail = words[comma + 1 :] if comma else []
    if tail and (duration_at(tail, lows[comma + 1 :], 0, lx) or PERIOD.fullmatch(text, tail[0].start, tail[-1].end)):
        words, lows = words[:comma], lows[:comma]  # "Bệnh viện A, hai tháng qua tiếp nhận 70 ca": the time after the name
    if words and lows[0] in lx.time_openers.by_first and lx.time_openers.at(lows, 0):
        # "Sau gần 2 năm hoạt động trang tin …", "Sau 5 năm Hội A có…": a time before the subject, without a comma
        k = next((i for i in range(1, min(len(words), 4)) if duration_at(words, lows, i, lx)), None)
        if k is not None:
            rest = words[k + 1 + lx.duration_after.at(lows, k + 1) :]
            words = rest if rest and rest[0].capitalized else []
    units = lx.duration_after.by_first  # a unit of time after a number: a cheap test before each look-up
    cut = next((k for k in range(1, len(words) - 1) if lows[k + 1] in units and duration_at(words, lows, k, lx)), None)
    if cut is not None and words[0].is_word:
        words, lows = words[:cut], lows[:cut]  # "Địa phương này 6 tháng đầu năm đón…": the time after the name
    if words and not words[0].capitalized and _timed(c, lx) and any(t.is_digit for t in words):
        return []  # "trong tháng 1/2024 có khoảng 65% người dùng": a time, not a subject
    if words and PERIOD.fullmatch(text, words[0].start, words[-1].end):
        return []  # "(Cộng dồn) từ đầu năm đến nay có 21.470 ca": the period, not a subject
    if len(words) > 2 and (words[-1].kind == "d" or words[-1].low in PERIOD_LAST):
        # "Tổng sản phẩm trên địa bàn (GRDP) 9 tháng năm 2024 ước tăng 7,2%": the period is no part of the subject
        for k in range(1, len(words) - 1):
            if PERIOD.fullmatch(text, words[k].start, words[-1].end):
                return words[:k]
    return words


def _timed(c: Cand, lx: Lexicon) -> bool:
    """The clause opens with a time: "trong tháng 1/2024 có…"."""
    at, lows = c.clause_start, c.where.lows()
    return at < len(lows) and lows[at] in lx.time_openers.by_first and lx.time_openers.at(lows, at) > 0


def _page_actor(c: Cand, text: str, lx: Lexicon, subject: Sequence[Tok]) -> None:
    """The page or channel is the actor of its own followers, views and likes: the one named in the
    clause before the number ("các video trên Fanpage “Tuổi trẻ A” đã có 3 triệu lượt xem",
    "trang fanpage với 500 người theo dõi"), else, when the subject names no one, the one the sentence names
    after it ("Vượt mốc 80 nghìn lượt theo dõi, Fanpage Thành đoàn A đã…")."""
    aw = actor_words()
    toks, lows = c.toks, c.where.lows()
    page = None
    firsts = aw.pages.by_first
    for k in range(c.clause_start, c.q0):
        n = aw.pages.at(lows, k) if lows[k] in firsts else 0
        if n and not (k > 0 and (is_number_tok(toks[k - 1]) or lows[k - 1] in aw.pages.by_first)):
            found = _page_at(c, k, n, lx, c.q0)
            if found is not None:
                page = found
    if page is None and len(subject) == aw.pages.at([t.low for t in subject], 0) > 0:
        page = list(subject)  # "fanpage đã trở thành kênh tin cậy, đạt 70 nghìn người theo dõi"
    if page is None and subject and not any(t.capitalized and t is not toks[0] for t in subject[1:]) and len(subject) < 3:
        subject = []  # "Lần đầu vượt mốc…": no one named
    if page is None and not subject:
        for k in range(c.i1, min(len(toks), c.i1 + WINDOW)):
            n = aw.pages.at(lows, k) if lows[k] in firsts else 0
            if n and not is_number_tok(toks[k - 1]):
                page = _page_at(c, k, n, lx, len(toks))
                if page is not None:
                    break
    if page is not None and "actor:possessive" in c.rules and all(t.low in aw.networks or aw.pages.at([t.low], 0) for t in page):
        return  # "Fanpage 18 triệu người theo dõi của ca sĩ A": an unnamed page is its owner's
    if page is not None:
        c.actor = text[page[0].start : page[-1].end]
        c.rules.append("actor:page")


def _page_at(c: Cand, k: int, n: int, lx: Lexicon, end: int) -> list[Tok] | None:
    """The page noun at ``k`` with the name after it ("Fanpage “Công an A”", "trang Zalo Công an B",
    "Fanpage của Đoàn xã"), or alone right before the count ("trang fanpage với 500 người theo dõi")."""
    aw = actor_words()
    toks, lows = c.toks, c.where.lows()
    j = k + n
    for m in (1, 2):  # "kênh thông tin Zalo …": a word or two that say what kind of page
        named = j + m < end and (lows[j + m] in aw.networks or toks[j + m].capitalized)
        if named and all(
            toks[q].is_word and not toks[q].capitalized and lows[q] not in aw.page_name_end for q in range(j, j + m)
        ):
            j += m
            break
    while j < end and lows[j] in aw.networks and toks[j].is_word:
        j += 1
    if j < end and lows[j] == "của":
        j += 1
    if j < end and toks[j].text in OPEN_QUOTES:
        close = next((q for q in range(j + 1, min(end, j + 16)) if toks[q].text in "\"”’»'"), None)
        return toks[k : close + 1] if close is not None else None
    if j < end and toks[j].is_word and toks[j].capitalized:
        e = j
        while (
            e < end
            and (toks[e].is_word or (toks[e].text in DASHES and e + 1 < end and toks[e + 1].capitalized))
            and lows[e] not in aw.page_name_end
            and not (e > j and not toks[e].capitalized and lx.actor_verbs.at(lows, e))
            and e - j < 10
        ):
            e += 1
        return toks[k:e]
    if end == c.q0 and c.q0 - j <= 2 and all(lows[q] in ("với", "có", "đạt") for q in range(j, c.q0)):
        return toks[k:j]  # an unnamed page right before its count
    return None


def _headline_owner(c: Cand, text: str) -> None:
    """A headline that opens with a name and a colon is that name's report: "Bình An: 175 đảng viên bị kỷ luật"."""
    toks = c.toks
    colon = c.where.of(":")
    if not colon or not 0 < colon[0] <= 4 or colon[0] >= c.q0 or not 0 <= c.m.start < (text.find("\n") % (len(text) + 1)):
        return
    if all(t.is_word and t.capitalized for t in toks[: colon[0]]):
        c.actor = text[toks[0].start : toks[colon[0] - 1].end]
        c.rules.append("actor:headline name")


def _passive_agent(c: Cand, text: str, lx: Lexicon) -> None:
    """The agent of a passive after the count: "12 đảng viên bị Ban Thường vụ Huyện ủy kỷ luật",
    "35 hộ được UBND tỉnh cấp giấy chứng nhận"."""
    aw = actor_words()
    toks, lows = c.toks, c.where.lows()
    end = min(len(toks), c.i1 + 10)
    if aw.passive.isdisjoint(lows[c.i1 : end]):
        return
    j = next((k for k in range(c.i1, end) if lows[k] in aw.passive or not toks[k].is_word or is_number_tok(toks[k])), None)
    if j is None or lows[j] not in aw.passive or j + 1 >= len(toks) or not toks[j + 1].capitalized:
        return
    for k in range(j + 2, min(len(toks), j + 14)):
        if not toks[k].is_word:
            return
        if not toks[k].capitalized and (lx.actor_verbs.at(lows, k) or aw.agent_verbs.at(lows, k)):
            c.actor = text[toks[j + 1].start : toks[k - 1].end]
            c.rules.append("actor:agent")
            return


def _possessive(c: Cand, text: str, lx: Lexicon) -> None:
    """A possessive after the counted thing: "19 trang Zalo, Facebook của Đoàn, Hội, Đội các trường"."""
    toks, lows = c.toks, c.where.lows()
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


def carry_actor(cands: list[Cand], text: str) -> None:
    """A list that shares its subject shares its actor: "Huyện đoàn có 3 trang Fanpage, 4 trang Facebook",
    "Cấp ủy kiểm tra 700 tổ chức đảng; giám sát 230 tổ chức đảng". A sentence that opens with its verb
    continues the subject of the sentence before it in the paragraph: "Hội A kiểm tra 9 chi hội. Qua đó,
    phát hiện 2 chi hội vi phạm"."""
    last: Cand | None = None
    named: Cand | None = None  # the last fact whose actor is a name
    whole: Cand | None = None  # the last fact whose actor is not distributive ("mỗi phường")
    for c in cands:
        if c.actor_pronoun and named is not None and c.sent - named.sent <= 3:
            c.actor = named.actor
            c.rules.append("actor:pronoun")
        if c.actor and c.actor[0].isupper():
            named = c
        if last is not None and last.sent == c.sent and not c.actor and last.actor:
            between = [t.low for t in c.toks[last.i1 : c.q0]]
            if (
                ";" not in between
                or c.subjectless
                or c.clause_start == c.q0
                or lexicon().actor_verbs.at(c.where.lows(), c.clause_start)
            ):
                c.actor = last.actor
                c.rules.append("actor:shared")
        elif c.subjectless and last is not None and _continues(last, c, text, same_paragraph=True):
            c.actor = last.actor if whole is None or whole.sent != last.sent else whole.actor
            c.rules.append("actor:headline" if "\n" in text[last.m.end : c.m.start] else "actor:sentence before")
        elif c.subjectless and not c.actor and (heading := _heading(c, text)):
            c.actor = heading
            c.rules.append("actor:heading")
        elif c.subjectless and last is not None and _continues(last, c, text, same_paragraph=False):
            c.actor = last.actor
            c.rules.append("actor:paragraph before")
        _named_place_for(c, text)
        last = c
        if c.actor and c.actor.split(" ", 1)[0].lower() not in actor_words().each:
            whole = c  # not "mỗi phường": the next sentence goes on with the whole, not with each


def _named_place_for(c: Cand, text: str) -> None:
    """An actor that is only a scope or a type of unit ("tỉnh", "toàn tỉnh", "địa phương này") names the place
    named last before it in its paragraph ("Sở A Bình An cho biết, tỷ lệ của tỉnh đạt 99%" → "tỉnh Bình An").
    A count whose clause names no one takes no place this way: the last name of a paragraph is as often a
    person's or another body's as the owner's."""
    aw = actor_words()
    if not c.actor or (c.actor and fold(c.actor.split(" ", 1)[0].lower()) not in aw.generic_actors.by_first):
        return  # most actors are names: one look-up
    lows = [fold(w) for w in c.actor.lower().split()]
    k = 0
    while k < len(lows) and (n := aw.generic_actors.at(lows, k)):
        k += n
    if k < len(lows):
        return
    at = text.find(c.actor, c.toks[0].start, c.m.start) if c.actor else -1
    kind = next((w for w in lows if aw.metric_places.at([w], 0)), "")
    place = _last_place(text, at if at >= 0 else c.m.start, kind)
    if not place or place.lower() in c.actor.lower():
        return
    if place.startswith("TP. ") and lows[-2:] == ["thành", "phố"]:
        place = place[4:]  # "Thành phố" and "TP. A": the type word once
    c.actor = place if not lows or lows[-1] in aw.anaphoric or lows == ["của"] else f"{c.actor} {place}"
    c.rules.append("actor:named place")


_UPPER = "".join(ch for ch in map(chr, range(0x41, 0x1EFA)) if ch.isupper() and ch.isalpha())
_CAPITALIZED_RUN = re.compile(rf"(?<!\w)[{_UPPER}][^\W\d_]*(?: [{_UPPER}][^\W\d_]*)*")
_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")


def _last_place(text: str, end: int, kind: str) -> str:
    """The place named last in the paragraph before ``end``: a name of the gazetteer ("Thừa Thiên Huế", also
    inside "Sở Giáo dục Thừa Thiên Huế"), or a city written "TP. A"; not one that a type word other than
    ``kind`` opens ("huyện A" is no "tỉnh")."""
    places = actor_words().metric_places
    start = max(text.rfind("\n", 0, end) + 1, end - 800)  # the paragraph, up to some 150 words back
    chunk = text[start:end].replace("TP. ", "TP ")
    names = place_names()
    pronouns = lexicon().pronouns
    found = ""
    for m in _CAPITALIZED_RUN.finditer(chunk):
        run = m.group().split()
        w = _WORD_BEFORE.search(chunk, max(0, m.start() - 12), m.start())
        before = w.group(1).lower() if w else ""
        if run[0] != "TP" and (run[0].lower() in pronouns or places.at([fold(run[0].lower())], 0)):
            before, run = run[0].lower(), run[1:]  # "Ông Trần Văn Bình", "Huyện Mỹ Lâm" opening a sentence
        if not run or before in pronouns or (kind and before != kind and places.at([fold(before)], 0)):
            continue  # "ông Trần Văn Bình": a person; "huyện A" when the actor is a "tỉnh"
        if run[0] == "TP" and len(run) > 1:
            found = "TP. " + " ".join(run[1:])
            continue
        spans = ((a, b) for a in range(len(run)) for b in range(min(len(run), a + 4), a + 1, -1))
        found = next((" ".join(run[a:b]) for a, b in spans if " ".join(run[a:b]) in names), "") or found
    return found


def _heading(c: Cand, text: str) -> str:
    """The heading of the section a paragraph opens: a short line of capitalized words with no number and no
    final stop right before it ("Hà Nội", "TP. Bình An"), the owner of the counts whose clause names no one."""
    para = text.rfind("\n", 0, c.toks[0].start)
    if para < 0 or text.rfind(".", para, c.toks[0].start) > para:
        return ""
    end = len(text[:para].rstrip())
    line = text[text.rfind("\n", 0, end) + 1 : end].strip()
    words = line.split()
    if not 0 < len(words) <= 5 or line[-1] in ".:;,!?…" or any(ch.isdigit() for ch in line):
        return ""
    return line if all(w[0].isupper() for w in words) else ""


def _continues(last: Cand | None, c: Cand, text: str, *, same_paragraph: bool) -> bool:
    """``c`` opens its sentence with its verb right after the sentence of ``last``, in the same paragraph, or
    opens the lead right after the headline (the article's first line) that ``last`` stands in."""
    if last is None or c.actor or not last.actor or not c.subjectless:
        return False
    if not same_paragraph:  # a paragraph that opens with its verb goes on with the report of the one before
        return last.sent == c.sent - 1 and c.clause_start == 0 and bool(lexicon().actor_verbs.at(c.where.lows(), 0))
    if last.sent == c.sent - 1 and "\n" not in text[last.m.end : c.m.start]:
        return True
    headline_end = text.find("\n")
    return 0 <= last.m.start < headline_end and not text[headline_end : c.toks[0].start].strip()
