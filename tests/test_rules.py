"""statx.rules on sentences written for each behaviour."""

from __future__ import annotations

import csv

import pytest

from statx import extract
from statx.facts import Fact
from tests.conftest import PEER, need


def facts(text: str) -> list[Fact]:
    return extract(text, "t.txt")


def by_mention(text: str) -> dict[str, Fact]:
    return {f.mention: f for f in facts(text)}


def test_discipline_breakdown_adds_up() -> None:
    text = "Từ năm 2020 đến nay, Đảng bộ huyện có 42 trường hợp đảng viên vi phạm bị kỷ luật với các hình thức: khiển trách 35, cảnh cáo 5, khai trừ 2."
    fs = facts(text)
    assert [(f.value, f.category, f.label) for f in fs] == [
        (42, "discipline", ""),
        (35, "discipline", "khiển trách"),
        (5, "discipline", "cảnh cáo"),
        (2, "discipline", "khai trừ"),
    ]
    total = fs[0]
    assert total.check == "ok"
    assert total.unit == "trường hợp"
    assert total.actor == "Đảng bộ huyện"
    assert total.period == "Từ năm 2020 đến nay"
    assert [f.part_of for f in fs[1:]] == [total.start] * 3


def test_breakdown_that_does_not_add_up_says_so() -> None:
    fs = facts("Có 50 tài khoản bị khóa, gồm 20 tài khoản Facebook, 15 tài khoản TikTok.")
    total = fs[0]
    assert total.value == 50
    assert total.check == "under: parts sum to 35"
    fs = facts("Tỉnh có 30 nhóm Zalo (12 nhóm của huyện, 25 nhóm của xã).")
    assert fs[0].check == "over: parts sum to 37"


def test_trong_do_links_the_part_of_the_same_noun() -> None:
    f = by_mention("Xã có 126 đoàn viên thuộc 12 chi đoàn, trong đó có 8 chi đoàn thôn và 4 chi đoàn chức năng.")
    assert f["8"].part_of == f["12"].start
    assert f["4"].part_of == f["12"].start
    assert f["126"].part_of is None
    assert f["12"].check == "ok"


@pytest.mark.parametrize(
    ("sentence", "mention", "actor"),
    [
        (
            "Liên Bộ Công Thương - Tài chính cho biết quỹ bình ổn giá xăng dầu hiện còn khoảng 5.400 tỷ đồng.",
            "5.400 tỷ",
            "quỹ bình ổn giá xăng dầu",
        ),
        ("Bộ Y tế thông báo cả nước đã ghi nhận 120 ca mắc mới.", "120", "cả nước"),
        ("Ủy ban Kiểm tra Trung ương cho biết đã kỷ luật 7 đảng viên.", "7", "Ủy ban Kiểm tra Trung ương"),
        ("Công an huyện Đất Đỏ cho biết, đơn vị này đã thiết lập được 36 nhóm Zalo.", "36", "Công an huyện Đất Đỏ"),
    ],
)
def test_a_verb_of_saying_gives_the_number_to_the_subject_of_what_is_said(sentence: str, mention: str, actor: str) -> None:
    assert by_mention(sentence)[mention].actor == actor


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


def test_a_trong_do_part_without_a_subject_shares_the_actor_of_its_total() -> None:
    f = by_mention(
        "Trong năm, các trang thông tin của Đoàn đã đăng tải 3.450 tin, bài, video; "
        "trong đó có 1.120 tin, bài phản bác các quan điểm sai trái."
    )
    assert f["1.120"].part_of == f["3.450"].start
    assert f["1.120"].actor == f["3.450"].actor == "các trang thông tin của Đoàn"


def test_the_name_of_an_inspection_committee_is_no_verb() -> None:
    f = by_mention("Ủy ban kiểm tra các cấp kiểm tra khi có dấu hiệu vi phạm đối với 28 tổ chức đảng và 96 đảng viên.")
    assert f["28"].actor == f["96"].actor == "Ủy ban kiểm tra các cấp"
    assert f["28"].category == "organization" and f["96"].category == "people"


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Theo thống kê của TikTok, trong tháng 1/2024 có khoảng 65% người dùng xem video chủ đề Tết.", "65%"),
        ("Theo Cục Phát thanh, tính đến hết năm 2016 có 240 mạng xã hội được cấp phép.", "240"),
    ],
)
def test_a_time_is_no_actor(sentence: str, mention: str) -> None:
    assert by_mention(sentence)[mention].actor == ""


def test_a_qualified_count_can_be_the_subject() -> None:
    f = by_mention("Trước đó, khoảng 1.000 nhân viên cứu hỏa đã nỗ lực dập tắt khoảng 220 đám cháy lớn nhỏ.")
    assert f["220"].actor.startswith("khoảng 1.000 nhân viên")  # a count in the subject is no time


