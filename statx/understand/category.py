"""What kind of thing is counted: discipline, social account, audience, content, people,
organization, event, money, percent, measure or other.

The shapes it knows: a percentage, a currency, a measure; a counted noun or a
classifier after the number (``lexicon/counted.toml``, ``lexicon/units.toml``), the
head noun rather than its modifiers ("8 điểm trường", "40 hồ sơ đất đai"), a person
by a word's ending ("thuyền viên", "cầu thủ"), an organisation by the head that ends a
Sino-Vietnamese word ("hiệp hội", "tổng công ty"), owners and roles by their first word
("chủ cơ sở", "phó đoàn"), bronze after gold and silver ("12 vàng, 8 bạc, 16 đồng"),
accounts of a bank or the state off any network; "250k" after no noun, a scaled
amount after a word or verb of money ("lương 9 triệu", "ủng hộ 200 triệu"), the noun
after "số" ("Số hộ nghèo toàn tỉnh là …") or else the nearest telling noun before a
bare count that is no place ("tổng lượt xem … hơn 2 tỷ"), one of N ("hai trong số 9 bị cáo"), a
list's heading ("nhiều ca bệnh như: quận A (41)"); the verb that governs the count
(people reached or following, members of a group, content sent, buildings
damaged, cases of a procedure: "37 ca phẫu thuật"); disciplinary actions and
violations (:mod:`~statx.understand.discipline`); ratios ("gấp
3 lần") and repetitions; turns counted off line ("xe buýt chạy 900 lượt"). Lists, where a count
takes the kind of its neighbour, are :mod:`~statx.understand.same_kind`'s.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from statx.facts import Category
from statx.lexicon import Phrases, load
from statx.lexicon.dictionary import words
from statx.text import Lows
from statx.understand.context import WINDOW, Cand, Lexicon, Phrase, Tok, bracket_around, first_at, is_number_tok, phrase
from statx.understand.discipline import is_discipline, noun_end
from statx.understand.unit import person_word

__all__ = ["online_article", "read_category"]


_NETWORK_KINDS = (Category.SOCIAL_ACCOUNT, Category.CONTENT, Category.AUDIENCE)


def _inside_a_word(lows: Sequence[str], i: int, n: int, lx: Lexicon) -> bool:
    """The counted word at ``i`` (``n`` syllables) only opens a longer word: a network word before any
    syllable ("kênh mương"), or any counted word before one that makes a word of Viet74K no counted noun
    ("vị trí": a place, no honoured person), unless two counted words make it ("quận huyện"); a body's noun
    heads its compounds, as Vietnamese puts the head first ("đội tuyển" is a team)."""
    kind = lx.counted[tuple(lows[i : i + n])]
    if kind in _NETWORK_KINDS:
        return True
    if kind == Category.ORGANIZATION:
        return False  # a body's noun heads its compounds: "đội tuyển", "trường học" are still teams, schools
    longer = tuple(lows[i : i + n + 1])
    if len(longer) != n + 1 or longer in lx.counted or (longer[-1],) in lx.counted:
        return False
    return " ".join(longer) in words()


def _noun(c: Cand, lx: Lexicon) -> tuple[Phrase, str | None]:
    """The counted noun phrase and its category, from the words after the number."""
    toks, lows, i1 = c.toks, c.where.lows, c.i1
    n = lx.counted_phrases.at(lows, i1)
    if "unit:classifier" in c.rules and n < c.unit_end - i1:
        n = 0  # a noun inside the classifier ("trường" of "trường hợp") is none
    best: tuple[Phrase, str | None] = ((), None)
    if n and "unit:noun" in c.rules and n < c.unit_end - i1 and _inside_a_word(lows, i1, n, lx):
        n = 0  # a counted word inside a longer word: "6 kênh mương" counts canals, no channels; "34 vị trí" no persons
    if n:
        p = tuple(t.low for t in toks[i1 : i1 + n])
        best = (p, lx.counted[p])
    # after a classifier that only measures ("9 trang Fanpage") the noun after it is counted; an open
    # noun or a classifier that is a noun itself ("8 điểm trường", "40 hồ sơ đất đai") is the head
    pure = "unit:classifier" in c.rules and phrase(c.unit.split("/")[0]) in lx.pure_classifiers
    if c.unit_end > i1 and not n and pure:
        n2 = lx.counted_phrases.at(lows, c.unit_end)
        if n2:
            p = tuple(t.low for t in toks[c.unit_end : c.unit_end + n2])
            kind = lx.counted[p]
            if kind == Category.PEOPLE and phrase(c.unit) in _classes().groups:
                kind = Category.ORGANIZATION.value  # "5 nhóm tội phạm", "6 nhóm hộ": groups of people, no persons
            best = (p, kind)
    return best


def read_category(c: Cand, lx: Lexicon, online: bool = True) -> None:
    """What kind of thing the number counts; ``online`` says whether its article speaks of networks or posts."""
    toks, lows = c.toks, c.where.lows
    if c.m.percent:
        c.category = Category.PERCENT.value
        c.rules.append("category:percent")
        return
    if "unit:currency" in c.rules and _medal_colour(c):
        c.category = Category.OTHER.value
        c.rules.append("category:medals")  # "giành 12 vàng, 8 bạc và 16 đồng": bronze medals, no money
        return
    if "unit:currency" in c.rules:
        c.category = Category.MONEY.value
        c.rules.append("category:money")
        return
    if "unit:measure" in c.rules or ("unit:per" in c.rules and lx.duration_after.at(c.where.lows, c.i1)):
        c.category = Category.MEASURE.value  # also time over something: "lưu trú bình quân 1,4 ngày/lượt"
        c.rules.append("category:measure" if "unit:measure" in c.rules else "category:time rate")
        return
    noun, cat = _noun(c, lx)
    source = "noun"
    if "unit:noun" in c.rules and len(noun) < c.unit_end - c.i1 and person_word(c.unit, lx):
        noun, cat, source = (), Category.PEOPLE.value, "person word"  # "16 thuyền viên", "3 phiên dịch viên"
    elif "unit:noun" in c.rules and len(noun) < c.unit_end - c.i1 and (head := _head_at_end(c.unit)):
        noun, cat, source = (), head, "head word"  # "12 hiệp hội", "3 tổng công ty": the head comes last
    if "unit:noun" in c.rules and _owners(c, lx):
        noun, cat, source = (), Category.PEOPLE.value, "owners"  # "14 chủ cơ sở", "2 phó đoàn": people by role
    c.noun = noun
    if cat is None and c.unit and "unit:noun" not in c.rules:
        cls = phrase(c.unit.split("/")[0])
        cat = lx.classifiers.get(cls)
        if cat is None:
            n = lx.counted_phrases.at(lows, c.i1)
            if n:
                cat = lx.counted[tuple(t.low for t in toks[c.i1 : c.i1 + n])]
        source = "classifier"
    words_after = c.i1 < len(toks) and toks[c.i1].is_word and toks[c.i1].low not in lx.object_stop
    if cat is None and not c.unit and lx.casualties.at(lows, c.i1):
        cat, source = Category.PEOPLE.value, "casualties"  # "làm 3 chết, 5 bị thương"
    if cat is None and not words_after and (one_of := _one_of(c, lx)):
        noun, cat, source = one_of, lx.counted[one_of], "one of"  # "hai trong số 9 bị cáo"
        c.noun = noun
    if cat is None and not words_after and not c.unit and not c.m.scaled and c.m.value <= 100 and _share_before(c):
        cat, source = Category.PERCENT.value, "share without %"  # "… cử nhân chiếm 86,66": a share, its "%" left out
    if cat is None and not words_after and c.m.text[-1] in "kK":
        cat, source = Category.MONEY.value, "thousands"  # "combo chỉ 250k": informal prices
    if cat is None and not words_after and not c.unit and c.m.scaled and _after_money_word(c, lx):
        cat, source = Category.MONEY.value, "money word before"  # "Lương tôi 12 triệu/tháng"
    in_bracket = c.q0 > 0 and toks[c.q0 - 1].text == "("  # "quận A (41)": the words before name the part
    look_before = (cat is None and not words_after) or (not noun and phrase(c.unit) in lx.weak_classifiers)
    if look_before and not noun and (again := _classifier_again(c, lx)):
        cat, source = again, "classifier again"  # "tổng lượt khách … ước đạt 349.000 lượt": guests, no turns
    elif look_before and not in_bracket and (before := _noun_before(c, lx, cat)):
        cat, source = before, "noun before"
    if cat is None and not words_after and not c.unit and (base := _base_before_so(c, lx)):
        cat, source = base, "base before số"  # "so với tuần trước (8.811/2) số nhập viện giảm"
    if cat is None and not words_after and not c.unit and (heading := _list_heading(c, lx)):
        cat, source = heading, "list heading"  # "ghi nhận nhiều ca bệnh như: quận A (41); quận B (37)"
    if cat == Category.SOCIAL_ACCOUNT and source in ("noun before", "list heading") and c.m.scaled and not c.unit:
        cat, source = Category.AUDIENCE.value, "a page's following"  # "trang Facebook của họ đạt gần 9 triệu"
    if cat is None and not words_after and not c.unit and c.m.text.split()[-1].lower() in lx.money_scales:
        cat, source = Category.MONEY.value, "billions"  # "giá trị sản xuất đạt 56.300 tỷ": billions of nothing named
    if source == "classifier" and not noun and cat == Category.AUDIENCE and not online:
        cat, source = Category.OTHER.value, "offline turns"  # "xe buýt chạy 900 lượt", "860 lượt khám"
    elif noun[:2] == ("lượt", "người") and not online:
        cat, source = Category.PEOPLE.value, "offline turns"  # "4.500 lượt người dự lễ hội": people, no audience
    if is_discipline(c, lx, noun):
        c.category = Category.DISCIPLINE.value
        c.rules.append("category:discipline")
        return
    if c.unit and phrase(c.unit) in lx.ratio_units:
        if any(t.low in lx.ratio_before for t in toks[max(0, c.q0 - 2) : c.q0]):
            cat, source = Category.OTHER.value, "ratio"  # "tăng gấp 2 lần": a ratio, not two events
        elif c.unit_end >= len(toks) or not toks[c.unit_end].is_word or toks[c.unit_end].low in lx.object_stop:
            cat, source = Category.OTHER.value, "repetitions"  # "nhắn 7 lần không thấy": times, not events
    cat, source = _governed(c, lx, noun, cat, source, online)
    c.category = cat or Category.OTHER.value
    c.rules.append(f"category:{source}" if cat else "category:other")


class _Classes(NamedTuple):
    """The lists of counted.toml that only this room reads."""

    last_heads: dict[str, str]  # heads that come last in a word: "hiệp hội", "thị xã" are organisations
    not_last_heads: frozenset[str]  # and the words that end so and are none ("cơ hội")
    owners: frozenset[str]  # "chủ" + a thing counted
    roles: frozenset[str]  # "phó", "trưởng" + any word
    accounts: frozenset[Phrase]  # "tài khoản" …
    off_network: Phrases  # … "thanh toán": no account on a network
    cases: frozenset[Phrase]  # "ca" …
    procedures: Phrases  # … "phẫu thuật": events
    cases_had: frozenset[str]  # "sau phẫu thuật có 3 ca": the cases after a procedure are its patients
    groups: frozenset[Phrase]  # "nhóm" + people: the groups
    place_before: frozenset[str]  # "toàn", "tại" + a place: where, not what


@cache
def _classes() -> _Classes:
    data = load("counted")
    people, org = data["people"], data["organization"]

    def words(items: list[str]) -> frozenset[str]:
        return frozenset(" ".join(phrase(w)) for w in items)

    return _Classes(
        last_heads={" ".join(phrase(e)): k for k, b in data.items() for e in b.get("last_heads", ())},
        not_last_heads=words([e for b in data.values() for e in b.get("not_last_heads", ())]),
        owners=words(people["owner_heads"]),
        roles=words(people["role_heads"]),
        accounts=frozenset(phrase(w) for w in data["social_account"]["accounts"]),
        off_network=Phrases(phrase(w) for w in data["social_account"]["off_network"]),
        cases=frozenset(phrase(w) for w in data["event"]["cases"]),
        procedures=Phrases(phrase(w) for w in data["event"]["procedures"]),
        cases_had=frozenset(data["event"]["cases_had"]),
        groups=frozenset(phrase(w) for w in org["group_classifiers"]),
        place_before=words(org["place_before"]),
    )


def _head_at_end(unit: str) -> str | None:
    """The kind of a word no list names by its last one or two syllables, the head of a Sino-Vietnamese
    compound ("hiệp hội", "liên hiệp hội", "tổng công ty", "thị xã", "phái đoàn"), else None."""
    syllables, lists = phrase(unit), _classes()
    if len(syllables) < 2 or " ".join(syllables) in lists.not_last_heads:
        return None
    for k in (2, 1):
        if len(syllables) > k and (kind := lists.last_heads.get(" ".join(syllables[-k:]))):
            return kind
    return None


def _owners(c: Cand, lx: Lexicon) -> bool:
    """ "14 chủ cơ sở": an owner's word and a thing counted count people; so do "2 phó đoàn", "6 trưởng phòng"."""
    lows, i1 = c.where.lows, c.i1
    if i1 + 1 >= len(lows) or not c.toks[i1 + 1].is_word:
        return False
    lists = _classes()
    return lows[i1] in lists.roles or (lows[i1] in lists.owners and lx.counted_phrases.at(lows, i1 + 1) > 0)


