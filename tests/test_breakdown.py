"""statx.understand.breakdown: which total a part belongs to, and whether the parts add up."""

from __future__ import annotations

import pytest

from tests.conftest import by_mention, facts


def test_discipline_breakdown_adds_up() -> None:
    text = "Từ năm 2021 đến nay, Đảng bộ huyện có 27 trường hợp đảng viên vi phạm bị kỷ luật với các hình thức: khiển trách 19, cảnh cáo 6, khai trừ 2."
    fs = facts(text)
    assert [(f.value, f.category, f.label) for f in fs] == [
        (27, "discipline", ""),
        (19, "discipline", "khiển trách"),
        (6, "discipline", "cảnh cáo"),
        (2, "discipline", "khai trừ"),
    ]
    total = fs[0]
    assert total.check == "ok"
    assert total.unit == "trường hợp"
    assert total.actor == "Đảng bộ huyện"
    assert total.period == "Từ năm 2021 đến nay"
    assert [f.part_of for f in fs[1:]] == [total.start] * 3


def test_breakdown_that_does_not_add_up_says_so() -> None:
    fs = facts("Có 50 tài khoản bị khóa, gồm 20 tài khoản Facebook, 15 tài khoản TikTok.")
    total = fs[0]
    assert total.value == 50
    assert total.check == "under: parts sum to 35"
    fs = facts("Tỉnh có 30 nhóm Zalo (12 nhóm của huyện, 25 nhóm của xã).")
    assert fs[0].check == "over: parts sum to 37"


def test_trong_do_links_the_part_of_the_same_noun() -> None:
    f = by_mention("Phường có 140 đoàn viên thuộc 11 chi đoàn, trong đó có 7 chi đoàn khu phố và 4 chi đoàn trường học.")
    assert f["7"].part_of == f["11"].start
    assert f["4"].part_of == f["11"].start
    assert f["140"].part_of is None
    assert f["11"].check == "ok"


def test_money_parts_add_up_only_in_the_same_currency() -> None:
    f = by_mention(
        "Tỉnh đã cấp mới 98 dự án với tổng vốn 22.500 tỷ đồng, trong đó có 15 dự án FDI với số vốn 650 triệu USD. "
        "Huyện thu 120 tỷ đồng, trong đó thuế 80 tỷ đồng."
    )
    assert f["650 triệu"].part_of is None  # dollars are no part of a sum in đồng
    assert f["15"].part_of == f["98"].start
    assert f["80 tỷ"].part_of == f["120 tỷ"].start


def test_part_before_total_on_tong_so() -> None:
    f = by_mention("Nền tảng đã gỡ khoảng 1.700 clip trên tổng số hơn 2.600 clip bị báo cáo.")
    assert f["1.700"].part_of == f["2.600"].start
    assert f["1.700"].qualifier == "approx"
    assert f["2.600"].qualifier == "more_than"


def test_parts_in_the_next_sentences_that_add_up() -> None:
    text = "Phát hiện 7 tập thể, 40 cá nhân có biểu hiện vi phạm. Kết quả kỷ luật khiển trách 3 tập thể; nhắc nhở 4 tập thể; cảnh cáo 6 cá nhân; khiển trách 12 cá nhân; nhắc nhở 22 cá nhân."
    f = {(x.mention, x.label): x for x in facts(text)}
    groups, people = f[("7", "")], f[("40", "")]
    assert [f[(m, lab)].part_of for m, lab in [("3", "khiển trách"), ("4", "nhắc nhở")]] == [groups.start] * 2
    assert [f[(m, lab)].part_of for m, lab in [("6", "cảnh cáo"), ("12", "khiển trách"), ("22", "nhắc nhở")]] == [
        people.start
    ] * 3
    assert groups.check == people.check == "ok"
    assert all(x.category == "discipline" for x in f.values())


def test_bracketed_parts_that_cover_only_part_of_the_total() -> None:
    text = "Có tổng cộng 50 trang Zalo thuộc Công an tỉnh (công an 5 huyện, 40 xã và 3 đồn công an)."
    f = by_mention(text)
    assert [f[m].part_of for m in ("5", "40", "3")] == [f["50"].start] * 3
    assert f["50"].check == "under: parts sum to 48"


def test_parts_before_a_marked_total() -> None:
    f = by_mention("Khách vé lượt đạt gần 300.000 khách, vé tháng gần 50.000. Tổng lượt khách đạt hơn 349.000 lượt.")
    assert f["300.000"].part_of == f["349.000"].start
    assert f["50.000"].part_of == f["349.000"].start
    assert f["300.000"].label == "vé lượt"
    assert f["349.000"].category == "people"


def test_disciplined_part_of_the_violations_found() -> None:
    f = by_mention("Ủy ban kết luận 12 đảng viên có khuyết điểm, sai phạm, phải thi hành kỷ luật tám đảng viên.")
    assert f["tám"].part_of == f["12"].start
    assert f["tám"].label == "thi hành kỷ luật"


def test_trong_do_parts_of_another_noun_link_when_they_add_up() -> None:
    text = (
        "Lũy kế 9 tháng, thành phố đã xử lý 48 tài khoản đăng tin sai sự thật; trong đó, 35 trường hợp bị xử phạt "
        "hành chính, 13 trường hợp được nhắc nhở."
    )
    f = by_mention(text)
    assert f["35"].part_of == f["13"].part_of == f["48"].start
    assert f["48"].check == "ok"
    assert f["48"].actor == "thành phố"


def test_trong_do_opening_the_next_sentence_splits_the_total_before() -> None:
    text = (
        "Đến nay, Công an tỉnh đã xây dựng 1.238 nhóm Zalo với trên 185.000 thành viên tham gia. "
        "Trong đó, cấp tỉnh có 12 nhóm, cấp huyện 156 nhóm và cấp xã 1.070 nhóm."
    )
    f = by_mention(text)
    assert [(f[m].part_of, f[m].label) for m in ("12", "156", "1.070")] == [
        (f["1.238"].start, "cấp tỉnh"),
        (f["1.238"].start, "cấp huyện"),
        (f["1.238"].start, "cấp xã"),
    ]
    assert f["1.238"].check == "ok"
    assert f["185.000"].part_of is None


def test_trong_so_and_the_things_named_before_opens_a_split() -> None:
    # "trong số" with the total's things named again, no number, speaks of the total before as "trong đó" does
    f = by_mention("Năm học này có 1.200 thí sinh dự thi. Trong số thí sinh dự thi, 300 thí sinh đạt điểm giỏi.")
    assert f["300"].part_of == f["1.200"].start
    f = by_mention("Xã đã bầu 40 đại biểu. Về cơ cấu, trong số những người trúng cử, có 12 đại biểu nữ, 5 đại biểu trẻ.")
    assert f["12"].part_of == f["5"].part_of == f["40"].start
    # a "trong số" phrase with a count of its own is that count's split, not the total before's
    f = by_mention("Năm học này có 1.200 thí sinh dự thi. Trong số 300 thí sinh đạt điểm giỏi, 20 thí sinh đạt điểm tuyệt đối.")
    assert f["20"].part_of == f["300"].start


def test_trong_so_nay_in_the_next_sentence() -> None:
    f = by_mention("Đã có 47 học sinh phải nhập viện. Trong số này, 12 em phải điều trị tích cực.")
    assert f["12"].part_of == f["47"].start
    assert f["47"].check == "under: parts sum to 12"


def test_counts_after_an_opening_trong_so_total_are_its_parts() -> None:
    f = by_mention("Trong số 1.200 người tham gia, 300 người là phụ nữ, 900 người là nam giới.")
    assert f["300"].part_of == f["900"].part_of == f["1.200"].start and f["1.200"].check == "ok"
    f = by_mention("Ông là một trong số 5 người được khen thưởng, cùng 3 người khác.")
    assert f["3"].part_of is None  # "trong số" inside the clause opens no list


def test_parts_in_the_next_sentence_go_to_the_total_they_add_up_to() -> None:
    f = by_mention(
        "Công an tỉnh đã xây dựng 178 trang Fanpage, 96 kênh TikTok và 1.240 nhóm Zalo. "
        "Trong đó, cấp tỉnh 12 trang Fanpage, cấp huyện 46 trang, cấp xã 120 trang."
    )
    assert {f[m].part_of for m in ("12", "46", "120")} == {f["178"].start} and f["178"].check == "ok"


@pytest.mark.parametrize(
    ("total", "parts", "check"),
    [
        ("100", "60 hộ nghèo và 39 hộ cận nghèo", "under: parts sum to 99"),  # an exact total is exact
        ("khoảng 100", "60 hộ nghèo và 39 hộ cận nghèo", "ok"),  # a rounded one allows 2 %
        ("gần 100", "60 hộ nghèo và 39 hộ cận nghèo", "ok"),
        ("hơn 100", "60 hộ nghèo và 39 hộ cận nghèo", "under: parts sum to 99"),  # more than 100 is not 99
        ("hơn 100", "61 hộ nghèo và 40 hộ cận nghèo", "ok"),
        ("100", "hơn 60 hộ nghèo và 40 hộ cận nghèo", "ok"),
        ("100", "62 hộ nghèo và 40 hộ cận nghèo", "over: parts sum to 102"),
    ],
)
def test_the_check_allows_only_what_the_qualifiers_allow(total: str, parts: str, check: str) -> None:
    f = facts(f"Thôn Đồi Mây có {total} hộ, gồm {parts}.")[0]
    assert f.check == check


def test_a_change_is_no_part_of_a_level() -> None:
    f = by_mention("Năm nay huyện Yên Thủy kỷ luật 40 đảng viên, trong đó có 9 cấp ủy viên, giảm 6 đảng viên so với năm trước.")
    assert f["9"].part_of == f["40"].start
    assert f["6"].part_of is None
    assert "breakdown:change" in f["6"].rules


