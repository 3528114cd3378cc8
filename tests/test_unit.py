"""statx.understand.unit: the unit after a number, and the object it counts."""

from __future__ import annotations

import pytest

from statx import extract
from tests.conftest import by_mention, facts


def test_segmentation_keeps_compound_words_whole_in_objects() -> None:
    pytest.importorskip("underthesea", reason="word segmentation is the optional extra statx[nlp]")
    text = "Huyện Đoàn triển khai cho 100% chi đoàn cơ sở trực thuộc. Người dân đưa hai em nhỏ nhập viện cấp cứu."
    plain = {f.mention: f.object for f in extract(text)}
    segmented = {f.mention: f.object for f in extract(text, segment=True)}
    # the Viet74K list already keeps "trực thuộc" after a stop word and "cấp cứu" after a verb whole
    assert plain == segmented == {"100%": "chi đoàn cơ sở trực thuộc", "hai": "em nhỏ nhập viện cấp cứu"}


def test_segmentation_leaves_underthesea_globals_alone() -> None:
    underthesea = pytest.importorskip("underthesea", reason="word segmentation is the optional extra statx[nlp]")
    before = underthesea.word_tokenize("Công an thành phố quản lý trang")
    extract("Có 15 trang Fanpage trực thuộc.", segment=True)
    assert underthesea.word_tokenize("Công an thành phố quản lý trang") == before


def test_square_and_cubic_units_are_units_not_numbers() -> None:
    fs = facts("Diện tích sàn 1.200 m2, tổng 45 km2 và 18,5 triệu m3 nước; nhóm F0 có 5 người.")
    assert [(f.mention, f.unit, f.category) for f in fs] == [
        ("1.200", "m2", "measure"),
        ("45", "km2", "measure"),
        ("18,5 triệu", "m3", "measure"),
        ("5", "người", "people"),
    ]


def test_comrades_are_people_not_money_and_their_list_adds_up() -> None:
    text = (
        "Cấp ủy, tổ chức đảng các cấp đã thi hành kỷ luật 2 tổ chức đảng và 57 đảng viên, gồm: khiển trách "
        "38 đồng chí, cảnh cáo 12 đồng chí, cách chức 3 đồng chí, khai trừ ra khỏi Đảng 4 đồng chí."
    )
    f = by_mention(text)
    assert [(f[m].unit, f[m].category, f[m].label) for m in ("38", "4")] == [
        ("đồng chí", "discipline", "khiển trách"),
        ("đồng chí", "discipline", "khai trừ ra khỏi Đảng"),
    ]
    assert all(f[m].part_of == f["57"].start for m in ("38", "12", "3", "4"))
    assert f["57"].check == "ok"
    assert f["57"].actor == "Cấp ủy, tổ chức đảng các cấp"


def test_samples_are_no_land_measure() -> None:
    (f,) = facts("Đoàn kiểm tra đã lấy 8 mẫu thực phẩm để xét nghiệm.")
    assert (f.unit, f.category, f.actor) == ("mẫu", "other", "Đoàn kiểm tra")


def test_a_noun_that_starts_like_a_classifier_is_one_noun() -> None:
    f = by_mention("Thành phố có 42.000 căn hộ dịch vụ; bão làm sập 12 căn nhà; công an thu giữ 5 hộ chiếu.")
    assert [(f[m].unit, f[m].object) for m in ("42.000", "12", "5")] == [
        ("căn hộ", "căn hộ dịch vụ"),
        ("căn", "nhà"),
        ("hộ chiếu", "hộ chiếu"),
    ]


def test_modals_before_the_linking_verb_and_export_turnover_as_one_noun() -> None:
    f = by_mention("Bộ Công Thương dự báo cả năm 2024, kim ngạch xuất khẩu gạo có thể đạt trên 5,5 tỷ USD.")
    # the turnover is a measure, not who has it (statx.understand.actor): no actor is named
    assert (f["5,5 tỷ"].object, f["5,5 tỷ"].actor) == ("kim ngạch xuất khẩu gạo", "")
    f = by_mention("Philippines tiếp tục là thị trường lớn nhất với 3,6 triệu tấn; Indonesia đứng thứ hai với 1,1 triệu tấn.")
    assert (f["3,6 triệu"].actor, f["1,1 triệu"].actor) == ("Philippines", "Indonesia")


