"""Whose followers, views and likes: the page or channel named beside them ("các video trên Fanpage
“Tuổi trẻ A” đã có 3 triệu lượt xem", "Vượt mốc 80 nghìn lượt theo dõi, Fanpage Thành đoàn A đã…").
Called by :func:`statx.understand.actor.read_actor` for counts of an audience.
"""

from __future__ import annotations

from collections.abc import Sequence

from statx.understand.actor_words import actor_words
from statx.understand.context import WINDOW, Cand, Lexicon, Tok, is_number_tok
from statx.understand.subject import DASHES, OPEN_QUOTES

__all__ = ["page_actor"]


def page_actor(c: Cand, text: str, lx: Lexicon, subject: Sequence[Tok]) -> None:
    """The page or channel is the actor of its own followers, views and likes: the one named in the
    clause before the number ("các video trên Fanpage “Tuổi trẻ A” đã có 3 triệu lượt xem",
    "trang fanpage với 500 người theo dõi"), else, when the subject names no one, the one the sentence names
    after it ("Vượt mốc 80 nghìn lượt theo dõi, Fanpage Thành đoàn A đã…")."""
    aw = actor_words()
    toks, lows = c.toks, c.where.lows
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
    toks, lows = c.toks, c.where.lows
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