def test_money_split_over_the_next_sentences_changes_with_changes_and_a_part_splits_further() -> None:
    f = by_mention(
        "Tổng vốn của dự án cầu Bến Sỏi là 900 tỷ đồng (tăng 50 tỷ đồng). Ảnh minh họa. "
        "Giai đoạn một là 500 tỷ đồng (tăng 30 tỷ đồng). Giai đoạn hai là 400 tỷ đồng (tăng 20 tỷ đồng). "
        "Trong giai đoạn một, vốn trung ương là 200 tỷ đồng; vốn của tỉnh là 300 tỷ đồng."
    )
    assert f["500 tỷ"].part_of == f["400 tỷ"].part_of == f["900 tỷ"].start
    assert f["30 tỷ"].part_of == f["20 tỷ"].part_of == f["50 tỷ"].start
    assert f["200 tỷ"].part_of == f["300 tỷ"].part_of == f["500 tỷ"].start
    assert f["900 tỷ"].check == f["50 tỷ"].check == f["500 tỷ"].check == "ok"


def test_a_share_in_a_bracket_after_each_item_of_a_colon_list_is_no_part() -> None:
    fs = facts("Các vi phạm chủ yếu: lối sống: 15 (50%); lãng phí: 9 (30%); tham ô: 6 (20%).")
    assert [(f.mention, f.part_of) for f in fs] == [
        ("15", None),
        ("50%", None),
        ("9", None),
        ("30%", None),
        ("6", None),
        ("20%", None),
    ]


def test_a_bracket_after_the_total_does_not_take_the_list_after_it() -> None:
    f = by_mention(
        "Huyện ủy Lạc Sơn kỷ luật 30 đảng viên (12 cấp ủy viên), bằng các hình thức: khiển trách 20, cảnh cáo 7, khai trừ 3."
    )
    assert [f[m].part_of for m in ("20", "7", "3")] == [f["30"].start] * 3
    assert f["12"].part_of is None
    assert f["30"].check == "ok"


def test_trong_do_inside_a_bracket_ends_with_it() -> None:
    f = by_mention(
        "Đoàn kiểm tra 40 tổ chức đảng, 500 đảng viên (trong đó có 60 cấp ủy viên); "
        "giám sát 12 tổ chức đảng, 45 đảng viên (trong đó có 8 cấp ủy viên)."
    )
    assert f["60"].part_of == f["500"].start
    assert f["8"].part_of == f["45"].start
    assert f["45"].part_of is None and f["12"].part_of is None


def test_a_trong_do_list_that_goes_over_its_total_ends_at_the_semicolon() -> None:
    f = by_mention(
        "Huyện Tân Lạc kỷ luật 9 đảng viên, trong đó 2 đảng viên bị cảnh cáo; "
        "xã Mỹ Hòa có 8 đảng viên vi phạm, trong đó 3 đảng viên bị khiển trách."
    )
    assert f["2"].part_of == f["9"].start
    assert f["8"].part_of is None
    assert f["3"].part_of == f["8"].start


def test_nested_splits_link_each_part_to_its_own_total() -> None:
    f = by_mention(
        "Năm qua, tỉnh Hòa Yên kỷ luật 50 tổ chức đảng và 900 đảng viên. Trong đó, ủy ban kiểm tra các cấp kỷ luật "
        "40 tổ chức đảng (khiển trách 30, cảnh cáo 10) và 800 đảng viên (khiển trách 500, cảnh cáo 300)."
    )
    assert f["40"].part_of == f["50"].start and f["800"].part_of == f["900"].start
    assert f["30"].part_of == f["10"].part_of == f["40"].start
    assert f["500"].part_of == f["300"].part_of == f["800"].start
    assert f["40"].check == f["800"].check == "ok"


def test_a_second_list_splits_the_total_not_an_item_of_the_first_list() -> None:
    text = (
        "Quý này, huyện Kim Bôi kỷ luật 20 đảng viên. Trong đó, Ban Thường vụ Huyện ủy kỷ luật 3 đồng chí; "
        "đảng ủy cơ sở kỷ luật 5 đồng chí; chi bộ kỷ luật 12 người. "
        "Hình thức kỷ luật: khiển trách 14 đồng chí; cảnh cáo 5 đồng chí và khai trừ 1 đồng chí."
    )
    fs = facts(text)
    total = fs[0]
    assert [(f.value, f.part_of) for f in fs[1:]] == [(v, total.start) for v in (3, 5, 12, 14, 5, 1)]
    assert total.check == "ok"  # each split adds up on its own
    over = facts(text.replace("khai trừ 1 đồng chí", "khai trừ 3 đồng chí"))[0]
    assert over.check == "over: parts sum to 22"


def test_a_split_by_who_acted_goes_to_the_total_of_each_noun() -> None:
    f = by_mention(
        "Đợt này, cấp ủy kỷ luật 30 tổ chức đảng, 700 đảng viên. Trong đó, Ban Bí thư kỷ luật 3 tổ chức đảng và 25 đảng viên."
    )
    assert f["3"].part_of == f["30"].start
    assert f["25"].part_of == f["700"].start


def test_the_next_sentence_of_the_paragraph_goes_on_with_the_split() -> None:
    text = (
        "Các đoàn kiểm tra 60 tổ chức đảng và 400 đảng viên.\n\n"
        "Trong đó, ủy ban kiểm tra cấp huyện kiểm tra 50 tổ chức đảng và 370 đảng viên. "
        "Ủy ban kiểm tra tỉnh kiểm tra 10 tổ chức đảng và 30 đảng viên.\n\n"
        "Ngoài ra, các chi bộ kiểm tra 7 tổ chức đảng và 9 đảng viên."
    )
    f = by_mention(text)
    assert f["50"].part_of == f["10"].part_of == f["60"].start
    assert f["370"].part_of == f["30"].part_of == f["400"].start
    assert f["60"].check == f["400"].check == "ok"
    assert f["7"].part_of is None and f["9"].part_of is None


def test_a_later_split_goes_under_the_item_it_fits_in() -> None:
    f = by_mention(
        "Bão làm chết 30 người (25 người ở đất liền và 5 người trên biển). Trong đó, tỉnh Đông 10 người, tỉnh Tây 9 người, tỉnh Nam 4 người."
    )
    assert [f[m].part_of for m in ("10", "9", "4")] == [f["25"].start] * 3
    assert f["25"].part_of == f["30"].start


def test_x_of_y_things_is_a_part_of_all() -> None:
    f = by_mention("Đến nay, 150/210 thôn của huyện đã lập nhóm Zalo.")
    assert f["150"].part_of == f["210"].start
    assert "breakdown:of all" in f["150"].rules
    assert f["210"].check == "under: parts sum to 150"


def test_co_n_in_a_bracket_after_the_forms_is_no_part() -> None:
    f = by_mention("Cấp ủy các cấp kỷ luật 300 đảng viên bằng các hình thức (có 40 đảng viên là cấp ủy viên).")
    assert f["40"].part_of is None and f["300"].check == ""


def test_action_after_a_semicolon_is_no_part_of_the_violations() -> None:
    f = by_mention("Qua giám sát, kết luận có 60 đảng viên có vi phạm; phải thi hành kỷ luật 25 đảng viên.")
    assert f["25"].part_of is None


def test_names_with_counts_in_a_bracket_after_a_total_are_its_parts() -> None:
    f = by_mention("Bão làm 25 tàu cá bị chìm (Bình Sơn 6; Đức Hòa 18; Tây Lộc 1).")
    assert [(f[m].label, f[m].part_of) for m in ("6", "18", "1")] == [
        ("Bình Sơn", f["25"].start),
        ("Đức Hòa", f["25"].start),
        ("Tây Lộc", f["25"].start),
    ]
    assert f["25"].check == "ok"


def test_a_bracket_inside_a_gom_list_splits_its_own_item() -> None:
    f = by_mention(
        "Vốn nhà nước là 900 tỷ đồng, bao gồm 400 tỷ đồng vốn trung ương; "
        "vốn địa phương là 500 tỷ đồng (Bình Sơn 300 tỷ; Đức Hòa 200 tỷ)."
    )
    assert f["400 tỷ"].part_of == f["500 tỷ"].part_of == f["900 tỷ"].start
    assert f["300 tỷ"].part_of == f["200 tỷ"].part_of == f["500 tỷ"].start  # "200 tỷ" with no "đồng" is money too
    assert f["900 tỷ"].check == f["500 tỷ"].check == "ok"


def test_a_split_of_parallel_totals_after_a_sentence_of_changes() -> None:
    text = (
        "Trong quý, tỉnh Hòa Yên xảy ra 300 vụ tai nạn, làm chết 120 người, bị thương 210 người. "
        "So với cùng kỳ, giảm 20 vụ, giảm 8 người chết, tăng 6 người bị thương. "
        "Trong đó, riêng đường bộ xảy ra 290 vụ, làm chết 115 người, bị thương 200 người. "
        "Đường thủy xảy ra 10 vụ, làm chết 5 người, bị thương 10 người; giảm 2 vụ so với cùng kỳ."
    )
    fs = facts(text)
    start = {f.value: f.start for f in fs if f.sentence.startswith("Trong quý")}
    parts = [(f.value, f.part_of) for f in fs if f.part_of is not None]
    assert parts == [
        (290, start[300]),
        (115, start[120]),
        (200, start[210]),
        (10, start[300]),
        (5, start[120]),
        (10, start[210]),
    ]
    assert all(f.check == "ok" for f in fs if f.start in start.values())


def test_a_count_named_again_is_no_part() -> None:
    fs = facts(
        "Tỉnh đã kỷ luật 80 trường hợp. Trong đó, 3 trường hợp bị cảnh cáo và Ủy ban đang kiểm tra lại 3 trường hợp này, "
        "77 trường hợp còn lại bị khiển trách."
    )
    assert [(f.value, f.part_of) for f in fs] == [(80, None), (3, fs[0].start), (3, None), (77, fs[0].start)]
    assert "breakdown:named again" in fs[2].rules
    assert fs[0].check == "ok"


def test_rieng_in_a_bracket_sets_a_part_apart() -> None:
    f = by_mention("Bão làm 9.000 nhà tốc mái (riêng huyện Bình Sơn 7.500 nhà), 40 trường học hư hỏng.")
    assert f["7.500"].part_of == f["9.000"].start
    assert f["40"].part_of is None