def _medal_colour(c: Cand) -> bool:
    """ "12 vàng, 8 bạc và 16 đồng": "đồng" after a number right before "vàng" or "bạc" is a bronze medal."""
    if c.unit.lower() != "đồng" or c.m.scaled:
        return False  # "5 vàng và được thưởng 300 triệu đồng": an amount in millions is money
    toks = c.toks
    for j in range(c.q0 - 1, max(0, c.q0 - 12), -1):
        if toks[j].low in (".", ";", ":"):
            return False
        if toks[j].low in ("vàng", "bạc") and is_number_tok(toks[j - 1]):
            return True
    return False


def _noun_before(c: Cand, lx: Lexicon, cat: str | None) -> str | None:
    """No noun after the number: the kind of the nearest telling noun before it in the clause
    ("tổng lượt xem đạt hơn 3 tỷ", "Tổng lượt khách đi tàu điện đạt hơn 60.000 lượt")."""
    toks, lows = c.toks, c.where.lows
    named = _named_after_so(c, lx)
    if named is not None and (cat is None or named == Category.PEOPLE):
        return named
    j = c.q0 - 1
    # after a weak classifier the clause's subject is what is counted, past its words of place and time:
    # "khách quốc tế đến Việt Nam tháng 3 ước đạt hơn 895.000 lượt"
    reach = 15 if c.unit and phrase(c.unit) in lx.weak_classifiers else 9
    while j > max(c.q0 - reach, -1):
        if toks[j].low in (";", ".", ":"):
            break
        n = lx.counted_phrases.ending(lows, j + 1) if lows[j] in lx.counted_phrases.by_last else 0
        if n and toks[j + 1 - n].capitalized and j + 1 - n > 0:
            j -= n  # a name ("Hội A thu hút 9.000 lượt"), not the thing counted
            continue
        if n and j + 1 < c.q0 and _runs_on(lows, j, c.q0):
            j -= n  # the noun goes on into a longer word ("giải" of "giải ngân 3.200 tỷ"): no noun there
            continue
        if n and j + 1 < c.q0 and toks[j + 1].capitalized and lx.counted[tuple(lows[j + 1 - n : j + 1])] == Category.ORGANIZATION:
            j -= n  # a body or place with its name ("Đoàn Thái Lan xếp sau với 180"): whose or where, not what
            continue
        if n and j - n >= 0 and lows[j - n] in _classes().place_before:
            j -= n  # a place ("đàn bò trong toàn huyện có hơn 25.000"): where, not what is counted
            continue
        if n:
            found = lx.counted[tuple(t.low for t in toks[j + 1 - n : j + 1])]
            if found != Category.OTHER and (cat is None or found == Category.PEOPLE):
                return found
            j -= n - 1  # a phrase that tells nothing ("lần lượt") is passed whole, not word by word
        j -= 1
    return None


