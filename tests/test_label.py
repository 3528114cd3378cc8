"""statx.understand.label: what tells a part apart from its siblings."""

from __future__ import annotations

import pytest

from statx import extract
from tests.conftest import by_mention, facts


def test_a_discipline_list_of_predicates() -> None:
    f = by_mention(
        "Ủy ban đề nghị thi hành kỷ luật 5 tổ chức đảng và 16 đảng viên. "
        "Trong 16 đảng viên, có 3 người bị cách chức, 7 người bị cảnh cáo và 6 người bị khiển trách."
    )
    labels = {m: f[m].label for m in ("3", "7", "6")}
    assert labels == {"3": "cách chức", "7": "cảnh cáo", "6": "khiển trách"}  # a leading "bị" is no part of a label
    assert {f[m].category for m in ("3", "7", "6")} == {"discipline"}


def test_classes_of_a_total_named_before_their_parts() -> None:
    f = by_mention(
        "Kim ngạch xuất khẩu nông lâm thủy sản ước đạt 56,8 tỷ USD. "
        "Trong đó, nhóm nông sản chính đạt 28,6 tỷ USD, lâm sản chính 15,4 tỷ USD, thủy sản 9,1 tỷ USD."
    )
    total = f["56,8 tỷ"]
    assert [(f[m].label, f[m].part_of) for m in ("28,6 tỷ", "15,4 tỷ", "9,1 tỷ")] == [
        ("nhóm nông sản chính", total.start),
        ("lâm sản chính", total.start),
        ("thủy sản", total.start),
    ]


def test_the_central_level_counts_while_a_central_plenum_is_a_name() -> None:
    f = by_mention("Có 3.120 hộ đạt danh hiệu (cấp huyện 2.450 hộ, cấp tỉnh 620 hộ, cấp Trung ương 50 hộ).")
    assert f["50"].part_of == f["3.120"].start and f["3.120"].check == "ok"
    assert [f[m].label for m in ("2.450", "620", "50")] == ["cấp huyện", "cấp tỉnh", "cấp Trung ương"]
    assert extract("Hội nghị Trung ương 8 khóa XIII đã thảo luận nhiều nội dung.") == []


def test_an_adjective_after_a_part_is_no_label() -> None:
    f = by_mention("Trang đã đăng 1.240 bài viết, trong đó có 310 video ngắn.")
    assert f["310"].part_of == f["1.240"].start
    assert f["310"].label == ""


def test_label_after_doi_voi_and_period_from_the_start_of_the_term() -> None:
    f = by_mention(
        "Ủy ban quyết định thi hành kỷ luật bằng hình thức cảnh cáo đối với 2 đảng viên. "
        "Từ đầu nhiệm kỳ đến nay, Ủy ban đã kỷ luật 152 đảng viên."
    )
    assert (f["2"].label, f["2"].actor, f["2"].category) == ("cảnh cáo", "Ủy ban", "discipline")
    assert f["152"].period == "Từ đầu nhiệm kỳ đến nay"


def test_a_class_named_before_a_part_loses_its_verb() -> None:
    f = by_mention(
        "Các nền tảng đã gỡ bỏ 4.126 video, bài viết. Trong đó, YouTube gỡ 1.250 video, Facebook gỡ 2.310 bài viết, TikTok gỡ 566 video."
    )
    assert [f[m].label for m in ("1.250", "2.310", "566")] == ["YouTube", "Facebook", "TikTok"]
    assert {f[m].part_of for m in ("1.250", "2.310", "566")} == {f["4.126"].start}


# ---------------------------------------------------------------- labels: what tells a part from its siblings


def labels(text: str, *mentions: str) -> list[str]:
    f = by_mention(text)
    return [f[m].label for m in mentions]


def need_gazetteer() -> None:
    from statx.lexicon.places import place_names

    if not place_names():
        pytest.skip("underthesea's address gazetteer is not installed: place names are unknown")


def test_the_form_after_the_count_is_its_label() -> None:
    text = "Năm qua có 9 đảng viên bị khai trừ, 14 đảng viên bị “cảnh cáo” và 31 trường hợp khiển trách."
    assert labels(text, "9", "14", "31") == ["khai trừ", "cảnh cáo", "khiển trách"]


def test_a_form_after_a_bracket_and_a_form_named_by_hinh_thuc() -> None:
    text = "Huyện ủy có 6 đảng viên (4 ở xã Tân Lập, 2 ở xã Hòa Sơn) bị kỷ luật ở mức “cảnh cáo”."
    assert labels(text, "6") == ["cảnh cáo"]
    text = "Ban Thường vụ kỷ luật 1 tổ chức cơ sở đảng bằng hình thức khiển trách."
    assert labels(text, "1") == ["khiển trách"]
    assert labels("Có 12 đảng viên không bị kỷ luật.", "12") == [""]


def test_a_colon_list_labels_each_item() -> None:
    text = "Nhà bị hư hại gồm 22 căn (Bắc Kạn: 12, Lạng Sơn: 7, Phú Thọ: 3)."
    assert labels(text, "12", "7", "3") == ["Bắc Kạn", "Lạng Sơn", "Phú Thọ"]
    assert labels("Tổng cộng: 45 người.", "45") == [""]  # a heading alone is no list


def test_a_colon_list_of_kinds_keeps_their_commas_and_shares_take_the_label() -> None:
    text = "Vi phạm chủ yếu: quản lý tài chính, đầu tư công: 6 (30%); đạo đức, lối sống: 4 (20%)."
    assert labels(text, "6", "30%", "4", "20%") == ["quản lý tài chính, đầu tư công"] * 2 + ["đạo đức, lối sống"] * 2


def test_a_name_before_a_bracket_labels_the_count_in_it() -> None:
    text = "Nhiều ca mắc ở các huyện: Mộc Châu (41); Mường Tè (17); Sìn Hồ (9)."
    assert labels(text, "41", "17", "9") == ["Mộc Châu", "Mường Tè", "Sìn Hồ"]
    text = "Giải có 20 đội, chia hai bảng: phía Bắc (11 đội), phía Nam (9 đội)."
    assert labels(text, "11", "9") == ["phía Bắc", "phía Nam"]
    text = "Hai tàu bị chìm gồm Sao Mai 8 (tàu hàng, 9 thuyền viên), Hồng Hà 2 (tàu cá, 6 thuyền viên)."
    assert labels(text, "9", "6") == ["Sao Mai 8", "Hồng Hà 2"]


def test_names_listed_before_their_counts() -> None:
    text = "Lúa bị ngập 61 ha, gồm Khe Ngọt 40 ha, Bãi Mới 21 ha."
    assert labels(text, "40", "21") == ["Khe Ngọt", "Bãi Mới"]
    text = "Trong đó, cấp tỉnh 4 nhóm, cấp huyện 27 nhóm."
    assert labels(text, "4", "27") == ["cấp tỉnh", "cấp huyện"]


def test_a_place_of_the_gazetteer_is_a_label_alone() -> None:
    need_gazetteer()
    assert labels("Trong đợt mưa, Cà Mau 25 ha lúa bị ngập.", "25") == ["Cà Mau"]
    assert labels("Đợt mưa, Khe Ngọt 25 ha lúa bị ngập.", "25") == [""]  # an unknown name needs a sibling


def test_a_part_set_apart_with_rieng() -> None:
    assert labels("Mưa làm 900 nhà tốc mái (riêng Bạc Liêu 700 nhà).", "700") == ["Bạc Liêu"]


def test_what_follows_a_shared_noun_tells_the_counts_apart() -> None:
    text = "Đoàn giành 16 huy chương gồm 5 huy chương vàng, 3 huy chương bạc và 8 huy chương đồng."
    assert labels(text, "5", "3", "8") == ["vàng", "bạc", "đồng"]
    text = "Thành phố có thêm 75 ca, gồm 50 ca trong khu phong tỏa và 25 ca cộng đồng."
    assert labels(text, "50", "25") == ["trong khu phong tỏa", "cộng đồng"]


def test_where_each_part_is_after_its_noun() -> None:
    text = "Có 5 hộ bị thiệt hại (3 hộ tại xã Tân Lập, 2 hộ tại xã Hòa Sơn)."
    assert labels(text, "3", "2") == ["xã Tân Lập", "xã Hòa Sơn"]


def test_a_form_before_the_first_count_is_shared_along_va() -> None:
    assert labels("Tỉnh ủy kỷ luật khiển trách 2 chi bộ và 9 đảng viên.", "2", "9") == ["khiển trách", "khiển trách"]
    assert labels("Tỉnh ủy thi hành kỷ luật 2 chi bộ và 9 đảng viên.", "9") == [""]


def test_kinds_of_violation_after_their_counts() -> None:
    text = "Chủ yếu do vi phạm quy chế làm việc (6 trường hợp), 4 trường hợp vi phạm đạo đức, lối sống."
    assert labels(text, "6", "4") == ["quy chế làm việc", "đạo đức, lối sống"]
    assert labels("Có 13 đảng viên vi phạm đến mức phải kỷ luật.", "13") == [""]


def test_the_source_of_each_amount() -> None:
    text = "Dự án cần 420 tỷ đồng, gồm 300 tỷ đồng từ ngân sách tỉnh và 120 tỷ đồng từ nguồn xã hội hóa."
    assert labels(text, "300 tỷ", "120 tỷ") == ["ngân sách tỉnh", "nguồn xã hội hóa"]


def test_a_share_or_change_beside_a_labelled_part_takes_its_label() -> None:
    text = "Hình thức kỷ luật: cảnh cáo 13 (chiếm 40%), khiển trách 20 (60%)."
    assert labels(text, "40%", "60%") == ["cảnh cáo", "khiển trách"]
    text = "Trong đó, thu nội địa 900 tỷ đồng, đạt 52%; thu xuất nhập khẩu 120 tỷ đồng, đạt 48%."
    assert labels(text, "52%", "48%") == ["thu nội địa", "thu xuất nhập khẩu"]


def test_the_rest_of_a_list() -> None:
    text = "Ngoài 3 trường hợp đã bị kỷ luật, 27 trường hợp còn lại đang được xem xét."
    assert labels(text, "27") == ["còn lại"]


def test_after_trong_do_the_subject_of_each_clause_is_its_label() -> None:
    text = (
        "Trong đó, đường sắt xảy ra 40 vụ, làm chết 12 người, bị thương 9 người; "
        "đường biển xảy ra 6 vụ, làm chết 2 người. Đường sông xảy ra 1 vụ. Thời tiết xảy ra 3 đợt mưa."
    )
    assert labels(text, "40", "12", "9", "6", "1", "3") == ["đường sắt"] * 3 + ["đường biển", "Đường sông", ""]
    assert labels("Tỉnh ủy đạt 40 điểm, huyện ủy đạt 32 điểm.", "40") == [""]  # no "trong đó", no sentence before