def test_a_discipline_list_of_predicates() -> None:
    f = by_mention(
        "Ủy ban đề nghị thi hành kỷ luật 5 tổ chức đảng và 14 đảng viên. "
        "Trong 14 đảng viên, có 3 người bị cách chức, 7 người bị cảnh cáo và 4 người bị khiển trách."
    )
    labels = {m: f[m].label for m in ("3", "7", "4")}
    assert labels == {"3": "bị cách chức", "7": "bị cảnh cáo", "4": "bị khiển trách"}
    assert {f[m].category for m in ("3", "7", "4")} == {"discipline"}


def test_a_term_before_a_comma_is_not_the_actor_and_sessions_are_events() -> None:
    f = by_mention("Nhiệm kỳ 2020-2025, Ủy ban Kiểm tra Trung ương đã tổ chức 39 kỳ họp.")
    assert f["39"].actor == "Ủy ban Kiểm tra Trung ương"
    assert f["39"].category == "event"


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


def test_bare_counts_in_a_list_count_the_noun_named_at_its_end() -> None:
    f = by_mention("Quận 8, quận Bình Tân và TP Thủ Đức là 3 địa phương có số ca mắc cao nhất với lần lượt 210, 198 và 187 ca.")
    assert [f[m].category for m in ("210", "198", "187")] == ["people"] * 3


def test_a_comparison_is_no_actor_and_an_accident_occurs() -> None:
    f = by_mention("Tai nạn giao thông xảy ra 19.712 vụ; so với cùng kỳ năm 2023 giảm 1.052 vụ (5,1%).")
    assert f["19.712"].actor == "Tai nạn giao thông"
    assert f["1.052"].actor != "so với cùng kỳ năm 2023"


def test_revenue_is_a_noun_and_an_estimate_opens_the_predicate() -> None:
    f = by_mention("Doanh thu hợp nhất ước đạt 117.000 tỷ đồng, lợi nhuận trước thuế khoảng 6.800 tỷ đồng.")
    assert f["117.000 tỷ"].actor == "Doanh thu hợp nhất"
    assert f["117.000 tỷ"].qualifier == "approx"


def test_tren_after_another_count_is_on_not_over() -> None:
    f = by_mention("Hãng khai thác 103 tàu bay trên 137 đường bay, gồm 56 đường bay quốc tế và 81 đường bay nội địa.")
    assert f["137"].qualifier == "exact" and f["137"].check == "ok"
    assert by_mention("Fanpage có trên 800 người theo dõi.")["800"].qualifier == "more_than"


def test_a_count_over_its_total_counts_the_same_noun() -> None:
    f = by_mention("Có 1.826/2.985 trường đạt chuẩn quốc gia.")
    assert f["1.826"].category == f["2.985"].category == "organization"


def test_a_listed_count_keeps_the_noun_before_it() -> None:
    f = by_mention("Hashtag đã có tổng lượt xem lên tới hơn 1 tỷ, hơn 28 triệu lượt thích.")
    assert f["1 tỷ"].category == "audience" and f["1 tỷ"].object != "thích"


def test_a_period_is_no_actor() -> None:
    f = by_mention("Cộng dồn từ đầu năm đến nay có 21.470 ca, trong đó 12 ca tử vong.")
    assert f["21.470"].actor == "" and f["12"].part_of == f["21.470"].start


def test_a_purpose_clause_after_a_comma_is_no_subject() -> None:
    f = by_mention("Các đối tượng đã lập hơn 300 tài khoản Facebook ảo, mạo danh nhân viên ngân hàng để lừa đảo 1.150 bị hại.")
    assert f["1.150"].actor == "Các đối tượng"


def test_the_central_level_counts_while_a_central_plenum_is_a_name() -> None:
    f = by_mention("Có 3.120 hộ đạt danh hiệu (cấp huyện 2.450 hộ, cấp tỉnh 620 hộ, cấp Trung ương 50 hộ).")
    assert f["50"].part_of == f["3.120"].start and f["3.120"].check == "ok"
    assert [f[m].label for m in ("2.450", "620", "50")] == ["cấp huyện", "cấp tỉnh", "cấp Trung ương"]
    assert extract("Hội nghị Trung ương 8 khóa XIII đã thảo luận nhiều nội dung.") == []


def test_a_portal_that_receives_visits() -> None:
    f = by_mention("Cổng thông tin điện tử tỉnh đón 4,6 triệu lượt truy cập.")
    assert f["4,6 triệu"].actor == "Cổng thông tin điện tử tỉnh"
    assert f["4,6 triệu"].category == "audience"


def test_a_span_of_time_before_a_comma_is_not_the_actor() -> None:
    f = by_mention("Ba năm qua, Sở Giáo dục đã đầu tư hơn 15 tỷ đồng cho các trường.")
    assert f["15 tỷ"].actor == "Sở Giáo dục"


@pytest.mark.parametrize("opener", ["Đáng chú ý", "Nổi bật", "Trong khi đó", "Nhìn chung"])
def test_a_framing_phrase_is_not_the_actor(opener: str) -> None:
    f = by_mention(f"{opener}, Công an huyện đang quản lý 12 trang Facebook.")
    assert f["12"].actor == "Công an huyện"


