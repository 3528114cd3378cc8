"""statx.understand.actor: whose, the subject of the clause a number stands in."""

from __future__ import annotations

import pytest

from statx.lexicon.dictionary import words
from statx.lexicon.pos import verbs as tagged_verbs
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
        ("Ủy ban Kiểm tra Thành ủy cho biết đã xem xét 13 đảng viên.", "13", "Ủy ban Kiểm tra Thành ủy"),
        ("Công an huyện Tân Lạc cho biết, đơn vị này vừa lập mới 18 nhóm Zalo.", "18", "Công an huyện Tân Lạc"),
    ],
)
def test_a_verb_of_saying_gives_the_number_to_the_subject_of_what_is_said(sentence: str, mention: str, actor: str) -> None:
    assert by_mention(sentence)[mention].actor == actor


def test_a_trong_do_part_without_a_subject_shares_the_actor_of_its_total() -> None:
    f = by_mention(
        "Trong năm, các trang thông tin của Đoàn đã đăng tải 3.450 tin, bài, video; "
        "trong đó có 1.120 tin, bài phản bác thông tin sai sự thật."
    )
    assert f["1.120"].part_of == f["3.450"].start
    assert f["1.120"].actor == f["3.450"].actor == "các trang thông tin của Đoàn"


def test_the_name_of_an_inspection_committee_is_no_verb() -> None:
    f = by_mention("Ủy ban kiểm tra các cấp kiểm tra theo chuyên đề đối với 28 tổ chức đảng và 96 đảng viên.")
    assert f["28"].actor == f["96"].actor == "Ủy ban kiểm tra các cấp"
    assert f["28"].category == "organization" and f["96"].category == "people"


@pytest.mark.parametrize(
    ("sentence", "mention"),
    [
        ("Theo thống kê của TikTok, trong tháng 1/2024 có khoảng 65% người dùng xem video chủ đề Tết.", "65%"),
        ("Theo Sở Thông tin, tính đến hết năm 2019 có 57 trang tin điện tử được cấp phép.", "57"),
    ],
)
def test_a_time_is_no_actor(sentence: str, mention: str) -> None:
    assert by_mention(sentence)[mention].actor == ""


def test_a_qualified_count_can_be_the_subject() -> None:
    f = by_mention("Trước đó, khoảng 600 nhân viên kiểm lâm đã nhanh chóng khống chế khoảng 35 đám cháy rừng.")
    assert f["35"].actor.startswith("khoảng 600 nhân viên")  # a count in the subject is no time


def test_a_term_before_a_comma_is_not_the_actor_and_sessions_are_events() -> None:
    f = by_mention("Nhiệm kỳ 2015-2020, Ủy ban Kiểm tra Huyện ủy đã tổ chức 27 kỳ họp.")
    assert f["27"].actor == "Ủy ban Kiểm tra Huyện ủy"
    assert f["27"].category == "event"


def test_a_comparison_is_no_actor_and_an_accident_occurs() -> None:
    f = by_mention("Tai nạn giao thông xảy ra 19.712 vụ; so với cùng kỳ năm 2023 giảm 1.052 vụ (5,1%).")
    assert f["19.712"].actor == "Tai nạn giao thông"
    assert f["1.052"].actor != "so với cùng kỳ năm 2023"


def test_revenue_is_a_noun_and_an_estimate_opens_the_predicate() -> None:
    # the revenue is the metric, not who has it: its owner is named after "của"
    f = by_mention("Doanh thu hợp nhất của Tập đoàn Bình An ước đạt 117.000 tỷ đồng, lợi nhuận trước thuế khoảng 6.800 tỷ đồng.")
    assert f["117.000 tỷ"].actor == "Tập đoàn Bình An"
    assert f["117.000 tỷ"].qualifier == "exact"  # an estimate, not a rounded figure (FACTS.md)


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
    fs = facts("Huyện đoàn có 3 trang Fanpage, 4 trang Facebook; Hội Nông dân có 21 trang Facebook, Fanpage, 58 nhóm Zalo.")
    assert [(f.value, f.unit, f.category, f.actor) for f in fs] == [
        (3, "trang", "social_account", "Huyện đoàn"),
        (4, "trang", "social_account", "Huyện đoàn"),
        (21, "trang", "social_account", "Hội Nông dân"),
        (58, "nhóm", "social_account", "Hội Nông dân"),
    ]


def test_actor_is_the_nearer_subject_after_a_comma() -> None:
    text = "Ông Ánh cho biết, Công ty Minh Long (Hà Nội) nợ 17 tỷ đồng, Công ty An Phú nợ hơn 20 tỷ đồng."
    f = by_mention(text)
    assert f["17 tỷ"].actor == "Công ty Minh Long (Hà Nội)"
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
    (f,) = facts("Ngày 4/9, Công an huyện Tân Lạc cho biết, đơn vị này vừa lập thêm 22 nhóm Zalo.")
    assert f.actor == "Công an huyện Tân Lạc"


def test_actor_pronoun_takes_the_last_named_actor() -> None:
    text = "Minh Anh có 5.000 người theo dõi trên TikTok. Đến nay, anh nhận được hơn 2 triệu lượt thích."
    f = by_mention(text)
    assert f["5.000"].actor == "Minh Anh"
    assert f["2 triệu"].actor == "Minh Anh"


def test_actor_after_a_linking_word_and_inside_a_compound_noun() -> None:
    f = by_mention("Nhà trường đã vào cuộc, còn hãng Minh Long hứa sẽ ủng hộ 30.000 USD cho quỹ.")
    assert f["30.000"].actor == "hãng Minh Long"
    (g,) = facts("Chỉ sau 3 tuần, bài đăng của Lan đã nhận được gần 2 triệu lượt thích.")
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
    g = by_mention("Huyện đoàn có 19 trang Zalo, Facebook của Đoàn, Hội, Đội các trường.")
    assert g["19"].actor == "Đoàn, Hội, Đội các trường"


@pytest.mark.parametrize("opener", ["Mỗi tuần", "Hằng năm", "Hàng tháng"])
def test_how_often_is_no_actor(opener: str) -> None:
    assert by_mention(f"{opener}, các trạm y tế tiếp nhận 150 ca sốt.")["150"].actor == "các trạm y tế"


def test_a_subject_ends_at_gom_and_shares_across_a_semicolon_before_tuoc() -> None:
    f = by_mention("Lực lượng dư luận viên của tỉnh gồm 1.450 người, đã phản bác 2.680 bài viết sai lệch.")
    assert f["1.450"].actor == f["2.680"].actor == "Lực lượng dư luận viên của tỉnh"
    f = by_mention("Lực lượng chức năng đã tạm giữ 870 xe mô tô; tước giấy phép lái xe 1.320 trường hợp.")
    assert f["1.320"].actor == "Lực lượng chức năng"


def test_verbs_inside_nouns_and_commas_inside_names_do_not_cut_the_subject() -> None:
    f = by_mention("Vốn đầu tư trực tiếp nước ngoài (FDI) thu hút được 31 dự án mới.")
    assert f["31"].actor == "Vốn đầu tư trực tiếp nước ngoài (FDI)"
    f = by_mention("Theo Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn tỉnh, bão số 3 đã làm 6 người chết.")
    assert f["6"].actor == "bão số 3"
    f = by_mention(
        "Theo báo cáo về công tác khám, chữa bệnh dịp lễ, các phòng khám, chữa bệnh tư nhân của huyện đã tiếp nhận 950 lượt người dân."
    )
    assert f["950"].actor == "các phòng khám, chữa bệnh tư nhân của huyện"
    f = by_mention("Thu hút 31 dự án với tổng vốn đăng ký xấp xỉ 640 triệu USD.")
    assert f["640 triệu"].object == "tổng vốn đăng ký"


def test_a_list_item_mark_is_no_part_of_the_subject() -> None:
    f = by_mention(
        "Kết quả:\n- Cấp ủy các cấp đã kiểm tra 1.230 tổ chức đảng.\n• Ủy ban kiểm tra các cấp đã cảnh cáo 2 đảng viên."
    )
    assert (f["1.230"].actor, f["2"].actor) == ("Cấp ủy các cấp", "Ủy ban kiểm tra các cấp")


def test_gom_after_a_comma_opens_a_list_and_ends_no_subject() -> None:
    # the parts of the list are the airline's like its total, never a subject that runs over the counts
    f = by_mention("Hãng khai thác 103 tàu bay trên 137 đường bay, gồm 56 đường bay quốc tế và 81 đường bay nội địa.")
    assert f["56"].part_of == f["137"].start
    assert f["56"].actor == f["103"].actor == "Hãng"


def test_the_elected_own_their_share_of_the_votes() -> None:
    assert (
        by_mention("Đồng chí Lê Văn Nam tái đắc cử Bí thư Tỉnh đoàn với 98,6% số phiếu.")["98,6%"].actor == "Đồng chí Lê Văn Nam"
    )


def test_a_framing_phrase_alone_is_no_subject() -> None:
    f = by_mention("Mỗi ngày có 12 đoàn tàu chở gần 8.000 lượt khách; dự kiến thu 2,5tr đồng mỗi chuyến.")
    assert [f[m].actor for m in ("12", "8.000", "2,5tr")] == ["", "", ""]


def test_subjects_after_quotes_examples_and_la() -> None:
    f = by_mention('"Đơn cử như Hợp tác xã vận tải Sao Mai (Đà Nẵng) nợ 9 tỷ đồng", ông nói.')
    assert f["9 tỷ"].actor == "Hợp tác xã vận tải Sao Mai (Đà Nẵng)"
    assert by_mention("Nổi bật nhất là Fanpage có 48.000 người theo dõi.")["48.000"].actor == "Fanpage"
    assert by_mention("Huyện Tân Lạc là địa phương có rừng chiếm khoảng 40% diện tích toàn tỉnh.")["40%"].actor == "Huyện Tân Lạc"
    assert (
        by_mention('"Lương tôi 12 triệu/tháng, riêng tiền nhà đã chiếm hơn một phần ba", anh nói.')["một phần ba"].actor
        == "tiền nhà"
    )


def test_owner_after_thuoc_and_a_count_that_is_its_own_subject() -> None:
    f = by_mention("Có tổng cộng 64 trang Zalo thuộc Công an tỉnh Bình Yên (Công an tỉnh; công an 7 huyện).")
    assert f["64"].actor == "Công an tỉnh Bình Yên"
    f = by_mention("Hai cháu may mắn bám được vào thuyền, ba em còn lại bị nước cuốn trôi.")
    assert f["ba"].actor == ""


def test_nouns_that_start_with_a_verb_word_can_be_subjects() -> None:
    f = by_mention(
        "Năm 2023, chỉ số năng lực cạnh tranh cấp tỉnh (PCI) của Bình Yên đạt 67,35 điểm; "
        "các cơ sở y tế tư nhân tăng giá 260 dịch vụ."
    )
    assert f["67,35"].actor == "Bình Yên"  # the index is a measure: its owner follows "của"
    assert f["260"].actor == "các cơ sở y tế tư nhân"
    assert by_mention("Vốn FDI đăng ký đạt 1,234,567 USD.")["1,234,567"].object != "ký"


