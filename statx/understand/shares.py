"""A part told by its share: "… vốn tín dụng 430 tỷ đồng, chiếm 70%" after a total of about 614 tỷ đồng.

A count with its share of a whole printed beside it ("chiếm 8%": cues.toml ``[percent] before``) is a
part of the earlier count of its kind (a few sentences back at most) of which it is that share, as far as the
share's printed digits say, when no other rule has found it a total: the list of a split that goes on past a
sentence ("Trong đó, … . Ngoài ra còn có vốn A là 50 tỷ đồng, chiếm 8%; …").
"""

from __future__ import annotations

from decimal import Decimal

from statx.understand.context import Cand, Lexicon
from statx.understand.links import Links, same_kind

__all__ = ["link_by_share"]

_BACK = 24  # counts looked back at, within _SENTENCES sentences
_SENTENCES = 4


def _share_after(p: Cand, q: Cand, lx: Lexicon) -> bool:
    """``q`` is a percentage after the share word that follows ``p``, its unit and a comma or a bracket."""
    if not q.m.percent or q.sent != p.sent or q.change:
        return False
    lows = p.where.lows
    start = max(p.i1, p.unit_end)
    k = start
    while k < q.q0 and k - start < 2 and lows[k] in (",", "("):
        k += 1
    return k < q.q0 and lx.share_words.at(lows, k) == q.q0 - k


def _is_share(p: Cand, t: Cand, share: Cand) -> bool:
    """``p`` is ``share`` percent of ``t``, to half the share's last printed digit."""
    text = share.m.text.rstrip("%").strip()
    decimals = len(text.split(",")[1]) if "," in text else 0
    tolerance = Decimal(5) / Decimal(10) ** (decimals + 1) + Decimal("0.01")
    ratio = p.m.value * 100 / t.m.value
    return abs(ratio - share.m.value) <= tolerance


def link_by_share(cands: list[Cand], links: Links) -> None:
    """Link each count whose share is printed beside it to the total it is that share of (see the module)."""
    for at, p in enumerate(cands[:-1]):
        share = cands[at + 1]
        if p.part_of is not None or p.m.percent or p.change or id(p) in links.repeats or not _share_after(p, share, links.lx):
            continue
        for t in reversed(cands[max(0, at - _BACK) : at]):
            if t.sent < p.sent - _SENTENCES:
                break
            fits = not t.m.percent and not t.change and same_kind(t, p) and t.m.value > p.m.value
            if fits and t.part_of is None and _is_share(p, t, share):
                splits = links.splits.get(id(t))
                if splits:
                    links.current = list(splits)[-1]
                else:
                    links.new_split()
                links.link(t, p, "share of total")
                break
