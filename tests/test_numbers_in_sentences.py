"""Numbers as people write them, read by ``extract`` inside sentences, not alone.

Every case of ../shared/peer/numbers.tsv goes into several sentence frames; random
numbers are spelled the loose ways real writing has ("lẽ" for "lẻ", tens without
"mươi", "nghìn linh năm") and negative values sit in measure frames. Each must come
out as one fact with its value, its sign and its whole mention.
"""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from statx import extract
from tests.conftest import PEER, by_mention, need
from tests.test_properties import DIGITS, decimal_vn, spell

# our own frames: {case} before a noun it counts, or before a measure for a value below zero
COUNT_FRAMES = [
    "Theo báo cáo, có {case} người tham dự hội nghị.",
    "Năm nay xã đã cấp {case} giấy phép xây dựng cho các hộ dân.",
    "Đoàn kiểm tra phát hiện {case} cơ sở vi phạm, phạt hành chính tất cả.",
]
MEASURE_FRAMES = [
    "Nhiệt độ đo được sáng nay là {case} độ C.",
    "Chỉ số lạnh nhất ghi nhận ở mức {case} độ C trên đỉnh núi.",
    "Sáng sớm, nhiệt độ xuống {case} độ C, thấp nhất trong tuần.",
]

# Alone before a noun these three are no number to a reader: "không người" is "no one"
# ("không" = not), "một người" is "a person" (the article), "trăm người" is "hundreds of
# people". numbers.tsv has them as bare strings to read whole; read_number still does.
NOT_A_NUMBER_IN_A_SENTENCE = {"không", "một", "trăm"}


def _peer_numbers() -> list[tuple[str, str]]:
    path = PEER / "numbers.tsv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return [(r[0], r[1]) for r in list(csv.reader(fh, delimiter="\t"))[1:] if r]


def _counting_pair(text: str) -> int | None:
    """The first of two digit words counting up by one ("sáu bảy"): before a noun a reader
    takes them as "six or seven", a range, not 67 (lexicon/numbers.toml says why)."""
    words = text.split()
    if len(words) == 2 and all(w in DIGITS for w in words) and words[1] != "năm":
        first, second = DIGITS.index(words[0]), DIGITS.index(words[1])
        return first if first > 0 and second == first + 1 else None
    return None


def _one_fact(sentence: str) -> tuple[str, Decimal, Decimal | None, str]:
    facts = extract(sentence)
    assert len(facts) == 1, (sentence, [(f.mention, f.value) for f in facts])
    f = facts[0]
    assert sentence[f.start : f.end] == f.mention
    top = None if f.value_max is None else Decimal(str(f.value_max))
    return f.mention, Decimal(str(f.value)), top, f.qualifier


def test_every_peer_number_reads_right_inside_sentences() -> None:
    need(PEER / "numbers.tsv")
    rows = _peer_numbers()
    assert len(rows) == 434
    wrong = []
    for text, value in rows:
        if text in NOT_A_NUMBER_IN_A_SENTENCE:
            continue
        want = Decimal(value)
        pair = _counting_pair(text)
        for frame in MEASURE_FRAMES if want < 0 else COUNT_FRAMES:
            sentence = frame.format(case=text)
            facts = extract(sentence)
            got = [(f.mention, Decimal(str(f.value)), f.value_max, f.qualifier) for f in facts]
            if pair is not None:
                right = got == [(text, Decimal(pair), pair + 1, "approx")]
            else:
                right = got == [(text, want, None, "exact")]
            if not right:
                wrong.append((sentence, value, got))
    assert wrong == []


def test_the_three_bare_words_are_still_numbers_alone() -> None:
    from statx import read_number

    assert [read_number(w) for w in ("không", "một", "trăm")] == [0, 1, 100]


# ---------------------------------------------------------------- spelled as people write


@settings(max_examples=400, deadline=None)
@given(st.integers(min_value=2, max_value=10**15), st.integers(min_value=0, max_value=5), st.integers(min_value=1, max_value=3))
@example(105, 2, 1)  # một trăm lẽ năm
@example(606_200, 2, 1)  # sáu trăm lẽ sáu nghìn hai trăm
@example(2_005, 0, 2)  # hai nghìn linh năm
@example(1_005_000, 1, 2)  # một triệu lẻ năm nghìn
@example(3_000_000_007, 2, 2)  # ba tỷ lẽ bảy
@example(99_900_000_000, 0, 1)  # chín mươi chín tỷ chín trăm triệu, short: chín chín tỷ chín trăm triệu
@example(21, 0, 1)  # hai mốt
@example(55, 0, 1)  # năm lăm
@example(43, 0, 1)  # bốn ba
@example(10**15, 0, 3)
def test_loosely_spelled_numbers_read_back_in_sentences(n: int, variant: int, loose: int) -> None:
    words = spell(n, variant, loose)
    for frame in COUNT_FRAMES:
        sentence = frame.format(case=words)
        assert _one_fact(sentence)[:3] == (words, Decimal(n), None), sentence


