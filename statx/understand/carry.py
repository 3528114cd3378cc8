"""Actors beyond the clause: a count whose clause names no one takes the actor the text gave before.

A list that shares its subject shares its actor; a pronoun takes the last named actor; a sentence that opens
with its verb continues the subject of the sentence before it in its paragraph, or of the headline when it is
the lead, also when that sentence holds no count (:mod:`~statx.understand.before`); a demonstrative ("đơn vị
này") names the body named before it; a scope ("toàn tỉnh") names the place named before it, and a body after a
bare type of unit ("Ủy ban bầu cử tỉnh") the place of that type its sentence named. A count still without one
takes another count of its sentence, the last actor of its paragraph, the place its paragraph names ("của tỉnh
A", "Tại huyện B, …"), else the body the article reports on (the first actor of the headline and the lead).
After the breakdowns, a part whose clause named no one takes the actor of its total.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache

from statx.lexicon import fold, load
from statx.lexicon.places import place_names
from statx.text import tokenize
from statx.understand.actor_words import actor_words
from statx.understand.before import Subjects
from statx.understand.context import Cand, Tok, lexicon
from statx.understand.named import name_end
from statx.understand.speaker import UPPER
from statx.understand.tagged_verb import opens_with_tagged_verb

__all__ = ["carry_actor", "part_actor"]


def carry_actor(cands: list[Cand], text: str, toks: Sequence[Tok] = (), sents: Sequence[tuple[int, int]] = ()) -> None:
    """A list that shares its subject shares its actor: "Huyện đoàn có 3 trang Fanpage, 4 trang Facebook",
    "Cấp ủy kiểm tra 700 tổ chức đảng; giám sát 230 tổ chức đảng". A sentence that opens with its verb
    continues the subject of the sentence before it in the paragraph: "Hội A kiểm tra 9 chi hội. Qua đó,
    phát hiện 2 chi hội vi phạm"."""
    last: Cand | None = None
    named: Cand | None = None  # the last fact whose actor is a name
    whole: Cand | None = None  # the last fact whose actor is not distributive ("mỗi phường")
    names: list[Cand] = []  # the facts whose actor is a name, in order
    subjects = Subjects(cands, text, toks, sents)
    for c in cands:
        if c.actor_pronoun and named is not None and c.sent - named.sent <= 3:
            c.actor = named.actor
            c.rules.append("actor:pronoun")
        elif c.actor_anaphor and (before := _pointed_at(c, names)) is not None:
            c.actor = before.actor  # "Công an huyện A bắt 3 đối tượng. Đơn vị này còn thu…": the body named before
            c.rules.append("actor:demonstrative")
            c.actor_anaphor = False
        if c.actor and c.actor[0].isupper() and not c.actor_anaphor:
            named = c
            names.append(c)
        if last is not None and last.sent == c.sent and not c.actor and last.actor:
            between = [t.low for t in c.toks[last.i1 : c.q0]]
            if (
                ";" not in between
                or c.subjectless
                or c.clause_start == c.q0
                or lexicon().actor_verbs.at(c.where.lows, c.clause_start)
            ):
                c.actor = last.actor
                c.rules.append("actor:shared")
        elif not c.actor and (owner := _before_colon(c, text)):
            c.actor = owner  # "Ủy ban Kiểm tra Huyện ủy thực hiện nhiệm vụ: kiểm tra 2 đảng viên; …"
            c.rules.append("actor:before the colon")
        elif c.subjectless and last is not None and _continues(last, c, text, same_paragraph=True):
            c.actor = last.actor if whole is None or whole.sent != last.sent else whole.actor
            c.rules.append("actor:headline" if "\n" in text[last.m.end : c.m.start] else "actor:sentence before")
        elif not c.actor and sents and (c.subjectless or subjects.bare(c)) and (carried := subjects.before(c))[0]:
            c.actor = carried[0]  # "Hội A tổ chức hội thảo. Ngoài ra, đã trao 30 suất quà": the subject before
            c.rules.append(carried[1])
        elif c.subjectless and not c.actor and (heading := _heading(c, text)):
            c.actor = heading
            c.rules.append("actor:heading")
        elif c.subjectless and last is not None and _continues(last, c, text, same_paragraph=False):
            c.actor = last.actor
            c.rules.append("actor:paragraph before")
        _named_place_for(c, text)
        _named_body_for(c, text)
        last = c
        if c.actor and c.actor.split(" ", 1)[0].lower() not in actor_words().each:
            whole = c  # not "mỗi phường": the next sentence goes on with the whole, not with each
    _fill_actor(cands, text)


