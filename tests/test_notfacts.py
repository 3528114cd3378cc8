"""statx.understand.notfacts: numbers that are no fact (dates, codes, names, ordinals), and the ones that are."""

from __future__ import annotations

import csv

import pytest

from tests.conftest import PEER, by_mention, facts, need


def test_tren_after_another_count_is_on_not_over() -> None:
    f = by_mention("Hãng khai thác 103 tàu bay trên 137 đường bay, gồm 56 đường bay quốc tế và 81 đường bay nội địa.")
    assert f["137"].qualifier == "exact" and f["137"].check == "ok"
    assert by_mention("Fanpage có trên 800 người theo dõi.")["800"].qualifier == "more_than"


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện Nghị quyết số 12-NQ/TU ngày 08-3-2018 của Tỉnh ủy.",
        "Ban Chỉ đạo 12 Thành ủy họp lúc 17h30 ngày 14/11/2023.",
        "BCĐ 12 Thành ủy nhiệm kỳ 2025 - 2030 và tầm nhìn đến năm 2045.",
        "Do ảnh hưởng của đại dịch Covid-19, đô thị loại I, khóa XIII, lần thứ 2.",
        "Qua 5 năm thực hiện, em bé 16 tuổi học lớp 9.",
        "Hàng trăm người dân, một số cán bộ và “Hai chân”, “Ba mũi”.",
        "Liên hệ số điện thoại 0912 345 678 để phản ánh.",
        "Công ty Lilama 3 (Hà Nội) và Hội nghị Trung ương 4.",
    ],
)
def test_not_facts(text: str) -> None:
    assert facts(text) == []


def test_adding_a_non_fact_does_not_change_the_facts() -> None:
    base = facts("Huyện có 18 trang Fanpage với hơn 9.400 lượt người theo dõi.")
    more = facts("Ngày 14/11/2023, huyện có 18 trang Fanpage với hơn 9.400 lượt người theo dõi.")
    assert [(f.value, f.category, f.qualifier) for f in base] == [(f.value, f.category, f.qualifier) for f in more]


def test_spelled_counts_are_facts_when_they_count() -> None:
    f = by_mention("Sáu em nhỏ tắm sông, trong đó ba em bị đuối nước.")
    assert f["Sáu"].value == 6 and f["ba"].value == 3
    assert f["ba"].part_of == f["Sáu"].start
    assert f["ba"].label == "đuối nước"  # a leading "bị" is no part of a label


def test_mot_is_a_fact_only_in_a_list_of_counts() -> None:
    assert [f.value for f in facts("UBKT giám sát một tổ chức đảng, 9 đảng viên.")] == [1, 9]
    assert facts("Người bệnh phải trả cho một lần khám.") == []


def _time_rows() -> list[str]:
    path = PEER / "not-facts-duckling-time.tsv"
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as fh:
        return [r[0] for r in csv.reader(fh, delimiter="\t") if r]


@pytest.mark.parametrize("text", _time_rows() or ["(no peer data)"])
def test_time_expressions_are_not_facts(text: str) -> None:
    need(PEER / "not-facts-duckling-time.tsv")
    assert facts(text) == []


def test_prize_ranks_and_capitalized_names_are_not_counts() -> None:
    f = by_mention("Ban Tổ chức đã trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 10 giải Khuyến khích.")
    assert sorted(f) == ["1", "10", "2", "3"]
    assert {x.actor for x in f.values()} == {"Ban Tổ chức"}


def test_sports_scores_minutes_and_ranks_are_not_facts() -> None:
    text = "U23 Việt Nam thắng 3-1 ở phút 90+2, xếp thứ 2 bảng B. Khoảng 25.000 khán giả có mặt. Đội thua 2-0 ở trận cuối."
    assert [(f.mention, f.category) for f in facts(text)] == [("25.000", "people")]


def test_roads_packages_and_units_named_by_numbers() -> None:
    text = "Dự án Vành đai 3 dài 76 km, gói thầu 5 trị giá 1.200 tỷ đồng. Sư đoàn 9 có 300 chiến sĩ tham gia."
    assert [f.mention for f in facts(text)] == ["76", "1.200 tỷ", "300"]