def test_a_total_split_twice_is_checked_split_by_split() -> None:
    text = (
        "Năm qua, huyện Lạc Thủy kỷ luật 30 đảng viên với các hình thức: khiển trách 20, cảnh cáo 8, khai trừ 2.\n\n"
        "Trong số đảng viên bị kỷ luật, 18 trường hợp vi phạm chính sách dân số, 12 trường hợp vi phạm quy chế làm việc."
    )
    f = by_mention(text)
    assert [f[m].part_of for m in ("20", "8", "2", "18", "12")] == [f["30"].start] * 5
    assert f["30"].check == "ok"
    short = by_mention(text.replace("12 trường hợp", "10 trường hợp"))
    assert short["10"].part_of is None and short["30"].check == "ok"  # a second run that does not add up is no split


def test_a_split_looks_back_past_a_photo_caption_not_past_other_counts() -> None:
    text = (
        "Năm nay, toàn tỉnh xảy ra 60 vụ cháy.\n\nHiện trường vụ cháy làm 2 người bị thương ở xã Bình Sơn. Ảnh: Minh Anh\n\n"
        "Trong đó, huyện Đức Hòa xảy ra 25 vụ."
    )
    f = by_mention(text)
    assert f["25"].part_of == f["60"].start
    f = by_mention(text.replace(" Ảnh: Minh Anh", ""))
    assert f["25"].part_of is None  # the sentence before holds counts of its own


def test_a_list_after_trong_do_leaves_out_counts_of_another_thing() -> None:
    f = by_mention("Huyện có 500 làng nghề, trong đó có 120 làng nghề truyền thống, thuộc 14 xã.")
    assert f["120"].part_of == f["500"].start
    assert f["14"].part_of is None


def test_a_colon_list_that_goes_over_its_total_ends_at_the_semicolon() -> None:
    fs = facts(
        "Công an bắt 2 nghi can là: Lê Văn Cường, Trần Văn Đức; tại kho Bắc Sơn bắt 1 nghi can; "
        "tại kho Nam Sơn bắt 1 nghi can; tại kho Tây Sơn bắt 1 nghi can."
    )
    assert [(f.value, f.part_of) for f in fs] == [(2, None), (1, None), (1, None), (1, None)]


def test_the_bullet_lines_after_trong_do_colon_are_parts() -> None:
    text = (
        "Năm nay, tỉnh đón khoảng 900 nghìn lượt khách, trong đó:\n"
        "- Khách lưu trú đạt 300 nghìn lượt, tăng 8% so với cùng kỳ.\n"
        "- Khách quốc tế đạt 45 nghìn lượt.\n"
        "Doanh thu đạt 1.200 tỷ đồng."
    )
    f = by_mention(text)
    assert f["300 nghìn"].part_of == f["45 nghìn"].part_of == f["900 nghìn"].start
    assert f["8%"].part_of is None and f["1.200 tỷ"].part_of is None
    assert "breakdown:bullet list" in f["45 nghìn"].rules


def test_rates_of_groups_are_no_shares_of_the_overall_rate() -> None:
    f = by_mention("Tỷ lệ đỗ chung của tỉnh đạt 95,2%; trong đó khối chuyên đạt 99,1%, khối thường đạt 90,4%.")
    assert f["90,4%"].part_of is None and f["99,1%"].part_of is None
    g = by_mention("Tỷ lệ hộ nghèo là 12%, trong đó hộ nghèo dân tộc thiểu số 7%, hộ nghèo khác 5%.")
    assert g["7%"].part_of == g["5%"].part_of == g["12%"].start


def test_a_later_trong_do_item_goes_to_the_item_of_its_form_and_kind() -> None:
    f = by_mention(
        "Năm qua, tỉnh Hòa Yên kỷ luật 40 tổ chức đảng và 900 đảng viên với các hình thức: khiển trách 700, cảnh cáo 150, "
        "khai trừ 50. Trong đó, Ban Thường vụ Tỉnh ủy kỷ luật khai trừ 3 cán bộ, cảnh cáo 2 tổ chức đảng."
    )
    assert f["3"].part_of == f["50"].start  # its finest total: the item of its form, of people like it
    assert f["2"].part_of == f["40"].start  # no organisation was "cảnh cáo" in the list: the total of its noun
    assert f["900"].check == "ok"


def test_a_difference_and_a_count_for_each_are_no_parts() -> None:
    f = by_mention(
        "Tổng số đại biểu trúng cử là 300 người. Trong đó, đại biểu trung ương có 100 người, ít hơn so với dự kiến 12 người; "
        "đại biểu địa phương 195 người; đại biểu tự ứng cử 5 người."
    )
    assert [f[m].part_of for m in ("100", "195", "5")] == [f["300"].start] * 3
    assert f["12"].part_of is None and "breakdown:change" in f["12"].rules
    assert f["300"].check == "ok"
    g = by_mention(
        "Năm nay có 50 đảng viên bị kỷ luật, trong đó 4 đảng viên bị cảnh cáo; ba huyện miền núi, mỗi huyện có 7 đảng viên bị khiển trách."
    )
    assert g["4"].part_of == g["50"].start
    assert g["7"].part_of is None and "breakdown:each" in g["7"].rules


def test_counts_of_other_kinds_in_a_bracket_explain_the_total_not_split_it() -> None:
    f = by_mention("Tổng số đại biểu trúng cử là 480 người (bầu thiếu 6 đại biểu ở 3 tỉnh miền núi).")
    assert f["6"].part_of is None and f["3"].part_of is None
    g = by_mention("Tỉnh có 60 trang Zalo (công an 12 huyện, công an 48 xã).")
    assert g["12"].part_of == g["48"].part_of == g["60"].start  # one kind of unit each: still a split


def test_rates_of_a_plan_are_no_parts_of_the_total_rate() -> None:
    f = by_mention(
        "Năm nay, tổng thu ngân sách tỉnh đạt 9.000 tỷ đồng, đạt 104,2% dự toán. "
        "Trong đó, thu nội địa đạt 7.500 tỷ đồng, bằng 31,5% dự toán trung ương giao, bằng 22,4% dự toán tỉnh giao."
    )
    assert f["7.500 tỷ"].part_of == f["9.000 tỷ"].start
    assert f["31,5%"].part_of is None and f["22,4%"].part_of is None


def test_trong_do_after_a_bracket_right_after_the_total_and_its_noun() -> None:
    f = by_mention(
        "Cả tỉnh ghi nhận 3.400 trường hợp mắc cúm (tăng gấp 2,5 lần so với năm trước), trong đó có 7 trường hợp tử vong."
    )
    assert f["7"].part_of == f["3.400"].start
    assert f["2,5"].part_of is None and "breakdown:change" in f["2,5"].rules


def test_a_next_sentence_part_of_another_kind_of_the_same_head_is_no_part() -> None:
    f = by_mention(
        "Kết thúc giải, đoàn Hòa Yên giành 120 huy chương vàng. "
        "Trong đó, đội Bắc Sơn đóng góp 40 huy chương vàng, 25 huy chương bạc và 30 huy chương đồng."
    )
    assert f["40"].part_of == f["120"].start
    assert f["25"].part_of is None and f["30"].part_of is None


def test_a_count_of_an_unknown_thing_is_no_part_of_a_count_of_another() -> None:
    f = by_mention("Hôm qua, đội Bắc Sơn giành thêm 9 huy chương. Trong đó, nổi bật là hai môn võ.")
    assert f["hai"].part_of is None


def test_siblings_of_a_split_total_are_no_second_split() -> None:
    text = (
        "Chi bộ Bắc Sơn kỷ luật 6 đảng viên gồm: khiển trách 2, cảnh cáo 4.\n\n"
        "Chi bộ Nam Sơn kỷ luật 3 đảng viên. Chi bộ Tây Sơn cũng kỷ luật 3 đảng viên."
    )
    fs = facts(text)
    assert [f.part_of for f in fs if f.value == 3] == [None, None]
    assert fs[0].check == "ok"


def test_rates_in_the_next_sentences_do_not_sum_to_a_rate() -> None:
    f = by_mention("Tỷ lệ đỗ của tỉnh đạt 99%. Riêng hai xã vùng cao có tỷ lệ thấp như Bản Mây 48%, Bản Sương 51%.")
    assert f["48%"].part_of is None and f["51%"].part_of is None


def test_an_item_in_a_bracket_takes_no_sum_over_the_next_sentences() -> None:
    text = (
        "Tỉnh Hòa Yên kỷ luật 8 đảng viên (2 đảng viên cấp tỉnh, 2 đảng viên cấp huyện và 4 đảng viên cấp xã).\n\n"
        "Ở môn bơi, đoàn giành 2 huy chương. Ở xã Bắc Sơn, 2 đảng viên bị khiển trách. Ở xã Nam Sơn, 2 đảng viên bị cảnh cáo."
    )
    fs = facts(text)
    assert [f.part_of for f in fs if f.sentence.startswith("Ở xã")] == [None, None]


def test_a_count_that_says_where_the_things_are_is_no_part() -> None:
    f = by_mention("Tỉnh có 40 hợp tác xã, trong đó 12 hợp tác xã nông nghiệp, trải rộng ở 7 huyện và tại 3 thị xã.")
    assert f["12"].part_of == f["40"].start
    assert f["7"].part_of is None
    assert f["3"].part_of is None
    assert "breakdown:where" in f["7"].rules


def check_of(text: str) -> str:
    """The sum check of the first fact (the total) of a sentence whose other facts are its parts."""
    total, *parts = facts(text)
    assert parts and all(p.part_of == total.start for p in parts)
    return total.check


def test_exact_totals_must_add_up_exactly() -> None:
    assert check_of("Huyện có 100 hộ, gồm 60 hộ ở xã A và 40 hộ ở xã B.") == "ok"
    assert check_of("Huyện có 100 hộ, gồm 60 hộ ở xã A và 39 hộ ở xã B.") == "under: parts sum to 99"
    assert check_of("Huyện có 100 hộ, gồm 60 hộ ở xã A và 41 hộ ở xã B.") == "over: parts sum to 101"