def _pointed_at(c: Cand, names: list[Cand]) -> Cand | None:
    """The fact whose named actor a demonstrative subject points back at: the last one of the three sentences
    before whose name opens with the demonstrative's noun ("Bệnh viện A … Sở B … Bệnh viện này" → "Bệnh viện
    A"); a noun of any body ("đơn vị này", "cơ quan đó") takes the last name. None when no such name is near."""
    aw = actor_words()
    lows = c.actor.lower().split()
    noun = " ".join(lows[: len(lows) - aw.demonstratives.ending(lows, len(lows))])
    for d in reversed(names[-12:]):
        if c.sent - d.sent > 3:
            return None
        if noun in aw.any_body_nouns or d.actor.lower().startswith(f"{noun} "):
            return d
    return None


_CARRIED = frozenset(
    [
        "actor:sentence before",
        "actor:subject of the sentence before",
        "actor:subject of the headline",
        "actor:subject of the lead",
        "actor:paragraph before",
        "actor:headline",
        "actor:sentence",
        "actor:paragraph",
        "actor:article",
    ]
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
    # not "mỗi phường", and not the place one count was struck at ("4 ha lúa tại xã A bị ngập")
    usable = [
        bool(c.actor)
        and not c.actor_anaphor  # "bệnh viện này" that points at no name: no one to lend
        and not (c.actor[0] in "mMtT" and c.actor.lower().startswith(each))
        and c.rules[-1] != "actor:struck place"
        for c in cands
    ]
    if all(usable) or not any(usable):
        return
    lead = _lead_end(text)
    # the first actor named in the headline or the lead; a name first met deep in the article is not what it reports on
    firsts = zip(cands[:40], usable, strict=False)  # the actors of the article's first counts
    main = next((c.actor for c, ok in firsts if ok and 0 <= text.find(c.actor, 0, lead) < lead), "")
    # lent to the headline's counts and to those after its name, not to a lead's count before it is named
    main_at, headline = (text.find(main), _headline_end(text)) if main else (0, 0)
    last: Cand | None = None
    for i, c in enumerate(cands):
        if c.actor:
            if usable[i]:
                last = c
            continue
        if _named_item(c):
            continue
        # not an item named after the count ("527 ca tại A (419), B (40)"): its name is its own, no one's who has them all
        near = next(
            (d for j, d in enumerate(cands[i + 1 : i + 4], i + 1) if d.sent == c.sent and usable[j] and d.actor != d.label), None
        )
        same = last is not None and last.sent == c.sent
        para = last is not None and "\n" not in text[last.m.end : c.m.start]
        place = _paragraph_place(text, c) if c.subjectless and not (same or near is not None or para) else ""
        for ok, actor, rule in (
            (same, last.actor if last else "", "actor:sentence"),
            (near is not None, near.actor if near else "", "actor:sentence"),
            (para, last.actor if last else "", "actor:paragraph"),
            (bool(place), place, "actor:paragraph place"),
            (bool(main) and (c.m.start < headline or c.m.start >= main_at), main, "actor:article"),
        ):
            if ok and not _holds(c, actor, text):
                c.actor = actor
                c.rules.append(rule)
                break


def _paragraph_place(text: str, c: Cand) -> str:
    """The place its paragraph names with its type word before the count's sentence ("Tỉ lệ đỗ của tỉnh A đều
    tăng. Ở hệ B tỉ lệ là 88%" → "tỉnh A"): the unit a paragraph reports on, when no count before it in the
    paragraph has an actor."""
    start = text.rfind("\n", 0, c.m.start) + 1
    end = c.toks[0].start
    return max(_typed_places(text, start, end), default=(0, ""))[1] if end - start > 8 else ""


def _typed_places(text: str, start: int, end: int) -> Iterator[tuple[int, str]]:
    """The places of ``text[start:end]`` written with their type word where an owner stands ("của tỉnh A", "Tại
    huyện B, …", "Tỉnh C có …"): where each ends, and its words."""
    for kind in _PLACE_TYPES:
        at = text.find(kind, start, end)
        while at >= 0:
            name = _CAPITALIZED_RUN.match(text, at + len(kind), end)
            if name and _owner_slot(text, start, at):
                yield name.end(), text[at : name.end()]
            at = text.find(kind, at + 1, end)


def _owner_slot(text: str, start: int, at: int) -> bool:
    """``text[at]`` opens where an owner is named: at ``start``, after a sentence's end or "của", or after "Tại"
    or "Ở" that stands there."""
    head = text[max(start, at - 6) : at]
    opener = next((w for w in lexicon().place_openers if head.endswith(w)), "")
    if opener:
        at -= len(opener)
        head = text[max(start, at - 6) : at]
    return at == start or head.endswith((". ", "! ", "? ", "của "))


def _holds(c: Cand, actor: str, text: str) -> bool:
    """``actor`` is written around the count itself in its sentence ("5 địa phương mới đạt 2,74%" for the 5)."""
    at = text.find(actor, max(c.toks[0].start, c.m.start - len(actor)), c.m.end + len(actor))
    return 0 <= at <= c.m.start < at + len(actor)


def _headline_end(text: str) -> int:
    """Where the article's headline (its first line, when more follow) ends; 0 for a text of one line."""
    return max(text.find("\n", len(text) - len(text.lstrip())), 0)


def _lead_end(text: str) -> int:
    """Where the article's lead ends: the end of the first paragraph after the headline that reads as one (some
    ten words or more), past a byline or a date line; within its first 3,000 characters."""
    at, lines, limit = 0, 0, min(len(text), 3000)
    while at < limit:
        end = text.find("\n", at, limit)
        end = limit if end < 0 else end
        if text[at:end].strip():
            lines += 1
            if lines > 1 and text.count(" ", at, end) >= 10:
                return end
        at = end + 1
    return limit


def _named_item(c: Cand) -> bool:
    """A list item a name labels before its colon ("Tỉnh A: 30 ca", "Sở B tỉnh C: 12 ca"): the name tells the
    item apart; by the keys' convention it takes no actor carried from elsewhere in the text."""
    return c.label[:1].isupper() and any(r.startswith("label:colon") for r in c.rules)


def _named_place_for(c: Cand, text: str) -> None:
    """An actor that is only a scope or a type of unit ("tỉnh", "toàn tỉnh", "địa phương") names the place
    named last before it in its paragraph ("Sở A Bình An cho biết, tỷ lệ của tỉnh đạt 99%" → "tỉnh Bình An").
    A count whose clause names no one takes no place this way: the last name of a paragraph is as often a
    person's or another body's as the owner's."""
    aw = actor_words()
    if c.actor and c.actor.endswith(_unit_words()[1]) and c.actor[0].isupper():
        _body_of_place(c, text)
    if not c.actor or (c.actor and fold(c.actor.split(" ", 1)[0].lower()) not in aw.generic_actors.by_first):
        return  # most actors are names: one look-up
    lows = [fold(w) for w in c.actor.lower().split()]
    if aw.pointers.ending(lows, len(lows)) > 0:
        return  # "Địa phương này đón 9 triệu lượt khách": the actor as the sentence says it (FACTS.md)
    k = 0
    while k < len(lows) and (n := aw.generic_actors.at(lows, k)):
        k += n
    if k < len(lows):
        return
    at = text.rfind(c.actor, c.toks[0].start, c.m.start) if c.actor else -1  # "Tại tỉnh A, số … tỉnh đạt 5": the last
    kind = next((w for w in lows if aw.metric_places.at([w], 0)), "")
    before = at if at >= 0 else c.m.start
    place = _last_place(text, max(text.rfind("\n", 0, before) + 1, before - 800), before, kind)
    if not place and (lead := min(_lead_end(text), before)) < before:
        place = _last_place(text, 0, lead, kind, typed=True)  # none in the paragraph: the headline's or the lead's
    if not place or place.lower() in c.actor.lower():
        return
    if place.startswith("TP. ") and lows[-2:] == ["thành", "phố"]:
        place = place[4:]  # "Thành phố" and "TP. A": the type word once
    c.actor = place if not lows or lows == ["của"] else f"{c.actor} {place}"
    c.rules.append("actor:named place")


def _before_colon(c: Cand, text: str) -> str:
    """The name that opens the clause before a colon of the count's sentence, when a verb follows it there:
    "…, Ủy ban Kiểm tra Huyện ủy tập trung thực hiện nhiệm vụ: kiểm tra 2 đảng viên; …" → the committee;
    "" when none ("Tỉnh A: 30 ca" names an item, "Kết quả kiểm tra: …" no one who acts, "Sở A cho biết: …"
    a speaker whose words follow)."""
    toks, where = c.toks, c.where
    colon = where.last((":",), 1, c.q0)
    if colon is None or c.q0 - colon > 40 or (not c.subjectless and any(t.capitalized for t in toks[colon + 1 : c.q0])):
        return ""  # no colon near before the count, or the count's clause names someone of its own
    lx, lows = lexicon(), where.lows
    commas, semis = where.between(",", 0, colon), where.between(";", 0, colon)
    marks = sorted([*commas[-4:], *semis[-4:]])[-4:]  # the last clauses before the colon
    starts = [k + 1 for k in marks] if len(marks) == 4 else [0, *(k + 1 for k in marks)]
    for start in reversed(starts):  # the nearest first: "…, A thực hiện kiểm tra, giám sát: …"
        end = name_end(toks, start, colon) if toks[start].capitalized else start
        named = any(t.capitalized for t in toks[start + 1 : end])  # more than a capital that opens a sentence
        if not named or end >= colon or not (lx.actor_verbs.at(lows, end) or opens_with_tagged_verb(c, end)):
            continue
        if any(lx.speech.at(lows, k) for k in range(end, colon)):
            return ""  # "Giám đốc Sở A cho biết: …": what is said follows, no list of what the body did
        return text[toks[start].start : toks[end - 1].end]
    return ""


def _named_body_for(c: Cand, text: str) -> None:
    """An actor that is only the noun of a kind of body ("bệnh viện", "trường") is the body of that kind named
    last before it in its paragraph or the one before, by its noun or the noun's initials ("BV Đa khoa tỉnh A …
    Theo đó, bệnh viện đã tiếp nhận 2.300 ca" → "BV Đa khoa tỉnh A"); it stays when none is named there."""
    lx = lexicon()
    noun = tuple(c.actor.lower().split())
    opens = bool(c.toks) and text.startswith(c.actor, c.toks[0].start)  # "Sở cho biết …": capital as the sentence opens
    if not noun or not (c.actor.islower() or (opens and c.actor[1:].islower())) or len(noun) > 3:
        return
    if lx.counted.get(noun) != "organization":
        return
    lo = max(0, c.m.start - 1500)  # no further back than the window read below
    start = text.rfind("\n", lo, max(lo, text.rfind("\n", lo, c.toks[0].start) - 1)) + 1  # this paragraph and the one before
    toks = tokenize(text, max(start, c.m.start - 1500), c.toks[0].start if c.toks else c.m.start)
    lows = [t.low for t in toks]
    initials = "".join(w[0] for w in noun).upper()  # "BV" for "bệnh viện"
    heads = [
        k
        for k in range(len(toks))
        if toks[k].capitalized and (tuple(lows[k : k + len(noun)]) == noun or toks[k].text == initials)
    ]
    for k in reversed(heads):
        j = k + (len(noun) if toks[k].text != initials else 1)
        end = name_end(toks, k, len(toks))
        if end > j:
            c.actor = text[toks[k].start : toks[end - 1].end]
            c.rules.append("actor:named body")
            return


def _body_of_place(c: Cand, text: str) -> None:
    """A body named after a bare type of unit ("Ủy ban bầu cử tỉnh", "Công an huyện") is that of the place of
    its type the sentence named before it: "Tại tỉnh A, Ủy ban bầu cử tỉnh đã…" → "Ủy ban bầu cử tỉnh A"."""
    words = c.actor.split()
    kind = fold(words[-1].lower())
    types, _endings, scope = _unit_words()
    if len(words) < 2 or kind not in types or fold(words[-2].lower()) in scope:
        return
    at = text.rfind(c.actor, c.toks[0].start, c.m.start)
    places = sorted(_typed_places(text, c.toks[0].start, at)) if at > 0 else []
    found = next((place for _, place in reversed(places) if fold(place.split(" ", 1)[0].lower()) == kind), "")
    if found:
        c.actor = f"{c.actor} {found.split(' ', 1)[1]}"
        c.rules.append("actor:named place")


@cache
def _unit_words() -> tuple[frozenset[str], tuple[str, ...], frozenset[str]]:
    """The types of unit that name a place's body ("tỉnh", "huyện"), the endings " tỉnh", " huyện" of an actor named
    so, and the words of scope that make the type no body's ("toàn tỉnh", "cấp huyện"); cues.toml [actor]."""
    a = load("cues")["actor"]
    return frozenset(a["unit_types"]), tuple(f" {w}" for w in a["unit_types"]), frozenset(a["unit_scope"])


# the type words of a place a paragraph names as its owner ("của tỉnh A", "Tại huyện B, …"), and what may stand
# right before one: the paragraph's or a sentence's start, "của", or "Tại"/"Ở" there
_PLACE_TYPES = (
    "tỉnh ",
    "Tỉnh ",
    "thành phố ",
    "Thành phố ",
    "huyện ",
    "Huyện ",
    "quận ",
    "Quận ",
    "thị xã ",
    "Thị xã ",
    "xã ",
    "Xã ",
    "phường ",
    "Phường ",
    "TP. ",
    "TP ",
)
_CAPITALIZED_RUN = re.compile(rf"(?<!\w)[{UPPER}][^\W\d_]*(?: [{UPPER}][^\W\d_]*)*")
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
        # after its type word the place opens the run: "tỉnh A Trần Văn B" names a person after "A", no place
        opens = 1 if before and places.at([fold(before)], 0) else len(run)
        spans = ((a, b) for a in range(opens) for b in range(min(len(run), a + 4), a + 1, -1))
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
        return last.sent == c.sent - 1 and c.clause_start == 0 and bool(lexicon().actor_verbs.at(c.where.lows, 0))
    if last.sent == c.sent - 1 and "\n" not in text[last.m.end : c.m.start]:
        return True
    headline_end = text.find("\n")
    return 0 <= last.m.start < headline_end and not text[headline_end : c.toks[0].start].strip()
