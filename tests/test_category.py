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
        ("Một nhóm cựu học sinh đã ủng hộ 75 triệu cho trường cũ.", "75 triệu", "money"),
        ("Quán ăn bị xử phạt tổng cộng 18 triệu.", "18 triệu", "money"),
        ("Hội hỗ trợ mỗi gia đình 4 triệu để dựng lại bếp.", "4 triệu", "money"),
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
    f = by_mention("Thử thách đã có tổng lượt xem đạt hơn 3 tỷ, hơn 41 triệu lượt thích.")
    assert f["3 tỷ"].category == "audience" and f["3 tỷ"].object != "thích"


def test_audience_money_percent_measure() -> None:
    f = by_mention("Trang có hơn 12.500 lượt người theo dõi, chi 1,2 tỷ đồng, đạt 98%, trồng 53 ha rừng.")
    assert (f["12.500"].category, f["12.500"].unit, f["12.500"].qualifier) == ("audience", "lượt", "more_than")
    assert (f["1,2 tỷ"].value, f["1,2 tỷ"].unit, f["1,2 tỷ"].category) == (1_200_000_000, "đồng", "money")
    assert (f["98%"].value, f["98%"].category, f["98%"].unit) == (98, "percent", "%")
    assert (f["53"].category, f["53"].unit) == ("measure", "ha")


def test_inspection_counts_are_not_discipline() -> None:
    f = by_mention("Cấp ủy kiểm tra 612 tổ chức đảng, 1.348 đảng viên; kỷ luật 13 đảng viên.")
    assert f["612"].category == "organization"
    assert f["1.348"].category == "people"
    assert f["13"].category == "discipline"


def test_violation_after_the_noun_is_discipline() -> None:
    f = by_mention("Thành phố phát hiện 7 tập thể, 40 cá nhân có dấu hiệu suy thoái.")
    assert f["7"].category == f["40"].category == "discipline"


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
    f = by_mention("Tỷ lệ hộ nghèo giảm 1,5 điểm phần trăm. Thu nhập tăng gấp 2 lần. Đoàn đã 3 lần làm việc với tỉnh.")
    assert (f["1,5"].unit, f["1,5"].category) == ("điểm phần trăm", "percent")
    assert (f["2"].unit, f["2"].category) == ("lần", "other")
    assert (f["3"].unit, f["3"].category) == ("lần", "event")


def test_content_counts_with_a_violation_stay_content() -> None:
    f = by_mention("Trang đăng 320 bản tin, 85 video clip; có 17 đường link vi phạm bị báo cáo.")
    assert [f[m].category for m in ("320", "85", "17")] == ["content", "content", "content"]


@pytest.mark.parametrize("noun", ["lượt đăng ký kênh", "followers", "views"])
def test_subscribers_and_followers_are_audience(noun: str) -> None:
    assert by_mention(f"Kênh của đối tượng có 340.000 {noun}.")["340.000"].category == "audience"


def test_a_respectively_list_counts_the_noun_after_its_last_item() -> None:
    f = by_mention("Các trang Fanpage lần lượt thu hút 320.000, 145.000 và 58.000 người theo dõi.")
    assert [f[m].category for m in ("320.000", "145.000", "58.000")] == ["audience"] * 3
    assert f["320.000"].actor == "Các trang Fanpage"


def test_people_named_by_any_word_for_a_person() -> None:
    f = by_mention(
        "Lực lượng tuần tra gồm 7 quần chúng, 4 dân quân, 2 bảo vệ dân phố và 3 dân phòng; "
        "đoàn tàu có 16 thuyền viên, giải đấu có 40 trọng tài, hội nghị mời 5 phiên dịch viên."
    )
    assert {m: f[m].category for m in ("7", "4", "2", "3", "16", "40", "5")} == dict.fromkeys(
        ("7", "4", "2", "3", "16", "40", "5"), "people"
    )


def test_a_word_ending_like_a_person_is_a_person_unless_the_list_says_otherwise() -> None:
    f = by_mention("Thành phố có 12 nghệ sĩ, 30 xạ thủ, 800 độc giả và 9 công viên.")
    assert [f[m].category for m in ("12", "30", "800", "9")] == ["people", "people", "people", "other"]
    assert "category:person word" in f["30"].rules


def test_clubs_teams_villages_and_countries_are_organisations() -> None:
    f = by_mention("Giải quy tụ 18 CLB và 6 đội đến từ 11 quốc gia; huyện có 52 thôn, làng.")
    assert [(f[m].unit, f[m].category) for m in ("18", "6", "11", "52")] == [
        ("CLB", "organization"),
        ("đội", "organization"),
        ("quốc gia", "organization"),
        ("thôn", "organization"),
    ]


