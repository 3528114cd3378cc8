"""The candidate and its window: the one type every rule reads.

A :class:`Cand` is a number mention that may be a fact, with the tokens of its
sentence, where it stands in them (``i0``, ``i1``, ``q0``) and the answers the
rules write into it: unit, object, noun, category, label, actor, its total.
:class:`Where` finds punctuation marks, number tokens and cue phrases once per
sentence for all its numbers. :class:`Lexicon` holds the word lists of
``statx/lexicon/*.toml`` that the rules match, read once.

Every module of :mod:`statx.understand` reads and writes a ``Cand``; none reaches
into another's private names.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import compress, count
from operator import attrgetter
from typing import Any

from statx.facts import Category
from statx.lexicon import Phrases, fold, load
from statx.numbers import NUMBER, Mention
from statx.numbers.lexicon import lexicon as number_lexicon
from statx.text import WORD, Token

__all__ = [
    "END",
    "NEAR",
    "START",
    "WINDOW",
    "Cand",
    "Lexicon",
    "Phrase",
    "Tok",
    "Where",
    "bracket_around",
    "candidates",
    "first_at",
    "in_verb_noun",
    "is_number_tok",
    "lexicon",
    "phrase",
]


# How far (in tokens) a rule looks around a number, and how many numbers a
# breakdown rule looks at: keeps the cost linear on pathological input.
WINDOW = 60
NEAR = 30

Tok = Token
Phrase = tuple[str, ...]

# a token's start and end, as keys for binary searches over tokens
START = attrgetter("start")
END = attrgetter("end")


@lru_cache(maxsize=4096)  # units and nouns repeat: "trang", "nhóm", "người"
def phrase(s: str) -> Phrase:
    return tuple(fold(t.lower()) for t in WORD.findall(s))


def _phrases(items: Iterable[str]) -> Phrases:
    return Phrases(phrase(s) for s in items)


@dataclass(frozen=True, slots=True)
class Lexicon:
    currency: Phrases
    country_currency: frozenset[Phrase]  # currencies a country's name may follow: "đôla Canada"
    measure: Phrases
    classifiers: dict[Phrase, str]
    classifier_phrases: Phrases
    weak_classifiers: frozenset[Phrase]
    classifier_words: Phrases
    counted: dict[Phrase, str]
    counted_phrases: Phrases
    unit_or_noun: Phrases  # classifiers, counted nouns, currency and measure words: what may follow a count
    marking_phrases: Phrases  # the classifiers and counted nouns that tell the not-fact rules a count follows
    actions: Phrases
    violations: Phrases
    inspections: Phrases
    not_violations: Phrases
    subjects: frozenset[Phrase]
    labels: Phrases
    label_skip: Phrases
    recipients: Phrases
    forms: Phrases
    form_gap: Phrases
    class_heads: Phrases
    item_openers: Phrases
    apart: Phrases
    rest: Phrases
    beside: Phrases
    measure_hedges: Phrases
    violation: Phrases
    not_kind: Phrases
    at_place: Phrases
    source_stop: Phrases
    goes_on: Phrases
    list_intro: Phrases
    frame_openers: Phrases
    name_links: Phrases
    ranks: Phrases
    rank_names: Phrases
    row_openers: Phrases
    restating: Phrases
    causes: Phrases
    case_nouns: Phrases
    caused: Phrases
    cause_stop: Phrases
    toward: Phrases
    form_stop: frozenset[str]
    verb_openers: frozenset[str]
    number_bringers: frozenset[str]
    no_class_verbs: Phrases
    verb_measures: Phrases
    measure_heads: Phrases
    openers: Phrases
    listing: frozenset[str]  # first words of the openers that list kinds: "gồm", "bao"
    total_after: Phrases
    total_before: Phrases
    among: Phrases
    respectively: Phrases
    respectively_with: frozenset[str]
    changes: Phrases
    compared: Phrases
    each: Phrases
    repeated: Phrases
    valued: Phrases
    where: Phrases
    set_apart: Phrases
    mainly: Phrases
    remainder: Phrases
    found_by: Phrases
    share_words: Phrases
    captions: tuple[str, ...]
    bullets: frozenset[str]
    joining: frozenset[str]
    generic: frozenset[str]
    actor_verbs: Phrases
    verb_nouns: Phrases
    verb_noun_words: frozenset[str]  # the words of verb_nouns
    comma_joined: frozenset[tuple[str, str]]
    object_stop: frozenset[str]
    pure_classifiers: frozenset[Phrase]
    not_units: frozenset[str]  # words that never start the noun after a number
    person_endings: frozenset[str]  # last syllables that make a word a person: "thuyền viên", "cầu thủ"
    agent_endings: frozenset[str]  # and those that make one of any word: "phiên dịch" + "viên"
    not_persons: frozenset[str]
    casualties: Phrases  # "3 chết, 5 bị thương": what befalls the people counted
    audience_after: Phrases  # "người tiếp cận", "tài khoản đăng ký theo dõi": a verb that makes the count an audience
    reach_before: Phrases  # "tiếp cận đến 3 triệu người"
    group_members: frozenset[Phrase]
    online_words: Phrases  # words of posts and networks: "lượt" in their article counts an audience
    off_line: frozenset[str]  # and those of them that in a longer word are off line ("ổ nhóm", "kênh mương")
    sent_verbs: Phrases  # "lượt gửi tin nhắn": the content sent is counted
    damaged: Phrases  # "trường học bị tốc mái": buildings, not organisations
    buildings: Phrases  # the organisations that are buildings too: "trường học", "trụ sở", "chợ"
    complaints: Phrases  # "giải quyết khiếu nại kỷ luật": the complaint is counted, not the action
    subjects_first: Phrases  # the subjects as phrases, to find one after a comma
    copulas: frozenset[str]
    class_copulas: frozenset[str]
    persons: frozenset[str]
    modals: Phrases
    intro: Phrases
    money_before: Phrases
    money_scales: frozenset[str]  # "tỷ": an amount in billions of nothing named is money
    time_openers: Phrases
    compared_before: Phrases
    frame_before: Phrases
    list_marks: frozenset[str]
    own_time: Phrases
    speech: Phrases
    anaphora: Phrases
    members: frozenset[Phrase]
    ratio_units: frozenset[Phrase]
    ratio_before: frozenset[str]
    social_words: frozenset[str]
    subject_openers: Phrases
    pronouns: frozenset[str]
    date_before: Phrases
    duration_after: Phrases
    age_after: Phrases
    age_span_joins: frozenset[str]
    age_span_bounds: frozenset[str]
    joins: frozenset[str]  # "và", "hoặc"
    name_before: Phrases
    name_before_always: Phrases
    address_before: Phrases
    count_within: Phrases
    edition_after: frozenset[str]
    vague_before: frozenset[str]
    time_before: Phrases
    time_glued: frozenset[str]
    span_from: Phrases  # "từ", "tức": before the first day of a span
    span_to: frozenset[str]  # "đến", "tới", a dash: between its days
    lunar_after: Phrases  # "29 Tết"
    lunar_before: frozenset[str]  # "mùng 5"
    year_word_before: frozenset[str]
    set_phrases: dict[str, frozenset[str]]
    time_heads: frozenset[str]
    row_time_words: frozenset[str]
    passive_first: tuple[str, ...]  # with a space after, in lower case and capitalised: "bị ", "Bị "
    plurals: frozenset[str]
    name_scope: frozenset[str]
    open_ends: frozenset[str]
    place_openers: tuple[str, ...]  # with a space after, capitalised and in lower case: "Tại ", "tại "
    now: frozenset[str]  # in lower case and capitalised: "hiện", "Hiện"


def _initials(words: Iterable[str]) -> Iterator[Phrase]:
    """Nouns of three syllables or more written by their initials: "VĐV" of "vận động viên", "HLV"."""
    for w in words:
        if len(syllables := phrase(w)) >= 3:
            yield ("".join(s[0] for s in syllables),)


@cache
def lexicon() -> Lexicon:
    units = load("units")
    counted_data = load("counted")
    cues = load("cues")
    nf = load("notfacts")
    marking = {phrase(k): v for k, v in units["classifiers"].items()}  # also for the not-fact rules
    classifiers = {**marking, **{phrase(k): v for k, v in units["thing_classifiers"].items()}}
    counted: dict[Phrase, str] = {}
    for cat, block in counted_data.items():
        for w in block["words"]:
            counted.setdefault(phrase(w), cat)
    marking_nouns = dict(counted)
    also = [(phrase(w), cat) for cat, block in counted_data.items() for w in block.get("also", ())]
    for key, cat in [*also, *((k, "people") for k in _initials(counted_data["people"]["words"]))]:
        counted.setdefault(key, cat)
    disc = cues["discipline"]
    return Lexicon(
        currency=_phrases(units["currency"]["words"]),
        country_currency=frozenset(phrase(w) for w in units["currency"]["country_after"]),
        measure=_phrases(units["measure"]["words"]),
        classifiers=classifiers,
        classifier_phrases=Phrases(classifiers),
        marking_phrases=Phrases([*marking, *marking_nouns]),
        weak_classifiers=frozenset(phrase(w) for w in units["weak_classifiers"]["words"]),
        classifier_words=_phrases(units["classifier_words"]["words"]),
        counted=counted,
        counted_phrases=Phrases(counted),
        unit_or_noun=Phrases(
            [*marking, *marking_nouns, *(phrase(w) for w in units["currency"]["words"] + units["measure"]["words"])]
        ),
        actions=_phrases(disc["actions"]),
        violations=_phrases(disc["violations"]),
        inspections=_phrases(disc["inspections"]),
        not_violations=_phrases(disc["not_violations"]),
        subjects=frozenset(phrase(s) for s in disc["subjects"]),
        **_label_words(cues["labels"]),
        **_breakdown_words(cues["breakdown"]),
        actor_verbs=_phrases(cues["actor"]["verbs"]),
        verb_nouns=_phrases(cues["actor"]["verb_nouns"]),
        verb_noun_words=frozenset(w for p in cues["actor"]["verb_nouns"] for w in phrase(p)),
        comma_joined=frozenset((a, b) for a, _comma, b in map(phrase, cues["actor"]["comma_joined"])),
        object_stop=frozenset(cues["object"]["stop"]),
        pure_classifiers=frozenset(phrase(w) for w in units["pure_classifiers"]["words"]),
        **_open_vocabulary(units, counted_data, cues),
        copulas=frozenset(cues["object"]["copulas"]),
        class_copulas=frozenset(cues["object"]["class_copulas"]),
        persons=frozenset(cues["object"]["persons"]),
        modals=_phrases(cues["object"]["modals"]),
        intro=_phrases(cues["actor"]["intro"]),
        money_before=_phrases(cues["money"]["before"]),
        share_words=_phrases(cues["percent"]["before"]),
        money_scales=frozenset(cues["money"]["scales"]),
        time_openers=_phrases(cues["actor"]["time_openers"]),
        compared_before=_phrases(cues["period"]["compared"]),
        frame_before=_phrases(cues["period"]["frame_before"]),
        list_marks=frozenset(cues["period"]["list_marks"]),
        own_time=_phrases(cues["period"]["own_time"]),
        speech=_phrases(cues["actor"]["speech"]),
        anaphora=_phrases(cues["actor"]["anaphora"]),
        members=frozenset(phrase(w) for w in cues["audience"]["members"]),
        ratio_units=frozenset(phrase(w) for w in units["ratio"]["unit"]),
        ratio_before=frozenset(units["ratio"]["before"]),
        social_words=frozenset(cues["audience"]["social_words"]),
        subject_openers=_phrases(cues["actor"]["subject_openers"]),
        pronouns=frozenset(cues["actor"]["pronouns"]),
        joins=frozenset(cues["joins"]["words"]),
        **_notfact_words(nf),
        **_word_sets(cues),
    )


def _notfact_words(nf: dict[str, Any]) -> dict[str, Any]:
    """The words of notfacts.toml: what stands before or after a number that is no count (a date, a time, an age,
    a name's number)."""
    return dict(
        date_before=_phrases(nf["date_before"]["words"]),
        duration_after=_phrases(nf["time_after"]["duration"]),
        age_after=_phrases(nf["time_after"]["age"]),
        age_span_joins=frozenset(nf["time_after"]["age_span_joins"]),
        age_span_bounds=frozenset(nf["time_after"]["age_span_bounds"]),
        name_before=_phrases(nf["name_before"]["words"] + nf["road_kinds"]["words"]),
        name_before_always=_phrases(nf["name_before"]["always"] + nf["road_kinds"]["words"]),
        address_before=_phrases(nf["address_kinds"]["words"]),
        count_within=_phrases(nf["date_before"]["within"]),
        edition_after=frozenset(nf["edition"]["after"]),
        vague_before=frozenset(nf["vague_before"]["words"]),
        time_before=_phrases(nf["time_before"]["words"]),
        time_glued=frozenset(nf["time_glued"]["words"]),
        **_day_span(nf["day_span"]),
        year_word_before=frozenset(nf["year_word_before"]["words"]),
        set_phrases={k: frozenset(v) for k, v in nf["set_phrases"].items()},
    )


def _label_words(lb: dict[str, Any]) -> dict[str, Any]:
    """The words of cues.toml's [labels]: the forms, classes, openers and links of the label shapes."""
    return dict(
        labels=_phrases(lb["words"]),
        label_skip=_phrases(lb["skip"]),
        recipients=_phrases(lb["recipients"]),
        form_stop=frozenset(lb["form_stop"]),
        verb_openers=frozenset(lb["verb_openers"]),
        number_bringers=frozenset(lb["number_bringers"]),
        **{key: _phrases(lb[key]) for key in _LABEL_PHRASES},
    )


_LABEL_PHRASES = (
    "forms",
    "form_gap",
    "class_heads",
    "item_openers",
    "apart",
    "rest",
    "beside",
    "measure_hedges",
    "violation",
    "not_kind",
    "at_place",
    "source_stop",
    "goes_on",
    "list_intro",
    "frame_openers",
    "name_links",
    "ranks",
    "rank_names",
    "row_openers",
    "restating",
    "causes",
    "case_nouns",
    "caused",
    "cause_stop",
    "toward",
    "no_class_verbs",
    "verb_measures",
    "measure_heads",
)


def _day_span(words: dict[str, list[str]]) -> dict[str, Any]:
    """The words around the days of a span: "từ 9 tới 14-2", "từ 29 Tết đến mùng 1"."""
    return {
        "span_from": _phrases(words["from"]),
        "span_to": frozenset(words["to"]),
        "lunar_after": _phrases(words["lunar_after"]),
        "lunar_before": frozenset(words["lunar_before"]),
    }


def _word_sets(cues: dict[str, Any]) -> dict[str, Any]:
    """Small sets of words a rule tests one token against, or a label's head against (with a space after)."""
    lb, actor = cues["labels"], cues["actor"]
    return dict(
        time_heads=frozenset(lb["time_heads"]),
        row_time_words=frozenset(lb["row_time_words"]),
        passive_first=tuple(f"{v} " for w in lb["passive_first"] for v in (w, w.capitalize())),
        plurals=frozenset(actor["plurals"]),
        name_scope=frozenset(actor["name_scope"]),
        open_ends=frozenset(actor["open_ends"]),
        place_openers=tuple(f"{v} " for w in actor["place_openers"] for v in (w.capitalize(), w)),
        now=frozenset(v for w in cues["period"]["now"] for v in (w, w.capitalize())),
    )


def _breakdown_words(bd: dict[str, Any]) -> dict[str, Any]:
    """The words of cues.toml's [breakdown]: what opens a split, what marks a total, what is no part."""
    return dict(
        openers=_phrases(bd["openers"]),
        listing=frozenset(w.split()[0] for w in bd["listing"]),
        total_after=_phrases(bd["total_after"]),
        total_before=_phrases(bd["total_before"]),
        among=_phrases(bd["among"]),
        respectively=_phrases(bd["respectively"]),
        respectively_with=frozenset(bd["respectively_with"]),
        changes=_phrases(bd["changes"]),
        compared=_phrases(bd["compared"]),
        each=_phrases(bd["each"]),
        repeated=_phrases(bd["repeated"]),
        valued=_phrases(bd["valued"]),
        where=_phrases(bd["where"]),
        set_apart=_phrases(bd["apart"]),
        mainly=_phrases(bd["mainly"]),
        remainder=_phrases(bd["remainder"]),
        found_by=_phrases(bd["found_by"]),
        captions=tuple(bd["captions"]),
        bullets=frozenset(bd["bullets"]),
        joining=frozenset(bd["joining"]),
        generic=frozenset(bd["generic"]),
    )


def _open_vocabulary(units: dict[str, Any], counted: dict[str, Any], cues: dict[str, Any]) -> dict[str, Any]:
    """The lists that tell what an unlisted noun after a number is, and what the verbs around it make it."""
    people, audience, disc = counted["people"], counted["audience"], cues["discipline"]
    return {
        "not_units": frozenset(cues["object"]["stop"]) | frozenset(fold(w) for w in units["not_units"]["words"]),
        "person_endings": frozenset(fold(w) for w in people["endings"]),
        "agent_endings": frozenset(fold(w) for w in people["agent_endings"]),
        "not_persons": frozenset(" ".join(phrase(w)) for w in people["not_endings"]),
        "casualties": _phrases(people["casualties"]),
        "audience_after": _phrases(audience["verbs_after"]),
        "reach_before": _phrases(audience["reach_before"]),
        "group_members": frozenset(phrase(w) for w in audience["group_members"]),
        "online_words": _phrases(audience["online_words"] + cues["audience"]["social_words"]),
        "off_line": frozenset(cues["audience"]["off_line"]),
        "sent_verbs": _phrases(counted["content"]["sent_verbs"]),
        "damaged": _phrases(counted["other"]["damaged"]),
        "buildings": _phrases(counted["other"]["buildings"]),
        "complaints": _phrases(disc["complaints"]),
        "subjects_first": _phrases(disc["subjects"]),
    }


_NOWHERE: list[int] = []


class Where:
    """Where things stand in one sentence's tokens: punctuation marks, number
    tokens, cue phrases. Found once per sentence, for all its numbers, instead
    of each number's rule walking its window of tokens."""

    __slots__ = ("_among", "_marks", "_numbers", "_starts", "_words", "lows", "shapes", "toks")

    def __init__(self, toks: list[Tok]) -> None:
        self.toks = toks
        self._marks: dict[str, list[int]] = {}
        for k, t in enumerate(toks):
            if t.kind == "p":
                self._marks.setdefault(t.text, []).append(k)
        self._numbers: list[int] | None = None
        self._starts: dict[int, list[int]] = {}
        self.lows = [t.low for t in toks]  # every token's ``low`` (an attribute: rules read it some 30 times a number)
        self._words: frozenset[str] | None = None
        self.shapes: tuple[Any, ...] | None = None  # what a rule found once for the sentence (the label shapes it can hold)
        self._among: dict[int, list[int]] = {}

    def of(self, mark: str) -> list[int]:
        """Token indexes of a punctuation mark, in order."""
        return self._marks.get(mark, _NOWHERE)

    def between(self, mark: str, start: int, end: int) -> list[int]:
        """Token indexes of ``mark`` in ``toks[start:end]``."""
        where = self._marks.get(mark, _NOWHERE)
        return where[bisect_left(where, start) : bisect_left(where, end)]

    def last(self, marks: tuple[str, ...], start: int, end: int) -> int | None:
        """The index of the last of ``marks`` in ``toks[start:end]``, else None."""
        found = None
        for mark in marks:
            where = self._marks.get(mark, _NOWHERE)
            k = bisect_left(where, end) - 1
            if k >= 0 and where[k] >= start and (found is None or where[k] > found):
                found = where[k]
        return found

    def numbers(self) -> list[int]:
        """Token indexes of digits and number words."""
        if self._numbers is None:
            words = _NUMBER_WORDS  # is_number_tok, inlined: a call a token costs more than the test
            self._numbers = [k for k, t in enumerate(self.toks) if (t.low in words if t.kind == "w" else t.is_digit)]
        return self._numbers

    def has(self, phrases: Phrases) -> bool:
        """Whether a word that starts one of ``phrases`` is in the sentence: a rule's quick way out."""
        if self._words is None:
            self._words = frozenset(self.lows)
        return not self._words.isdisjoint(phrases.by_first)

    def among(self, words: frozenset[str]) -> list[int]:
        """Token indexes whose ``low`` is one of ``words`` (a set that lives as long as the lexicon)."""
        found = self._among.get(id(words))
        if found is None:
            found = self._among[id(words)] = list(compress(count(), map(words.__contains__, self.lows)))
        return found

    def starts(self, phrases: Phrases) -> list[int]:
        """Token indexes where one of ``phrases`` starts."""
        found = self._starts.get(id(phrases))
        if found is None:
            lows = self.lows
            maybe = compress(count(), map(phrases.by_first.__contains__, lows))  # the words a phrase starts with
            found = self._starts[id(phrases)] = [k for k in maybe if phrases.at(lows, k)]
        return found


def first_at(where: list[int], start: int) -> int | None:
    """The first index in ``where`` at or after ``start``, else None."""
    k = bisect_left(where, start)
    return where[k] if k < len(where) else None


def bracket_around(where: Where, at: int) -> tuple[int, int] | None:
    """The '(' and ')' of the bracket token ``at`` stands in (the sentence's end for an open one), else None."""
    opened = where.last(("(",), 0, at)
    if opened is None or where.last((")",), opened, at) is not None:
        return None
    close = first_at(where.of(")"), at)
    return opened, len(where.toks) if close is None else close


@dataclass(slots=True, eq=False)
class Cand:
    """A number that may be a fact, where it stands in its sentence, and the rules' answers so far.

    Candidates compare by identity (no two are alike: each has its own mention), so ``in``, ``index``
    and ``count`` over lists of them cost no comparison of their fields."""

    m: Mention
    sent: int
    toks: list[Tok]  # tokens of the sentence
    where: Where  # and where things stand in it
    i0: int  # index of the first token of the mention
    i1: int  # index of the first token after the mention
    q0: int  # index of the first token of the qualifier (== i0 without one)
    rules: list[str] = field(default_factory=list)
    unit: str = ""
    unit_end: int = 0  # token index after the unit
    obj: str = ""
    noun: Phrase = ()
    category: str = Category.OTHER.value
    label: str = ""
    actor: str = ""
    part_of: int | None = None
    check: str = ""
    clause_start: int = 0
    discipline_cue: str = ""
    actor_pronoun: bool = False
    actor_anaphor: bool = False  # the subject is "đơn vị này": resolved against earlier actors in carry_actor
    change: bool = False  # "giảm 6 đảng viên so cùng kỳ": a change, not a level
    subjectless: bool = False  # the clause opens with its verb: it continues the subject of the sentence before
    metric: str = ""  # the measure a subject names before its owner: "Xuất khẩu" of "Xuất khẩu của khối A đạt …"


def is_number_tok(t: Tok) -> bool:
    return t.low in _NUMBER_WORDS if t.kind == "w" else t.is_digit


# words that can start a number in running text, from statx.numbers' own lexicon
_NUMBER_WORDS = number_lexicon().starting_words


def in_verb_noun(lows: Sequence[str], j: int, start: int, lx: Lexicon) -> bool:
    """The word at j is inside a noun with a verb in it that starts at or after ``start``
    ("vốn đầu tư", "tìm kiếm cứu nạn")."""
    first = lx.verb_nouns.by_first
    return lows[j] in lx.verb_noun_words and any(
        lows[k] in first and lx.verb_nouns.at(lows, k) > j - k for k in range(max(start, j - 3), j + 1)
    )


def candidates(text: str, doc_toks: list[Tok], mentions: list[Mention], sents: list[tuple[int, int]]) -> Iterator[Mention | Cand]:
    """Each mention in text order: a quantity as a candidate with its window (its
    sentence's tokens, found once per sentence), any other kind (a date, a code) as it is."""
    si = 0
    sent_toks: dict[int, list[Tok]] = {}
    sent_where: dict[int, Where] = {}
    for m in mentions:
        if m.kind != NUMBER:
            yield m
            continue
        while si < len(sents) - 1 and sents[si][1] <= m.start:
            si += 1
        s0, s1 = sents[si] if sents else (0, len(text))
        toks = sent_toks.get(si)
        if toks is None:
            toks = sent_toks[si] = doc_toks[bisect_left(doc_toks, s0, key=START) : bisect_left(doc_toks, s1, key=START)]
            sent_where[si] = Where(toks)
        # token indexes, by binary search on the tokens' spans
        i0 = bisect_right(toks, m.start, key=END)
        i1 = bisect_left(toks, m.end, key=START)
        q0 = i0
        if m.qualifier_start is not None:
            q0 = min(bisect_left(toks, m.qualifier_start, key=START), i0)
        yield Cand(m, si, toks, sent_where[si], i0, i1, q0, rules=list(m.rules))
