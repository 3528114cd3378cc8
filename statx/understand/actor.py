"""Whose: who has, did or manages what is counted.

The subject of the clause the number stands in (:mod:`~statx.understand.subject`), trimmed of what is not its name
(an aside holding a count, a source "Theo …", a means "qua …", the preposition of a place "trên địa bàn …", a time,
a list of counts, who speaks for a body "Đại diện …"), or: the page or channel of its own followers, views and
likes ("Fanpage “A” … 20 nghìn lượt theo dõi", :mod:`~statx.understand.page_actor`); the agent of a passive after
the count ("12 đảng viên bị Ban Thường vụ … kỷ luật"); a possessive after the counted thing ("12 trang Fanpage …
của Hội"); a place fronted before a clause whose subject is what is counted ("Tại Bệnh viện A, 9 bệnh nhân …"); the
source of a measure that names no owner ("Theo Bộ B, tổng kim ngạch … đạt …"); the body a titled speaker heads and
the speaker of a quote who says "tôi" (:mod:`~statx.understand.speaker`); the body a demonstrative subject points
back at ("đơn vị này"), the owner of the count a change stands beside, the place counted people go to, a measure
raised to the count, what was struck where it stands (:mod:`~statx.understand.pointing`). What the clause does not
say is carried from the sentence, the paragraph or the article (:mod:`~statx.understand.carry`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from functools import cache

from statx.facts import Category
from statx.lexicon import load
from statx.lexicon.dictionary import MAX_SYLLABLES
from statx.lexicon.dictionary import words as dictionary_words
from statx.lexicon.places import place_names
from statx.understand.actor_words import actor_words
from statx.understand.context import Cand, Lexicon, Tok, first_at, is_number_tok, lexicon
from statx.understand.frames import duration_at
from statx.understand.named import names_list
from statx.understand.no_one import a_thing, acts, holds_amount, measured_thing, names_no_one, scope_of_thing
from statx.understand.page_actor import page_actor
from statx.understand.period import PERIOD, PERIOD_FIRST, PERIOD_LAST
from statx.understand.pointing import (
    demonstrative,
    destination,
    ends_in_count,
    passive_agent,
    points_back,
    possessive,
    raised_owner,
    source_of_measure,
    suffered_at,
)
from statx.understand.speaker import framed, head_body, quote_speaker, speaks
from statx.understand.subject import CLOSE_QUOTES, OPEN_QUOTES, clause_start, subject
from statx.understand.tagged_verb import name_before_verb, opens_with_verb

__all__ = ["read_actor"]


def read_actor(c: Cand, text: str, lx: Lexicon) -> None:
    """Who has, did or manages it: the subject of the clause the number stands in."""
    aw = actor_words()
    start, commas = clause_start(c, lx)
    n_rules = len(c.rules)
    words = subject(c, text, lx, start, commas)
    if words and words[-1].text in ",(" and ends_in_count(words):
        words = []  # "khách lưu trú 1.200 lượt, tăng 17%": a change beside a count has that count's actor
        c.rules.append("actor:beside a count")
    words = _before_subordinate(_trim_subject(_noun_phrase(c, words), lx))
    if _lists_counts(words):
        words = []  # "…là: Công ty A, 2 hợp tác xã và 3 hộ": items of a list with their counts, no subject
    if len(words) == 1 and words[0].low in lx.pronouns:
        c.actor_pronoun = True  # "anh nhận được…": resolved against earlier actors in _carry_actor
        return
    words = _no_time(c, text, lx, words)
    if words and words[-1].low == ",":
        words = words[:-1]  # "Giám đốc Sở A, năm qua đã…": the comma before the time
    owned = _metric_owner(c, words)
    if owned is words and (scope := scope_of_thing(words, lx)) is not None:
        owned = words = words[scope:]  # "Kỳ thi … toàn tỉnh có 21.000 thí sinh": the whole has them
        c.rules.append("actor:scope of a thing")
    measured = bool(words) and not owned  # "tổng kim ngạch … ước đạt 24 tỷ USD": a measure that names no owner
    words = _hazard_place(c, _what_is_counted(c, words) if owned is words else owned)
    if words and (words[-1].text == "(" or holds_amount(words, lx)):  # "lúa 62 tạ/ha, tăng 0,7%": an item, no one
        words = words[:-1] if not holds_amount(words, lx) else []  # nor "thép 560 triệu USD (tăng 44%)"
    if words and names_no_one(c, words, lx):
        words, c.subjectless = [], True  # "mô hình hiệu quả đã được ghi nhận với 9 giải": the body outward has it
        c.rules.append("actor:no one named")
    elif words and owned is words and measured_thing(c, words, lx) and a_thing(c, words, lx):
        words, c.subjectless = [], True  # "Cây cao su hiện có 238.590 ha", "thép 560 triệu USD": the thing measured
        c.rules.append("actor:a thing measured")
    listed = len(words) > 14 and names_list(c.toks, words, lx)
    # "fanpage đã đăng 500 bài", "thời gian tới, tỉnh sẽ lập thêm 40 trang"
    alone = len(words) == 1 and (aw.pages.at([words[0].low], 0) == 1 or lx.counted.get((words[0].low,)) == Category.ORGANIZATION)
    named = bool(words) and (words[0].capitalized or len(words) >= 2 or alone) and not acts(words)
    handle = bool(words) and words[0].text == "@"  # "@tenkenh": an account's handle
    # "5 địa phương mới giải ngân đạt 2,74%": a count of bodies that opens the subject
    handle = handle or (len(words) >= 2 and words[0].is_digit and _bodies(words[1:], lx) and not _suffers(c, words))
    short = len(words) <= 14 or _outside_brackets(words) <= (30 if listed else 14) or _joint_names(words)
    if named and short and (words[0].is_word or handle):
        c.actor = text[words[0].start : words[-1].end]
        c.rules.append("actor:list" if listed and len(words) > 14 else "actor:subject")
        titled = words[0].low in aw.heads.by_first or words[0].low in aw.ranks.by_first
        if titled and (speaks(c, words[-1], lx) or framed(c, words[0])) and (body := head_body(c.actor, text)):
            c.actor = body  # "Giám đốc Sở Y tế Trần Văn A cho biết đã tiếp nhận 30 ca": the body he heads
            c.rules.append("actor:body of speaker")
    else:
        # the subject rules named only a subject that was not kept, but those that found the clause has none
        if len(c.rules) > n_rules:
            c.rules[n_rules:] = [r for r in c.rules[n_rules:] if r in _NO_SUBJECT_RULES]
    if c.actor and words[-1].low in aw.anaphoric_last and demonstrative(words):
        points_back(c, text, lx)
    possessive(c, text, lx)
    if c.q0 > 3 and c.where.lows[c.q0 - 1] == "lên":
        raised_owner(c, text)  # "…, nâng tổng số đảng viên toàn huyện lên 3.079"
    if not c.actor:
        passive_agent(c, text, lx)
    if (not c.actor and not words) or opens_with_verb(words):
        _fronted_place(c, text, opened=bool(words))  # "Tại A, khám cấp cứu 45 ca": the place, not a verb
    if not c.actor and not words:
        suffered_at(c, text)
    if not c.actor and not words:
        _predicate_owner(c, text, lx)
    if not c.actor and measured:
        source_of_measure(c, text)
    if not c.actor:
        _headline_owner(c, text)
    if c.category == Category.AUDIENCE:
        page_actor(c, text, lx, words)
    said_by_me = len(words) == 1 and words[0].low in aw.first_person  # "tôi có 9…"
    if (c.actor and _says_i(c.actor, aw.first_person)) or (not c.actor and said_by_me):
        quote_speaker(c, text)


_NO_SUBJECT_RULES = frozenset(["actor:verb before được", "actor:beside a count", "actor:no one named", "actor:a thing measured"])


def _says_i(actor: str, first_person: frozenset[str]) -> bool:
    """The actor holds a word by which a speaker names themself ("Kênh của tôi", "chúng ta"); the syllables'
    tails are tested first, by plain substring search (a pattern in any case costs far more on every actor)."""
    if "ôi" not in actor and "ình" not in actor and " ta" not in actor:
        return False
    low = actor.lower()
    return not first_person.isdisjoint(low.split()) or any(" " in w and w in low for w in first_person)


def _noun_phrase(c: Cand, words: list[Tok]) -> list[Tok]:
    """The subject as a noun phrase, the one bound every actor read from a clause passes (and so every actor
    carried from it to a later sentence): it ends before an opening quote of words in lower case after a name
    ("Sở A \"cất vó\" chuyên án…" → "Sở A"), unless a page noun names what is quoted ("Fanpage \"vui khỏe\""),
    and before a colon."""
    aw = actor_words()
    quoted = False
    for k, t in enumerate(words):
        if t.text == ":":
            return words[:k]
        if t.text not in OPEN_QUOTES and t.text not in CLOSE_QUOTES:
            continue
        opens = t.text in OPEN_QUOTES and not (t.text in CLOSE_QUOTES and quoted)
        quoted = opens
        if not opens or k == 0 or k + 1 >= len(words) or not words[k + 1].is_word or words[k + 1].capitalized:
            continue
        before = words[k - 1].low
        if (
            before in aw.networks
            or before in aw.pages.by_last
            or not any(w.capitalized and w is not c.toks[0] for w in words[:k])
        ):
            continue
        return words[:k]
    return words


def _bodies(words: Sequence[Tok], lx: Lexicon) -> bool:
    """The words are a noun of bodies and no more ("địa phương", "huyện miền núi" — not "bệnh nhân nhập viện")."""
    lows = [t.low for t in words]
    n = lx.counted_phrases.at(lows, 0)
    return bool(n) and lx.counted.get(tuple(lows[:n])) == Category.ORGANIZATION and len(words) <= n + 2


def _suffers(c: Cand, words: Sequence[Tok]) -> bool:
    """A count of bodies before a passive marker is who undergoes the verb ("80 chi bộ bị kỷ luật"): no one's actor."""
    k = c.toks.index(words[-1]) + 1 if words[-1] in c.toks else len(c.toks)
    return k < len(c.toks) and c.toks[k].low in actor_words().passive


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
        if len(words) > 2 and is_number_tok(words[-1]):
            words = words[:-2] if words[-2].low == "," else words[:-1]  # "Khoa A, hai tháng qua tiếp nhận…"
    if len(words) > 2 and words[-1].low == ")":
        k = max((i for i, t in enumerate(words) if t.low == "("), default=0)
        if k > 0 and any(is_number_tok(t) for t in words[k:]):
            words = words[:k]  # "Tàu A (tàu cá, 9 thuyền viên) bị chìm…": the aside is no part of the name
    if len(words) > 3 and words[0].text in OPEN_QUOTES:
        close = next((k for k in range(1, len(words)) if words[k].text in "\"”’»'"), None)
        if close is not None and close + 1 < len(words) and words[close + 1].capitalized:
            words = words[close + 1 :]  # "“siêu đô thị” TP A tiếp tục dẫn đầu…": an epithet before the name
    words = _place_first(words)
    lows = [t.low for t in words]
    if len(words) > 1 and not aw.metrics.by_first.keys().isdisjoint(lows[1:]):
        named_then_measure = (k for k in range(1, len(words)) if words[k - 1].capitalized and not words[k].capitalized)
        cut = next((k for k in named_then_measure if aw.metrics.at(lows, k)), 0)
        if cut and (cut > 1 or words[0].text in place_names()):
            words, lows = words[:cut], lows[:cut]  # "TP. A tổng lượng khách đạt…": the name before a measure owns it
    if len(words) > 1 and lows[0] in aw.time_adverbs.by_first and (n := aw.time_adverbs.at(lows, 0)) and n < len(words):
        words, lows = words[n:], lows[n:]  # "Trung bình mỗi khách chi…": how often is no part of the subject
    n = aw.stands_for.at(lows, 0) if len(words) > 2 and lows[0] in aw.stands_for.by_first else 0
    if 0 < n < len(words) and words[n].capitalized:
        words = words[n:]  # "Đại diện Bệnh viện A": the body it speaks for
    if not words or words[0].low not in aw.trim_first:
        return words
    first = [t.low for t in words[:3]]
    if (n := aw.connectives.at(first, 0)) and len(words) > n:
        words, first = words[n:], [t.low for t in words[n : n + 3]]  # "Theo đó Hà Nội đón …": a link, no source
    if (n := aw.subordinators.at(first, 0)) and len(words) > n:
        words, first = words[n:], first[n:]  # "từ khi Công an tỉnh A lập 20 trang": the subject of the time clause
    if words and (aw.sources.at(first, 0) or aw.not_subject_first.at(first, 0)):
        return []  # "Theo báo cáo của Sở có 120 ca", "qua góc nhìn của …": a source or a means, not a subject
    if (n := aw.place_before.at(first, 0)) and len(words) > n:
        words = words[n:]  # "tại Fanpage X đã có…", "trên địa bàn huyện A đã có…": the place is the owner
    return words