@cache
def _shares() -> Phrases:
    return Phrases(phrase(w) for w in load("cues")["percent"]["before"])


def _share_before(c: Cand) -> bool:
    """A word of share right before the number ("chiếm", "tỷ lệ"), not "chiếm" of a total ("chiếm 3/5")."""
    toks = c.toks
    if c.i1 < len(toks) and toks[c.i1].text == "/":
        return False
    return c.q0 == c.i0 and bool(_shares().ending(c.where.lows, c.q0))


def _classifier_again(c: Cand, lx: Lexicon) -> str | None:
    """A weak classifier with no noun after it that its clause has named before with its noun:
    "Tổng lượt khách tham quan … ước đạt 349.000 lượt" counts what "lượt khách" counts, however far back."""
    toks, lows = c.toks, c.where.lows
    unit = phrase(c.unit)
    if not unit or unit not in lx.weak_classifiers or c.unit_end != c.i1 + len(unit):
        return None
    n = len(unit)
    for j in range(c.q0 - n, max(-1, c.q0 - WINDOW), -1):
        glued = 0 < j < len(toks) - 1 and toks[j - 1].end == toks[j].start and toks[j].end == toks[j + 1].start
        if toks[j].low in (".", ";", ":") and not glued:  # "TP.Đà Nẵng" goes on
            return None
        if tuple(lows[j : j + n]) == unit and (k := lx.counted_phrases.at(lows, j + n)):
            found = lx.counted[tuple(lows[j + n : j + n + k])]
            return None if found == Category.OTHER else found
    return None


