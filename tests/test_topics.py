"""statx.understand.topics: the thing an economic figure is of, named as the subject of its clause."""

from __future__ import annotations

from tests.conftest import by_mention


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
