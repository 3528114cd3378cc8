"""statx.numbers: every way Vietnamese writes a number, read back as its value."""

from __future__ import annotations

import csv
from decimal import Decimal

import pytest

from statx.numbers import find_numbers, read_number
from tests.conftest import PEER, by_mention, facts, need


def _rows(name: str) -> list[tuple[str, str, str]]:
    path = PEER / name
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter="\t"))
    return [(r[0], r[1], r[2] if len(r) > 2 else "") for r in rows[1:] if r]


PEER_NUMBERS = _rows("numbers.tsv")


@pytest.mark.parametrize(
    ("text", "value"),
    [pytest.param(t, v, id=f"{s}:{t}") for t, v, s in PEER_NUMBERS] or [pytest.param("", "", id="no-peer-data")],
)
def test_peer_numbers_read_whole(text: str, value: str) -> None:
    need(PEER / "numbers.tsv")
    assert read_number(text) == Decimal(value)


OWN = [
    # digits the Vietnamese way, and the English way where unambiguous
    ("11.000", "11000"),
    ("1.200.000", "1200000"),
    ("1,5", "1.5"),
    ("0,25", "0.25"),
    ("1,200,000", "1200000"),
    ("11 000", "11000"),
    ("1\u00a0200\u00a0000", "1200000"),
    ("12.5", "12.5"),
    ("100K", "100000"),
    ("2tr", "2000000"),
    ("5 tỷ", "5000000000"),
    ("03", "3"),
    # spelled out
    ("ba mươi lăm", "35"),
    ("hai mươi tư", "24"),
    ("hai mốt", "21"),
    ("một trăm lẻ năm", "105"),
    ("một nghìn không trăm mười hai", "1012"),
    ("mười tám vạn", "180000"),
    ("tám trăm rưỡi", "850"),
    ("một triệu hai", "1200000"),
    ("âm sáu mươi", "-60"),
    ("hai phẩy năm", "2.5"),
    ("chín mươi nhăm", "95"),
    ("hai mươi ngàn", "20000"),
    # as people write them: "lẽ" for "lẻ", a group after linh/lẻ following a scale, no "mươi"
    ("một trăm lẽ năm", "105"),
    ("sáu trăm lẽ sáu nghìn hai trăm", "606200"),
    ("hai nghìn linh năm", "2005"),
    ("một tỷ lẽ tám", "1000000008"),
    ("hai nghìn lẻ năm mươi", "2050"),
    ("hai triệu lẻ năm trăm nghìn", "2500000"),
    ("bảy hai", "72"),
    ("trừ sáu mươi", "-60"),
    # mixed
    ("1,2 triệu", "1200000"),
    ("3 nghìn", "3000"),
    ("1.400 tỷ", "1400000000000"),
    ("2 tỷ 500 triệu", "2500000000"),
    ("1 nghìn tỷ", "1000000000000"),
]


@pytest.mark.parametrize(("text", "value"), OWN, ids=[t for t, _ in OWN])
def test_own_numbers(text: str, value: str) -> None:
    assert read_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "abc", "22-10-2018", "35-NQ/TW", "một hai ba bốn năm sáu bảy"])
def test_not_one_number(text: str) -> None:
    assert read_number(text) is None


def _one(text: str) -> tuple[str, Decimal, Decimal | None, str, bool]:
    found = [m for m in find_numbers(text) if m.kind == "number"]
    assert len(found) == 1, found
    m = found[0]
    assert text[m.start : m.end] == m.text
    return m.text, m.value, m.value_max, m.qualifier, m.percent


def test_a_qualifier_before_a_range() -> None:
    assert _one("có khoảng từ 800 đến 900 doanh nghiệp")[:4] == ("800 đến 900", Decimal(800), Decimal(900), "approx")


def test_percent_sign_and_words() -> None:
    assert _one("tăng 45% so với") == ("45%", Decimal(45), None, "exact", True)
    assert _one("chiếm 45 phần trăm") == ("45 phần trăm", Decimal(45), None, "exact", True)


@pytest.mark.parametrize(
    ("text", "mention", "low", "high"),
    [
        ("từ 10 đến 15 người", "10 đến 15", 10, 15),
        ("10-15 người", "10-15", 10, 15),
        ("tăng 10 - 15%", "10 - 15%", 10, 15),
        ("giá từ 30 nghìn đồng đến 34 nghìn đồng/kg", "30 nghìn đồng đến 34 nghìn", 30000, 34000),
        ("từ 10 đến 15 triệu đồng", "10 đến 15 triệu", 10_000_000, 15_000_000),
    ],
)
def test_ranges(text: str, mention: str, low: int, high: int) -> None:
    got, value, value_max, _, _ = _one(text)
    assert (got, value, value_max) == (mention, Decimal(low), Decimal(high))


