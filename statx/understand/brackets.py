"""Splits told by brackets after names: "Bắc Lâm (1.111), Nam Lâm (935), …" splits the count before the run.

A count alone in a bracket right after a name or a class is an item of a run (:func:`alone_in_bracket`); a run
splits the nearest larger count of its kind before it in its sentence, else the count of the sentences before
that its sentence names by its label; a run after another splits none of its items. A list after a split by
names whose counts say where they are by those names splits each item (:func:`link_items_named_after`).
"""

from __future__ import annotations

from functools import cache

from statx.lexicon import load
from statx.understand.context import Cand, Lexicon, bracket_around, first_at, is_number_tok, phrase
from statx.understand.headings import names_a_turn
from statx.understand.label import item_end, join_words
from statx.understand.links import Links, head, same_kind, sum_check

__all__ = ["alone_in_bracket", "link_items_named_after", "link_named_brackets", "owner_noun_labels"]


def alone_in_bracket(p: Cand) -> bool:
    """The count stands alone in a bracket right after a word: "kéo co (1)", "Bắc Lâm (9 ca)"."""
    toks, j = p.toks, p.q0 - 1
    if j < 1 or toks[j].text != "(" or not toks[j - 1].is_word:
        return False
    close = first_at(p.where.of(")"), p.i1)
    return close is not None and close <= p.i1 + 3 and all(t.is_word for t in toks[p.i1 : close])


def _bracket_item(p: Cand, lx: Lexicon) -> int | None:
    """Where the name starts when a count stands alone in a bracket after a name: "Bắc Lâm (131)",
    "TP. Nam Lâm (9 ca)"; else None, and None after a time or a turn of the story ("sau đó (7 vụ)")."""
    toks, j = p.toks, p.q0 - 1
    if not alone_in_bracket(p):
        return None  # "(2 vàng, 1 bạc)": a split of its own
    k = j
    while k > 0 and j - k < 6 and (toks[k - 1].capitalized or (toks[k - 1].text in ".-" and k < j)):
        k -= 1
    if k < j and toks[k].capitalized:
        return k
    # a class in lower case after a list mark: "… ở môn bơi (3 HCV), cờ vua (2 HCV) và bắn súng (1 HCV)"
    name_openers = _name_openers()
    while k > 0 and j - k < 4 and toks[k - 1].kind == "w" and not toks[k - 1].capitalized:
        if toks[k - 1].low in name_openers or is_number_tok(toks[k - 1]):
            break
        k -= 1
    if k > 1 and j - k < 4 and toks[k - 1].capitalized and toks[k - 2].text in (";", ":"):
        k -= 1  # "…; Thiếu trách nhiệm (5 đồng chí); …": an item that opens with a capital after ';'
    before = toks[k - 1] if k > 0 else None
    opened = before is not None and (before.text in (",", ";", ":") or before.low in name_openers)
    return k if k < j and opened and not names_a_turn(p.where.lows, k, j, lx) else None


@cache
def _name_openers() -> frozenset[str]:
    """Words before a class in lower case that ends with its count in a bracket: "và bắn súng (1 HCV)" (cues.toml)."""
    return frozenset(load("cues")["labels"]["bracket_name_openers"])


def link_named_brackets(by_sent: dict[int, list[Cand]], links: Links) -> None:
    """A run of names each with its count in a bracket, "Bắc Lâm (1.111), Nam Lâm (935), …", splits the
    nearest larger count of its kind before the run in its sentence ("… 3.351 ca ghi nhận trong nước
    Bắc Lâm (1.111), …"); a run with no such count splits nothing, here or in the next sentences, and a
    run after another ("…: A (2.300), B (1.100); …: C (57), D (55)") splits none of its items."""
    for s, group in by_sent.items():
        runs: list[list[tuple[Cand, int]]] = []
        for c in group:
            start = _bracket_item(c, links.lx)
            if start is None:
                continue
            last = runs[-1][-1][0] if runs else None
            close = first_at(c.where.of(")"), last.i1) if last is not None else None
            joined = last is not None and close is not None and group.index(c) == group.index(last) + 1 and start - close <= 3
            if joined:
                runs[-1].append((c, start))
            else:
                runs.append([(c, start)])
        ran: set[int] = set()  # the items of the runs before: a new run is never an item's split
        for run in runs:
            if len(run) < 2:
                ran.update(id(p) for p, _ in run)
                continue
            start = run[0][1]
            before = [t for t in group if t.i1 <= start and id(t) not in ran]
            items = [p for p, _ in run]
            total = next(
                (t for t in reversed(before) if all(same_kind(t, p) and p.m.value < t.m.value for p in items)),
                None,
            )
            if total is None:
                total = _named_total(items, start, [*by_sent.get(s - 2, []), *by_sent.get(s - 1, [])])
            links.new_split()
            for p, k in run:
                if not p.label:
                    p.label = join_words(p.toks[k : p.q0 - 1])
                    p.rules.append("label:name before bracket")
                if total is not None:
                    links.link(total, p, "named brackets")
                else:
                    links.repeats.add(id(p))  # a list of its own: "… như: Bắc Lâm (131), Nam Lâm (127)"
                    links.own_lists.add(id(p))
            ran.update(id(p) for p in items)