@pytest.mark.parametrize(
    ("sentence", "mention", "actor"),
    [
        (
            "PHÚ AN - Sau hai ngày tranh tài, đoàn vận động viên tỉnh Bình Yên đã đoạt 25 huy chương.",
            "25",
            "đoàn vận động viên tỉnh Bình Yên",
        ),
        ("(BYO)- Trong tuần qua, Công an huyện Tân Lạc tiếp nhận 14 tin báo.", "14", "Công an huyện Tân Lạc"),
        ("BÌNHYÊN.VN - Ở môn bơi, học sinh huyện Đông Phú giành 6 huy chương.", "6", "học sinh huyện Đông Phú"),
    ],
)
def test_a_dateline_before_the_lead_is_not_the_actor(sentence: str, mention: str, actor: str) -> None:
    assert by_mention(sentence)[mention].actor == actor


def test_an_opening_phrase_is_skipped_but_a_clause_before_a_comma_is_not() -> None:
    f = by_mention("Cùng thời gian, các chi bộ đã kết nạp 40 đảng viên.")
    assert f["40"].actor == "các chi bộ"
    f = by_mention("Tính đến nay, tại trang Fanpage Hội Nông dân huyện đã có 3.200 lượt thích, với hơn 900 lượt chia sẻ.")
    assert f["3.200"].actor == "trang Fanpage Hội Nông dân huyện"


def test_a_clause_that_opens_with_its_verb_continues_the_subject_before_it() -> None:
    f = by_mention(
        "Sở Văn hóa cho biết, đến nay, trang Fanpage Du lịch Bình Yên đã có hơn 40.000 người theo dõi,"
        " thu hút 2 triệu lượt xem, lượt tương tác đạt 95.000."
    )
    assert f["40.000"].actor == f["2 triệu"].actor == f["95.000"].actor == "trang Fanpage Du lịch Bình Yên"


def test_a_sentence_that_opens_with_its_verb_continues_the_subject_of_the_sentence_before() -> None:
    f = by_mention("Hội Nông dân huyện kiểm tra 12 chi hội. Qua kiểm tra, phát hiện 3 chi hội vi phạm.")
    assert f["3"].actor == "Hội Nông dân huyện"
    # a new paragraph that opens with its verb goes on with the report before it
    f = by_mention("Kiểm tra hội viên\n\nHội Nông dân huyện kiểm tra 12 chi hội.\n\nPhát hiện 3 chi hội vi phạm.")
    assert f["3"].actor == "Hội Nông dân huyện"
    # one whose opening clause is a frame before its verb takes the body the article reports on
    f = by_mention("Kiểm tra hội viên\n\nHội Nông dân huyện kiểm tra 12 chi hội.\n\nQua kiểm tra, phát hiện 3 chi hội vi phạm.")
    assert f["3"].actor == "Hội Nông dân huyện" and "actor:article" in f["3"].rules
    f = by_mention("Hội Nông dân huyện kiểm tra 12 chi hội. Khoảng 30 hội viên đã tham gia.")
    assert f["30"].actor == "Hội Nông dân huyện"  # the count is its own subject: the paragraph's actor has it
    assert "actor:paragraph" in f["30"].rules


@pytest.mark.parametrize(
    ("sentence", "mention", "actor"),
    [
        ("Các video đăng trên Fanpage “Tuổi trẻ Bình Yên” đã có 3,2 triệu lượt xem.", "3,2 triệu", "Fanpage “Tuổi trẻ Bình Yên”"),
        (
            "Vượt mốc 80 nghìn lượt theo dõi, Fanpage Thành đoàn Tân Lạc trở thành kênh tuyên truyền chủ lực.",
            "80 nghìn",
            "Fanpage Thành đoàn Tân Lạc",
        ),
        ("Nhiều đoàn viên cùng quản lý trang fanpage với hơn 500 người theo dõi.", "500", "trang fanpage"),
        ("Kênh YouTube “Bếp nhà Mơ” của chị Lan có 61.000 người đăng ký.", "61.000", "Kênh YouTube “Bếp nhà Mơ”"),
        ("Công an huyện quản lý 12 trang Fanpage với 9.000 người theo dõi.", "9.000", "Công an huyện"),
    ],
)
def test_a_page_is_the_actor_of_its_own_audience(sentence: str, mention: str, actor: str) -> None:
    assert by_mention(sentence)[mention].actor == actor


def test_a_list_of_acting_bodies_is_the_actor() -> None:
    f = by_mention(
        "Năm ngoái, Ban Thường vụ Huyện ủy Tân Lạc, Đảng ủy các xã Phú An, Bình Yên (tỉnh Hòa Bình) vừa thi hành kỷ luật 7 tổ chức đảng."
    )
    assert f["7"].actor == "Ban Thường vụ Huyện ủy Tân Lạc, Đảng ủy các xã Phú An, Bình Yên (tỉnh Hòa Bình)"
    f = by_mention("Đảng bộ các huyện Tân Lạc, Phú An, Bình Yên, mỗi đơn vị có 9 đảng viên bị khiển trách.")
    assert f["9"].actor == "Đảng bộ các huyện Tân Lạc, Phú An, Bình Yên"
    f = by_mention("Các xã Phú An, Bình Yên mỗi xã có 3 tổ hòa giải.")
    assert f["3"].actor == "Các xã Phú An, Bình Yên"
    assert by_mention("Mỗi phường có 2 nhóm Zalo.")["2"].actor == "Mỗi phường"  # nothing named before


def test_after_a_fronted_phrase_with_a_comma_the_subject_is_the_name_after_it() -> None:
    f = by_mention("Số ca cộng dồn của đợt dịch thứ hai (từ tháng 3/2021), tỉnh Bình Yên có 4.120 ca.")
    assert f["4.120"].actor == "tỉnh Bình Yên"


def test_the_bodies_asked_to_act_are_not_the_actor() -> None:
    f = by_mention("Ủy ban Kiểm tra Thị ủy vừa đề nghị Ban Thường vụ, Ban Chấp hành Đảng bộ thị xã xem xét kỷ luật 4 đảng viên.")
    assert f["4"].actor == "Ủy ban Kiểm tra Thị ủy"


def test_a_time_adverb_without_a_comma_opens_no_subject_and_a_bare_page_owns_its_followers() -> None:
    f = by_mention("Mới đây Hội Phụ nữ xã đã đề xuất khen thưởng 6 hội viên, 2 tổ trưởng.")
    assert f["6"].actor == f["2"].actor == "Hội Phụ nữ xã"
    f = by_mention("Sau ba năm, fanpage đã thành địa chỉ tin cậy của huyện, đạt hơn 70 nghìn người theo dõi.")
    assert f["70 nghìn"].actor == "fanpage"


def test_what_is_said_after_a_comma_and_an_opening_phrase_names_the_actor() -> None:
    f = by_mention(
        "Ông Trần Văn Bình - Chánh Văn phòng cho biết, trong quý I, Hội Cựu chiến binh tỉnh đã thăm 120 hộ và giúp 45 hộ."
    )
    assert f["120"].actor == f["45"].actor == "Hội Cựu chiến binh tỉnh"
    f = by_mention('Bà Lan cho biết Fanpage "Bình Yên ơi" vừa chạm mốc 90.000 người theo dõi.')
    assert f["90.000"].actor == 'Fanpage "Bình Yên ơi"'


def test_after_a_fronted_verb_phrase_the_subject_after_its_comma_is_the_actor() -> None:
    f = by_mention("Thực hiện kế hoạch năm, Ủy ban Kiểm tra Đảng ủy xã Phú An đã kiểm tra 6 chi bộ, 11 đảng viên.")
    assert f["6"].actor == f["11"].actor == "Ủy ban Kiểm tra Đảng ủy xã Phú An"
    f = by_mention("Đề nghị Ban Thường vụ, Ban Chấp hành thi hành kỷ luật 3 đảng viên.")
    assert f["3"].actor == ""  # the bodies asked are not the actor


def test_a_count_in_an_aside_after_a_name_is_the_names() -> None:
    f = by_mention("Hai tàu bị chìm gồm Minh Phát 27 (tàu cá, 9 thuyền viên), Hải Long 05 (6 thuyền viên).")
    assert (f["9"].actor, f["6"].actor) == ("Minh Phát 27", "Hải Long 05")
    crew, saved = facts("Tàu cá Bình Minh 12 (tàu gỗ, 9 thuyền viên) bị chìm và đã có 5 thuyền viên được cứu.")
    assert (crew.actor, saved.actor) == ("Bình Minh 12", "Tàu cá Bình Minh 12")
    f = by_mention("Huyện kỷ luật 30 tổ chức Đảng (khiển trách 20, cảnh cáo 10).")
    assert f["20"].actor != "Đảng"  # a total's bracket is no aside of a name


def test_a_subject_with_a_verb_inside_a_noun_and_a_bracketed_place() -> None:
    f = by_mention("Từ đầu năm, các cấp ủy có thẩm quyền huyện Tân Lạc (tỉnh Bình Yên) đã kỷ luật 14 đảng viên.")
    assert f["14"].actor == "các cấp ủy có thẩm quyền huyện Tân Lạc (tỉnh Bình Yên)"


def test_a_subject_after_trong_do_and_clauses_that_continue_it() -> None:
    f = by_mention(
        "Năm qua có 240 hội viên được kiểm tra, trong đó Ban Thường vụ Hội Nông dân huyện kiểm tra 60, giám sát 25 hội viên,"
        " chi hội cơ sở kiểm tra 180, giám sát 90 hội viên."
    )
    assert f["60"].actor == f["25"].actor == "Ban Thường vụ Hội Nông dân huyện"
    assert f["180"].actor == f["90"].actor == "chi hội cơ sở"


@pytest.mark.parametrize(
    ("sentence", "mention", "actor"),
    [
        (
            "Năm 2024, 9 đảng viên bị Ban Thường vụ Đảng ủy xã Phú An kỷ luật với hình thức khiển trách.",
            "9",
            "Ban Thường vụ Đảng ủy xã Phú An",
        ),
        ("Có 48 hộ dân được UBND huyện Tân Lạc cấp giấy chứng nhận.", "48", "UBND huyện Tân Lạc"),
        ("Có 48 hộ dân được cấp giấy chứng nhận.", "48", ""),
    ],
)
def test_the_agent_of_a_passive_after_the_count_is_the_actor(sentence: str, mention: str, actor: str) -> None:
    assert by_mention(sentence)[mention].actor == actor


@pytest.mark.parametrize(
    "sentence",
    [
        "Theo Sở Y tế, có 120 ca mắc mới.",
        "Theo báo cáo của Sở Y tế tỉnh có 120 ca mắc mới.",
        "Cũng theo Sở Y tế, 120 ca đã khỏi bệnh.",
    ],
)
def test_a_source_is_not_the_actor(sentence: str) -> None:
    assert by_mention(sentence)["120"].actor == ""


