"""statx.understand.actor: whose, the subject of the clause a number stands in."""

from __future__ import annotations

import pytest

from tests.conftest import by_mention, facts


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


def test_a_term_before_a_comma_is_not_the_actor_and_sessions_are_events() -> None:
    f = by_mention("Nhiệm kỳ 2020-2025, Ủy ban Kiểm tra Trung ương đã tổ chức 39 kỳ họp.")
    assert f["39"].actor == "Ủy ban Kiểm tra Trung ương"
    assert f["39"].category == "event"


def test_a_comparison_is_no_actor_and_an_accident_occurs() -> None:
    f = by_mention("Tai nạn giao thông xảy ra 19.712 vụ; so với cùng kỳ năm 2023 giảm 1.052 vụ (5,1%).")
    assert f["19.712"].actor == "Tai nạn giao thông"
    assert f["1.052"].actor != "so với cùng kỳ năm 2023"


def test_revenue_is_a_noun_and_an_estimate_opens_the_predicate() -> None:
    f = by_mention("Doanh thu hợp nhất ước đạt 117.000 tỷ đồng, lợi nhuận trước thuế khoảng 6.800 tỷ đồng.")
    assert f["117.000 tỷ"].actor == "Doanh thu hợp nhất"
    assert f["117.000 tỷ"].qualifier == "approx"


def test_a_period_is_no_actor() -> None:
    f = by_mention("Cộng dồn từ đầu năm đến nay có 21.470 ca, trong đó 12 ca tử vong.")
    assert f["21.470"].actor == "" and f["12"].part_of == f["21.470"].start


def test_a_purpose_clause_after_a_comma_is_no_subject() -> None:
    f = by_mention("Các đối tượng đã lập hơn 300 tài khoản Facebook ảo, mạo danh nhân viên ngân hàng để lừa đảo 1.150 bị hại.")
    assert f["1.150"].actor == "Các đối tượng"


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


def test_list_sharing_a_classifier_and_actor() -> None:
    fs = facts("Thành đoàn có 2 trang Fanpage, 1 trang Facebook; Hội Phụ nữ có 37 trang Facebook, Fanpage, 124 nhóm Zalo.")
    assert [(f.value, f.unit, f.category, f.actor) for f in fs] == [
        (2, "trang", "social_account", "Thành đoàn"),
        (1, "trang", "social_account", "Thành đoàn"),
        (37, "trang", "social_account", "Hội Phụ nữ"),
        (124, "nhóm", "social_account", "Hội Phụ nữ"),
    ]


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


def test_actor_after_an_adverb_and_around_a_quoted_name() -> None:
    f = by_mention(
        'Theo báo cáo, hiện toàn tỉnh có 315 tài khoản Facebook. Riêng Fanpage "Đồng Nai ngày mới" có 87.500 người theo dõi.'
    )
    assert f["315"].actor == "toàn tỉnh"
    assert f["87.500"].actor == 'Fanpage "Đồng Nai ngày mới"'


def test_a_possessive_in_the_next_clause_is_not_the_owner() -> None:
    f = by_mention("Bộ TT&TT đã yêu cầu gỡ bỏ 4.500 bài viết vi phạm, tỷ lệ chặn gỡ của Facebook đạt 94%.")
    assert f["4.500"].actor == "Bộ TT&TT"
    g = by_mention("Thành đoàn có 46 trang Fanpage, Facebook của Đoàn, Hội, Đội cơ sở.")
    assert g["46"].actor == "Đoàn, Hội, Đội cơ sở"


@pytest.mark.parametrize("opener", ["Mỗi tuần", "Hằng năm", "Hàng tháng"])
def test_how_often_is_no_actor(opener: str) -> None:
    assert by_mention(f"{opener}, các trạm y tế tiếp nhận 150 ca sốt.")["150"].actor == "các trạm y tế"


def test_a_subject_ends_at_gom_and_shares_across_a_semicolon_before_tuoc() -> None:
    f = by_mention("Lực lượng dư luận viên của tỉnh gồm 1.450 người, đã phản bác 2.680 bài viết có nội dung xấu.")
    assert f["1.450"].actor == f["2.680"].actor == "Lực lượng dư luận viên của tỉnh"
    f = by_mention("Lực lượng chức năng đã tạm giữ 870 xe mô tô; tước giấy phép lái xe 1.320 trường hợp.")
    assert f["1.320"].actor == "Lực lượng chức năng"


def test_verbs_inside_nouns_and_commas_inside_names_do_not_cut_the_subject() -> None:
    f = by_mention("Vốn đầu tư trực tiếp nước ngoài (FDI) thu hút được 31 dự án mới.")
    assert f["31"].actor == "Vốn đầu tư trực tiếp nước ngoài (FDI)"
    f = by_mention("Theo Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh, bão số 3 đã làm 6 người chết.")
    assert f["6"].actor == "bão số 3"
    f = by_mention("Thu hút 31 dự án với tổng vốn đăng ký xấp xỉ 640 triệu USD.")
    assert f["640 triệu"].object == "tổng vốn đăng ký"


def test_a_list_item_mark_is_no_part_of_the_subject() -> None:
    f = by_mention(
        "Kết quả:\n- Cấp ủy các cấp đã kiểm tra 1.230 tổ chức đảng.\n• Ủy ban kiểm tra các cấp đã cảnh cáo 2 đảng viên."
    )
    assert (f["1.230"].actor, f["2"].actor) == ("Cấp ủy các cấp", "Ủy ban kiểm tra các cấp")


def test_gom_after_a_comma_opens_a_list_and_ends_no_subject() -> None:
    f = by_mention("Hãng khai thác 103 tàu bay trên 137 đường bay, gồm 56 đường bay quốc tế và 81 đường bay nội địa.")
    assert f["56"].actor == "" and f["56"].part_of == f["137"].start


def test_the_elected_own_their_share_of_the_votes() -> None:
    assert (
        by_mention("Đồng chí Lê Văn Nam tái đắc cử Bí thư Tỉnh đoàn với 98,6% số phiếu.")["98,6%"].actor == "Đồng chí Lê Văn Nam"
    )


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


def test_nouns_that_start_with_a_verb_word_can_be_subjects() -> None:
    f = by_mention(
        "Năm 2023, chỉ số năng lực cạnh tranh cấp tỉnh (PCI) đạt 67,35 điểm; các cơ sở y tế công lập tăng giá 1.900 dịch vụ."
    )
    assert f["67,35"].actor == "chỉ số năng lực cạnh tranh cấp tỉnh (PCI)"
    assert f["1.900"].actor == "các cơ sở y tế công lập"
    assert by_mention("Vốn FDI đăng ký đạt 1,234,567 USD.")["1,234,567"].object != "ký"
