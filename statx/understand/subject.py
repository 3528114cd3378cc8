"""The subject of the clause a number stands in: the part of *whose* that reads the clause.

The clause runs back to the sentence start, a ";" or a ":", past a lead's dateline ("BÌNH AN - …"), list
marks and quotes, opening time or framing phrases ("Từ đầu năm,", "Ba năm qua,") unless they hold a clause
of their own, and adverbs or framing words ("hiện toàn tỉnh có…", "Riêng Fanpage…"). Its subject stands up to
the first verb (``lexicon/cues.toml`` ``[actor]``), or: after a fronted phrase ("Thực hiện kế hoạch, Hội A đã…"),
a verb of saying ("… cho biết, năm nay, xã B có…"), a verb of helping ("… giúp trang C đạt…"), a comma
("…, Công ty D nợ…"), or it is a name before a bracket ("Bến A (3.000 khách)", "tàu E 12 (tàu cá, 9 thuyền
viên)"), or the person after a verb of finding ("… phát hiện Lâm móc nối 6 người"); a count inside a fronted verb
phrase has the subject after its comma, in lower case too ("Khám xét 5 kho, lực lượng chức năng thu…"); "khai",
"thừa nhận" after a person are verbs of saying. A list of acting bodies stays whole ("Ban Thường vụ Huyện ủy A,
Huyện ủy các huyện B, C"), without a distributive "mỗi đơn vị"; bodies asked by a "đề nghị" are not the subject;
a clause that opens with its verb, or whose subject is the counted metric, continues the subject before it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from operator import attrgetter

from statx.facts import Category
from statx.lexicon import Phrases, fold, fold_text
from statx.lexicon.dictionary import words as dictionary_words
from statx.lexicon.pos import verbs as tagged_verbs
from statx.understand.actor_words import ActorWords, actor_words
from statx.understand.context import WINDOW, Cand, Lexicon, Tok, first_at, in_verb_noun, is_number_tok, lexicon
from statx.understand.frames import dateline_end, duration_at, opener_phrase, past_time
from statx.understand.named import (
    DASHES,
    bracket_owner,
    found_person,
    is_name_piece,
    name_at_count,
    name_before,
    name_goes_on,
    name_pieces,
    name_run,
    owner_before,
)
from statx.understand.period import PERIOD
from statx.understand.tagged_verb import dated, holds_count, joined_acts, opens_with_tagged_verb, tagged_verb, verb_ending

__all__ = [
    "BULLETS",
    "CLOSE_QUOTES",
    "DASHES",
    "OPEN_QUOTES",
    "ActorWords",
    "actor_words",
    "clause_start",
    "clause_verb",
    "dated",
    "subject",
]


# marks that open a list item, quotes, dashes, and marks that may stand inside a name
BULLETS = frozenset("-–—•+*·▪►●")
OPEN_QUOTES = frozenset("\"“‘«'")
CLOSE_QUOTES = frozenset("\"”’»'")
_NAME_MARKS = frozenset('"“”()')  # Fanpage "A", Ủy ban Kiểm tra (UBKT)
_START = attrgetter("start")


_VERB_STOPS: dict[int, frozenset[str]] = {}  # per lexicon: the words clause_verb stops at


def clause_verb(c: Cand, start: int, end: int, lx: Lexicon) -> int | None:
    """The first verb in the sentence's toks[start:end] outside quotes; the "đăng" of the noun "bài đăng"
    and the "tổ chức" of "tổ chức đảng" are nouns, and "mới" in “Đồng Nai ngày mới” is a name."""
    toks, lows = c.toks, c.where.lows
    verbs, counted = lx.actor_verbs.by_first, lx.counted_phrases.by_first
    stops = _VERB_STOPS.get(id(lx))
    if stops is None:
        stops = _VERB_STOPS[id(lx)] = frozenset([*verbs, "(", "“", "”", '"'])
    at = c.where.among(stops)  # only these tokens can open a verb, an aside or a quote: the others are passed over
    quoted = False
    skip_to = start
    for j in at[bisect_left(at, start) : bisect_left(at, end)]:
        low = lows[j]
        if j < skip_to:
            continue
        if low == "(":
            close = next((k for k in range(j + 1, end) if toks[k].low in "()"), None)
            if close is not None and toks[close].low == ")":
                skip_to = close + 1  # "An và Bình (đã bỏ trốn) ba lần đến…": an aside holds no verb of the clause
            continue
        if low in ("“", "”", '"'):
            quoted = low != "”" and not (low == '"' and quoted)
            continue
        if quoted or low not in verbs or toks[j].capitalized:
            continue  # a capitalized word is part of a name: "Ban Tổ chức", "Ủy ban Kiểm tra"
        if j > 0 and lows[j - 1] == "," and lx.openers.at(lows, j):
            continue  # "…137 đường bay, gồm 56 đường bay quốc tế": after a comma "gồm" opens a list
        if j > start and toks[j - 1].capitalized and name_goes_on(toks, j, end) == 1:
            continue  # "Sở Giáo dục và Đào tạo": the second syllable of a word of a name
        n = lx.actor_verbs.at(lows, j)
        if (
            n
            and lows[j - 1] not in actor_words().measure_leads  # "số thu", "khoản chi": nouns
            and (lows[j - 1] not in counted or lx.counted_phrases.at(lows, j - 1) < 2)  # a set test first
            and (lows[j] not in counted or lx.counted_phrases.at(lows, j) <= n)
            and (low not in lx.verb_noun_words or not in_verb_noun(lows, j, max(start - 1, 0), lx))
            and not (low in actor_words().bare_verbs and j + 1 < len(lows) and fold(f"{low} {lows[j + 1]}") in dictionary_words())
        ):
            return _verb_from(c, start, j)
    return None


def _verb_from(c: Cand, start: int, j: int) -> int:
    """Where the verb that a verb of the lists at ``j`` ends starts: a syllable before when the two make a verb
    of the tagger ("bệnh viện này cấp cứu 50 ca"); else ``j``."""
    toks, lows = c.toks, c.where.lows
    if lows[j] == "được" and (n := verb_ending(toks, lows, start, j)):
        return j - n  # "Nhóm cây khác gieo trồng được 608 ha": "được" after a verb says it was managed
    if (
        j > start
        and toks[j - 1].is_word
        and not toks[j - 1].capitalized
        and fold_text(f"{lows[j - 1]} {lows[j]}") in tagged_verbs()
    ):
        return j - 1
    return j


def _near_subject(near: Sequence[Tok], near_lows: Sequence[str], lx: Lexicon) -> bool:
    """Words between a comma and the verb that can be the subject: a name or a noun phrase,
    not "đơn vị này" (which points back at the subject before), no count, no purpose."""
    if len(near) == 1 and lexicon().counted.get((near_lows[0],)) == Category.ORGANIZATION:
        return True  # "… cho biết, năm nay huyện đã giải ngân…": a unit named by its kind
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
    toks = c.toks
    comma = first_at(c.where.of(","), c.i1)
    return clause_verb(c, c.unit_end, len(toks) if comma is None else comma, lx) is not None


def _said_subject(c: Cand, text: str, verb: int, lx: Lexicon) -> list[Tok]:
    """After a verb of saying, the subject of what is said, when it names one right away:
    "Liên Bộ … cho biết quỹ bình ổn giá xăng dầu hiện còn khoảng 5.400 tỷ đồng" (not "cho biết đã …",
    not "cho biết đơn vị này …")."""
    toks, lows = c.toks, c.where.lows
    while verb + 1 < c.q0 and lows[verb] in actor_words().before_speech and lows[verb + 1] in lx.speech.by_first:
        verb += 1  # "… vừa cho biết"
    if lows[verb] not in lx.speech.by_first:
        return []  # the common case: one look-up
    n = lx.speech.at(lows, verb)
    k = verb + n
    if n and k < c.q0 and lows[k] == ",":
        k += 1  # "… cho biết, trong năm qua, Hội A đã thăm 120 hộ": past opening phrases
        while lx.intro.at(lows, k) and (nxt := first_at(c.where.of(","), k)) is not None and nxt < c.q0:
            if clause_verb(c, k + 1, nxt, lx) is not None:
                break  # "tính đến tháng 5 sở phát hiện 40 cơ sở vi phạm, …" holds a clause
            k = nxt + 1
        if k < c.q0 and (period := PERIOD.match(text, toks[k].start)):
            k = bisect_left(toks, period.end(), key=_START)  # "cho biết, từ đầu năm đến nay toàn tỉnh ghi nhận…"
        while k < c.q0 and (m := actor_words().time_adverbs.at(lows, k)):
            k += m  # "cho biết, đầu năm 2025 tới nay cả nước đã ghi nhận…"
    if (
        not n
        or k >= c.q0
        or toks[k].kind != "w"
        or (lx.actor_verbs.at(lows, k) and not toks[k].capitalized)
        or lx.intro.at(lows, k)
    ):
        return []  # "cho biết đã …", not "cho biết, Thanh tra tỉnh …": a capital opens a name
    end = clause_verb(c, k + 1, c.q0, lx)
    if end is not None and lows[k] in actor_words().metrics.by_first:
        # "cho biết tổng lượt khách tới tỉnh A trong 2 tháng đầu năm ước đạt…": the measure up to its time
        timed = (j for j in range(k + 2, end) if lows[j] in lx.time_openers.by_first and PERIOD.match(text, toks[j].start))
        end = next(timed, end)
    # marks inside a name, and commas between the bodies of a list ("Thanh tra các bộ, ngành và địa phương")
    if end is None or end - k > 14 or any(not t.is_word and t.text not in _NAME_MARKS and t.text != "," for t in toks[k:end]):
        return []
    selves = actor_words().self_nouns
    if lows[k] in selves.by_first and selves.at(lows, k) == end - k and not toks[k].capitalized:
        return []  # "Công an tỉnh A cho biết đơn vị vừa bắt…": the body names itself, the speaker has it
    return toks[k:end] if _near_subject(toks[k:end], lows[k:end], lx) else []


def clause_start(c: Cand, lx: Lexicon) -> tuple[int, list[int]]:
    """Where the number's clause starts (after the sentence start, the last ';' or ':', a list item's
    mark and opening time or framing phrases that end in a comma), and the commas left before the number."""
    aw = actor_words()
    toks, lows = c.toks, c.where.lows
    start = max(0, c.q0 - WINDOW)
    brk = c.where.last((";", ":"), start, c.q0)
    opened = c.where.last(("(",), start, c.q0) if c.where.of("(") else None
    if opened is not None and lows[opened + 1 : opened + 3] == ["trong", "đó"] and (brk is None or brk < opened):
        brk = opened if c.where.last((")",), opened, c.q0) is None else brk  # "… (trong đó, Ủy ban A khai trừ 4)"
    if brk is not None:
        start = brk + 1
    elif start == 0:
        start = dateline_end(toks, c.q0)
    elif (cut := c.where.last((",",), start, c.q0)) is not None:
        start = cut + 1  # the window cut the sentence inside a phrase: the clause after the last comma
    while start < c.q0 and (lows[start] in BULLETS or lows[start] in OPEN_QUOTES):
        start += 1  # "- Cấp ủy … đã kiểm tra 1.230 tổ chức đảng": a list item's mark; an opening quote
    commas = [
        k for k in c.where.between(",", start, c.q0) if k + 1 >= len(lows) or (lows[k - 1], lows[k + 1]) not in lx.comma_joined
    ]
    if commas and c.where.between("(", start, commas[-1]):
        commas = [k for k in commas if not _bracketed(c, start, k)]  # "xã A (huyện B, tỉnh C), …": one phrase
    # skip opening time or framing phrases that end in a comma ("Từ đầu năm,", "Ba năm qua,")
    intro = lx.intro
    while commas and (
        (lows[start] in intro.by_first and intro.at(lows, start))
        or duration_at(toks, lows, start, lx)
        or dated(toks, start, commas[0])
        or opener_phrase(toks, lows, start, commas[0], lx)
    ):
        if not aw.finite.isdisjoint(lows[start : commas[0]]) or holds_count(c, start, commas[0], lx):
            break  # "tại trang X đã có 5.000 lượt thích, …": a clause of its own, not an opening phrase
        start = commas.pop(0) + 1
    c.clause_start = start
    return start, commas


def _whole_after_opening(lows: Sequence[str], start: int, end: int) -> int | None:
    """Where a whole ("cả nước", "toàn tỉnh") that ends right before the verb at ``end`` starts, after ``start``."""
    scopes = actor_words().whole_scopes
    for k in range(max(start, end - 4), end - 1):
        if lows[k] in scopes.by_first and k + scopes.at(lows, k) == end:
            return k
    return None


def _bracketed(c: Cand, start: int, k: int) -> bool:
    """toks[k] stands inside a bracket opened after ``start``."""
    opened = c.where.last(("(",), start, k)
    return opened is not None and c.where.last((")",), opened, k) is None


def _past_subject_openers(c: Cand, start: int, lx: Lexicon, commas: list[int]) -> int:
    """Where the subject stands past the adverbs or framing words before it ("hiện toàn tỉnh có…", "Riêng Fanpage …
    có…", "Bước đầu, cơ quan A …") and past a rank ("cao nhất là trường A có 900 thí sinh": the one ranked)."""
    lows = c.where.lows
    while start < c.q0 and lows[start] in lx.subject_openers.by_first and (n := lx.subject_openers.at(lows, start)):
        start += n
        if start < c.q0 - 1 and lows[start] == ",":
            start += 1  # "Bước đầu, cơ quan A đã thu hồi…": the comma after the opener
        # "Cộng dồn từ đầu năm, TP.HCM có…": a framing phrase after the opener
        later = [k for k in commas if k >= start]
        if later and lx.intro.at(lows, start):
            start = later[0] + 1
    ranked = actor_words().ranked  # at the clause's head or after a comma in it
    for k in (start - 1, *(k for k in commas if start <= k < c.q0 - 4)):
        if k + 4 < c.q0 and (n := ranked.at(lows, k + 2)):
            start = k + 2 + n
    return start


def subject(c: Cand, text: str, lx: Lexicon, start: int, commas: list[int]) -> list[Tok]:
    """The words of the clause's subject, up to its first verb."""
    toks, lows = c.toks, c.where.lows
    # "Kim Liên (41.200 khách)", "Minh Phát 27 (9 thuyền viên)": a name right before a bracketed number
    if c.q0 >= 2 and toks[c.q0 - 1].text == "(":
        owner = name_before(toks, c.q0 - 1, start) or owner_before(c, c.q0 - 1, start)
        if owner:
            return owner
    owner = bracket_owner(c, start)
    if owner:
        return owner
    start = _past_subject_openers(c, start, lx, commas)
    aw = actor_words()
    thens = c.where.among(aw.consequence)
    then = thens[bisect_left(thens, c.q0 - 1) - 1] if thens and thens[0] >= start else None
    if then is not None and start <= then < c.q0 - 1 and (aw.metrics.at(lows, then + 1) or not lx.actor_verbs.at(lows, then + 1)):
        start = then + 1  # "Không tính khoản A thì thu nội địa đạt…": after a condition, the subject follows "thì"
    c.clause_start = start  # where the subject would stand ("…; trong đó có 1.120 tin": none)
    first_verb = None
    verb_n = lx.actor_verbs.at(lows, start) if start < c.q0 and lows[start] in lx.actor_verbs.by_first else 0
    # "thu nội địa đạt…": a word of measure that is a verb too is the noun when a verb follows it
    metric = start < c.q0 and lows[start] in aw.metrics.by_first  # a cheap test before each look-up
    measure = verb_n and metric and aw.metrics.at(lows, start) >= verb_n and clause_verb(c, start + 1, c.q0, lx) is not None
    if start < c.q0 and (not verb_n or measure or in_verb_noun(lows, start, start, lx)):
        first_verb = clause_verb(c, start + (lows[start] not in OPEN_QUOTES), c.q0, lx)  # a quote opens at start
        if first_verb is None and c.q0 < c.i0 and lx.actor_verbs.at(lows, c.q0):
            first_verb = c.q0  # the qualifier opens with the verb: "Doanh thu … ước đạt 117.000 tỷ đồng"
    first_verb = first_verb if verb_n or start >= c.q0 else tagged_verb(c, start, first_verb, lx)
    if first_verb is not None and lows[first_verb] == "được" and _managed(c, start, first_verb, lx):
        return []
    if first_verb is None:
        # "Kiểm tra 30 chi bộ", not "Thông báo của Sở cho hay có 12 trường hợp" (a noun)
        c.subjectless = verb_n > 0 and not in_verb_noun(lows, start, start, lx) and lows[start + verb_n] != "của"
        if c.subjectless:
            return _fronted_subject(c, start, commas, lx)
        if metric and aw.metrics.at(lows, start):
            # "Tổng doanh thu trên 13.000 tỷ đồng": a measure with no verb, the subject before has it, unless it
            # names its owner ("Công suất phòng toàn tỉnh khoảng 80%": read by the actor's metric owner)
            c.subjectless = True
            owned = not c.where.between(",", start, c.q0) and not aw.metric_scope.isdisjoint(lows[start : c.q0])
            return list(toks[start : c.q0]) if owned else []
        run = _after_tagged_opening(c, start, commas, verb_n, lx) or name_run(c, start) or name_at_count(c, start)
        c.subjectless = not run and _opens_with_verb(c, start, lx)
        return run or (_subject_after_phrase(c, lx) if c.subjectless else [])
    w0, w1 = start, first_verb  # the subject's token span
    # "Lương tôi 12 triệu/tháng, riêng tiền nhà đã chiếm…": a subject opened after a comma
    for k in reversed(c.where.between(",", w0 + 1, w1 - 1)):
        if n := lx.subject_openers.at(lows, k + 1):
            w0 = k + 1 + n
            break
    w0, opening = past_time(c, w0, w1, lx)  # "trong tuần qua đội A bắt…": the subject after a time
    if opening >= w1 - w0:
        w1 = w0  # "Mỗi ngày có 12 đoàn tàu", "Theo Sở A, trong tuần có…": a framing phrase or time is no subject
    elif opening and (scope := _whole_after_opening(lows, w0 + opening, w1)) is not None:
        w0 = scope  # "trong 4 ngày nghỉ lễ cả nước xảy ra…": an opening time with no comma, then the whole
    if lows[first_verb] == "là" and not toks[first_verb + 1].capitalized and opener_phrase(toks, lows, w0, w1, lx):
        c.subjectless = True  # "Điển hình là vụ A, bắt giữ 7 đối tượng": an example of the sentence before
        return []
    # "Nổi bật nhất là Fanpage có 48.000 người theo dõi": the subject of "có" follows "là",
    # unless a name stands before it ("Huyện Tân Lạc là địa phương có…")
    named = lows[first_verb] == "là" and any(t.capitalized for t in toks[w0 + 1 : w1])
    v = clause_verb(c, first_verb + 2, c.q0, lx) if lows[first_verb] == "là" and not named else None
    if v is not None and _near_subject(toks[first_verb + 1 : v], lows[first_verb + 1 : v], lx):
        w0, w1 = first_verb + 1, v
    words = _after_fronted(c, _past_report(c, w0, w1), w1, lx)
    said = _said_subject(c, text, first_verb, lx)
    if said:
        words = said
    near = _pivot_subject(c, first_verb, lx) or found_person(c)
    if near is None:
        near = _nearer_subject(c, first_verb, lx)
    return words if near is None or _inside(near, said) else near


def _inside(near: list[Tok], said: list[Tok]) -> bool:
    """A nearer subject that is the last of the bodies said ("cho biết, năm nay, Công an tỉnh, huyện, xã quản lý …")."""
    return bool(near and said) and said[0].start < near[0].start and near[-1].end <= said[-1].end


def _managed(c: Cand, start: int, verb: int, lx: Lexicon) -> bool:
    """The clause opens with a verb no list knows and "được" before a count: "Triệt xóa được 6 tụ điểm" has
    no subject of its own, it continues the one before."""
    lows = c.where.lows
    if lows[verb] != "được" or verb - start > 3 or not _count_at(c, verb + 1) or not _opens_with_verb(c, start, lx):
        return False
    c.subjectless = True
    c.rules.append("actor:verb before được")
    return True


def _count_at(c: Cand, k: int) -> bool:
    """A count opens at toks[k]: this one with its qualifier, or another number."""
    return k == c.q0 or (k < len(c.toks) and is_number_tok(c.toks[k]))


def _opens_with_verb(c: Cand, start: int, lx: Lexicon) -> bool:
    """A sentence that opens with a word no list knows, names no one before its count and opens with no noun
    of what is counted, a form or a label opens with its verb: "Điều tra khám phá hơn 130 vụ…" continues the
    subject of the sentence before."""
    toks, lows = c.toks, c.where.lows
    if start >= c.q0 or any(t.capitalized for t in toks[start + 1 : c.q0]) or not toks[start].is_word:
        return False
    return not (
        lx.counted_phrases.at(lows, start)
        or lx.labels.at(lows, start)
        or lx.forms.at(lows, start)
        or lx.intro.at(lows, start)
        or lx.subject_openers.at(lows, start)
        or is_number_tok(toks[start])
    )


def _pivot_subject(c: Cand, first_verb: int, lx: Lexicon) -> list[Tok] | None:
    """After a verb of helping or congratulating, the one named has the count: "… đã giúp trang A đạt
    3 triệu lượt theo dõi" → "trang A"; None when no such verb stands before the count."""
    aw = actor_words()
    toks, lows = c.toks, c.where.lows
    firsts = aw.pivots.by_first
    if firsts.keys().isdisjoint(lows[c.clause_start : c.q0]):
        return None
    k = next((k for k in range(c.clause_start, c.q0) if lows[k] in firsts and aw.pivots.at(lows, k)), None)
    if k is None:
        return None
    k += aw.pivots.at(lows, k)
    verb = clause_verb(c, k + 1, c.q0, lx)
    if verb is None or verb < first_verb or not _near_subject(toks[k:verb], lows[k:verb], lx):
        return None
    c.rules.append("actor:pivot")
    return list(toks[k:verb])


def _subject_after_phrase(c: Cand, lx: Lexicon) -> list[Tok]:
    """A count in a sentence that opens with its verb phrase has the subject named after the comma that ends the
    phrase: "Khám xét 5 kho hàng, lực lượng chức năng thu thêm…" → "lực lượng chức năng" (not a distributive
    "mỗi hộ", not what is counted, not a clause that opens with its verb)."""
    aw = actor_words()
    toks, lows = c.toks, c.where.lows
    comma = first_at(c.where.of(","), c.i1)
    if comma is None or comma - c.i1 > 8 or c.q0 - c.clause_start < 2 or duration_at(toks, lows, c.i0, lx):
        return []  # "Cách đây 2 hôm, khi …": a time, no verb phrase
    if clause_verb(c, c.unit_end, comma, lx) is not None or aw.subject_end.at(lows, comma + 1):
        return []  # not "Gần 88.800ha lúa, hoa màu bị ngập": a qualifier, no verb, opens the sentence
    verb = clause_verb(c, comma + 1, min(len(toks), comma + 9), lx)
    near, near_lows = toks[comma + 1 : verb], lows[comma + 1 : verb]
    if (
        verb is None
        or not near
        or near_lows[0] in aw.each
        or near_lows[0] in aw.counted_lead
        or near_lows[0] in lx.intro.by_first
    ):
        return []
    if not all(t.is_word for t in near) or not _near_subject(near, near_lows, lx) or _counted_subject(near, lx):
        return []
    c.subjectless = False
    c.rules.append("actor:after fronted phrase")
    return list(near)


def _starts_between(c: Cand, phrases: Phrases, start: int, end: int) -> bool:
    """One of ``phrases`` starts in the sentence's tokens ``start`` to ``end``."""
    lows = c.where.lows
    if phrases.by_first.keys().isdisjoint(lows[start:end]):
        return False
    first, lx = phrases.by_first, lexicon()
    return any(lows[k] in first and phrases.at(lows, k) and not in_verb_noun(lows, k, start, lx) for k in range(start, end))


def _after_tagged_opening(c: Cand, start: int, commas: list[int], verb_n: int, lx: Lexicon) -> list[Tok]:
    """The subject after a fronted phrase that opens with a verb only the tagger knows: "Kết thúc giải, Đoàn A
    dẫn đầu với 50 HCV"; [] when the lists know the opening verb or no subject follows."""
    return _fronted_subject(c, start, commas, lx) if not verb_n and opens_with_tagged_verb(c, start) else []


def _fronted_subject(c: Cand, start: int, commas: list[int], lx: Lexicon) -> list[Tok]:
    """The subject after a fronted verb phrase: "Thực hiện kế hoạch năm, Ủy ban Kiểm tra Huyện ủy đã kiểm tra
    6 chi bộ"; [] when none stands there."""
    aw = actor_words()
    for k in commas:
        if _starts_between(c, aw.requests, start, k):
            break  # "đề nghị Ban A, Ban B thi hành kỷ luật 6 đảng viên": the bodies asked
        near = _after_comma(c, k + 1, lx)[0] if k >= start else []
        lead = near and (near[0].capitalized or near[0].low in aw.counted_lead or aw.pages.at([t.low for t in near], 0))
        if lead and any(t.capitalized for t in near):  # "Để phục vụ dân, trang Zalo “Công an xã A” có 17 thủ tục"
            c.subjectless = False
            c.rules.append("actor:fronted")
            return near
    return []


def _past_report(c: Cand, w0: int, w1: int) -> int:
    """Where the body starts in a subject that is its report before a verb of saying: "Báo cáo của Bệnh viện A
    cho thấy …", "Thống kê của Sở B cho thấy …" (``[actor] frames`` ending in "của" or "từ", then a name) → the
    body; else ``w0``."""
    aw, lows = actor_words(), c.where.lows
    if w1 >= len(lows) or lows[w1] not in lexicon().speech.by_first:
        return w0  # "Theo báo cáo của Sở A có …": a source, not a report that says
    n = aw.frames.at(lows, w0) if lows[w0] in aw.frames.by_first else 0
    return w0 + n if n and lows[w0 + n - 1] in ("của", "từ") and w0 + n < w1 and c.toks[w0 + n].capitalized else w0


def _after_fronted(c: Cand, w0: int, w1: int, lx: Lexicon) -> list[Tok]:
    """The subject after a fronted phrase that holds a comma: "Cộng dồn số ca trong đợt dịch (từ …), TP A có…"
    → "TP A"; a list of names stays whole, without a distributive "mỗi đơn vị" after it."""
    aw = actor_words()
    toks, lows = c.toks, c.where.lows
    if not c.where.between(",", w0, w1) and aw.each.isdisjoint(lows[w0 + 1 : w1]):
        return list(toks[w0:w1])  # one piece, nothing distributive
    pieces = name_pieces(toks, w0, w1)
    each = next((k for k in range(w0 + 1, w1) if lows[k] in aw.each), None)
    if each is not None and is_name_piece(toks, *pieces[0]) and aw.time_adverbs.at(lows, w0) < each - w0:
        c.rules.append("actor:each")  # "Huyện A, B, C, mỗi đơn vị có 9…", "Xã A, B mỗi xã có 3…": the units named before
        return list(toks[w0 : each - (lows[each - 1] == ",")])
    k0, k1 = pieces[-1]
    first = lows[pieces[0][0]]
    if (
        len(pieces) > 1
        and 2 <= k1 - k0 <= 5
        and lows[k0] in lx.pronouns
        and toks[k0 + 1].capitalized
        and first not in lx.pronouns
        and first not in aw.heads.by_first
        and first not in aw.ranks.by_first
    ):
        c.rules.append("actor:fronted")  # "Gần hai năm lãnh đạo Huyện ủy A, ông B đã…": the person after the phrase
        return list(toks[k0:k1])
    if len(pieces) < 2 or is_name_piece(toks, *pieces[0]):
        return list(toks[w0:w1])
    if joined_acts(toks, lows, pieces[-2], pieces[-1]):
        pieces = [*pieces[:-2], (pieces[-2][0], pieces[-1][1])]  # "… khách đến A tham quan, nghỉ dưỡng đạt …"
    k0, k1 = pieces[-1]
    # "xã A, huyện B (tỉnh C), cơn lốc xoáy làm…": after places, the subject needs no capital
    places = all(any(toks[q].capitalized for q in range(p0 + 1, p1)) for p0, p1 in pieces[:-1]) and k1 - k0 >= 2
    # "Khám xét 5 kho hàng, lực lượng chức năng thu…": after a phrase that opens with its verb, in lower case too
    acted = k1 - k0 >= 2 and lows[k0] not in aw.each and lows[k0] not in aw.counted_lead
    counted = next((k for k in range(w0, pieces[0][1]) if is_number_tok(toks[k])), w0)  # "Khám xét 5…", not "Gần 88.800ha…"
    acted = acted and counted - w0 >= 2 and all(t.is_word for t in toks[w0:counted]) and _opens_with_verb(c, w0, lx)
    if (places or acted or any(t.capitalized for t in toks[k0:k1])) and _near_subject(toks[k0:k1], lows[k0:k1], lx):
        c.rules.append("actor:fronted")
        return list(toks[k0:k1])
    return list(toks[w0:w1])


def _nearer_subject(c: Cand, first_verb: int, lx: Lexicon) -> list[Tok] | None:
    """A nearer subject after a comma: "…, Công ty An Phú (Đà Nẵng) nợ hơn 20 tỷ đồng"; [] when the
    count is the subject of its own clause; None when there is none. A clause after a comma that opens
    with its verb ("…, tiếp cận 2 triệu lượt người") or whose subject is what is counted ("…, lượt tương tác
    đạt 95.000") continues the subject of the clause before it."""
    aw = actor_words()
    lows = c.where.lows
    commas = c.where.between(",", first_verb, c.q0)
    if "và" in lows[first_verb + 1 : c.q0 - 1]:  # "A cam kết đạt 98% và B cam kết đạt 100%": a clause of B's
        ands = [k for k in range(first_verb + 1, c.q0 - 1) if lows[k] == "và" and c.toks[k + 1].capitalized]
        commas = sorted([*commas, *ands]) if ands else commas
    if not commas or "với" in lows[first_verb + 1 : first_verb + 4]:
        return None  # "A phối hợp với B, C, D triển khai 5 tổ": the partners are no nearer subject
    if _starts_between(c, aw.requests, first_verb, commas[-1]):
        if _after_comma(c, commas[-1] + 1, lx)[0]:
            c.rules.append("actor:asker")
        return None  # "…đã đề nghị Ban A, Ban B thi hành kỷ luật 6 đảng viên": the bodies asked are no subject
    if commas[-1] + 1 == c.q0 and _has_own_verb(c, lx):
        pieces = (first_verb + lx.speech.at(lows, first_verb), *(k + 1 for k in commas[:-1]))
        framed = all(lows[k] == "," or lx.intro.at(lows, k) or is_number_tok(c.toks[k]) for k in pieces)
        if lx.speech.at(lows, first_verb) and framed:
            return None  # "Bệnh viện A cho biết, sáng nay, 9 bệnh nhân đã xuất viện": the speaker reports them, after frames
        return []  # "…, ba em còn lại bị nước cuốn trôi": the count is the subject of its own clause
    for n, k in enumerate(reversed(commas)):
        near, verb = _after_comma(c, k + 1, lx)
        if near:
            counts = any(is_number_tok(t) for t in c.toks[verb : commas[len(commas) - n]]) if n else True
            if n and not (counts or any(t.capitalized for t in near)):
                return None  # further back a clause with its own count or a name: not "…, hộ cận nghèo có nhu cầu, hỗ trợ 20 hộ"
            if not _counted_subject(near, lx):
                if k != commas[-1]:
                    c.rules.append("actor:continued")
                return near
        elif is_number_tok(c.toks[k + 1]) and clause_verb(c, k + 1, commas[len(commas) - n] if n else c.q0, lx) is None:
            continue  # "…, bao gồm 87 HCV, 81 HCB": an item of a list, the list goes on with the subject before it
        elif not (
            lows[k + 1] in lx.actor_verbs.by_first and lx.actor_verbs.at(lows, k + 1) and not in_verb_noun(lows, k + 1, k + 1, lx)
        ):
            return None
    return None


def _after_comma(c: Cand, k: int, lx: Lexicon) -> tuple[list[Tok], int]:
    """The subject of a clause that starts at ``k`` after a comma, or [], and the index of its verb."""
    aw = actor_words()
    toks, lows = c.toks, c.where.lows
    verb = clause_verb(c, k + 1, c.q0, lx)
    if verb is None and k < c.q0 and toks[k].capitalized:
        verb = tagged_verb(c, k, None, lx)  # "…, Đoàn chủ nhà A dẫn đầu với 50 HCV": a verb only the tagger knows
    if verb is None:
        return [], k
    near, near_lows = toks[k:verb], lows[k:verb]
    if lows[k] in lx.actor_verbs.by_first and lx.actor_verbs.at(lows, k) > len(near):
        return [], verb  # "…, điều tra làm rõ 40 vụ": the clause opens with a verb longer than the words before its next verb
    # "…, còn hãng Wendy's hứa…", "…, trong đó Ban Thường vụ giám sát 6 tổ chức": skip linking words
    verbs, openers = lx.actor_verbs, lx.subject_openers  # a set test of the first word before each look-up
    while near:
        first = near_lows[0]
        verb_here = (
            0 if first not in verbs.by_first or in_verb_noun(near_lows, 0, 0, lx) else verbs.at(near_lows, 0)
        )  # not "chi hội"
        if verb_here and len(near) > verb_here and aw.metrics.at(near_lows, 0) >= verb_here:
            verb_here = 0  # "…, xuất khẩu chính ngạch đạt…": a word of measure before the verb is the noun
        n = (openers.at(near_lows, 0) if first in openers.by_first else 0) or verb_here
        if not n:
            break
        near, near_lows = near[n:], near_lows[n:]
    while near and near_lows[0] in aw.time_adverbs.by_first and (n := aw.time_adverbs.at(near_lows, 0)):
        near, near_lows = near[n:], near_lows[n:]  # "…, trung bình mỗi ngày trang A nhận được 400 tin"
    opens = near and (near_lows[0] in lx.intro.by_first or near_lows[0] in aw.requests.by_first)
    if opens and (lx.intro.at(near_lows, 0) or aw.requests.at(near_lows, 0)):
        return [], verb  # "…, tính đến nay …", "…, đề nghị …": no subject
    if near and near_lows[0] in aw.toward:
        return [], verb  # "…, sang C đạt 13 tỉ": where a list that shares its subject goes, no subject
    if near and _near_subject(near, near_lows, lx):
        return list(near), verb  # not "đơn vị này", which points back at the subject before
    return [], verb


def _counted_subject(words: Sequence[Tok], lx: Lexicon) -> bool:
    """The subject is itself a count's noun of audience or content ("lượt xem", "số người theo dõi",
    "các tin bài"): not who has the count."""
    aw = actor_words()
    lows = [t.low for t in words]
    k = 0
    while k < len(lows) and lows[k] in aw.counted_lead:
        k += 1
    n = lx.counted_phrases.at(lows, k)
    return bool(n) and lx.counted.get(tuple(lows[k : k + n])) in ("audience", "content")