def _named_total(items: list[Cand], start: int, prior: list[Cand]) -> Cand | None:
    """The count of the sentences before that a run's own sentence names by its label, before the run:
    "… trong đó 300 ca học đường. Một số huyện nhiều ca học đường như: Bắc Lâm (90); …" (its finest total)."""
    lows = items[0].where.lows[:start]
    said = f" {' '.join(lows)} "
    for t in reversed(prior):
        rest = phrase(t.obj)[len(t.noun) :] if t.noun else ()
        # its label, or what its object says after its noun (the first two words or more of it)
        for words in (" ".join(phrase(t.label)), *(" ".join(rest[:n]) for n in range(len(rest), 1, -1))):
            if words and f" {words} " in said and all(same_kind(t, p) and p.m.value < t.m.value for p in items):
                return t
    return None


def link_items_named_after(by_sent: dict[int, list[Cand]], links: Links, lx: Lexicon) -> None:
    """After a total split in a bracket by names, a list opened by "trong đó" whose counts each say where they
    are by one of those names splits that item (its finest total): "28.000 ha (Bắc Lâm 12.000 ha, Nam Lâm
    16.000 ha), trong đó hư hại 4.000 ha tại Bắc Lâm và 900 ha tại Nam Lâm"."""
    for group in by_sent.values():
        if len(group) < 4 or not group[0].where.has(lx.openers):
            continue  # a total, two items and a part at least, and an opener: the common case ends here
        where = group[0].where
        for c in group:
            items = [t for t in links.parts.get(id(c), []) if t.label and t.sent == c.sent]
            if len(items) < 2:
                continue
            around = bracket_around(where, items[0].q0)
            opener = first_at(where.starts(lx.openers), around[1]) if around is not None else None
            if opener is None:
                continue
            semi = first_at(where.of(";"), opener)
            listed = [p for p in group if opener < p.q0 < (len(where.lows) if semi is None else semi)]
            pairs = [(_item_named(p, items, lx), p) for p in listed if p.part_of is None and same_kind(c, p)]
            if pairs and all(item is not None for item, _ in pairs):
                links.new_split()
                for item, p in pairs:
                    if item is not None:
                        links.link(item, p, "item named after")


def _item_named(p: Cand, items: list[Cand], lx: Lexicon) -> Cand | None:
    """The item whose name follows ``p`` after a word that says where ("900 ha tại Nam Lâm"), no smaller than it."""
    lows = p.where.lows
    j = max(p.i1, p.unit_end)
    for k in range(j, min(j + 3, len(lows))):
        if n := lx.at_place.at(lows, k):
            said = lows[k + n : k + n + 6]
            for t in items:
                name = list(phrase(t.label))
                if said[: len(name)] == name and p.m.value <= t.m.value and same_kind(t, p):
                    return t
            return None
    return None


def owner_noun_labels(cands: list[Cand], lx: Lexicon) -> None:
    """ "15 trang (3 đội, 11 phường, 1 xã)", "120 cấp ủy viên, gồm: 2 tỉnh ủy viên, 30 huyện ủy viên, …": parts of a
    list (in a bracket, or after "gồm", "trong đó", ":") that each name by a noun of their own, not the total's,
    whose its things are (or which of them): that noun phrase is the part's label. Run after the breakdowns."""
    parts_of: dict[int, list[Cand]] = {}
    for c in cands:
        if c.part_of is not None and not c.label and "breakdown:list" in c.rules:
            parts_of.setdefault(c.part_of, []).append(c)
    if not parts_of:
        return  # the common case: no part in a bracket without a label
    by_start = {c.m.start: c for c in cands}
    for start, parts in parts_of.items():
        total = by_start.get(start)
        if total is None or len(parts) < 2 or not total.unit or sum_check(total, parts).startswith("over"):
            continue
        heads = [head(p) for p in parts]
        if not all(heads) or head(total) in heads or len(set(heads)) < len(heads):
            continue  # "40 nhóm (12 nhóm A, 28 nhóm B)": the total's noun, told apart by what follows it
        if not all(p.i1 < len(p.toks) and _bare(p, lx) for p in parts):
            continue  # "100 đồn (công an 9 huyện; công an 91 xã)": words before each count, the same: no owner's class
        for p in parts:
            p.label = join_words(p.toks[p.i1 : item_end(p, lx)])
            p.rules.append("label:own noun")


def _bare(p: Cand, lx: Lexicon) -> bool:
    """The count opens its item: right after the bracket, a comma, ';', ':', "và" or the word that opens the list."""
    before = p.toks[p.q0 - 1] if p.q0 > 0 else None
    return before is not None and (before.text in "(,;:" or before.low == "và" or bool(lx.openers.ending(p.where.lows, p.q0)))