def test_a_named_object_ends_at_a_two_word_verb_and_interested_people_are_audience() -> None:
    f = by_mention("Sở phát hiện 15 tài khoản TikTok đăng tải thông tin sai sự thật; 120 Zalo OA có 850.000 người quan tâm.")
    assert f["15"].object == "TikTok" and f["850.000"].category == "audience"
    assert by_mention("Các đơn vị đã 3 lần làm việc với nhà mạng.")["3"].object == "lần làm việc"


def test_the_noun_right_after_a_number_is_its_unit_whatever_the_word() -> None:
    f = by_mention(
        "Trung tâm hành chính nhận 2.340 hồ sơ hộ tịch; tổ tuần tra giữ 9 bao tải hàng lậu, "
        "3.500 viên thuốc lắc và 120 gói tăm bông; nhà ga mở thêm 4 cửa soát vé."
    )
    assert [(f[m].unit, f[m].object) for m in ("2.340", "9", "3.500", "120", "4")] == [
        ("hồ sơ", "hồ sơ hộ tịch"),
        ("bao tải", "bao tải hàng lậu"),
        ("viên", "thuốc lắc"),
        ("gói", "gói tăm bông"),
        ("cửa", "cửa soát vé"),
    ]
    assert all("unit:noun" in f[m].rules for m in ("2.340", "9", "120", "4"))


def test_a_function_word_or_a_verb_after_a_number_is_no_unit() -> None:
    f = by_mention("Số vụ giảm 7 so với năm trước; đội bóng thắng 3 trong 4 trận.")
    assert f["7"].unit == ""
    assert f["3"].unit == "" and f["4"].unit == "trận"


def test_a_classifier_of_things_is_split_from_the_noun_it_counts() -> None:
    f = by_mention("Trận lũ quét cuốn trôi 48 ngôi nhà và 6 chiếc cầu treo.")
    assert [(f[m].unit, f[m].object, f[m].category) for m in ("48", "6")] == [
        ("ngôi", "nhà", "other"),
        ("chiếc", "cầu treo", "other"),
    ]


def test_a_list_of_content_words_after_the_number_is_one_unit() -> None:
    f = by_mention("Trang Fanpage của huyện đã đăng hơn 700 tin, bài, ảnh về mùa lúa mới.")
    assert (f["700"].unit, f["700"].category, f["700"].qualifier) == ("tin, bài, ảnh", "content", "more_than")


def test_nouns_of_one_kind_listed_after_the_number_are_one_unit_also_of_several_words() -> None:
    f = by_mention("Hội thi có 28 tỉnh, thành phố trực thuộc Trung ương dự thi.")
    assert (f["28"].unit, f["28"].category) == ("tỉnh, thành phố", "organization")
    assert (f["28"].object, f["28"].actor) == ("tỉnh, thành phố trực thuộc Trung ương", "Hội thi")
    f = by_mention("Huyện lập 40 trang, nhóm Zalo để tuyên truyền.")  # a network's name: a noun of its own
    assert (f["40"].unit, f["40"].category) == ("trang", "social_account")


def test_a_stop_word_that_ends_a_word_of_the_list_does_not_end_the_object_nor_open_an_owner() -> None:
    f = by_mention("Cả nước có 30 trường trực thuộc Bộ Công an.")
    assert (f["30"].object, f["30"].actor) == ("trường trực thuộc Bộ Công an", "Cả nước")


def test_a_conjunction_after_the_number_is_no_unit() -> None:
    f = by_mention("Chủ xe nộp phạt 8 triệu vì chạy quá tốc độ, 40 hộ nghỉ do thiếu vốn.")
    assert (f["8 triệu"].unit, f["40"].unit) == ("", "hộ")


def test_a_rate_over_a_stretch_of_time_is_part_of_the_unit() -> None:
    f = by_mention("Mưa to 70 mm/24 giờ, vùng núi 150 mm/12h.")
    assert (f["70"].unit, f["150"].unit) == ("mm/24 giờ", "mm/12h")


def test_a_count_over_a_count_of_other_things_is_no_rate() -> None:
    f = by_mention("Đợt này đoàn đến 16 bệnh viện/5 xã miền núi.")
    assert (f["16"].unit, f["5"].unit) == ("bệnh viện", "xã")