# what each qualifier of a total allows its parts to add up to (60 + the second part, around 100)
ALLOWED = {
    "khoảng 100": (98, 102),
    "gần 100": (98, 100),
    "dưới 100": (98, 100),
    "không quá 100": (98, 100),
    "hơn 100": (100, 102),
    "ít nhất 100": (100, 102),
    "100 đến 110": (100, 110),
}


@pytest.mark.parametrize("total", list(ALLOWED))
def test_a_rounded_total_allows_the_parts_its_interval_allows(total: str) -> None:
    low, high = ALLOWED[total]
    for s in (low - 1, low, high, high + 1):
        want = "ok" if low <= s <= high else f"{'under' if s < low else 'over'}: parts sum to {s}"
        assert check_of(f"Huyện có {total} hộ, gồm 60 hộ ở xã A và {s - 60} hộ ở xã B.") == want, s


def test_rounded_parts_widen_their_sum() -> None:
    assert check_of("Huyện có 100 hộ, gồm khoảng 60 hộ ở xã A và 39 hộ ở xã B.") == "ok"  # 97.8 to 100.2
    assert check_of("Huyện có 100 hộ, gồm khoảng 60 hộ ở xã A và 38 hộ ở xã B.") == "under: parts sum to 98"
    assert check_of("Huyện có 100 hộ, gồm khoảng 60 hộ ở xã A và 41 hộ ở xã B.") == "ok"  # 99.8 to 102.2
    assert check_of("Huyện có 100 hộ, gồm khoảng 60 hộ ở xã A và 42 hộ ở xã B.") == "over: parts sum to 102"
    assert check_of("Huyện có 100 hộ, gồm hơn 60 hộ ở xã A và 39 hộ ở xã B.") == "ok"  # 99 to 100.2
    assert check_of("Huyện có 100 hộ, gồm 60 hộ ở xã A và hơn 39 hộ ở xã B.") == "under: parts sum to 99"  # 99 to 99.78
    assert check_of("Huyện có 100 hộ, gồm hơn 60 hộ ở xã A và 41 hộ ở xã B.") == "over: parts sum to 101"
    assert check_of("Huyện có 100 hộ, gồm gần 61 hộ ở xã A và 40 hộ ở xã B.") == "ok"  # 99.78 to 101
    assert check_of("Huyện có 100 hộ, gồm gần 62 hộ ở xã A và 40 hộ ở xã B.") == "over: parts sum to 102"
    assert check_of("Huyện có 100 hộ, gồm 60 đến 61 hộ ở xã A và 39 hộ ở xã B.") == "ok"
    assert check_of("Huyện có 100 hộ, gồm 50 đến 55 hộ ở xã A và 39 hộ ở xã B.") == "under: parts sum to 89"


def test_names_each_with_a_count_in_a_bracket_split_the_count_before_them() -> None:
    text = (
        "Hôm qua ghi nhận 640 ca mắc, trong đó 40 ca nhập cảnh và 600 ca trong nước Lạng Sơn (310), Cao Bằng (200), Hà Nam (50)."
    )
    f = by_mention(text)
    assert [f[k].part_of for k in ("310", "200", "50")] == [f["600"].start] * 3
    assert [f[k].label for k in ("310", "200", "50")] == ["Lạng Sơn", "Cao Bằng", "Hà Nam"]
    assert f["600"].part_of == f["640"].start
    assert "Lạng Sơn" not in f["600"].label


def test_a_run_of_named_brackets_with_no_count_before_it_splits_nothing() -> None:
    text = "Đoàn giành 60 huy chương vàng. Xếp sau là Lào (30 huy chương vàng), Campuchia (20 huy chương vàng), Brunei (10 huy chương vàng)."
    f = by_mention(text)
    assert all(f[k].part_of is None for k in ("30", "20", "10"))
    assert f["60"].check == ""


def test_a_count_alone_in_its_bracket_in_a_list_opened_by_gom() -> None:
    f = by_mention("Đội còn giành 4 HC vàng ở các môn phụ, gồm cờ tướng (3) và kéo co (1).")
    assert f["3"].part_of == f["4"].start and f["1"].part_of == f["4"].start


def test_one_count_of_the_same_noun_opening_a_bracket_after_a_part_is_that_parts() -> None:
    f = by_mention("Tổng cộng có 700 ca mắc gồm 20 ca nhập cảnh và 680 ca trong nước (95 ca cộng đồng).")
    assert f["95"].part_of == f["680"].start
    assert f["680"].part_of == f["700"].start and f["700"].check == "ok"
    # "(có N …)" after a total names a subset along another line: no part
    f = by_mention("Ban đã kỷ luật 80 đảng viên (có 12 đảng viên là cấp ủy viên).")
    assert f["12"].part_of is None


def test_items_of_a_colon_list_are_siblings_not_a_total_and_its_list() -> None:
    text = "Phòng khám tiếp 900 lượt người. Trong đó, người khám răng hàm mặt: 500, người khám tai mũi họng: 300, người khám mắt: 100."
    f = by_mention(text)
    assert [f[k].part_of for k in ("500", "300", "100")] == [f["900"].start] * 3
    assert [f[k].label for k in ("500", "300", "100")] == ["răng hàm mặt", "tai mũi họng", "mắt"]
    assert f["900"].check == "ok"


def test_trong_n_comma_co_m_is_a_part_among_a_total() -> None:
    f = by_mention("Trong 9 người bị thương, có 4 người đã xuất viện.")
    assert f["4"].part_of == f["9"].start
    assert [x.value for x in facts("Trong 3 ngày, có 5 người đến.")] == [5]


def test_a_split_opened_after_a_part_among_a_total_is_that_parts() -> None:
    f = by_mention("Trong tổng số 70 thí sinh dự thi có 40 em đạt giải, trong đó có 9 em đạt giải Nhất.")
    assert f["40"].part_of == f["70"].start
    assert f["9"].part_of == f["40"].start


def test_trong_so_n_opens_its_parts_with_co_and_no_comma() -> None:
    f = by_mention("Trong số 30 hộ bị ngập sau cơn mưa có 4 hộ phải di dời khẩn cấp.")
    assert f["4"].part_of == f["30"].start
    # the "có" must come soon after the total: a far one opens no parts
    far = "Trong số 30 hộ bị ngập sau cơn mưa lớn kéo dài suốt ba ngày đêm liền ở vùng trũng ven sông phía nam của xã có 4 hộ."
    assert by_mention(far)["4"].part_of is None


def test_a_count_for_each_is_no_total_of_the_counts_after_it() -> None:
    text = "Hai đội giành 8 cúp (mỗi đội có 4 cúp). Đội A có 3 cúp bạc. Đội B có 1 cúp đồng."
    f = by_mention(text)
    assert f["3"].part_of != f["4"].start and f["1"].part_of != f["4"].start


def test_lower_case_classes_each_with_a_count_in_a_bracket_split_the_count_before() -> None:
    f = by_mention("Đoàn chủ nhà có 7 HCV ở môn bơi (4 HCV), cầu lông (2 HCV) và bắn cung (1 HCV).")
    total = f["7"].start
    assert [(f[m].label, f[m].part_of) for m in ("4", "2", "1")] == [
        ("môn bơi", total),
        ("cầu lông", total),
        ("bắn cung", total),
    ]
    assert f["7"].check == "ok"


def test_counts_of_different_unknown_things_do_not_add_up_to_a_total() -> None:
    f = by_mention("Đội A có 5 HCV, 3 HCB và 1 HCĐ. Đội B có 2 HCB và 3 HCĐ. Đội C có 4 HCV.")
    assert all(f2.part_of is None for f2 in facts("Đội A có 5 HCV, 3 HCB và 1 HCĐ. Đội B có 2 HCB và 3 HCĐ. Đội C có 4 HCV."))
    assert f["5"].check == ""


def test_amounts_after_trong_do_that_go_over_their_total_are_still_its_parts() -> None:
    f = by_mention(
        "Tổng chi của quỹ năm qua ước đạt hơn 300 tỷ đồng. Trong đó, chi hỗ trợ hộ nghèo là 180 tỷ đồng; "
        "chi học bổng được hơn 150 tỷ đồng."
    )
    assert [f[m].part_of for m in ("180 tỷ", "150 tỷ")] == [f["300 tỷ"].start] * 2
    assert f["300 tỷ"].check.startswith("over")


def test_a_bracket_after_a_change_holds_the_same_change_and_no_part() -> None:
    f = by_mention(
        "Sản lượng cá toàn huyện là 50.000 tấn, giảm 2% (1.000 tấn) so với năm trước; trong đó cá tra là 30.000 tấn, "
        "giảm 1,5% (450 tấn); cá rô phi là 20.000 tấn, tăng 3% (600 tấn)."
    )
    total = f["50.000"].start
    assert [f[m].part_of for m in ("30.000", "20.000")] == [total, total] and f["50.000"].check == "ok"
    assert all(f[m].part_of is None for m in ("1.000", "450", "600"))
    assert [f[m].label for m in ("450", "600")] == ["cá tra", "cá rô phi"]


def test_a_count_after_voi_follows_a_comparison_without_being_a_change() -> None:
    f = by_mention(
        "Lượng khách đến vịnh đạt 90.000 lượt. Trong đó, khách nội địa là 85.000 lượt; "
        "khách quốc tế chỉ bằng 40% so với cùng kỳ với 5.000 lượt."
    )
    assert [f[m].part_of for m in ("85.000", "5.000")] == [f["90.000"].start] * 2
    assert f["90.000"].check == "ok"


def test_a_list_after_a_total_measured_against_a_larger_one_splits_the_first() -> None:
    f = by_mention(
        "Hội nghị bầu được 30 ủy viên trên tổng số 41 người ứng cử, trong đó, 9 ủy viên nữ (30%), 4 ủy viên trẻ tuổi (13,3%)."
    )
    assert [f[m].part_of for m in ("9", "4")] == [f["30"].start] * 2
    assert f["30"].part_of == f["41"].start


def test_subsets_of_the_noun_of_the_nearest_total_after_trong_do_are_its_parts() -> None:
    f = by_mention(
        "Số ứng viên là 70 người, số người trúng tuyển 40 người. "
        "Trong đó, 22 người là nữ, 31 người dưới 30 tuổi, 5 người ở vùng sâu."
    )
    assert [f[m].part_of for m in ("22", "31", "5")] == [f["40"].start] * 3
    assert f["40"].check.startswith("over")