def test_money_parts_add_up_only_in_the_same_currency() -> None:
    f = by_mention(
        "Tỉnh đã cấp mới 98 dự án với tổng vốn 22.500 tỷ đồng, trong đó có 15 dự án FDI với số vốn 650 triệu USD. "
        "Huyện thu 120 tỷ đồng, trong đó thuế 80 tỷ đồng."
    )
    assert f["650 triệu"].part_of is None  # dollars are no part of a sum in đồng
    assert f["15"].part_of == f["98"].start
    assert f["80 tỷ"].part_of == f["120 tỷ"].start


def test_part_before_total_on_tong_so() -> None:
    f = by_mention("Google đã chặn khoảng 1.500 clip trên tổng số hơn 2.300 clip được gửi tới.")
    assert f["1.500"].part_of == f["2.300"].start
    assert f["1.500"].qualifier == "approx"
    assert f["2.300"].qualifier == "more_than"


def test_list_sharing_a_classifier_and_actor() -> None:
    fs = facts("Thành đoàn có 2 trang Fanpage, 1 trang Facebook; Hội Phụ nữ có 37 trang Facebook, Fanpage, 124 nhóm Zalo.")
    assert [(f.value, f.unit, f.category, f.actor) for f in fs] == [
        (2, "trang", "social_account", "Thành đoàn"),
        (1, "trang", "social_account", "Thành đoàn"),
        (37, "trang", "social_account", "Hội Phụ nữ"),
        (124, "nhóm", "social_account", "Hội Phụ nữ"),
    ]


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


def test_period_in_an_earlier_clause() -> None:
    (f,) = facts("Trong 6 tháng đầu năm 2023, công an huyện đã gỡ 120 bài viết sai sự thật.")
    assert f.period == "6 tháng đầu năm 2023"
    assert f.category == "content"


def test_published_date_from_header() -> None:
    fs = facts("Tiêu đề bài\n\n27/09/2023 - 05:42\n\nHuyện có 15 trang Fanpage.")
    assert [(f.value, f.published) for f in fs] == [(15, "2023-09-27")]


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện Nghị quyết số 35-NQ/TW ngày 22-10-2018 của Bộ Chính trị.",
        "Ban Chỉ đạo 35 Thành ủy họp lúc 17h30 ngày 27/09/2023.",
        "BCĐ 35 Thành ủy nhiệm kỳ 2020 - 2025 và định hướng đến năm 2030.",
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
    base = facts("Huyện có 15 trang Fanpage với hơn 11.000 lượt người theo dõi.")
    more = facts("Ngày 27/09/2023, huyện có 15 trang Fanpage với hơn 11.000 lượt người theo dõi.")
    assert [(f.value, f.category, f.qualifier) for f in base] == [(f.value, f.category, f.qualifier) for f in more]


def test_spelled_counts_are_facts_when_they_count() -> None:
    f = by_mention("Bảy học sinh tắm biển, trong đó bốn học sinh bị đuối nước.")
    assert f["Bảy"].value == 7 and f["bốn"].value == 4
    assert f["bốn"].part_of == f["Bảy"].start
    assert f["bốn"].label == "bị đuối nước"


def test_mot_is_a_fact_only_in_a_list_of_counts() -> None:
    assert [f.value for f in facts("UBKT kiểm tra một tổ chức đảng, 14 đảng viên.")] == [1, 14]
    assert facts("Người bệnh phải trả cho một lần khám.") == []


def test_spans_point_at_the_mention() -> None:
    text = "Khoảng 5.000 nhân viên và hơn 3,6 triệu lượt retweet, từ 15.000 đến 20.000 lượt like."
    for f in facts(text):
        assert text[f.start : f.end] == f.mention


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


def test_parts_in_the_next_sentences_that_add_up() -> None:
    text = "Phát hiện 6 tập thể, 32 cá nhân có biểu hiện suy thoái. Kết quả kỷ luật khiển trách 1 tập thể; nhắc nhở 5 tập thể; cảnh cáo 2 cá nhân; khiển trách 9 cá nhân; nhắc nhở 21 cá nhân."
    f = {(x.mention, x.label): x for x in facts(text)}
    six, thirty_two = f[("6", "")], f[("32", "")]
    assert [f[(m, lab)].part_of for m, lab in [("1", "khiển trách"), ("5", "nhắc nhở")]] == [six.start] * 2
    assert [f[(m, lab)].part_of for m, lab in [("2", "cảnh cáo"), ("9", "khiển trách"), ("21", "nhắc nhở")]] == [
        thirty_two.start
    ] * 3
    assert six.check == thirty_two.check == "ok"
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
    f = by_mention("Ủy ban kết luận 12 đảng viên có khuyết điểm, vi phạm, phải thi hành kỷ luật tám đảng viên.")
    assert f["tám"].part_of == f["12"].start
    assert f["tám"].label == "thi hành kỷ luật"


