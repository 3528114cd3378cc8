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
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

from statx.facts import Category
from statx.lexicon import fold
from statx.lexicon.dictionary import MAX_SYLLABLES
from statx.lexicon.dictionary import words as dictionary_words
from statx.lexicon.places import place_names
from statx.understand.context import LOW, START, WINDOW, Cand, Lexicon, Tok, first_at, is_number_tok, lexicon
from statx.understand.period import PERIOD, PERIOD_LAST
from statx.understand.subject import DASHES, OPEN_QUOTES, actor_words, clause_start, duration_at, names_list, subject

__all__ = ["carry_actor", "part_actor", "read_actor"]


def read_actor(c: Cand, text: str, lx: Lexicon) -> None:
    """Who has, did or manages it: the subject of the clause the number stands in."""
    aw = actor_words()
    start, commas = clause_start(c, lx)
    n_rules = len(c.rules)
    words = _before_subordinate(_trim_subject(subject(c, text, lx, start, commas), lx))
    if _lists_counts(words):
        words = []  # "…là: Công ty A, 2 hợp tác xã và 3 hộ": items of a list with their counts, no subject
    if len(words) == 1 and words[0].low in lx.pronouns:
        c.actor_pronoun = True  # "anh nhận được…": resolved against earlier actors in _carry_actor
        return
    words = _no_time(c, text, lx, words)
    if words and words[-1].low == ",":
        words = words[:-1]  # "Giám đốc Sở A, năm qua đã…": the comma before the time
    owned = _metric_owner(c, words)
    measured = bool(words) and not owned  # "tổng kim ngạch … ước đạt 24 tỷ USD": a measure that names no owner
    words = _hazard_place(c, _what_is_counted(c, words) if owned is words else owned)
    listed = len(words) > 14 and names_list(c.toks, words, lx)
    # "fanpage đã đăng 500 bài", "thời gian tới, tỉnh sẽ lập thêm 40 trang"
    alone = len(words) == 1 and (aw.pages.at([words[0].low], 0) == 1 or lx.counted.get((words[0].low,)) == Category.ORGANIZATION)
    named = bool(words) and (words[0].capitalized or len(words) >= 2 or alone)
    handle = bool(words) and words[0].text == "@"  # "@tenkenh": an account's handle
    # "5 địa phương mới giải ngân đạt 2,74%": a count of bodies that opens the subject
    handle = handle or (len(words) >= 2 and words[0].is_digit and _bodies(words[1:], lx))
    if named and (len(words) <= 14 or _outside_brackets(words) <= (30 if listed else 14)) and (words[0].is_word or handle):
        c.actor = text[words[0].start : words[-1].end]
        c.rules.append("actor:list" if listed and len(words) > 14 else "actor:subject")
        titled = words[0].low in aw.heads.by_first or words[0].low in aw.ranks.by_first
        if titled and (_speaks(c, words[-1], lx) or _framed(c, words[0])) and (body := _head_body(c.actor, text)):
            c.actor = body  # "Giám đốc Sở Y tế Trần Văn A cho biết đã tiếp nhận 30 ca": the body he heads
            c.rules.append("actor:body of speaker")
    else:
        del c.rules[n_rules:]  # the subject rules named only a subject that was not kept
    _possessive(c, text, lx)
    if not c.actor:
        _passive_agent(c, text, lx)
    if not c.actor and not words:
        _fronted_place(c, text)
    if not c.actor and measured:
        _source_of_measure(c, text)
    if not c.actor:
        _headline_owner(c, text)
    if c.category == Category.AUDIENCE:
        _page_actor(c, text, lx, words)
    said_by_me = words[-1:] == words[:1] and bool(words) and words[0].low in aw.first_person  # "tôi có 9…"
    if (c.actor and not aw.first_person.isdisjoint(c.actor.lower().split())) or (not c.actor and said_by_me):
        _quote_speaker(c, text)


def _framed(c: Cand, first: Tok) -> bool:
    """The subject that opens with ``first`` follows a source frame "Theo ông A," (its title in apposition)."""
    lows = c.where.lows()
    k = bisect_left(c.toks, first.start, key=START)
    return k > 1 and lows[k - 1] == "," and (lows[0] in actor_words().sources.by_first or lows[1:2] == ["theo"])


def _speaks(c: Cand, last: Tok, lx: Lexicon) -> bool:
    """The subject that ends with ``last`` is the speaker of a verb of saying ("… cũng cho biết …")."""
    toks, lows = c.toks, c.where.lows()
    j = bisect_left(toks, last.end, key=START)
    while j < len(toks) and lows[j] in ("cũng", "đã", "vừa", "thì", "còn"):
        j += 1
    return j < len(toks) and bool(lx.speech.at(lows, j) or lows[j] in actor_words().quote_speech)