def test_steering_committee_35_is_a_name_even_before_a_unit_word() -> None:
    text = "Lực lượng 35 các cấp đăng tải 12.450 tin, bài. BCĐ 35 tỉnh đã tổ chức 14 hội nghị chuyên đề."
    assert [f.mention for f in facts(text)] == ["12.450", "14"]
    # a verb that is also a document word still lets its count through
    assert [f.mention for f in facts("Bộ đã khóa 3,7 triệu sim, thuê bao.")] == ["3,7 triệu"]


def test_one_unit_after_tren_is_a_rate_not_a_fact() -> None:
    f = by_mention("Giá trị sản xuất trên 1 ha đất trồng trọt đạt 185 triệu đồng.")
    assert list(f) == ["185 triệu"]
    assert by_mention("Video đạt trên 1 triệu lượt xem.")["1 triệu"].qualifier == "more_than"


def test_nouns_known_only_for_their_category_do_not_make_a_name_a_count() -> None:
    # "thôn", "khu", "tờ" name a category once a count is found, but "Tổ 3" before them is still an address
    assert [f.mention for f in facts("Ông Khải ở Tổ 3 thôn Bình Minh; bà Lụa ngụ Xóm 5 làng Hạ; xã có 3 thôn.")] == ["3"]


def test_more_than_after_and_is_more_than() -> None:
    f = by_mention("So với năm trước, giảm hơn 70 người chết và tăng trên 250 người bị thương.")
    assert f["250"].qualifier == "more_than"
    assert f["70"].qualifier == "more_than"


def test_a_count_after_a_word_that_ends_like_a_name_word_is_a_fact() -> None:
    # "luật" of "kỷ luật" and "số" of "trong số" open no name: "Luật 12", "số 5" would
    f = by_mention("Ban Thường vụ thi hành kỷ luật 4, cấp cơ sở thi hành kỷ luật 9; trong số 17 ngôn ngữ có 3.")
    assert "4" in f and "9" in f and "17" in f


def test_a_bracket_list_far_after_its_count_holds_counts() -> None:
    f = by_mention("Gió lốc làm 40 ngôi nhà bay mái, nứt tường (Bắc Lâm 31, Nam Lâm 6 và Đông Lâm 3).")
    assert all(m in f for m in ("31", "6", "3"))


def test_a_place_named_with_its_kind_and_a_bare_count_is_an_item_not_a_name() -> None:
    # "tỉnh X 41" is no numbered name like "Quận 3": a province of the gazetteer opens a list item
    f = by_mention("Cả vùng có 53 ca, trong đó tỉnh Quảng Bình 41, tỉnh Quảng Trị 12.")
    assert f["41"].label == "tỉnh Quảng Bình" and f["12"].label == "tỉnh Quảng Trị"
    assert f["41"].part_of == f["12"].part_of == f["53"].start and f["53"].check == "ok"
    g = by_mention("Các địa phương nhiều ca nhất: huyện Mường Tè 41, huyện Sìn Hồ 12.")
    assert g["41"].label == "huyện Mường Tè" and g["12"].label == "huyện Sìn Hồ"


def test_a_slash_pair_that_is_no_day_and_month_is_x_of_y() -> None:
    f = by_mention("Đến nay, 38/52 xã đã có điểm tập kết và 27/27 trường đã khai giảng.")
    assert f["38"].value == 38 and f["52"].value == 52
    assert f["38"].part_of == f["52"].start and f["38"].category == f["52"].category == "organization"
    assert f["27"].category == "organization"
    # a pair that can be a day and month is a part of a whole only before a noun of units
    assert [x.value for x in facts("Đến nay 7/9 huyện đã xong.")] == [7, 9]
    assert facts("Hội nghị diễn ra ngày 7/9 tại huyện.") == []
    assert facts("Hôm 7/9 người dân đã về nhà.") == []


def test_a_slash_pair_where_things_are_is_no_part_of_all() -> None:
    f = by_mention("Có 88 ca mắc mới ở 40 xã thuộc 11/16 huyện.")
    assert f["11"].part_of is None and f["16"].part_of is None


