"""statx.understand.period: when, and the article's own date."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from statx.text import tokenize
from statx.understand.period import PERIOD, periods
from tests.conftest import by_mention, facts
from tests.test_properties import PIECES


def test_period_in_an_earlier_clause() -> None:
    (f,) = facts("Trong 6 tháng đầu năm 2023, công an huyện đã gỡ 120 bài viết sai sự thật.")
    assert f.period == "6 tháng đầu năm 2023"
    assert f.category == "content"


def test_published_date_from_header() -> None:
    fs = facts("Tiêu đề bài\n\n27/09/2023 - 05:42\n\nHuyện có 15 trang Fanpage.")
    assert [(f.value, f.published) for f in fs] == [(15, "2023-09-27")]


def test_period_from_day_to_day() -> None:
    f = by_mention("Từ ngày 1/9 đến ngày 30/9, Đoàn liên ngành đã kiểm tra 150 cơ sở.")
    assert (f["150"].period, f["150"].actor) == ("Từ ngày 1/9 đến ngày 30/9", "Đoàn liên ngành")


def test_the_base_of_a_comparison_is_not_the_period_of_the_facts_around_it() -> None:
    f = by_mention(
        "Tính đến ngày 20/9, toàn tỉnh ghi nhận 2.356 ca mắc, tăng 48% so với cùng kỳ năm 2023; trong đó có 3 ca tử vong."
    )
    assert [f[m].period for m in ("2.356", "48%", "3")] == ["Tính đến ngày 20/9"] * 3
    assert by_mention("Doanh thu tăng 12% so với năm 2023.")["12%"].period == ""
    assert by_mention("Trong năm 2023, doanh thu đạt 500 tỷ đồng.")["500 tỷ"].period == "Trong năm 2023"


def test_months_of_a_year_are_a_period_and_no_part_of_the_subject() -> None:
    f = by_mention("Tổng sản phẩm trên địa bàn (GRDP) 9 tháng năm 2024 ước tăng 7,2% so với cùng kỳ.")
    assert (f["7,2%"].actor, f["7,2%"].period) == ("Tổng sản phẩm trên địa bàn (GRDP)", "9 tháng năm 2024")


def test_a_year_opening_the_sentence_is_its_period() -> None:
    f = by_mention("Năm 2023, Ủy ban Kiểm tra Huyện ủy đã thi hành kỷ luật 07 đảng viên.")
    assert (f["07"].period, f["07"].value, f["07"].actor) == ("Năm 2023", 7, "Ủy ban Kiểm tra Huyện ủy")


def test_periods_stop_at_a_bracket_and_since_the_start_of_the_year_is_one() -> None:
    f = by_mention("Trong tuần qua (từ ngày 10 đến 16/6), thành phố ghi nhận 1.034 ca mắc.")
    assert f["1.034"].period == "từ ngày 10 đến 16/6"
    f = by_mention("Cộng dồn từ đầu năm, TP.HCM có 12.568 ca, trong đó 2 ca tử vong.")
    assert (f["12.568"].actor, f["12.568"].period) == ("TP.HCM", "từ đầu năm")


def test_a_term_of_office_is_a_period_and_consequence_openers_are_framing() -> None:
    f = by_mention("Trong nhiệm kỳ 2018-2023, Hội Nông dân tỉnh đã giải ngân 1.850 tỷ đồng cho 42.300 hộ.")
    assert (f["1.850 tỷ"].period, f["1.850 tỷ"].actor) == ("Trong nhiệm kỳ 2018-2023", "Hội Nông dân tỉnh")
    f = by_mention("Bình quân mỗi năm, các cấp hội vận động hiến 25.000 m2 đất; toàn tỉnh có 1.480 chi hội.")
    assert (f["25.000"].actor, f["1.480"].category) == ("các cấp hội", "organization")


TIME_PIECES = [
    *PIECES,
    " tháng ", " Tháng ", " quý ", " năm 2023", " đầu năm ", " cuối ", " Từ ", " tính ", " Tính đến ", " hết ",
    " nay", " hiện ", " thời gian qua", " ngày ", "sáng ", "2024", "1.6", "10/2023", "Quý I", " III/2021", "TỪ", "đến",
    " tới thời điểm này", " bắt đầu từ ", " Chín", " ba", " tối ", " chiều ", " Trong ", "Hiện nay",
    " nhiệm kỳ ", " Giai đoạn ", "2018-2023", " 2021 - 2025",
]  # fmt: skip


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=200), st.lists(st.sampled_from(TIME_PIECES), max_size=60).map("".join)))
@example("Từ đầu năm 2023 đến nay, 1.6 tháng đầu năm; sáu tháng đầu năm 2024, quý III/2021")
@example("11 000 1,5 tháng đầu năm")
@example("Giai đoạn 2021 - 2025, nhiệm kỳ 2018-2023 có 5 người")
def test_time_phrases_found_at_token_starts_are_all_the_regex_finds(text: str) -> None:
    """The period finder tries its regex only where a phrase can start; it must find what a scan of every position finds."""
    got = [m.span() for m in periods(text, tokenize(text), len(text))]
    assert got == [m.span() for m in PERIOD.finditer(text)]