_SO = frozenset({"số"})


@cache
def _not_number_of() -> frozenset[str]:
    """Words before "số" that make it no "the number of": "trong số", "đa số" (cues.toml [object])."""
    return frozenset(load("cues")["object"]["not_number_of"])


def _named_after_so(c: Cand, lx: Lexicon) -> str | None:
    """ "Số hộ nghèo toàn tỉnh là 4.870", "tổng số lượt khách đạt 2,4 triệu": the noun after "số" ("the
    number of") heads what the bare count counts, not a nearer noun that only qualifies it ("tỉnh")."""
    at = c.where.among(_SO)  # the only tokens looked at: the sentence's "số"
    lows = c.where.lows
    k = bisect_left(at, c.q0) - 1
    while k >= 0 and at[k] >= c.q0 - 16:
        j = at[k]
        k -= 1
        if c.where.last((".", ";", ":", "(", ")"), j, c.q0) is not None:
            return None  # "số" of another clause
        if j > 0 and lows[j - 1] in _not_number_of():
            continue
        return _kind_after_so(lows, j, c.q0, lx)
    return None


def _kind_after_so(lows: Sequence[str], j: int, end: int, lx: Lexicon) -> str | None:
    """The kind of the noun after the "số" at ``j`` that ends before ``end``, else None."""
    i = j + 1
    if i < end and lows[i] == "lượng":
        i += 1  # "số lượng"
    n = lx.counted_phrases.at(lows, i)
    if not n and (m := lx.classifier_phrases.at(lows, i)) and tuple(lows[i : i + m]) in lx.pure_classifiers:
        i += m  # "số lượt khách": the classifier measures the noun after it
        n = lx.counted_phrases.at(lows, i)
    if not n and i < end and lx.casualties.at(lows, i):
        return Category.PEOPLE.value  # "số mắc", "số nhập viện là 7.582": the people it befell
    return lx.counted[tuple(lows[i : i + n])] if n and i + n <= end else None