def test_a_run_that_adds_up_is_consecutive_and_a_larger_count_breaks_it() -> None:
    f = by_mention(
        "Đoàn có 54 vận động viên trẻ. Theo cấp độ: sơ cấp 8 vận động viên, trung cấp 184 vận động viên, cao cấp 46 vận động viên."
    )
    assert all(f[m].part_of is None for m in ("8", "184", "46"))


def test_a_named_run_with_no_total_of_its_own_goes_to_the_count_its_intro_names() -> None:
    f = by_mention(
        "Cả tỉnh có 900 ca bệnh mới. Trong đó 300 ca học đường được ghi nhận tại 40 trường.\n\n"
        "Một số huyện nhiều ca học đường như: Bắc Lâm (90); Nam Lâm (70); Đông Lâm (50)."
    )
    assert [f[m].part_of for m in ("90", "70", "50")] == [f["300"].start] * 3
    assert [f[m].label for m in ("90", "70", "50")] == ["Bắc Lâm", "Nam Lâm", "Đông Lâm"]


def test_a_named_run_whose_intro_names_no_count_splits_nothing() -> None:
    f = by_mention("Cả tỉnh có 900 ca bệnh mới. Một số huyện ghi nhận nhiều ca như: Bắc Lâm (90); Nam Lâm (70).")
    assert f["90"].part_of is None and f["70"].part_of is None


def test_a_colon_list_after_a_named_item_goes_on_with_its_siblings() -> None:
    f = by_mention(
        "Mưa đá làm 200 nhà hư hỏng. Trong đó, Bắc Kạn là nơi thiệt hại nặng nhất với 90 nhà, "
        "tiếp đến là Cao Bằng 50 nhà, sau đó là các tỉnh: Lạng Sơn 30 nhà, Hà Giang 20 nhà; khoảng 40 con bò bị chết."
    )
    total = f["200"].start
    assert [f[m].part_of for m in ("90", "50", "30", "20")] == [total] * 4
    assert f["40"].part_of is None  # cattle are no houses
    assert [f[m].label for m in ("50", "30", "20")] == ["Cao Bằng", "Lạng Sơn", "Hà Giang"]


def test_a_colon_list_of_names_ends_at_its_semicolon() -> None:
    f = by_mention(
        "Công an bắt 9 đối tượng. Cụ thể, tổ thứ nhất bắt 3 đối tượng là: Trần Văn An, Lê Văn Bình; "
        "tổ thứ hai bắt 2 đối tượng; tổ thứ ba bắt 4 đối tượng."
    )
    assert [f[m].part_of for m in ("3", "2", "4")] == [f["9"].start] * 3
    assert f["9"].check == "ok"


def test_counts_of_other_things_that_happen_to_add_up_are_no_parts() -> None:
    f = by_mention("Đoàn kiểm tra 2 điểm kinh doanh. Trong đó, tổ A bắt 1 nghi can, tổ B bắt 1 nghi can.")
    assert f["2"].check == ""


def test_a_trong_do_list_after_a_bracketed_split_goes_to_the_total_not_an_item() -> None:
    f = by_mention(
        "Năm qua xảy ra 60 vụ tai nạn (Bắc Lâm 35 vụ, Nam Lâm 25 vụ). Trong đó, 12 vụ tai nạn xe máy, 8 vụ tai nạn ô tô."
    )
    assert [f[m].part_of for m in ("12", "8")] == [f["60"].start] * 2


def test_a_second_list_framed_by_ve_splits_the_total_again() -> None:
    f = by_mention(
        "Huyện kỷ luật 30 đảng viên: cấp huyện 10, cấp cơ sở 20. Về hình thức: khiển trách 21, cảnh cáo 6, khai trừ 3."
    )
    assert [f[m].part_of for m in ("21", "6", "3")] == [f["30"].start] * 3
    assert f["30"].check == "ok"


def test_clauses_after_a_semicolon_that_add_up_split_the_count_before() -> None:
    f = by_mention("Có 21 chi bộ bị kỷ luật; 12 chi bộ bị khiển trách, 9 chi bộ bị cảnh cáo.")
    assert [f[m].part_of for m in ("12", "9")] == [f["21"].start] * 2
    assert [f[m].label for m in ("12", "9")] == ["khiển trách", "cảnh cáo"]


def test_clauses_after_a_semicolon_that_do_not_add_up_are_no_parts() -> None:
    f = by_mention("Có 21 chi bộ được kiểm tra; 12 hộ được hỗ trợ, 4 hộ được tặng quà.")
    assert f["12"].part_of is None and f["4"].part_of is None


def test_changes_after_a_split_are_parts_of_the_changes_they_mirror() -> None:
    text = (
        "Cả nước xảy ra 900 vụ cháy, làm chết 60 người. So với cùng kỳ, cả 2 chỉ số đều giảm: giảm 80 vụ, giảm 9 người. "
        "Trong đó, khu dân cư xảy ra 500 vụ, làm chết 40 người. So với cùng kỳ giảm 50 vụ, giảm 6 người. "
        "Khu công nghiệp xảy ra 100 vụ, làm chết 5 người."
    )
    f = by_mention(text)
    assert [f[m].part_of for m in ("500", "40")] == [f["900"].start, f["60"].start]
    assert [f[m].part_of for m in ("50", "6")] == [f["80"].start, f["9"].start]
    assert [f[m].label for m in ("500", "50", "6", "100")] == ["khu dân cư", "khu dân cư", "khu dân cư", "Khu công nghiệp"]


def test_a_colon_list_announced_after_a_semicolon_is_the_totals_own() -> None:
    f = by_mention("Doanh thu đạt 10 tỷ USD; góp vào kết quả đó có: Chè 6 tỷ USD, tăng 2%; mía 3 tỷ USD, tăng 1%; sắn 1 tỷ USD.")
    assert [f[m].part_of for m in ("6 tỷ", "3 tỷ", "1 tỷ")] == [f["10 tỷ"].start] * 3
    assert [f[m].label for m in ("6 tỷ", "3 tỷ", "1 tỷ")] == ["Chè", "mía", "sắn"]


def test_a_finer_list_whose_labels_match_the_items_goes_to_each_item() -> None:
    f = by_mention(
        "Năm qua có 9 đảng viên bị kỷ luật, với hình thức khiển trách 4, cảnh cáo 2, khai trừ 3 (trong đó, ban A cảnh cáo 1, khai trừ 3)."
    )
    items = {m: f[m] for m in ("4", "2")}
    later = [
        x
        for x in facts(
            "Năm qua có 9 đảng viên bị kỷ luật, với hình thức khiển trách 4, cảnh cáo 2, khai trừ 3 (trong đó, ban A cảnh cáo 1, khai trừ 3)."
        )
        if x.mention in ("1", "3")
    ]
    assert items["2"].part_of == f["9"].start
    assert [x.part_of for x in later] == [f["9"].start, items["2"].start, later[0].start]


def test_a_sentence_that_names_a_total_again_restates_it_and_splits_nothing() -> None:
    f = by_mention(
        "Sở đã gỡ 60 clip, khóa 120 trang mạng. Cụ thể, từ đầu năm Sở đã gỡ 60 clip trên kênh A; khóa 130 trang; "
        "yêu cầu 18 trang cải chính."
    )
    assert f["18"].part_of is None


def test_a_part_with_no_noun_of_its_own_counts_what_its_total_counts() -> None:
    f = by_mention(
        "Năm qua, chi bộ kỷ luật 9 đảng viên (khiển trách 7, cảnh cáo 2); lốc làm sập 12 ngôi nhà (xã Đông 8, xã Tây 4)."
    )
    assert f["7"].object == f["2"].object == "đảng viên" and f["7"].unit == ""  # no unit is written
    assert f["8"].object == f["4"].object == "nhà" and f["8"].part_of == f["12"].start


def test_a_part_set_apart_with_rieng_in_the_next_sentence_belongs_to_the_total_of_its_own_noun() -> None:
    # in the next sentence, a place or a class set apart
    two = by_mention("Cả nước xảy ra 640 vụ cháy, làm chết 37 người. Riêng tỉnh Quảng Nam xảy ra 51 vụ, làm chết 2 người.")
    assert two["51"].part_of == two["640"].start and two["2"].part_of == two["37"].start
    # a time set apart is no part: the month is another period, not a piece of the whole
    three = by_mention("Cả năm xảy ra 640 vụ cháy. Riêng tháng 6 xảy ra 51 vụ.")
    assert three["51"].part_of is None


def test_the_totals_own_noun_after_trong_n_is_its_part() -> None:
    f = by_mention("Trong 23 trường hợp sai phạm, có 17 trường hợp đã nộp phạt, 6 trường hợp còn lại chưa chấp hành.")
    assert f["17"].part_of == f["6"].part_of == f["23"].start and f["23"].check == "ok"
    assert f["17"].category == f["6"].category == f["23"].category


def test_a_run_of_named_brackets_after_another_splits_none_of_its_items() -> None:
    f = by_mention(
        "Một số huyện có số ca tăng nhanh như: Bắc Hà (930 ca), Nam Sơn (640)...; "
        "một số huyện có ít ca như: Đông Phú (12 ca), Tây Yên (9)..."
    )
    assert [f[m].part_of for m in ("12", "9")] == [None, None]
    assert f["640"].check == ""


def test_changes_that_end_the_sentence_before_the_split_are_mirrored_and_a_changed_object_keeps_its_bracket() -> None:
    f = by_mention(
        "Cả nước xảy ra 700 vụ cháy, làm chết 50 người, so với cùng kỳ giảm 30 vụ, giảm 6 người. "
        "Trong đó, khu dân cư xảy ra 400 vụ, làm chết 35 người. So với cùng kỳ giảm 20 vụ (-5%), giảm 2 người chết (-6%)."
    )
    assert [f[m].part_of for m in ("20", "2")] == [f["30"].start, f["6"].start]
    assert f["-6%"].part_of is None and "breakdown:change" in f["-6%"].rules


