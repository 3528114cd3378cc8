"""statx.understand.mainly: the parts named place by place after "chủ yếu ở"."""

from __future__ import annotations

from tests.conftest import by_mention


def test_the_places_after_chu_yeu_o_split_the_count_before_past_semicolons() -> None:
    f = by_mention(
        "Lốc xoáy làm hơn 900 nhà bị tốc mái, chủ yếu ở Bắc Lâm gần 600 nhà; Nam Lâm 250 nhà; "
        "40 nhà khác bị ngập, chủ yếu ở Đông Lâm và 30 nhà bị cô lập."
    )
    assert [f[m].part_of for m in ("600", "250")] == [f["900"].start] * 2
    assert [f[m].label for m in ("600", "250")] == ["Bắc Lâm", "Nam Lâm"]
    assert [f[m].part_of for m in ("40", "30")] == [None, None]  # no place names them: other counts
    assert f["900"].check.startswith("under")


def test_the_places_after_chu_yeu_tai_in_brackets_are_parts_while_they_do_not_go_over() -> None:
    f = by_mention("Đợt rét làm 120 con bò chết, chủ yếu tại Bản Mây (70 con), Bản Gió (40 con).")
    assert [f[m].part_of for m in ("70", "40")] == [f["120"].start] * 2
    g = by_mention("Đợt rét làm 100 con bò chết, chủ yếu tại Bản Mây 70 con, Bản Gió 50 con.")
    assert g["70"].part_of == g["100"].start
    assert g["50"].part_of is None  # it would go over


def test_a_count_of_another_thing_after_chu_yeu_o_is_no_part() -> None:
    f = by_mention("Mưa làm 50 nhà bị ngập, chủ yếu ở Bắc Lâm với 12 ha lúa mất trắng.")
    assert f["12"].part_of is None