def test_messages_and_complaints_received_are_content() -> None:
    f = by_mention("Tổng đài nhận 4.100 tin nhắn và 37 phản ánh, kiến nghị gửi qua ứng dụng.")
    assert [(f[m].unit, f[m].category) for m in ("4.100", "37")] == [("tin nhắn", "content"), ("phản ánh, kiến nghị", "content")]


def test_the_verb_after_the_count_makes_people_or_accounts_an_audience() -> None:
    f = by_mention("Chuyên trang có 9.300 người tiếp cận và hơn 2.100 tài khoản đăng ký theo dõi.")
    assert [f[m].category for m in ("9.300", "2.100")] == ["audience", "audience"]
    assert "category:reached" in f["9.300"].rules


def test_people_who_follow_or_reach_something_off_line_stay_people() -> None:
    f = by_mention("Xã cử 12 cán bộ theo dõi địa bàn; 300 hộ tiếp cận nước sạch.")
    assert (f["12"].category, f["300"].category) == ("people", "people")


def test_people_reached_by_a_verb_before_them_are_an_audience() -> None:
    f = by_mention("Mỗi bài đăng của trang tiếp cận đến 2,4 triệu người; chương trình có 300.000 lượt người dân xem.")
    assert [f[m].category for m in ("2,4 triệu", "300.000")] == ["audience", "audience"]


def test_people_who_join_a_group_are_its_audience_but_not_a_household_member() -> None:
    f = by_mention("Công an huyện lập 120 nhóm Zalo với 6.800 người tham gia.")
    assert f["6.800"].category == "audience"
    f = by_mention("Ở khu phố, mỗi gia đình cử 2 người tham gia nhóm Zalo.")
    assert f["2"].category == "people"


def test_sending_messages_counts_the_messages() -> None:
    f = by_mention("Sau một tuần, trang Zalo của xã nhận 850 lượt gửi tin nhắn và 3.000 lượt xem.")
    assert [f[m].category for m in ("850", "3.000")] == ["content", "audience"]


def test_buildings_damaged_are_things_not_organisations() -> None:
    f = by_mention("Cơn lốc làm 14 trường học bị tốc mái và hư hỏng; tỉnh có 230 trường học đạt chuẩn.")
    assert (f["14"].category, f["230"].category) == ("other", "organization")
    f = by_mention("Mưa lũ làm 9 xã bị ngập sâu.")
    assert f["9"].category == "organization"


def test_a_classifier_that_is_a_noun_itself_is_the_head_of_what_it_counts() -> None:
    f = by_mention("Nước ngập 21 điểm trường ở vùng cao.")
    assert (f["21"].unit, f["21"].object, f["21"].category) == ("điểm", "điểm trường", "other")


def test_a_complaint_about_discipline_counts_people_not_discipline() -> None:
    f = by_mention("Ủy ban Kiểm tra xem xét đơn khiếu nại kỷ luật của 4 đảng viên; thi hành kỷ luật 9 đảng viên.")
    assert (f["4"].category, f["9"].category) == ("people", "discipline")


def test_a_violation_after_a_bracket_and_after_a_list_of_nouns_is_still_the_counts() -> None:
    f = by_mention("Năm qua có 6 đảng viên (4 ở xã Tân An, 2 ở xã Mỹ Lợi) bị kỷ luật cảnh cáo.")
    assert f["6"].category == "discipline"
    f = by_mention("Hội đồng đã xác định 27 trường hợp giáo viên, cán bộ vi phạm quy chế.")
    assert f["27"].category == "discipline"


def test_the_form_right_after_the_noun_makes_it_discipline() -> None:
    f = by_mention("Theo thông báo, hai trường hợp khai trừ khỏi Đảng đều ở huyện Bắc Sơn.")
    assert f["hai"].category == "discipline"


def test_one_of_n_counts_the_noun_after_n() -> None:
    f = by_mention("Cơ quan điều tra đã khởi tố và kỷ luật; ông Tâm là một trong số 7 bị cáo bị đề nghị mức án cao.")
    assert f["7"].category == "people"


def test_bare_counts_in_a_list_take_the_kind_its_heading_names() -> None:
    f = by_mention("Ngày 3/2, số ca bệnh tập trung ở: quận Mai (64); quận Đào (51); quận Cúc (12).")
    assert [f[m].category for m in ("64", "51", "12")] == ["people"] * 3
    assert "category:list heading" in f["64"].rules
    f = by_mention("Trong 40 ca chiều nay, bệnh nhân theo quận, huyện: quận Mai (22); quận Đào (18).")
    assert "category:list heading" in f["22"].rules and f["22"].category == "people"
    f = by_mention("Các vi phạm tập trung ở: lề lối làm việc: 9 (30%); quản lý tài chính: 6 (20%).")
    assert (f["9"].category, f["6"].category) == ("discipline", "discipline")
    f = by_mention("Điểm chuẩn của các ngành như sau: Kiến trúc 24,5; Xây dựng 21.")
    assert (f["24,5"].category, f["21"].category) == ("other", "other")