def test_a_change_in_percent_owns_no_list() -> None:
    f = by_mention("Doanh thu vận tải đạt 900 tỷ đồng, tăng 35% (trong đó vận tải hàng không giảm 12%).")
    assert f["12%"].part_of is None
    assert f["35%"].check == ""


def test_a_rate_set_apart_by_rieng_is_no_share_of_the_rate_before() -> None:
    f = by_mention(
        "Trong số này, Đông Hà, Tây Hà, Nam Hà giải ngân trên 6%, riêng thành phố Bắc Hà giải ngân rất thấp, chỉ đạt 0,5%."
    )
    assert f["0,5%"].part_of is None


def test_an_item_splits_no_further_into_the_counts_of_the_next_paragraph() -> None:
    f = by_mention(
        "Tỉnh kỷ luật 40 đảng viên. Trong đó, cấp huyện thi hành kỷ luật 12, chi bộ thi hành kỷ luật 28 trường hợp.\n\n"
        "Ủy ban kiểm tra các cấp đã kỷ luật 20 đảng viên, đình chỉ sinh hoạt 5 đảng viên, xóa tên 3 đảng viên."
    )
    assert [f[m].part_of for m in ("12", "28")] == [f["40"].start] * 2
    assert [f[m].part_of for m in ("20", "5", "3")] == [None] * 3


def test_an_item_named_again_in_the_next_paragraph_splits_there() -> None:
    f = by_mention(
        "Tổng vốn của dự án đường ven biển là 1.500 tỷ đồng. Giai đoạn đầu là 900 tỷ đồng. Giai đoạn sau là 600 tỷ đồng.\n\n"
        "Về nguồn vốn của giai đoạn đầu, vốn trung ương là 500 tỷ đồng; vốn tỉnh là 400 tỷ đồng."
    )
    assert [f[m].part_of for m in ("900 tỷ", "600 tỷ")] == [f["1.500 tỷ"].start] * 2
    assert [f[m].part_of for m in ("500 tỷ", "400 tỷ")] == [f["900 tỷ"].start] * 2


def test_a_semicolon_in_a_bracket_ends_a_list_that_would_go_over() -> None:
    f = by_mention("Xã có 95 người cao tuổi (40 cụ ông và 55 cụ bà; có 3 cụ trên trăm tuổi vẫn khỏe mạnh).")
    assert [f[m].part_of for m in ("40", "55")] == [f["95"].start] * 2
    assert f["3"].part_of is None
    assert f["95"].check == "ok"


def test_counts_that_name_their_form_in_place_of_a_noun_split_the_total() -> None:
    f = by_mention("Huyện đã kỷ luật 300 đảng viên với các hình thức: 200 khiển trách, 70 cảnh cáo, 25 cách chức, 5 khai trừ.")
    assert [f[m].part_of for m in ("200", "70", "25", "5")] == [f["300"].start] * 4
    assert {f[m].category for m in ("200", "70", "25", "5")} == {"discipline"}
    assert f["300"].check == "ok"


def test_a_total_smaller_than_one_of_the_parts_is_not_theirs() -> None:
    f = by_mention(
        "Tháng 6, doanh thu đạt gần 500 triệu USD, đưa doanh thu 6 tháng lên hơn 3,2 tỷ USD. "
        "Trong đó, thị trường A hơn 2 tỷ USD; thị trường B 250 triệu USD; thị trường C 240 triệu USD."
    )
    assert [f[m].part_of for m in ("2 tỷ", "250 triệu", "240 triệu")] == [f["3,2 tỷ"].start] * 3
    assert f["500 triệu"].check == ""


def test_a_split_that_goes_over_keeps_the_clause_that_adds_up() -> None:
    f = by_mention(
        "Huyện kỷ luật 40 đảng viên. Trong đó, cấp ủy viên có 9 đồng chí; huyện ủy thi hành kỷ luật 10, chi bộ thi hành kỷ luật 30 trường hợp."
    )
    assert [f[m].part_of for m in ("10", "30")] == [f["40"].start] * 2
    assert f["9"].part_of is None and f["9"].category == "discipline"
    assert f["40"].check == "ok"


def test_a_split_that_comes_up_short_goes_on_in_the_next_sentence_when_it_then_adds_up() -> None:
    f = by_mention(
        "Khách lưu trú đạt 500 nghìn lượt; trong đó khách quốc tế đạt 200 nghìn lượt và khách trong nước đạt 260 nghìn lượt. "
        "Khách đi nước ngoài đạt 40 nghìn lượt, tăng 5%."
    )
    assert f["40 nghìn"].part_of == f["500 nghìn"].start
    assert f["5%"].part_of is None
    assert f["500 nghìn"].check == "ok"
    g = by_mention(
        "Khách lưu trú đạt 500 nghìn lượt; trong đó khách quốc tế đạt 200 nghìn lượt và khách trong nước đạt 260 nghìn lượt. "
        "Khách đi nước ngoài đạt 90 nghìn lượt."
    )
    assert g["90 nghìn"].part_of is None  # it would go over


def test_a_list_that_names_the_items_of_a_bracketed_split_goes_to_each_item() -> None:
    f = by_mention(
        "Lúa bị ngập là 9.000 ha (Đông Sơn 5.200 ha, Tây Sơn 3.800 ha), trong đó mất trắng 700 ha tại Đông Sơn "
        "và 150 ha tại Tây Sơn; ngô bị đổ 400 ha."
    )
    assert [f[m].part_of for m in ("5.200", "3.800")] == [f["9.000"].start] * 2
    assert [f[m].part_of for m in ("700", "150")] == [f["5.200"].start, f["3.800"].start]
    assert f["400"].part_of is None


def test_rieng_inside_a_word_sets_nothing_apart_and_a_short_name_in_a_bracket_is_the_totals_noun() -> None:
    f = by_mention(
        "Quận đã cấp 1.200 giấy phép kinh doanh (GPKD). Trong đó, có 900 GPKD cho hộ buôn bán riêng lẻ ở chợ, "
        "200 GPKD cho quán ăn, 100 GPKD cho cửa hàng."
    )
    assert [f[m].part_of for m in ("900", "200", "100")] == [f["1.200"].start] * 3
    assert f["1.200"].check == "ok"


def test_the_rate_of_a_group_counted_after_trong_do_is_no_share_of_the_rate_before() -> None:
    f = by_mention("Vẫn còn 7 xã có tỷ lệ tiêm đạt dưới 40%, trong đó, có 2 xã có tỷ lệ tiêm đạt dưới 20%.")
    assert f["20%"].part_of is None
    assert f["2"].part_of == f["7"].start


def test_a_long_list_in_the_next_sentence_that_adds_up_is_the_split_of_the_total() -> None:
    items = ", ".join(f"xã {name} {n} hộ" for name, n in zip("ABCDEFGHIKL", [12, 30, 7, 9, 14, 22, 5, 8, 11, 6, 16], strict=True))
    f = facts(f"Đợt rét làm 140 hộ thiếu lương thực. Số hộ cụ thể như sau: {items}.")
    total, parts = f[0], f[1:]
    assert total.value == 140 and len(parts) == 11 and total.check == "ok"
    assert all(p.part_of == total.start for p in parts)


def test_the_rates_per_unit_of_groups_are_no_parts_of_the_average() -> None:
    f = by_mention(
        "Thời gian lưu trú bình quân là 2,4 ngày/khách; trong đó khách quốc tế 2,9 ngày/khách, khách nội địa 2,1 ngày/khách."
    )
    assert [f[m].part_of for m in ("2,9", "2,1")] == [None, None]


def test_a_split_goes_on_into_a_sentence_set_apart_when_it_adds_up_as_far_as_the_total_is_printed() -> None:
    f = by_mention(
        "Xuất khẩu đạt 12,35 tỷ USD; đóng góp vào kết quả này có: gạo 7,12 tỷ USD; cà phê 4,8 tỷ USD. "
        "Riêng hạt tiêu 435 triệu USD, tăng 2%."
    )
    assert f["435 triệu"].part_of == f["12,35 tỷ"].start  # 12,355 tỷ is 12,35 tỷ as printed
    g = by_mention(
        "Xuất khẩu đạt 12,35 tỷ USD; đóng góp vào kết quả này có: gạo 7,12 tỷ USD; cà phê 4,8 tỷ USD. "
        "Riêng hạt tiêu 445 triệu USD, tăng 2%."
    )
    assert g["445 triệu"].part_of is None  # 12,365 tỷ is not


def test_a_later_trong_do_part_goes_to_the_item_of_the_same_form_however_it_is_worded() -> None:
    f = by_mention(
        "Năm qua tỉnh kỷ luật 500 đảng viên: 400 người nhận hình thức khiển trách, 60 người nhận cảnh cáo và 40 người "
        "nhận hình thức khai trừ khỏi Đảng.\n\nTrong đó, Tỉnh ủy quyết định khai trừ ra khỏi Đảng 2 cán bộ, "
        "Ủy ban kiểm tra quyết định cảnh cáo 5 đảng viên."
    )
    assert [f[m].part_of for m in ("2", "5")] == [f["40"].start, f["60"].start]


def test_parts_go_to_the_total_told_again_nearest_them_not_to_the_headline() -> None:
    fs = facts(
        "Tỉnh chi 900 tỷ đồng làm đường cho ba huyện\n\n"
        "Ngày 3-4, tỉnh quyết định chi 900 tỷ đồng từ quỹ phát triển hạ tầng cho ba huyện miền núi.\n\n"
        "Số tiền chia ra như sau: huyện Mường Lát 400 tỷ đồng, huyện Quan Sơn 300 tỷ đồng và huyện Bá Thước 200 tỷ đồng."
    )
    head, body, parts = fs[0], fs[2], [f for f in fs if f.value in (400e9, 300e9, 200e9)]
    assert head.value == body.value == 900e9
    assert len(parts) == 3 and all(p.part_of == body.start for p in parts)
    assert body.check == "ok" and head.check == ""
    assert "breakdown:told again" in body.rules


