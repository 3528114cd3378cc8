"""statx.understand.inspected: the violations an inspection found, as parts of what it inspected."""

from __future__ import annotations

from tests.conftest import by_mention


def test_violations_found_are_parts_of_the_counts_inspected_before() -> None:
    f = by_mention(
        "Năm 2022, Ủy ban kiểm tra huyện đã kiểm tra 40 tổ chức đảng và 300 đảng viên. "
        "Nội dung tập trung vào công tác cán bộ và đất đai. "
        "Qua kiểm tra, kết luận 9 tổ chức đảng và 85 đảng viên có vi phạm."
    )
    assert f["9"].part_of == f["40"].start
    assert f["85"].part_of == f["300"].start
    assert f["9"].category == "discipline"


def test_the_inspection_that_names_both_nouns_is_the_one() -> None:
    f = by_mention(
        "Huyện ủy đã kiểm tra 50 tổ chức đảng và 400 đảng viên. Riêng Ủy ban kiểm tra đã kiểm tra 6 tổ chức đảng. "
        "Qua kiểm tra, kết luận 8 tổ chức đảng và 70 đảng viên có vi phạm."
    )
    assert f["8"].part_of == f["50"].start
    assert f["70"].part_of == f["400"].start


def test_what_was_done_or_told_after_a_semicolon_is_no_finding() -> None:
    f = by_mention(
        "Ủy ban kiểm tra xã đã kiểm tra 20 đảng viên. Qua kiểm tra đã thi hành kỷ luật 3 đảng viên; kết luận 5 đảng viên vi phạm."
    )
    assert f["3"].part_of is None
    assert f["5"].part_of is None