def test_a_storm_that_causes_damage_is_its_actor_after_a_framing_report() -> None:
    f = by_mention("Báo cáo nhanh đến 18h ngày 2-9, bão số 5 đã làm 3 người chết và làm hư hỏng 120 căn nhà.")
    assert f["3"].actor == f["120"].actor == "bão số 5"
    f = by_mention("Lốc xoáy làm sập 6 căn nhà và làm bị thương 4 người.")
    assert f["6"].actor == f["4"].actor == "Lốc xoáy"


def test_a_verb_inside_an_aside_does_not_end_the_subject() -> None:
    f = by_mention("Bão số 4 (tên quốc tế là Mira, đã suy yếu) đã làm 5 người bị thương.")
    assert f["5"].actor == "Bão số 4 (tên quốc tế là Mira, đã suy yếu)"
    f = by_mention("Bước đầu Công an huyện đã thu giữ 30 kg hàng cấm.")
    assert f["30"].actor == "Công an huyện"


def test_a_lead_without_a_subject_continues_the_headline() -> None:
    fs = facts("Hội Nông dân tỉnh hỗ trợ 300 hộ nghèo\n\nTrong năm 2024, đã hỗ trợ 300 hộ nghèo vay vốn.")
    assert [(f.actor, "actor:headline" in f.rules) for f in fs] == [("Hội Nông dân tỉnh", False), ("Hội Nông dân tỉnh", True)]
    fs = facts("Hội Nông dân tỉnh hỗ trợ 300 hộ nghèo\n\nNgày 2/1\n\nTrong năm 2024, đã hỗ trợ 300 hộ nghèo vay vốn.")
    assert (fs[1].actor, "actor:headline" in fs[1].rules) == ("Hội Nông dân tỉnh", False)  # the body the article is about
    assert "actor:article" in fs[1].rules


def test_nouns_of_revenue_and_cost_are_not_the_verbs_thu_and_chi() -> None:
    # the revenue is a measure, not who has it: the unit it names is the owner
    assert by_mention("Tổng thu ngân sách huyện đạt 120 tỷ đồng.")["120 tỷ"].actor == "huyện"
    assert by_mention("Năm nay, chi phí vận hành trạm bơm đạt 3 tỷ đồng.")["3 tỷ"].actor == "chi phí vận hành trạm bơm"


def test_places_times_and_what_is_said_around_the_subject() -> None:
    f = by_mention("Khoa Nhi, Bệnh viện Đa khoa Bình Yên, hai tháng qua tiếp nhận 70 ca sốt xuất huyết.")
    assert f["70"].actor == "Khoa Nhi, Bệnh viện Đa khoa Bình Yên"
    f = by_mention("Từ ngày 3/7 đến nay, trên địa bàn huyện Tân Lạc đã có 9 người mắc bệnh.")
    assert f["9"].actor == "huyện Tân Lạc"
    f = by_mention("Sở Y tế cho biết, từ đầu năm đến nay toàn tỉnh ghi nhận 640 ca mắc.")
    assert f["640"].actor == "toàn tỉnh"


def test_the_one_helped_or_congratulated_has_the_count_and_a_means_is_no_subject() -> None:
    f = by_mention("Nhờ nội dung gần gũi, cách kể chuyện hài hước đã giúp @bepnhamo có hơn 2 triệu người theo dõi.")
    assert f["2 triệu"].actor == "@bepnhamo"
    f = by_mention("Giám đốc Sở chúc mừng Ban biên tập trang Tuổi trẻ Tân Lạc chạm mốc 50 nghìn lượt theo dõi.")
    assert f["50 nghìn"].actor == "trang Tuổi trẻ Tân Lạc"  # the page has its followers
    f = by_mention("Ông Nam chúc mừng đội tuyển bơi của huyện giành 12 huy chương.")
    assert f["12"].actor == "đội tuyển bơi của huyện"
    f = by_mention("Từ một câu chuyện nhỏ, qua góc nhìn của các bạn trẻ đã trở thành trào lưu thu hút 9 triệu lượt xem.")
    assert f["9 triệu"].actor == ""


def test_a_unit_named_by_its_kind_alone_can_be_the_actor() -> None:
    f = by_mention("Sáng 5/6, ông Trần Văn Bình, Chủ tịch UBND huyện cho biết, trong năm 2024 huyện đã giải ngân 320 tỷ đồng.")
    assert f["320 tỷ"].actor == "huyện"
    f = by_mention("Bên cạnh trang chính, thời gian tới, tỉnh sẽ lập thêm 40 trang Zalo.")
    assert f["40"].actor == "tỉnh"


def test_times_and_clauses_of_time_before_the_subject() -> None:
    assert by_mention("Sau 5 năm Hội Nông dân xã có 300 hội viên.")["300"].actor == "Hội Nông dân xã"
    f = by_mention("Sau gần 2 năm hoạt động trang tin Facebook Hội Cựu chiến binh đã thu hút 640 người theo dõi.")
    assert f["640"].actor == "trang tin Facebook Hội Cựu chiến binh"
    f = by_mention("Hai năm nay, từ khi Công an tỉnh Bình Yên thí điểm mô hình mới lập 40 trang zalo, người dân yên tâm hơn.")
    assert f["40"].actor == "Công an tỉnh Bình Yên"


def test_after_a_list_of_places_the_subject_needs_no_capital() -> None:
    f = by_mention("Chiều cùng ngày, tại hai thôn Đông và Tây, xã Phú An, huyện Tân Lạc, trận lốc xoáy làm sập 9 căn nhà.")
    assert f["9"].actor == "trận lốc xoáy"
    f = by_mention("Ngoài vé ngày, vé tháng có 120 lượt bán.")
    assert f["120"].actor != "vé tháng"
    assert by_mention("Sau gần 3 năm hoạt động, fanpage đã đăng hơn 600 bài.")["600"].actor == "fanpage"


def test_a_page_word_at_the_end_of_the_text_does_not_break_the_reading() -> None:
    # the page's name would start past the last token: no actor from it, and no crash
    got = facts("lượt theo dõi 7 có trang Fanpage")
    assert [f.mention for f in got] in ([], ["7"])


@pytest.mark.parametrize(
    ("text", "mention", "actor"),
    [
        ("Tổng thu ngân sách toàn huyện Tân Hòa đạt 812 tỷ đồng.", "812 tỷ", "toàn huyện Tân Hòa"),
        ("Năm nay, tỷ lệ tiêm chủng của xã Bình Lợi đạt 97%.", "97%", "xã Bình Lợi"),
        ("Số hộ nghèo trên địa bàn quận Ba Đình giảm còn 46 hộ.", "46", "quận Ba Đình"),
    ],
)
def test_a_measure_is_no_actor_but_the_place_it_names_is(text: str, mention: str, actor: str) -> None:
    assert by_mention(text)[mention].actor == actor


def test_a_measure_without_an_owner_continues_the_subject_before() -> None:
    f = by_mention("Bệnh viện Bình An tiếp nhận 320 ca sốt. Số ca nặng trong tuần là 14 ca.")
    assert f["320"].actor == f["14"].actor == "Bệnh viện Bình An"
    g = by_mention("Tỉnh Bình An ghi nhận 900 ca mắc, trong đó thể nặng là 35 ca.")
    assert g["35"].actor == "Tỉnh Bình An"


def test_a_name_that_opens_with_a_word_of_measure_is_still_a_name() -> None:
    assert by_mention("Chi cục Thuế huyện Tân Hòa thu 41 tỷ đồng.")["41 tỷ"].actor == "Chi cục Thuế huyện Tân Hòa"
    assert by_mention("Tổng công ty cấp nước Bình An có 760 công nhân.")["760"].actor == "Tổng công ty cấp nước Bình An"


def test_a_clause_of_time_or_condition_ends_the_subject() -> None:
    f = by_mention("Nặng nề nhất là huyện Tân Hòa khi có tới 9 người chết, 4 người mất tích.")
    assert f["9"].actor == f["4"].actor == "huyện Tân Hòa"
    assert by_mention("Mặc dù số ca mắc giảm 20% nhưng dịch vẫn phức tạp.")["20%"].actor == ""


def test_an_opening_phrase_with_a_year_or_date_is_time_whatever_opens_it() -> None:
    f = by_mention("Khép lại năm 2024, Hội Nông dân xã Bình Lợi có 1.240 hội viên.")
    assert f["1.240"].actor == "Hội Nông dân xã Bình Lợi"


def test_a_comma_inside_a_bracket_does_not_end_an_opening_phrase() -> None:
    f = by_mention("Tại xã Bình Lợi (huyện Tân Hòa, tỉnh Bình An), đội cứu hộ đã đưa 36 hộ dân đến nơi an toàn.")
    assert f["36"].actor == "đội cứu hộ"
    g = by_mention("Ở thôn Đồng Mới (xã Bình Lợi, huyện Tân Hòa), đến nay vẫn còn 3 người chưa tìm thấy.")
    assert ")" not in g["3"].actor


def test_a_hazard_is_no_actor_the_place_it_struck_is() -> None:
    f = by_mention("Chiều qua, tại tỉnh Bình An, nước lũ đã cuốn trôi 2 người, làm 5 người bị thương.")
    assert f["2"].actor == f["5"].actor == "tỉnh Bình An"
    assert by_mention("Lũ quét ở các huyện vùng cao trong đêm qua đã làm 7 người chết.")["7"].actor == "các huyện vùng cao"
    assert by_mention("Bão số 4 đã làm 3 người bị thương.")["3"].actor == "Bão số 4"  # no place named


def test_time_adverbs_at_a_subjects_edge_are_no_part_of_it() -> None:
    assert by_mention("Tổng đài cứu hộ mỗi ngày nhận gần 900 cuộc gọi.")["900"].actor == "Tổng đài cứu hộ"
    f = by_mention("Đại úy Trần Bình cho hay, đây là kênh hữu ích, bình quân mỗi tuần nhóm Zalo An ninh nhận 60 tin báo.")
    assert f["60"].actor == "nhóm Zalo An ninh"
    g = by_mention("Sở Y tế cho biết, đầu năm 2024 tới nay toàn tỉnh đã ghi nhận 4.310 ca mắc.")
    assert g["4.310"].actor == "toàn tỉnh"


def test_an_unnamed_page_is_its_owners() -> None:
    f = by_mention("Nhiều người đã vào Fanpage hơn 2 triệu người theo dõi của Lê Minh Tâm để bình luận.")
    assert f["2 triệu"].actor == "Lê Minh Tâm"


def test_a_list_of_places_opened_by_a_common_noun_stays_whole() -> None:
    f = by_mention("Lượng mưa tại các huyện vùng Tây Bình, Đông Bình và vùng ven biển Nam Bình đã ở mức 80-120mm.")
    assert f["80-120"].actor == "các huyện vùng Tây Bình, Đông Bình và vùng ven biển Nam Bình"


def test_after_a_condition_the_subject_follows_thi() -> None:
    f = by_mention("Nếu mưa kéo dài thì xã Bình Lợi sẽ có 300 hộ phải sơ tán.")
    assert f["300"].actor == "xã Bình Lợi"
    g = by_mention("Riêng huyện Tân Hòa thì có 30 hộ bị ngập.")
    assert g["30"].actor == "huyện Tân Hòa"  # nothing stands after "thì": the subject before it


