"""The subject a sentence lends to the count of a later one whose clause names no one.

A count in a sentence with no subject of its own (it opens with its verb, an adverbial such as "Ngoài ra,",
"Đồng thời,", "Trong đó,", a time, or a bare predicate) continues the subject of the sentence before it in its
paragraph, past sentences without a subject, or the headline's when it opens the lead: "Hội A phát động quyên
góp. Đồng thời, kêu gọi các nhà hảo tâm. Sau một tuần, đã trao 120 suất quà" gives 120 to "Hội A". That subject
names someone (an office, a body, a page, a person; a titled speaker stands for the body he heads); a place or a
time alone, a count, a matter ("Việc …"), a pronoun or a quote names no one and breaks the chain, as a new
paragraph does; a sentence whose own subject is found keeps it. Each sentence is read once, when a count asks.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

from statx.facts import Category
from statx.lexicon import Phrases, fold, load
from statx.lexicon.dictionary import one_word
from statx.lexicon.dictionary import words as dictionary_words
from statx.lexicon.places import place_names
from statx.numbers.mention import Mention
from statx.understand.actor_words import actor_words
from statx.understand.context import START, Cand, Lexicon, Tok, Where, in_verb_noun, is_number_tok, lexicon, phrase
from statx.understand.frames import dateline_end, duration_at, opener_phrase, past_time
from statx.understand.speaker import head_body
from statx.understand.subject import BULLETS, OPEN_QUOTES, clause_verb, dated

__all__ = ["Subjects"]


class Subjects:
    """The subjects of the sentences before a count whose own clause names no one, each read once when a count
    asks: the actor a count of that sentence has, else the words before its first verb. A subject is a name
    (``str``), none at all (``""``: the sentence opens with its verb or an adverbial and goes on with the subject
    before it) or something that names no one (``None``: a place, a time, a count, a quote; the chain breaks)."""

    def __init__(self, cands: list[Cand], text: str, toks: Sequence[Tok], sents: Sequence[tuple[int, int]]) -> None:
        self.text, self.toks, self.sents = text, toks, sents
        self.counts: dict[int, list[Cand]] = {}
        for c in cands:
            self.counts.setdefault(c.sent, []).append(c)
        self.read: dict[int, str | None] = {}  # the subject a sentence lends
        self.own: dict[int, str | None] = {}  # the words before its first verb
        self.lead: int | None = None  # the lead's last sentence, found when asked

    def before(self, c: Cand) -> tuple[str, str]:
        """The actor that the sentence before ``c``'s names as its subject, past up to five sentences with no
        subject of their own, in its paragraph; from the first sentence of the paragraph after the lead, the
        lead's; from the lead, the headline's. With the rule's name; ("", "") when a sentence names no one or
        another paragraph begins."""
        si = c.sent
        lows, at = c.where.lows, c.clause_start
        if at < c.q0 and lows[at] in actor_words().metrics.by_first and actor_words().metrics.at(lows, at):
            return "", ""  # "Lượng khách đạt …": a measure's owner is read by the rules of the measure, not here
        if 0 <= si < len(self.sents) and self._own(si):
            return "", ""  # "Ông A, Giám đốc Sở B, cho hay lượng khách đạt…": the sentence names its own
        rule = "actor:subject of the sentence before"
        for _ in range(6):
            if si <= 0 or si >= len(self.sents):
                return "", ""
            if self._parted(si - 1):
                if si == 1 and not self._gap(0).strip():
                    rule = "actor:subject of the headline"  # the headline right before its lead: the article's subject
                elif si == self._lead_end() + 1 and rule != "actor:subject of the lead":
                    rule = "actor:subject of the lead"  # the body's first paragraph goes on with the lead
                else:
                    return "", ""  # a new paragraph: the chain breaks
            si -= 1
            found = self.subject_of(si)
            if found:
                return found, rule if rule != "actor:subject of the lead" or si > 0 else "actor:subject of the headline"
            if found is None:
                return "", ""
        return "", ""

    def bare(self, c: Cand) -> bool:
        """``c`` stands in the first clause of a sentence that names no subject: it opens with a verb or with an
        adverbial and a predicate ("Bên cạnh đó, còn trồng mới 200 cây"), though the clause's reader found none."""
        return c.where.last((";", ":"), 0, c.q0) is None and 0 <= c.sent < len(self.sents) and self._own(c.sent) == ""

    def _gap(self, si: int) -> str:
        """The text between sentence ``si`` and the next."""
        return self.text[self.sents[si][1] : self.sents[si + 1][0]]

    def _parted(self, si: int) -> bool:
        """A paragraph ends after sentence ``si``."""
        return "\n" in self._gap(si)

    def _lead_end(self) -> int:
        """The last sentence of the lead: the paragraph right after a one-sentence headline, when it reads as a
        lead (some ten words or more); -2 when there is none."""
        if self.lead is None:
            self.lead = -2
            if len(self.sents) > 2 and self._parted(0) and not self._gap(0).strip():
                end = next((k for k in range(1, min(len(self.sents) - 1, 12)) if self._parted(k)), -2)
                if end > 0 and self.text.count(" ", self.sents[1][0], self.sents[end][1]) >= 10:
                    self.lead = end
        return self.lead

    def subject_of(self, si: int) -> str | None:
        """The subject of sentence ``si``: the first actor of its counts that is no distributive ("mỗi xã"), else
        the words before its first verb."""
        if si in self.read:
            return self.read[si]
        each = tuple(f"{w} " for w in actor_words().each)
        named = (d.actor for d in self.counts.get(si, ()) if d.actor and not d.actor_anaphor)
        found = next((a for a in named if not a.lower().startswith(each)), None)
        self.read[si] = found = found if found is not None else self._own(si)
        return found

    def _own(self, si: int) -> str | None:
        """:meth:`_own_subject`, read once a sentence."""
        if si not in self.own:
            self.own[si] = self._own_subject(si)
        return self.own[si]

    def _own_subject(self, si: int) -> str | None:
        """The words of sentence ``si`` before its first verb, past a dateline, a list mark and the adverbials and
        times that open it ("Ngoài ra,", "Trong năm 2024,"); "" when it opens with its verb."""
        s0, s1 = self.sents[si]
        toks = list(self.toks[bisect_left(self.toks, s0, key=START) : bisect_left(self.toks, s1, key=START)])
        lx, n = lexicon(), len(toks)
        probe = Cand(Mention(s1, s1, ""), si, toks, Where(toks), n, n, n)  # no count: the clause runs to the end
        lows = probe.where.lows
        k = dateline_end(toks, n)
        while k < n and lows[k] in BULLETS:
            k += 1
        opened, k = k, _past_openers(probe, k, lx)
        if k >= n or lows[k] in OPEN_QUOTES or not toks[k].is_word:
            return None  # a quote: its speaker is named after it
        if lows[k] in lx.actor_verbs.by_first and lx.actor_verbs.at(lows, k) and not in_verb_noun(lows, k, k, lx):
            return ""
        verb = clause_verb(probe, _past_apposition(probe, k), min(n, k + 30), lx)
        if k > opened and _bare_predicate(probe, k, n if verb is None else verb, lx):
            return ""  # "Đồng thời, kêu gọi các nhà hảo tâm…": after its adverbial, a verb no list knows
        if verb is None:  # a verb no list knows after a name: "Hội A tỉnh B phát động phong trào …"
            named = _name_end(toks[k : min(n, k + 30)], at_start=k == 0)
            verb = k + len(named) if k + len(named) < n and toks[k + len(named)].is_word and not toks[k].is_digit else None
        if verb is None:
            return None
        k, opening = past_time(probe, k, verb, lx)
        if opening >= verb - k:
            return None  # "Trong tuần qua đã…": a time, no one
        if one_word(lows[verb - 1], lows[verb]):
            return None  # "Nhóm nghiên cứu …": the verb found is a syllable of a noun; the subject is unsure
        words = toks[k:verb]
        kept = _names_someone(_name_end(words, at_start=k == 0), at_start=k == 0, lx=lx)
        if kept is None:
            return None
        actor = self.text[kept[0].start : kept[-1].end]
        aw = actor_words()
        titled = lows[k] in aw.heads.by_first or lows[k] in aw.ranks.by_first
        if titled and (lx.speech.at(lows, verb) or lows[verb] in aw.before_speech):
            # "Giám đốc Sở A Trần Văn B cho biết…": the body he heads, without an aside after it ("(Sở C)")
            body = head_body(actor[: actor.rfind(" (")] if actor.endswith(")") else actor, self.text)
            actor = body if body and body.count("(") == body.count(")") else actor
        return actor