def test_a_place_and_its_count_in_a_list_is_no_name_with_digits() -> None:
    f = by_mention("Lũ quét làm nhiều người chết ở các tỉnh (Yên Bái 12, Lào Cai 7, Hà Giang 3 người).")
    assert [f[k].value for k in ("12", "7", "3")] == [12, 7, 3]
    assert facts("Công ty Lilama 3 (Hà Nội) trúng thầu.") == []


def test_a_price_named_by_a_capitalised_word_is_a_fact_not_a_name() -> None:
    f = by_mention("Giá bán lẻ: Chè 415 USD/tấn, tiêu 570 USD/tấn.")
    assert (f["415"].category, f["415"].unit) == ("money", "USD/tấn")
    assert facts("Đội bóng Sông Lam 2 thắng trận.") == []


def test_a_number_that_closes_a_quoted_name_is_part_of_the_name() -> None:
    f = by_mention("Có 900 hộ dùng ứng dụng “Cứu hộ 112” và 40 hộ theo dõi trang “Cấp nước 24/7”.")
    assert sorted(f) == ["40", "900"]
    assert [x.value for x in facts("Xã có “15 thôn” đạt chuẩn nông thôn mới.")] == [15]


def test_a_quoted_clause_that_ends_in_a_count_is_no_name() -> None:
    assert [x.value for x in facts("Trưởng thôn nói: “Tổng cộng là 17”, rồi ra về.")] == [17]
    assert [x.value for x in facts("Bà kể: “Năm ngoái làng có 26”.")] == [26]
    assert facts("Cả thôn đều biết số “Đường dây nóng 1022”.") == []


def test_the_number_of_a_heading_or_an_item_is_no_fact() -> None:
    text = "Các việc đã làm\n\n1. Phong trào “Xanh sạch”\n\nHuyện trồng 600 cây.\n\n2) Ngày hội: có 8 thôn dự thi."
    assert [x.value for x in facts(text)] == [600, 8]


def test_a_word_capitalised_only_after_a_dash_is_no_name_before_a_number() -> None:
    assert [x.value for x in facts("BNA - Trong 12 dự án đã duyệt, có 4 dự án chậm tiến độ.")] == [12, 4]
    assert facts("Hà Nội - Lilama 3 trúng thầu gói lớn.") == []
    assert [x.value for x in facts("Kết luận: Tổ 4 đã kiểm tra 9 hộ.")] == [9]  # a verb after it: a name's number


def test_an_amount_with_a_scale_word_after_a_name_is_a_fact() -> None:
    f = by_mention("Vốn 900 tỷ, trong đó tỉnh A 600 tỷ, tỉnh B 300 tỷ.")
    assert f["600 tỷ"].part_of == f["900 tỷ"].start
    assert f["300 tỷ"].label == "tỉnh B"


def test_a_grouped_number_after_a_word_of_ranks_is_a_count() -> None:
    assert [x.value for x in facts("Bệnh viện đã cấp 12.400 thẻ khám bệnh.")] == [12400]
    assert facts("Học sinh lớp 12 và cấp 3 nghỉ học.") == []


def test_a_count_after_the_verb_ky_luat_is_no_ordinal() -> None:
    f = by_mention("Năm qua, cảnh cáo 2, kỷ luật 1, khiển trách 4 đảng viên.")
    assert f["1"].value == 1


def test_mot_luong_is_an_amount_not_one() -> None:
    assert facts("Đội thu giữ một lượng lớn pháo, 7 khẩu súng.")[0].value == 7
    assert len(facts("Đội thu giữ một lượng lớn pháo, 7 khẩu súng.")) == 1


def test_ngoai_at_the_head_of_a_clause_is_besides_not_more_than() -> None:
    f = by_mention("Ngoài ba trường hợp bị khiển trách, còn 4 trường hợp bị cảnh cáo.")
    assert f["ba"].qualifier == "exact"
    f = by_mention("Có 9 hộ; ngoài 2 hộ đã di dời, 7 hộ còn ở lại.")
    assert f["2"].qualifier == "exact"
    assert by_mention("Mỗi tài khoản có ngoài 500 người theo dõi.")["500"].qualifier == "more_than"