def _base_before_so(c: Cand, lx: Lexicon) -> str | None:
    """ "So với tuần trước (8.811/2) số nhập viện giảm": a bracket of bare counts right before "số" and its
    noun holds the base of the figure named after it, and counts what that counts."""
    toks, around = c.toks, bracket_around(c.where, c.i0)
    if around is None or around[1] - around[0] > 8 or around[1] + 1 >= len(toks) or toks[around[1] + 1].low != "số":
        return None
    if any(t.is_word for t in toks[around[0] + 1 : around[1]]):
        return None  # "(A: 12) số …": a label in the bracket, no base
    return _kind_after_so(c.where.lows, around[1] + 1, min(len(toks), around[1] + 8), lx)


def _runs_on(lows: Sequence[str], j: int, end: int) -> bool:
    """The word at ``j`` and the next one before ``end`` make one word of the list, and the next one starts
    no word of its own with the one after it: "giải ngân" (no contest), not "khách du lịch" (guests)."""
    dictionary = words()
    if f"{lows[j]} {lows[j + 1]}" not in dictionary:
        return False
    return not (j + 2 < end and f"{lows[j + 1]} {lows[j + 2]}" in dictionary)


def _governed(c: Cand, lx: Lexicon, noun: Phrase, cat: str | None, source: str, online: bool) -> tuple[str | None, str]:
    """What the words around the count make of it: members of a group, people reached, content sent,
    buildings damaged; else the kind and rule as they were."""
    if noun in lx.members and any(t.low in lx.social_words for t in c.toks):
        return Category.AUDIENCE.value, "members of a social group"  # "nhóm Zalo với 185.000 thành viên"
    if noun in lx.group_members and _after_a_group(c, lx):
        return Category.AUDIENCE.value, "members of a social group"  # "80 nhóm Zalo với 6.100 người tham gia"
    if online and cat in (Category.PEOPLE, Category.SOCIAL_ACCOUNT) and _reached(c, lx, noun):
        return Category.AUDIENCE.value, "reached"  # "7.300 người tiếp cận", "tiếp cận 3 triệu người"
    if not noun and c.unit and phrase(c.unit) in lx.weak_classifiers and (sent := _sent_content(c, lx)):
        return sent, "content sent"  # "700 lượt gửi tin nhắn"
    if cat == Category.ORGANIZATION and _damaged(c, lx, noun):
        return Category.OTHER.value, "damaged"  # "14 trường học bị tốc mái": buildings
    if cat == Category.PEOPLE and _then(c, noun, (lists := _classes()).cases, lists.procedures):
        return Category.EVENT.value, "procedures"  # "37 ca phẫu thuật": operations done, no patients
    if cat == Category.PEOPLE and _done_before(c, noun, lists):
        return Category.EVENT.value, "procedures"  # "đã phẫu thuật 185 ca", "phẫu thuật sọ não 9 ca": operations done
    if cat == Category.SOCIAL_ACCOUNT and _then(c, noun, (lists := _classes()).accounts, lists.off_network):
        return Category.OTHER.value, "accounts off network"  # "12 triệu tài khoản thanh toán": no network
    return cat, source