def _bare_predicate(c: Cand, k: int, end: int, lx: Lexicon) -> bool:
    """``toks[k:end]``, after the adverbial that opens a sentence, reads as a predicate with no subject: it opens
    with a word in lower case that is no noun of a body, a page, a person or a counted thing, and no name stands
    before ``end``."""
    toks, lows, aw = c.toks, c.where.lows, actor_words()
    if toks[k].capitalized or any(t.capitalized for t in toks[k + 1 : end]) or lows[k] in lx.plurals:
        return False
    pair = " ".join(lows[k : k + 2])
    return not (
        lows[k] in lx.pronouns
        or lows[k] in aw.any_body_nouns
        or pair in aw.any_body_nouns
        or aw.pages.at(lows, k)
        or aw.generic_actors.at(lows, k)
        or aw.metrics.at(lows, k)
        or lx.counted_phrases.at(lows, k)
        or lx.class_heads.at(lows, k)
        or lx.counted.get((lows[k],)) is not None
        or _matters().at(lows, k)
    )


def _past_apposition(c: Cand, k: int) -> int:
    """Where the verb of a subject that opens at ``k`` may stand: past a title in apposition ("Ông A, Giám đốc
    Trung tâm B và C, cho hay…" → after its closing comma), else right after ``k``."""
    aw, lows = actor_words(), c.where.lows
    comma = next(iter(c.where.between(",", k + 1, k + 6)), None)
    if comma is None or not (aw.heads.at(lows, comma + 1) or aw.ranks.at(lows, comma + 1)):
        return k + 1
    close = next(iter(c.where.between(",", comma + 1, comma + 25)), None)
    return k + 1 if close is None else close + 1


