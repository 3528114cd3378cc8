"""Subjects that are names, read where no verb of a list stands: a name that opens the clause ("TP A dẫn đầu …"),
a name right before a count ("…; Indonesia 1.020 vận động viên"), or before a bracketed count ("Bến A (3.000
khách)"), the owner named with "của" or a scope before a bracket ("so với toàn tỉnh (8%)"), and the person named after a
verb of finding ("cảnh sát phát hiện Lâm móc nối 6 người")."""

from __future__ import annotations

from collections.abc import Sequence

from statx.lexicon.dictionary import one_word
from statx.lexicon.dictionary import words as dictionary_words
from statx.lexicon.places import place_names
from statx.understand.actor_words import actor_words
from statx.understand.context import Cand, Lexicon, Tok, is_number_tok, lexicon

__all__ = [
    "DASHES",
    "bracket_owner",
    "found_person",
    "is_name_piece",
    "name_at_count",
    "name_before",
    "name_end",
    "name_goes_on",
    "name_pieces",
    "name_run",
    "names_list",
    "owner_before",
]

DASHES = frozenset("-–—")
_IN_NAME = frozenset([".", *DASHES])
# marks after which an item's first word takes a capital whatever it is: "gồm: Lúa …", "\n- Ngô …"
_ITEM_OPENERS = frozenset([":", ";", ".", "+", "•", *DASHES])


def name_run(c: Cand, start: int) -> list[Tok]:
    """With no verb we know of, a name that opens the clause and is followed by a word in lower case is its
    subject: "TP A dẫn đầu cả nước với 22 triệu lượt khách". A name is two capitalized words or more, or a
    place of the gazetteer."""
    toks = c.toks
    j = name_end(toks, start, c.q0)
    run = toks[start:j]
    if not run or j >= c.q0 or not toks[j].is_word or toks[j].capitalized or is_number_tok(toks[j]):
        return []
    words = [t for t in run if t.is_word and t.capitalized]  # "Truy quét …" opens with a verb, no name
    if len(words) >= 2 or words[0].text in place_names():
        c.rules.append("actor:name")
        return list(run)
    return []


def name_end(toks: Sequence[Tok], start: int, end: int) -> int:
    """Where the name that opens at toks[start] stops (``end`` at most): its capitalized words, a stop or a dash
    between them ("TP. A", "Bà Rịa - Vũng Tàu") and the words in lower case that go on with it (:func:`name_goes_on`)."""
    j = start
    while j < end:
        if toks[j].capitalized or (toks[j].text in _IN_NAME and j > start and j + 1 < len(toks) and toks[j + 1].capitalized):
            j += 1
        elif j > start and (n := name_goes_on(toks, j, end)):
            j += n  # "Sở Y tế A", "Bộ A và B", "Trung tâm Kiểm soát bệnh tật tỉnh A"
        else:
            break
    return j


def name_goes_on(toks: Sequence[Tok], j: int, end: int) -> int:
    """How many words in lower case from toks[j], right after a word of a body's name, go on with the name
    (none past ``end``): the second syllable of a word of the dictionary (Viet74K) whose first is capitalized
    ("Y tế", "Tuyên giáo", "Đào tạo"), not after a capitalized second syllable ("Bình An lập"); "và" between
    capitalized words ("Tài nguyên và Môi trường"); a word of two
    syllables in lower case ("bệnh tật") or a unit type ("tỉnh") when a capitalized word follows it."""
    t = toks[j]
    if not t.is_word or t.capitalized or j == 0 or not toks[j - 1].is_word or j + 1 > end:
        return 0
    # not the second syllable of a word that is itself the second of one: "xã Bình An lập …" ("bình an", then a verb)
    second = j >= 2 and toks[j - 2].capitalized and one_word(toks[j - 2].low, toks[j - 1].low)
    if toks[j - 1].capitalized and not second and one_word(toks[j - 1].low, t.low):
        return 1
    after = j
    if t.low == "và":
        after += 1
    elif j + 1 < end and toks[j + 1].is_word and not toks[j + 1].capitalized and one_word(t.low, toks[j + 1].low):
        after += 2  # "bệnh tật"
    lows = [x.low for x in toks[after : min(end, after + 3)]]
    if lows and (n := actor_words().metric_places.at(lows, 0)):
        after += n  # "tỉnh"
    if j < after < end and toks[after].is_word and toks[after].capitalized:
        return after - j
    return 0