def _lists_counts(words: Sequence[Tok]) -> bool:
    """The words hold a count after a comma or "và" (outside brackets), or after a word of measure ("con số 16"):
    a list of items or a measure, not a subject."""
    lows = [t.low for t in words]
    metrics = actor_words().metrics
    if len(words) > 3 and not metrics.by_last.keys().isdisjoint(lows):
        nouns, durations = range(3, len(words)), lexicon().duration_after
        # not a time after the measure: "kim ngạch xuất khẩu 8 tháng năm 2022 của tỉnh"
        counted = (k for k in nouns if words[k - 1].is_digit and words[k].is_word and not words[k].capitalized)
        measured = (k - 1 for k in counted if not durations.at(lows, k))
        if any(lows[k - 1] in metrics.by_last and metrics.ending(lows, k) for k in measured):
            return True  # "Cùng con số 12 hộ được hỗ trợ …": the subject is a measure with its count, not an owner
    if "," not in lows and "và" not in lows:
        return False
    durations, n = lexicon().duration_after, len(words)
    for sep in (",", "và"):
        k = -1
        while True:
            try:
                k = lows.index(sep, k + 1)
            except ValueError:
                break
            j = next((j for j in range(k + 1, min(k + 3, n)) if is_number_tok(words[j])), None)
            if j is None or j + 1 >= n or not words[j + 1].is_word or durations.at(lows, j + 1):
                continue  # not "…, hai tháng qua": a time
            if "(" not in lows or lows[:k].count("(") <= lows[:k].count(")"):
                return True  # outside brackets: "Tàu A (tàu cá, 9 thuyền viên)" is an aside
    return False


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
        counted = len(owner) > 1 and owner[0].is_digit and owner[1].is_word  # "của 5 địa phương": a group of bodies
        # "xuất khẩu của địa phương này tăng 19%": one pointed at, as the sentence says it
        pointer = lows[k] == "của" and 2 <= len(owner) <= 4 and aw.pointers.ending(lows, len(lows)) > 0
        named = counted or pointer or any(t.capitalized for t in owner) or aw.metric_places.at(lows, k + m)
        if owner:  # "toàn huyện trong kỳ nghỉ", "của khối A trong tháng": the owner without the time after it
            owner = owner[: _time_after(owner)]
        if owner and (lows[k] in aw.metric_scope or named):
            c.rules.append("actor:metric owner")  # "của tỉnh A", "toàn tỉnh", not "từ đầu năm đến nay"
            c.metric = " ".join(t.text for t in words[:k]) if lows[k] == "của" else ""
            most = next((j for j in range(2, len(owner)) if owner[j].low == "nhất" and owner[j - 2].capitalized), None)
            return name_before_verb(owner[: most - 1] if most else owner)  # not "đông nhất là…", "tham quan"
    places = aw.metric_places
    at = next((k for k in range(n, len(words)) if places.at(lows, k) and lows[k - 1] != "cấp"), None)
    if at is not None:
        c.rules.append("actor:metric owner")
        return words[at:]  # "tổng thu ngân sách huyện A đạt…": the unit named after the measure
    c.subjectless = True  # "Số ca mắc từ đầu năm là 200 ca": the subject of the clause before has it
    return []