def _past_openers(c: Cand, k: int, lx: Lexicon) -> int:
    """Where the subject of a sentence may stand past the adverbials and the times that open it: "Ngoài ra,",
    "Đồng thời", "Trong năm 2024,", "Cùng với đó,"; a phrase before a comma that holds a finite verb is a clause."""
    toks, lows, n = c.toks, c.where.lows, len(c.toks)
    finite = actor_words().finite
    for _ in range(4):
        m = lx.subject_openers.at(lows, k) if k < n and lows[k] in lx.subject_openers.by_first else 0
        if m and not (k + m < n and one_word(lows[k + m - 1], lows[k + m])):  # not the "hiện" of "Hiện trường"
            k += m + (k + m < n and lows[k + m] == ",")
            continue
        comma = next(iter(c.where.between(",", k + 1, min(n, k + 10))), None)
        if comma is None or not finite.isdisjoint(lows[k:comma]):
            return k
        timed = duration_at(toks, lows, k, lx) or dated(toks, k, comma)
        intro = lx.intro.at(lows, k) if lows[k] in lx.intro.by_first else 0  # "Năm qua,": "năm" is the year
        counted = (j for j in range(k + intro, comma) if is_number_tok(toks[j]) and toks[j + 1].is_word)
        if not timed and any(not lx.duration_after.at(lows, j + 1) for j in counted):
            return n  # "Trong ba nạn nhân, A …": a phrase that holds a count frames a subject of its own
        timed = timed or any(is_number_tok(t) for t in toks[k:comma])  # "Sáng 3/4,", "Trong 6 tháng,"
        if timed or intro or opener_phrase(toks, lows, k, comma, lx):
            k = comma + 1
        else:
            return k
    return k


def _names_someone(words: Sequence[Tok], *, at_start: bool, lx: Lexicon) -> list[Tok] | None:
    """The words of a subject that names someone who can have a count (an office, a body, a page, a person): a
    name, or a noun of a body or a page ("lực lượng chức năng", "các trang"); not a pronoun, a place alone ("Tỉnh
    A", "huyện"), a count or a time. A subject that opens its sentence is capitalized whatever it is: one word is a
    name only when the dictionary does not know it."""
    aw = actor_words()
    if words and words[-1].low == ",":
        words = words[:-1]
    if not words or len(words) > 30 or words[-1].low in lx.open_ends or any(is_number_tok(t) for t in words):
        return None
    lows = [t.low for t in words]
    if "," not in lows[:13] and len(words) > 12:
        return None  # a name is short, but for a title in apposition after its comma
    for k in range(1, len(words) - 1):  # "Ông A, Giám đốc Sở B": a title in apposition, no list
        if words[k].text in _NOT_IN_SUBJECT and not (lows[k] == "," and (aw.heads.at(lows, k + 1) or aw.ranks.at(lows, k + 1))):
            return None
    if lows[0] in aw.place_before.by_first and (m := aw.place_before.at(lows, 0)) and m < len(words):
        if not aw.pages.at(lows, m):
            return None  # "tại A và B đã có…": where, no one
        words, lows = words[m:], lows[m:]  # "tại Fanpage A đã có…": the page, not where
    j = 1 if len(words) > 1 and lows[0] in lx.plurals else 0
    if lows[j] in aw.trim_first or _matters().at(lows, j):
        return None  # "Việc dùng Zalo giúp…", "Qua Fanpage A…": a matter or a means, no one
    if any(_measure_at(lows, k) for k in range(j, len(lows))):
        return None  # "Tổng số ca mắc…": a measure, itself a count
    if lows[j] in lx.pronouns and not (j + 1 < len(words) and words[j + 1].capitalized):
        return None  # "ông", "chúng tôi": a pronoun takes its own rule
    if _only_place(words[j:], lows[j:]):
        return None
    one = len(words) == 1 and words[0].capitalized and (not at_start or fold(lows[0]) not in dictionary_words())
    name = one or _opens_name(words, lows, j, at_start=at_start)
    # "hội" is a body, "hội nghị" an event: a noun of a body stands alone, not as a syllable of a longer word
    alone = j + 1 >= len(words) or not one_word(lows[j], lows[j + 1])
    body = (
        lows[j] in aw.any_body_nouns
        or " ".join(lows[j : j + 2]) in aw.any_body_nouns
        or aw.pages.at(lows, j) > 0
        or (alone and lx.counted.get((lows[j],)) == Category.ORGANIZATION and not aw.generic_actors.at(lows, j))
    )
    return list(words) if name or body else None