def name_at_count(c: Cand, start: int) -> list[Tok]:
    """A name right before the count, opening its clause or an item of a list, with no verb: "…; Indonesia 1.020
    vận động viên; … và Singapore 976 vận động viên" → the name of each item."""
    toks = c.toks
    k = c.q0
    name = name_before(toks, k, start) if k > start and toks[k - 1].capitalized else []
    j = k - len(name)
    if not name or not (j == start or toks[j - 1].low in ("và", ",")) or (j == 0 and len(name) < 2):
        return []
    if len(name) < 2 and toks[j - 1].text in DASHES and name[0].text not in place_names():
        return []  # "TPO - Trong 10 sự kiện": the capital of the sentence's first word after its dateline
    positional = j == 0 or toks[j - 1].text in _ITEM_OPENERS  # a capital the place of the word explains
    if len(name) < 2 and positional and name[0].low in dictionary_words() and name[0].text not in place_names():
        return []  # "gồm: Lúa 62 tạ/ha; ngô 58 tạ/ha": a common word with the capital of its item, no name
    c.rules.append("actor:name")
    return name


def name_before(toks: Sequence[Tok], k: int, start: int) -> list[Tok]:
    """The name that ends right before toks[k]: capitalized words, and digits after one ("Minh Phát 27")."""
    j = k - 1
    while j >= start and (
        (toks[j].is_word and toks[j].capitalized)
        or (toks[j].is_digit and j > 0 and toks[j - 1].capitalized)
        or (j > start and _goes_on_back(toks, j, k))  # "Sở Y tế A 30 bài", "Bộ Tài nguyên và Môi trường (30 bài)"
        or (j > start and toks[j].text == "." and _abbreviation(toks[j - 1], toks[j]))  # "Đoàn TP. Hồ Chí Minh (45 HCV)"
    ):
        j -= 1
    return list(toks[j + 1 : k])


def _abbreviation(word: Tok, dot: Tok) -> bool:
    """A word in capitals with its dot glued after it: "TP.", "Q." of a name."""
    return word.is_word and word.text.isupper() and word.end == dot.start


def _goes_on_back(toks: Sequence[Tok], j: int, k: int) -> bool:
    """toks[j], in lower case inside a name that ends before toks[k], read from its end: the second syllable of a
    word after a capitalized first ("Y tế"), or "và" between capitalized words or after such a word ("Tài nguyên
    và Môi trường")."""
    if toks[j - 1].capitalized:
        return name_goes_on(toks, j, k) == 1
    return (
        toks[j].low == "và"
        and j >= 2
        and toks[j - 2].capitalized
        and name_goes_on(toks, j - 1, k) == 1
        and name_goes_on(toks, j, k) == 1
    )


def owner_before(c: Cand, k: int, start: int) -> list[Tok]:
    """The owner named with "của" or a word of scope right before toks[k]: "bình quân của cả nước (10,35%)",
    "so với toàn tỉnh (8%)" → "cả nước", "toàn tỉnh"."""
    toks, lows = c.toks, c.where.lows
    scope = actor_words().metric_scope
    for j in range(k - 1, max(start, k - 5) - 1, -1):
        if not toks[j].is_word:
            return []
        if lows[j] in scope:
            return list(toks[j:k])
        if lows[j] == "của":
            return list(toks[j + 1 : k]) if j + 1 < k else []
    return []