def _then(c: Cand, noun: Phrase, heads: frozenset[Phrase], after: Phrases) -> bool:
    """A count of one of ``heads`` that one of ``after`` follows: "37 ca phẫu thuật" (cases of a procedure,
    events), "12 triệu tài khoản thanh toán" (accounts of a bank or the state, on no network)."""
    return (noun in heads or phrase(c.unit) in heads) and bool(after.at(c.where.lows, noun_end(c, noun)))


def _done_before(c: Cand, noun: Phrase, lists: _Classes) -> bool:
    """Bare cases ("185 ca") with a procedure a few words before them in the clause: the procedures done."""
    heads, procedures, had = lists.cases, lists.procedures, lists.cases_had
    if not (noun in heads or phrase(c.unit) in heads) or len(noun) > 1:
        return False
    lows = c.where.lows
    for j in range(c.q0 - 1, max(c.q0 - 5, 0) - 1, -1):
        if not c.toks[j].is_word or lows[j] in had:
            return False  # "sau phẫu thuật có 3 ca biến chứng": the cases after it are patients
        if lows[j] in procedures.by_first and procedures.at(lows, j):
            return j == 0 or lows[j - 1] not in had  # not "sau phẫu thuật 3 ca …"
    return False


def _after_money_word(c: Cand, lx: Lexicon) -> bool:
    """A word of money ("lương", "giá", "học phí") among the few words before the number, in its clause."""
    lows = c.where.lows
    for j in range(c.q0, max(c.q0 - 8, 0), -1):
        if c.toks[j - 1].kind == "p":
            return False
        n = lx.money_before.ending(lows, j)
        if n and not (c.toks[j - n].capitalized and j - n > 0 and c.toks[j - n - 1].is_word):  # "Tiền Giang": a name
            return True
    return False


