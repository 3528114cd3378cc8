"""statx.understand.unit: the unit after a number, and the object it counts."""

from __future__ import annotations

import pytest

from statx import extract
from tests.conftest import by_mention, facts


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


def test_square_and_cubic_units_are_units_not_numbers() -> None:
    fs = facts("Diện tích sàn 1.200 m2, tổng 45 km2 và 18,5 triệu m3 nước; nhóm F0 có 5 người.")
    assert [(f.mention, f.unit, f.category) for f in fs] == [
        ("1.200", "m2", "measure"),
        ("45", "km2", "measure"),
        ("18,5 triệu", "m3", "measure"),
        ("5", "", "people"),
    ]


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


def test_samples_are_no_land_measure() -> None:
    (f,) = facts("Đoàn kiểm tra đã lấy 8 mẫu thực phẩm để xét nghiệm.")
    assert (f.unit, f.category, f.actor) == ("", "other", "Đoàn kiểm tra")


def test_a_noun_that_starts_like_a_classifier_is_one_noun() -> None:
    f = by_mention("Thành phố có 42.000 căn hộ dịch vụ; bão làm sập 12 căn nhà; công an thu giữ 5 hộ chiếu.")
    assert [(f[m].unit, f[m].object) for m in ("42.000", "12", "5")] == [("", "căn hộ dịch vụ"), ("căn", "nhà"), ("", "hộ chiếu")]


def test_modals_before_the_linking_verb_and_export_turnover_as_one_noun() -> None:
    f = by_mention("Bộ Công Thương dự báo cả năm 2024, kim ngạch xuất khẩu gạo có thể đạt trên 5,5 tỷ USD.")
    assert (f["5,5 tỷ"].object, f["5,5 tỷ"].actor) == ("kim ngạch xuất khẩu gạo", "kim ngạch xuất khẩu gạo")
    f = by_mention("Philippines tiếp tục là thị trường lớn nhất với 3,6 triệu tấn; Indonesia đứng thứ hai với 1,1 triệu tấn.")
    assert (f["3,6 triệu"].actor, f["1,1 triệu"].actor) == ("Philippines", "Indonesia")


def test_a_named_object_ends_at_a_two_word_verb_and_interested_people_are_audience() -> None:
    f = by_mention("Sở phát hiện 15 tài khoản TikTok đăng tải thông tin sai sự thật; 120 Zalo OA có 850.000 người quan tâm.")
    assert f["15"].object == "TikTok" and f["850.000"].category == "audience"
    assert by_mention("Các đơn vị đã 4 lần làm việc với Google.")["4"].object == "lần làm việc"