def test_a_slash_pair_after_a_word_of_time_is_no_x_of_y() -> None:
    # "từ 3/4 xã …" starts on a day; "38/52 xã" after no word of time is a part of a whole
    assert [x.value for x in facts("Từ 3/4 xã đã lập 7 nhóm Zalo.")] == [7]
    assert all(x.part_of is None for x in facts("Tính đến 6/11 xã đã thu 90 triệu đồng."))
    assert by_mention("Có 38/52 xã đã có điểm tập kết.")["38"].part_of is not None


def test_places_and_their_counts_after_a_word_that_opens_a_list() -> None:
    f = by_mention("Huyện có 9 thôn đạt chuẩn, gồm Tân Lạc 4, Mỹ Đức 3 và Bình An 2.")
    assert [f[k].value for k in ("4", "3", "2")] == [4, 3, 2]
    assert facts("Đội Sông Đà 5 và Sông Đà 7 cùng thi công.") == []  # names, no places


def test_one_opening_each_of_several_items_is_a_count_of_one() -> None:
    f = facts(
        "Lốc xoáy làm ba người bị thương. Trong đó, một người bị thương ở thôn Đông, một người bị thương ở thôn Tây, và một người bị thương ở bến đò."
    )
    assert [x.value for x in f] == [3, 1, 1, 1]
    assert all(x.part_of == f[0].start for x in f[1:]) and f[0].check == "ok"
    # a single "một người" is still "a person"
    assert facts("Một người dân ở thôn Đông kể lại sự việc.") == []
    assert facts("Trong đó, một số xã có mưa lớn, một số xã có gió mạnh.") == []  # "một số": some


def test_places_with_a_noun_after_each_count_are_list_items_not_names() -> None:
    f = by_mention("Bão làm chìm 5 ghe (Quảng Ngãi 3 ghe, Thừa Thiên-Huế 2 ghe).")
    assert (f["3"].value, f["3"].unit) == (3, "ghe")
    assert (f["2"].value, f["2"].unit) == (2, "ghe")


def test_a_weight_in_grams_glued_to_a_decimal_is_no_clock_time() -> None:
    f = by_mention("Tổ tuần tra thu giữ 12,45g heroin, về trạm lúc 21g.")
    assert (f["12,45"].category, f["12,45"].unit) == ("measure", "g")
    assert "21" not in f


def test_a_day_and_month_written_with_a_point_after_a_word_of_the_day_is_a_date() -> None:
    f = by_mention("Chiều nay 14.6, một trận mưa đá làm hư 40 ngôi nhà.")
    assert list(f) == ["40"]
    assert by_mention("Giá bán là 10.5 triệu.")["10.5 triệu"].value == 10_500_000


def test_one_written_in_digits_before_so_is_some_not_one() -> None:
    f = by_mention("Phần lớn các xã đã xong, trong đó 1 số thôn còn chậm; huyện có 1 xã đạt chuẩn.")
    assert list(f) == ["1"] and f["1"].unit == "xã"


def test_a_wave_or_round_numbered_after_its_word_and_a_version_are_no_counts() -> None:
    f = by_mention("Ở làn sóng 3, nhờ chuyển đổi số 4.0, tỉnh chỉ có 120 ca; đợt 2 dài hơn, qua 4 đợt khám.")
    assert sorted(f) == ["120", "4"]


@pytest.mark.parametrize(
    "text",
    [
        "Đoạn đường bị sụt lún tại Km17+350 và Km21+40 trên tỉnh lộ.",
        "Xe cứu hộ đã vào các tỉnh lộ 8B, 15, 217 và 9 bị ngập.",
        "Bà B trú tại số 12/408 Trần Phú.",
        "Dịp nghỉ lễ 30.4 đến 1.5, đường phố đông vui.",
        "Xã đã tiêm mũi 3 và mũi 4 cho người dân.",
    ],
)
def test_road_points_road_and_house_numbers_dotted_dates_and_dose_numbers_are_not_facts(text: str) -> None:
    assert facts(text) == []