def test_a_capitalised_word_after_the_currency_belongs_to_the_currency_only_after_a_dollar() -> None:
    f = by_mention("Quận thu vượt 1.250 tỷ đồng Thành phố giao; doanh nghiệp nhận 2,5 triệu đôla Úc.")
    assert (f["1.250 tỷ"].unit, f["1.250 tỷ"].category) == ("đồng", "money")
    assert f["2,5 triệu"].unit == "đôla Úc"


def test_without_the_word_list_a_known_noun_is_still_the_unit(monkeypatch: pytest.MonkeyPatch) -> None:
    import statx.understand.unit

    monkeypatch.setattr(statx.understand.unit, "words", frozenset)
    f = by_mention("Phường giữ 9 bao tải hàng và khen thưởng 15 đảng viên.")
    assert (f["9"].unit, f["9"].object) == ("", "bao tải hàng")
    assert (f["15"].unit, f["15"].category) == ("đảng viên", "people")


def test_tonnes_are_a_measure_and_at_most_and_below_are_read_as_such() -> None:
    f = by_mention("Mỗi xe chở không quá 12 tấn hàng; giá vé dưới 40.000 đồng; nhóm có tối đa 30 người.")
    assert (f["12"].unit, f["12"].category, f["12"].qualifier) == ("tấn", "measure", "at_most")
    assert (f["40.000"].unit, f["40.000"].category, f["40.000"].qualifier) == ("đồng", "money", "less_than")
    assert f["30"].qualifier == "at_most"


def test_a_word_that_overlaps_the_next_one_gives_way_to_it() -> None:
    f = by_mention("Khu nghỉ dưỡng có 340 phòng khách sạn và 2 phòng khách.")
    assert (f["340"].unit, f["2"].unit) == ("phòng", "phòng khách")


def test_measures_spelled_with_a_hyphen_or_in_words() -> None:
    f = by_mention("Xã trồng mới 350 héc-ta rừng và xây 12 mét vuông nhà chờ; gói thầu 2 triệu USD đã giao.")
    assert [(f[m].unit, f[m].category) for m in ("350", "12")] == [("héc-ta", "measure"), ("mét vuông", "measure")]
    assert (f["2 triệu"].unit, f["2 triệu"].category) == ("USD", "money")


@pytest.mark.parametrize(
    ("sentence", "mention", "unit", "category"),
    [
        ("Nhà máy mới có công suất 45 GW, mỗi năm phát 300 GWh.", "45", "GW", "measure"),
        ("Nhà máy mới có công suất 45 GW, mỗi năm phát 300 GWh.", "300", "GWh", "measure"),
        ("Mẫu nước chứa 6 mg chì.", "6", "mg", "measure"),
        ("Khoản vay 40 triệu bạt được ký tuần trước.", "40 triệu", "bạt", "money"),
        ("Quỹ nhận thêm 2 tỷ nhân dân tệ.", "2 tỷ", "nhân dân tệ", "money"),
    ],
)
def test_units_of_every_measure_and_currency(sentence: str, mention: str, unit: str, category: str) -> None:
    f = by_mention(sentence)[mention]
    assert (f.unit, f.category) == (unit, category)


def test_a_word_spelled_with_i_or_y_is_one_unit_either_way() -> None:
    # Viet74K spells "kì thi"; the news often writes "kỳ thi"
    assert by_mention("Trường tổ chức 3 kỳ thi thử.")["3"].unit == "kỳ thi"
    assert by_mention("Trường tổ chức 3 kì thi thử.")["3"].unit == "kì thi"


def test_a_network_classifier_that_starts_a_longer_word_is_that_word() -> None:
    f = by_mention("Xã có 140 trang trại, 6 kênh mương và 9 trang Fanpage.")
    assert (f["140"].unit, f["140"].category) == ("trang trại", "other")
    assert (f["6"].unit, f["6"].category) == ("kênh mương", "other")
    assert (f["9"].unit, f["9"].category) == ("trang", "social_account")