def test_amounts_listed_after_money_with_the_same_scale_are_money() -> None:
    f = by_mention("Vốn địa phương là hơn 3.600 tỷ đồng (tỉnh A hơn 2.100 tỷ; tỉnh B 1.500 tỷ).")
    assert (f["2.100 tỷ"].category, f["2.100 tỷ"].qualifier) == ("money", "more_than")


def test_a_name_before_a_weak_classifier_does_not_say_what_it_counts() -> None:
    f = by_mention("Trên Facebook, Hội Nông dân đạt 9.000 lượt cảm xúc.")
    assert f["9.000"].category == "audience"


def test_a_classifier_that_measures_people_keeps_them_as_its_noun() -> None:
    f = by_mention("Năm nay thị xã đón 1,8 triệu lượt khách và hỗ trợ 640 hộ dân.")
    assert [(f[m].unit, f[m].category) for m in ("1,8 triệu", "640")] == [("lượt", "people"), ("hộ", "people")]


def test_turns_counted_in_an_article_about_no_network_are_no_audience() -> None:
    f = by_mention("Đoàn tàu đã chạy 2.140 lượt trong tháng; phòng khám tiếp nhận 860 lượt khám.")
    assert (f["2.140"].category, f["860"].category) == ("other", "other")
    f = by_mention("Video của chị được chia sẻ trên Facebook. Đến tối, con số đã lên 90.000 lượt.")
    assert f["90.000"].category == "audience"


def test_people_in_turns_are_an_audience_only_in_an_article_about_a_network() -> None:
    f = by_mention("Lễ hội thu hút 4.500 lượt người tham dự.")
    assert f["4.500"].category == "people"
    f = by_mention("Trang Zalo của phường có 4.500 lượt người dân tương tác.")
    assert f["4.500"].category == "audience"


def test_cases_counted_without_a_noun_are_people() -> None:
    f = by_mention("Chi bộ đã góp ý 2 trường hợp; phường ghi nhận 14 trường hợp mắc sởi.")
    assert (f["2"].category, f["14"].category) == ("people", "people")


def test_times_a_thing_was_done_are_repetitions_and_times_of_a_named_activity_are_events() -> None:
    f = by_mention("Chị nhắn 7 lần không thấy trả lời; đoàn đã 3 lần làm việc với tỉnh; sản lượng tăng gấp 2 lần.")
    assert [f[m].category for m in ("7", "3", "2")] == ["other", "event", "other"]


def test_what_befalls_a_bare_count_makes_it_people() -> None:
    f = by_mention("Vụ sạt lở khiến 2 chết, 4 bị thương và 1 mất tích.")
    assert [(f[m].unit, f[m].category) for m in ("2", "4", "1")] == [("", "people")] * 3
    assert "category:casualties" in f["4"].rules


def test_common_initials_after_a_number_are_its_unit_and_say_what_it_counts() -> None:
    f = by_mention("Huyện có 320 HTX và 1.500 DN; đội tuyển giành 8 HCV.")
    assert [(f[m].unit, f[m].category) for m in ("320", "1.500", "8")] == [
        ("HTX", "organization"),
        ("DN", "organization"),
        ("HCV", "other"),
    ]