def bracket_owner(c: Cand, start: int) -> list[Tok]:
    """A count in an aside bracketed after a name is the name's: "tàu Minh Phát 27 (tàu cá, 9 thuyền viên)";
    not in the bracket after a count ("30 tổ chức Đảng (khiển trách 20, …)")."""
    toks = c.toks
    if not c.where.of("("):
        return []
    k = c.where.last(("(",), max(start, c.q0 - 14), c.q0)
    if k is None or k == 0 or c.where.between(")", k, c.q0):
        return []
    if c.q0 - k > 6 and not all(is_number_tok(t) or t.low == "," or (t.is_word and t.text.isupper()) for t in toks[k + 1 : c.q0]):
        return []  # further in, only a list of counts ("(232 HCV, 154 HCB, 106 HCĐ)") goes on with the name
    name = name_before(toks, k, start)
    j = k - len(name)
    if not name or any(is_number_tok(t) for t in toks[max(0, j - 4) : j]):
        return []
    c.rules.append("actor:bracket")
    return name


def found_person(c: Cand) -> list[Tok] | None:
    """After a verb of finding, a person named by capitalized words and then a verb in lower case has the count:
    "cảnh sát đã phát hiện Lâm móc nối 6 người" → "Lâm"; None when no such verb and name stand before the count."""
    finders = actor_words().finders
    toks, lows = c.toks, c.where.lows
    if finders.by_first.keys().isdisjoint(lows[c.clause_start : c.q0]):
        return None
    k = next((k for k in range(c.clause_start, c.q0) if lows[k] in finders.by_first and finders.at(lows, k)), None)
    if k is None:
        return None
    k += finders.at(lows, k)
    j = k
    while j < c.q0 and toks[j].is_word and toks[j].capitalized:
        j += 1
    if not 0 < j - k <= 4 or j + 1 >= c.q0 or not toks[j].is_word or toks[j].capitalized:
        return None  # "phát hiện 5 xe", "phát hiện xe tải chở 300 kg": no person named
    c.rules.append("actor:found person")
    return list(toks[k:j])


def name_pieces(toks: Sequence[Tok], w0: int, w1: int) -> list[tuple[int, int]]:
    """The comma-separated pieces of toks[w0:w1], outside brackets."""
    pieces, k0, depth = [], w0, 0
    for k in range(w0, w1):
        low = toks[k].low
        depth += (low == "(") - (low == ")")
        if low == "," and depth == 0:
            pieces.append((k0, k))
            k0 = k + 1
    pieces.append((k0, w1))
    return pieces


def is_name_piece(toks: Sequence[Tok], k0: int, k1: int) -> bool:
    """A piece that opens with a name: a capital that is not only the sentence's first letter, or a title
    before a name ("ông Trần Văn An")."""
    if k0 + 1 < k1 and toks[k0].low in lexicon().pronouns and toks[k0 + 1].capitalized:
        return True
    return k0 < k1 and toks[k0].capitalized and (k0 > 0 or any(t.capitalized for t in toks[k0 + 1 : k1]))


def names_list(toks: Sequence[Tok], words: Sequence[Tok], lx: Lexicon) -> bool:
    """The subject is a list of acting bodies whose first item is a name: "Ban Thường vụ Huyện ủy A, Huyện ủy
    các huyện B, C", "Ban Thường vụ Tỉnh đoàn và các huyện đoàn, thành đoàn trực thuộc"."""
    aw = actor_words()
    if not words or not any(t.low in (",", "và") for t in words):
        return False
    w0 = toks.index(words[0]) if words[0] in toks else -1
    if w0 < 0:
        return False
    pieces = name_pieces(toks, w0, w0 + len(words))
    k0, k1 = pieces[0]
    return (
        (is_name_piece(toks, k0, k1) or any(t.capitalized for t in toks[k0 + 1 : k1]))  # "các tỉnh vùng A, B và C"
        and all(k1 - k0 <= 12 for k0, k1 in pieces)
        and not any(t.low in aw.not_in_names for t in words)
    )
