"""What every fact `extract` gives must keep, whatever the text (Hypothesis).

The text is built from pieces of the report shapes statx reads (totals, lists of
parts, brackets, ``trong đó``, shares, money), shuffled into orders no article
uses, so that the invariants are tried where the rules meet."""

from __future__ import annotations

import math
import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from statx import extract
from statx.facts import Category, Qualifier

NUMBERS = ["7", "12", "35", "40", "100", "1.250", "2,5", "hơn 60", "khoảng 300", "gần 90", "ít nhất 4", "dưới 10", "39"]
WORDS = [
    "Huyện ủy", " có ", " trường hợp", " đảng viên", " bị kỷ luật", ", trong đó", " gồm", ": khiển trách ",
    ", cảnh cáo ", ", khai trừ ", " (", ")", "; ", ". ", "\n", " người", " nhóm Zalo", " trang Fanpage",
    " lượt theo dõi", " tỷ đồng", " triệu đồng", "%", " chiếm ", " tăng ", " so với cùng kỳ", " xã A: ",
    ", xã B: ", " và ", " trên tổng số ", " còn lại", " Năm 2023, ", " hộ", " nhà", " tổ chức đảng", " Riêng ",
]  # fmt: skip
PIECES = st.one_of(st.sampled_from(WORDS), st.sampled_from(NUMBERS).map(lambda n: f" {n} "))
REPORTS = st.lists(PIECES, min_size=1, max_size=80).map("".join)

QUALIFIERS = {q.value for q in Qualifier}
CATEGORIES = {c.value for c in Category}
CHECK = re.compile(r"(over|under): parts sum to (-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(REPORTS, st.text(max_size=200)))
@example("Huyện ủy có 100 đảng viên bị kỷ luật: khiển trách 60, cảnh cáo 39.")
@example("Huyện ủy có 100 đảng viên bị kỷ luật: khiển trách 60, cảnh cáo 45.")
@example("Xã có 40 hộ (xã A: 12 hộ, xã B: 30 hộ), trong đó 7 hộ còn lại.")
@example(
    "Huyện ủy kỷ luật 20 đảng viên. Trong đó, cấp huyện kỷ luật 12 đảng viên, cấp xã kỷ luật 8 đảng viên. Hình thức: khiển trách 15, cảnh cáo 5."
)
def test_every_fact_keeps_the_record_invariants(text: str) -> None:
    facts = extract(text)
    starts = {f.start: f for f in facts}
    for f in facts:
        assert text[f.start : f.end] == f.mention
        assert " ".join(f.mention.split()) in f.sentence  # the sentence column has its white space collapsed
        assert f.qualifier in QUALIFIERS
        assert f.category in CATEGORIES
        if f.part_of is not None:
            assert f.part_of in starts, f"{f.mention} points at {f.part_of}, where no fact starts"
            assert f.part_of != f.start
    for total in facts:
        parts = [p for p in facts if p.part_of == total.start]
        if not total.check:
            continue
        assert parts, f"{total.mention} has a check but no parts"
        got = sum(p.value for p in parts)
        # a total may be split more than once (by level, then by form), each split checked on its own:
        # "ok" means the parts make up a whole number of totals, and the figure of "over" or "under"
        # is the sum of one split, so at most the sum of all the parts
        if total.check == "ok":
            splits = max(1, round(got / total.value)) if total.value else 1
            # exact figures add up exactly; a rounded total and rounded parts ("gần 90", "hơn 60")
            # are intervals of 2 % each, so together they may be 4 % apart
            fuzzy = any(f.qualifier != "exact" for f in (total, *parts))
            assert math.isclose(got, splits * total.value, rel_tol=0.041 if fuzzy else 1e-9)
            continue
        m = CHECK.fullmatch(total.check)
        assert m, total.check
        said = float(m.group(2))
        assert said <= got * (1 + 1e-9) + 1e-9
        assert (said > total.value) if m.group(1) == "over" else (said < total.value)


def test_an_exact_total_short_by_one_is_under_not_ok() -> None:
    facts = {f.mention: f for f in extract("Huyện ủy có 100 đảng viên bị kỷ luật: khiển trách 60, cảnh cáo 39.")}
    assert facts["100"].check == "under: parts sum to 99"


def test_an_approximate_total_within_two_percent_is_ok() -> None:
    facts = {f.mention: f for f in extract("Huyện ủy có khoảng 100 đảng viên bị kỷ luật: khiển trách 60, cảnh cáo 39.")}
    assert facts["100"].check == "ok"