@pytest.mark.parametrize(
    ("sentence", "mention", "category"),
    [
        # forces, guards and kin whose names end in no person syllable
        ("Sau trận hỏa hoạn, 7 cảnh sát và 4 công an xã được khen thưởng.", "7", "people"),
        ("Sau trận hỏa hoạn, 7 cảnh sát và 4 công an xã được khen thưởng.", "4", "people"),
        ("Nước dâng nhanh khiến 3 mẹ con mắc kẹt trên mái nhà.", "3", "people"),
        # a person by the last syllable of a word: "-sinh", "-sư", "-tá"
        ("Phòng thi có 24 thí sinh, trong đó 2 lưu học sinh.", "2", "people"),
        ("Công trình huy động 15 kiến trúc sư và 40 y tá.", "15", "people"),
        ("Công trình huy động 15 kiến trúc sư và 40 y tá.", "40", "people"),
        # contests, exams and gatherings are events; prizes and goals won are other things
        ("Năm nay huyện tổ chức 9 giải đấu và 2 kỳ thi tay nghề.", "9", "event"),
        ("Năm nay huyện tổ chức 9 giải đấu và 2 kỳ thi tay nghề.", "2", "event"),
        ("Đội bạn ghi 5 bàn thắng, giành 3 giải nhất.", "5", "other"),
        ("Đội bạn ghi 5 bàn thắng, giành 3 giải nhất.", "3", "other"),
        # "giải" alone is a prize won; a contest says "giải đấu", "giải bóng đá"
        ("Học sinh của trường đoạt 14 giải ở kỳ thi năm nay.", "14", "other"),
        ("Thành phố đăng cai 3 giải bóng đá và 2 giải thể thao người cao tuổi.", "3", "event"),
        ("Thành phố đăng cai 3 giải bóng đá và 2 giải thể thao người cao tuổi.", "2", "event"),
        # projects, vessels, vehicles counted are things, no organisations
        ("Khu kinh tế có thêm 11 dự án, 4 tàu và 60 ô tô.", "11", "other"),
        ("Khu kinh tế có thêm 11 dự án, 4 tàu và 60 ô tô.", "60", "other"),
    ],
)
def test_the_kind_of_thing_counted_comes_from_its_class(sentence: str, mention: str, category: str) -> None:
    assert by_mention(sentence)[mention].category == category


def test_a_word_that_ends_like_a_person_but_is_none_stays_other() -> None:
    assert by_mention("Khu chợ có 12 nhà vệ sinh mới.")["12"].category != "people"


def test_people_taken_ill_are_people_and_the_verb_no_unit() -> None:
    f = by_mention("Cả huyện đã có 412 mắc sởi, 9 nhập viện.")
    assert (f["412"].category, f["412"].unit) == ("people", "")
    assert (f["9"].category, f["9"].unit) == ("people", "")


def test_a_weak_classifier_counts_what_its_sentence_counted_with_it_before() -> None:
    f = by_mention("Khách từ nước Xa đạt 1,2 triệu lượt, tăng 12,5% so với năm trước và từ nước Gần đạt 0,3 triệu lượt.")
    assert f["0,3 triệu"].category == "people"
    assert "category:same unit before" in f["0,3 triệu"].rules


def test_an_amount_before_a_verb_is_money_after_money() -> None:
    f = by_mention("Quỹ thu 900 tỷ đồng, chi 140 tỷ trả nợ.")
    assert (f["140 tỷ"].category, f["140 tỷ"].unit) == ("money", "")


def test_a_gang_or_a_canal_makes_no_article_about_networks() -> None:
    # "ổ nhóm" and "kênh mương" are off line: "lượt" there counts turns, no audience
    f = by_mention("Công an triệt phá 3 ổ nhóm, sửa 2 km kênh mương. Trạm y tế khám 640 lượt.")
    assert f["640"].category != "audience"


@pytest.mark.parametrize(
    ("sentence", "mention", "category"),
    [
        ("Giá trị hàng hóa bán ra trong quý ước đạt 7.450 tỷ.", "7.450 tỷ", "money"),  # a money word far before
        ("Năm nay tỉnh đã giải ngân 860 tỷ.", "860 tỷ", "money"),  # "giải" of "giải ngân" is no contest
        ("Cả vùng đạt 41 nghìn tỷ, tăng nhẹ.", "41 nghìn tỷ", "money"),  # billions of nothing named
        ("Lượt xem cộng dồn của kênh đạt hơn 3 tỷ.", "3 tỷ", "audience"),  # billions of a noun named before
    ],
)
def test_billions_of_nothing_named_are_money(sentence: str, mention: str, category: str) -> None:
    assert by_mention(sentence)[mention].category == category


def test_a_name_that_holds_a_money_word_makes_no_money() -> None:
    assert by_mention("Hội nghị ở Tiền Phong ghi nhận 3 triệu.")["3 triệu"].category != "money"


def test_medals_after_a_name_are_counted_things_not_a_name_with_digits() -> None:
    f = by_mention("Trên bảng tổng sắp, đoàn Bắc Lâm 47 HCV, xếp thứ nhì.")
    assert (f["47"].category, f["47"].unit) == ("other", "HCV")


def test_x_of_y_with_no_day_and_month_is_two_counts_of_one_noun() -> None:
    f = by_mention("Đến nay 41/57 xã đã có trạm, sau khi 28/90 đảng viên được kiểm tra.")
    assert (f["41"].category, f["57"].category) == ("organization", "organization")
    assert (f["28"].category, f["90"].category) == ("people", "people")
    assert f["41"].part_of == f["57"].start


def test_a_day_and_month_after_a_slash_stays_a_date() -> None:
    assert "15/8" not in by_mention("Ngày 15/8 có 300 người đến.")