def test_parallel_subjects_before_the_same_verb_name_the_parts() -> None:
    text = (
        "Tổng vốn là 1.600 tỷ đồng. Đợt một (2019 - 2021) là 900 tỷ đồng. Đợt hai (2022 - 2024) là 700 tỷ đồng. "
        "Vốn tỉnh giai đoạn 2025 - 2030 là 300 tỷ đồng; vốn huyện là hơn 80 tỷ đồng."
    )
    assert labels(text, "1.600 tỷ", "900 tỷ", "700 tỷ", "300 tỷ", "80 tỷ") == [
        "",
        "Đợt một",
        "Đợt hai",
        "Vốn tỉnh giai đoạn 2025 - 2030",
        "vốn huyện",
    ]


def test_a_verb_that_opens_the_qualifier_still_marks_parallel_subjects() -> None:
    text = "Khách trong nước ước đạt 4,1 triệu lượt, tăng 12%; khách nước ngoài ước đạt 0,9 triệu lượt, tăng 30%."
    assert labels(text, "4,1 triệu", "12%", "0,9 triệu", "30%") == ["Khách trong nước"] * 2 + ["khách nước ngoài"] * 2


def test_classes_that_do_not_differ_and_objects_after_a_classifier_are_no_labels() -> None:
    assert labels("Có 100 đồn (công an 9 huyện; công an 91 xã).", "9", "91") == ["", ""]
    assert labels("Bài đăng có 200 lượt xem, 50 lượt thích.", "200", "50") == ["", ""]
    assert labels("Có 500 hộ, trong đó 340 hộ nghèo.", "340") == [""]


def test_a_part_opened_by_trong_do_is_told_from_its_total_by_what_follows_the_noun() -> None:
    assert labels("Thành phố có thêm 75 ca mắc mới, trong đó có 20 ca cộng đồng.", "75", "20") == ["", "cộng đồng"]


def test_places_alike_before_the_same_verb_and_a_place_after_an_opening_word() -> None:
    need_gazetteer()
    text = "Mưa lũ làm hư hỏng nhiều nhà, Bắc Kạn có 30 nhà, Lạng Sơn có 12 nhà bị sập."
    assert labels(text, "30", "12") == ["Bắc Kạn", "Lạng Sơn"]
    assert labels("Mưa làm hư hại nhiều nhà. Tại Phú Thọ: 9 nhà.", "9") == ["Phú Thọ"]


def test_a_place_after_an_abbreviated_kind_of_place_is_an_item_not_a_name_with_digits() -> None:
    need_gazetteer()
    text = "Số trường đạt chuẩn: Cần Thơ 31, TP. Hồ Chí Minh 58, Huế 17."
    assert labels(text, "31", "58", "17") == ["Cần Thơ", "TP. Hồ Chí Minh", "Huế"]


def test_a_reason_after_do_is_a_kind_and_replaces_a_generic_action() -> None:
    text = "Trong đó, thi hành kỷ luật 40 đảng viên do tham ô, 95 đảng viên do suy thoái về tư tưởng, đạo đức."
    assert labels(text, "40", "95") == ["tham ô", "suy thoái về tư tưởng, đạo đức"]
    text = "Trong đó, chi bộ A thi hành kỷ luật 6 trường hợp, chi bộ B thi hành kỷ luật 9 trường hợp."
    assert labels(text, "6", "9") == ["chi bộ A", "chi bộ B"]