def _measure_at(lows: Sequence[str], k: int) -> bool:
    """A measure opens at ``lows[k]`` ("doanh thu", "số ca"), not a syllable that opens a longer word ("chi" of
    "Chi cục")."""
    m = actor_words().metrics.at(lows, k) if lows[k] in actor_words().metrics.by_first else 0
    return bool(m) and not (m == 1 and k + 1 < len(lows) and one_word(lows[k], lows[k + 1]))


def _opens_name(words: Sequence[Tok], lows: Sequence[str], j: int, *, at_start: bool) -> bool:
    """A name opens the subject at ``words[j]``: a capitalized word past the sentence's start; at its start,
    where every first word is capitalized, a head word (one word of the dictionary of up to three syllables)
    right before a capitalized word, or before a type of unit and one ("Bộ A", "Công an huyện B", "Mạng xã hội
    C"); not "Lập kỷ lục A", "Nghề trồng chè ở B"."""
    if not at_start or j > 0:
        return any(t.capitalized for t in words[j : j + 6])  # "lãnh đạo Sở A", "các tổ chức của Hội B"
    aw, counted = actor_words(), lexicon().counted
    places = aw.generic_actors
    for e in range(j + 1, min(len(words), j + 4)):
        if counted.get(tuple(lows[j:e])) in _WHO or aw.pages.at(lows, j) == e - j:
            return any(t.capitalized for t in words[e : e + 5])  # "Xí nghiệp vận tải A", "Trang tin B"
        if e > j + 1 and not one_word(*lows[j:e]):
            continue
        m = places.at(lows, e) if lows[e] in places.by_first else 0
        if words[e].capitalized or (m and e + m < len(words) and words[e + m].capitalized):
            return True
    return False


@cache
def _matters() -> Phrases:
    """The words that make a subject a matter, not someone ("việc", "công tác"); cues.toml [actor] matter_first."""
    return Phrases(phrase(w) for w in load("cues")["actor"]["matter_first"])


def _name_end(words: Sequence[Tok], *, at_start: bool) -> Sequence[Tok]:
    """A subject that ends in a name up to its last capitalized word (and the syllables that end its last word)
    unless what follows is a scope or a type of unit (no list knows every verb): "Công an huyện A hướng dẫn người
    dân …", "Đoàn B ra quân" → "Công an huyện A", "Đoàn B"; not "Ủy ban Kiểm tra các cấp", "Hội C tỉnh"."""
    first = 1 if at_start else 0  # at the sentence's start every first word is capitalized
    last = max((k for k in range(first, len(words)) if words[k].capitalized), default=-1)
    if last < 0 or any(not t.is_word for t in words):
        return words  # no name, or one with a title in apposition or a bracket
    while last + 1 < len(words) and one_word(words[last].low, words[last + 1].low):
        last += 1  # "Ủy ban Kiểm tra các cấp": the name's last word goes on in lower case
    tail, places, scope = [t.low for t in words[last + 1 :]], actor_words().generic_actors, lexicon().name_scope
    k = 0
    while k < len(tail) and (m := places.at(tail, k) or int(tail[k] in scope)):
        k += m  # "… các cấp", "Đảng bộ thành phố": a scope or a type of unit is part of the name
    return words if k == len(tail) else words[: last + 1]


def _only_place(words: Sequence[Tok], lows: Sequence[str]) -> bool:
    """The words name a place and nothing else: a scope or a type of unit ("toàn tỉnh", "huyện", "địa phương"),
    a place of the gazetteer ("Bình An"), or a type of unit and a name ("Tỉnh Bình An", "xã Tân Lập")."""
    aw = actor_words()
    k = 0
    while k < len(lows) and (m := aw.generic_actors.at([fold(w) for w in lows], k)):
        k += m
    rest = words[k:]
    if not rest:
        return True
    name = " ".join(t.text for t in rest)
    return name in place_names() or (k > 0 and all(t.capitalized for t in rest) and len(rest) <= 4)


_WHO = frozenset([Category.ORGANIZATION, Category.PEOPLE])  # counted nouns that name who: a body, people
_NOT_IN_SUBJECT = frozenset([",", ";", ":", "“", "”", '"', "?", "!"])