def test_a_named_list_after_a_count_is_no_name_with_digits() -> None:
    f = by_mention("Xếp hạng cuối: đoàn Tây Lâm 61 HCV, Bắc Lâm 44, Nam Lâm 30 và Đông Lâm 12.")
    assert all(m in f for m in ("61", "44", "30", "12"))


def test_a_name_with_digits_in_a_list_of_names_stays_a_name() -> None:
    f = by_mention("Các đơn vị Lilama 3, Lilama 5 và Sông Đà 9 cùng dự thầu.")
    assert not any(m in f for m in ("3", "5", "9"))


@pytest.mark.parametrize(
    ("sentence", "mention", "category"),
    [
        ("Kênh của nhóm nhạc có khoảng 4 triệu fan.", "4 triệu", "audience"),
        # a page's bare figure in millions is its following, not a number of pages
        ("Các trang Facebook khác nhau của họ đạt gần 7 triệu.", "7 triệu", "audience"),
        # bare amounts listed after one with the same scale word count the same thing
        ("Số fan của báo A đạt 3,1 triệu, của báo B là hơn 1,4 triệu.", "1,4 triệu", "audience"),
        # news sites are licensed websites, no content
        ("Cả nước có bốn trang tin được cấp phép mới.", "bốn", "other"),
        # weights of any spelling
        ("Thu giữ 12,5 gram ma túy và 3 gram thuốc lắc.", "12,5", "measure"),
        # "khách du lịch": the guests before the count, not "khách du" + "lịch"
        ("Trong đó, khách du lịch quốc tế ước đạt 84.000 lượt.", "84.000", "people"),
    ],
)
def test_audiences_sites_weights_and_lists_in_general(sentence: str, mention: str, category: str) -> None:
    assert by_mention(sentence)[mention].category == category


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Năm qua có 3 chi bộ bị thi hành kỷ luật bằng hình thức khiển trách.", "3"),
        ("Đoàn kiến nghị xử lý hành chính đối với 2 đảng viên.", "2"),
    ],
)
def test_actions_named_in_other_words_are_discipline(sentence: str, mention: str) -> None:
    assert by_mention(sentence)[mention].category == "discipline"


def test_comments_are_content_also_counted_in_turns() -> None:
    # FACTS.md: comments are content, whatever classifier counts them
    assert by_mention("Bài đăng nhận 3.400 lượt bình luận.")["3.400"].category == "content"


@pytest.mark.parametrize(
    ("sentence", "mention", "category"),
    [
        ("Hội chợ quy tụ 14 hiệp hội ngành hàng.", "14", "organization"),
        ("Bộ đã làm việc với 3 tổng công ty nhà nước.", "3", "organization"),
        ("Ngày hội đón 7 phái đoàn nước ngoài.", "7", "organization"),
        ("Tỉnh có 9 thị xã và thành phố trực thuộc.", "9", "organization"),
        ("Các bạn trẻ có thêm 6 cơ hội việc làm.", "6", "other"),
    ],
)
def test_a_word_no_list_names_takes_the_kind_of_its_last_word(sentence: str, mention: str, category: str) -> None:
    assert by_mention(sentence)[mention].category == category


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Đoàn liên ngành nhắc nhở 21 chủ cơ sở kinh doanh.", "21"),
        ("Buổi họp có mặt 8 chủ xe khách.", "8"),
        ("Mỗi trường cử 3 phó hiệu trưởng tham dự.", "3"),
        ("Hội nghị có 17 trưởng ban và 9 phó ban.", "17"),
        ("Hội nghị có 17 trưởng ban và 9 phó ban.", "9"),
    ],
)
def test_owners_of_a_thing_counted_are_people(sentence: str, mention: str) -> None:
    assert by_mention(sentence)[mention].category == "people"


def test_bronze_after_gold_and_silver_is_a_medal_not_money() -> None:
    f = by_mention("Kết thúc giải, đội nhà giành 5 vàng, 3 bạc và 11 đồng.")
    assert [f[m].category for m in ("5", "3", "11")] == ["other"] * 3
    assert by_mention("Mỗi em nhận 500 đồng tiền lì xì.")["500"].category == "money"
    assert by_mention("Đội giành 4 vàng và được thưởng 250 triệu đồng.")["250 triệu"].category == "money"