def test_the_first_of_a_list_of_examples_drops_nhu() -> None:
    f = by_mention("Nhiều địa phương tăng mạnh, như Tân Hòa tăng 31%, Bình Lợi tăng 18%.")
    assert f["31%"].actor == "Tân Hòa" and f["18%"].actor == "Bình Lợi"


def test_a_verb_word_after_a_word_of_quantity_is_a_noun() -> None:
    f = by_mention("Không tính số thu từ đất và thu phí (90 tỷ đồng) thì thu nội địa của huyện Tân Hòa đạt 610 tỷ đồng.")
    assert f["610 tỷ"].actor == "huyện Tân Hòa"


def test_what_a_report_shows_has_its_own_subject() -> None:
    f = by_mention("Bản tổng kết cho thấy, cả năm, Hội Cựu chiến binh huyện Tân Hòa đã thăm hỏi 58 hộ.")
    assert f["58"].actor == "Hội Cựu chiến binh huyện Tân Hòa"


def test_after_a_purpose_fronted_a_page_is_the_subject() -> None:
    f = by_mention("Để phục vụ người dân tốt hơn, trang Zalo “Công an phường Bình Lợi” đã đăng 24 thủ tục hành chính.")
    assert f["24"].actor == "trang Zalo “Công an phường Bình Lợi”"


def test_a_paragraph_that_opens_with_its_verb_continues_the_report_before() -> None:
    f = by_mention("Ủy ban Kiểm tra Thị ủy Bình An đã kỷ luật 4 đảng viên.\n\nTiếp nhận 13 đơn thư, đã giải quyết 9 đơn.")
    assert f["13"].actor == f["9"].actor == "Ủy ban Kiểm tra Thị ủy Bình An"
    g = by_mention("Ủy ban Kiểm tra Thị ủy Bình An đã kỷ luật 4 đảng viên.\n\nNgười dân gửi 13 đơn thư.")
    assert g["13"].actor == "Người dân"


def test_a_headline_that_opens_with_a_name_and_a_colon_is_that_names() -> None:
    f = by_mention("Tân Hòa: 61 đảng viên bị kỷ luật\n\nTrong đó có 40 trường hợp khiển trách.")
    assert f["61"].actor == "Tân Hòa"
    g = by_mention("Trong bài: Về hình thức kỷ luật: khiển trách 12 đồng chí.")
    assert g["12"].actor == ""  # not a headline name


def test_the_people_counted_as_a_subject_continue_the_owner_before() -> None:
    f = by_mention(
        "Tổng doanh thu du lịch của tỉnh Bình An ước đạt 9.210 tỷ đồng. "
        "Khách nội địa ước đạt 3,1 triệu lượt, tăng 12%; khách quốc tế đạt 420.000 lượt."
    )
    assert f["9.210 tỷ"].actor == "tỉnh Bình An"
    assert f["3,1 triệu"].actor == f["12%"].actor == f["420.000"].actor == "tỉnh Bình An"
    assert by_mention("Học sinh Tân Hòa đạt 14 huy chương.")["14"].actor == "Học sinh Tân Hòa"  # a name stays


def test_a_heading_names_the_owner_of_its_section() -> None:
    f = by_mention(
        "Du lịch nửa năm\n\nBình Lợi\n\nKhách nội địa ước đạt 2,4 triệu lượt, tăng 9%.\n\nTân Hòa\n\nĐón 800.000 lượt khách."
    )
    assert f["2,4 triệu"].actor == f["9%"].actor == "Bình Lợi"
    assert f["800.000"].actor == "Tân Hòa"


def test_a_measure_with_no_verb_and_a_name_with_a_verb_no_list_knows() -> None:
    f = by_mention("Tỉnh Bình An đón 2 triệu lượt khách. Tổng doanh thu du lịch trên 3.000 tỷ đồng.")
    assert f["3.000 tỷ"].actor == "Tỉnh Bình An"
    g = by_mention("Trong đó, TP Bình An dẫn đầu cả nước, với 19 triệu lượt khách.")
    assert g["19 triệu"].actor == "TP Bình An"
    assert by_mention("Khiển trách 30 đồng chí.")["30"].actor == ""  # one capitalized word is no name


def test_a_measure_of_visitors_to_a_place_is_the_places() -> None:
    f = by_mention("Sở Du lịch cho biết, năm 2023, tổng khách du lịch đến Tân Hòa đạt 4,2 triệu lượt.")
    assert f["4,2 triệu"].actor == "Tân Hòa"
    assert by_mention("Số ca mắc từ đầu năm đến nay là 320 ca.")["320"].actor == ""  # "đến nay" is no place


def test_an_epithet_in_quotes_before_a_name_is_no_part_of_it() -> None:
    f = by_mention("Năm nay, “thủ phủ cà phê” Đắk Lắk tiếp tục dẫn đầu với 540.000 tấn.")
    assert f["540.000"].actor == "Đắk Lắk"


def test_a_place_that_opens_the_subject_before_a_verb_no_list_knows() -> None:
    assert by_mention("Đà Nẵng xếp sau Hà Nội khi thu về 7.300 tỷ đồng.")["7.300 tỷ"].actor == "Đà Nẵng"
    assert by_mention("Hà Giang tỉnh vùng cao có 190 xã.")["190"].actor == "Hà Giang tỉnh vùng cao"


def test_a_sentence_that_opens_with_a_verb_no_list_knows_continues_the_subject_before() -> None:
    f = by_mention("Công an huyện Tân Hòa đã xử lý 48 vụ. Truy quét triệt xóa 9 ổ nhóm với 31 đối tượng.")
    assert f["9"].actor == f["31"].actor == "Công an huyện Tân Hòa"
    g = by_mention("Công an huyện Tân Hòa đã xử lý 48 vụ. Hai đối tượng lập 21 tài khoản ảo.")
    assert g["21"].actor == "Hai đối tượng"  # a subject of its own, with a verb the list knows


def test_a_measure_of_money_goes_on_with_the_whole_not_with_each() -> None:
    f = by_mention(
        "Năm nay, huyện Tân Hòa lập thêm 6 trang tin; mỗi xã lập ít nhất 3 nhóm Zalo. Kinh phí cho mô hình là 800 triệu đồng."
    )
    assert f["3"].actor == "mỗi xã"
    assert f["800 triệu"].actor == "huyện Tân Hòa"
    assert by_mention("Theo Cục Thống kê, GRDP của tỉnh Bình An tăng 6,2%.")["6,2%"].actor == "tỉnh Bình An"


def test_a_page_named_after_its_audience_in_lower_case_has_it() -> None:
    f = by_mention("Với hơn 310.000 người theo dõi, fanpage Thanh niên Tân Hòa là kênh lớn nhất huyện.")
    assert f["310.000"].actor == "fanpage Thanh niên Tân Hòa"


def test_a_scope_or_a_pointer_names_the_place_named_before_it() -> None:
    f = by_mention("* Theo Sở Y tế Quảng Trị, tỷ lệ tiêm chủng của tỉnh đạt 96,2%. Toàn tỉnh có 41 xã đạt 100%.")
    assert f["96,2%"].actor == "tỉnh Quảng Trị"
    assert f["41"].actor == "Toàn tỉnh Quảng Trị"
    # a pointer back is the actor as the sentence says it, not the place it points at
    g = by_mention("Dẫn đầu về lượng khách là TP. Bình An. Địa phương này 6 tháng đầu năm đón 9 triệu lượt khách.")
    assert g["9 triệu"].actor == "Địa phương này"
    assert by_mention("Xã Tân Lợi có 3 thôn. Thôn này có 120 hộ nghèo.")["120"].actor == "Thôn này"
    f = by_mention("Tỉnh Bình An đạt 9 tỷ USD. So với năm trước, xuất khẩu của địa phương này tăng 12%.")
    assert f["12%"].actor == "địa phương này"  # the owner of a measure so pointed at, too
    h = by_mention("Hội Nông dân xã Bình Lợi có 300 hội viên.")
    assert h["300"].actor == "Hội Nông dân xã Bình Lợi"  # a name stays as it is


def test_a_province_scope_skips_a_district_named_after_it() -> None:
    f = by_mention("Tại Quảng Trị, lũ từ thượng nguồn (huyện Hướng Lập) đổ về nhanh. Toàn tỉnh có 2.140 nhà bị ngập.")
    assert f["2.140"].actor == "Toàn tỉnh Quảng Trị"


def test_a_scope_takes_no_person_and_no_place_of_another_kind() -> None:
    # a name that a person word or another type word opens, also at a sentence's start, is no owner
    assert by_mention("Ông Trần Bình Minh cho biết, toàn tỉnh có 240 hộ nghèo.")["240"].actor == "toàn tỉnh"
    assert by_mention("Huyện Mỹ Lâm có 14 xã. Tỉnh có 9 huyện.")["9"].actor == "Tỉnh"
    assert by_mention("Sở Y tế tỉnh Quảng Nam cho biết, toàn tỉnh có 310 ca.")["310"].actor == "toàn tỉnh Quảng Nam"


def test_the_type_word_is_said_once_and_a_clause_without_subject_takes_no_place() -> None:
    assert by_mention("TP. Hồ Chí Minh có 16 quận. Thành phố có 7 triệu dân.")["7 triệu"].actor == "Thành phố Hồ Chí Minh"
    f = by_mention("Chị Lê Bình An kể lại cho phóng viên. Có 3 em được cứu.")
    assert f["3"].actor != "Bình An"


def test_a_count_whose_text_names_no_owner_nearby_takes_the_sentence_the_paragraph_or_the_article() -> None:
    f = by_mention("Hợp tác xã Bình Minh\n\nHợp tác xã Bình Minh có 40 ha rau. Khoảng 25 xã viên làm việc mỗi ngày.")
    assert f["25"].actor == "Hợp tác xã Bình Minh" and "actor:paragraph" in f["25"].rules
    g = by_mention("Trường Tân Phú khai giảng\n\nTrường Tân Phú đón 300 học sinh.\n\nSau lễ, 12 em nhận học bổng.")
    assert g["12"].actor == "Trường Tân Phú" and "actor:article" in g["12"].rules
    # a name first met deep in the article is not the body it reports on
    h = by_mention(
        "Mưa lớn kéo dài\n\nTrời mưa suốt tuần.\n\nRồi nước dâng cao.\n\nXã Bình Lộc có 30 nhà bị ngập. Sau đó 5 hộ đã dời đi."
    )
    assert h["5"].actor == "Xã Bình Lộc"  # the paragraph's, not the article's


def test_the_window_cut_of_a_long_sentence_leaves_no_half_word_as_the_actor() -> None:
    long = (
        "Bản tổng kết của Sở Giao thông tại buổi họp nêu rằng trong năm qua, số vụ va chạm giảm ở cả hai mặt về số vụ"
        " và số người bị thương so với năm trước, thế nhưng, toàn tỉnh vẫn xảy ra hơn 1.200 vụ va chạm, hơn 300 người"
        " tử vong và gần 900 người bị thương."
    )
    f = by_mention(long)
    assert f["1.200"].actor == f["300"].actor == f["900"].actor == "toàn tỉnh"