def test_a_bare_number_after_a_name_counts_when_a_noun_follows_it() -> None:
    f = by_mention("Trên tỉnh lộ 15, 12 hộ dân bị ngập.")
    assert list(f) == ["12"] and f["12"].unit == "hộ"


def test_the_first_day_of_a_span_of_days_is_no_count() -> None:
    assert [f.value for f in facts("Trong ba ngày (8 – 10/3), xã đón 900 lượt khách.")] == [900]
    assert [f.value for f in facts("Từ 2-4/12, chợ bán 15 tấn hoa.")] == [15]


def test_a_day_after_tu_and_before_den_and_a_date_opens_a_span_of_days() -> None:
    assert [f.value for f in facts("Hội chợ mở cửa từ 12 đến 16-3 với 80 gian hàng.")] == [80]
    assert [f.value for f in facts("Từ 28 Tết tới mồng 4 Tết, trạm y tế khám cho 75 người.")] == [75]
    assert [f.value for f in facts("Đợt nghỉ kéo dài 5 ngày (tức 29 Tết đến 3 Tết), có 18 vụ cháy.")] == [18]
    # a span of counts is no date: the span's far end is no day and month
    assert [(f.value, f.value_max) for f in facts("Mỗi đội có từ 6 đến 9 người.")] == [(6, 9)]
    assert [f.value for f in facts("Giá tăng từ 12 đến 16 nghìn đồng.")] == [12_000]


def test_an_amount_with_a_scale_word_after_a_month_count_is_money_not_a_date() -> None:
    f = by_mention("Huyện chi 6 tháng 1.250 tỷ đồng, trong đó chi cho giáo dục 700 tỷ đồng, chi cho y tế 550 tỷ đồng.")
    assert f["1.250 tỷ"].category == "money"
    assert [f[m].part_of for m in ("700 tỷ", "550 tỷ")] == [f["1.250 tỷ"].start] * 2
    assert "6" not in f  # the months are a duration


def test_mot_ending_a_list_of_counts_in_words_is_one() -> None:
    f = by_mention("Tổ có tám thành viên. Thành phần gồm bốn thành viên nữ, ba thành viên trẻ, một thành viên mới.")
    assert [f[m].value for m in ("bốn", "ba", "một")] == [4, 3, 1]


def test_a_decimal_with_a_point_after_tu_or_den_is_a_number_unless_a_span_of_days() -> None:
    assert [f.value for f in facts("Điểm bình quân tăng từ 6.5 lên 7.2 điểm.")] == [6.5, 7.2]
    assert facts("Lễ hội diễn ra từ 29.4 đến 2.5, thu hút khách.") == []


def test_one_person_and_another_one_are_no_counts() -> None:
    assert facts("Theo bà con trong xóm, một người kể nước lên rất nhanh, một người khác nói chưa từng thấy.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Nước dâng làm ngập quốc lộ 7, 3B, 6K; đường tỉnh 417, 903D, 418 suốt buổi.",
        "Xe khách trượt bánh trên đường tỉnh 903B, 904B và tuyến ven sông.",
        "Đoàn xe men theo tỉnh lộ 6 rồi vào đường huyện 14 để tới bản.",
        "Bà con đứng đợi bên ĐT 903 và QL 7A từ tinh mơ.",
        "Căn nhà nằm trên đường số 9 gần trạm xá.",
        "Xe tải hỏng trên cao tốc phía nam ở km 14.",
    ],
)
def test_road_codes_and_every_code_of_a_list_after_a_road_kind_are_names(text: str) -> None:
    assert facts(text) == []


def test_a_count_after_a_road_code_or_before_a_road_kind_stays_a_fact() -> None:
    f = by_mention("Quốc lộ 7 có 14 điểm sụt lún cần gia cố.")
    assert list(f) == ["14"] and f["14"].unit == "điểm"
    assert list(by_mention("Huyện có 4 tuyến quốc lộ chạy qua.")) == ["4"]