def test_the_short_spellings_are_those_people_write() -> None:
    # the speller itself: what the property above feeds statx
    assert spell(105, 2, 1) == "một trăm lẽ năm"
    assert spell(2_005, 0, 2) == "hai nghìn linh năm"
    assert spell(21, 0, 1) == "hai mốt"
    assert spell(43, 0, 1) == "bốn ba"
    assert spell(34, 0, 1) == "ba mươi bốn"  # "ba bốn" would be "three or four"
    assert spell(53, 0, 1) == "năm mươi ba"  # "năm ba" would be "year three"


@pytest.mark.parametrize(
    ("words", "low", "high"),
    [
        ("ba bốn người", 3, 4),
        ("sáu bảy chiếc xe", 6, 7),
        ("hai ba triệu đồng", 2_000_000, 3_000_000),
        ("bảy tám trăm hộ", 700, 800),
        ("hai ba chục người", 20, 30),
    ],
)
def test_two_digit_words_counting_up_are_this_or_that_many(words: str, low: int, high: int) -> None:
    mention, value, top, qualifier = _one_fact(f"Hôm qua có {words} bị ảnh hưởng.")
    assert (value, top, qualifier) == (low, high, "approx")
    assert words.startswith(mention)


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("hai mốt người", 21),
        ("ba lăm người", 35),
        ("bốn ba người", 43),
        ("năm lăm người", 55),
        ("bảy hai người", 72),
        ("chín chín tỷ chín", 99_900_000_000),
    ],
)
def test_tens_without_muoi_are_one_number(words: str, value: int) -> None:
    mention, got, top, qualifier = _one_fact(f"Hôm qua có {words} được chuyển đi.")
    assert (got, top, qualifier) == (value, None, "exact")
    assert words.startswith(mention)


@pytest.mark.parametrize(
    ("sentence", "facts"),
    [
        ("Trong ba năm qua, xã có 40 hộ thoát nghèo.", [("40", 40)]),  # ba năm: three years
        ("Cả hai không đến dự, còn 40 người có mặt.", [("40", 40)]),  # hai không: both did not
        ("Trong năm hai nghìn, xã có 40 hộ thoát nghèo.", [("40", 40)]),  # năm hai nghìn: the year
        ("Xã mời ba tư vấn viên, còn 40 hộ tự làm.", [("ba", 3), ("40", 40)]),  # three consultants
        ("Hợp tác xã nuôi ba ba, lãi 40 triệu đồng.", [("40 triệu", 40_000_000)]),  # ba ba: turtles
    ],
)
def test_digit_words_that_are_no_short_tens(sentence: str, facts: list[tuple[str, int]]) -> None:
    assert [(f.mention, f.value) for f in extract(sentence)] == facts


# ---------------------------------------------------------------- signs


def _negatives(n: Decimal) -> list[str]:
    """One value below zero as people write it: "-12,5", "âm 12,5", "trừ mười hai"."""
    written = decimal_vn(n)
    forms = [f"-{written}", f"âm {written}"]
    if n == n.to_integral_value():
        forms += [f"âm {spell(int(n))}", f"trừ {spell(int(n))}", f"- {written}"]
    return forms


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=1, max_value=10**6, places=2, allow_nan=False, allow_infinity=False))
@example(Decimal("12.5"))
@example(Decimal("1.01"))
@example(Decimal("60"))
def test_negative_values_keep_their_sign(d: Decimal) -> None:
    d = d.normalize()
    for form in _negatives(d):
        for frame in MEASURE_FRAMES:
            sentence = frame.format(case=form)
            assert _one_fact(sentence)[:3] == (form, -d, None), sentence


