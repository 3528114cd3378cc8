"""Labels of economic figures: the thing a figure is of, named as the subject of its clause.

Two shapes of statistical reports, each a rule named in ``Fact.rules``:

* ``label:class named``: a class noun of trade and output (``cues.toml`` ``[topics] classes``:
  "thị trường", "mặt hàng", "khu vực" …) and the name after it stand before the figure in its clause;
  the name tells the figure apart ("xuất khẩu sang thị trường Bắc Âu đạt 5 tỷ USD", "nhóm hàng cà phê
  sau 6 tháng đạt 2 tỷ USD", "khu vực nông, lâm nghiệp tăng 3%"). The name runs from the class noun to
  a word that ends it (a verb, a time, "có", "với" …: ``[topics] name_stop``).
* ``label:places in turn``: a count whose actor is a place of the gazetteer (after its kind and a
  word or two: "tỉnh A", "thành phố biển B") is told apart by it when a count of the same thing a few
  sentences away is another place's ("TP. A đón 8 triệu lượt khách … Tỉnh B đón 7 triệu lượt khách").
* ``label:subject of a part``: a part of a total whose sibling part is named by the subject of its
  clause is named by its own subject, also a sentence or a paragraph later ("Trong đó, xuất khẩu đạt
  …" and then "Nhập khẩu trong tháng đạt …").
* ``label:counted as``: a part counted in a word of its own ("trong đó có 15 nữ") among parts of the same
  total that are labelled ("dân tộc thiểu số có 12 đại biểu") is told apart by that word.
* ``label:names in turn``: the subject that opens a sentence is a name (a capital first, a few words),
  and a count of the same thing in the sentences next to it is told by another name ("Bắc Âu là thị
  trường lớn nhất với 5 tỷ USD. Kế tiếp là thị trường Nam Mỹ đạt 3 tỷ USD"; "Đội Sao Mai giành 4 huy
  chương. Đội Hòa Bình giành 2 huy chương"). One name alone is the actor, not a label.

Runs after the breakdowns and before :func:`statx.understand.label.beside_labels`, so that the shares
and changes printed beside a figure labelled here take its label.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from statx.lexicon import Phrases, fold_text, load
from statx.lexicon.places import is_place
from statx.understand.context import Cand, Lexicon, Tok, is_number_tok, phrase
from statx.understand.label import join_words
from statx.understand.subject_span import subject_span

__all__ = ["topic_labels"]

_SPAN = 32  # how far before its figure a class noun may stand (tokens of one sentence)
_NEAR = 2  # sentences apart that names in turn may be
_PLACES_NEAR = 8  # sentences apart that places in turn may be: a paragraph or two each


@cache
def _classes() -> Phrases:
    return Phrases(phrase(w) for w in load("cues")["topics"]["classes"])


@cache
def _said_of() -> frozenset[str]:
    return frozenset(load("cues")["topics"]["said_of"])


@cache
def _name_stop() -> Phrases:
    return Phrases(phrase(w) for w in load("cues")["topics"]["name_stop"])


def topic_labels(cands: list[Cand], lx: Lexicon) -> None:
    """Label the figures of a report by the class and name before them, then by names in turn."""
    classes = _classes()
    found = {id(c): label for c in cands if not c.label and c.where.has(classes) and (label := _class_named(c, lx))}
    for at, c in enumerate(cands):
        if id(c) in found and _sibling_told(cands, at, found):
            c.label = found[id(c)]
            c.rules.append("label:class named")
    _parts_by_subject(cands, lx)
    _counted_as(cands)
    _places_in_turn(cands)
    _names_in_turn(cands, lx)
    _measures_in_turn(cands)


def _measures_in_turn(cands: list[Cand]) -> None:
    """ "Xuất khẩu của khối A đạt 12 tỷ USD …; nhập khẩu của khối A đạt 10 tỷ USD": counts of one owner whose
    subjects name other measures before it, within a few sentences, are told apart by those measures."""
    owned: dict[str, dict[int, set[str]]] = {}  # owner → sentence → its measures
    counts = [(c, fold_text(c.actor.lower()), fold_text(c.metric.lower())) for c in cands if c.metric and not c.label]
    for c, owner, metric in counts:
        owned.setdefault(owner, {}).setdefault(c.sent, set()).add(metric)
    for c, owner, metric in counts:
        by_sent = owned[owner]
        if any(by_sent.get(s, {metric}) - {metric} for s in range(c.sent - 2, c.sent + 3)):
            c.label = c.metric
            c.rules.append("label:measure in turn")


def _sibling_told(cands: list[Cand], at: int, found: dict[int, str]) -> bool:
    """Another count in the sentences next to cands[at] has a label, or one found here: a figure alone
    tells nothing apart ("Khách đạt 700 lượt, thị trường Nam Lâm giảm 2%" names no sibling)."""
    c = cands[at]
    near = (p for p in cands[max(0, at - 12) : at + 12] if p is not c and abs(p.sent - c.sent) <= _NEAR)
    return any(p.label or (id(p) in found and found[id(p)] != found[id(c)]) for p in near)


def _class_named(c: Cand, lx: Lexicon) -> str:
    """The class noun and its name in the clause before the count (no other count, ';' or ':' between)."""
    toks, lows = c.toks, c.where.lows
    if c.category == "discipline":
        return ""
    classes, stop = _classes(), _name_stop()
    for j in range(c.q0 - 1, max(-1, c.q0 - 1 - _SPAN), -1):
        t = toks[j]
        if t.text in (";", ":", "(", ")") or (is_number_tok(t) and j < c.q0 - 1 and _counted(toks, j)):
            return ""
        n = classes.at(lows, j) if lows[j] in classes.by_first else 0
        if not n or (j > 0 and lows[j - 1] in _said_of()):
            continue  # "A là thị trường lớn nhất": the class is said of a subject, names nothing itself
        k = j + n
        end = k
        while end < c.q0 and toks[end].is_word and not is_number_tok(toks[end]) and not stop.at(lows, end):
            end += 1
            if end < c.q0 and toks[end].text == "," and end + 1 < c.q0 and toks[end + 1].is_word:
                if stop.at(lows, end + 1) or lx.actor_verbs.at(lows, end + 1):
                    break  # ", tăng 5%": the name ends at the comma
                end += 1  # "đá quý, kim loại quý": the name goes on past its comma
        if end == k or end - k > 8:
            return ""
        return join_words(toks[j:end])
    return ""


def _counted(toks: Sequence[Tok], j: int) -> bool:
    """A number at toks[j] that is a count of its own (not a time: "sau 8 tháng", "năm 2024")."""
    before = toks[j - 1].low if j > 0 else ""
    after = toks[j + 1].low if j + 1 < len(toks) else ""
    return before not in ("sau", "tháng", "năm", "quý", "ngày", "trong") and after not in ("tháng", "năm", "quý", "ngày")


def _parts(cands: list[Cand]) -> dict[int, list[Cand]]:
    """The parts of each total, by the total's start."""
    parts: dict[int, list[Cand]] = {}
    for c in cands:
        if c.part_of is not None:
            parts.setdefault(c.part_of, []).append(c)
    return parts