def test_actor_is_the_nearer_subject_after_a_comma() -> None:
    text = "Ông Ánh cho biết, Công ty Minh Long (Hà Nội) nợ 28 tỷ đồng, Công ty An Phú nợ hơn 20 tỷ đồng."
    f = by_mention(text)
    assert f["28 tỷ"].actor == "Công ty Minh Long (Hà Nội)"
    assert f["20 tỷ"].actor == "Công ty An Phú"
    assert f["20 tỷ"].qualifier == "more_than"


def test_actor_of_a_bracketed_count_is_the_name_before_it() -> None:
    f = by_mention("Năm nhà chờ đông nhất là Kim Liên (41.200 khách) và Cầu Giấy (30.150 khách).")
    assert (f["41.200"].actor, f["30.150"].actor) == ("Kim Liên", "Cầu Giấy")
    assert f["41.200"].category == "people"


def test_actor_shared_across_a_semicolon_when_the_clause_has_no_subject() -> None:
    f = by_mention("Cấp ủy các cấp kiểm tra 700 tổ chức đảng; giám sát 230 tổ chức đảng.")
    assert f["230"].actor == f["700"].actor == "Cấp ủy các cấp"


def test_fractions_in_words_are_percentages() -> None:
    f = by_mention("Hơn một nửa số hộ và hai phần ba số xã đã tham gia.")
    assert (f["một nửa"].value, f["một nửa"].qualifier, f["một nửa"].category) == (50, "more_than", "percent")
    assert round(f["hai phần ba"].value, 2) == 66.67


def test_segmentation_keeps_compound_words_whole_in_objects() -> None:
    pytest.importorskip("underthesea", reason="word segmentation is the optional extra statx[nlp]")
    text = "Thành Đoàn triển khai cho 100% đoàn cơ sở trực thuộc. Lực lượng cứu hộ đưa ba học sinh nhập viện cấp cứu."
    plain = {f.mention: f.object for f in extract(text)}
    segmented = {f.mention: f.object for f in extract(text, segment=True)}
    assert plain == {"100%": "đoàn cơ sở trực", "ba": "học sinh nhập viện cấp"}
    assert segmented == {"100%": "đoàn cơ sở trực thuộc", "ba": "học sinh nhập viện cấp cứu"}


def test_segmentation_leaves_underthesea_globals_alone() -> None:
    underthesea = pytest.importorskip("underthesea", reason="word segmentation is the optional extra statx[nlp]")
    before = underthesea.word_tokenize("Công an thành phố quản lý trang")
    extract("Có 15 trang Fanpage trực thuộc.", segment=True)
    assert underthesea.word_tokenize("Công an thành phố quản lý trang") == before


@pytest.mark.parametrize("spelling", ["xóa tên", "xoá tên"])
def test_old_and_new_tone_placement_match_the_same_words(spelling: str) -> None:
    (f,) = facts(f"Thành ủy kỷ luật {spelling} 3 đảng viên.")
    assert (f.value, f.category, f.label) == (3, "discipline", spelling)


def test_square_and_cubic_units_are_units_not_numbers() -> None:
    fs = facts("Diện tích sàn 1.200 m2, tổng 45 km2 và 18,5 triệu m3 nước; nhóm F0 có 5 người.")
    assert [(f.mention, f.unit, f.category) for f in fs] == [
        ("1.200", "m2", "measure"),
        ("45", "km2", "measure"),
        ("18,5 triệu", "m3", "measure"),
        ("5", "", "people"),
    ]


def test_shops_are_organizations_and_trong_do_links_them() -> None:
    f = by_mention("Thành phố có 537 cửa hàng xăng dầu, trong đó 12 cửa hàng tạm ngưng bán.")
    assert f["537"].category == f["12"].category == "organization"
    assert f["12"].part_of == f["537"].start
    assert f["537"].check == "under: parts sum to 12"


def test_actor_anaphora_points_back_at_the_named_subject() -> None:
    (f,) = facts("Ngày 10/6, Công an huyện Long Điền cho biết, đơn vị này đã thiết lập được 36 nhóm Zalo.")
    assert f.actor == "Công an huyện Long Điền"


def test_actor_pronoun_takes_the_last_named_actor() -> None:
    text = "Minh Anh có 5.000 người theo dõi trên TikTok. Đến nay, anh nhận được hơn 2 triệu lượt thích."
    f = by_mention(text)
    assert f["5.000"].actor == "Minh Anh"
    assert f["2 triệu"].actor == "Minh Anh"


def test_actor_after_a_linking_word_and_inside_a_compound_noun() -> None:
    f = by_mention("Google đã vào cuộc, còn hãng Vinamilk hứa sẽ đóng góp 100.000 USD cho quỹ.")
    assert f["100.000"].actor == "hãng Vinamilk"
    (g,) = facts("Chỉ sau 2 ngày, bài đăng của Lan đã nhận được gần 1 triệu lượt thích.")
    assert g.actor == "bài đăng của Lan"


