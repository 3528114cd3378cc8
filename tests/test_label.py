"""statx.understand.label: what tells a part apart from its siblings."""

from __future__ import annotations

from statx import extract
from tests.conftest import by_mention


def test_a_discipline_list_of_predicates() -> None:
    f = by_mention(
        "Ủy ban đề nghị thi hành kỷ luật 5 tổ chức đảng và 14 đảng viên. "
        "Trong 14 đảng viên, có 3 người bị cách chức, 7 người bị cảnh cáo và 4 người bị khiển trách."
    )
    labels = {m: f[m].label for m in ("3", "7", "4")}
    assert labels == {"3": "bị cách chức", "7": "bị cảnh cáo", "4": "bị khiển trách"}
    assert {f[m].category for m in ("3", "7", "4")} == {"discipline"}


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