def test_a_subject_that_holds_counts_is_a_list_not_an_owner() -> None:
    f = by_mention(
        "Năm nay, huyện Mỹ Lâm có 6 doanh nghiệp mới tham gia xuất khẩu là: Công ty Hòa Bình, 2 doanh nghiệp gạo và 3 doanh nghiệp cá."
    )
    assert f["3"].actor == f["2"].actor == "huyện Mỹ Lâm"


def test_a_measure_named_as_export_has_no_owner_of_its_own() -> None:
    f = by_mention("Toàn huyện đạt 120 tỷ đồng, trong đó, xuất khẩu chính ngạch đạt 90 tỷ đồng.")
    assert f["90 tỷ"].actor == "Toàn huyện"


def test_a_clause_that_opens_with_a_verb_longer_than_its_first_words_has_no_subject() -> None:
    assert by_mention("Công an huyện tiếp nhận 90 vụ, điều tra làm rõ 30 vụ.")["30"].actor == "Công an huyện"


def test_a_body_that_names_itself_in_what_it_says_has_the_count() -> None:
    f = by_mention("Sáng 4/5, Công an huyện Tân Hòa cho biết đơn vị vừa triệt phá một đường dây, bắt 11 đối tượng.")
    assert f["11"].actor == "Công an huyện Tân Hòa"


def test_a_speaker_reports_a_count_that_is_its_clause_subject_after_frames_only() -> None:
    f = by_mention("Đại diện Bệnh viện Tân Hòa cho biết chiều qua, 9 bệnh nhân được chuyển tới.")
    assert f["9"].actor == "Bệnh viện Tân Hòa"  # who speaks for the hospital is not the owner
    g = by_mention("Sở Y tế cho biết năm qua, dịch bệnh giảm, tuy vậy, cả tỉnh vẫn có 300 ca, hơn 20 ca đã khỏi bệnh.")
    assert g["20"].actor == "cả tỉnh"  # a clause with its own subject lies between: not the speaker


def test_a_place_fronted_before_a_counted_subject_has_the_count() -> None:
    assert by_mention("Tại Bệnh viện Đa khoa Tân Hòa (huyện Mỹ Lâm), 8 bệnh nhân phải thở máy.")["8"].actor == (
        "Bệnh viện Đa khoa Tân Hòa"
    )
    assert by_mention("Ở xã Bình Lộc, 4 ngôi nhà bị tốc mái.")["4"].actor == "xã Bình Lộc"
    assert by_mention("Tại buổi lễ, 40 đại biểu đã phát biểu.")["40"].actor == ""  # no name: no place


def test_the_speaker_of_a_quote_who_says_i_has_the_count() -> None:
    f = by_mention('Tại buổi giao lưu, Hoa kể: "Kênh của tôi từng chỉ có 80 người theo dõi, giờ tôi có 6.000 lượt đăng ký."')
    assert f["80"].actor == f["6.000"].actor == "Hoa"
    g = by_mention("“Chúng tôi đã trồng 500 cây xanh”, anh Lê Minh Tâm nói.")
    assert g["500"].actor == "anh Lê Minh Tâm"


@pytest.mark.parametrize(
    ("sentence", "mention", "actor"),
    [
        ("Giám đốc Sở Y tế Trần Văn Lộc cho biết đã tiếp nhận 30 ca.", "30", "Sở Y tế"),
        ("Ông Trần Văn Lộc, Giám đốc Sở Y tế tỉnh Tân Hòa cho biết đã tiếp nhận 30 ca.", "30", "Sở Y tế tỉnh Tân Hòa"),
        ("Đại tá Lê Bình, Trưởng phòng Cảnh sát kinh tế cho biết đã thu giữ 30 tấn hàng.", "30", "Phòng Cảnh sát kinh tế"),
        ("Cục trưởng Cục Thuế Lê Văn Bình cho biết đã thu 30 tỷ đồng.", "30 tỷ", "Cục Thuế"),
        ("Bộ trưởng Bộ Nội vụ Đỗ Văn Hòa dự họp. Bộ trưởng Hòa cũng cho biết đã tinh giản 30 đầu mối.", "30", "Bộ Nội vụ"),
        ("Chủ tịch UBND xã Đỗ Văn Hòa nhận 30 triệu đồng.", "30 triệu", "Chủ tịch UBND xã Đỗ Văn Hòa"),  # no speaker
        ("Giám đốc Sở Y tế Hà Giang cho biết đã tiếp nhận 30 ca.", "30", "Sở Y tế Hà Giang"),  # a place, no person
    ],
)
def test_a_titled_speaker_reports_the_counts_of_the_body_he_heads(sentence: str, mention: str, actor: str) -> None:
    assert by_mention(sentence)[mention].actor == actor


def test_a_scope_with_no_place_in_its_paragraph_names_the_place_of_the_headline() -> None:
    f = by_mention(
        "Tân Hòa mở thêm 9 chợ đêm\n\nNăm nay, tỉnh Tân Hòa có thêm 9 chợ đêm, trong đó có chợ của Công ty Mỹ Lâm.\n\n"
        "Toàn tỉnh có 40 chợ đêm."
    )
    assert f["40"].actor == "Toàn tỉnh Tân Hòa"  # not the place inside the company's name


def test_the_lead_that_names_the_body_reported_on_comes_after_a_byline() -> None:
    head, lead = facts(
        "Xử lý 9 hội viên trong năm\nTin tức - 12/01/2025\n\nTheo Hội Nông dân, năm qua các chi hội trong huyện đã xem xét"
        " và xử lý 9 hội viên vi phạm điều lệ."
    )
    assert lead.actor == head.actor == "các chi hội trong huyện"  # no time before the subject
    assert "actor:article" in head.rules


def test_a_name_before_a_word_of_measure_owns_the_measure() -> None:
    assert by_mention("Kế đến là TP. Bình An tổng lượng khách ước đạt 8 triệu lượt.")["8 triệu"].actor == "TP. Bình An"
    assert by_mention("Hà Nội số ca mắc tăng 20%.")["20%"].actor == "Hà Nội"


def test_how_often_is_no_part_of_a_subject_that_opens_with_it() -> None:
    f = by_mention("Bình quân mỗi khách đến Tân Hòa chi khoảng 3 triệu đồng.")
    assert f["3 triệu"].actor == "mỗi khách đến Tân Hòa"


def test_a_part_whose_clause_names_no_one_takes_the_actor_of_its_total_not_of_the_split_before_it() -> None:
    f = by_mention(
        "Năm qua, các chi bộ trong xã đã kỷ luật 12 đảng viên. Trong đó, Chi bộ thôn Đông kỷ luật 5 đảng viên; Chi bộ"
        " thôn Tây kỷ luật 7 đảng viên. Hình thức kỷ luật, khiển trách 10 đảng viên; cảnh cáo 2 đảng viên."
    )
    assert f["7"].actor == "Chi bộ thôn Tây"  # a part that names its own actor keeps it
    assert f["10"].actor == f["2"].actor == "các chi bộ trong xã"


def test_the_title_after_a_source_frame_names_the_body_not_the_person() -> None:
    f = by_mention("Theo bà Lê Thị Hoa, Giám đốc Sở Y tế tỉnh Tân Hòa, năm qua đã tiếp nhận 30 ca.")
    assert f["30"].actor == "Sở Y tế tỉnh Tân Hòa"  # no comma left after it


def test_a_measure_with_its_count_is_no_owner_of_another_count() -> None:
    f = by_mention("Cùng con số 12 hộ được hỗ trợ trong năm còn có xã Bình Lộc, trong đó 3 hộ được hỗ trợ vốn.")
    assert f["3"].actor != "Cùng con số 12 hộ"
    assert by_mention("Công an 14 xã đã lập 30 nhóm Zalo.")["30"].actor == "Công an 14 xã"  # a count inside a name


def test_a_person_named_after_a_fronted_phrase_is_the_subject() -> None:
    f = by_mention("Hơn hai năm lãnh đạo Huyện ủy Tân Hòa, ông Lâm đã vận động xây thêm 12 trường học.")
    assert f["12"].actor == "ông Lâm"


def test_an_opener_with_its_comma_and_the_partners_of_a_joint_action_are_no_subject() -> None:
    assert by_mention("Ban đầu, lực lượng chức năng đã thu giữ khoảng 40 kg hàng.")["40"].actor == "lực lượng chức năng"
    f = by_mention("Đội Cảnh sát giao thông đã phối hợp với Công an xã Bình Lộc, Công an xã Tân Hòa lập 3 chốt kiểm tra.")
    assert f["3"].actor == "Đội Cảnh sát giao thông"


def test_more_verbs_of_administration_end_a_subject() -> None:
    f = by_mention("Sở Tư pháp đã rà soát, tổng hợp và phối hợp với các ngành gỡ bỏ 40 tài liệu; răn đe, nhắc nhở 12 trường hợp.")
    assert f["40"].actor == f["12"].actor == "Sở Tư pháp"
    assert by_mention("Hai huyện Mỹ Lâm, Tân Hòa đều cam kết giải ngân 100% vốn.")["100%"].actor == "Hai huyện Mỹ Lâm, Tân Hòa"


def test_items_of_a_list_after_a_comma_go_on_with_the_subject_before_them() -> None:
    f = by_mention("Giải đấu khép lại, đội tuyển Tân Hòa giành 40 huy chương, gồm 12 vàng, 13 bạc và 15 đồng.")
    assert f["13"].actor == f["15"].actor == "đội tuyển Tân Hòa"


def test_a_count_of_bodies_opening_the_subject_owns_the_counts_after_it_but_not_itself() -> None:
    f = by_mention("3 huyện miền núi mới hoàn thành 45% kế hoạch.")
    assert f["45%"].actor == "3 huyện miền núi" and f["3"].actor == ""
    g = by_mention("Tại Trạm y tế Bình Lộc, 6 bệnh nhân nhập viện cấp cứu, trong đó có 4 trẻ em.")
    assert g["4"].actor == "Trạm y tế Bình Lộc"  # a count of people opens no subject of another count


def test_a_bracketed_source_before_the_lead_is_no_subject() -> None:
    f = by_mention("(ABC) Theo Sở Công Thương, 9 tháng qua, toàn tỉnh đã xuất khẩu 1.200 tấn chè.")
    assert f["1.200"].actor == "toàn tỉnh"


def test_a_group_of_bodies_owns_its_measure_and_a_scope_owns_its_bracketed_share() -> None:
    f = by_mention("Tổng số vốn của 4 huyện đạt 800 tỷ đồng, thấp hơn mức chung của cả tỉnh (12%).")
    assert f["800 tỷ"].actor == "4 huyện"
    assert f["12%"].actor == "cả tỉnh"