def test_comrades_are_people_not_money_and_their_list_adds_up() -> None:
    text = (
        "Cấp ủy, tổ chức đảng các cấp đã thi hành kỷ luật 2 tổ chức đảng và 57 đảng viên, gồm: khiển trách "
        "38 đồng chí, cảnh cáo 12 đồng chí, cách chức 3 đồng chí, khai trừ ra khỏi Đảng 4 đồng chí."
    )
    f = by_mention(text)
    assert [(f[m].unit, f[m].category, f[m].label) for m in ("38", "4")] == [
        ("", "discipline", "khiển trách"),
        ("", "discipline", "khai trừ ra khỏi Đảng"),
    ]
    assert all(f[m].part_of == f["57"].start for m in ("38", "12", "3", "4"))
    assert f["57"].check == "ok"
    assert f["57"].actor == "Cấp ủy, tổ chức đảng các cấp"


def test_disciplined_after_the_noun_and_unknown_nouns_stay_other() -> None:
    f = by_mention("Có 25 đảng viên bị xóa tên khỏi danh sách. Ủy ban đã giải quyết 15 đơn tố cáo.")
    assert f["25"].category == "discipline"
    assert f["15"].category == "other"


def test_actor_after_an_adverb_and_around_a_quoted_name() -> None:
    f = by_mention(
        'Theo báo cáo, hiện toàn tỉnh có 315 tài khoản Facebook. Riêng Fanpage "Đồng Nai ngày mới" có 87.500 người theo dõi.'
    )
    assert f["315"].actor == "toàn tỉnh"
    assert f["87.500"].actor == 'Fanpage "Đồng Nai ngày mới"'


def test_an_adjective_after_a_part_is_no_label() -> None:
    f = by_mention("Trang đã đăng 1.240 bài viết, trong đó có 310 video ngắn.")
    assert f["310"].part_of == f["1.240"].start
    assert f["310"].label == ""


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
        "Đến nay, Công an tỉnh đã xây dựng 1.248 nhóm Zalo với trên 185.000 thành viên tham gia. "
        "Trong đó, cấp tỉnh có 12 nhóm, cấp huyện 156 nhóm và cấp xã 1.080 nhóm."
    )
    f = by_mention(text)
    assert [(f[m].part_of, f[m].label) for m in ("12", "156", "1.080")] == [
        (f["1.248"].start, "cấp tỉnh"),
        (f["1.248"].start, "cấp huyện"),
        (f["1.248"].start, "cấp xã"),
    ]
    assert f["1.248"].check == "ok"
    assert f["185.000"].part_of is None


def test_trong_so_nay_in_the_next_sentence() -> None:
    f = by_mention("Đã có 47 học sinh phải nhập viện. Trong số này, 12 em phải điều trị tích cực.")
    assert f["12"].part_of == f["47"].start
    assert f["47"].check == "under: parts sum to 12"


def test_samples_are_no_land_measure() -> None:
    (f,) = facts("Đoàn kiểm tra đã lấy 8 mẫu thực phẩm để xét nghiệm.")
    assert (f.unit, f.category, f.actor) == ("", "other", "Đoàn kiểm tra")


def test_prize_ranks_and_capitalized_names_are_not_counts() -> None:
    f = by_mention("Ban Tổ chức đã trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 10 giải Khuyến khích.")
    assert sorted(f) == ["1", "10", "2", "3"]
    assert {x.actor for x in f.values()} == {"Ban Tổ chức"}


def test_informal_prices() -> None:
    f = by_mention("Giá vé 150.000đ/người, combo 2 vé chỉ 250k. Kênh có 100K lượt xem.")
    assert (f["150.000"].unit, f["150.000"].category) == ("đ/người", "money")
    assert (f["250k"].value, f["250k"].category) == (250_000, "money")
    assert (f["100K"].value, f["100K"].category) == (100_000, "audience")


def test_sports_scores_minutes_and_ranks_are_not_facts() -> None:
    text = "U23 Việt Nam thắng 3-1 ở phút 90+2, xếp thứ 2 bảng B. Khoảng 25.000 khán giả có mặt. Đội thua 2-0 ở trận cuối."
    assert [(f.mention, f.category) for f in facts(text)] == [("25.000", "people")]


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


def test_a_possessive_in_the_next_clause_is_not_the_owner() -> None:
    f = by_mention("Bộ TT&TT đã yêu cầu gỡ bỏ 4.500 bài viết vi phạm, tỷ lệ chặn gỡ của Facebook đạt 94%.")
    assert f["4.500"].actor == "Bộ TT&TT"
    g = by_mention("Thành đoàn có 46 trang Fanpage, Facebook của Đoàn, Hội, Đội cơ sở.")
    assert g["46"].actor == "Đoàn, Hội, Đội cơ sở"


def test_period_from_day_to_day() -> None:
    f = by_mention("Từ ngày 1/9 đến ngày 30/9, Đoàn liên ngành đã kiểm tra 150 cơ sở.")
    assert (f["150"].period, f["150"].actor) == ("Từ ngày 1/9 đến ngày 30/9", "Đoàn liên ngành")