@pytest.mark.parametrize(
    ("sentence", "mention", "value"),
    [
        ("Quý này tăng trưởng âm 2,5% so với cùng kỳ.", "âm 2,5%", Decimal("-2.5")),
        ("Lợi nhuận là -1,2M đồng sau thuế.", "-1,2M", Decimal(-1_200_000)),
        ("Khoản lỗ là -1200K đồng trong tháng.", "-1200K", Decimal(-1_200_000)),
        ("Trời lạnh, âm 5 độ C vào sáng sớm.", "âm 5", Decimal(-5)),
    ],
)
def test_signs_before_measures_and_percentages(sentence: str, mention: str, value: Decimal) -> None:
    assert _one_fact(sentence)[:3] == (mention, value, None)


@pytest.mark.parametrize(
    ("text", "facts"),
    [
        ("Kết quả:\n- 5 người bị thương\n- 3 người tử vong", [("5", 5), ("3", 3)]),  # list dashes
        ("Có 10-15 người bị thương.", [("10-15", 10)]),  # a range
        ("Chương trình Quê hương - 80 năm đã phát sóng, có 30 người xem.", [("30", 30)]),  # a separator
        ("Theo văn bản số 12-KH/UBND, xã có 30 hộ.", [("30", 30)]),  # a code
        ("Cả lớp trừ 3 người đều đến.", [("3", 3)]),  # trừ = except
        ("Giá từ 10 triệu đồng -15 triệu đồng.", [("10 triệu", 10_000_000), ("15 triệu", 15_000_000)]),  # a range's dash
    ],
)
def test_dashes_and_words_that_are_no_minus(text: str, facts: list[tuple[str, int]]) -> None:
    assert [(f.mention, f.value) for f in extract(text)] == facts


def test_bare_numbers_before_a_scaled_one_share_its_scale() -> None:
    f = {x.mention: x for x in extract("Hai gói thầu có giá lần lượt là 2,4 và 3,15 tỷ đồng.")}
    assert (f["2,4"].value, f["2,4"].unit) == (2_400_000_000, "đồng")
    f = {x.mention: x for x in extract("Ba xã nhận lần lượt 5, 8 và 12 triệu đồng.")}
    assert [f[k].value for k in ("5", "8", "12 triệu")] == [5_000_000, 8_000_000, 12_000_000]
    # a number with its own noun before "và" keeps its value
    f = {x.mention: x for x in extract("Xã có 3 thôn và 2 triệu đồng quỹ khuyến học.")}
    assert f["3"].value == 3


def test_a_bare_fraction_alone_in_its_bracket_is_a_ratio() -> None:
    # "(64/47)": this period's count over the last one's, no noun: a bare fraction, a percent
    f = by_mention("So với cùng kỳ, số vụ cháy tăng 17 vụ (64/47), tức tăng 36,17%.")
    assert f["64/47"].category == "percent" and f["64/47"].unit == "%"
    assert abs(f["64/47"].value - 136.17) < 0.01
    assert "64" not in f and "47" not in f
    # a day and month in a bracket stays a date
    assert "12/5" not in by_mention("Ngày hội (12/5) đón 300 người.")


def test_a_small_fraction_after_a_word_of_about_is_a_share_not_one_of_so_many() -> None:
    f = by_mention("Hơn 1/3 trường học của huyện đạt chuẩn quốc gia.")
    assert f["1/3"].category == "percent" and f["1/3"].qualifier == "more_than"
    # X of Y things stays two counts
    g = by_mention("Có 5/10 xã đạt chuẩn nông thôn mới.")
    assert g["5"].part_of == g["10"].start


def test_more_or_fewer_than_in_a_comparison_is_the_difference_itself() -> None:
    # "nhiều hơn 12 vụ" after "so với cùng kỳ" is "12 more", exactly; with no comparison it is "more than 12"
    f = by_mention("So với cùng kỳ, huyện phát hiện nhiều hơn 12 vụ; xảy ra ít hơn 04 vụ cháy so cùng kỳ.")
    assert (f["12"].qualifier, f["04"].qualifier) == ("exact", "exact")
    assert by_mention("Có nhiều hơn 500 người tham gia hội thi.")["500"].qualifier == "more_than"
    # a comparison in the next clause compares that clause, not this count
    g = by_mention("Hội thi có nhiều hơn 700 người dự, đông hơn so với lần trước.")
    assert g["700"].qualifier == "more_than"
    # the comparison right after the comma is this count's
    assert by_mention("Quý này xã có nhiều hơn 9 vụ cháy, so với quý trước đó.")["9"].qualifier == "exact"