def _parts_by_subject(cands: list[Cand], lx: Lexicon) -> None:
    """A part with no label takes the subject that opens its clause when a sibling part is labelled by its own."""
    for siblings in _parts(cands).values():
        if len(siblings) < 2 or not any("label:subject" in p.rules for p in siblings):
            continue
        for c in siblings:
            span = None if c.label or c.m.percent else subject_span(c, lx)
            if span is None or span[0] > (1 if c.toks[0].text in lx.bullets else 0):
                continue  # the subject must open the sentence: "Nhập khẩu … đạt 4 tỷ USD"
            j, k, _ = span
            if k - j <= 6 and not any(is_number_tok(t) for t in c.toks[j:k]):
                c.label = join_words(c.toks[j:k])
                c.rules.append("label:subject of a part")


def _counted_as(cands: list[Cand]) -> None:
    """A part with no label counted in another word than its total, a single word of people ("15 nữ" of "60
    người"), among labelled parts of the same total, takes that word as its label."""
    by_start = {c.m.start: c for c in cands}
    for start, siblings in _parts(cands).items():
        total = by_start.get(start)
        if total is None or total.category != "people" or sum(1 for p in siblings if p.label and not p.m.percent) < 2:
            continue
        for c in siblings:
            own = not c.m.percent and c.unit and c.obj == c.unit and " " not in c.unit and phrase(c.unit) != phrase(total.unit)
            if not c.label and own and c.category == "people":
                c.label = c.unit
                c.rules.append("label:counted as")