def test_trong_n_opening_a_sentence_takes_the_counts_named_by_place_after_its_comma() -> None:
    f = by_mention("Trong 12 người bị thương, Yên Bái bị 7 người do lũ quét, Lào Cai 5 người do cây đổ.")
    assert [f[m].part_of for m in ("7", "5")] == [f["12"].start] * 2
    assert [f[m].label for m in ("7", "5")] == ["Yên Bái", "Lào Cai"]
    assert f["12"].check == "ok"


def test_amounts_each_the_value_of_its_own_things_are_no_parts_of_one_another() -> None:
    f = by_mention(
        "Đoàn xã sửa 6 cây cầu dân sinh trị giá hơn 700 triệu đồng. Xã làm 4 tuyến đường bê tông trị giá hơn 400 triệu "
        "đồng. Xã lập 2 mô hình nuôi gà quy mô trên 300 triệu đồng."
    )
    assert all(f[m].part_of is None for m in ("400 triệu", "300 triệu"))
    assert f["700 triệu"].check == ""


def test_a_count_after_a_bracket_that_says_for_each_is_no_count_for_each() -> None:
    f = by_mention("Xã trao 100 suất quà, trong đó 40 suất cho hộ nghèo (mỗi suất 500.000 đồng) và 60 suất cho hộ cận nghèo.")
    assert [f[m].part_of for m in ("40", "60")] == [f["100"].start] * 2
    assert f["100"].check == "ok"
    assert f["500.000"].part_of is None


def test_a_list_after_a_count_that_says_where_belongs_to_the_total_and_ends_at_another_total() -> None:
    f = by_mention(
        "Mưa đá làm dập 50 ha lúa ở 3 xã: Thạch Hà (30 ha), Kỳ Anh 12ha, Cẩm Xuyên (8ha); làm dập 6ha lạc ở Thạch Hà (2ha), "
        "Kỳ Anh (4ha)."
    )
    assert [f[m].part_of for m in ("30", "12", "8")] == [f["50"].start] * 3
    assert f["50"].check == "ok" and f["3"].part_of is None
    assert [f[m].part_of for m in ("2", "4")] == [f["6"].start] * 2 and f["6"].part_of is None


def test_trong_so_a_total_then_co_without_a_comma_opens_its_parts() -> None:
    f = by_mention(
        "Đội cho biết, trong số 900 trường hợp vi phạm có 300 trường hợp vi phạm tốc độ, 200 trường hợp vi phạm làn đường, "
        "50 trường hợp chở quá số người quy định."
    )
    assert [f[m].part_of for m in ("300", "200", "50")] == [f["900"].start] * 3
    assert f["900"].label == ""
    assert [f[m].label for m in ("300", "200", "50")] == ["tốc độ", "làn đường", "chở quá số người quy định"]


def test_the_last_item_of_a_list_that_names_another_noun_still_completes_the_sum() -> None:
    f = by_mention(
        "Phường đã trao 300 phần quà cho người dân.\n\nCác phần quà trị giá hơn 90 triệu đồng do doanh nghiệp tài trợ. "
        "Trong đó, 20 phần quà dành cho người cao tuổi, 180 phần cho hộ nghèo và 100 học sinh vượt khó."
    )
    assert [f[m].part_of for m in ("20", "180", "100")] == [f["300"].start] * 3
    assert f["300"].check == "ok" and f["90 triệu"].part_of is None


def test_places_with_their_counts_in_a_bracket_after_a_total_are_its_parts() -> None:
    f = by_mention("Gió lớn làm 9 ghe bị chìm, hư hỏng (Quảng Bình có 4 ghe và Đà Nẵng 5 ghe neo sát bờ).")
    assert (f["4"].label, f["5"].label) == ("Quảng Bình", "Đà Nẵng")
    assert f["4"].part_of == f["5"].part_of == f["9"].start
    g = by_mention("Cơn lốc làm 7 ghe bị chìm (Hà Tĩnh có 3 ghe, Quảng Trị có 4 ghe).")
    assert (g["3"].label, g["4"].label) == ("Hà Tĩnh", "Quảng Trị")
    assert g["3"].part_of == g["4"].part_of == g["7"].start


def test_counts_by_short_names_of_kinds_split_a_total_of_the_thing_named_before() -> None:
    f = by_mention(
        "Đoàn Hòa Yên giành 30 huy chương ở đại hội Nam Lâm\n\n"
        "Kết thúc đại hội, đoàn Bắc Sơn giành 90 huy chương vàng, 70 huy chương bạc, 50 huy chương đồng.\n\n"
        "Các vận động viên của đoàn Hòa Yên đã giành tổng cộng 12 HCV, 10 HCB, 8 HCĐ."
    )
    assert [f[m].part_of for m in ("12", "10", "8")] == [f["30"].start] * 3
    assert f["30"].check == "ok"


def test_a_next_sentence_with_the_subject_of_the_last_part_goes_on_with_its_list() -> None:
    f = by_mention(
        "Năm nay, khách đến tỉnh Hòa Yên đạt 900 nghìn lượt, tăng 5%, trong đó khách đến từ vùng Bắc đạt 600 nghìn lượt, "
        "tăng 4%. Khách đến từ vùng Nam đạt 200 nghìn lượt, tăng 3%, trong đó khách đến từ Nam Lâm đạt 150 nghìn lượt."
    )
    assert f["200 nghìn"].part_of == f["900 nghìn"].start
    assert f["150 nghìn"].part_of == f["200 nghìn"].start


def test_a_next_sentence_of_another_subject_does_not_go_on_with_a_list_that_comes_up_short() -> None:
    f = by_mention(
        "Năm nay, khách đến tỉnh Hòa Yên đạt 900 nghìn lượt, trong đó khách đến từ vùng Bắc đạt 600 nghìn lượt. "
        "Các khách sạn đón 200 nghìn lượt."
    )
    assert f["200 nghìn"].part_of is None


def test_a_split_goes_on_in_the_next_paragraph_only_where_it_then_adds_up() -> None:
    text = (
        "Năm nay, tỉnh Hòa Yên thu ngân sách đạt 900 tỷ đồng, bằng 105% dự toán.\n\n"
        "Cụ thể, thu nội địa đạt 700 tỷ đồng, gồm: thu thuế đạt 500 tỷ đồng; thu khác đạt 200 tỷ đồng.\n\n"
        "Thu từ hoạt động xuất khẩu đạt {} tỷ đồng, bằng 110% dự toán."
    )
    f = by_mention(text.format(200))
    assert [p.part_of for p in facts(text.format(200)) if p.value == 200 * 10**9][-1] == f["900 tỷ"].start
    assert all(p.part_of is None for p in facts(text.format(150)) if p.value == 150 * 10**9)


def test_a_part_that_opens_its_own_list_owns_that_list() -> None:
    # "… 500 đảng viên, trong đó có 120 cấp ủy viên, gồm: …": the list after "gồm" splits the 120, not the 500
    f = by_mention(
        "Đoàn kiểm tra đã làm việc với 500 đảng viên, trong đó có 120 cấp ủy viên, gồm: 2 tỉnh ủy viên, "
        "30 huyện ủy viên, 88 đảng ủy viên."
    )
    assert f["120"].part_of == f["500"].start
    assert [f[k].part_of for k in ("2", "30", "88")] == [f["120"].start] * 3
    assert f["120"].check == "ok"
    f = by_mention("Năm nay đã kiểm tra 20 tổ chức, trong đó có 15 tổ chức đảng gồm 6 đảng ủy cơ sở và 9 chi bộ.")
    assert f["6"].part_of == f["9"].part_of == f["15"].start
    assert f["15"].label == ""  # "gồm" opens its list; it tells no class of the 15
    # a list of parts of one noun, none opening its own, all go to the total
    f = by_mention("Huyện đã thành lập 40 tổ tự quản, trong đó có 12 tổ ở thị trấn, 28 tổ ở các xã.")
    assert f["12"].part_of == f["28"].part_of == f["40"].start


def test_a_later_part_goes_into_a_finer_item_of_its_own_kind_only() -> None:
    # the place labels "Long An" on both, but a count of suspects is no part of a count of sites
    text = (
        "Công an khám xét 9 địa điểm (7 điểm ở TP.HCM, 2 điểm ở Long An), thu giữ 40 kg ma túy, bắt giữ 10 nghi can.\n\n"
        "Cụ thể, tại TP.HCM thu giữ 30 kg ma túy, bắt 8 nghi can; tại Tân An, Long An thu giữ 5 kg ma túy, bắt 1 nghi can."
    )
    f = by_mention(text)
    assert f["2"].part_of == f["9"].start
    assert f["8"].part_of == f["1"].part_of == f["10"].start


def test_a_next_sentence_on_the_rest_goes_on_with_a_split_that_comes_up_short() -> None:
    f = by_mention(
        "Đợt rét làm 30 con trâu chết, trong đó 12 con ở xã Mây. "
        "Số còn lại ở xã Gió, xã Sương (mỗi xã hai con) và xã Nắng (5 con)."
    )
    assert f["12"].part_of == f["30"].start
    assert f["5"].part_of == f["30"].start
    assert f["30"].check.startswith("under")
    g = by_mention("Đợt rét làm 30 con trâu chết, trong đó 12 con ở xã Mây. Xã Nắng có 5 con bò bị ốm.")
    assert g["5"].part_of is None  # no word of the rest: another count


def test_a_sum_in_the_next_sentences_opens_no_list_halfway() -> None:
    f = by_mention(
        "Huyện chọn 6 học sinh giỏi. Về nơi học, có 30 học sinh ở trường A (chiếm 40%), 25 học sinh ở trường B (chiếm 33%), "
        "2 học sinh ở trường C (chiếm 3%), 4 học sinh ở trường D (chiếm 5%)."
    )
    assert [f[m].part_of for m in ("2", "4")] == [None, None]  # the tail of a list that happens to add up to 6
    assert f["6"].check == ""


def test_a_part_before_a_far_trong_so_total() -> None:
    # "trong số" after a long description of the part still names its total
    f = by_mention(
        "Thành phố đã bầu đủ 9 đại biểu Hội đồng nhân dân khóa mới khu vực phía Nam theo quy định trong số 15 người ứng cử."
    )
    assert f["9"].part_of == f["15"].start