def test_each_item_of_a_list_of_names_with_counts_has_its_name() -> None:
    f = by_mention(
        "Đoàn Tân Hòa có 420 cầu thủ, trong khi đoàn Bình An có 615 cầu thủ; Mỹ Lâm 388 cầu thủ và Phú Lộc 207 cầu thủ."
    )
    assert [f[m].actor for m in ("388", "207")] == ["Mỹ Lâm", "Phú Lộc"]
    g = by_mention("Năm nay, đội Tân Hòa xếp sau đoàn Bình An (64 HCV, 57 HCB, 73 HCĐ).")
    assert g["73"].actor == "Bình An"  # the whole list in the bracket goes on with the name before it


def test_a_source_owns_a_measure_that_names_no_owner_but_never_a_subject() -> None:
    f = by_mention("Theo Sở Công Thương, 6 tháng qua tổng giá trị xuất khẩu chè ước đạt 90 triệu USD.")
    assert f["90 triệu"].actor == "Sở Công Thương" and "actor:source" in f["90 triệu"].rules
    assert by_mention("Theo Sở Y tế, toàn tỉnh có 30 ca.")["30"].actor == "toàn tỉnh"
    assert by_mention("Giá cà phê tăng gần 50% trong tháng.")["50%"].actor == ""  # a price is a measure, no owner


def test_a_place_fronted_before_a_clause_with_its_own_subject_is_not_the_owner() -> None:
    f = by_mention("Tại Bình An, từ đầu năm, toàn tỉnh xảy ra 37 vụ sạt lở, 2 vụ lũ quét.")
    assert f["2"].actor == f["37"].actor


def test_a_clause_after_va_with_its_own_named_subject_owns_its_counts() -> None:
    f = by_mention("Huyện Mỹ Lâm cam kết đạt 97% kế hoạch và Tân Hòa cam kết đạt 90% vốn trung ương và 85% vốn địa phương.")
    assert (f["97%"].actor, f["90%"].actor, f["85%"].actor) == ("Huyện Mỹ Lâm", "Tân Hòa", "Tân Hòa")


def test_a_bracket_that_opens_with_trong_do_is_a_clause_with_its_own_subject() -> None:
    f = by_mention(
        "Năm qua, Đảng bộ xã có 9 đảng viên bị kỷ luật, gồm khiển trách 5, khai trừ 4 (trong đó, UBKT Huyện ủy khai trừ 2)."
    )
    assert f["9"].actor == "Đảng bộ xã"
    assert f["2"].actor.startswith("UBKT Huyện")


@pytest.mark.parametrize(
    ("text", "mention", "actor"),
    [
        ("Thông tin từ Công an huyện Mỹ Lâm cho biết, hôm qua đơn vị này đã tạm giữ 4 người.", "4", "Công an huyện Mỹ Lâm"),
        ("Theo Sở Y tế Bình An, cơ quan này đã thẩm định 120 hồ sơ hành nghề.", "120", "Sở Y tế Bình An"),
        (
            "Đội Cảnh sát giao thông số 2 vừa lập 15 biên bản. Lực lượng này còn tạm giữ 9 xe máy.",
            "9",
            "Đội Cảnh sát giao thông số 2",
        ),
    ],
)
def test_a_demonstrative_subject_names_the_body_it_points_back_at(text: str, mention: str, actor: str) -> None:
    f = by_mention(text)[mention]
    assert f.actor == actor
    assert "actor:demonstrative" in f.rules


def test_a_count_bracketed_after_a_common_noun_belongs_to_the_clause_subject() -> None:
    f = by_mention("Huyện Mỹ Lâm đã chọn đủ số thành viên tổ bầu cử (45 người) và số giám sát viên (12 người).")
    assert f["45"].actor == f["12"].actor == "Huyện Mỹ Lâm"


def test_the_capital_after_a_dateline_is_no_name_and_a_passive_agent_may_stand_far_off() -> None:
    f = by_mention(
        "BAN - Trong 8 công trình, phần việc tiêu biểu của thanh niên năm 2024 được Tỉnh đoàn Bình An lựa chọn, có hai cây cầu."
    )
    assert f["8"].actor == "Tỉnh đoàn Bình An"
    assert "actor:agent" in f["8"].rules


def test_a_sentence_that_opens_with_a_verb_and_duoc_before_its_count_continues_the_subject() -> None:
    f = by_mention("Phòng Cảnh sát môi trường kiểm tra 40 cơ sở. Xóa sổ được 3 cơ sở và 2 bãi thải.")
    assert f["3"].actor == f["2"].actor == "Phòng Cảnh sát môi trường"
    assert "actor:verb before được" in f["3"].rules


def test_a_place_name_with_a_dash_is_one_name() -> None:
    assert (
        by_mention("Tỉnh Bình An đạt 91%. Còn Hà Nam - Ninh Thuận tỷ lệ này lên tới 95,5%.")["95,5%"].actor
        == "Hà Nam - Ninh Thuận"
    )


def test_a_type_word_after_the_place_it_names_in_its_sentence_takes_that_place() -> None:
    f = by_mention("Tại tỉnh Bình An, số đại biểu HĐND tỉnh trúng cử đủ 40/40.")
    assert f["40"].actor == "tỉnh Bình An"


def test_a_time_without_a_number_before_a_name_is_no_part_of_the_subject() -> None:
    f = by_mention("Tuy vậy, trong năm nay Ban Thường vụ Thị ủy đã xóa tên 3 đảng viên.")
    assert f["3"].actor == "Ban Thường vụ Thị ủy"


def test_a_body_after_a_year_is_the_subject() -> None:
    f = by_mention("Theo Thị ủy Mỹ Lâm, năm 2024 địa phương kết nạp mới 41 đảng viên.")
    assert f["41"].actor.startswith("địa phương")
    assert "actor:after time" in f["41"].rules


@pytest.mark.parametrize(
    ("text", "mention", "actor"),
    [
        ("Khách nội địa đến Bình An tăng 12% so với năm trước.", "12%", "Bình An"),
        ("Lượng du khách tới tỉnh Bình An đông nhất là dịp lễ với 1,2 triệu lượt.", "1,2 triệu", "tỉnh Bình An"),
        (
            "Bà Lê Thị Hoa, Giám đốc Sở Du lịch, cho biết tổng lượt khách tới Bình An trong 3 tháng đầu năm 2025 ước đạt 2,1 triệu lượt.",
            "2,1 triệu",
            "Bình An",
        ),
    ],
)
def test_people_counted_where_they_go_belong_to_that_place(text: str, mention: str, actor: str) -> None:
    assert by_mention(text)[mention].actor == actor


def test_a_short_verb_of_recording_ends_the_subject() -> None:
    f = by_mention("Trong tuần, huyện ghi 12 ca sốt xuất huyết mới.")
    assert f["12"].actor.startswith("huyện")


def test_a_change_beside_a_count_has_the_owner_of_that_count_not_the_count_as_its_subject() -> None:
    f = by_mention("Tỉnh Bình An đón 50.000 lượt khách. Trong đó khách nội địa 41.000 lượt, tăng 9,5% so với năm trước.")
    assert f["9,5%"].actor == f["41.000"].actor == "Tỉnh Bình An"
    assert "actor:beside a count" in f["9,5%"].rules


def test_a_measure_with_no_verb_that_names_its_scope_is_the_scopes() -> None:
    assert by_mention("Công suất phòng khách sạn toàn huyện trong kỳ nghỉ khoảng 70%.")["70%"].actor == "toàn huyện"
    # a capitalized word of a name that also opens a time ("Năm", "Sau") is the name's
    f = by_mention("Doanh thu của UBND huyện Năm Sông đạt 35 tỷ đồng; lợi nhuận của Công ty Sau Đồi đạt 9 tỷ đồng.")
    assert (f["35 tỷ"].actor, f["9 tỷ"].actor) == ("UBND huyện Năm Sông", "Công ty Sau Đồi")


def test_an_acronym_in_a_subject_that_names_what_is_counted_is_no_name() -> None:
    f = by_mention("Huyện Mỹ Lâm đã bầu đủ 30 đại biểu. Đại biểu HĐND cấp xã đạt 310/315.")
    assert f["310"].actor == f["315"].actor == "Huyện Mỹ Lâm"


def test_a_count_with_no_actor_before_it_in_its_paragraph_takes_the_place_the_paragraph_names() -> None:
    text = (
        "Ba tỉnh công bố kết quả thi.\n\n"
        "Tỉnh Bình An có 91% thí sinh đỗ.\n\n"
        "Tỷ lệ đỗ cả hai hệ của tỉnh Hà Nam đều tăng. Ở hệ thường xuyên tỷ lệ đỗ là 74,5%."
    )
    f = by_mention(text)["74,5%"]
    assert f.actor == "tỉnh Hà Nam"
    assert "actor:paragraph place" in f.rules


def test_a_body_named_after_a_bare_type_of_unit_takes_the_place_its_sentence_named() -> None:
    f = by_mention("Tại huyện Mỹ Lâm, Hội đồng bầu cử huyện đã công nhận 85 người trúng cử.")["85"]
    assert f.actor == "Hội đồng bầu cử huyện Mỹ Lâm"
    assert "actor:named place" in f.rules


def test_a_body_that_gives_awards_is_the_subject_after_an_opening_phrase() -> None:
    f = by_mention("Nhân dịp tổng kết, Ban Thường vụ Thị ủy tặng giấy khen cho 14 chi bộ và 31 đảng viên.")
    assert f["14"].actor == f["31"].actor == "Ban Thường vụ Thị ủy"


def test_a_measure_raised_to_the_count_names_its_own_owner() -> None:
    f = by_mention("Năm qua, Thị ủy Mỹ Lâm kết nạp 120 đảng viên, nâng tổng số đảng viên toàn Đảng bộ lên 2.950 người.")
    assert f["120"].actor == "Thị ủy Mỹ Lâm"
    assert f["2.950"].actor == "toàn Đảng bộ"
    assert "actor:raised measure" in f["2.950"].rules


def test_what_was_struck_where_it_stands_is_that_places() -> None:
    f = by_mention("Về thiệt hại, có 6 ha ngô tại xã Mỹ Lâm bị đổ rạp; 2 con trâu ở xã Bình An bị lũ cuốn.")
    assert f["6"].actor == "xã Mỹ Lâm"
    assert f["2"].actor == "xã Bình An"
    assert "actor:struck place" in f["2"].rules


def test_a_linking_word_before_the_subject_is_no_source() -> None:
    # "Theo đó" links to the sentence before; the name after it is the subject, comma or not
    for text in ("Theo đó Bình Định đón 82.000 lượt khách.", "Do đó huyện Mỹ Lộc giảm 40 hộ nghèo."):
        (fact,) = facts(text)
        assert fact.actor in ("Bình Định", "huyện Mỹ Lộc")


def test_a_whole_after_an_opening_time_without_a_comma_is_the_subject() -> None:
    (fact,) = facts("Trong 3 ngày nghỉ Tết toàn tỉnh xảy ra 14 vụ cháy.")
    assert fact.actor == "toàn tỉnh" and fact.value == 14