def test_label_after_doi_voi_and_period_from_the_start_of_the_term() -> None:
    f = by_mention(
        "Ủy ban quyết định thi hành kỷ luật bằng hình thức cảnh cáo đối với 2 đảng viên. "
        "Từ đầu nhiệm kỳ đến nay, Ủy ban đã kỷ luật 152 đảng viên."
    )
    assert (f["2"].label, f["2"].actor, f["2"].category) == ("cảnh cáo", "Ủy ban", "discipline")
    assert f["152"].period == "Từ đầu nhiệm kỳ đến nay"


def test_roads_packages_and_units_named_by_numbers() -> None:
    text = "Dự án Vành đai 3 dài 76 km, gói thầu 5 trị giá 1.200 tỷ đồng. Sư đoàn 9 có 300 chiến sĩ tham gia."
    assert [f.mention for f in facts(text)] == ["76", "1.200 tỷ", "300"]


def test_content_counts_with_a_violation_stay_content() -> None:
    f = by_mention("Trang đăng 320 bản tin, 85 video clip; có 17 đường link vi phạm bị báo cáo.")
    assert [f[m].category for m in ("320", "85", "17")] == ["content", "content", "content"]


def test_steering_committee_35_is_a_name_even_before_a_unit_word() -> None:
    text = "Lực lượng 35 các cấp đăng tải 12.450 tin, bài. BCĐ 35 tỉnh đã tổ chức 14 hội nghị chuyên đề."
    assert [f.mention for f in facts(text)] == ["12.450", "14"]
    # a verb that is also a document word still lets its count through
    assert [f.mention for f in facts("Bộ đã khóa 21,4 triệu sim, thuê bao.")] == ["21,4 triệu"]


def test_the_base_of_a_comparison_is_not_the_period_of_the_facts_around_it() -> None:
    f = by_mention(
        "Tính đến ngày 20/9, toàn tỉnh ghi nhận 2.356 ca mắc, tăng 48% so với cùng kỳ năm 2023; trong đó có 3 ca tử vong."
    )
    assert [f[m].period for m in ("2.356", "48%", "3")] == ["Tính đến ngày 20/9"] * 3
    assert by_mention("Doanh thu tăng 12% so với năm 2023.")["12%"].period == ""
    assert by_mention("Trong năm 2023, doanh thu đạt 500 tỷ đồng.")["500 tỷ"].period == "Trong năm 2023"


@pytest.mark.parametrize("opener", ["Mỗi tuần", "Hằng năm", "Hàng tháng"])
def test_how_often_is_no_actor(opener: str) -> None:
    assert by_mention(f"{opener}, các trạm y tế tiếp nhận 150 ca sốt.")["150"].actor == "các trạm y tế"


def test_a_subject_ends_at_gom_and_shares_across_a_semicolon_before_tuoc() -> None:
    f = by_mention("Lực lượng dư luận viên của tỉnh gồm 1.450 người, đã phản bác 2.680 bài viết có nội dung xấu.")
    assert f["1.450"].actor == f["2.680"].actor == "Lực lượng dư luận viên của tỉnh"
    f = by_mention("Lực lượng chức năng đã tạm giữ 870 xe mô tô; tước giấy phép lái xe 1.320 trường hợp.")
    assert f["1.320"].actor == "Lực lượng chức năng"


def test_a_hard_wrapped_line_goes_on_in_lower_case() -> None:
    f = by_mention(
        "Giá thuê căn hộ tại quận trung tâm dao động từ 8 đến 12 triệu\nđồng mỗi tháng, cao hơn\nkhoảng 15% so với năm ngoái.\nThành phố có 42.000 căn hộ."
    )
    assert (f["8 đến 12 triệu"].category, f["8 đến 12 triệu"].unit) == ("money", "đồng")
    assert f["15%"].qualifier == "approx"
    assert f["42.000"].sentence == "Thành phố có 42.000 căn hộ."  # a new line in upper case is a new sentence


def test_a_noun_that_starts_like_a_classifier_is_one_noun() -> None:
    f = by_mention("Thành phố có 42.000 căn hộ dịch vụ; bão làm sập 12 căn nhà; công an thu giữ 5 hộ chiếu.")
    assert [(f[m].unit, f[m].object) for m in ("42.000", "12", "5")] == [("", "căn hộ dịch vụ"), ("căn", "nhà"), ("", "hộ chiếu")]


def test_verbs_inside_nouns_and_commas_inside_names_do_not_cut_the_subject() -> None:
    f = by_mention("Vốn đầu tư trực tiếp nước ngoài (FDI) thu hút được 31 dự án mới.")
    assert f["31"].actor == "Vốn đầu tư trực tiếp nước ngoài (FDI)"
    f = by_mention("Theo Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh, bão số 3 đã làm 6 người chết.")
    assert f["6"].actor == "bão số 3"
    f = by_mention("Thu hút 31 dự án với tổng vốn đăng ký xấp xỉ 640 triệu USD.")
    assert f["640 triệu"].object == "tổng vốn đăng ký"