def _head_body(name: str, text: str) -> str:
    """The body that a titled person heads: "Giám đốc Sở Y tế Trần Văn A" → "Sở Y tế", "ông A, Chủ tịch UBND xã B"
    → "UBND xã B"; with only the person after the title ("Bộ trưởng An"), the body named elsewhere in the text
    between the same title and the same person ("Bộ trưởng Bộ Tài chính Lê Văn An"). Else ""."""
    aw = actor_words()
    for piece in name.split(", "):
        words = piece.split()
        lows = [w.lower() for w in words]
        k = 0
        while k < len(words) and (n := aw.ranks.at(lows, k)):
            k += n
        n = aw.heads.at(lows, k)
        if not n or k + n >= len(words) or not words[k + n][0].isupper():
            continue
        rest = words[k + n :]
        at = _person_at(rest, aw.surnames)
        if at > 0:
            return _with_body_noun(lows[k : k + n], rest[:at])
        return _named_between(text, " ".join(words[k : k + n]), rest[-1])
    return ""


def _with_body_noun(title: Sequence[str], body: Sequence[str]) -> str:
    """The body's name with the noun its head's title holds when the name leaves it out: "Trưởng ban Quản lý
    chợ A" → "Ban Quản lý chợ A", "Cục trưởng Cục B" stays "Cục B"."""
    title = [w for w in title if w != "phó"]
    noun = title[1:] if title[:1] == ["trưởng"] else title[:-1] if title[-1:] == ["trưởng"] else []
    if noun and [w.lower() for w in body[: len(noun)]] != noun:
        return " ".join([noun[0].capitalize(), *noun[1:], *body])
    return " ".join(body)


def _person_at(words: Sequence[str], surnames: frozenset[str]) -> int:
    """Where the person's name that ends ``words`` starts (a family name, then one to three capitalized words,
    not a place of the gazetteer); 0 for a lone name; len(words) when none ends them."""
    if len(words) == 1:
        return 0
    run = len(words)
    while run > 0 and words[run - 1][0].isupper():
        run -= 1
    names = place_names()
    for i in range(run, len(words) - 1):
        if words[i] in surnames and len(words) - i <= 4 and " ".join(words[i:]) not in names:
            return i
    return len(words)


def _named_between(text: str, title: str, last: str) -> str:
    """The body named in the text between ``title`` and a person's name that ends with ``last``."""
    opening = rf"(?i:{re.escape(title[0])}){re.escape(title[1:])}"
    pattern = rf"{opening}\s+([{_UPPER}][^,.;:\n]{{0,80}}?)\s+(?:[{_UPPER}]\w*\s+){{1,3}}{re.escape(last)}(?!\w)"
    m = re.search(pattern, text)
    if not m or not m.group(1)[0].isupper() or _person_at(m.group(1).split(), actor_words().surnames) == 0:
        return ""
    return m.group(1)