@pytest.mark.parametrize(
    ("sentence", "mention", "category"),
    [
        ("Giải quy tụ 64 tay vợt trẻ.", "64", "people"),
        ("Trạm y tế có 3 bác sỹ và 5 y sỹ.", "3", "people"),
        ("Trạm y tế có 3 bác sỹ và 5 y sỹ.", "5", "people"),
        ("Xã đã phát 2.300 tờ rơi về phòng dịch.", "2.300", "content"),
        ("Huyện treo 140 băng rôn, khẩu hiệu.", "140", "content"),
        ("Thành đoàn phát động 4 chiến dịch tình nguyện.", "4", "event"),
        ("Khoa thực hiện 37 ca phẫu thuật trong tuần.", "37", "event"),
        ("Bệnh viện đã làm 12 ca ghép thận.", "12", "event"),
        ("Khoa sản đã đỡ 420 ca đẻ an toàn.", "420", "event"),
        ("Phường ghi nhận 12 ca mắc mới.", "12", "people"),
        ("Phường có 28 khách sạn và nhà nghỉ.", "28", "organization"),
        ("Tỉnh đón 5 đoàn nghệ thuật.", "5", "organization"),
        ("Sở đề ra 6 giải pháp trọng tâm.", "6", "other"),
        ("Lễ khai mạc đón 26 vị đại biểu.", "26", "people"),
        ("Công an xóa 4 nhóm thanh niên đua xe.", "4", "organization"),
        ("Cô giáo lập 7 nhóm Zalo cho phụ huynh.", "7", "social_account"),
        ("Bài đăng trên trang đạt 41.000 lượt tiếp cận.", "41.000", "audience"),
        ("Xã có 120 tổ yến nuôi trong nhà.", "120", "other"),
    ],
)
def test_nouns_of_their_classes(sentence: str, mention: str, category: str) -> None:
    assert by_mention(sentence)[mention].category == category


@pytest.mark.parametrize(
    ("sentence", "mention", "category"),
    [
        ("Số hộ cận nghèo của cả huyện là 2.315, giảm 410 so với năm ngoái.", "2.315", "people"),
        ("Số hộ cận nghèo của cả huyện là 2.315, giảm 410 so với năm ngoái.", "410", "people"),
        ("Tổng số lượt khách ghé thăm thị xã đạt 1,8 triệu.", "1,8 triệu", "people"),
        ("Số phương tiện bị giữ lại ở bến là 96.", "96", "other"),
    ],
)
def test_the_noun_after_so_heads_a_bare_count(sentence: str, mention: str, category: str) -> None:
    assert by_mention(sentence)[mention].category == category


def test_a_bare_part_counts_what_its_total_counts() -> None:
    f = by_mention("Số thanh niên có việc làm mới là 7.400, trong đó làm việc ở nước ngoài 900.")
    assert f["900"].part_of == f["7.400"].start
    assert f["900"].category == f["7.400"].category == "people"


@pytest.mark.parametrize(
    ("sentence", "mention", "category"),
    [
        ("Chi nhánh mở thêm 3.400 tài khoản thanh toán cho tiểu thương.", "3.400", "other"),
        ("Đã có 61.000 tài khoản định danh điện tử được kích hoạt.", "61.000", "other"),
        ("Nhóm lập 14 tài khoản Facebook ảo để bán hàng.", "14", "social_account"),
    ],
)
def test_accounts_of_a_bank_or_the_state_are_no_social_accounts(sentence: str, mention: str, category: str) -> None:
    assert by_mention(sentence)[mention].category == category


def test_a_place_before_a_bare_count_says_where_not_what() -> None:
    assert by_mention("Đàn dê trong toàn huyện hiện có khoảng 6.300.")["6.300"].category == "other"
    assert by_mention("Số khách trong toàn huyện đạt 6.300.")["6.300"].category == "people"


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Năm qua, phòng đã xử lý 23 trường hợp đăng tin thất thiệt.", "23"),
        ("Đội đã xử phạt hơn 60 trường hợp chạy quá tốc độ.", "60"),
        ("Công an xã phát hiện 9 trường hợp đưa tin sai sự thật lên mạng.", "9"),
        ("Công an đã răn đe, yêu cầu cam kết đối với 31 trường hợp.", "31"),
    ],
)
def test_cases_sanctioned_or_found_violating_are_discipline(sentence: str, mention: str) -> None:
    assert by_mention(sentence)[mention].category == "discipline"


def test_xu_ly_far_before_a_count_is_no_sanction_of_it() -> None:
    f = by_mention("Để xử lý tình trạng ngập, huyện huy động 450 người.")
    assert f["450"].category == "people"


def test_a_part_of_a_count_disciplined_that_counts_suspects_stays_people() -> None:
    f = by_mention("Công an huyện đã xử lý 120 trường hợp vi phạm. Trong đó, khởi tố 5 đối tượng, phạt tiền 80 trường hợp.")
    assert f["120"].category == f["80"].category == "discipline"
    assert f["5"].category == "people"


def test_a_body_named_before_a_bare_count_is_whose_not_what() -> None:
    assert by_mention("Đoàn Lào xếp thứ năm với 41.")["41"].category == "other"
    assert by_mention("Các đoàn còn lại có 41.")["41"].category == "organization"