def _time_after(owner: list[Tok]) -> int | None:
    """Where a time opens after an owner's first two words ("toàn huyện trong kỳ nghỉ"), if one does: a whole
    phrase of time, in small letters ("huyện Năm Căn", "Công ty Sau Cầu" go on)."""
    times = lexicon().time_openers
    lows = [t.low for t in owner]
    return next((j for j in range(2, len(owner)) if not owner[j].capitalized and times.at(lows, j)), None)


def _hazard_place(c: Cand, words: list[Tok]) -> list[Tok]:
    """A natural hazard as the subject ("nước lũ đã cuốn trôi 2 người") is the cause: the place it struck has the
    count, fronted before it ("Tại tỉnh A, nước lũ…" → "tỉnh A") or after it ("lũ ở huyện B đã làm…");
    with no place named the hazard stays."""
    aw = actor_words()
    if not words or words[0].low not in aw.hazards.by_first or not aw.hazards.at([t.low for t in words], 0):
        return words
    toks, lows = c.toks, c.where.lows
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
    shares its actor), "Khách quốc tế ước đạt 1,9 triệu lượt" (people counted: the subject before has them),
    "đại biểu trẻ có 12 người" (a class of people by its number of persons).
    A name stays ("Hà Nội là 156 mm", "Học sinh Bình An đạt 12 huy chương")."""
    toks = c.toks
    if not words or c.q0 < 1 or words[-1].end > toks[c.q0].start:
        return words
    # a name stays, but not an acronym of the kind counted ("Đại biểu HĐND cấp xã đạt 98%")
    named = any(t.capitalized and not t.text.isupper() for t in words[1:])
    if named and (place := destination(c, words)) is not None:
        c.rules.append("actor:destination")
        return place
    if named or (words[0].capitalized and words[0] is not toks[0]):
        return words
    if toks[c.q0 - 1].low == "là" and words[-1].end <= toks[c.q0 - 1].start:
        if len(words) > 1 or not words[0].capitalized:
            c.subjectless = True
            return []
        return words
    lx = lexicon()
    lows = c.where.lows
    j = toks.index(words[-1]) + 1 if words[-1] in toks else c.q0
    while j < len(toks) and (n := lx.modals.at(lows, j)):
        j += n
    classed = lows[j] in lx.class_copulas and c.unit in lx.persons if j < len(toks) else False
    if j >= len(toks) or (lows[j] not in lx.copulas and not classed):
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


def _joint_names(words: Sequence[Tok]) -> bool:
    """Two or three bodies, each named by capitals and short enough alone, joined by "và": "Cục A (C47) Bộ Công an
    và Đoàn 3 - Đặc nhiệm B" acting together."""
    cuts = [k for k, t in enumerate(words) if t.low == "và"]
    pieces = [words[a + 1 : b] for a, b in itertools.pairwise([-1, *cuts, len(words)])]
    return 2 <= len(pieces) <= 3 and all(p and p[0].capitalized and _outside_brackets(p) <= 14 for p in pieces)


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
    aw = actor_words()
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
    n = lx.time_openers.at(lows, 0) if len(words) > 2 and lows[0] in lx.time_openers.by_first else 0
    if n and n < len(words) - 1 and (m := lx.duration_after.at(lows, n)):
        # "trong năm này Ban Thường vụ … đã kỷ luật…": a time of no number before a name, without a comma
        n += m
        while n < len(words) - 1 and (lows[n] in _after_duration() or lows[n] in aw.anaphoric):
            n += 1
        if words[n].capitalized and words[n].is_word:
            words, lows = words[n:], lows[n:]
    if len(words) > 3 and lows[1] in lx.duration_after.by_first and duration_at(words, lows, 0, lx):
        n = 1 + lx.duration_after.at(lows, 1)
        while n < len(words) - 1 and lows[n] in _after_duration():
            n += 1
        words, lows = words[n:], lows[n:]  # "6 tháng qua tổng giá trị xuất khẩu đạt…": the time before the subject
    units = lx.duration_after.by_first  # a unit of time after a number: a cheap test before each look-up
    cut = next((k for k in range(1, len(words) - 1) if lows[k + 1] in units and duration_at(words, lows, k, lx)), None)
    if cut is not None and words[0].is_word:
        cut -= lx.time_openers.ending(lows, cut) if cut > 1 else 0  # "… toàn tỉnh trong 4 ngày": with its opener
        period = PERIOD.match(text, words[cut].start)
        owner = [t for t in words[cut:] if period is not None and t.start >= period.end()]
        owner = (
            owner if owner and owner[0].low in aw.metric_owner.by_first and aw.metric_owner.at([t.low for t in owner], 0) else []
        )
        # "Địa phương này 6 tháng đầu năm đón…": the time after the name; "kim ngạch 8 tháng năm 2022 của tỉnh": its owner stays
        words, lows = words[:cut] + owner, lows[:cut] + [t.low for t in owner]
    if words and not words[0].capitalized and _timed(c, lx) and any(t.is_digit for t in words):
        period = PERIOD.match(text, words[0].start)
        k = next((k for k, t in enumerate(words) if period and t.start >= period.end()), len(words))
        if 0 < k < len(words) and (words[k].capitalized or _bodies(words[k:], lx)):
            c.rules.append("actor:after time")
            return words[k:]  # "năm 2023 địa phương kết nạp được 33 đảng viên": the body after the time
        return []  # "trong tháng 1/2024 có khoảng 65% người dùng": a time, not a subject
    if words and (words[0].low in PERIOD_FIRST or words[0].kind == "d") and PERIOD.fullmatch(text, words[0].start, words[-1].end):
        return []  # "(Cộng dồn) từ đầu năm đến nay có 21.470 ca": the period, not a subject
    if len(words) > 2 and (words[-1].kind == "d" or words[-1].low in PERIOD_LAST):
        # "Tổng sản phẩm trên địa bàn (GRDP) 9 tháng năm 2024 ước tăng 7,2%": the period is no part of the subject
        for k in range(1, len(words) - 1):
            if PERIOD.fullmatch(text, words[k].start, words[-1].end):
                return words[:k]
    return words