def _one_of(c: Cand, lx: Lexicon) -> Phrase:
    """ "hai trong số 9 bị cáo", "1 trong 12 công trình": the noun the one is of, else ()."""
    toks, lows = c.toks, c.where.lows
    j = c.i1
    if j < len(toks) and lows[j] == "trong":
        j += 2 if j + 1 < len(toks) and lows[j + 1] == "số" else 1
        k = j
        while k < len(toks) and is_number_tok(toks[k]):
            k += 1
        n = lx.counted_phrases.at(lows, k) if k > j else 0
        if n:
            return tuple(lows[k : k + n])
    return ()


def _list_heading(c: Cand, lx: Lexicon) -> str | None:
    """A bare count in a list after a colon takes the kind of thing its heading names:
    "nhiều ca bệnh như: quận A (41); quận B (37)", "các vi phạm: lối sống: 9 (30%)"."""
    toks, lows = c.toks, c.where.lows
    colons = c.where.of(":")
    if not colons or colons[0] >= c.q0 or (c.m.value % 1 and not c.m.scaled):
        return None  # a fraction ("Kiến trúc: 24,5") is a score or a rate, no count of the heading's noun
    colon = colons[0]
    for j in range(colon, max(colon - 10, 0), -1):
        if not toks[j - 1].is_word and toks[j - 1].text != ",":
            break  # "bệnh nhân theo quận, huyện:": a comma inside the heading is passed
        last = lows[j - 1]  # a set test on the last word before each look-up
        violation = last in lx.violations.by_last and lx.violations.ending(lows, j)
        if violation or (last in lx.actions.by_last and lx.actions.ending(lows, j)):
            return Category.DISCIPLINE.value
        n = lx.counted_phrases.ending(lows, j) if last in lx.counted_phrases.by_last else 0
        if n:
            found = lx.counted[tuple(lows[j - n : j])]
            # places and units in a heading name the labels' class ("các xã như sau: A 5, B 6"), not the count
            if found not in (Category.OTHER, Category.ORGANIZATION):
                return found
    return None


def online_article(toks: Sequence[Tok], lx: Lexicon) -> bool:
    """The article speaks of a network, a page or what is posted on one: "lượt" there counts an audience."""
    first, phrases = lx.online_words.by_first, lx.online_words
    lows = Lows(toks)  # read only where a phrase may start: the article's words are many, those few
    return any(phrases.at(lows, k) and not _in_longer_word(toks, k, lx) for k, t in enumerate(toks) if t.low in first)