@pytest.mark.parametrize(
    "text",
    [
        "Cách đây 2 hôm, ông Tám mua 7 con bò.",
        "Cách đây 3 ngày, bà Năm bán 9 con dê.",
        "2 hôm sau, anh Út nhận 40 bao gạo.",
    ],
)
def test_a_count_of_days_before_now_is_time_not_a_fact(text: str) -> None:
    found = facts(text)
    assert len(found) == 1 and found[0].unit not in ("hôm", "ngày")


def test_a_place_of_the_gazetteer_then_a_count_is_no_name_with_digits() -> None:
    f = by_mention("Quảng Nam 3 tàu, Đà Nẵng 5 tàu neo đậu an toàn.")
    assert list(f) == ["3", "5"] and f["5"].unit == "tàu"


def test_mot_after_a_place_and_co_in_a_bracket_list_is_one() -> None:
    f = by_mention("Gió lốc làm 19 căn chòi bị sập (Bắc Lâm có 18 và Nam Lâm có một căn chòi).")
    assert f["một"].value == 1 and f["một"].part_of == f["19"].start
    assert "một" not in by_mention("Nam Lâm có một căn chòi bị sập.")


@pytest.mark.parametrize(
    "text",
    [
        "Bệnh nhân mắc Covid - 19 ở bản Mây đã khỏi.",
        "Dịch COVID – 19 lan rộng khắp xã Gió.",
        "Cúm H5N1 và virus SARS-CoV-2 xuất hiện ở xã Gió.",
    ],
)
def test_a_disease_name_with_a_spaced_dash_and_digits_is_a_name(text: str) -> None:
    assert facts(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ông Sáo sống ở căn hộ 7.05 của chung cư Mây Hồng.",
        "Bà Lụa nghỉ ở phòng 215 khách sạn Đồi Sương.",
        "Khu đất lô B12 và số nhà 45 đường Cỏ May được giao.",
        "Đám cháy bùng lên ở tầng 12 tòa nhà Gió Xanh, block 3 khu Cỏ May.",
    ],
)
def test_apartment_room_lot_house_and_floor_numbers_are_addresses(text: str) -> None:
    assert facts(text) == []


def test_a_count_before_an_address_noun_stays() -> None:
    f = by_mention("Tòa nhà Gió Xanh có 12 tầng, 3 căn hộ và 120 phòng.")
    assert {"12", "3", "120"} <= set(f)


def test_the_number_after_an_event_name_is_its_edition_before_a_verb_and_a_time_or_place() -> None:
    assert facts("Đại hội Mây 8 tổ chức năm 2001 tại làng Sương.") == []
    assert facts("Hội thi Cánh Diều 7 diễn ra tại làng Sương.") == []
    assert facts("Lễ hội Trăng Vàng 4 tổ chức ở bản Mây.") == []


def test_the_one_of_n_is_no_fact_but_n_is() -> None:
    f = by_mention("Cầu Gió là 1 trong 45 cây cầu được chọn.")
    assert "1" not in f and f["45"].value == 45
    f = by_mention("Cầu Gió là 1 trong số 12 công trình được chọn.")
    assert "1" not in f and f["12"].value == 12


def test_a_count_after_trong_ngay_is_no_date() -> None:
    f = by_mention("Trong ngày 2.417 trường hợp ở tỉnh Mây được chữa khỏi.")
    assert f["2.417"].value == 2417
    f = by_mention("Trong tuần 25 ca bệnh mới ghi nhận ở bản Sương.")
    assert f["25"].value == 25
    assert facts("Trong ngày 12/3 bản Sương vui.") == []


def test_mot_as_a_before_each_thing_seized_is_no_fact() -> None:
    assert facts("Tổ tuần tra tịch thu một con dao và một xe đạp của kẻ trộm Mây.") == []
    assert facts("Tổ tuần tra tịch thu một cái ví, một con dao và một xe đạp.") == []


def test_mot_counts_in_a_list_of_places_with_counts() -> None:
    f = by_mention("Bão làm sập 9 ngôi nhà: Bắc Lâm có 5 ngôi nhà, Nam Lâm có 3 ngôi nhà, Đông Lâm có một ngôi nhà.")
    assert f["một"].value == 1


