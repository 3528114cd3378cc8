"""Who speaks for the count: the body a titled speaker heads, and the speaker of a quote who says "tôi".

A person who reports a body's work ("Giám đốc Sở Y tế A cho biết đã tiếp nhận 30 ca", "ông B, Chủ tịch UBND xã C
cho biết …") reports the body's counts: the actor is the body, named in the title or elsewhere in the text between
the same title and the same person ("Bộ trưởng Bộ D Lê Văn E" for "Bộ trưởng E"). A quote whose speaker says
"tôi" ("Kênh của tôi có 900 người theo dõi") gives the count to the speaker named before its colon or after it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

from statx.lexicon.places import place_names
from statx.understand.actor_words import actor_words
from statx.understand.context import START, Cand, Lexicon, Tok, lexicon

__all__ = ["UPPER", "framed", "head_body", "quote_speaker", "speaks"]

UPPER = "".join(ch for ch in map(chr, range(0x41, 0x1EFA)) if ch.isupper() and ch.isalpha())


def framed(c: Cand, first: Tok) -> bool:
    """The subject that opens with ``first`` follows a source frame "Theo ông A," (its title in apposition)."""
    lows = c.where.lows
    k = bisect_left(c.toks, first.start, key=START)
    return k > 1 and lows[k - 1] == "," and (lows[0] in actor_words().sources.by_first or lows[1:2] == ["theo"])


def speaks(c: Cand, last: Tok, lx: Lexicon) -> bool:
    """The subject that ends with ``last`` is the speaker of a verb of saying ("… cũng cho biết …")."""
    toks, lows = c.toks, c.where.lows
    j = bisect_left(toks, last.end, key=START)
    aw = actor_words()
    while j < len(toks) and lows[j] in aw.before_speech:
        j += 1
    return j < len(toks) and bool(lx.speech.at(lows, j) or lows[j] in aw.quote_speech)


def head_body(name: str, text: str) -> str:
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
    pattern = rf"{opening}\s+([{UPPER}][^,.;:\n]{{0,80}}?)\s+(?:[{UPPER}]\w*\s+){{1,3}}{re.escape(last)}(?!\w)"
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


def quote_speaker(c: Cand, text: str) -> None:
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
