"""statx.understand.category: what kind of thing a number counts."""

from __future__ import annotations

import pytest

from tests.conftest import by_mention


@pytest.mark.parametrize(
    ("sentence", "mention", "category"),
    [
        ('"Lương tôi 12 triệu/tháng, riêng tiền nhà đã chiếm hơn một phần ba", anh Hùng nói.', "12 triệu", "money"),
        ("Học phí năm nay khoảng 15 triệu, tăng nhẹ.", "15 triệu", "money"),
        ("Con số này lên tới 9 triệu.", "9 triệu", "other"),
    ],
)
def test_an_amount_without_currency_is_money_after_a_money_word(sentence: str, mention: str, category: str) -> None:
    assert by_mention(sentence)[mention].category == category


def test_bare_counts_in_a_list_count_the_noun_named_at_its_end() -> None:
    f = by_mention("Quận 8, quận Bình Tân và TP Thủ Đức là 3 địa phương có số ca mắc cao nhất với lần lượt 210, 198 và 187 ca.")
    assert [f[m].category for m in ("210", "198", "187")] == ["people"] * 3


def test_a_count_over_its_total_counts_the_same_noun() -> None:
    f = by_mention("Có 1.826/2.985 trường đạt chuẩn quốc gia.")
    assert f["1.826"].category == f["2.985"].category == "organization"


def test_a_listed_count_keeps_the_noun_before_it() -> None:
    f = by_mention("Hashtag đã có tổng lượt xem lên tới hơn 1 tỷ, hơn 28 triệu lượt thích.")
    assert f["1 tỷ"].category == "audience" and f["1 tỷ"].object != "thích"


def test_audience_money_percent_measure() -> None:
    f = by_mention("Trang có hơn 11.000 lượt người theo dõi, chi 1,2 tỷ đồng, đạt 98%, trồng 53 ha rừng.")
    assert (f["11.000"].category, f["11.000"].unit, f["11.000"].qualifier) == ("audience", "lượt", "more_than")
    assert (f["1,2 tỷ"].value, f["1,2 tỷ"].unit, f["1,2 tỷ"].category) == (1_200_000_000, "đồng", "money")
    assert (f["98%"].value, f["98%"].category, f["98%"].unit) == (98, "percent", "%")
    assert (f["53"].category, f["53"].unit) == ("measure", "ha")


def test_inspection_counts_are_not_discipline() -> None:
    f = by_mention("Cấp ủy kiểm tra 796 tổ chức đảng, 1.256 đảng viên; kỷ luật 13 đảng viên.")
    assert f["796"].category == "organization"
    assert f["1.256"].category == "people"
    assert f["13"].category == "discipline"


def test_violation_after_the_noun_is_discipline() -> None:
    f = by_mention("Thành phố phát hiện 6 tập thể, 32 cá nhân có biểu hiện suy thoái.")
    assert f["6"].category == f["32"].category == "discipline"


def test_shops_are_organizations_and_trong_do_links_them() -> None:
    f = by_mention("Thành phố có 537 cửa hàng xăng dầu, trong đó 12 cửa hàng tạm ngưng bán.")
    assert f["537"].category == f["12"].category == "organization"
    assert f["12"].part_of == f["537"].start
    assert f["537"].check == "under: parts sum to 12"


def test_disciplined_after_the_noun_and_unknown_nouns_stay_other() -> None:
    f = by_mention("Có 25 đảng viên bị xóa tên khỏi danh sách. Ủy ban đã giải quyết 15 đơn tố cáo.")
    assert f["25"].category == "discipline"
    assert f["15"].category == "other"


def test_informal_prices() -> None:
    f = by_mention("Giá vé 150.000đ/người, combo 2 vé chỉ 250k. Kênh có 100K lượt xem.")
    assert (f["150.000"].unit, f["150.000"].category) == ("đ/người", "money")
    assert (f["250k"].value, f["250k"].category) == (250_000, "money")
    assert (f["100K"].value, f["100K"].category) == (100_000, "audience")


def test_seized_goods_and_people_in_a_police_report() -> None:
    text = (
        "Công an tỉnh đã bắt giữ 5 đối tượng, thu giữ 2,5 kg ma túy, 3 khẩu súng và 120 viên đạn. "
        "Các đối tượng đã chiếm đoạt hơn 3,2 tỷ đồng của 200 bị hại. Cơ quan điều tra đã khởi tố 12 bị can."
    )
    f = by_mention(text)
    assert (f["2,5"].unit, f["2,5"].object, f["2,5"].category) == ("kg", "ma túy", "measure")
    assert (f["200"].object, f["200"].category) == ("bị hại", "people")
    assert (f["12"].object, f["12"].category) == ("bị can", "people")
    assert f["3,2 tỷ"].category == "money"


def test_members_of_social_groups_are_audience() -> None:
    f = by_mention("Công an tỉnh đã xây dựng 1.248 nhóm Zalo với trên 185.000 thành viên. Ban Chỉ đạo có 15 thành viên.")
    assert f["185.000"].category == "audience"
    assert f["15"].category == "people"


def test_percentage_points_and_ratios() -> None:
    f = by_mention("Tỷ lệ hộ nghèo giảm 1,5 điểm phần trăm. Thu nhập tăng gấp 2 lần. Đoàn đã 4 lần làm việc với tỉnh.")
    assert (f["1,5"].unit, f["1,5"].category) == ("điểm phần trăm", "percent")
    assert (f["2"].unit, f["2"].category) == ("lần", "other")
    assert (f["4"].unit, f["4"].category) == ("lần", "event")


def test_content_counts_with_a_violation_stay_content() -> None:
    f = by_mention("Trang đăng 320 bản tin, 85 video clip; có 17 đường link vi phạm bị báo cáo.")
    assert [f[m].category for m in ("320", "85", "17")] == ["content", "content", "content"]


@pytest.mark.parametrize("noun", ["lượt đăng ký kênh", "followers", "views"])
def test_subscribers_and_followers_are_audience(noun: str) -> None:
    assert by_mention(f"Kênh của đối tượng có 340.000 {noun}.")["340.000"].category == "audience"


def test_a_respectively_list_counts_the_noun_after_its_last_item() -> None:
    f = by_mention("Các trang Fanpage lần lượt thu hút 320.000, 145.000 và 56.000 người theo dõi.")
    assert [f[m].category for m in ("320.000", "145.000", "56.000")] == ["audience"] * 3
    assert f["320.000"].actor == "Các trang Fanpage"