def test_portions_handed_out_after_a_place_name_are_counted() -> None:
    f = by_mention("Hội Chữ thập đỏ trao cho huyện Kỳ Sơn 730 suất quà.")
    assert f["730"].category == "other" and f["730"].unit == "suất"


def test_cases_of_a_procedure_keep_their_classifier_as_unit() -> None:
    assert by_mention("Khoa thực hiện 37 ca phẫu thuật trong tuần.")["37"].unit == "ca"


def test_a_weak_classifier_named_before_with_its_noun_counts_that_noun_however_far() -> None:
    f = by_mention(
        "Tổng lượt du khách ghé các điểm tham quan và nghỉ lại ở khu vực ven biển của huyện quý này ước đạt 86.000 lượt."
    )
    assert f["86.000"].category == "people"
    assert "category:classifier again" in f["86.000"].rules


def test_a_weak_classifier_reaches_past_place_and_time_to_its_subject() -> None:
    f = by_mention("Khách châu Âu tới Phú Quốc trong tháng 7 năm nay ước đạt hơn 41.000 lượt.")
    assert f["41.000"].category == "people"


def test_a_weak_classifier_of_a_later_sentence_counts_what_the_article_said_it_counts() -> None:
    f = by_mention(
        "Tháng này có 52.000 lượt khách Úc đến tỉnh. Xếp sau là Ấn Độ với gần 18.000 lượt. Thứ ba là Canada, với 9.000 lượt."
    )
    assert f["18.000"].category == f["9.000"].category == "people"
    assert "category:same unit earlier" in f["18.000"].rules


def test_a_clause_with_its_own_doing_verb_keeps_its_turns() -> None:
    f = by_mention("Năm ngoái có 3.000 lượt khách đi phà. Riêng dịp Tết, tàu cao tốc đã chạy 240 lượt.")
    assert f["240"].category == "other"


def test_a_city_whose_name_ends_in_a_network_word_makes_no_online_article() -> None:
    f = by_mention("Đoàn khách nghỉ tại Nha Trang. Xe đưa đón đã chạy 60 lượt.")
    assert f["60"].category == "other"


def test_a_form_of_discipline_right_after_a_bare_count_is_its_label_not_its_unit() -> None:
    f = by_mention("Thị ủy kỷ luật 90 đảng viên với các hình thức: 61 khiển trách, 25 cảnh cáo, 4 khai trừ.")
    assert [(f[m].category, f[m].unit, f[m].label) for m in ("61", "25", "4")] == [
        ("discipline", "", "khiển trách"),
        ("discipline", "", "cảnh cáo"),
        ("discipline", "", "khai trừ"),
    ]


def test_a_list_of_places_between_the_count_and_its_sanction_is_stepped_over() -> None:
    f = by_mention("Trong năm, gần 700 đảng viên tại Cần Thơ, Vĩnh Long, TP.HCM bị xử lý kỷ luật.")
    assert f["700"].category == "discipline"


def test_bare_counts_in_brackets_after_names_count_what_the_first_bracket_named() -> None:
    f = by_mention("Dịch lan nhanh ở Kon Tum (812 ca), Phú Yên (640), Bình Định (577); chậm lại ở Bạc Liêu (31).")
    assert [f[m].category for m in ("812", "640", "577", "31")] == ["people"] * 4
    assert f["640"].unit == "" and "category:bracket list" in f["640"].rules


def test_a_bare_bracket_count_with_no_named_bracket_before_it_stays_other() -> None:
    assert by_mention("Điểm trung bình của Kon Tum (812) đứng đầu khu vực.")["812"].category == "other"


def test_a_level_named_by_a_place_word_is_no_thing_counted() -> None:
    f = by_mention("Ở huyện này, đại biểu trúng cử cấp xã đạt 318/320.")
    assert f["318"].category == f["320"].category == "people"


def test_billions_listed_after_a_name_count_what_the_item_before_counted() -> None:
    f = by_mention(
        "Từ đầu tháng, bộ phim ngắn của nhóm đã có 5,2 tỷ lượt xem trên các nền tảng số (YouTube 2,1 tỷ, Facebook hơn 3 tỷ)."
    )
    assert f["3 tỷ"].category == "audience"
    assert by_mention("Sản lượng đạt 2 tỷ lít, doanh thu 5 tỷ.")["5 tỷ"].category == "money"


def test_buildings_listed_before_one_verb_of_damage_are_all_damaged() -> None:
    f = by_mention("Gió lốc làm 14 trụ sở thôn ở huyện Bắc và 9 điểm trường (huyện Bắc: 6; huyện Nam: 3) bị tốc mái.")
    assert f["14"].category == "other" and "category:damaged" in f["14"].rules


