"""statx.text: sentences and tokens, as facts show them (the sentence of a fact, its span, folded tone marks)."""

from __future__ import annotations

import pytest

from tests.conftest import by_mention, facts


def test_spans_point_at_the_mention() -> None:
    text = "Khoảng 5.000 nhân viên và hơn 3,6 triệu lượt retweet, từ 15.000 đến 20.000 lượt like."
    for f in facts(text):
        assert text[f.start : f.end] == f.mention


@pytest.mark.parametrize("spelling", ["xóa tên", "xoá tên"])
def test_old_and_new_tone_placement_match_the_same_words(spelling: str) -> None:
    (f,) = facts(f"Thành ủy kỷ luật {spelling} 3 đảng viên.")
    assert (f.value, f.category, f.label) == (3, "discipline", spelling)


def test_a_hard_wrapped_line_goes_on_in_lower_case() -> None:
    f = by_mention(
        "Giá thuê căn hộ tại quận trung tâm dao động từ 8 đến 12 triệu\nđồng mỗi tháng, cao hơn\nkhoảng 15% so với năm ngoái.\nThành phố có 42.000 căn hộ."
    )
    assert (f["8 đến 12 triệu"].category, f["8 đến 12 triệu"].unit) == ("money", "đồng")
    assert f["15%"].qualifier == "approx"
    assert f["42.000"].sentence == "Thành phố có 42.000 căn hộ."  # a new line in upper case is a new sentence
