"""statx.understand.topics: the thing an economic figure is of, named as the subject of its clause."""

from __future__ import annotations

import pytest

from tests.conftest import by_mention


def need_gazetteer() -> None:
    from statx.lexicon.places import place_names

    if not place_names():
        pytest.skip("underthesea's address gazetteer is not installed: place names are unknown")


def test_a_market_named_after_its_class_noun_labels_the_figure_and_its_change() -> None:
    f = by_mention(
        "Năm nay, xuất khẩu sang thị trường Bắc Âu đạt 4,2 tỷ USD, tăng 6% so với năm trước. "
        "Thị trường Tây Phi đứng thứ hai với 1,5 tỷ USD."
    )
    assert f["4,2 tỷ"].label == "thị trường Bắc Âu"
    assert f["6%"].label == "thị trường Bắc Âu"  # the change beside it takes its label
    # a figure alone tells nothing apart
    alone = by_mention("Khách lưu trú đạt 700 lượt, xuất khẩu sang thị trường Bắc Âu đạt 4,2 tỷ USD.")
    assert alone["4,2 tỷ"].label == ""


def test_the_name_after_a_class_noun_goes_on_past_its_comma_and_stops_at_a_time() -> None:
    f = by_mention("Mặt hàng cà phê tăng 9%. Riêng mặt hàng gạo, ngô trong quý II cũng tăng 12% so với quý I.")
    assert (f["9%"].label, f["12%"].label) == ("Mặt hàng cà phê", "mặt hàng gạo, ngô")


def test_a_class_noun_said_of_a_subject_leaves_the_subject_as_the_label() -> None:
    f = by_mention(
        "Nam Âu vẫn là thị trường lớn nhất của tỉnh với kim ngạch đạt 3 tỷ USD. Kế tiếp là thị trường Tây Phi đạt 2 tỷ USD."
    )
    assert f["3 tỷ"].label == "Nam Âu"
    assert f["2 tỷ"].label == "thị trường Tây Phi"


def test_names_in_turn_label_counts_of_one_thing_whatever_their_verbs() -> None:
    f = by_mention("Bơi lội tiếp tục là thế mạnh khi giành 7 huy chương vàng. Cờ vua cũng đóng góp 4 huy chương vàng.")
    assert (f["7"].label, f["4"].label) == ("Bơi lội", "Cờ vua")


def test_one_name_alone_is_the_actor_not_a_label() -> None:
    f = by_mention("Bắc Lâm đón 9.000 lượt khách trong tháng 5.")
    assert f["9.000"].label == "" and f["9.000"].actor == "Bắc Lâm"


def test_a_name_that_opens_another_clause_labels_nothing() -> None:
    f = by_mention("Sở Công Thương nhận định, kim ngạch xuất khẩu đạt 5 tỷ USD. Kế tiếp là thị trường Tây Phi đạt 2 tỷ USD.")
    assert f["5 tỷ"].label == ""


def test_places_in_turn_label_counts_of_one_thing_a_paragraph_apart() -> None:
    need_gazetteer()
    text = (
        "Cà Mau\n\nTrong quý I, tỉnh Cà Mau đón 900.000 lượt khách, tăng 12% so với cùng kỳ.\n\n"
        "Khánh Hoà\n\nSở Du lịch cho biết, quý I năm nay Khánh Hoà đón 2,1 triệu lượt khách, tăng 30%.\n\n"
        "Hải Phòng\n\nThành phố cảng Hải Phòng đón 1,4 triệu lượt khách."
    )
    f = by_mention(text)
    assert [f[m].label for m in ("900.000", "2,1 triệu", "1,4 triệu")] == ["tỉnh Cà Mau", "Khánh Hoà", "Thành phố cảng Hải Phòng"]
    assert (f["12%"].label, f["30%"].label) == ("tỉnh Cà Mau", "Khánh Hoà")  # a change beside takes it
    # one place alone tells nothing apart
    assert by_mention("Tỉnh Cà Mau đón 900.000 lượt khách. Tháng trước đón 800.000 lượt khách.")["900.000"].label == ""


def test_a_part_opened_by_its_subject_is_named_by_it_when_its_sibling_is() -> None:
    text = (
        "Tháng 5/2024, tổng kim ngạch của tỉnh đạt 300 triệu USD. "
        "Trong đó, xuất khẩu trong tháng 5/2024 đạt 170 triệu USD, giảm 2% so với tháng trước.\n\n"
        "Nhập khẩu trong tháng 5/2024 đạt hơn 130 triệu USD, giảm 4% so với tháng trước."
    )
    f = by_mention(text)
    assert [f[m].label for m in ("170 triệu", "2%", "130 triệu", "4%")] == ["xuất khẩu", "xuất khẩu", "Nhập khẩu", "Nhập khẩu"]
    assert f["130 triệu"].part_of == f["300 triệu"].start


def test_a_dated_time_before_the_verb_is_no_part_of_the_subject() -> None:
    text = "Quý I/2024, doanh thu đạt 900 tỷ đồng. Trong đó, bán lẻ quý I/2024 đạt 500 tỷ đồng, dịch vụ 3 tháng/2024 đạt 400 tỷ đồng."
    f = by_mention(text)
    assert (f["500 tỷ"].label, f["400 tỷ"].label) == ("bán lẻ", "dịch vụ")


def test_a_place_is_known_however_its_tones_sit() -> None:
    need_gazetteer()
    from statx.lexicon.places import is_place

    assert [is_place(n) for n in ("Khánh Hoà", "Khánh Hòa", "Cần Thơ")] == [True] * 3
    assert [is_place(n) for n in ("Sở Y tế", "CLB", "Việt Nam")] == [False] * 3


def test_a_part_counted_in_a_word_of_its_own_among_labelled_parts_is_told_by_that_word() -> None:
    text = (
        "Toàn huyện có 48 người trúng cử, trong đó có 14 nữ, chiếm 29,2%; "
        "dân tộc thiểu số có 10 đại biểu; ngoài Đảng có 5 đại biểu."
    )
    f = by_mention(text)
    assert [f[m].label for m in ("14", "29,2%", "10", "5")] == ["nữ", "nữ", "dân tộc thiểu số", "ngoài Đảng"]
    # with no labelled siblings the word is only what is counted
    assert by_mention("Toàn huyện có 48 người trúng cử, trong đó có 14 nữ.")["14"].label == ""


def test_a_place_written_with_its_tone_elsewhere_is_the_same_place() -> None:
    need_gazetteer()
    f = by_mention("Khánh Hoà đón 900 lượt khách.\n\nKhánh Hòa còn đón 300 lượt khách quốc tế.")
    assert (f["900"].label, f["300"].label) == ("", "")