def test_months_of_a_year_are_a_period_and_no_part_of_the_subject() -> None:
    f = by_mention("Tổng sản phẩm trên địa bàn (GRDP) 9 tháng năm 2024 ước tăng 7,2% so với cùng kỳ.")
    assert (f["7,2%"].actor, f["7,2%"].period) == ("Tổng sản phẩm trên địa bàn (GRDP)", "9 tháng năm 2024")


def test_a_list_item_mark_is_no_part_of_the_subject() -> None:
    f = by_mention(
        "Kết quả:\n- Cấp ủy các cấp đã kiểm tra 1.230 tổ chức đảng.\n• Ủy ban kiểm tra các cấp đã cảnh cáo 2 đảng viên."
    )
    assert (f["1.230"].actor, f["2"].actor) == ("Cấp ủy các cấp", "Ủy ban kiểm tra các cấp")


def test_gom_after_a_comma_opens_a_list_and_ends_no_subject() -> None:
    f = by_mention("Hãng khai thác 103 tàu bay trên 137 đường bay, gồm 56 đường bay quốc tế và 81 đường bay nội địa.")
    assert f["56"].actor == "" and f["56"].part_of == f["137"].start


def test_a_class_named_before_a_part_loses_its_verb() -> None:
    f = by_mention(
        "Các nền tảng đã gỡ bỏ 4.126 video, bài viết. Trong đó, YouTube gỡ 1.250 video, Facebook gỡ 2.310 bài viết, TikTok gỡ 566 video."
    )
    assert [f[m].label for m in ("1.250", "2.310", "566")] == ["YouTube", "Facebook", "TikTok"]
    assert {f[m].part_of for m in ("1.250", "2.310", "566")} == {f["4.126"].start}


@pytest.mark.parametrize("noun", ["lượt đăng ký kênh", "followers", "views"])
def test_subscribers_and_followers_are_audience(noun: str) -> None:
    assert by_mention(f"Kênh của đối tượng có 340.000 {noun}.")["340.000"].category == "audience"


def test_one_unit_after_tren_is_a_rate_not_a_fact() -> None:
    f = by_mention("Giá trị sản xuất trên 1 ha đất trồng trọt đạt 185 triệu đồng.")
    assert list(f) == ["185 triệu"]
    assert by_mention("Video đạt trên 1 triệu lượt xem.")["1 triệu"].qualifier == "more_than"


def test_counts_after_an_opening_trong_so_total_are_its_parts() -> None:
    f = by_mention("Trong số 1.200 người tham gia, 300 người là phụ nữ, 900 người là nam giới.")
    assert f["300"].part_of == f["900"].part_of == f["1.200"].start and f["1.200"].check == "ok"
    f = by_mention("Ông là một trong số 5 người được khen thưởng, cùng 3 người khác.")
    assert f["3"].part_of is None  # "trong số" inside the clause opens no list


def test_the_elected_own_their_share_of_the_votes() -> None:
    assert (
        by_mention("Đồng chí Lê Văn Nam tái đắc cử Bí thư Tỉnh đoàn với 98,6% số phiếu.")["98,6%"].actor == "Đồng chí Lê Văn Nam"
    )


def test_a_year_opening_the_sentence_is_its_period() -> None:
    f = by_mention("Năm 2023, Ủy ban Kiểm tra Huyện ủy đã thi hành kỷ luật 07 đảng viên.")
    assert (f["07"].period, f["07"].value, f["07"].actor) == ("Năm 2023", 7, "Ủy ban Kiểm tra Huyện ủy")


def test_a_glued_currency_before_den_makes_a_range() -> None:
    f = facts("Giá vé giường nằm từ 1.250.000đ đến 1.800.000đ/vé.")
    assert [(x.value, x.value_max, x.category) for x in f] == [(1250000, 1800000, "money")]


def test_a_framing_phrase_alone_is_no_subject() -> None:
    f = by_mention("Mỗi ngày có 12 đoàn tàu chở gần 8.000 lượt khách; dự kiến thu 2,5tr đồng mỗi chuyến.")
    assert [f[m].actor for m in ("12", "8.000", "2,5tr")] == ["", "", ""]


def test_subjects_after_quotes_examples_and_la() -> None:
    f = by_mention('"Đơn cử như Công ty CP xe khách Phương Trang (TP HCM) nợ 28 tỷ đồng", ông nói.')
    assert f["28 tỷ"].actor == "Công ty CP xe khách Phương Trang (TP HCM)"
    assert by_mention("Nổi bật nhất là Fanpage có 125.000 người theo dõi.")["125.000"].actor == "Fanpage"
    assert by_mention("Huyện Trà Cú là địa phương có diện tích chiếm khoảng 80% toàn tỉnh.")["80%"].actor == "Huyện Trà Cú"
    assert (
        by_mention('"Lương tôi 12 triệu/tháng, riêng tiền nhà đã chiếm hơn một phần ba", anh nói.')["một phần ba"].actor
        == "tiền nhà"
    )