@pytest.mark.parametrize(
    ("text", "mention", "actor"),
    [
        # the last name whose head noun is the demonstrative's, past a body of another kind
        (
            "Bệnh viện Đa khoa Tây Lam tiếp nhận 30 ca bệnh. Sở Y tế Tây Lam cấp 5 xe cứu thương. "
            "Bệnh viện này còn điều trị 12 bệnh nhân.",
            "12",
            "Bệnh viện Đa khoa Tây Lam",
        ),
        # a noun of any body takes the last name
        ("Công an huyện Lam Sơn bắt 3 đối tượng. Đơn vị này còn thu 7 xe máy.", "7", "Công an huyện Lam Sơn"),
    ],
)
def test_a_demonstrative_points_back_at_a_name_of_its_own_kind(text: str, mention: str, actor: str) -> None:
    f = by_mention(text)[mention]
    assert f.actor == actor
    assert "actor:demonstrative" in f.rules


def test_a_demonstrative_with_no_name_of_its_kind_near_takes_none_and_lends_none() -> None:
    f = by_mention("Công ty Hòa Mỹ cấp 5 xe cứu thương. Bệnh viện này còn điều trị 12 bệnh nhân.")
    assert "actor:demonstrative" not in f["12"].rules
    assert not f["12"].actor.startswith("Công ty")
    assert f["5"].actor != "Bệnh viện này"


needs_dictionary = pytest.mark.skipif(not words(), reason="the Viet74K word list (underthesea) is not installed")


@needs_dictionary
@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        # a one-letter syllable before the lower-case second syllable of a compound: "Y tế"
        ("Sở Y tế Lam Hòa dẫn đầu với 30 ca bệnh.", "Sở Y tế Lam Hòa"),
        ("Ban Tuyên giáo Tỉnh ủy Lam Hòa dẫn đầu với 30 bài viết.", "Ban Tuyên giáo Tỉnh ủy Lam Hòa"),
        # "và" between two capitalised parts of one name
        ("Bộ Tài nguyên và Môi trường dẫn đầu với 30 giấy phép.", "Bộ Tài nguyên và Môi trường"),
        # common nouns and a unit type inside the name, before a capitalised place
        ("Trung tâm Kiểm soát bệnh tật tỉnh Lam Hòa dẫn đầu với 30 ca bệnh.", "Trung tâm Kiểm soát bệnh tật tỉnh Lam Hòa"),
        ("Bệnh viện Đa khoa tỉnh Lam Hòa dẫn đầu với 30 ca bệnh.", "Bệnh viện Đa khoa tỉnh Lam Hòa"),
        # a verb syllable ("tạo") that is the second half of a word of the name ("Đào tạo")
        ("Sở Giáo dục và Đào tạo Lam Hòa đã khen thưởng 30 học sinh.", "Sở Giáo dục và Đào tạo Lam Hòa"),
    ],
)
def test_the_name_of_a_body_runs_whole_to_the_end_of_its_proper_name(sentence: str, actor: str) -> None:
    assert by_mention(sentence)["30"].actor == actor


@needs_dictionary
def test_a_body_named_right_before_its_count_in_a_list_is_whole() -> None:
    f = by_mention("Các đơn vị có nhiều bài viết: Sở Y tế Lam Hòa 30 bài, Sở Nội vụ Lam Hòa 20 bài.")
    assert f["30"].actor == "Sở Y tế Lam Hòa"
    assert f["20"].actor == "Sở Nội vụ Lam Hòa"
    g = by_mention("Nhiều đơn vị có bài viết hay, như Bộ Tài nguyên và Môi trường (30 bài).")
    assert g["30"].actor == "Bộ Tài nguyên và Môi trường"


@pytest.mark.parametrize(
    ("text", "mention", "actor"),
    [
        # a quoted verb after a body's name ends its subject, and the actor carried later is that name too
        (
            'Sau một tháng theo dõi, Sở Cảnh sát Đông Hà "cất vó" chuyên án gỗ lậu liên tỉnh, thu giữ 40 bánh gỗ quý.',
            "40",
            "Sở Cảnh sát Đông Hà",
        ),
        (
            'Sở Cảnh sát Đông Hà "cất vó" chuyên án gỗ lậu, thu giữ 40 bánh gỗ.\n\nThu thêm 3 xe tải chở gỗ.',
            "3",
            "Sở Cảnh sát Đông Hà",
        ),
        # a quoted name after a page noun stays in the subject
        ('Fanpage "vui khỏe mỗi ngày" có 300 thành viên.', "300", 'Fanpage "vui khỏe mỗi ngày"'),
    ],
)
def test_a_quote_after_a_name_ends_the_subject(text: str, mention: str, actor: str) -> None:
    assert by_mention(text)[mention].actor == actor


@pytest.mark.parametrize(
    ("text", "mention", "actor"),
    [
        ("Công an tỉnh Đông Hà bắt 3 đối tượng buôn gỗ. Lạc khai đã móc nối 6 người để chở gỗ.", "6", "Lạc"),
        (
            "Công an tỉnh Đông Hà bắt 3 đối tượng. Đối tượng Trần Văn Lạc khai nhận đã bán 9 khối gỗ.",
            "9",
            "Đối tượng Trần Văn Lạc",
        ),
        ("Công an tỉnh Đông Hà bắt 3 đối tượng. Tại cơ quan điều tra, Lạc thừa nhận đã bán 9 khối gỗ.", "9", "Lạc"),
        ("Công an tỉnh Đông Hà bắt 3 đối tượng. Theo lời khai, Lạc đã bán 9 khối gỗ.", "9", "Lạc"),
        # the person found doing it, after a verb of finding, has the count of his clause
        ("Qua điều tra, công an phát hiện Lạc móc nối 6 người để chở gỗ.", "6", "Lạc"),
        ("Qua điều tra, công an đã phát hiện Lạc móc nối 6 người để chở gỗ.", "6", "Lạc"),
    ],
)
def test_a_person_who_confesses_has_the_counts_of_his_clause(text: str, mention: str, actor: str) -> None:
    assert by_mention(text)[mention].actor == actor


@pytest.mark.parametrize(
    ("text", "mention", "actor"),
    [
        # a sentence opened by a verb phrase, then a comma and its subject in lower case
        ("Khám xét 5 kho hàng, lực lượng chức năng thu thêm 12 xe tải.", "5", "lực lượng chức năng"),
        ("Khám xét 5 kho hàng, lực lượng chức năng thu thêm 12 xe tải.", "12", "lực lượng chức năng"),
        # not a distributive after the comma
        ("Hỗ trợ 30 hộ nghèo, mỗi hộ nhận 2 triệu đồng.", "30", ""),
    ],
)
def test_the_subject_after_a_fronted_verb_phrase_may_be_lower_case(text: str, mention: str, actor: str) -> None:
    assert by_mention(text)[mention].actor == actor


@pytest.mark.parametrize("opener", ["Điển hình", "Tiêu biểu", "Nổi bật", "Ngoài ra"])
def test_a_discourse_opener_before_a_comma_is_no_actor(opener: str) -> None:
    f = by_mention(f"{opener}, đội dân phòng bắt giữ 7 kẻ trộm gà.")
    assert f["7"].actor == "đội dân phòng"


def test_an_opener_before_la_gives_the_sentence_no_subject_of_its_own() -> None:
    f = by_mention("Đội dân phòng xã Đông Mơ xử lý 3 vụ trộm. Điển hình là vụ trộm gà tại chợ Lá, bắt giữ 7 đối tượng.")
    assert f["7"].actor == "Đội dân phòng xã Đông Mơ"


def test_a_clause_of_verbs_before_la_belongs_to_the_owner_of_its_predicate() -> None:
    f = by_mention(
        "Lập và vận hành 57 nhóm trò chuyện trên mạng là một trong những dấu ấn của Hội Thợ Gốm Bình Lá trong năm qua."
    )
    assert f["57"].actor == "Hội Thợ Gốm Bình Lá"


def test_an_abstract_noun_phrase_is_no_actor_and_the_body_outward_has_the_count() -> None:
    f = by_mention("Hội Thợ Gốm lập 3 tổ nặn. Năm qua, nhiều cách làm mới, mô hình hiệu quả đã được ghi nhận với 9 giải thưởng.")
    assert f["9"].actor == "Hội Thợ Gốm"


def test_a_clause_after_a_comma_that_opens_with_where_the_list_goes_shares_the_subject() -> None:
    f = by_mention(
        "Bên cạnh đó, xuất khẩu của tỉnh Bình An sang thị trường Lào đạt 17 triệu USD, tăng 3%, sang Campuchia đạt 13 triệu USD."
    )
    assert "sang Campuchia" not in f["13 triệu"].actor
    assert f["13 triệu"].actor == f["17 triệu"].actor
    assert "tỉnh Bình An" in f["13 triệu"].actor


def test_tong_cong_opens_a_sum_and_is_no_subject() -> None:
    f = by_mention("Tuần đầu, Bệnh viện Bình An tiếp nhận 300 lượt người; tổng cộng 4 tuần đạt 1.200 lượt.")
    assert f["1.200"].actor == "Bệnh viện Bình An"


def test_he_thong_heads_a_body_in_lower_case() -> None:
    f = by_mention("Sau mùa mưa, hệ thống thủy lợi nội đồng phục vụ tưới cho 4.000 ha lúa.")
    assert f["4.000"].actor == "hệ thống thủy lợi nội đồng"


@pytest.mark.parametrize(
    ("sentence", "mention", "actor"),
    [
        ("Năng suất ngô bình quân toàn huyện đạt 58 tạ/ha.", "58", "toàn huyện"),
        ("Cả năm, tổng sản lượng chè búp tươi toàn huyện là 12.300 tấn.", "12.300", "toàn huyện"),
        ("Hợp tác xã Bình An cả năm thu hoạch 800 tấn chè.", "800", "Hợp tác xã Bình An"),
    ],
)
def test_a_yield_and_a_whole_year_are_no_owner(sentence: str, mention: str, actor: str) -> None:
    assert by_mention(sentence)[mention].actor == actor


def test_a_count_of_bodies_that_undergoes_a_passive_is_no_ones_actor() -> None:
    f = by_mention("Kết quả, 6 chi bộ bị kỷ luật (khiển trách 4, cảnh cáo 2) và 15 đảng viên bị khiển trách.")
    assert "chi bộ" not in f["15"].actor
    assert "chi bộ" not in f["4"].actor


needs_tagger = pytest.mark.skipif(not tagged_verbs(), reason="underthesea's part-of-speech model is not installed")


@needs_tagger
@pytest.mark.parametrize(
    ("sentence", "mentions", "actor"),
    [
        # "khám" and "chở" are in no list of verbs of ours: the tagger ends the subject there
        ("Trong tuần, các trạm y tế khám cho 900 lượt người.", ("900",), "các trạm y tế"),
        ("Mấy đội xe buýt chở 4.000 hành khách, vận chuyển 60 tấn hàng.", ("4.000", "60"), "Mấy đội xe buýt"),
        # a later count after a verb of the lists keeps the subject before the first count's verb
        ("Người dân trồng 200 ha rừng, chăm sóc 50 ha cà phê.", ("200", "50"), "Người dân"),
    ],
)
def test_a_verb_the_tagger_knows_ends_the_subject(sentence: str, mentions: tuple[str, ...], actor: str) -> None:
    f = by_mention(sentence)
    assert [f[m].actor for m in mentions] == [actor] * len(mentions)