def test_the_number_of_what_befell_people_counts_people() -> None:
    assert by_mention("Tại huyện, số nhập viện trong tuần là 812.")["812"].category == "people"


def test_leaving_the_party_by_decision_is_discipline_also_spelled_with_an_eth() -> None:
    assert by_mention("Năm qua, chi bộ cho ra khỏi Đảng 2 trường hợp.")["2"].category == "discipline"
    assert by_mention("Năm qua, chi bộ cho ra khỏi \u00d0ảng 2 trường hợp.")["2"].category == "discipline"


def test_time_over_something_is_a_measure_where_time_alone_is_a_duration() -> None:
    f = by_mention("Sau 3 ngày, khách nghỉ bình quân 2,4 ngày/lượt.")
    assert list(f) == ["2,4"]
    assert (f["2,4"].category, f["2,4"].unit) == ("measure", "ngày/lượt")
    assert "category:time rate" in f["2,4"].rules


def test_bare_counts_in_a_bracket_before_so_and_its_noun_count_that_noun() -> None:
    f = by_mention("So với tháng trước (640/4) số ca mắc đã giảm mạnh.")
    assert f["640"].category == f["4"].category == "people"
    assert "category:base before số" in f["640"].rules


def test_schools_named_after_their_damage_are_buildings_too() -> None:
    f = by_mention("Lốc gây tốc mái của 40 hộ dân và 3 trường học; huyện có 9 trường học đạt chuẩn.")
    assert f["3"].category == "other" and f["9"].category == "organization"


def test_incidents_are_events() -> None:
    assert by_mention("Mùa mưa này có 6 sự cố kè sông.")["6"].category == "event"


def test_a_bare_share_whose_percent_sign_the_text_left_out_is_a_percent() -> None:
    f = by_mention("Trong số hội viên, người có bằng đại học chiếm 72,5; nữ chiếm 9 trong 40 người.")
    assert f["72,5"].category == "percent" and "category:share without %" in f["72,5"].rules
    assert f["9"].category == "people"


def test_a_person_classifier_inside_a_longer_word_counts_no_people() -> None:
    f = by_mention("Đội cứu hộ có mặt tại 34 vị trí đường làng bị sụt.")
    assert f["34"].category != "people"
    assert by_mention("Buổi lễ đón 12 vị khách quý.")["12"].category == "people"


def test_a_body_noun_heads_the_compound_it_opens() -> None:
    # Vietnamese puts the head first: a compound a body's noun opens is still such a body
    assert by_mention("Giải năm nay có 16 đội tuyển tham dự.")["16"].category == "organization"
    assert by_mention("Huyện xây mới 4 trường học.")["4"].category == "organization"


def test_a_party_committee_given_a_form_is_disciplined() -> None:
    # "chi ủy", "đảng ủy" are bodies a party disciplines, as "chi bộ" is
    f = by_mention("Ủy ban kiểm tra đã khiển trách đối với 2 chi ủy và cảnh cáo 3 đảng ủy cơ sở.")
    assert (f["2"].category, f["3"].category) == ("discipline", "discipline")
    assert by_mention("Huyện có 12 đảng ủy trực thuộc.")["12"].category == "organization"


def test_bare_cases_after_a_procedure_done_are_operations() -> None:
    f = by_mention("Trong dịp Tết, khoa ngoại đã phẫu thuật 120 ca, phẫu thuật sọ não 7 ca; khoa nhi tiếp nhận 300 ca.")
    assert [f[m].category for m in ("120", "7", "300")] == ["event", "event", "people"]


def test_cases_after_a_procedure_are_patients_and_contests_name_their_sport() -> None:
    f = by_mention("Khoa ngoại mổ thành công 30 ca, sau mổ có 3 ca biến chứng.")
    assert (f["30"].category, f["3"].category) == ("event", "people")
    g = by_mention("Huyện tổ chức 5 giải chạy và 3 giải cờ vua; học sinh đoạt 14 giải.")
    assert [g[m].category for m in ("5", "3", "14")] == ["event", "event", "other"]


def test_a_noun_of_people_written_by_its_initials_counts_people() -> None:
    f = by_mention("Đoàn thể thao tỉnh cử 86 VĐV và 12 HLV tham dự giải.")
    assert (f["86"].category, f["12"].category) == ("people", "people")
    assert f["86"].unit == "VĐV"


def test_gangs_broken_up_are_organisations() -> None:
    f = by_mention("Trong quý, công an triệt phá 25 băng nhóm cướp giật và 9 ổ nhóm đánh bạc.")
    assert (f["25"].category, f["9"].category) == ("organization", "organization")