def test_round_the_clock_is_no_count() -> None:
    # "24/24 giờ", "24/24h", "24/7": every hour, every day
    assert facts("Trạm y tế trực 24/24 giờ, đường dây nóng hoạt động 24/7 và tổng đài trực 24/24h.") == []
    # "24/24 xã" is 24 of 24 communes
    assert [f.value for f in facts("Đã có 24/24 xã đạt chuẩn nông thôn mới.")] == [24, 24]


def test_a_span_of_days_up_to_a_dotted_day_and_month_is_a_date() -> None:
    assert facts("Trong 5 đêm từ 3 - 7.9, bản Sương mưa to.") == []
    assert [f.mention for f in facts("Từ 2 đến 6.10 bản Mây đón khách.")] == []
    f = by_mention("Sóng cao 2 - 3.5 m ở vịnh Mây.")
    assert f["2 - 3.5"].value == 2


def test_a_span_of_days_with_a_dotted_month_is_a_date() -> None:
    fs = facts("Trong 3 ngày từ 2 - 5.9, mưa lớn làm 7 người bị thương.")
    assert [f.mention for f in fs] == ["7"]


def test_mot_after_a_word_for_each_counts_one() -> None:
    f = by_mention("Lốc xoáy làm 6 người bị thương ở Bắc Lâm, Nam Lâm (mỗi xã một người) và Tây Lâm.")
    assert f["một"].value == 1
    assert f["một"].category == "people"


def test_an_address_word_inside_a_place_name_counts() -> None:
    f = by_mention("Tỉnh Long Phòng 40 học sinh đoạt giải, Vĩnh Phòng 25 học sinh.")
    assert (f["40"].value, f["25"].value) == (40, 25)
    assert [x.mention for x in facts("Đoàn nghỉ tại phòng 215 khách sạn Bình Minh.")] == []


def test_digits_between_a_body_and_its_place_are_its_name() -> None:
    from statx.lexicon.places import place_names

    if not place_names():
        pytest.skip("underthesea's address gazetteer is not installed: place names are unknown")
    assert [f.value for f in facts("Trạm cấp cứu 114 Cần Thơ nhận 60 cuộc gọi.")] == [60]
    assert [f.value for f in facts("Bệnh viện Dã chiến 3 TP. Hồ Chí Minh điều trị 45 ca.")] == [45]
    # digits with a unit before a place count: "12 HCV" is no name
    assert [f.value for f in facts("Đoàn chủ nhà giành 12 HCV, Cần Thơ 10 HCV.")] == [12, 10]


def test_the_points_of_an_argument_counted_in_turn_are_no_counts() -> None:
    text = "Có hai nguyên nhân: một là, mưa kéo dài; hai là, đê yếu, nên 40 hộ bị ngập."
    assert [f.value for f in facts(text)] == [2, 40]


def test_counts_listed_by_place_after_a_total_are_no_names() -> None:
    assert [f.value for f in facts("Tuần qua có 90 ca mắc, trong đó 60 Cần Thơ, 30 Hậu Giang.")] == [90, 60, 30]
    assert [f.value for f in facts("Đội tuyển có 25 vận động viên, có 10 Cần Thơ và 15 Hậu Giang.")] == [25, 10, 15]


def test_both_ages_of_a_span_of_ages_and_the_number_after_lan_are_no_facts() -> None:
    f = by_mention("Đợt này tiêm cho trẻ từ 5 đến dưới 12 tuổi: có 41.200 trẻ tiêm mũi nhắc lại lần 2.")
    assert set(f) == {"41.200"}
    # a count of times stands before "lần"
    assert by_mention("Giá xăng điều chỉnh 3 lần trong tháng.")["3"].unit == "lần"


def test_a_number_joined_to_an_ordinal_is_an_ordinal_too() -> None:
    f = by_mention("Đứng thứ 2 và 3 lần lượt là Bắc Lâm và Nam Lâm, với 40 và 35 huy chương.")
    assert "2" not in f and "3" not in f
    assert [f[m].value for m in ("40", "35")] == [40, 35]
