"""What tells a part apart from its siblings: its label.

The shapes it knows: a label word before the number ("khiển trách 35", "cảnh
cáo đối với 2 đảng viên", ``lexicon/cues.toml`` ``[labels]``); and, for a part
that a breakdown rule links to its total, the class named before it ("cấp
xã 40 nhóm", "tỉnh A 90 ha"), the verb right before it ("nền tảng đã
gỡ khoảng 700 clip") or the predicate after its noun ("bị thương").
"""

from __future__ import annotations

from statx.understand.context import Cand, Lexicon, is_number_tok

__all__ = ["bracket_label", "class_label", "part_label", "read_label", "verb_label"]


def read_label(c: Cand, lx: Lexicon) -> None:
    toks, lows = c.toks, c.where.lows()
    k = c.q0
    if k > 0 and toks[k - 1].low in ("đạt", "là", "có"):
        k -= 1
    elif k > 1 and toks[k - 2].low == "đối" and toks[k - 1].low == "với":
        k -= 2  # "cảnh cáo đối với 2 đảng viên"
    n = lx.labels.ending(lows, k)
    if n:
        c.label = " ".join(t.text for t in toks[k - n : k])
        c.rules.append("label:before")


def class_label(p: Cand, lx: Lexicon) -> None:
    """A part's label from the class named before it in a list: "cấp huyện 156 nhóm", "Hà Giang 142 ha"."""
    toks, lows = p.toks, p.where.lows()
    k = p.q0
    while k > 0 and (n := lx.actor_verbs.ending(lows, k)):
        k -= n  # "thủy sản đạt 9,1 tỷ USD", "YouTube gỡ 1.250 video": the verb is no part of the class
    j = k
    while j > 0 and k - j < 5 and toks[j - 1].is_word and toks[j - 1].low not in ("và", "trong", "đó", "có"):
        j -= 1
    # three words, or four set off by a mark or the sentence start ("…, nhóm nông sản chính đạt 28,6 tỷ USD")
    fits = k - j <= 3 or (k - j == 4 and (j == 0 or not toks[j - 1].is_word))
    if k > j and fits and not lx.actor_verbs.at(lows, j):
        p.label = " ".join(t.text for t in toks[j:k])
        p.rules.append("label:class")


def bracket_label(p: Cand, lx: Lexicon) -> None:
    """A part in brackets: the class named before it ("(cấp huyện 2.450 hộ, cấp tỉnh 620 hộ)"), else its predicate."""
    class_label(p, lx)
    if not p.label:
        part_label(p, lx)


def verb_label(p: Cand, lx: Lexicon) -> None:
    """A part's label from the verb right before it: "Google đã ngăn chặn khoảng 1.500 clip"."""
    for n in range(3, 0, -1):
        j = p.q0 - n
        if j >= 0 and lx.actor_verbs.at(p.where.lows(), j) == n:
            p.label = " ".join(t.text for t in p.toks[j : p.q0])
            p.rules.append("label:verb")
            return


def part_label(p: Cand, lx: Lexicon) -> None:
    """A part's label when none stands before it: the predicate after its noun ("bị đuối nước")."""
    toks, lows = p.toks, p.where.lows()
    j = p.i1 + len(p.noun) if p.noun else p.unit_end
    while n := lx.label_skip.at(lows, j):
        j += n
    k = j
    while k < len(toks) and toks[k].is_word and k - j < 6 and not is_number_tok(toks[k]):
        k += 1
    predicate = toks[j:k]
    # a predicate ("bị đuối nước", "bơi được vào bờ"), not an adjective of the noun ("video ngắn")
    if not any(t.low in ("bị", "được") for t in predicate) and not lx.actor_verbs.at(lows, j):
        return
    if k > j and (k == len(toks) or not toks[k].is_word):
        while predicate and predicate[-1].low in ("và", "hoặc"):
            predicate = predicate[:-1]  # "7 người bị cảnh cáo và 4 người…": the conjunction joins the next part
        p.label = " ".join(t.text for t in predicate)
        p.rules.append("label:predicate")
