"""The verb of a clause that no list of ours knows, from underthesea's part-of-speech tagger, and the counts that
may stand in a clause before its verb.

A clause's subject runs up to its first verb of ``cues.toml`` ``[actor] verbs``. When none stands before the
count, or only one past an earlier count ("các bệnh viện khám cho 900 lượt người, cấp cứu 80 ca"), the verb is
the first word the tagger (:mod:`statx.lexicon.pos`) reads as one: a word of its own there, not the syllable of
a longer word ("phòng khám") nor of a noun with a verb in it, and never past a count or a list item's number
(an ordinal or a date is neither: "sinh con thứ 3,", "năm 2020,").
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

from statx.lexicon import fold, fold_text
from statx.lexicon.dictionary import words as dictionary_words
from statx.lexicon.pos import verbs as tagged_verbs
from statx.understand.context import Cand, Lexicon, Tok, in_verb_noun

__all__ = [
    "counted_before",
    "dated",
    "holds_count",
    "joined_acts",
    "name_before_verb",
    "opens_with_verb",
    "tagged_verb",
    "verb_ending",
]


def dated(toks: Sequence[Tok], start: int, end: int) -> bool:
    """toks[start:end] is a short phrase that holds a year or a date ("Kết thúc năm 2020", "Chiều 5/8"): an
    opening phrase of time, whatever word opens it."""
    return end - start <= 6 and any(
        t.is_digit and ((len(t.text) == 4 and t.text[:2] in ("19", "20")) or "/" in t.text) for t in toks[start:end]
    )


def holds_count(c: Cand, start: int, end: int, lx: Lexicon) -> bool:
    """toks[start:end] holds a count of something ("Năm qua có 240 hội viên được kiểm tra"), not only a time."""
    lows, numbers = c.where.lows, c.where.numbers()
    return any(
        not lx.duration_after.at(lows, j)  # "5 năm hoạt động": "năm" is the year, not five
        and lx.unit_or_noun.at(lows, j + 1)
        and not lx.duration_after.at(lows, j + 1)
        for j in numbers[bisect_left(numbers, start) : bisect_left(numbers, end - 1)]
    )


@cache
def _verb_heads() -> frozenset[str]:
    """The first syllables of the words underthesea's tagger reads as verbs."""
    return frozenset(v.split(" ", 1)[0] for v in tagged_verbs())


def tagged_verb(c: Cand, start: int, found: int | None, lx: Lexicon) -> int | None:
    """The clause's verb when the lists know none before the count, or only one past another count
    ("các bệnh viện khám cho 500 lượt người, cấp cứu 80 ca": "khám"): the first word after the subject's
    first that the tagger (``lexicon.pos``) reads as a verb, when it is a word of its own there, not the
    syllable of a longer word ("phòng khám") nor of a noun with a verb in it. Else ``found``."""
    end = c.q0 if found is None else found
    toks, lows = c.toks, c.where.lows
    if found is not None and not counted_before(c, start, end, lx):
        return found  # the verb of the lists stands before any count
    heads = c.where.among(_verb_heads())
    words, verbs = dictionary_words(), tagged_verbs()
    if opens_with_tagged_verb(c, start):
        return found  # "Truy quét … 9 ổ nhóm": the clause opens with its verb, its subject is before
    for j in heads[bisect_left(heads, start + 1) : bisect_left(heads, end)]:
        if toks[j].capitalized:
            continue  # a name's word: "Đoàn chủ nhà Cần Thơ dẫn đầu …" reads on to "dẫn đầu"
        if counted_before(c, start, j, lx):
            break  # a count before it: no verb of this subject
        if fold(f"{lows[j - 1]} {lows[j]}") in words or (j - 2 >= start and fold(" ".join(lows[j - 2 : j + 1])) in words):
            continue  # "phòng khám": the syllable of a word that starts before it
        if _tagged_word(lows, j, words) in verbs and not (lows[j] in lx.verb_noun_words and in_verb_noun(lows, j, start, lx)):
            return j
    return found


def opens_with_tagged_verb(c: Cand, start: int) -> bool:
    """The clause at toks[start] opens with a word the tagger reads as a verb: "Kết thúc giải, …"."""
    lows = c.where.lows
    return start < len(lows) and lows[start] in _verb_heads() and _tagged_word(lows, start, dictionary_words()) in tagged_verbs()


def counted_before(c: Cand, start: int, end: int, lx: Lexicon) -> bool:
    """toks[start:end] holds a count ("khám cho 900 lượt người") or a list item's number ("khiển trách 22,"),
    not only an ordinal or a date ("sinh con thứ 3,", "năm 2020")."""
    numbers, lows = c.where.numbers(), c.where.lows
    toks = c.toks
    listed = any(
        lows[k + 1] in (",", ";") and lows[k - 1] != "thứ" and not dated(toks, k, k + 1)
        for k in numbers[bisect_left(numbers, start) : bisect_left(numbers, end - 1)]
        if k > start
    )
    return listed or holds_count(c, start, end, lx)


def _tagged_word(lows: Sequence[str], j: int, words: frozenset[str]) -> str:
    """The longest word of the list (three syllables at most) that starts at lows[j], else ""."""
    for n in (3, 2, 1):
        word = fold_text(" ".join(lows[j : j + n]))
        if word in words:
            return word
    return ""


def opens_with_verb(words: Sequence[Tok]) -> bool:
    """The words open with a verb of the tagger in lower case ("khám cấp cứu …", "nghỉ Tết"): a clause that has
    no subject of its own."""
    lows = [t.low for t in words[:3]]
    return (
        bool(words)
        and not words[0].capitalized
        and lows[0] in _verb_heads()
        and _tagged_word(lows, 0, dictionary_words()) in tagged_verbs()
    )


def verb_ending(toks: Sequence[Tok], lows: Sequence[str], start: int, j: int) -> int:
    """The syllables of the word right before toks[j] when the tagger reads it as a verb, in lower case, and
    no longer word of the list ends there ("cây trồng", a noun), else 0."""
    words = dictionary_words()
    for n in (3, 2, 1):
        if j - n <= start or not all(t.is_word and not t.capitalized for t in toks[j - n : j]):
            continue
        word = fold_text(" ".join(lows[j - n : j]))
        if word in words:
            return n if word in tagged_verbs() else 0
    return 0


def joined_acts(toks: Sequence[Tok], lows: Sequence[str], before: tuple[int, int], last: tuple[int, int]) -> bool:
    """The last piece of a subject is a word or two in lower case that open with a verb, after a piece that ends
    with a verb: two acts joined by a comma ("tham quan, nghỉ dưỡng"), no subject of its own."""
    k0, k1 = last
    short = 1 <= k1 - k0 <= 2 and all(t.is_word for t in toks[k0:k1])
    return short and opens_with_verb(toks[k0:k1]) and verb_ending(toks, lows, before[0], before[1]) > 0


def name_before_verb(words: list[Tok]) -> list[Tok]:
    """The words up to a verb in lower case right after a capitalized word ("Đà Lạt tham quan, nghỉ dưỡng" →
    "Đà Lạt"): a name ends where what was done there begins."""
    return words[: next((j for j in range(1, len(words)) if words[j - 1].capitalized and opens_with_verb(words[j:])), len(words))]
