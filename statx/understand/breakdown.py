"""Which total a part belongs to, and whether the parts add up.

The shapes it knows (cues in ``lexicon/cues.toml`` ``[breakdown]``): "45/60 thôn" (X of Y, :mod:`statx.understand.of_total`); a
part before "trên tổng số" and its total; "Trong số 15 đối tượng…, có 4 người…"; a list opened
after a total by ":", "(", "trong đó", "gồm", "riêng" (:func:`_link_lists`); the disciplined among
the violations found; parts before a marked total ("Tổng lượt khách … hơn 80.000"); counts in the
next sentences that add up to a total, and a second split that adds up again (:mod:`statx.understand.adds_up`); the splits in the
next sentences and lines (:mod:`statx.understand.splits`). A change ("giảm 18 đảng viên"), a count
named again ("2 cá nhân này") or for each ("mỗi xã 3 người") is no part. Each total gets
``check`` (:meth:`Links.check`).
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from functools import cache

from statx.facts import Category
from statx.lexicon import Phrases, load
from statx.lexicon.dictionary import words as dictionary_words
from statx.understand.adds_up import link_sum_after, link_sum_before
from statx.understand.brackets import alone_in_bracket, link_items_named_after, link_named_brackets
from statx.understand.by_sums import link_by_sums
from statx.understand.context import NEAR, WINDOW, Cand, Lexicon, bracket_around, first_at, is_number_tok, phrase
from statx.understand.inspected import link_disciplined, link_found_by_inspection
from statx.understand.label import bracket_label, item_label, part_label
from statx.understand.links import Links, clause_start, compatible, head, names_form, same_kind, sum_check
from statx.understand.mainly import link_mainly
from statx.understand.of_total import link_of_all, link_of_total
from statx.understand.remainder import link_remainder, link_rest_untold
from statx.understand.shares import link_by_share
from statx.understand.splits import link_bullets, link_list_goes_on, link_next_sentence

__all__ = ["breakdowns"]


def _link_among(by_sent: dict[int, list[Cand]], links: Links, lx: Lexicon) -> None:
    """ "Trong số 9 đối tượng bị bắt, có 2 người từng có tiền án": a total named in an opening
    "trong số" phrase; the counts of the same kind after its comma are its parts."""
    for group in by_sent.values():
        for k, c in enumerate(group[:-1]):
            lows = c.where.lows
            n = lx.among.ending(lows, c.q0) if c.q0 and lows[c.q0 - 1] in lx.among.by_last else 0
            comma = first_at(c.where.of(","), c.i1)
            # "Trong 13 người mất tích, có 12 người …", "Trong 9 người chết, Bắc Lâm 4 người, …": among them, some
            if not n and c.q0 == 1 and lows[0] == "trong" and comma is not None and comma + 1 < len(lows):
                n = 1 if lows[comma + 1] == "có" or c.toks[comma + 1].capitalized else 0
            if not n or not (c.q0 == n or lows[c.q0 - n - 1] in (",", ":", "(", "-")):
                continue  # the phrase opens the sentence or a clause
            if lx.among.at(lows, c.q0 - n):  # "trong số hơn 700 trường hợp vi phạm có gần 140 …": "có" for the comma
                end = min(c.i1 + 16, len(lows) if comma is None else comma)
                comma = next((j for j in range(c.i1, end) if lows[j] == "có"), comma)
            if comma is None:
                continue  # nothing opens the parts
            links.new_split()
            # "trong số 141 ứng viên có 85 người trúng cử, trong đó có 19 nữ": a split opened after a part is that part's
            opened = c.where.starts(lx.openers) if c.where.has(lx.openers) else []
            split = next((j for j in opened if j > comma), len(lows))
            for p in group[k + 1 : k + 1 + NEAR]:
                if p.q0 <= comma or p.q0 > split:
                    continue
                # the total's own noun again ("Trong 16 trường hợp vi phạm, có 11 trường hợp đã khắc phục") counts
                # what the total counts, whatever the words after it
                same_word = head(p) == head(c) != "" or (c.unit != "" and phrase(p.unit) == phrase(c.unit))
                own_noun = same_word and same_kind(c, p) and p.m.value < c.m.value
                if compatible(c, p) or own_noun:  # "… có 12 người trên ba tàu": a count of another thing
                    p.category = c.category
                    links.link(c, p, "among", part_label)


def _link_lists(by_sent: dict[int, list[Cand]], links: Links, lx: Lexicon) -> None:
    """A list opened after a total by ':', '(' or a word like "trong đó", "gồm".

    The list belongs to the total it follows: a ';' between them ("tham nhũng: 5 (6,8%);
    lối sống: 14 (18,9%)") makes it a sibling's list; a count in a bracket owns no list
    after the bracket closes, and a list opened inside a bracket ends with it; the counts in
    a bracket right after the total ("30 đảng viên (12 cấp ủy viên), bằng các hình thức:
    …") do not stop the list that follows it. A list that goes over its total ends at the first ';'
    ("16 đảng viên, trong đó 1 …; huyện B có 15 …"); in a bracket, when the counts before it add up.
    """
    for group in by_sent.values():
        if len(group) < 2:
            continue  # a list needs a total and a part
        toks, where, lows = group[0].toks, group[0].where, group[0].where.lows
        apart = [j for j in where.starts(lx.set_apart) if not _in_word(lows, j)] if where.has(lx.set_apart) else []
        word_openers = sorted([*where.starts(lx.openers), *apart])
        openers = sorted([*where.of(":"), *where.of("("), *word_openers])
        closes, semis = where.of(")"), where.of(";")
        for k, c in enumerate(group):
            after = bisect_left(openers, c.unit_end)
            if after == len(openers) or k + 1 == len(group):
                continue  # no list opens after it, or no count follows it
            if c.m.percent and c.change:
                continue  # "tăng 59% (trong đó A giảm 46%)": rates of change do not add up, a change of a rate owns no parts
            later = group[k + 1 : k + 1 + NEAR]
            stop = _list_stop(c, later, closes)
            first_semi = first_at(semis, c.unit_end)
            for j in openers[after : bisect_left(openers, stop)]:
                word_opener = toks[j].kind == "w"
                size = lx.openers.at(lows, j) or lx.set_apart.at(lows, j)
                if c.m.percent and word_opener and not lx.openers.at(lows, j):
                    break  # "A, B đạt trên 5%, riêng C chỉ đạt 0,9%": a rate set apart is another's rate, no share
                if word_opener and toks[min(j + size, len(toks) - 1)].text == "(":
                    continue  # "bằng các hình thức (có 40 …)": the bracket is the list
                if _sibling_list(c, j, first_semi, word_opener):
                    break  # "…: 15 (20,2%); lối sống: 14": a sibling's list ("…; trong đó" is still the total's)
                paren = toks[j].text == "("
                found = first_at(closes, j) if paren else None
                close = len(toks) if found is None else found
                around = bracket_around(where, j) if word_opener else None
                if around is not None:
                    close = around[1]  # "(trong đó có 25 cấp ủy viên); giám sát …": the list ends with its bracket
                in_list = [p for p in later if j < p.q0 < close and same_kind(c, p)]
                each = [p for p in in_list if id(p) in links.repeats and p.m.value < c.m.value]  # counted for "over"
                listed = [p for p in in_list if id(p) not in links.repeats]
                if (pairs := _matching_items(c, listed, links)) is not None:
                    links.new_split()
                    for item, p in pairs:
                        links.link(item, p, "finest total")
                    break  # "khiển trách 3, cảnh cáo 1, khai trừ 4 (trong đó, ban A cảnh cáo 1, khai trừ 4)"
                chosen = [p for p in listed if p.m.value < c.m.value]
                if (c.m.percent or "unit:per" in c.rules) and _rates_of_groups(chosen, listed, later, j):
                    break
                if word_opener:
                    chosen = [p for p in chosen if _item_of_word_list(p, j)]
                semi = first_at(semis, j) if not paren else None
                if semi is not None and chosen and all(p.q0 > semi for p in chosen):
                    break  # "bắt 2 người là: A (30 tuổi), B; … bắt 1 người": a list of names ends at its ';'
                if _sibling_of_items(c, [p for p in chosen if semi is None or p.q0 < semi], j):
                    break  # "… Bắc Lâm 97 nhà, sau đó là các tỉnh: Nam Lâm 48 nhà, …": the list goes on
                parts = _of_its_kind(c, chosen, paren, word_opener, first_at(semis, j), links)
                kind = [p for p in parts if p.category in (c.category, Category.OTHER.value) or not p.unit]
                if paren and 0 < len(kind) < len(parts):
                    # "496 người (bầu thiếu 4 đại biểu ở 4 tỉnh …)": counts of several other kinds explain, not split
                    parts = kind
                if word_opener and len(chosen) >= 2 and len(parts) < len(chosen) and sum_check(c, chosen) == "ok":
                    parts = chosen  # "48 tài khoản…; trong đó, 35 trường hợp…, 13 trường hợp…": they add up
                if len(parts) + len(each) >= 2 and sum_check(c, [*parts, *each]).startswith("over"):
                    parts = _up_to_semicolon(c, parts, first_at(semis, j), close if paren else None)
                parts = _up_to_own_list(parts, word_openers)
                if len(parts) >= 2 or (parts and word_opener) or (paren and _subset_in_bracket(c, parts, j)):
                    if link_by_sums(c, group, listed, parts, links, bracket_label if paren else item_label):
                        break  # "40 đơn A và 25 đơn B; trong đó …": the runs that add up to each
                    owner = _owner_of_list(c, parts, links)
                    links.new_split()
                    for p in parts:
                        links.link(owner, p, "list", bracket_label if paren else item_label)
                    break
                if paren:
                    continue  # "(Quảng Ngãi)" opens nothing: look on for "trong đó"


def _up_to_own_list(parts: list[Cand], word_openers: list[int]) -> list[Cand]:
    """The parts up to the first that opens a list of its own ("… 500 đảng viên, trong đó có 120 cấp ủy viên,
    gồm: 2 …, 30 …"): the counts after that list's word split that part, not the total (a nested split)."""
    for k, p in enumerate(parts[:-1]):
        opener = first_at(word_openers, p.unit_end)
        if opener is not None and opener < parts[k + 1].q0:
            return parts[: k + 1]
    return parts


def _of_its_kind(c: Cand, chosen: list[Cand], paren: bool, word_opener: bool, semi: int | None, links: Links) -> list[Cand]:
    """The counts of a list after ``c`` that are its parts: in a bracket all, else those of its noun or category, up to
    a total of their own ("40 ha lúa ở 3 xã: A (20 ha), …; đổ gãy 3 ha ngô ở B (1 ha), C (2 ha)")."""
    if paren:
        return chosen
    parts = [p for p in chosen if _same_things(c, p, word_opener)]
    own = _own_total(c, parts, semi, links)
    return parts if own is None else [p for p in parts if p.q0 < own.q0]


def _own_total(c: Cand, parts: list[Cand], semi: int | None, links: Links) -> Cand | None:
    """The first item after the ';' past a list's opener that counts another thing than ``c`` and has parts of its own:
    a total of its own, where the list ends."""
    if semi is None:
        return None
    for p in parts:
        if p.q0 > semi and links.has_parts(p) and head(p) and head(c) and head(p) != head(c):
            return p
    return None


def _rates_of_groups(chosen: list[Cand], listed: list[Cand], later: list[Cand], j: int) -> bool:
    """The figures of a list after a rate (a percentage, a figure per unit; opened at toks[j]) are rates of groups,
    no shares of it: one higher than the rate ("đạt 95,2%; trong đó THPT đạt 97,1%, GDTX đạt 86,4%", "bình quân
    2,4 ngày/khách; trong đó khách A 2,6 ngày/khách, khách B 2,1 ngày/khách"), or the first after a count
    of the group ("6 xã đạt dưới 35%, trong đó có 1 xã đạt dưới 15%")."""
    if len(chosen) < len(listed):
        return True
    return bool(chosen) and any(not q.m.percent and j < q.q0 < chosen[0].q0 for q in later)


def _in_word(lows: list[str], j: int) -> bool:
    """lows[j] opens a word of two syllables of the dictionary: "riêng lẻ", "riêng biệt" set nothing apart."""
    return j + 1 < len(lows) and f"{lows[j]} {lows[j + 1]}" in dictionary_words()


def _up_to_semicolon(c: Cand, parts: list[Cand], semi: int | None, close: int | None) -> list[Cand]:
    """A list that goes over its total ends at the ';' after its opener; in a bracket (that closes at toks[close])
    when the counts before it add up: "95 người (40 cụ ông và 55 cụ bà; có 3 cụ …)"."""
    kept = [p for p in parts if semi is not None and p.q0 < semi]
    if semi is None or (close is not None and (semi > close or sum_check(c, kept) != "ok")):
        return parts
    return kept


def _same_things(c: Cand, p: Cand, word_opener: bool) -> bool:
    """``p`` in a list after ``c`` counts what ``c`` counts: one head noun or category, a form of discipline in
    place of a noun, or, after a word that opens parts, the total's own classifier whatever each is said to be
    ("3.200 trường hợp vi phạm, trong đó 1.900 trường hợp vượt đèn đỏ, …")."""
    if not head(p) or not head(c) or head(p) == head(c) or p.category == c.category or names_form(p):
        return True
    return word_opener and "unit:classifier" in c.rules and phrase(p.unit) == phrase(c.unit)


def _matching_items(c: Cand, listed: list[Cand], links: Links) -> list[tuple[Cand, Cand]] | None:
    """When ``c`` is an item of a split and every count of the list after it names the label of an item of that
    split (its sibling or itself) and is no larger, each goes to its item (its finest total); else None."""
    total = links.total_of.get(id(c))
    if total is None or not listed or any(not p.label for p in listed):
        return None
    items = [t for t in links.parts.get(id(total), []) if t.label]
    pairs = []
    for p in listed:
        item = next((t for t in items if _same_label(t.label, p.label) and p.m.value <= t.m.value), None)
        if item is None or not same_kind(item, p):
            return None
        pairs.append((item, p))
    return pairs


def _same_label(a: str, b: str) -> bool:
    """One label, as whole words, whatever the case: "cảnh cáo" and "Cảnh cáo"."""
    return " ".join(phrase(a)) == " ".join(phrase(b)) != ""


def _list_stop(c: Cand, later: list[Cand], closes: list[int]) -> int:
    """Where a list after ``c`` must have opened: before the next number of the same kind, and inside the
    total's bracket; the counts in a bracket right after the total and its noun are no next number."""
    toks, where = c.toks, c.where
    inside = bracket_around(where, c.q0)
    own = first_at(where.of("("), c.unit_end)
    skip = (0, 0)
    named = max(len(c.noun), len(phrase(c.obj)))
    if own is not None and own - c.unit_end <= named and all(t.is_word for t in toks[c.unit_end : own]):
        close = first_at(closes, own)
        skip = (own, len(toks) if close is None else close)
    # the counts after it stand in text order: the first of the same kind is the next one; one that says where
    # the things are is none ("40 ha lúa ở 3 xã: A (20 ha), B 3 ha, …")
    following = (
        p.i0
        for p in later
        if p.i0 >= c.unit_end and same_kind(c, p) and not skip[0] < p.i0 < skip[1] and "breakdown:where" not in p.rules
    )
    return min([len(toks), c.unit_end + WINDOW, next(following, len(toks)), *([inside[1]] if inside else [])])


def _sibling_of_items(c: Cand, parts: list[Cand], j: int) -> bool:
    """``c`` is an item named as a place, and the list opened after a comma at toks[j] names places too:
    it goes on with the items of ``c``'s own list, it does not split ``c``."""
    if "label:place" not in c.rules or not parts or not all("label:place" in p.rules for p in parts):
        return False
    return bool(c.where.between(",", max(c.i1, c.unit_end), j))


def _owner_of_list(c: Cand, parts: list[Cand], links: Links) -> Cand:
    """The total a list after ``c`` belongs to: the part before "trên tổng số" when ``c`` is the whole it is
    measured against ("bầu 85 đại biểu trên tổng số 144 người ứng cử, trong đó 18 …" splits the 85), or the X of
    "X/Y" ("có 600/800 xã đạt chuẩn; trong đó 90 xã đạt chuẩn nâng cao": what is said is said of the 600), else ``c``."""
    for q in links.parts.get(id(c), []):
        measured = "breakdown:of total" in q.rules or "breakdown:of all" in q.rules
        if measured and all(same_kind(q, p) and p.m.value < q.m.value for p in parts):
            return q
    return c


def _sibling_list(c: Cand, j: int, first_semi: int | None, word_opener: bool) -> bool:
    """The opener at toks[j] opens a sibling's list, not one of ``c``: after a ';' ("…; trong đó" is still
    the total's, and so is a colon after a word that announces a list: "…; đóng góp vào đó có: A 9 tỷ USD, …"),
    or the colon of a sibling's item when ``c`` is itself an item of a colon list ("A: 40, B: 25")."""
    announced = c.toks[j].text == ":" and j > 0 and c.toks[j - 1].low in _breakdown_words("announce")
    if first_semi is not None and first_semi < j and not (word_opener and j - first_semi <= 2) and not announced:
        return True
    return c.toks[j].text == ":" and "label:colon" in c.rules and bool(c.where.between(",", c.i1, j))


@cache
def _breakdown_words(key: str) -> frozenset[str]:
    """A list of words of cues.toml [breakdown] as a set: "announce" (before a colon that opens a list), "bracket_says"
    (between "(" and a change told in other terms)."""
    return frozenset(load("cues")["breakdown"][key])


def _item_of_word_list(p: Cand, j: int) -> bool:
    """A count of a list opened by a word at toks[j] is an item of it, not the split of an item: a bracket
    in the list splits its item ("bao gồm A …; B 8.600 tỷ (Bắc Lâm 7.400 tỷ; …)"), unless the count
    stands alone in its bracket after a word ("gồm A, B (2) và C (1)")."""
    around = bracket_around(p.where, p.q0)
    return around is None or around[0] < j or (alone_in_bracket(p) and not _after_count(p, j))


def _subset_in_bracket(c: Cand, parts: list[Cand], j: int) -> bool:
    """One count of the total's noun right after the bracket opens: "9.653 ca trong nước (2.226 ca cộng đồng)"."""
    return len(parts) == 1 and parts[0].q0 == j + 1 and head(parts[0]) == head(c) != ""


def _after_count(p: Cand, j: int) -> bool:
    """The bracket of ``p`` follows a count of its list item (after toks[j]): "9.653 ca trong nước (2.226 ca …)"."""
    toks = p.toks
    for k in range(p.q0 - 2, j, -1):
        if toks[k].text in (",", ";", ")") or toks[k].low == "và":
            return False
        if is_number_tok(toks[k]):
            return True
    return False


def _in_clause(c: Cand, cues: Phrases) -> bool:
    """One of ``cues`` starts in the clause before the count (at most 12 words back)."""
    lows = c.where.lows
    found = [k for k in range(max(0, c.q0 - 12), c.q0) if lows[k] in cues.by_first and cues.at(lows, k)]
    return bool(found) and found[-1] >= clause_start(c)


_FIRST_WORDS: dict[int, frozenset[str]] = {}  # per lexicon: the first words of the clause cues of _aside


def _aside(c: Cand, links: Links, lx: Lexicon) -> None:
    """A count beside the breakdowns: a change ("giảm 18 đảng viên", "ít hơn so với dự kiến 15
    người"), a count named again ("2 cá nhân này"), one that says where ("thuộc 14 xã") or one
    for each ("mỗi tỉnh … 1 đại biểu")."""
    lows = c.where.lows
    first = _FIRST_WORDS.get(id(lx))
    if first is None:
        first = _FIRST_WORDS[id(lx)] = frozenset([*lx.compared.by_first, *lx.each.by_first])
    cued = not first.isdisjoint(lows[max(0, c.q0 - 12) : c.q0])  # the common case: no cue near, one set test
    before = lows[c.q0 - 1] if c.q0 > 0 else ""  # "" starts and ends no phrase: a set test before each look-up
    # "so với cùng kỳ với trên 3.000 lượt": a "với" right before the count opens what it has, no comparison
    compared = cued and _in_clause(c, lx.compared) and not (before == "với" and c.q0 > 1 and lows[c.q0 - 2] != "so")
    if (before in lx.changes.by_last and lx.changes.ending(lows, c.q0)) or compared:
        c.change = True
        c.rules.append("breakdown:change")
    after = c.i1 + len(c.noun) if c.noun else c.unit_end
    if after < len(lows) and lows[after] in lx.repeated.by_first and lx.repeated.at(lows, after):
        links.repeats.add(id(c))
        c.rules.append("breakdown:named again")
    elif before in lx.where.by_last and lx.where.ending(lows, c.q0):
        links.repeats.add(id(c))  # "… thuộc 14 xã": where the things counted are, no part of them
        c.rules.append("breakdown:where")
    elif cued and _in_clause(c, lx.each):
        links.repeats.add(id(c))
        c.rules.append("breakdown:each")


def _in_bracket_after(p: Cand, c: Cand) -> bool:
    """``c`` opens a bracket right after ``p`` (its unit, and at most three words of what it counts): "giảm 0,58%
    (5.240 tấn)", "tăng 2 tạ/ha (bằng 3%)", "giảm 4 người chết (-0,1%)"."""
    j = max(p.i1, p.unit_end)
    toks = c.toks
    k = j
    says = _breakdown_words("bracket_says")
    while k < c.q0 and k - j < 3 and toks[k].is_word and not toks[k].capitalized and toks[k].low not in says:
        k += 1  # "người chết": the words of its object
    if k >= c.q0 or toks[k].text != "(":
        return False
    return all(t.is_word and t.low in says for t in toks[k + 1 : c.q0])


def breakdowns(cands: list[Cand], lx: Lexicon, text: str) -> None:
    """Link parts to their totals and check the sums."""
    if len(cands) < 2:
        return  # a total needs a part
    by_sent: dict[int, list[Cand]] = {}
    for c in cands:
        by_sent.setdefault(c.sent, []).append(c)
    links = Links(lx)
    for c in cands:
        _aside(c, links, lx)
    for p, c in itertools.pairwise(cands):
        if p.change and not c.change and p.sent == c.sent and _in_bracket_after(p, c):
            c.change = True  # "giảm 0,58% (5.240 tấn)": the same change in other terms
            c.rules.append("breakdown:change")
    link_of_all(cands, links)
    link_of_total(cands, links, lx)
    _link_among(by_sent, links, lx)
    link_named_brackets(by_sent, links)
    _link_lists(by_sent, links, lx)
    link_mainly(by_sent, links)
    link_items_named_after(by_sent, links, lx)
    link_next_sentence(by_sent, links, lx, text)
    link_bullets(by_sent, links, lx)
    link_remainder(by_sent, links)
    link_rest_untold(by_sent, links)
    link_found_by_inspection(by_sent, links, lx)
    link_disciplined(by_sent, links)
    link_sum_before(cands, links, lx)
    link_sum_after(cands, links, lx, text)
    link_list_goes_on(cands, links, text)
    link_by_share(cands, links)
    for c in cands:
        if links.has_parts(c):
            c.check = links.check(c)  # each split on its own: "khiển trách 15, …" and then "(15 trường hợp), …"
            c.rules.append("breakdown:total")
