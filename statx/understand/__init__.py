"""What each number counts: the questions asked of every number, one module each, in the order they are asked.

Input is the NFC text of one document and the mentions of
:mod:`statx.numbers`; output is a list of :class:`~statx.facts.Fact` and the
mentions dropped as not facts, each with the name of the rule that decided.
Every rule that touches a fact adds its name to ``Fact.rules``, so that
``statx explain`` shows what happened rather than guessing again.

* :mod:`~statx.understand.context`: the candidate and its window, the type every rule reads;
* :mod:`~statx.understand.notfacts`: is it a fact at all;
* :mod:`~statx.understand.guard`: is its sentence one the rules can read (not a stretch no report has);
* :mod:`~statx.understand.unit`: its unit, and what it counts;
* :mod:`~statx.understand.category`: what kind of thing that is (with
  :mod:`~statx.understand.discipline`, whether it is a disciplinary action or a violation, and
  :mod:`~statx.understand.same_kind`, the kind a list's bare counts take from their neighbours);
* :mod:`~statx.understand.label`: what tells a part apart from its siblings (with
  :mod:`~statx.understand.siblings`, the labels only a sentence's list shows, and
  :mod:`~statx.understand.headings`, those the layout shows: headings, ranks, colon items);
* :mod:`~statx.understand.period`: when;
* :mod:`~statx.understand.actor`: whose (with :mod:`~statx.understand.subject` and
  :mod:`~statx.understand.named`, the subject of its clause; :mod:`~statx.understand.pointing`, what the
  clause points at beyond it; :mod:`~statx.understand.speaker`, who speaks for it; and
  :mod:`~statx.understand.carry`, what the sentences before it said);
* :mod:`~statx.understand.breakdown`: which total a part belongs to, and the sum check
  (with :mod:`~statx.understand.links`, the links and the check, :mod:`~statx.understand.brackets`, the
  splits told by brackets after names, and :mod:`~statx.understand.splits`, the splits over the next
  sentences and lines);
* :mod:`~statx.understand.edges`: the object and label begun and ended at whole words and names;
* :mod:`~statx.understand.record`: the answers as facts.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from datetime import date

from statx.facts import Dropped, Fact, Skipped
from statx.numbers import find_numbers
from statx.text import sentences, tokenize
from statx.understand.actor import read_actor
from statx.understand.and_clauses import and_clause_labels
from statx.understand.block_classes import block_class_labels
from statx.understand.bracket_shares import bracket_count_labels, bracket_share_labels
from statx.understand.brackets import owner_noun_labels
from statx.understand.breakdown import breakdowns
from statx.understand.carry import carry_actor, part_actor
from statx.understand.category import online_article, read_category
from statx.understand.causes import cause_labels
from statx.understand.context import candidates, lexicon
from statx.understand.edges import whole_edges
from statx.understand.guard import too_dense
from statx.understand.kinds import kind_labels
from statx.understand.label import beside_labels, read_label
from statx.understand.label_clean import clean_labels
from statx.understand.notfacts import on_not_over, sort_out
from statx.understand.part_labels import sibling_part_labels
from statx.understand.period import published_date, read_periods, reference_date
from statx.understand.record import record
from statx.understand.rows import row_labels
from statx.understand.same_kind import money_list, share_list_noun, shared_scale
from statx.understand.siblings import list_labels
from statx.understand.topics import topic_labels
from statx.understand.unit import part_object, read_object, read_unit

__all__ = ["Analysis", "analyze", "extract"]


@dataclass(frozen=True, slots=True)
class Analysis:
    facts: list[Fact]
    dropped: list[Dropped]
    skipped: list[Skipped] = field(default_factory=list)  # stretches given up on (:mod:`~statx.understand.guard`)


def analyze(text: str, doc: str = "-", segment: bool = False, published: str = "", reference: date | None = None) -> Analysis:
    """Facts and dropped mentions of one document's NFC text.

    ``segment`` uses underthesea's word segmentation for object boundaries
    (optional extra ``statx[nlp]``; slower, see :mod:`statx.segment`).
    ``published`` is the article's date when its source gives one (HTML
    metadata, a dump's date field); otherwise it is read from the header.
    Relative periods ("năm nay", "quý này") count from that date, else from
    ``reference``; with neither they keep their words and get no dates.
    """
    lx = lexicon()
    toks = tokenize(text)
    sents = sentences(text)
    found, dense, skipped = too_dense(list(candidates(text, toks, find_numbers(text, toks), sents)), sents, len(text))
    cands, dropped = sort_out(found, lx)
    if dense:
        dropped = sorted([*dropped, *dense], key=lambda d: d.start)
    on_not_over(cands)
    online = online_article(toks, lx)
    shared_scale(cands)
    for c in cands:
        read_unit(c, text, lx)
        read_object(c, text, lx, segment)
        read_category(c, lx, online)
        read_label(c, lx)
        read_actor(c, text, lx)
    share_list_noun(cands, lx)
    money_list(cands)
    list_labels(cands, lx, text)
    carry_actor(cands, text, toks, sents)
    breakdowns(cands, lx, text)
    part_actor(cands)
    whole_edges(cands, text)
    part_object(cands)
    owner_noun_labels(cands, lx)
    and_clause_labels(cands, lx)
    bracket_share_labels(cands, lx)
    bracket_count_labels(cands, lx)
    topic_labels(cands, lx)
    kind_labels(cands, lx)
    beside_labels(cands, lx)
    row_labels(cands, lx, text)
    block_class_labels(cands, lx)
    cause_labels(cands, lx)
    sibling_part_labels(cands, lx)
    clean_labels(cands, lx)
    published = published or published_date(text)
    periods = read_periods(cands, text, toks, sents, lx, reference_date(published, reference))
    facts = record(cands, periods, text, sents, doc, published, reference)
    return Analysis(facts, dropped, skipped)


def extract(text: str, doc: str = "-", segment: bool = False, reference: date | None = None) -> list[Fact]:
    """The numeric facts of one document's text (NFC-normalised here); ``reference`` is the day
    relative periods count from when the text has no date of its own."""
    return analyze(unicodedata.normalize("NFC", text), doc, segment, reference=reference).facts