def _in_longer_word(toks: Sequence[Tok], k: int, lx: Lexicon) -> bool:
    """An off-line social word inside a longer word of the list ("ổ nhóm", "kênh mương", "trang thiết bị")
    or a name ("Nha Trang")."""
    if toks[k].low not in lx.off_line:
        return False
    if k > 0 and toks[k].capitalized and toks[k - 1].capitalized and toks[k - 1].is_word:
        return True  # the last word of a name: "Nha Trang" is a city, no page
    dictionary = words()
    spans = ((k - 1, k + 1), (k, k + 2), (k, k + 3), (k - 2, k + 1))
    return any(a >= 0 and b <= len(toks) and " ".join(t.low for t in toks[a:b]) in dictionary for a, b in spans)


def _after_a_group(c: Cand, lx: Lexicon) -> bool:
    """The nearest thing counted or named before the number is a group on a social network:
    "lập 80 nhóm Zalo với gần 6.100 người tham gia" (not "mỗi nhà cử 2 người tham gia nhóm")."""
    toks, lows = c.toks, c.where.lows
    for j in range(c.q0, max(c.q0 - 12, 0), -1):
        if toks[j - 1].low in (".", ";"):
            return False
        n = lx.counted_phrases.ending(lows, j)
        if n:
            return lx.counted[tuple(lows[j - n : j])] == Category.SOCIAL_ACCOUNT or lows[j - 1] in lx.social_words
    return False


def _reached(c: Cand, lx: Lexicon, noun: Phrase) -> bool:
    """People or accounts reached or following: the verb right after the noun ("7.300 người
    tiếp cận", "9.800 tài khoản đăng ký theo dõi") or "tiếp cận" right before the number."""
    lows = c.where.lows
    if lx.audience_after.at(lows, noun_end(c, noun)):
        return True
    return bool(lx.reach_before.ending(lows, c.q0))


def _sent_content(c: Cand, lx: Lexicon) -> str | None:
    """ "700 lượt gửi tin nhắn": a weak classifier, a verb of sending or posting, and the content sent."""
    lows = c.where.lows
    j = c.unit_end
    n = lx.sent_verbs.at(lows, j)
    if not n:
        return None
    k = lx.counted_phrases.at(lows, j + n)
    if k and lx.counted[tuple(lows[j + n : j + n + k])] == Category.CONTENT:
        return Category.CONTENT.value
    return None


def _damaged(c: Cand, lx: Lexicon, noun: Phrase) -> bool:
    """Schools or offices damaged or destroyed are buildings: "14 trường học, trụ sở bị tốc mái"."""
    toks, lows = c.toks, c.where.lows
    if not lx.buildings.at(lows, c.i1):
        return False  # "9 xã bị ngập": communes flooded are still communes
    if _damage_before(c, lx):
        return True
    j, end = noun_end(c, noun), min(len(toks), c.i1 + 24)
    while j < end:
        t = toks[j]
        if t.low == "(" and (close := first_at(c.where.of(")"), j)) is not None and close - j < 20:
            end = min(len(toks), end + close + 1 - j)  # "… và 35 điểm trường (A: 28; B: 7) bị tốc mái": the
            j = close + 1  # split of the next count, passed whole
            continue
        if is_number_tok(t) and lx.buildings.at(lows, j + 1):
            j += 1  # the next buildings of the list share the verb: "31 trụ sở … và 35 điểm trường bị tốc mái"
            continue
        if t.low in (".", ";", ":", "(", ")") or is_number_tok(t):
            return False
        if lx.damaged.at(lows, j):
            return True
        j += 1
    return False


def _damage_before(c: Cand, lx: Lexicon) -> bool:
    """The damage named before the count in its clause, over the counts listed with it: "bão làm tốc mái
    hơn 200 hộ dân và 2 trường học", "làm sập 3 trường học"."""
    toks, lows = c.toks, c.where.lows
    for j in range(c.q0, max(c.q0 - 16, 0), -1):
        if toks[j - 1].low in (".", ";", ":", "(", ")"):
            return False
        if lx.damaged.ending(lows, j):
            return True
    return False