def test_without_the_gazetteer_names_still_label_lists(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    from statx.lexicon import places

    places.place_names.cache_clear()
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    try:
        assert places.place_names() == frozenset()
        assert labels("Lúa bị ngập gồm Khe Ngọt 40 ha, Bãi Mới 21 ha.", "40", "21") == ["Khe Ngọt", "Bãi Mới"]
        assert labels("Trong đợt mưa, Cà Mau 25 ha lúa bị ngập.", "25") == [""]
    finally:
        places.place_names.cache_clear()


def test_names_listed_after_nhu_before_the_same_verb() -> None:
    text = "Số ca mắc tăng cao ở nhiều nơi, như Bắc Kạn tăng 74%, Lạng Sơn tăng 51%, TP.Khe Ngọt tăng 20%."
    assert labels(text, "74%", "51%", "20%") == ["Bắc Kạn", "Lạng Sơn", "TP.Khe Ngọt"]
    text = "Hãng Alpha chặn 300 clip. Hãng Alpha đã chặn khoảng 300 clip trong năm."
    assert labels(text, "300") == [""]  # a headline repeated is no sibling


def test_sentences_framed_alike_name_their_first_count() -> None:
    text = "Ở môn Bơi, đoàn giành 6 huy chương gồm 2 huy chương vàng và 4 huy chương bạc. Môn Cờ vua, đoàn giành 4 huy chương."
    assert labels(text, "6", "2") == ["môn Bơi", "vàng"]
    assert [f.label for f in facts(text) if f.mention == "4"] == ["bạc", "Môn Cờ vua"]  # as written
    assert labels("Ở môn Bơi, đoàn giành 5 huy chương.", "5") == [""]  # one frame alone frames nothing apart


def test_forms_joined_by_a_comma_before_the_count() -> None:
    assert labels("Chi bộ đã xóa tên, cho ra khỏi Đảng đối với 6 đảng viên.", "6") == ["xóa tên, cho ra khỏi Đảng"]


def test_names_linked_to_their_counts_and_changes_beside_them() -> None:
    text = "Các thị trường chính gồm: Alpha với 7,5 tỷ USD, tăng mạnh 21%; Beta đạt trị giá 2,2 tỷ USD, tăng 9%."
    assert labels(text, "7,5 tỷ", "21%", "2,2 tỷ", "9%") == ["Alpha", "Alpha", "Beta", "Beta"]


def test_a_subject_after_va_that_ends_a_counted_item() -> None:
    text = "Tổng thu đạt 90 tỷ đồng, trong đó khối nhà nước đạt 60 tỷ đồng, tăng 5% và khối tư nhân đạt 30 tỷ đồng."
    assert labels(text, "60 tỷ", "5%", "30 tỷ") == ["khối nhà nước", "khối nhà nước", "khối tư nhân"]


def test_a_lone_place_before_co_is_the_actor_not_a_label() -> None:
    need_gazetteer()
    assert labels("Ngày 5/1, Lạng Sơn có 250 ca mắc mới.", "250") == [""]


def test_gazetteer_names_are_read_from_either_way_of_writing_the_file() -> None:
    import json

    from statx.lexicon import places

    data = {
        "province_names": {"a": {"short": "Khe Ngọt"}},
        "ward_mapping": [{"old_district": "Huyện Bãi Mới", "old_ward": "Xã Đồi Thông", "new_ward": "Phường 3"}],
    }
    for text in (json.dumps(data, ensure_ascii=False), json.dumps(data)):  # raw, then escaped
        assert sorted(n for n, _ in places._names(text)) == ["3", "Bãi Mới", "Khe Ngọt", "Đồi Thông"]


def test_a_split_by_who_acted_labels_each_count_with_its_subject() -> None:
    text = "Năm qua có 40 đảng viên bị kỷ luật; Ban Thường vụ Huyện ủy thi hành kỷ luật 2, đảng ủy xã thi hành kỷ luật 12, chi bộ thi hành kỷ luật 26 trường hợp."
    f = by_mention(text)
    assert [f[k].label for k in ("2", "12", "26")] == ["Ban Thường vụ Huyện ủy", "đảng ủy xã", "chi bộ"]
    f = by_mention("Công an huyện bắt 5 đối tượng, công an xã bắt 2 đối tượng.")
    assert (f["5"].label, f["2"].label) == ("Công an huyện", "công an xã")
    # whose: the name after "của"
    f = by_mention("Trang của Bắc Lâm thu hút 3 triệu lượt xem, của Nam Lâm thu hút 2 triệu lượt xem.")
    assert (f["3 triệu"].label, f["2 triệu"].label) == ("Bắc Lâm", "Nam Lâm")


def test_a_date_is_no_subject() -> None:
    f = by_mention("Khối A đạt 91% chỉ tiêu, khối B đạt 85% (năm 2019 đạt 80%).")
    assert f["80%"].label != "năm 2019"


def test_what_is_done_doi_voi_each_count_of_a_list_is_its_label() -> None:
    text = "Ngoài ra, huyện ủy đã tạm đình chỉ công tác đối với 3 đảng viên, xóa tên và cho rút đối với 12 đảng viên."
    f = by_mention(text)
    assert (f["3"].label, f["12"].label) == ("tạm đình chỉ công tác", "xóa tên và cho rút")
    # one alone: its verb phrase names the action taken on its count (a discipline count of its own)
    assert by_mention("Huyện ủy đã tạm đình chỉ công tác đối với 3 đảng viên.")["3"].label == "tạm đình chỉ công tác"


def test_every_share_and_change_in_the_run_after_a_labelled_part_takes_its_label() -> None:
    f = by_mention(
        "Trong đó, thu từ phí cầu đường đạt 410 tỷ đồng, bằng 31,5% kế hoạch năm, bằng 27% dự toán điều chỉnh, "
        "tăng 12,4% so với năm ngoái; thu cho thuê mặt bằng đạt 95 tỷ đồng, bằng 40% kế hoạch."
    )
    assert [f[m].label for m in ("31,5%", "27%", "12,4%")] == ["thu từ phí cầu đường"] * 3
    assert f["40%"].label == "thu cho thuê mặt bằng"  # the ';' ends the run of the first part
    assert all(f[m].part_of is None for m in ("31,5%", "27%", "12,4%", "40%"))


def test_a_revenue_line_opening_with_a_verb_is_a_subject_before_a_copula() -> None:
    f = by_mention(
        "Tổng thu của cảng đạt 900 tỷ đồng, gồm: thu dịch vụ bốc xếp container đạt 600 tỷ đồng; "
        "thu lưu kho bãi đạt 300 tỷ đồng. Chi thường xuyên được hơn 250 tỷ đồng."
    )
    assert [(f[m].label, f[m].part_of) for m in ("600 tỷ", "300 tỷ")] == [
        ("thu dịch vụ bốc xếp container", f["900 tỷ"].start),
        ("thu lưu kho bãi", f["900 tỷ"].start),
    ]


def test_a_verb_after_a_preposition_stays_in_the_subject() -> None:
    f = by_mention("Trong đó, chi cho đầu tư phát triển là 70 tỷ đồng; chi cho sự nghiệp văn hóa là 12 tỷ đồng.")
    assert [f[m].label for m in ("70 tỷ", "12 tỷ")] == ["chi cho đầu tư phát triển", "chi cho sự nghiệp văn hóa"]


def test_clauses_of_a_list_set_apart_by_semicolons_are_named_by_their_subjects() -> None:
    f = by_mention("Xếp sau là sợi bông đạt 3,1 tỷ USD; đồ gỗ đạt 2,4 tỷ USD; giày dép đạt 1,9 tỷ USD.")
    assert [f[m].label for m in ("3,1 tỷ", "2,4 tỷ", "1,9 tỷ")] == ["sợi bông", "đồ gỗ", "giày dép"]


def test_a_dash_between_lower_case_words_stays_inside_a_subject() -> None:
    f = by_mention("Thu nội địa đạt 80 tỷ đồng. Thu từ xuất - nhập khẩu đạt 20 tỷ đồng.")
    assert f["20 tỷ"].label == "Thu từ xuất - nhập khẩu"


def test_a_capitalised_colour_before_a_summary_bracket_is_a_label() -> None:
    f = by_mention("Đoàn khép lại giải với 12 huy chương Vàng, 9 huy chương Bạc và 7 huy chương Đồng (tổng cộng 28 huy chương).")
    assert [f[m].label for m in ("12", "9", "7")] == ["Vàng", "Bạc", "Đồng"]


def test_a_name_and_a_colon_heading_each_paragraph_labels_its_counts() -> None:
    text = (
        "Xuất khẩu hàng dệt may trong quý đạt 9 tỷ USD.\n\n"
        "Sợi bông: lượng bán ra đạt 120 nghìn tấn, trị giá 410 triệu USD. Qua đó, cả quý đạt 300 nghìn tấn.\n\n"
        "Vải thành phẩm: lượng bán ra đạt 80 nghìn tấn, trị giá 260 triệu USD.\n"
    )
    f = by_mention(text)
    assert [f[m].label for m in ("120 nghìn", "410 triệu", "300 nghìn")] == ["Sợi bông"] * 3
    assert [f[m].label for m in ("80 nghìn", "260 triệu")] == ["Vải thành phẩm"] * 2
    assert f["9 tỷ"].label == ""


def test_one_sentence_opening_with_a_name_and_a_colon_is_no_list() -> None:
    f = by_mention("Ông Bình: năm nay gia đình thu hoạch 12 tấn cà phê.")
    assert f["12"].label == ""


def test_after_nhat_la_the_subject_names_the_part_and_a_share_chain_follows() -> None:
    f = by_mention(
        "Trong đó, ba nguồn lớn nhất là phí dịch vụ đạt hơn 500 tỷ đồng, chiếm 40%, bằng 30% dự toán; "
        "tiền cho thuê được 120 tỷ đồng, ước đạt 25% và tăng 8%."
    )
    assert [f[m].label for m in ("500 tỷ", "40%", "30%")] == ["phí dịch vụ"] * 3
    assert [f[m].label for m in ("120 tỷ", "25%", "8%")] == ["tiền cho thuê"] * 3


def test_a_share_in_a_bracket_does_not_break_a_list_told_apart_after_its_noun() -> None:
    f = by_mention(
        "Hội đồng có 40 thành viên, trong đó 12 thành viên nữ (30%), 9 thành viên trẻ tuổi (22,5%), 6 thành viên tái cử (15%)."
    )
    assert [f[m].label for m in ("12", "9", "6")] == ["nữ", "trẻ tuổi", "tái cử"]
    assert [f[m].label for m in ("30%", "22,5%", "15%")] == ["nữ", "trẻ tuổi", "tái cử"]


def test_every_count_of_a_colon_item_takes_its_name() -> None:
    f = by_mention("Kết quả từng xã như sau: Bắc Lâm: 120 ha, 61 tạ/ha, 732 tấn; Nam Lâm: 80 ha, 58 tạ/ha, 464 tấn.")
    assert [f[m].label for m in ("120", "61", "732")] == ["Bắc Lâm"] * 3
    assert [f[m].label for m in ("80", "58", "464")] == ["Nam Lâm"] * 3


def test_a_long_source_set_apart_by_a_semicolon_names_its_amount() -> None:
    f = by_mention(
        "Về nguồn vốn, quỹ tỉnh (vốn ủy thác) là 300 tỷ đồng; "
        "quỹ của các huyện và các nguồn tài trợ hợp pháp khác là 120 tỷ đồng."
    )
    assert f["300 tỷ"].label == "quỹ tỉnh"
    assert f["120 tỷ"].label == "quỹ của các huyện và các nguồn tài trợ hợp pháp khác"


def test_the_items_of_a_colon_list_are_named_by_the_class_before_each() -> None:
    f = by_mention("Doanh thu đạt 900 tỷ đồng, bao gồm: bán lẻ 500 tỷ đồng; cho thuê 250 tỷ đồng; dịch vụ khác 150 tỷ đồng.")
    assert [f[m].label for m in ("500 tỷ", "250 tỷ", "150 tỷ")] == ["bán lẻ", "cho thuê", "dịch vụ khác"]
    assert f["900 tỷ"].check == "ok"


def test_a_word_that_opens_a_list_is_no_class_of_its_first_item() -> None:
    f = by_mention("Xã có 120 hộ, gồm 70 hộ trồng lúa và 50 hộ nuôi cá.")
    assert "gồm" not in f["70"].label


def test_a_class_of_five_words_set_off_by_a_comma_names_a_part() -> None:
    f = by_mention("Năm qua phát hiện 60 vụ. Trong đó, vi phạm quy định về giá 40 vụ, hàng nhái 20 vụ.")
    assert [f[m].label for m in ("40", "20")] == ["vi phạm quy định về giá", "hàng nhái"]


def test_a_class_right_after_trong_do_names_the_first_part() -> None:
    f = by_mention("Kinh phí là 500 tỷ đồng, trong đó vốn ngân sách trung ương 300 tỷ đồng, vốn ngân sách huyện 200 tỷ đồng.")
    assert [f[m].label for m in ("300 tỷ", "200 tỷ")] == ["vốn ngân sách trung ương", "vốn ngân sách huyện"]


def test_a_part_whose_noun_is_followed_by_a_tense_word_is_named_by_its_predicate() -> None:
    f = by_mention("Đợt này có 400 hộ đăng ký, trong đó 250 hộ đã nhận hỗ trợ, 150 hộ còn lại đang chờ.")
    assert f["250"].label == "nhận hỗ trợ"


def test_a_ranked_name_labels_the_counts_after_voi_in_its_clause() -> None:
    f = by_mention(
        "Bắc Lâm dẫn đầu với 40 dự án, tổng vốn là 2 tỷ USD; đứng thứ hai là Nam Lâm với 25 dự án, tổng vốn 1,1 tỷ USD. "
        "Đông Lâm đứng vị trí thứ ba với 12 dự án và 0,6 tỷ USD, chiếm 9%."
    )
    assert [f[m].label for m in ("40", "2 tỷ")] == ["Bắc Lâm"] * 2
    assert [f[m].label for m in ("25", "1,1 tỷ")] == ["Nam Lâm"] * 2
    assert [f[m].label for m in ("12", "0,6 tỷ", "9%")] == ["Đông Lâm"] * 3


def test_a_sector_ranked_after_a_semicolon_is_named_whole() -> None:
    f = by_mention("Vốn chảy vào chế biến gỗ với 30 dự án; lĩnh vực thương mại điện tử đứng thứ 2 với 11 dự án.")
    assert f["11"].label == "lĩnh vực thương mại điện tử"


def test_what_each_amount_goes_to_tells_siblings_apart() -> None:
    f = by_mention(
        "Quỹ đã rót 700 tỷ đồng vào nông nghiệp (chiếm 70% số vốn) và 300 tỷ đồng vào du lịch (chiếm 30%). "
        "Năm sau dành 90 tỷ đồng cho giáo dục, 40 tỷ đồng cho y tế."
    )
    assert [f[m].label for m in ("700 tỷ", "70%", "300 tỷ", "30%")] == ["nông nghiệp"] * 2 + ["du lịch"] * 2
    assert [f[m].label for m in ("90 tỷ", "40 tỷ")] == ["giáo dục", "y tế"]


def test_lines_each_a_name_a_colon_and_a_count_are_labelled_by_their_names() -> None:
    f = by_mention("Lực lượng ứng trực gồm:\nBộ đội biên phòng: 60 chiến sĩ.\nY tế: 25 y bác sĩ.\nThanh niên: 140 người.\n")
    assert [f[m].label for m in ("60", "25", "140")] == ["Bộ đội biên phòng", "Y tế", "Thanh niên"]


def test_a_class_opening_with_a_verb_names_a_part_when_it_is_long_enough() -> None:
    f = by_mention("Thành phố thu 4 tỷ đồng tiền phạt, trong đó phạt lấn chiếm vỉa hè 3 tỷ đồng, phạt xả rác 1 tỷ đồng.")
    assert f["3 tỷ"].label == "phạt lấn chiếm vỉa hè" and f["3 tỷ"].part_of == f["4 tỷ"].start


def test_a_share_after_a_comma_does_not_break_a_list_told_apart_after_its_noun() -> None:
    f = by_mention("Trạm xá tiếp nhận 90 ca (trong đó 70 ca nội trú, chiếm 78%; 20 ca ngoại trú, chiếm 22%).")
    assert [f[m].label for m in ("70", "78%", "20", "22%")] == ["nội trú", "nội trú", "ngoại trú", "ngoại trú"]


def test_a_verb_inside_a_land_class_stays_in_the_class() -> None:
    f = by_mention("Huyện trồng 400 ha rừng; trong đó rừng phòng hộ 100 ha, rừng sản xuất 300 ha.")
    assert [f[m].label for m in ("100", "300")] == ["rừng phòng hộ", "rừng sản xuất"]


def test_a_reach_noun_with_a_verb_inside_is_a_whole_class() -> None:
    f = by_mention("Bài viết có 900 lượt tương tác, trong đó lượt thích 700, lượt chia sẻ 150, bình luận 50.")
    assert [f[m].label for m in ("700", "150", "50")] == ["lượt thích", "lượt chia sẻ", "bình luận"]


def test_classes_of_one_unit_after_a_verb_or_a_colon_name_their_counts() -> None:
    f = by_mention("Vụ này xã thu hoạch khoai 900 tấn, lạc 120 tấn, đậu tương 40 tấn.")
    assert [f[m].label for m in ("900", "120", "40")] == ["khoai", "lạc", "đậu tương"]
    g = by_mention("Hàng bán ra: gốm sứ 4 tỷ đồng, mây tre 2 tỷ đồng và tơ lụa 1 tỷ đồng.")
    assert [g[m].label for m in ("4 tỷ", "2 tỷ", "1 tỷ")] == ["gốm sứ", "mây tre", "tơ lụa"]


def test_a_change_after_a_count_is_no_class_of_one_unit() -> None:
    f = by_mention("Huyện có 30 trạm, tăng 4 trạm, giảm 2 trạm.")
    assert [f[m].label for m in ("30", "4", "2")] == ["", "", ""]


def test_bullet_lines_each_a_name_and_a_colon_are_labelled_by_their_names() -> None:
    f = by_mention("Quỹ đã chi 80 triệu đồng, gồm:\n- Thôn Đồng Tâm: 50 triệu đồng;\n- Thôn Bãi Sỏi: 30 triệu đồng.\n")
    assert [(f[m].label, f[m].part_of) for m in ("50 triệu", "30 triệu")] == [
        ("Thôn Đồng Tâm", f["80 triệu"].start),
        ("Thôn Bãi Sỏi", f["80 triệu"].start),
    ]


def test_abbreviated_units_that_differ_tell_the_counts_of_a_list_apart() -> None:
    f = by_mention("Đội chủ nhà giành 40 huy chương, gồm 15 HCV, 12 HCB và 13 HCĐ. Đội khách (9 HCV, 7 HCB, 5 HCĐ) xếp thứ hai.")
    assert [f[m].label for m in ("15", "12", "13")] == ["HCV", "HCB", "HCĐ"]
    assert [f[m].label for m in ("9", "7", "5")] == ["HCV", "HCB", "HCĐ"]


def test_what_a_bracket_after_a_labelled_item_says_is_of_that_item() -> None:
    f = by_mention("Các mặt hàng chính như: Chè 1,2 tỷ USD (tăng 9% với lượng 300 nghìn tấn, giảm 2%); Mía 0,8 tỷ USD (tăng 4%).")
    assert [f[m].label for m in ("1,2 tỷ", "9%", "300 nghìn", "2%")] == ["Chè"] * 4
    assert [f[m].label for m in ("0,8 tỷ", "4%")] == ["Mía"] * 2


def test_a_change_after_a_rate_takes_the_rate_label() -> None:
    f = by_mention("Giá bình quân: Chè 1.700 USD/tấn, tăng 3%; tiêu 4.100 USD/tấn, giảm 5%.")
    assert [f[m].label for m in ("1.700", "3%", "4.100", "5%")] == ["Chè", "Chè", "tiêu", "tiêu"]


def test_names_after_a_verb_and_after_semicolons_with_their_shares() -> None:
    f = by_mention(
        "Tổng số người tham gia BHNN 5.000 người, chiếm tỷ lệ 40% lao động, thấp hơn 2% so với kế hoạch (42%); "
        "BHTT 3.000 người, chiếm tỷ lệ 24%."
    )
    assert [f[m].label for m in ("5.000", "40%", "2%", "42%")] == ["BHNN"] * 4
    assert [f[m].label for m in ("3.000", "24%")] == ["BHTT"] * 2


def test_colon_items_after_a_comma_end_at_the_count_before() -> None:
    f = by_mention("Có 90 hộ (trong đó, hộ trồng chè: 60 hộ, nuôi cá: 30 hộ).")
    assert [f[m].label for m in ("60", "30")] == ["hộ trồng chè", "nuôi cá"]


def test_verbs_that_differ_across_semicolons_name_the_counts_of_their_clauses() -> None:
    f = by_mention("Ban kiểm tra kiểm tra 12 chi bộ và 40 đảng viên; giám sát 9 chi bộ và 25 đảng viên.")
    assert [f[m].label for m in ("12", "40", "9", "25")] == ["kiểm tra", "kiểm tra", "giám sát", "giám sát"]


def test_a_change_a_few_words_after_its_verb_goes_on_with_the_label() -> None:
    f = by_mention(
        "Trong đó, tỷ lệ hộ cận nghèo vùng cao còn dưới 8%, giảm bình quân mỗi năm gần 1,2% và giảm 6% so với năm 2019."
    )
    assert [f[m].label for m in ("8%", "1,2%", "6%")] == ["tỷ lệ hộ cận nghèo vùng cao"] * 3


def test_verb_phrases_are_no_classes_of_one_unit() -> None:
    f = by_mention("Năm nay trường tuyển thêm 300 học viên, nâng tổng số lên 4.100 học viên.")
    assert [f[m].label for m in ("300", "4.100")] == ["", ""]
    g = by_mention("Xuất khẩu mực, ước đạt 2 tỷ USD, tăng 5%; cá ngừ thu về hơn 1 tỷ USD.")
    assert "đạt" not in g["2 tỷ"].label and "thu về" not in g["1 tỷ"].label


def test_a_bracket_of_parts_or_of_the_total_takes_no_label_of_the_count_before() -> None:
    f = by_mention("Đội giành 20 huy chương Vàng, 10 huy chương Bạc và 5 huy chương Đồng (tổng cộng 35 huy chương).")
    assert f["35"].label == ""
    g = by_mention("Trận lũ làm 9 người bị thương (Bắc Lâm 5, Nam Lâm 3, mỗi huyện còn lại có 1 người).")
    assert g["1"].label == ""


# ---------------------------------------------------------------- labels on text statx had not seen (issue 13)


def test_clauses_split_by_their_verbs_also_along_commas() -> None:
    text = "Huyện ủy đã kiểm tra đối với 14 chi bộ, 37 đảng viên; giám sát 9 chi bộ, 22 đảng viên."
    assert labels(text, "14", "37", "9", "22") == ["kiểm tra", "kiểm tra", "giám sát", "giám sát"]
    text = "Đảng ủy xã kiểm tra 6 chi bộ và 18 đảng viên, giám sát 4 chi bộ và 11 đảng viên."
    assert labels(text, "6", "18", "4", "11") == ["kiểm tra", "kiểm tra", "giám sát", "giám sát"]
    text = "Sở đã cấp mới cho 31 dự án; điều chỉnh vốn cho 12 dự án, thu hồi 5 dự án."
    assert labels(text, "31", "12", "5") == ["cấp mới", "điều chỉnh vốn", "thu hồi"]
    text = "Qua tuần tra, công an huyện làm rõ 8 vụ, khởi tố hình sự 6 bị can, phạt tiền 20 bị can."
    assert labels(text, "6", "20") == ["khởi tố hình sự", "phạt tiền"]
    text = "Năm nay toàn huyện xảy ra 41 vụ va chạm, làm chết 9 người, bị thương 30 người."
    assert labels(text, "41", "9", "30") == ["", "làm chết", "bị thương"]  # "xảy ra" tells nothing apart


def test_verbs_of_clauses_that_count_other_things_name_no_parts() -> None:
    text = "Ngọn lửa đã thiêu rụi 12 căn nhà, khiến 5 người bị bỏng."
    assert labels(text, "12", "5") == ["", ""]
    text = "Xe buýt đã chạy 900 chuyến chở 30.000 lượt khách."  # a verb right after a count's noun opens no clause
    assert labels(text, "900", "30.000") == ["", ""]
    text = "Trang tin đã đăng 800 tin, bài, thu hút 2 triệu lượt xem."
    assert labels(text, "800", "2 triệu") == ["", ""]


def test_the_state_after_the_noun_tells_counts_of_one_noun_apart() -> None:
    text = "Về nhà cửa, có 17 nhà sập, 240 ngôi nhà bị hư hỏng; 12 ha lúa bị ngập."
    assert labels(text, "17", "240") == ["sập", "hư hỏng"]
    text = "Mưa lớn làm 3 người chết do lũ quét, 2 người chết do sét đánh và 6 người bị thương."
    assert labels(text, "3", "2", "6") == ["do lũ quét", "do sét đánh", "bị thương"]
    text = "Bão làm 45 nhà bị tốc mái và 8 nhà bị sập hoàn toàn tại huyện Tân Lập."
    assert labels(text, "45", "8") == ["tốc mái", "sập hoàn toàn"]


def test_a_class_after_the_noun_and_the_shares_beside_it() -> None:
    text = (
        "Quý này tỉnh đón 2,4 triệu lượt khách nội địa, tăng 12% so với cùng kỳ, đạt 55% kế hoạch, "
        "cùng với 96.000 lượt khách quốc tế, tăng 30%."
    )
    assert labels(text, "2,4 triệu", "12%", "55%", "96.000", "30%") == ["nội địa"] * 3 + ["quốc tế"] * 2


def test_a_total_and_its_part_after_trong_do_are_no_siblings() -> None:
    text = "Chín học sinh lớp 7 bị ngộ độc, trong đó năm học sinh phải nằm viện."
    assert labels(text, "Chín") == [""]
    text = "Xã lập 30 chi đoàn cơ sở, trong số đó 20 chi đoàn thôn."
    assert labels(text, "30") == [""]


def test_what_the_x_of_x_of_y_do_is_their_label_and_their_share_s() -> None:
    text = "Huyện A có 512/530 học sinh đỗ tốt nghiệp, đạt tỉ lệ 96,6%."
    assert labels(text, "512", "530", "96,6%") == ["đỗ tốt nghiệp", "", "đỗ tốt nghiệp"]
    text = "Đến nay 40/42 chi bộ thôn, bản có cấp ủy."
    assert labels(text, "40", "42") == ["có cấp ủy", ""]
    assert labels("Đã có 18/20 quận huyện ra quân.", "18") == ["ra quân"]
    assert labels("Có 3/30 quận huyện trong vùng.", "3") == [""]  # "quận huyện" is one word: no predicate


def test_a_sentence_opened_by_trong_do_names_a_part_of_the_count_before() -> None:
    text = "Tháng qua, huyện đảo đón 52.000 lượt du khách ghé thăm. Trong đó có 4.100 lượt khách nước ngoài, gấp 2 lần năm trước."
    assert labels(text, "4.100", "2") == ["khách nước ngoài", "khách nước ngoài"]


def test_classes_after_semicolons_name_their_shares() -> None:
    text = "Hội đồng mới có 45 thành viên, trong đó nữ chiếm tỷ lệ 31%; người dân tộc 9%; tái cử 40%."
    assert labels(text, "31%", "9%", "40%") == ["nữ", "người dân tộc", "tái cử"]


def test_a_measure_between_the_verb_and_the_count_is_no_part_of_the_subject() -> None:
    text = "Nhóm cơ khí chiếm tỷ trọng 22%, đạt 410 triệu USD; nhóm hóa chất chiếm tỷ trọng 5%, đạt 90 triệu USD."
    assert labels(text, "22%", "410 triệu", "5%", "90 triệu") == ["Nhóm cơ khí"] * 2 + ["nhóm hóa chất"] * 2


def test_a_bare_measure_goes_on_with_the_class_of_the_measure_before_it() -> None:
    text = "Diện tích mía đạt 2.100 ha, tăng 80 ha, sản lượng khoảng 140.000 tấn, tăng 3%. Diện tích chè đạt 900 ha."
    assert labels(text, "2.100", "140.000", "3%", "900") == ["mía", "mía", "mía", "chè"]


def test_a_duration_after_a_subject_is_no_part_of_it_nor_the_measure_of_its_class() -> None:
    text = (
        "Kim ngạch xuất khẩu của tỉnh đạt 2 tỷ USD; trong đó kim ngạch xuất khẩu hàng may 5 tháng đạt 700 triệu USD, "
        "kim ngạch xuất khẩu thủy sản 5 tháng qua đạt 300 triệu USD."
    )
    assert labels(text, "700 triệu", "300 triệu") == ["hàng may", "thủy sản"]


def test_the_noun_and_its_class_before_a_bracket_of_its_count() -> None:
    text = "Huyện đã bầu đủ đại biểu HĐND huyện (35 đại biểu) và đại biểu HĐND xã, thị trấn (410 đại biểu)."
    assert labels(text, "35", "410") == ["đại biểu HĐND huyện", "đại biểu HĐND xã, thị trấn"]


def test_a_name_ranked_after_the_scope_of_its_ranking() -> None:
    text = "Đứng thứ hai trong số các thị trường xuất khẩu của huyện là Nhật Bản, với 40 triệu USD, tăng 8%."
    assert labels(text, "40 triệu", "8%") == ["Nhật Bản", "Nhật Bản"]
    text = "Thứ ba là Hàn Quốc (gồm cả hàng tạm nhập) với 25 triệu USD."
    assert labels(text, "25 triệu") == ["Hàn Quốc"]


def test_a_count_joined_to_a_count_labelled_by_its_subject_goes_on_with_it() -> None:
    text = "Trong đó: Thường trực Huyện ủy kiểm tra 3 chi bộ, 11 đảng viên; đảng ủy cơ sở kiểm tra 40 chi bộ, 96 đảng viên."
    assert labels(text, "3", "11", "40", "96") == ["Thường trực Huyện ủy"] * 2 + ["đảng ủy cơ sở"] * 2
    text = "Trong đó hư hại là 300 ha tại xã Tân Lập và 120 ha tại xã Hòa Sơn."
    assert labels(text, "120") == ["xã Hòa Sơn"]  # parts by place, not the subject's


def test_a_long_cause_and_the_place_that_ends_each_item() -> None:
    text = "Trong đó, 5 người chết do bị nước lũ cuốn trôi; 2 người chết do sét đánh khi đang làm đồng."
    assert labels(text, "5", "2") == ["do bị nước lũ cuốn trôi", "do sét đánh"]
    text = "Trong đó, 2 người chết do đuối nước ở Bắc Kạn, 1 người bị thương do cây đổ tại Cao Bằng."
    assert labels(text, "2", "1") == ["Bắc Kạn", "Cao Bằng"]  # each item ends with where it is


def test_a_sentence_of_changes_goes_on_with_the_one_part_the_sentence_before_named() -> None:
    text = "Huyện đón 3.000 lượt khách nội địa và 400 lượt khách quốc tế. Con số này tăng 12% so với cùng kỳ."
    assert labels(text, "12%") == [""]  # two parts before: which one is not said
    text = "Riêng Bắc Lâm có 900 hộ nghèo. So với năm trước, giảm 120 hộ, tức giảm 11%."
    assert labels(text, "900", "120", "11%") == ["Bắc Lâm"] * 3


def test_names_after_the_noun_tell_counts_of_a_paragraph_apart() -> None:
    text = "Huyện bầu đủ 7 đại biểu HĐND tỉnh. Còn 12 xã phải bầu thêm 15 đại biểu HĐND xã."
    assert labels(text, "7", "15") == ["HĐND tỉnh", "HĐND xã"]
    text = "Xã lập 1 kênh riêng cho thanh niên. Huyện có 1 kênh chung."  # adjectives in two sentences: no classes
    assert [f.label for f in facts(text)] == ["", ""]


def test_a_scope_is_no_label_and_a_form_before_voi() -> None:
    assert labels("Cụ thể, toàn huyện thu hút 12 dự án mới.", "12") == [""]  # the actor, no part
    assert labels("Chi bộ đề nghị cho ra khỏi Đảng với 2 trường hợp.", "2") == ["cho ra khỏi Đảng"]


def test_clauses_of_a_split_opened_by_trong_do_are_parts_whatever_they_count() -> None:
    text = "Trong đó, đã khởi tố 6 bị can, xử phạt hành chính 40 trường hợp, gỡ bỏ 90 bài viết."
    assert labels(text, "6", "40", "90") == ["khởi tố", "xử phạt hành chính", "gỡ bỏ"]


def test_the_y_of_x_of_y_is_of_the_subject_too_and_a_frame_is_no_subject() -> None:
    text = "Đại biểu cấp huyện đạt 118/120 (thiếu 2 đại biểu); đại biểu cấp xã đạt 870/901 (thiếu 31 đại biểu)."
    assert labels(text, "118", "120", "870", "901") == ["Đại biểu cấp huyện"] * 2 + ["đại biểu cấp xã"] * 2
    text = "Về cây ăn quả có sản lượng xoài đạt 9.000 tấn, tăng 4%; sản lượng nhãn đạt 3.000 tấn."
    assert labels(text, "9.000", "3.000") == ["xoài", "nhãn"]


def test_a_time_before_or_after_a_subject_is_no_part_of_it() -> None:
    text = (
        "Trong 6 tháng đầu năm tổng số khách quốc tế đến tỉnh ước đạt 120.000 lượt, tăng 9%; khách nội địa ước đạt 2 triệu lượt."
    )
    assert labels(text, "120.000", "9%") == ["khách quốc tế đến tỉnh"] * 2
    text = "Tổng số khách quốc tế đến huyện trong năm 2024 ước đạt 50.000 lượt; khách nội địa ước đạt 900.000 lượt."
    assert labels(text, "50.000", "900.000") == ["khách quốc tế đến huyện", "khách nội địa"]


def test_items_of_one_classifier_told_apart_by_what_follows_it_up_to_the_mark() -> None:
    f = by_mention(
        "Đoàn kiểm tra lập biên bản 410 trường hợp sai phạm, trong đó 260 trường hợp lấn chiếm vỉa hè, "
        "hơn 120 trường hợp đỗ xe sai quy định, 30 trường hợp đổ rác bừa bãi."
    )
    assert (f["260"].label, f["120"].label, f["30"].label) == ("lấn chiếm vỉa hè", "đỗ xe sai quy định", "đổ rác bừa bãi")
    assert f["260"].part_of == f["120"].part_of == f["30"].part_of == f["410"].start
    assert f["260"].category == f["410"].category == "discipline"
    # one word after a bare classifier is what is counted, no label
    g = by_mention("Bài viết có 900 lượt xem, 120 lượt thích.")
    assert g["900"].label == g["120"].label == ""


def test_states_joined_by_a_comma_and_classes_before_a_bracket_of_change() -> None:
    text = "Giông lốc làm 12 nhà sập đổ và 340 nhà hư hại, tốc mái."
    assert labels(text, "12", "340") == ["sập đổ", "hư hại, tốc mái"]
    text = "Giá một số mặt hàng tăng so với tháng trước là gạo (tăng 3%), thịt lợn đạt (tăng 5%), rau xanh (giảm 2%)."
    assert labels(text, "3%", "5%", "2%") == ["gạo", "thịt lợn", "rau xanh"]


def test_a_numbered_class_before_its_copula_labels_each_item_of_a_list() -> None:
    f = by_mention("Huyện đã phát 900 suất quà, trong đó đợt 1 là 500 suất, đợt 2 là 400 suất.")
    assert [(f[m].label, f[m].part_of) for m in ("500", "400")] == [("đợt 1", f["900"].start), ("đợt 2", f["900"].start)]


def test_subsets_of_an_elected_total_told_by_what_follows_their_noun_negated_or_after_la() -> None:
    f = by_mention(
        "Xã bầu đủ 30 đại biểu, trong đó 8 đại biểu nữ (26%), 4 đại biểu không phải là đảng viên (13%), "
        "6 đại biểu là người dân tộc (20%)."
    )
    assert [f[m].label for m in ("8", "4", "6")] == ["nữ", "không phải là đảng viên", "người dân tộc"]
    assert [f[m].part_of for m in ("8", "4", "6")] == [f["30"].start] * 3
    assert f["13%"].label == "không phải là đảng viên"


def test_x_of_y_told_by_a_rating_of_two_verbs_joined() -> None:
    f = by_mention("Năm nay xã có 14/16 chi bộ hoàn thành xuất sắc và hoàn thành tốt nhiệm vụ.")
    assert f["14"].label == "hoàn thành xuất sắc và hoàn thành tốt nhiệm vụ"
    assert f["16"].label == "" and f["14"].part_of == f["16"].start


def test_items_after_a_colon_parted_by_semicolons_are_labelled_by_their_subjects() -> None:
    text = (
        "Nhiều mặt hàng tăng mạnh như: Nhóm đồ gỗ, mây tre và gốm sứ mỹ nghệ tăng 9,5%; Nhóm thủy sản (tôm và cá) ước "
        "tăng 7,1%; Nhóm rau, nhóm quả đều tăng khá, nhóm rau ước tăng 4,2%; nhóm quả ước tăng 6,3%."
    )
    assert labels(text, "9,5%", "7,1%", "4,2%", "6,3%") == [
        "Nhóm đồ gỗ, mây tre và gốm sứ mỹ nghệ",
        "Nhóm thủy sản (tôm và cá)",
        "nhóm rau",
        "nhóm quả",
    ]


def test_whom_the_things_counted_go_to_labels_each_count_of_a_list() -> None:
    text = "Trong đó, 12 phần quà dành tặng các cựu chiến binh, 30 phần tặng gia đình chính sách, 58 phần cho hộ khó khăn."
    assert labels(text, "12", "30", "58") == ["cựu chiến binh", "gia đình chính sách", "hộ khó khăn"]
    assert labels("Xã trao 40 phần quà cho người dân.", "40") == [""]  # one count alone: no list


def test_a_value_for_each_in_a_bracket_after_an_item_takes_the_items_label_and_names_no_class() -> None:
    text = (
        "Trong đó, 10 phần quà dành tặng các thương binh nặng (mỗi phần 2 triệu đồng), "
        "25 phần cho hộ neo đơn (mỗi phần 1 triệu đồng)."
    )
    assert labels(text, "10", "2 triệu", "25", "1 triệu") == ["thương binh nặng"] * 2 + ["hộ neo đơn"] * 2


@pytest.mark.parametrize("text", ["Có 3/5 xã", "Tỉnh có 25/30 huyện\n\nHuyện A có 12 xã."])
def test_a_ratio_that_ends_the_text_or_a_line_is_read_without_a_predicate(text: str) -> None:
    values = [f.value for f in facts(text)]
    assert values[:2] in ([3, 5], [25, 30])


def test_a_verb_that_starts_like_a_word_of_giving_names_no_recipient() -> None:
    f = by_mention("Trạm phát 30 liều thuốc cho trẻ nhỏ, 70 liều thuốc cho thấy tác dụng ngay.")
    assert "thấy" not in f["70"].label


def test_a_discipline_verb_phrase_before_a_count_of_people_is_its_label() -> None:
    f = by_mention(
        "Qua rà soát, Hội đồng Thôn Mây đình chỉ sinh hoạt hội 3 trường hợp do vắng mặt. "
        "Cấp ủy các cấp đã kiến nghị xử lý pháp luật 4 đảng viên và xử lý hành chính đối với 6 đảng viên."
    )
    assert f["3"].label == "đình chỉ sinh hoạt hội"
    assert f["4"].label == "kiến nghị xử lý pháp luật"
    assert f["6"].label == "xử lý hành chính"


def test_a_discipline_verb_shared_by_the_counts_of_a_sentence_labels_none() -> None:
    f = by_mention("Trong đó, hội đồng thôn kỷ luật 2 đảng viên; hội đồng xóm kỷ luật 5 đảng viên.")
    assert (f["2"].label, f["5"].label) != ("kỷ luật", "kỷ luật")
    g = by_mention("Đảng bộ Mây đã kỷ luật tổng cộng tới 40 người chậm nộp phí.")
    assert g["40"].label == ""


def test_a_verb_left_out_after_the_first_clause_splits_by_who_has_it() -> None:
    f = by_mention("Toàn huyện có 57 trang mạng xã hội. Các tổ nghiệp vụ sử dụng 21 trang, công an thôn, bản 36 trang.")
    assert (f["21"].label, f["36"].label) == ("Các tổ nghiệp vụ", "công an thôn, bản")
    assert f["21"].part_of == f["36"].part_of == f["57"].start
    g = by_mention("Tổng cộng 44 trang, trong đó các tổ nghiệp vụ quản lý 13 trang, công an cấp bản 31 trang.")
    assert (g["13"].label, g["31"].label) == ("các tổ nghiệp vụ", "công an cấp bản")
    assert g["13"].part_of == g["31"].part_of == g["44"].start


def test_owners_after_cua_tell_counts_of_one_unit_apart() -> None:
    f = by_mention(
        "Hiện nay sở đã đưa vào sử dụng 19 trang mạng xã hội của các tổ nghiệp vụ, công an cấp huyện; "
        "23 trang mạng xã hội của công an thôn, bản."
    )
    assert (f["19"].label, f["23"].label) == ("các tổ nghiệp vụ, công an cấp huyện", "công an thôn, bản")


def test_a_clause_after_the_first_noun_is_no_left_out_verb() -> None:
    f = by_mention("Mây đã gỡ khoảng 15 bài có lời lẽ thô, tục trên tổng số hơn 23 bài.")
    assert f["15"].label != "Mây"


def test_changes_listed_after_the_things_that_rose_or_fell_take_their_names() -> None:
    f = by_mention("Khách lưu trú đạt 700 lượt, khách vùng Bắc Lâm tăng 14%, thị trường Nam Lâm giảm 2,6%.")
    assert (f["14%"].label, f["2,6%"].label) == ("khách vùng Bắc Lâm", "thị trường Nam Lâm")
    # one change alone names no sibling
    assert by_mention("Khách lưu trú đạt 700 lượt, thị trường Nam Lâm giảm 2,6%.")["2,6%"].label != "thị trường Nam Lâm"


def test_a_place_after_each_count_tells_apart_the_items_of_a_shared_subject() -> None:
    f = by_mention(
        "Diện tích lúa bị ngập là 900ha (Tỉnh A 500ha, Tỉnh B 400ha), trong đó hư hại là 300ha tại Tỉnh A và 100ha tại Tỉnh B."
    )
    assert (f["300"].label, f["100"].label) == ("Tỉnh A", "Tỉnh B")


def test_ranks_set_apart_by_commas_each_label_their_own_counts() -> None:
    f = by_mention(
        "Về giải thưởng, xếp thứ nhất là Trường Tiểu học Đông Hà với 17 giải, thứ hai là Trường Tiểu học Tây Hà "
        "với 13 giải, thứ ba là Trường Tiểu học Nam Hà với 8 giải."
    )
    assert [f[m].label for m in ("17", "13", "8")] == [
        "Trường Tiểu học Đông Hà",
        "Trường Tiểu học Tây Hà",
        "Trường Tiểu học Nam Hà",
    ]


def test_what_stands_before_ranking_words_that_open_a_list_is_no_ranked_name() -> None:
    f = by_mention("Các đơn vị dẫn đầu gồm Đội Cảnh sát Bắc Hà với 26 tin bài, Đội Cảnh sát Nam Hà với 18 tin bài.")
    assert "Các đơn vị" not in (f["26"].label, f["18"].label)


def test_offices_before_colons_keep_the_whole_place_they_share_syllables_of() -> None:
    f = by_mention("Sở Nông nghiệp Quảng Bình: 12 dự án; Sở Nông nghiệp Quảng Trị: 9 dự án.")
    assert [f[m].label for m in ("12", "9")] == ["Quảng Bình", "Quảng Trị"]


def test_a_place_in_a_ranking_may_belong_to_the_name_after_it() -> None:
    f = by_mention(
        "Vị trí thứ hai thuộc về đoàn Bắc Lâm với 23 huy chương, vị trí thứ ba thuộc về đoàn Nam Lâm với 16 huy chương. "
        "Đoàn Đông Lâm xếp ngay sau với 11 huy chương."
    )
    assert [f[m].label for m in ("23", "16", "11")] == ["đoàn Bắc Lâm", "đoàn Nam Lâm", "Đoàn Đông Lâm"]


def test_a_superlative_ranks_the_name_before_it_and_ends_at_the_next_name() -> None:
    f = by_mention("Lúa bị ngập hơn 7.000 ha, trong đó Bắc Lâm lớn nhất với gần 4.100 ha, Nam Lâm hơn 1.300 ha.")
    assert [f[m].label for m in ("4.100", "1.300")] == ["Bắc Lâm", "Nam Lâm"]
    assert f["1.300"].part_of == f["7.000"].start
    g = by_mention("Cao nhất là huyện Đông Lâm với 45 ca, thấp nhất là huyện Tây Lâm với 4 ca.")
    assert [g[m].label for m in ("45", "4")] == ["huyện Đông Lâm", "huyện Tây Lâm"]


def test_a_word_that_restates_a_change_is_no_subject_to_label_it() -> None:
    f = by_mention("So với năm trước, số vụ cháy tăng 9 vụ (31/22), tức tăng 40,9%; số người bị thương giảm 3 người.")
    assert f["40,9%"].label != "tức"


def test_a_part_told_by_its_cause_and_places_is_labelled_by_the_cause_and_all_its_places() -> None:
    f = by_mention("Mưa lớn làm 9 người chết, trong đó 5 người do sạt lở đất ở Lào Cai, Yên Bái.")
    assert f["5"].label == "sạt lở đất ở Lào Cai, Yên Bái"
    assert f["5"].part_of == f["9"].start


def test_a_part_of_cases_counted_with_another_case_word_is_told_by_what_follows() -> None:
    f = by_mention("Từ đầu năm, tỉnh ghi nhận 4.120 ca mắc cúm, trong đó có 3 trường hợp tử vong.")
    assert f["3"].label == "tử vong"


def test_a_class_with_no_verb_after_va_is_labelled_as_the_subjects_before_it() -> None:
    f = by_mention(
        "Trong đó, cháy nhà dân xảy ra 12 vụ, làm 3 người bị thương; cháy nhà xưởng xảy ra 5 vụ, làm 2 người "
        "bị thương và cháy nhà kho 4 vụ, làm 6 người bị bỏng."
    )
    assert [f[m].label for m in ("12", "5")] == ["cháy nhà dân", "cháy nhà xưởng"]
    assert [f[m].label for m in ("4", "6")] == ["cháy nhà kho"] * 2


def test_the_place_of_an_office_before_a_colon_labels_its_count() -> None:
    f = by_mention("Theo báo cáo nhanh, Sở Nông nghiệp Quảng Bình: 14 điểm sạt lở.")
    assert f["14"].label == "Quảng Bình"


def test_names_listed_before_lan_luot_label_the_counts_after_it_in_order() -> None:
    f = by_mention("Số điểm ngập tại Bắc Lâm, Nam Lâm và Đông Lâm lần lượt là 14, 9 và 6 điểm.")
    assert [f[m].label for m in ("14", "9", "6")] == ["Bắc Lâm", "Nam Lâm", "Đông Lâm"]
    g = by_mention("Hai xã Tây Lâm và Hạ Lâm có số hộ nghèo tương ứng là 310 hộ và 270 hộ.")
    assert [g[m].label for m in ("310", "270")] == ["xã Tây Lâm", "Hạ Lâm"]
    h = by_mention("Các đoàn lần lượt nhận 5 suất quà và 3 suất học bổng.")
    assert "đoàn" not in (h["5"].label, h["3"].label)


def test_names_after_a_list_opener_or_after_lan_luot_label_counts_set_apart_by_semicolons() -> None:
    # the names after "gồm", what is said of them all after "với", the counts each after ';'
    text = "Ba huyện đứng đầu gồm Bắc Lâm, Đông Lâm và TP. Nam Lâm với số vốn lần lượt là: 820 tỷ đồng; 640 tỷ đồng; 515 tỷ đồng."
    f = by_mention(text)
    assert [f[m].label for m in ("820 tỷ", "640 tỷ", "515 tỷ")] == ["Bắc Lâm", "Đông Lâm", "TP. Nam Lâm"]
    # the names right after "lần lượt là", the counts after what is said of them
    g = by_mention("Hai vị trí kế tiếp lần lượt là Tây Lâm và Hạ Lâm, với doanh thu đạt 96 tỷ đồng và 71 tỷ đồng.")
    assert [g[m].label for m in ("96 tỷ", "71 tỷ")] == ["Tây Lâm", "Hạ Lâm"]
    h = by_mention("Hai vị trí kế tiếp lần lượt là TP. Tây Lâm và Hạ Lâm, với doanh thu đạt 96 tỷ đồng và 71 tỷ đồng.")
    assert [h[m].label for m in ("96 tỷ", "71 tỷ")] == ["TP. Tây Lâm", "Hạ Lâm"]  # the dot of "TP." ends no name


def test_parts_in_the_next_sentence_after_a_verb_no_total_has_are_labelled_by_it() -> None:
    f = by_mention(
        "Trong quý, đội kiểm tra phát hiện 36 vụ khai thác cát trái phép; tạm giữ 44 phương tiện. "
        "Trong đó, xử phạt 21 vụ; xử phạt 17 phương tiện."
    )
    assert [(f[m].label, f[m].part_of) for m in ("21", "17")] == [("xử phạt", f["36"].start), ("xử phạt", f["44"].start)]


def test_parts_in_a_bracket_each_with_a_noun_of_its_own_are_labelled_by_it() -> None:
    f = by_mention("Công an huyện đang vận hành 12 trang Fanpage (2 đội chuyên môn, 7 xã, 3 thị trấn).")
    assert [(f[m].label, f[m].part_of) for m in ("2", "7", "3")] == [
        ("đội chuyên môn", f["12"].start),
        ("xã", f["12"].start),
        ("thị trấn", f["12"].start),
    ]
    g = by_mention("Đơn vị lập 30 nhóm (18 nhóm Zalo, 12 nhóm Viber).")
    assert g["18"].part_of == g["30"].start and g["18"].label != "nhóm Zalo"


def test_what_a_change_is_compared_with_is_no_label() -> None:
    f = by_mention("Tuần này có 81 ca sởi, tăng 9 ca so với tuần trước; 3 ca biến chứng.")
    assert "so với" not in f["9"].label


def test_a_ranked_name_ends_before_its_verb_and_a_rank_may_bring_its_count_by_a_verb() -> None:
    f = by_mention(
        "Trong đó, Bắc Lâm tiếp tục dẫn đầu về thu hút vốn ODA với tổng vốn 2,6 tỷ USD; "
        "Nam Lâm có số vốn lớn nhất khu vực với 700 triệu USD; tiếp đến là Đông Lâm thu hút 430 triệu USD."
    )
    assert [f[m].label for m in ("2,6 tỷ", "700 triệu", "430 triệu")] == ["Bắc Lâm", "Nam Lâm", "Đông Lâm"]


def test_a_part_after_its_total_and_a_colon_is_told_from_it_by_what_follows_the_noun() -> None:
    f = by_mention("Cuối kỳ, lớp chúng tôi nhận 4 giấy khen: 3 giấy khen cấp trường, một bằng khen cấp quận.")
    assert f["3"].label == "cấp trường"


def test_parts_of_a_list_that_each_count_by_a_noun_of_their_own_are_told_by_it() -> None:
    # after "gồm" or ":" as in a bracket: each part names its things by its own noun, not the total's
    f = by_mention("Ban đã rà soát 120 cấp ủy viên, gồm: 2 tỉnh ủy viên, 30 huyện ủy viên, 88 đảng ủy viên.")
    assert [f[k].label for k in ("2", "30", "88")] == ["tỉnh ủy viên", "huyện ủy viên", "đảng ủy viên"]
    f = by_mention("Xã có 14 đơn vị dân cư gồm 9 thôn và 5 bản.")
    assert (f["9"].label, f["5"].label) == ("thôn", "bản")
    # parts that count by the total's own noun are told by what follows it, not by the noun
    f = by_mention("Huyện có 40 nhóm Zalo, gồm 12 nhóm cấp huyện, 28 nhóm cấp xã.")
    assert (f["12"].label, f["28"].label) == ("cấp huyện", "cấp xã")


def test_the_form_after_a_list_of_nouns_or_of_places_labels_the_count() -> None:
    # the form after the count's noun reaches past a comma that goes on with another noun or place
    assert by_mention("Năm qua, 40 cán bộ, đảng viên của xã bị cảnh cáo.")["40"].label == "cảnh cáo"
    assert by_mention("Năm qua, 40 đảng viên ở Sơn Tây, Thạch Thất bị cảnh cáo.")["40"].label == "cảnh cáo"
    # a comma before another count ends it: the form is the later count's
    f = by_mention("Năm qua, 40 đảng viên, 3 trường hợp bị khai trừ.")
    assert (f["40"].label, f["3"].label) == ("", "khai trừ")


def test_a_number_word_in_capitals_after_the_noun_is_a_class() -> None:
    # "giải Ba" is the third prize, told from "giải Nhì" by its word, not the number three
    f = by_mention("Đội tuyển của trường giành 4 giải Nhì, 7 giải Ba và 2 giải Khuyến khích.")
    assert (f["4"].label, f["7"].label, f["2"].label) == ("Nhì", "Ba", "Khuyến khích")
    assert "Ba" not in f  # no count of its own


def test_paragraphs_in_a_row_led_by_subjects_with_the_same_verb() -> None:
    f = by_mention(
        "Theo đó Bắc Lâm đón 120.000 lượt khách (tăng 8% so với cùng kỳ); tổng thu từ du lịch đạt 300 tỷ đồng (tăng 10%).\n\n"
        "Nam Lâm đón 95.000 lượt khách (tăng 4% so với cùng kỳ); trong đó, khách quốc tế đạt 20.000 lượt (tăng 6%); "
        "tổng thu từ du lịch đạt 210 tỷ đồng.\n\n"
        "Đông Sơn đón 40.000 lượt khách."
    )
    assert [f[m].label for m in ("120.000", "8%", "300 tỷ", "10%")] == ["Bắc Lâm"] * 4
    assert [f[m].label for m in ("95.000", "4%", "210 tỷ", "40.000")] == ["Nam Lâm"] * 3 + ["Đông Sơn"]
    assert (f["20.000"].label, f["6%"].label) == ("khách quốc tế", "khách quốc tế")  # a part keeps its own label
    assert f["20.000"].part_of == f["95.000"].start


def test_a_lone_sentence_led_by_a_subject_names_no_label() -> None:
    f = by_mention("Bắc Lâm đón 120.000 lượt khách trong tháng. Doanh thu từ du lịch tăng 12%.")
    assert (f["120.000"].label, f["12%"].label) == ("", "")


def test_items_that_end_with_their_share_in_a_bracket_are_labelled_by_all_their_words() -> None:
    f = by_mention(
        "Trong số người trúng cử có 14 đại biểu công tác ở các sở, ngành của tỉnh (chiếm tỷ lệ 35%), "
        "10 đại biểu ở khối doanh nghiệp (tỷ lệ 25%), 6 đại biểu Hội Nông dân, Hội Cựu chiến binh (tỷ lệ 15%)."
    )
    assert [f[m].label for m in ("14", "35%")] == ["công tác ở các sở, ngành của tỉnh"] * 2
    assert [f[m].label for m in ("10", "25%")] == ["khối doanh nghiệp"] * 2  # a leading "ở" is dropped
    assert [f[m].label for m in ("6", "15%")] == ["Hội Nông dân, Hội Cựu chiến binh"] * 2


def test_a_second_clause_after_hay_takes_its_subject() -> None:
    f = by_mention("Nhiều mặt hàng tăng mạnh như cà phê tăng 40% hay gạo thơm tăng 12% so với tháng trước.")
    assert (f["40%"].label, f["12%"].label) == ("cà phê", "gạo thơm")


def test_a_month_set_apart_is_the_label() -> None:
    f = by_mention("Cả quý ước xuất siêu 5 tỷ USD, trong đó riêng tháng 3 xuất siêu 2 tỷ USD.")
    assert f["2 tỷ"].label == "tháng 3"


def test_a_ranked_class_in_lower_case_and_the_clause_after_it() -> None:
    f = by_mention(
        "Xếp sau về giá trị là đồ gỗ đạt 9 tỷ USD, tăng 6% và rau quả đạt 4 tỷ USD, tăng 2%. "
        "Kế tiếp là nhóm thủy sản đạt 3 tỷ USD, giảm 1%."
    )
    assert [f[m].label for m in ("9 tỷ", "6%")] == ["đồ gỗ"] * 2
    assert [f[m].label for m in ("4 tỷ", "2%")] == ["rau quả"] * 2
    assert [f[m].label for m in ("3 tỷ", "1%")] == ["nhóm thủy sản"] * 2


def test_a_place_after_the_noun_with_an_abbreviation_point_runs_whole() -> None:
    # "TP.HCM", "Q.Ba Đình": the point inside an abbreviated name does not end the item
    f = by_mention("Đoàn đã kiểm tra 7 điểm trên địa bàn TP.HCM và 4 điểm ở Long An.")
    assert (f["7"].label, f["4"].label) == ("TP.HCM", "Long An")


def test_a_measure_alone_takes_the_class_of_its_block() -> None:
    text = (
        "Kế hoạch vụ Hè Thu: diện tích khoai lang 520 ha, năng suất dự kiến 95 tạ/ha; "
        "đậu phộng 310 ha, năng suất dự kiến 28 tạ/ha, sản lượng 868 tấn."
    )
    f = by_mention(text)
    assert [f[m].label for m in ("520", "95")] == ["khoai lang", "khoai lang"]
    assert [f[m].label for m in ("310", "28", "868")] == ["đậu phộng"] * 3


def test_a_total_of_a_measure_takes_no_class_of_a_block() -> None:
    f = by_mention("Diện tích khoai lang 520 ha, năng suất bình quân 95 tạ/ha; tổng diện tích cây màu 900 ha.")
    assert f["95"].label == "khoai lang"
    assert f["900"].label != "khoai lang"


def test_a_cause_after_a_count_of_cases_is_its_label() -> None:
    f = by_mention("Bệnh viện tiếp nhận 31 ca cấp cứu do đuối nước trong 3 ngày; 12 trường hợp nghi do ngộ độc rượu.")
    assert (f["31"].label, f["12"].label) == ("đuối nước", "ngộ độc rượu")
    # "do" after a count of other things names who did it, no cause
    assert by_mention("Tỉnh có 12 dự án do doanh nghiệp tư nhân làm chủ đầu tư.")["12"].label != "doanh nghiệp tư nhân"


def test_a_contribution_beside_a_labelled_change_takes_its_label() -> None:
    f = by_mention(
        "Khu vực dịch vụ tăng 8%, đóng góp 3,1 điểm phần trăm vào mức tăng chung. "
        "Khu vực nông nghiệp tăng 2%, đóng góp 0,4 điểm phần trăm."
    )
    assert f["8%"].label == "Khu vực dịch vụ"
    assert f["3,1"].label == "Khu vực dịch vụ"


def test_counts_each_after_a_superlative_of_its_own_are_told_apart_by_it() -> None:
    text = "Lô hàng có giá cao nhất là 120 triệu đồng, lô có giá thấp nhất là 35 triệu đồng."
    assert labels(text, "120 triệu", "35 triệu") == ["cao nhất", "thấp nhất"]
    # a word of the list that ends in "nhất" is no superlative, nor is a qualifier
    assert not any("nhất" in label for label in labels("Hai bên thống nhất 12 điểm, hợp nhất 3 đơn vị.", "12", "3"))
    assert labels("Có ít nhất 5 người bị thương, nhiều nhất 9 người.", "5", "9") == ["", ""]


def test_an_item_that_opens_with_a_capital_after_a_semicolon_names_its_bracketed_count() -> None:
    text = "Họ bị kỷ luật vì vi phạm quy chế (4 đồng chí); Thiếu trách nhiệm (6 đồng chí); cờ bạc (2 đồng chí)."
    f = by_mention(text)
    assert [f[m].label for m in ("6", "2")] == ["Thiếu trách nhiệm", "cờ bạc"]
    # disciplined people in brackets of one unit after a disciplined one are all disciplined
    assert [f[m].category for m in ("4", "6", "2")] == ["discipline"] * 3


def test_things_listed_each_by_a_noun_of_its_own_are_told_apart_by_it() -> None:
    text = "Đội kiểm tra tạm giữ 40 ô tô, 310 xe máy và 25 phương tiện khác."
    assert labels(text, "40", "310", "25") == ["ô tô", "xe máy", "phương tiện khác"]
    # one thing alone tells nothing apart
    assert labels("Đội kiểm tra tạm giữ 40 ô tô.", "40") == [""]


def test_people_told_apart_by_the_words_that_close_their_clause() -> None:
    text = "Huyện ghi nhận 900 bệnh nhân cộng dồn; 700 người điều trị khỏi; 3 bệnh nhân tử vong."
    assert labels(text, "900", "700", "3") == ["cộng dồn", "điều trị khỏi", "tử vong"]
    # words that go on into a longer clause are no label of this kind
    assert labels("Có 5 em nhanh trí bám được vào phao, 2 em khác được cứu.", "5")[0] != "nhanh trí bám"


def test_things_listed_are_told_apart_also_when_an_object_runs_past_its_unit() -> None:
    assert labels("Kho có 3 lô hàng, 5 container và 7 kiện hàng.", "3", "5", "7") == ["lô hàng", "container", "kiện hàng"]


def test_one_verb_told_apart_by_the_words_after_it() -> None:
    # one act in two ways: the words after the verb tell the counts apart, the people of each clause with them
    f = by_mention("Công an huyện đã xử lý hình sự 4 vụ/6 đối tượng và xử lý hành chính 37 vụ/41 đối tượng.")
    assert [f[k].label for k in ("4", "6")] == ["xử lý hình sự"] * 2
    assert [f[k].label for k in ("37", "41")] == ["xử lý hành chính"] * 2
    # the same act said in more words tells nothing apart
    g = by_mention("Đội kiểm tra đã gỡ 310 bài viết, gỡ bỏ 45 video trên mạng.")
    assert (g["310"].label, g["45"].label) == ("", "")


def test_measures_of_one_unit_are_told_apart_by_the_things_they_measure() -> None:
    f = by_mention("Mưa lớn làm 2.300 ha lúa bị ngập; 640 ha ngô bị đổ rạp; 95 ha rau màu bị hư hại.")
    assert [f[k].label for k in ("2.300", "640", "95")] == ["lúa", "ngô", "rau màu"]
    # one thing measured twice tells nothing apart
    g = by_mention("Xã có 300 ha lúa, năm nay tăng thêm 20 ha.")
    assert (g["300"].label, g["20"].label) == ("", "")


def test_a_share_between_a_subject_and_its_verb_is_the_subjects() -> None:
    text = (
        "Trong năm, thị trường Nhật Bản (chiếm tỷ trọng 21,5%) tăng 8,2%, tương đương 410 triệu USD; "
        "thị trường châu Phi (chiếm tỷ trọng 3,1%) tăng 12,4%, tương đương 60 triệu USD."
    )
    f = by_mention(text)
    assert [f[k].label for k in ("21,5%", "8,2%", "410 triệu")] == ["thị trường Nhật Bản"] * 3
    assert [f[k].label for k in ("3,1%", "12,4%", "60 triệu")] == ["thị trường châu Phi"] * 3
    assert f["3,1%"].actor == "thị trường châu Phi"


def test_a_part_whose_passive_verb_follows_its_noun_is_labelled_past_the_passive() -> None:
    f = by_mention("Hôm qua tỉnh ghi nhận 73 ca mắc mới, trong đó 51 ca được phát hiện tại khu phong tỏa.")
    assert f["51"].label == "phát hiện tại khu phong tỏa"
    assert f["51"].part_of == f["73"].start


def test_kinds_each_followed_by_its_count_in_a_bracket_label_their_counts() -> None:
    text = (
        "Các lỗi bị xử phạt gồm: chở quá số người quy định (412 trường hợp), không đội mũ bảo hiểm "
        "(1.930 trường hợp) và không chấp hành tín hiệu đèn (276 trường hợp)."
    )
    f = by_mention(text)
    assert [f[k].label for k in ("412", "1.930", "276")] == [
        "chở quá số người quy định",
        "không đội mũ bảo hiểm",
        "không chấp hành tín hiệu đèn",
    ]
    # one such item alone is no list of kinds
    assert by_mention("Năm nay ghi nhận tai nạn đuối nước (14 trường hợp).")["14"].label == ""
    # words of time or of a turn of the story before a bracket name no kind
    g = by_mention("Đội tuần tra bắt được nhiều vụ: đầu tháng (4 vụ), sau đó (7 vụ).")
    assert (g["4"].label, g["7"].label) == ("", "")


def test_measures_of_one_owner_are_told_apart_by_the_measure_before_it() -> None:
    text = (
        "Kết quả kinh doanh quý III\n\n"
        "- Doanh thu của Tập đoàn Bắc Lâm trong quý đạt 2.100 tỷ đồng, tăng 6%;\n"
        "- Lợi nhuận của Tập đoàn Bắc Lâm trong quý đạt 310 tỷ đồng, giảm 2%."
    )
    f = by_mention(text)
    assert (f["2.100 tỷ"].label, f["6%"].label) == ("Doanh thu", "Doanh thu")
    assert (f["310 tỷ"].label, f["2%"].label) == ("Lợi nhuận", "Lợi nhuận")
    assert f["2.100 tỷ"].actor == f["310 tỷ"].actor == "Tập đoàn Bắc Lâm"  # the time is no part of it


def test_parts_after_trong_do_are_siblings_past_an_opener_inside_a_bracket() -> None:
    # "chưa bao gồm …" in the first part's bracket opens no list: the parts stay siblings told by their tails
    text = (
        "Trong đó, có 900 hồ sơ trực tuyến (chưa bao gồm hồ sơ nộp qua bưu điện); 2.300 hồ sơ trực tiếp; "
        "đã trả kết quả 2.800 hồ sơ."
    )
    f = by_mention(text)
    assert (f["900"].label, f["2.300"].label) == ("trực tuyến", "trực tiếp")


def test_classes_listed_after_changes_framed_by_a_comparison_are_still_one_list() -> None:
    text = (
        "Năng suất các cây gồm: lúa 61,5 tạ/ha, tăng 0,8%; ngô 55,2 tạ/ha, tăng 1,1% so cùng kỳ; đậu tương 18,4 tạ/ha, giảm 0,6%."
    )
    f = by_mention(text)
    assert [f[k].label for k in ("61,5", "55,2", "18,4")] == ["lúa", "ngô", "đậu tương"]
    assert f["0,6%"].label == "đậu tương"


def test_a_part_after_trong_do_whose_total_is_told_further_back_is_labelled_by_its_class() -> None:
    text = "Hôm nay thành phố ghi nhận 310 ca mắc mới.\n\nCác ca bệnh ở 41 xã, phường. Trong đó 60 ca ngoại tỉnh được phát hiện ở 12 xã."
    assert by_mention(text)["60"].label == "ngoại tỉnh"


def test_kinds_named_by_what_was_done_label_their_counts_in_a_list() -> None:
    text = (
        "Tội phạm xảy ra nhiều như trộm cắp tài sản 61 vụ (30%), cố ý gây thương tích 38 vụ (19%), tổ chức đánh bạc 22 vụ (11%)."
    )
    f = by_mention(text)
    assert [f[k].label for k in ("61", "38", "22")] == ["trộm cắp tài sản", "cố ý gây thương tích", "tổ chức đánh bạc"]
    assert f["19%"].label == "cố ý gây thương tích"
    # a superlative ends before its copula: "cao nhất", not "cao nhất là" ("nhất là" is a word of its own)
    g = by_mention("Giá bán cao nhất là 61.000 đồng/kg, thấp nhất là 19.000 đồng/kg.")
    assert (g["61.000"].label, g["19.000"].label) == ("cao nhất", "thấp nhất")


def test_after_a_verb_that_tells_no_class_the_clauses_of_a_lead_take_its_subject() -> None:
    text = (
        "Khu dân cư xảy ra 40 vụ cháy, làm chết 6 người, bị thương 11 người. "
        "Khu công nghiệp xảy ra 12 vụ cháy, làm chết 2 người, bị thương 3 người."
    )
    f = facts(text)
    assert [x.label for x in f] == ["Khu dân cư"] * 3 + ["Khu công nghiệp"] * 3
    # a verb that tells classes keeps them: "kiểm tra …, giám sát …"
    g = by_mention("Huyện ủy A kiểm tra 6 chi bộ, giám sát 4 chi bộ. Huyện ủy B kiểm tra 3 chi bộ, giám sát 2 chi bộ.")
    assert (g["6"].label, g["4"].label) == ("kiểm tra", "giám sát")


def test_a_part_left_unlabelled_in_a_split_whose_other_parts_are_told_takes_its_own_words() -> None:
    text = (
        "Dịp nghỉ lễ, bệnh viện tiếp nhận 700 ca cấp cứu. Trong đó có 310 ca do tai nạn giao thông (tử vong hai "
        "người), 175 ca thương tích trong lao động, ẩu đả gây thương tích 48 ca."
    )
    f = by_mention(text)
    assert [f[k].part_of for k in ("310", "175", "48")] == [f["700"].start] * 3
    assert f["175"].label == "thương tích"  # the words after its noun, up to "trong"
    g = by_mention("Huyện tổ chức 20 phiên giao dịch việc làm, gồm 12 phiên định kỳ và lưu động 8 phiên.")
    assert (g["12"].label, g["8"].label) == ("định kỳ", "lưu động")  # the words that open its item
    # a verb alone before a count names no part
    h = by_mention("Xã có 90 hộ, trong đó 30 hộ do nữ làm chủ, có 12 hộ.")
    assert h["12"].label == ""


def test_the_kind_of_offence_after_a_count_labels_it_and_the_count_paired_with_it() -> None:
    text = (
        "Quý này công an huyện phát hiện 9 vụ, 14 đối tượng phạm tội về ma túy; 3 vụ phạm tội về môi trường, "
        "an toàn thực phẩm, 4 đối tượng. Toàn huyện xảy ra 40 vụ vi phạm pháp luật, trong đó 12 vụ phạm tội "
        "về trật tự xã hội, so với cùng kỳ giảm 2 vụ."
    )
    f = by_mention(text)
    assert f["9"].label == f["14"].label == "ma túy"
    assert f["3"].label == f["4"].label == "môi trường, an toàn thực phẩm"
    assert f["12"].label == "trật tự xã hội"
    assert f["40"].label == ""  # the total of the kinds is none of them
    # one kind alone tells nothing apart
    assert by_mention("Công an bắt 6 đối tượng phạm tội về ma túy.")["6"].label == ""
    # nor two kinds far apart in a long text
    far = "Công an bắt 6 đối tượng phạm tội về ma túy. " + "Trời mưa to. " * 6 + "Xã có 2 vụ vi phạm về môi trường."
    assert by_mention(far)["6"].label == ""
    # a kind goes on to the one bare count after it, not down a list
    g = by_mention("Huyện phát hiện 8 vụ phạm tội về ma túy, 13 đối tượng, 3 vụ vi phạm về môi trường, 5 đối tượng, 7.")
    assert g["13"].label == "ma túy" and g["5"].label == "môi trường" and g["7"].label == ""


def test_a_comparison_read_as_a_label_is_none() -> None:
    f = by_mention("Năm nay phát hiện hơn 300 vụ phạm tội về kinh tế (nhiều hơn 12%), hơn 410 đối tượng (nhiều hơn 9%).")
    assert f["12%"].label == f["9%"].label == ""