@needs_tagger
def test_the_syllable_of_a_longer_noun_and_an_ordinal_are_no_verb_nor_count_of_the_subject() -> None:
    # "khám" of "phòng khám" is no verb; "thứ 3" in a framing phrase is no count before the verb
    assert by_mention("Các phòng khám tư nhân có 70 bác sĩ.")["70"].actor == "Các phòng khám tư nhân"
    assert by_mention("Trong số hộ sinh con thứ 3, xã đã nhắc nhở 12 hộ.")["12"].actor == "xã"


@needs_tagger
def test_a_verb_of_the_lists_that_ends_a_longer_verb_ends_the_subject_where_that_verb_starts() -> None:
    # "cứu" is a verb of the lists; "cấp cứu" is the verb, so "cấp" is no word of the subject
    assert by_mention("Trạm y tế xã cấp cứu 12 ca trong đêm.")["12"].actor == "Trạm y tế xã"


def test_a_report_that_says_is_the_body_it_reports_on() -> None:
    assert by_mention("Báo cáo của Sở Công Thương tỉnh Bình An cho thấy có 40 chợ.")["40"].actor == (
        "Sở Công Thương tỉnh Bình An"
    )
    assert by_mention("Thống kê của Hội Nông dân xã Tân Phú cho thấy có 25 tổ hợp tác.")["25"].actor == (
        "Hội Nông dân xã Tân Phú"
    )


def test_doi_voi_opens_a_topic_not_a_subject() -> None:
    f = by_mention("Huyện Tân Phú có 30 đại biểu trúng cử; đối với cấp xã, đã bầu được 210 đại biểu.")
    assert f["210"].actor == f["30"].actor == "Huyện Tân Phú"


@needs_tagger
@pytest.mark.parametrize(
    "sentence",
    [
        # the clause after the place opens with its verb ("khám"), or with a time and then a verb ("nghỉ")
        "Tại Bệnh viện Đa khoa Tân Phú, khám cấp cứu mỗi ngày trung bình 45 trường hợp.",
        "Tại Bệnh viện Đa khoa Tân Phú (tỉnh Bình An), mỗi ngày nghỉ Tết có hơn 200 nhân viên y tế trực.",
    ],
)
def test_a_place_fronted_before_a_clause_that_opens_with_its_verb_has_the_count(sentence: str) -> None:
    assert facts(sentence)[0].actor == "Bệnh viện Đa khoa Tân Phú"


def test_a_clause_with_its_own_subject_after_a_fronted_place_keeps_it() -> None:
    assert by_mention("Tại Bình An, toàn tỉnh xảy ra 80 vụ cháy.")["80"].actor.startswith("toàn tỉnh")


def test_a_class_of_people_counted_in_persons_is_no_actor() -> None:
    # "đại biểu trẻ có 3 người" names the class counted; the body before has them
    f = by_mention("Xã Tân Phú có 12 đại biểu; đại biểu trẻ có 3 người.")
    assert f["3"].actor == f["12"].actor == "Xã Tân Phú"
    # a body with its staff keeps its actor
    assert by_mention("Công an tỉnh Bình An có 300 cán bộ.")["300"].actor == "Công an tỉnh Bình An"


def test_a_fronted_phrase_the_tagger_reads_as_a_verb_leaves_the_subject_after_its_comma() -> None:
    f = by_mention("Khép lại mùa giải, Đoàn chủ nhà Cần Thơ dẫn đầu với 61 HCV, 52 HCB.")
    assert (f["61"].actor, f["52"].actor) == ("Đoàn chủ nhà Cần Thơ", "Đoàn chủ nhà Cần Thơ")


def test_a_city_written_tp_dot_stays_in_the_name_before_a_bracket() -> None:
    f = by_mention("Xếp sau là Đoàn TP. Hồ Chí Minh (70 HCV, 66 HCB), Đoàn Quân đội (31 HCV, 40 HCB).")
    assert [f[m].actor for m in ("70", "66", "31")] == ["Đoàn TP. Hồ Chí Minh", "Đoàn TP. Hồ Chí Minh", "Đoàn Quân đội"]


def test_two_bodies_named_at_length_and_joined_by_va_act_together() -> None:
    text = (
        "Phòng Cảnh sát hình sự (PC02) Công an tỉnh Bình Sơn và Đồn Biên phòng cửa khẩu quốc tế Nam Giang "
        "vừa phá chuyên án, bắt 7 đối tượng."
    )
    actor = "Phòng Cảnh sát hình sự (PC02) Công an tỉnh Bình Sơn và Đồn Biên phòng cửa khẩu quốc tế Nam Giang"
    assert by_mention(text)["7"].actor == actor


def test_a_measure_keeps_its_owner_past_the_time_inside_it() -> None:
    f = by_mention("Theo Sở Công thương, kim ngạch xuất khẩu 9 tháng năm 2024 của tỉnh ước đạt 2,1 tỷ USD.")
    assert f["2,1 tỷ"].actor == "tỉnh"


def test_a_good_or_crop_measured_is_no_one_and_the_body_before_has_it() -> None:
    text = (
        "Năm nay, tỉnh Bình An xuất khẩu được 900 triệu USD, gồm thủy sản chế biến ước đạt 300 triệu USD (tăng 12%); "
        "gạo 200 triệu USD (tăng 8%)."
    )
    f = by_mention(text)
    assert [f[m].actor for m in ("300 triệu", "12%", "200 triệu", "8%")] == ["tỉnh Bình An"] * 4
    alone = by_mention("Cây cà phê hiện có 12.000 ha, tăng 1,5%.")
    assert (alone["12.000"].actor, alone["1,5%"].actor) == ("", "")
    # a body in lower case stays: people, households, a kind of unit
    assert by_mention("Người dân trong xã thu 5 tỷ đồng từ lúa.")["5 tỷ"].actor == "Người dân trong xã"


def test_people_in_lower_case_who_act_on_a_measure_keep_it() -> None:
    assert by_mention("Thương lái thu mua 20 tấn vải.")["20"].actor == "Thương lái"


@needs_tagger
def test_the_verb_before_duoc_ends_the_subject() -> None:
    # "được" after a verb says it was managed; the verb, one the lists do not hold, is no part of the subject
    f = by_mention("Nhóm cây rau màu gieo trồng được 750 ha, tăng 4% so cùng kỳ.")
    assert f["750"].actor == "Nhóm cây rau màu"


@needs_tagger
def test_a_place_after_a_measure_ends_where_what_was_done_there_begins() -> None:
    text = "Trong hai tháng hè, lượng khách đến Sa Pa tham quan, nghỉ dưỡng đạt 420.000 lượt khách."
    assert by_mention(text)["420.000"].actor == "Sa Pa"


def test_words_that_sum_up_and_days_named_from_today_are_no_subject() -> None:
    f = by_mention("Sở Y tế cho biết có 3 ca tử vong ở huyện B. Như vậy hiện tỉnh A có 57 bệnh nhân tử vong.")
    assert f["57"].actor == "tỉnh A" and f["57"].label == ""
    g = by_mention("Hôm qua huyện C ghi nhận 12 ca mắc mới.")
    assert g["12"].actor == "huyện C"


def test_an_item_with_its_amount_or_a_common_word_with_a_capital_is_no_actor() -> None:
    text = "Năng suất các cây gồm: Lúa 61,5 tạ/ha, tăng 0,8%; ngô 55,2 tạ/ha, tăng 1,1%; đậu tương 18,4 tạ/ha, giảm 0,6%."
    f = by_mention(text)
    assert all(f[k].actor == "" for k in ("61,5", "0,8%", "55,2", "1,1%", "18,4", "0,6%"))
    # a name before its count stays the item's actor
    g = by_mention("Đoàn thể thao giành 40 huy chương; trong đó Indonesia 12 huy chương và Singapore 9 huy chương.")
    assert (g["12"].actor, g["9"].actor) == ("Indonesia", "Singapore")
    # a name that is also a common word, after a comma or "và", is a name: its place explains no capital
    h = by_mention("Khách đến từ nhiều nước láng giềng, Lào 120 lượt, Campuchia 95 lượt.")
    assert (h["120"].actor, h["95"].actor) == ("Lào", "Campuchia")


def test_a_list_of_bodies_after_a_verb_of_saying_and_a_time_is_one_subject() -> None:
    text = "Thanh tra tỉnh vừa cho biết, năm nay, Thanh tra các sở, ngành và huyện đã tiến hành 420 cuộc thanh tra."
    assert by_mention(text)["420"].actor == "Thanh tra các sở, ngành và huyện"
    f = by_mention("Sở A cho biết, năm 2024, Công an tỉnh, huyện, xã đang quản lý 31 trang Fanpage.")
    assert f["31"].actor == "Công an tỉnh, huyện, xã"


@needs_tagger
def test_what_was_done_after_a_comma_is_no_actor() -> None:
    text = (
        "Thanh tra tỉnh vừa cho biết, năm nay, Thanh tra các sở, ngành và huyện đã tiến hành 61 cuộc thanh tra, "
        "phát hiện 24 đơn vị có vi phạm với số tiền 13 tỷ đồng, 60 ha đất, kiến nghị thu hồi 11 tỷ đồng và 6 ha đất."
    )
    f = by_mention(text)
    assert {f[k].actor for k in ("61", "13 tỷ", "11 tỷ", "6")} == {"Thanh tra các sở, ngành và huyện"}


def test_the_one_ranked_after_nhat_la_is_the_subject_of_its_clause() -> None:
    text = "Năm nay lượng hồ sơ tăng ở nhiều quận, nhiều nhất là quận Bắc Lâm nhận 3.400 hồ sơ, tăng 600 hồ sơ."
    f = by_mention(text)
    assert f["3.400"].actor == f["600"].actor == "quận Bắc Lâm"
    assert by_mention("Dẫn đầu là tỉnh Nam Lâm có 12 dự án mới.")["12"].actor == "tỉnh Nam Lâm"


def test_a_whole_that_ends_a_subject_naming_a_thing_has_the_count() -> None:
    f = by_mention("Hội chợ mùa xuân toàn huyện có 140 gian hàng tham gia.")
    assert f["140"].actor == "toàn huyện"
    # a body with its scope keeps both
    assert by_mention("Ngành giáo dục toàn tỉnh có 900 giáo viên mới.")["900"].actor == "Ngành giáo dục toàn tỉnh"


def test_a_capital_after_a_semicolon_of_a_list_is_an_item_not_an_owner() -> None:
    f = by_mention("Năng suất các cây chính gồm: Lúa 60 tạ/ha; Ngô 51 tạ/ha.")
    assert f["51"].actor != "Ngô"
    assert by_mention("Dẫn đầu là TP. Bình An. Địa phương nói trên đón 9 triệu lượt khách.")["9 triệu"].actor == (
        "Địa phương nói trên"
    )