def _places_in_turn(cands: list[Cand]) -> None:
    """Counts of one thing whose actors are other places of the gazetteer are told apart by their places."""
    places = {id(c): fold_text(_place(c.actor).lower()) for c in cands}  # "Thanh Hoá" is "Thanh Hóa"
    for at, c in enumerate(cands):
        if c.label or c.m.percent or c.change or not places[id(c)]:
            continue
        for p in cands[max(0, at - 40) : at + 40]:
            if abs(p.sent - c.sent) > _PLACES_NEAR or not places[id(p)] or not _same_thing(c, p):
                continue
            if places[id(p)] != places[id(c)]:
                c.label = c.actor
                c.rules.append("label:places in turn")
                break


def _place(actor: str) -> str:
    """The place an actor is, as its last capitalised words after its kind and at most two words in lower
    case ("tỉnh Quảng Bắc", "thành phố biển Sơn Nam", "TP. HCM"), when the gazetteer knows it; else ""."""
    words = actor.split()
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper():
        k -= 1
    name = " ".join(words[k:])
    city = name.removeprefix("TP.").strip()  # "TP. HCM", "TP.HCM": a city by its kind, whatever its name
    if not name or k > 3 or any(w[:1].isupper() for w in words[1:k]):  # the first may open the sentence
        return ""
    return name if is_place(name) or (city != name and city) else ""


def _names_in_turn(cands: list[Cand], lx: Lexicon) -> None:
    """A sentence's opening name labels its count when a count of the same thing next to it has another name."""
    names = {id(c): _opening_name(c, lx) for c in cands}
    for at, c in enumerate(cands):
        name = names[id(c)]
        if (c.label and not _bare_class(c)) or not name:
            continue
        for p in cands[max(0, at - 12) : at + 12]:
            if p is c or abs(p.sent - c.sent) > _NEAR or p.sent == c.sent or not _same_thing(c, p):
                continue
            other = p.label if _a_name(p.label) else names[id(p)]
            if other and phrase(other) != phrase(name) and name not in other and other not in name:
                if c.label:
                    c.rules.remove(next(r for r in reversed(c.rules) if r.startswith("label:")))
                c.label = name
                c.rules.append("label:names in turn")
                break


def _opening_name(c: Cand, lx: Lexicon) -> str:
    """The actor read from the subject that opens the count's sentence, when it is a short name (up to a comma)."""
    if "actor:subject" not in c.rules or not c.actor:
        return ""
    name = c.actor.split(",")[0].strip()
    words = name.split()
    toks = c.toks
    if not 1 <= len(words) <= 4 or not words[0][:1].isupper() or not toks or toks[0].text != words[0]:
        return ""
    if c.where.last((",", ";", ":"), 0, c.q0) is not None:
        return ""  # "A nhận định, B đạt 5 tỷ USD": the name opens another clause than the count's
    if any(w.lower() in lx.verb_openers for w in words):
        return ""
    lows = phrase(name)
    if lx.class_heads.at(lows, 0) == len(lows) or lows in lx.counted:
        return ""  # "Xã lập 1 kênh …, Huyện có 1 kênh": a common noun that opens the sentence, no name
    return name


def _bare_class(c: Cand) -> bool:
    """The count's label is a class noun alone ("thị trường" of "A là thị trường lớn nhất với …"): it names nothing."""
    words = phrase(c.label)
    return _classes().at(words, 0) == len(words) > 0


def _a_name(label: str) -> bool:
    return bool(label) and any(w[:1].isupper() for w in label.split())


def _same_thing(a: Cand, b: Cand) -> bool:
    """Counts of one thing: amounts of one currency, or counts of one unit and head noun."""
    if a.m.percent or b.m.percent or a.change or b.change:
        return False
    money = "unit:currency" in a.rules
    if money != ("unit:currency" in b.rules):
        return False
    if money:
        return phrase(a.unit) == phrase(b.unit)
    return bool(a.unit) and phrase(a.unit) == phrase(b.unit) and a.noun[:1] == b.noun[:1]