@cache
def _speech_pattern() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Who frames a quote: "A cho biết: “…" before it, "…”, A nói" after it."""
    verbs = "|".join(sorted(map(re.escape, actor_words().quote_speech), key=len, reverse=True))
    name = r"((?:[^\W\d_][\w.-]*\s){0,9}?[^\W\d_][\w.-]*)"
    before = re.compile(rf"(?:^|[.,;!?\n]\s*){name}\s+(?:{verbs})\s*:?\s*$")
    after = re.compile(rf"\s*,?\s*{name}\s+(?:{verbs})(?!\w)")
    return before, after


def _quote_speaker(c: Cand, text: str) -> None:
    """The speaker of a quote who says "tôi" has the count: the name before the colon that opens the quote
    ("Chị A kể: “Kênh của tôi có…”") or after the quote that closes it ("“…”, anh B nói")."""
    para0 = text.rfind("\n", 0, c.m.start) + 1
    para1 = text.find("\n", c.m.end) % (len(text) + 1)
    opened = max(text.rfind(q, para0, c.m.start) for q in '“"')
    closed = text.rfind("”", para0, c.m.start)
    before, after = _speech_pattern()
    name = ""
    if opened >= 0 and closed < opened and (m := before.search(text, max(para0, opened - 120), opened)):
        name = m.group(1)
    elif (close := min((i for i in (text.find(q, c.m.end, para1) for q in '”"') if i >= 0), default=-1)) >= 0:
        m = after.match(text, close + 1, min(para1, close + 120))
        name = m.group(1) if m else ""
    if name and (name[0].isupper() or (name.split(" ", 1)[0] in lexicon().pronouns and " " in name)):
        c.actor = name
        c.rules.append("actor:speaker")


def _bodies(words: Sequence[Tok], lx: Lexicon) -> bool:
    """The words are a noun of bodies and no more ("địa phương", "huyện miền núi" — not "bệnh nhân nhập viện")."""
    lows = list(map(LOW, words))
    n = lx.counted_phrases.at(lows, 0)
    return bool(n) and lx.counted.get(tuple(lows[:n])) == Category.ORGANIZATION and len(words) <= n + 2


def _trim_subject(words: list[Tok], lx: Lexicon) -> list[Tok]:
    """The subject without what is not its name: a last comma, an aside holding a count, a source, a means,
    the preposition of a place."""
    aw = actor_words()
    if words and words[-1].low == ",":
        words = words[:-1]
    lows = list(map(LOW, words))
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
    lows = list(map(LOW, words))
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
    lows = list(map(LOW, words))
    metrics = actor_words().metrics
    nouns = range(3, len(words))
    measured = (k - 1 for k in nouns if words[k - 1].is_digit and words[k].is_word and not words[k].capitalized)
    if any(lows[k - 1] in metrics.by_last and metrics.ending(lows, k) for k in measured):
        return True  # "Cùng con số 12 hộ được hỗ trợ …": the subject is a measure with its count, not an owner
    if "," not in lows and "và" not in lows:
        return False
    depth = 0
    durations = lexicon().duration_after
    for k, t in enumerate(words):
        depth += (t.low == "(") - (t.low == ")")
        if depth == 0 and t.low in (",", "và"):
            j = next((j for j in range(k + 1, min(k + 3, len(words))) if is_number_tok(words[j])), None)
            if j is not None and j + 1 < len(words) and words[j + 1].is_word and not durations.at(lows, j + 1):
                return True  # not "…, hai tháng qua": a time
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
    head = words[j].low in lx.class_heads.by_first and lx.class_heads.at(list(map(LOW, words)), j)
    if head or " ".join(t.text for t in words[:j]) not in place_names():
        return words  # "Hà Giang tỉnh miền núi": a noun in apposition goes on with it
    return words[:j]


def _before_subordinate(words: list[Tok]) -> list[Tok]:
    """The subject up to a clause of time, condition or concession ("tỉnh A khi có 18 người chết" → "tỉnh A");
    none when the words open with one ("Mặc dù số ca mắc giảm…")."""
    ends = actor_words().subject_end
    lows = list(map(LOW, words))
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
    lows = list(map(LOW, words))
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
        named = counted or any(t.capitalized for t in owner) or aw.metric_places.at(lows, k + m)
        if owner and (lows[k] in aw.metric_scope or named):
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
    if not words or words[0].low not in aw.hazards.by_first or not aw.hazards.at(list(map(LOW, words)), 0):
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
    lows = list(map(LOW, words))
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
    if len(words) > 3 and duration_at(words, lows, 0, lx):
        n = 1 + lx.duration_after.at(lows, 1)
        while n < len(words) - 1 and lows[n] in _AFTER_DURATION:
            n += 1
        words, lows = words[n:], lows[n:]  # "6 tháng qua tổng giá trị xuất khẩu đạt…": the time before the subject
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


_AFTER_DURATION = frozenset(["qua", "vừa", "gần", "đây", "trước", "đầu", "cuối", "năm", "nay"])  # "6 tháng đầu năm nay"


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


def _fronted_place(c: Cand, text: str) -> None:
    """A place fronted before a clause whose subject is what is counted has the count: "Tại Bệnh viện A
    (tỉnh B), 9 bệnh nhân phải nhập viện" → "Bệnh viện A"."""
    aw = actor_words()
    toks, lows = c.toks, c.where.lows()
    if aw.place_before.by_first.keys().isdisjoint(lows[: c.q0]):
        return
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
    if end - k - n > 12 or any(lows[j] in verbs.by_first and verbs.at(lows, j) for j in range(comma + 1, c.q0)):
        return  # "Tại A, toàn tỉnh xảy ra 80 vụ cháy, 1 vụ nổ": a clause with its own subject stands between
    place = toks[k + n : end]
    if place and any(t.capitalized or t.is_digit for t in place) and all(t.is_word or t.is_digit or t.text == "." for t in place):
        c.actor = text[place[0].start : place[-1].end]
        c.rules.append("actor:fronted place")


def _source_of_measure(c: Cand, text: str) -> None:
    """A measure that names no owner, in a sentence framed by its source, is the source's figure: "Theo Bộ A, 5 tháng
    qua tổng kim ngạch xuất khẩu ước đạt 24 tỷ USD" → "Bộ A" (a source before a subject of its own is no actor)."""
    aw = actor_words()
    toks, lows = c.toks, c.where.lows()
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
    _fill_actor(cands, text)


_CARRIED = frozenset(
    ["actor:sentence before", "actor:paragraph before", "actor:headline", "actor:sentence", "actor:paragraph", "actor:article"]
)


