"""The actor's own word lists (``lexicon/cues.toml`` ``[actor]``), read once, beyond the shared :class:`Lexicon`."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from statx.lexicon import Phrases, load
from statx.understand.context import phrase

__all__ = ["ActorWords", "actor_words"]


def _phrases(items: Iterable[str]) -> Phrases:
    return Phrases(phrase(s) for s in items)


@dataclass(frozen=True, slots=True)
class ActorWords:
    """The actor's own word lists from ``cues.toml`` ``[actor]`` beyond the shared :class:`Lexicon`."""

    finite: frozenset[str]
    place_before: Phrases
    counted_lead: frozenset[str]
    pages: Phrases
    networks: frozenset[str]
    page_name_end: frozenset[str]
    not_in_names: frozenset[str]
    each: frozenset[str]
    requests: Phrases
    passive: frozenset[str]
    agent_verbs: Phrases
    sources: Phrases
    connectives: Phrases
    whole_scopes: Phrases
    not_subject_first: Phrases
    subordinators: Phrases
    pivots: Phrases
    ranked: Phrases
    finders: Phrases
    bare_verbs: frozenset[str]
    metrics: Phrases
    metric_owner: Phrases
    metric_scope: frozenset[str]
    metric_places: Phrases
    destination_before: frozenset[str]
    toward: frozenset[str]
    raises: frozenset[str]
    time_adverbs: Phrases
    consequence: frozenset[str]
    generic_actors: Phrases
    anaphoric: frozenset[str]
    pointers: Phrases  # the same words as phrases: a subject ending in one points back ("địa phương nói trên")
    demonstratives: Phrases
    anaphoric_last: frozenset[str]  # the last words of the demonstratives
    any_body_nouns: frozenset[str]
    frames: Phrases
    measure_leads: frozenset[str]
    hazards: Phrases
    subject_end: Phrases
    stands_for: Phrases
    self_nouns: Phrases
    first_person: frozenset[str]
    quote_speech: tuple[str, ...]
    before_speech: frozenset[str]  # between a speaker and a verb of saying: "… cũng cho biết"
    heads: Phrases
    ranks: Phrases
    surnames: frozenset[str]
    trim_first: frozenset[str]  # the first words of subordinators, sources, connectives, not_subject_first and place_before


@cache
def actor_words() -> ActorWords:
    a = load("cues")["actor"]
    trimmed = [*a["subordinators"], *a["sources"], *a["not_subject_first"], *a["place_before"], *a["connectives"]]
    return ActorWords(
        trim_first=frozenset(phrase(w)[0] for w in trimmed),
        finite=frozenset(a["finite"]),
        place_before=_phrases(a["place_before"]),
        counted_lead=frozenset(a["counted_lead"]),
        pages=_phrases(a["pages"]),
        networks=frozenset(a["networks"]),
        page_name_end=frozenset(a["page_name_end"]),
        not_in_names=frozenset(a["not_in_names"]),
        each=frozenset(a["each"]),
        requests=_phrases(a["requests"]),
        passive=frozenset(a["passive"]),
        agent_verbs=_phrases(a["agent_verbs"]),
        sources=_phrases(a["sources"]),
        connectives=_phrases(a["connectives"]),
        whole_scopes=_phrases(a["whole_scopes"]),
        not_subject_first=_phrases(a["not_subject_first"]),
        subordinators=_phrases(a["subordinators"]),
        pivots=_phrases(a["pivots"]),
        ranked=_phrases(a["ranked"]),
        finders=_phrases(a["finders"]),
        bare_verbs=frozenset(a["bare_verbs"]),
        metrics=_phrases(a["metrics"]),
        metric_owner=_phrases([*a["metric_owner"], *a["metric_scope"]]),
        metric_scope=frozenset(a["metric_scope"]),
        metric_places=_phrases(a["metric_places"]),
        destination_before=frozenset(a["destination_before"]),
        toward=frozenset(a["toward"]),
        raises=frozenset(a["raises"]),
        # and the days named from the day of writing, of two words or more ("hôm qua", "ngày hôm nay")
        time_adverbs=_phrases([*a["time_adverbs"], *(w for w in load("dates")["days"] if " " in w)]),
        consequence=frozenset(a["consequence"]),
        generic_actors=_phrases(a["generic_actors"]),
        anaphoric=frozenset(a["anaphoric"]),
        pointers=_phrases(a["anaphoric"]),
        demonstratives=_phrases(a["demonstratives"]),
        anaphoric_last=frozenset(phrase(w)[-1] for w in a["demonstratives"]),
        any_body_nouns=frozenset(a["any_body_nouns"]),
        frames=_phrases(a["frames"]),
        measure_leads=frozenset(a["measure_leads"]),
        hazards=_phrases(a["hazards"]),
        subject_end=_phrases(a["subject_end"]),
        stands_for=_phrases(a["stands_for"]),
        self_nouns=_phrases(a["self_nouns"]),
        first_person=frozenset(a["first_person"]),
        quote_speech=(*load("cues")["actor"]["speech"], *a["quote_speech"]),
        before_speech=frozenset(a["before_speech"]),
        heads=_phrases(a["heads"]),
        ranks=_phrases(a["ranks"]),
        surnames=frozenset(a["surnames"]),
    )