@cache
def _after_duration() -> frozenset[str]:
    """Words that may end a duration before a subject: "6 tháng đầu năm nay" (cues.toml [actor])."""
    return frozenset(load("cues")["actor"]["after_duration"])


def _timed(c: Cand, lx: Lexicon) -> bool:
    """The clause opens with a time: "trong tháng 1/2024 có…"."""
    at, lows = c.clause_start, c.where.lows
    return at < len(lows) and lows[at] in lx.time_openers.by_first and lx.time_openers.at(lows, at) > 0


def _fronted_place(c: Cand, text: str, *, opened: bool = False) -> None:
    """A place fronted before a clause whose subject is what is counted, or that ``opened`` with its verb, has the
    count: "Tại Bệnh viện A (tỉnh B), 9 bệnh nhân phải nhập viện", "Tại Bệnh viện A, khám cho 90 ca" → "Bệnh viện A"."""
    aw = actor_words()
    toks, lows = c.toks, c.where.lows
    brk = c.where.last((";", ":"), 0, c.q0)
    k = 0 if brk is None else brk + 1
    while k < c.q0 and not toks[k].is_word:
        k += 1  # a list item's mark, a quote
    n = aw.place_before.at(lows, k) if k < c.q0 and lows[k] in aw.place_before.by_first else 0
    comma = first_at(c.where.of(","), k) if n else None
    if comma is None or comma >= c.q0:
        return
    end = next((j for j in range(k + n, comma) if lows[j] == "("), comma)  # "Tại A (tỉnh B), …": the name before
    verbs = lexicon().actor_verbs
    if end - k - n > 12 or (not opened and any(lows[j] in verbs.by_first and verbs.at(lows, j) for j in range(comma + 1, c.q0))):
        return  # "Tại A, toàn tỉnh xảy ra 80 vụ cháy, 1 vụ nổ": a clause with its own subject stands between
    place = toks[k + n : end]
    if place and any(t.capitalized or t.is_digit for t in place) and all(t.is_word or t.is_digit or t.text == "." for t in place):
        c.actor = text[place[0].start : place[-1].end]
        c.rules.append("actor:fronted place")