def test_owner_after_thuoc_and_a_count_that_is_its_own_subject() -> None:
    f = by_mention("Có tổng cộng 109 trang Zalo thuộc Công an tỉnh Bình Dương (Công an tỉnh; công an 9 huyện).")
    assert f["109"].actor == "Công an tỉnh Bình Dương"
    f = by_mention("Ba học sinh may mắn bơi được vào bờ, bốn em còn lại bị đuối nước.")
    assert f["bốn"].actor == ""


def test_parts_in_the_next_sentence_go_to_the_total_they_add_up_to() -> None:
    f = by_mention(
        "Công an tỉnh đã xây dựng 178 trang Fanpage, 96 kênh TikTok và 1.240 nhóm Zalo. "
        "Trong đó, cấp tỉnh 12 trang Fanpage, cấp huyện 46 trang, cấp xã 120 trang."
    )
    assert {f[m].part_of for m in ("12", "46", "120")} == {f["178"].start} and f["178"].check == "ok"


def test_a_respectively_list_counts_the_noun_after_its_last_item() -> None:
    f = by_mention("Các trang Fanpage lần lượt thu hút 320.000, 145.000 và 56.000 người theo dõi.")
    assert [f[m].category for m in ("320.000", "145.000", "56.000")] == ["audience"] * 3
    assert f["320.000"].actor == "Các trang Fanpage"


def test_periods_stop_at_a_bracket_and_since_the_start_of_the_year_is_one() -> None:
    f = by_mention("Trong tuần qua (từ ngày 10 đến 16/6), thành phố ghi nhận 1.034 ca mắc.")
    assert f["1.034"].period == "từ ngày 10 đến 16/6"
    f = by_mention("Cộng dồn từ đầu năm, TP.HCM có 12.568 ca, trong đó 2 ca tử vong.")
    assert (f["12.568"].actor, f["12.568"].period) == ("TP.HCM", "từ đầu năm")


def test_modals_before_the_linking_verb_and_export_turnover_as_one_noun() -> None:
    f = by_mention("Bộ Công Thương dự báo cả năm 2024, kim ngạch xuất khẩu gạo có thể đạt trên 5,5 tỷ USD.")
    assert (f["5,5 tỷ"].object, f["5,5 tỷ"].actor) == ("kim ngạch xuất khẩu gạo", "kim ngạch xuất khẩu gạo")
    f = by_mention("Philippines tiếp tục là thị trường lớn nhất với 3,6 triệu tấn; Indonesia đứng thứ hai với 1,1 triệu tấn.")
    assert (f["3,6 triệu"].actor, f["1,1 triệu"].actor) == ("Philippines", "Indonesia")


def test_a_named_object_ends_at_a_two_word_verb_and_interested_people_are_audience() -> None:
    f = by_mention("Sở phát hiện 15 tài khoản TikTok đăng tải thông tin sai sự thật; 120 Zalo OA có 850.000 người quan tâm.")
    assert f["15"].object == "TikTok" and f["850.000"].category == "audience"
    assert by_mention("Các đơn vị đã 4 lần làm việc với Google.")["4"].object == "lần làm việc"


def test_a_term_of_office_is_a_period_and_consequence_openers_are_framing() -> None:
    f = by_mention("Trong nhiệm kỳ 2018-2023, Hội Nông dân tỉnh đã giải ngân 1.850 tỷ đồng cho 42.300 hộ.")
    assert (f["1.850 tỷ"].period, f["1.850 tỷ"].actor) == ("Trong nhiệm kỳ 2018-2023", "Hội Nông dân tỉnh")
    f = by_mention("Bình quân mỗi năm, các cấp hội vận động hiến 25.000 m2 đất; toàn tỉnh có 1.480 chi hội.")
    assert (f["25.000"].actor, f["1.480"].category) == ("các cấp hội", "organization")


def test_nouns_that_start_with_a_verb_word_can_be_subjects() -> None:
    f = by_mention(
        "Năm 2023, chỉ số năng lực cạnh tranh cấp tỉnh (PCI) đạt 67,35 điểm; các cơ sở y tế công lập tăng giá 1.900 dịch vụ."
    )
    assert f["67,35"].actor == "chỉ số năng lực cạnh tranh cấp tỉnh (PCI)"
    assert f["1.900"].actor == "các cơ sở y tế công lập"
    assert by_mention("Vốn FDI đăng ký đạt 1,234,567 USD.")["1,234,567"].object != "ký"


@pytest.mark.parametrize(("words", "value"), [("Một phần tư", 25), ("Ba phần tư", 75)])
def test_quarters_are_fractions(words: str, value: int) -> None:
    assert by_mention(f"{words} số doanh nghiệp cho biết chi phí giảm.")[words].value == value