def test_chu_yeu_o_opens_a_list_of_places() -> None:
    f = by_mention(
        "Gió mạnh làm hơn 90.000 nhà hư hỏng, chủ yếu ở Bắc Lâm gần 60.000 nhà; Nam Lâm gần 25.000 nhà; 3.000 nhà khác bị ngập."
    )
    assert f["60.000"].part_of == f["90.000"].start
    assert f["25.000"].part_of == f["90.000"].start
    assert f["3.000"].part_of is None


def test_a_list_after_x_of_y_splits_x() -> None:
    f = by_mention("Huyện có 600/800 xã đạt chuẩn; trong đó có 90 xã đạt chuẩn nâng cao và 20 xã đạt chuẩn kiểu mẫu.")
    assert f["600"].part_of == f["800"].start
    assert f["90"].part_of == f["600"].start
    assert f["20"].part_of == f["600"].start


def test_items_split_in_brackets_still_go_on_with_the_split_before() -> None:
    f = by_mention(
        "Tỉnh có 500 học sinh đoạt giải. Trong số các trường có học sinh đoạt giải, trường A có nhiều nhất, gồm 120 em. "
        "Những trường mạnh như: Bắc Lâm có 60 học sinh (10 giải Nhất, 50 giải Nhì); Nam Lâm 40 học sinh (5 giải Nhất, 35 giải Nhì)."
    )
    assert [f[m].part_of for m in ("120", "60", "40")] == [f["500"].start] * 3
    assert f["10"].part_of == f["60"].start
    assert f["35"].part_of == f["40"].start


def test_a_rate_is_no_part_of_a_total_in_another_unit() -> None:
    f = by_mention(
        "Tổng diện tích gieo trồng 9.000 ha. Trong đó, diện tích lúa 5.000 ha, năng suất 62 tạ/ha; ngô 4.000 ha, năng suất 48 tạ/ha."
    )
    total = f["9.000"]
    assert (f["5.000"].part_of, f["4.000"].part_of) == (total.start, total.start)
    assert (f["62"].part_of, f["48"].part_of) == (None, None)
    assert total.check == "ok"


def test_a_second_split_that_adds_up_goes_to_the_nearest_telling_of_its_total() -> None:
    text = (
        "Trong quý I, tỉnh đón 3 triệu lượt khách. Trong số 3 triệu lượt khách, khách quốc tế đạt 1,2 triệu lượt, "
        "khách nội địa đạt 1,8 triệu lượt. Với 2 triệu lượt khách tham quan và 1 triệu lượt khách lưu trú, doanh thu đạt 900 tỷ đồng."
    )
    fs = facts(text)
    again = next(f for f in fs if f.mention == "3 triệu" and f.start > 40)
    parts = {f.mention: f.part_of for f in fs if f.mention in ("1,2 triệu", "1,8 triệu", "2 triệu", "1 triệu")}
    assert parts == dict.fromkeys(parts, again.start) and len(parts) == 4
    assert again.check == "ok"


def test_a_part_of_a_month_goes_to_the_month_and_months_so_far_to_the_total_so_far() -> None:
    text = (
        "Doanh thu tháng 4/2025 của ngành đạt 80 tỷ đồng. Qua đó, doanh thu 4 tháng/2025 đạt 300 tỷ đồng.\n\n"
        "Trong đó, bán lẻ tháng 4/2025 đạt 50 tỷ đồng và bán lẻ 4 tháng/2025 đạt 190 tỷ đồng."
    )
    f = by_mention(text)
    assert (f["50 tỷ"].part_of, f["190 tỷ"].part_of) == (f["80 tỷ"].start, f["300 tỷ"].start)
    # a total of another paragraph is not looked for
    apart = text.replace("đồng. Qua đó,", "đồng.\n\nQua đó,")
    g = by_mention(apart)
    assert g["50 tỷ"].part_of != g["80 tỷ"].start


def test_a_sentence_that_names_a_kind_and_lists_it_after_gom_splits_the_total_before() -> None:
    text = (
        "Doanh thu quý I của tỉnh đạt 820 tỷ đồng, tăng 9%. Nhiều ngành tăng so với cùng kỳ, gồm chế biến gỗ "
        "210 tỷ đồng; dệt may 150 tỷ đồng và điện tử 95 tỷ đồng."
    )
    f = by_mention(text)
    assert [f[k].part_of for k in ("210 tỷ", "150 tỷ", "95 tỷ")] == [f["820 tỷ"].start] * 3
    assert f["9%"].part_of is None
    # kinds that fit no one total of the sentence before split none of them
    g = by_mention(
        "Huyện kỷ luật 14 đảng ủy và 20 chi bộ. Các lỗi bị kỷ luật gồm: 25 trường hợp vi phạm quy chế làm việc; "
        "9 trường hợp vi phạm quy định về tài chính."
    )
    assert (g["25"].part_of, g["9"].part_of) == (None, None)


def test_a_class_that_is_all_of_a_total_is_its_one_part() -> None:
    text = (
        "Trong ngày, cả nước xảy ra 31 vụ cháy, làm 6 người bị thương. "
        "Trong đó, khu dân cư xảy ra 31 vụ, làm 6 người bị thương; khu công nghiệp không có vụ nào."
    )
    fs = facts(text)
    first, second = ([f for f in fs if f.mention == m] for m in ("31", "6"))
    assert (first[1].part_of, second[1].part_of) == (first[0].start, second[0].start)
    assert first[1].label == "khu dân cư"
    # told again in more words ("Cụ thể"), the same count is no part of itself
    again = [f for f in facts("Năm qua, đội đã gỡ 98 video. Cụ thể, đội đã gỡ 98 video có nội dung xấu.") if f.mention == "98"]
    assert again[1].part_of is None


def test_the_first_counts_of_a_list_that_add_up_split_the_total_and_the_rest_count_another_line() -> None:
    text = (
        "Quý I, tỉnh tiếp nhận 5.000 hồ sơ. Trong đó, có 1.200 hồ sơ trực tuyến; 3.500 hồ sơ trực tiếp; "
        "300 hồ sơ chuyển từ kỳ trước; đã giải quyết 4.600 hồ sơ; 400 hồ sơ đang giải quyết."
    )
    f = by_mention(text)
    assert [f[k].part_of for k in ("1.200", "3.500", "300")] == [f["5.000"].start] * 3
    assert (f["4.600"].part_of, f["400"].part_of) == (None, None)
    assert f["5.000"].check == "ok"


def test_a_bare_count_over_the_count_of_its_whole_is_a_part_of_it() -> None:
    f = by_mention("Năm nay, trường B có tới 19 trên 350 thí sinh không đỗ tốt nghiệp.")
    assert f["19"].part_of == f["350"].start
    assert f["350"].qualifier == "exact"  # "trên" between two counts is "out of", not "more than"
    assert by_mention("Có trên 500 người tham gia.")["500"].qualifier == "more_than"
    # a year or a day before "trên" is no count: "more than" stays
    assert by_mention("Năm 2024 trên 800 hộ đã thoát nghèo.")["800"].qualifier == "more_than"
    assert by_mention("Trong tháng 9 trên 150 ca mắc mới được ghi nhận.")["150"].qualifier == "more_than"


def test_parts_listed_before_the_rest_untold_split_the_total_before() -> None:
    text = "Đến nay, huyện đã lập 820 nhóm Zalo. 95 nhóm ở khối cơ quan; 610 nhóm ở thôn, tổ dân phố; còn lại ở trường học."
    f = by_mention(text)
    assert (f["95"].part_of, f["610"].part_of) == (f["820"].start,) * 2
    assert f["820"].check.startswith("under")
    # with no rest said, two counts after a larger one are no parts by themselves
    g = by_mention("Đến nay, huyện đã lập 820 nhóm Zalo. 95 nhóm ở khối cơ quan; 610 nhóm ở thôn, tổ dân phố.")
    assert (g["95"].part_of, g["610"].part_of) == (None, None)
    # a total said alone that opens the list is the sentence's own: its parts are its
    h = by_mention("Vùng có 300 xã. Huyện B có 60 xã; 25 xã đạt chuẩn, 18 xã đang xây dựng, còn lại chưa đạt.")
    assert (h["25"].part_of, h["18"].part_of) == (h["60"].start,) * 2
    assert h["60"].part_of is None and h["300"].check == ""


def test_the_counts_that_open_the_clauses_of_a_split_are_its_parts_each_kind_to_its_total() -> None:
    text = (
        "Năm nay huyện được giao 300 tỷ đồng cho 90 dự án. Trong đó, vốn tỉnh 220 tỷ đồng cho 50 dự án, "
        "đã giải ngân 40 tỷ đồng; vốn huyện 80 tỷ đồng cho 40 dự án, đã giải ngân 15 tỷ đồng."
    )
    f = by_mention(text)
    assert (f["220 tỷ"].part_of, f["80 tỷ"].part_of) == (f["300 tỷ"].start,) * 2
    assert (f["50"].part_of, f["40"].part_of) == (f["90"].start,) * 2
    assert (f["40 tỷ"].part_of, f["15 tỷ"].part_of) == (None, None)


def test_theo_do_opens_the_parts_of_the_sentence_before() -> None:
    text = (
        "Sáu tháng, cả nước xảy ra 8.100 vụ cháy, làm 60 người chết. Cháy ở khu dân cư tăng mạnh nhất. "
        "Theo đó, khu dân cư xảy ra 5.300 vụ, làm 41 người chết; khu công nghiệp xảy ra 2.800 vụ, làm 19 người chết."
    )
    f = by_mention(text)
    assert (f["5.300"].part_of, f["2.800"].part_of) == (f["8.100"].start,) * 2
    assert (f["41"].part_of, f["19"].part_of) == (f["60"].start,) * 2


def test_items_with_owners_of_their_own_are_no_parts_of_the_first() -> None:
    f = by_mention("Huyện Đông có 50 xã, huyện Tây có 20 xã, huyện Nam có 15 xã, còn lại chưa có số liệu.")
    assert f["20"].part_of is None and f["15"].part_of is None
