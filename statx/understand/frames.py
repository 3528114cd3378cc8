"""What frames a clause before its subject: a dateline ("HÀ NỘI -"), a duration ("Ba năm qua"), a discourse
opener ("Điển hình, …"), or an opening time that stands before the subject with no comma: "Theo Sở A, trong tuần
có 30 ca" (no actor: a time is never one), "trong tuần qua đội B đã bắt 5 đối tượng" (the subject follows the
time)."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from statx.lexicon import load
from statx.lexicon.dictionary import words as dictionary_words
from statx.understand.actor_words import actor_words
from statx.understand.context import Cand, Lexicon, Tok, is_number_tok
from statx.understand.named import DASHES

__all__ = ["dateline_end", "duration_at", "opener_phrase", "past_time"]


@cache
def _trailers() -> frozenset[str]:
    """The words that may end a time after its unit ("tuần qua", "tháng này"); cues.toml [actor]."""
    return frozenset(load("cues")["actor"]["time_trailers"])


def past_time(c: Cand, w0: int, w1: int, lx: Lexicon) -> tuple[int, int]:
    """Where the subject in toks[w0:w1] starts and how many words from there open the clause with framing
    ("trong", "từ đầu năm"): past a time (an opening word, a unit of time such as "tuần", its number or trailing
    words) that more words follow; a time that fills the span is all opening."""
    lows = c.where.lows
    n = lx.intro.at(lows, w0) if w0 < len(lows) and lows[w0] in lx.intro.by_first else 0
    j = w0 + n
    if not n or j >= w1 or lows[j] not in lx.duration_after.by_first or not (unit := lx.duration_after.at(lows, j)):
        return w0, n
    j += unit
    trailers = _trailers()
    while j < w1 and (is_number_tok(c.toks[j]) or lows[j] in trailers):
        j += 1
    return (w0, j - w0) if j >= w1 else (j, 0)


def opener_phrase(toks: Sequence[Tok], lows: Sequence[str], a: int, b: int, lx: Lexicon) -> bool:
    """``toks[a:b]`` is a discourse opener by its shape: one word of the dictionary of at most three syllables,
    in lower case past its first letter, that names no kind of body or counted thing ("Điển hình", "Tiêu biểu")."""
    if not 0 < b - a <= 3 or any(not t.is_word or t.capitalized for t in toks[a + 1 : b]) or not toks[a].is_word:
        return False
    phrase = " ".join(lows[a:b])
    if b - a == 1 or phrase not in dictionary_words() or lows[a] in lx.pronouns:
        return False
    return not (lx.counted_phrases.at(lows, a) or lx.class_heads.at(lows, a) or lows[a] in actor_words().any_body_nouns)


def duration_at(toks: list[Tok], lows: list[str], i: int, lx: Lexicon) -> bool:
    """A number and a unit of time at toks[i]: "Ba năm qua", "5 tháng đầu năm"."""
    return i + 1 < len(toks) and is_number_tok(toks[i]) and lx.duration_after.at(lows, i + 1) > 0


def dateline_end(toks: Sequence[Tok], end: int) -> int:
    """Where a lead starts after its dateline ("HÀ NỘI -", "ABC.VN -", "(XYZ)-"): the source, not
    the subject. 0 when the sentence has none."""
    if end > 4 and toks[0].text == "(" and toks[2].text == ")" and toks[1].text.isupper() and toks[3].text not in DASHES:
        return 3  # "(VLO) Theo Sở A, …": a source in brackets without a dash
    for d in range(1, min(end, 7)):
        if toks[d].text in DASHES:
            head = toks[:d]
            capitals = all((t.is_word and t.text.isupper()) or t.text in ".()" for t in head)
            bracketed = head[0].text == "(" and head[-1].text == ")"
            return d + 1 if (capitals or bracketed) and d + 1 < end and toks[d + 1].is_word else 0
    return 0
