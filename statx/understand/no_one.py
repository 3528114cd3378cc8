"""Subjects that name no one who could have the count: a thing measured ("Cây cao su hiện có 238.000 ha"), an item
with its amount ("lúa 62 tạ/ha, tăng 0,7%"), what was done ("…, kiến nghị thu hồi 5 tỷ đồng"), words that name
no body, person, page or place ("…, mô hình hiệu quả đã được ghi nhận"). Asked by
:func:`statx.understand.actor.read_actor`, which then lends the count the actor of the text around it.
"""

from __future__ import annotations

from collections.abc import Sequence

from statx.facts import Category
from statx.lexicon.dictionary import words as dictionary_words
from statx.understand.actor_words import actor_words
from statx.understand.context import Cand, Lexicon, Tok, phrase
from statx.understand.headings import a_change
from statx.understand.tagged_verb import opens_with_verb

__all__ = ["a_thing", "acts", "holds_amount", "measured_thing", "names_no_one", "scope_of_thing"]

_HAVING = frozenset(["có", "được"])  # "hiện có 12.000 ha", "gieo trồng được 608 ha": a thing had, no one acting
_BODY_KINDS = frozenset(
    [Category.ORGANIZATION.value, Category.PEOPLE.value, Category.SOCIAL_ACCOUNT.value, Category.AUDIENCE.value]
)


def measured_thing(c: Cand, words: Sequence[Tok], lx: Lexicon) -> bool:
    """A measure of area or weight had ("có", "đạt") and its change, or an amount whose object is the subject
    itself ("thép 560 triệu USD"): the subject is what is measured. An amount's other subjects may hold it
    ("quỹ bình ổn còn 5.400 tỷ đồng")."""
    had = c.q0 > 0 and (c.where.lows[c.q0 - 1] in lx.copulas or c.where.lows[c.q0 - 1] in _HAVING)
    if (c.category == Category.MEASURE and had) or (c.category == Category.PERCENT and a_change(c, lx)):
        return True  # "Cây A hiện có 12.000 ha, tăng 1,5%": the area and its change (not "Thương lái thu mua 20 tấn")
    said, obj = tuple(t.low for t in words), phrase(c.obj)
    n = min(len(said), len(obj))
    return c.category == Category.MONEY and n > 0 and said[:n] == obj[:n]


def acts(words: Sequence[Tok]) -> bool:
    """A word or two that open with a verb in lower case: what was done, no one who did it (", kiến nghị thu hồi 5 tỷ")."""
    return len(words) <= 2 and opens_with_verb(words) and all(t.is_word for t in words)


def holds_amount(words: Sequence[Tok], lx: Lexicon) -> bool:
    """A number with a currency or a measure after it (or after its scale word) stands among the words."""
    lows = [t.low for t in words]
    return any(
        t.is_digit and any(lx.currency.at(lows, j) or lx.measure.at(lows, j) for j in range(k + 1, min(k + 3, len(lows))))
        for k, t in enumerate(words)
    )  # "560 tấn", "560 triệu USD": after the number or its scale word


def a_thing(c: Cand, words: Sequence[Tok], lx: Lexicon) -> bool:
    """Words in lower case (but the sentence's first) that name a thing, no body, person, page, place or scope:
    a crop or a good whose area, output or value is measured has no one by itself."""
    if any(t.capitalized and not (k == 0 and t is c.toks[0]) for k, t in enumerate(words)) or not all(t.is_word for t in words):
        return False
    if words[0].capitalized and words[0].low not in dictionary_words():
        return False  # "Philippines đứng đầu với 3,6 triệu tấn": a name opens the sentence, no common noun
    aw, lows = actor_words(), [t.low for t in words]
    if lows[0] in lx.pronouns or lows[0] in aw.metric_scope:
        return False
    return not _names_body(lows, lx)


def _names_body(lows: Sequence[str], lx: Lexicon) -> bool:
    """A kind of body, person, page or place stands among the words: "sở", "người dân", "fanpage", "tỉnh"."""
    aw, k = actor_words(), 0
    while k < len(lows):
        n = lx.counted_phrases.at(lows, k) if lows[k] in lx.counted_phrases.by_first else 0
        if (n and lx.counted.get(tuple(lows[k : k + n])) in _BODY_KINDS) or aw.heads.at(lows, k) or aw.metric_places.at(lows, k):
            return True
        if lows[k] in aw.any_body_nouns or " ".join(lows[k : k + 2]) in aw.any_body_nouns:
            return True
        if aw.generic_actors.at(lows, k) or aw.pages.at(lows, k):
            return True
        k += max(n, 1)  # "hội chợ" a kind of event: no "chợ" inside it
    return False


def scope_of_thing(words: Sequence[Tok], lx: Lexicon) -> int | None:
    """Where a whole ("toàn tỉnh", "cả nước") that ends a subject naming a thing, no body, starts: "Kỳ thi tuyển
    sinh vào lớp 10 toàn tỉnh có 21.000 thí sinh" → the province's; "Ngành y tế toàn tỉnh có …" stays the body's."""
    scopes, lows = actor_words().whole_scopes, [t.low for t in words]
    k = next((k for k in range(1, len(lows) - 1) if lows[k] in scopes.by_first and k + scopes.at(lows, k) == len(lows)), None)
    return k if k is not None and not _names_body(lows[:k], lx) else None


def names_no_one(c: Cand, words: Sequence[Tok], lx: Lexicon) -> bool:
    """A subject past the start of its sentence, of dictionary words in lower case with no name and no kind of
    body, person, page, hazard, measure or counted thing in it ("…, mô hình hiệu quả đã được ghi nhận"), names
    no one who could have the count."""
    if len(words) < 2 or words[0] is c.toks[0] or any(not t.is_word or t.capitalized for t in words):
        return False
    aw, lows = actor_words(), [t.low for t in words]
    if lows[0] in lx.pronouns or lows[0] in aw.metric_scope or " ".join(lows[:2]) not in dictionary_words():
        return False
    for k in range(len(lows)):
        n = lx.counted_phrases.at(lows, k) if lows[k] in lx.counted_phrases.by_first else 0
        if n or lx.class_heads.at(lows, k):
            return False
        if lows[k] in aw.any_body_nouns or " ".join(lows[k : k + 2]) in aw.any_body_nouns:
            return False
        if aw.generic_actors.at(lows, k) or aw.pages.at(lows, k) or aw.hazards.at(lows, k) or aw.metrics.at(lows, k):
            return False
    return True