def test_an_abbreviation_in_capitals_after_the_number_is_its_unit() -> None:
    f = by_mention("Phường đã cấp 1.215 GPXD cho nhà ở riêng lẻ và 37 GCN quyền sử dụng đất.")
    assert f["1.215"].unit == "GPXD" and f["37"].unit == "GCN"
    # a capitalised name is no unit
    assert by_mention("Có 12 đội tham dự giải, 4 Hà Nam.")["4"].unit == ""


def test_a_counted_noun_of_viet74k_that_starts_like_a_stop_word_is_the_unit() -> None:
    f = by_mention("Cơ quan điều tra khởi tố 7 vụ án với 19 bị can.")
    assert (f["19"].unit, f["19"].category) == ("bị can", "people")


def test_the_unit_ends_where_the_people_counted_start_doing_something() -> None:
    f = by_mention("Buổi tập huấn thu hút 640 người tham gia; trang có 900 người theo dõi.")
    assert f["640"].unit == f["900"].unit == "người"
    assert f["640"].object == "người tham gia"


def test_a_classifier_of_guns_measures_them_but_starts_no_longer_word() -> None:
    f = by_mention("Thu giữ 3 khẩu súng tự chế và 2.000 khẩu trang giả.")
    assert (f["3"].unit, f["3"].category) == ("khẩu", "other")
    assert f["2.000"].unit == "khẩu trang"


def test_outbreaks_lives_and_seats_are_what_their_nouns_say() -> None:
    f = by_mention("Trong tuần, huyện ghi nhận 6 ổ dịch; lũ cuốn làm mất tích 2 nhân mạng; tỉnh sửa 45 trụ sở xã.")
    assert (f["6"].unit, f["6"].category) == ("ổ dịch", "event")
    assert f["2"].category == "people"
    assert f["45"].category == "organization"


def test_a_currency_that_starts_a_longer_word_is_no_currency() -> None:
    f = by_mention("Dự án đi qua 4 đô thị, lắp 12 đồng hồ nước; vé vào cửa 5.000 đồng.")
    assert (f["4"].unit, f["4"].category) == ("đô thị", "organization")
    assert (f["12"].unit, f["12"].category) == ("đồng hồ", "other")
    assert (f["5.000"].unit, f["5.000"].category) == ("đồng", "money")


def test_a_word_whose_syllables_a_hyphen_joins_is_one_unit() -> None:
    f = by_mention("Lốc làm hư 12 ki-ốt ở chợ.")
    assert (f["12"].unit, f["12"].object) == ("ki-ốt", "ki-ốt")


def test_the_word_after_a_slash_runs_to_its_whole_word_of_viet74k() -> None:
    f = by_mention("Dịch lan ra 21 tỉnh/thành phố; vé 9.000 đồng/lượt.")
    assert f["21"].unit == "tỉnh/thành phố"
    assert f["9.000"].unit == "đồng/lượt"


def test_a_bare_part_takes_the_object_of_the_total_it_is_linked_to_and_keeps_its_own() -> None:
    f = facts("Xã Lam Sơn có 50 hội viên và 80 đoàn viên. Trong số 80 đoàn viên, khiển trách 5, cảnh cáo 3.")
    by_start = {x.start: x for x in f}
    five = next(x for x in f if x.mention == "5")
    assert five.object == by_start[five.part_of].object == "đoàn viên"
    g = by_mention("Huyện Hòa Bắc kỷ luật 20 đảng viên, gồm khiển trách 12 đảng viên, cảnh cáo 8 người.")
    assert g["8"].object == "người"
    assert "object:of its total" not in g["8"].rules


def test_a_verb_of_the_lists_at_the_end_of_a_word_does_not_end_the_object() -> None:
    # "cứu" ends "cấp cứu", one word of the Viet74K list: the object keeps it
    assert by_mention("Trạm đón 75 ca cấp cứu trong tuần.")["75"].object == "ca cấp cứu"


def test_a_price_per_square_or_cubic_metre_keeps_its_power() -> None:
    f = by_mention("Căn hộ mới chào bán 42 triệu đồng/m2; bê tông tươi có giá 1,5 triệu đồng/m3.")
    assert (f["42 triệu"].unit, f["1,5 triệu"].unit) == ("đồng/m2", "đồng/m3")
    assert (f["42 triệu"].value, f["1,5 triệu"].value) == (42_000_000, 1_500_000)
    assert "2" not in f and "3" not in f  # the powers are no counts