def part_actor(cands: list[Cand]) -> None:
    """A part of a breakdown whose own clause names no one belongs to whom its total does, not to the last actor
    before it: "… kỷ luật 28 đảng viên. Cấp tỉnh kỷ luật 1, cấp cơ sở 19. Hình thức, khiển trách 21; cảnh cáo 4"
    gives 21 and 4 the actor of 28, not that of the cấp cơ sở."""
    totals = {c.m.start: c for c in cands if c.actor}
    moved: dict[tuple[int, str], str] = {}  # (sentence, old actor) → new: what the parts sharing it follow
    for c in cands:
        total = totals.get(c.part_of) if c.part_of is not None else None
        if total is None or not c.actor or total.actor == c.actor:
            continue
        carried = not _CARRIED.isdisjoint(c.rules)
        if carried or ("actor:shared" in c.rules and (c.sent, c.actor) in moved):
            moved[(c.sent, c.actor)] = total.actor
            c.actor = total.actor
            c.rules.append("actor:of its total")


def _fill_actor(cands: list[Cand], text: str) -> None:
    """A count whose clause and sentence before it name no one belongs to whom the text has named: another
    count of its sentence, else the last actor before it in its paragraph, else the body the article reports
    on (the first name among the actors of the headline and the lead)."""
    each = tuple(f"{w} " for w in actor_words().each)
    usable = [bool(c.actor) and not c.actor.lower().startswith(each) for c in cands]
    if all(usable) or not any(usable):
        return
    lead = _lead_end(text)
    # the first actor named in the headline or the lead; a name first met deep in the article is not what it reports on
    main = next((c.actor for c, ok in zip(cands, usable, strict=True) if ok and 0 <= text.find(c.actor) < lead), "")
    last: Cand | None = None
    for i, c in enumerate(cands):
        if c.actor:
            if usable[i]:
                last = c
            continue
        near = next((d for j, d in enumerate(cands[i + 1 : i + 4], i + 1) if d.sent == c.sent and usable[j]), None)
        same = last is not None and last.sent == c.sent
        para = last is not None and "\n" not in text[last.m.end : c.m.start]
        for ok, actor, rule in (
            (same, last.actor if last else "", "actor:sentence"),
            (near is not None, near.actor if near else "", "actor:sentence"),
            (para, last.actor if last else "", "actor:paragraph"),
            (bool(main), main, "actor:article"),
        ):
            if ok and not _holds(c, actor, text):
                c.actor = actor
                c.rules.append(rule)
                break


def _holds(c: Cand, actor: str, text: str) -> bool:
    """``actor`` is written around the count itself in its sentence ("5 địa phương mới đạt 2,74%" for the 5)."""
    at = text.find(actor, c.toks[0].start, c.m.end + len(actor))
    return 0 <= at <= c.m.start < at + len(actor)


def _lead_end(text: str) -> int:
    """Where the article's lead ends: the end of the first paragraph after the headline that reads as one (some
    ten words or more), past a byline or a date line."""
    at, lines = 0, 0
    while (end := text.find("\n", at)) >= 0 or at < len(text):
        end = len(text) if end < 0 else end
        if text[at:end].strip():
            lines += 1
            if lines > 1 and text.count(" ", at, end) >= 10:
                return end
        at = end + 1
    return len(text)


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
    before = at if at >= 0 else c.m.start
    place = _last_place(text, max(text.rfind("\n", 0, before) + 1, before - 800), before, kind)
    if not place and (lead := min(_lead_end(text), before)) < before:
        place = _last_place(text, 0, lead, kind, typed=True)  # none in the paragraph: the headline's or the lead's
    if not place or place.lower() in c.actor.lower():
        return
    if place.startswith("TP. ") and lows[-2:] == ["thành", "phố"]:
        place = place[4:]  # "Thành phố" and "TP. A": the type word once
    c.actor = place if not lows or lows[-1] in aw.anaphoric or lows == ["của"] else f"{c.actor} {place}"
    c.rules.append("actor:named place")


_UPPER = "".join(ch for ch in map(chr, range(0x41, 0x1EFA)) if ch.isupper() and ch.isalpha())
_CAPITALIZED_RUN = re.compile(rf"(?<!\w)[{_UPPER}][^\W\d_]*(?: [{_UPPER}][^\W\d_]*)*")
_WORD_BEFORE = re.compile(r"([^\W\d_]+) $")


def _last_place(text: str, start: int, end: int, kind: str, *, typed: bool = False) -> str:
    """The place named last in ``text[start:end]`` (the paragraph, up to some 150 words back): a name of the
    gazetteer ("Thừa Thiên Huế", also inside "Sở Giáo dục Thừa Thiên Huế"), or a city written "TP. A"; not one
    that a type word other than ``kind`` opens ("huyện A" is no "tỉnh"). ``typed``: only a place after ``kind``
    or opening a line ("tỉnh A", "A có…"), not one inside another name ("Công ty B A")."""
    places = actor_words().metric_places
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
        if typed and before not in (kind, ""):
            continue
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