@pytest.mark.parametrize(
    ("text", "qualifier"),
    [
        ("hơn 11.000 lượt", "more_than"),
        ("gần 1.000 tin", "nearly"),
        ("khoảng 500 người", "approx"),
        ("trên 800 người", "more_than"),
        ("dưới 10 hộ", "less_than"),
        ("ít nhất 1 người", "at_least"),
        ("từ 18 người trở lên", "at_least"),
        ("khoảng gần 300.000 hộ kinh doanh", "nearly"),
        ("tối đa 20 người", "at_most"),
        ("gần bằng 4,5%", "nearly"),
        ("chưa đến 30 người", "less_than"),
        ("kim ngạch ước đạt 850 triệu USD", "exact"),  # an estimate is how the figure was made (FACTS.md)
        ("sản lượng ước tính 42 nghìn tấn", "exact"),
        ("doanh thu ước đạt hơn 70 tỷ đồng", "more_than"),  # the word next to the number counts
        ("ước khoảng 300 người", "approx"),
        ("giá thấp hơn 10 nghìn đồng so với tháng trước", "exact"),
        ("cao hơn 5% so với cùng kỳ", "exact"),
        ("tỷ lệ cao hơn 5%", "more_than"),
        ("có nhiều hơn 500 người", "more_than"),
    ],
)
def test_qualifiers(text: str, qualifier: str) -> None:
    assert _one(text)[3] == qualifier


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("27/09/2023", "date"),
        ("ngày 22-10-2018", "date"),
        ("tháng 4-2021", "date"),
        ("Nghị quyết số 12-NQ/TU", "code"),
        ("Quyết định số 1234/QĐ-UBND", "code"),
        ("đại dịch Covid-19", "code"),
        ("lúc 17h30", "time"),
        ("gọi 0912 345 678", "phone"),
        ("sáng 6-2", "date"),
        ("cập nhật 2019-08", "date"),  # ISO dates, of a month or a day
        ("đăng ngày 2021-03-14", "date"),
    ],
)
def test_digit_strings_that_are_not_quantities(text: str, kind: str) -> None:
    kinds = {m.kind for m in find_numbers(text)}
    assert kind in kinds
    assert "number" not in kinds


def test_fraction_after_cue_is_a_percentage() -> None:
    m = next(m for m in find_numbers("chiếm 1/4 dân số") if m.kind == "number")
    assert m.percent and m.value == 25
    assert {m.kind for m in find_numbers("Quốc khánh 2/9")} == {"date"}


@pytest.mark.parametrize(
    "text",
    [
        "Tính tới 3/8, huyện đã trồng mới rừng.",  # a phrase of time
        "Đến 4/9, các xã đã nộp báo cáo.",  # a word of time first in its clause
        "Cửa hàng mở từ 2/6 đến 7/8 hằng năm.",  # the end of a span of dates
    ],
)
def test_a_word_of_time_before_a_slash_pair_makes_it_a_date_not_a_fraction(text: str) -> None:
    assert "date" in {m.kind for m in find_numbers(text)}
    assert not any(m.percent for m in find_numbers(text))


def test_the_same_word_after_a_verb_of_share_keeps_the_fraction() -> None:
    m = next(m for m in find_numbers("Diện tích lúa giảm đến 1/5 so với vụ trước.") if m.kind == "number")
    assert m.percent and m.value == 20
    m = next(m for m in find_numbers("Đến 1/4 số hộ chưa có nước sạch.") if m.kind == "number")  # a share of
    assert m.percent and m.value == 25


def test_the_end_of_a_span_of_shares_after_a_verb_of_share_keeps_the_fraction() -> None:
    found = [m for m in find_numbers("Tỷ lệ che phủ rừng tăng từ 1/5 đến 1/2 sau dự án.") if m.percent]
    assert [(m.text, m.value) for m in found] == [("1/2", 50)]


# ---------------------------------------------------------------- in running text


def test_fractions_in_words_are_percentages() -> None:
    f = by_mention("Hơn một nửa số hộ và hai phần ba số xã đã tham gia.")
    assert (f["một nửa"].value, f["một nửa"].qualifier, f["một nửa"].category) == (50, "more_than", "percent")
    assert round(f["hai phần ba"].value, 2) == 66.67


def test_a_glued_currency_before_den_makes_a_range() -> None:
    f = facts("Giá vé giường nằm từ 1.250.000đ đến 1.800.000đ/vé.")
    assert [(x.value, x.value_max, x.category) for x in f] == [(1250000, 1800000, "money")]


@pytest.mark.parametrize(("words", "value"), [("Một phần tư", 25), ("Ba phần tư", 75)])
def test_quarters_are_fractions(words: str, value: int) -> None:
    assert by_mention(f"{words} số doanh nghiệp cho biết chi phí giảm.")[words].value == value


def test_a_percent_sign_on_the_next_line_is_not_the_numbers() -> None:
    from statx import extract

    got = [(f.mention, f.category) for f in extract("Số hộ nghèo còn 7\n% là mục tiêu năm tới.")]
    assert ("7", "other") in got or all(m != "7\n%" and "\n" not in m for m, _ in got)
    assert all("\n" not in f.mention for f in extract("Tỷ lệ đạt 7 \n%"))


def test_a_scale_word_repeated_without_end_is_no_fact_and_no_overflow() -> None:
    from statx import extract

    text = "Con số " + " ".join(["một"] + ["tỷ"] * 30) * 5000 + " người."
    assert [f for f in extract(text) if f.value > 10**18] == []


def test_the_digits_of_a_web_address_or_an_email_are_a_link_no_number() -> None:
    text = "Nguồn: https://tin.vn/xa-hoi/12-nguoi-bi-thuong-2024.htm. Hộp thư ban45@tin.vn nhận 30 thư."
    found = find_numbers(text)
    assert [(m.text, m.kind) for m in found] == [
        ("https://tin.vn/xa-hoi/12-nguoi-bi-thuong-2024.htm", "link"),
        ("ban45@tin.vn", "link"),
        ("30", "number"),
    ]


def test_a_long_run_of_address_characters_is_read_in_linear_time() -> None:
    import time

    text = "a." * 100_000 + " @ 5 người"
    t0 = time.perf_counter()
    assert [m.value for m in find_numbers(text) if m.kind == "number"] == [5]
    assert time.perf_counter() - t0 < 2.0