def _headline_owner(c: Cand, text: str) -> None:
    """A headline that opens with a name and a colon is that name's report: "Bình An: 175 đảng viên bị kỷ luật"."""
    toks = c.toks
    colon = c.where.of(":")
    if not colon or not 0 < colon[0] <= 4 or colon[0] >= c.q0 or not 0 <= c.m.start < (text.find("\n") % (len(text) + 1)):
        return
    if all(t.is_word and t.capitalized for t in toks[: colon[0]]):
        c.actor = text[toks[0].start : toks[colon[0] - 1].end]
        c.rules.append("actor:headline name")


def _predicate_owner(c: Cand, text: str, lx: Lexicon) -> None:
    """A clause of verbs that opens its sentence, holds the count and names no one is the subject of "là":
    the body that owns the noun after "là" did it ("Lập 57 nhóm … là một trong những dấu ấn của Hội A" → "Hội A")."""
    toks, lows = c.toks, c.where.lows
    if any(t.capitalized for t in toks[c.clause_start + 1 : c.q0]) or not toks[c.clause_start].is_word:
        return
    end = next((k for k in range(c.unit_end, len(toks)) if lows[k] in (".", ";", ":")), len(toks))
    cop = next((k for k in range(c.unit_end, end) if lows[k] == "là"), None)
    if cop is None or (c.where.between(",", c.unit_end, cop) and any(is_number_tok(t) for t in toks[c.unit_end : cop])):
        return
    of = next((k for k in range(cop + 1, min(end, cop + 16)) if lows[k] == "của"), None)
    if of is None or of + 1 >= end or not toks[of + 1].capitalized:
        return
    e = of + 1
    while (
        e < end and lows[e] != "," and not (not toks[e].capitalized and toks[e].is_word and lows[e] in lx.time_openers.by_first)
    ):
        e += 1
    if c.where.between("(", of, e) and not c.where.between(")", of, e):
        return
    c.actor = text[toks[of + 1].start : toks[e - 1].end]
    c.rules.append("actor:owner of the predicate")
