"""The actor after a source frame ("Theo X, …"), after a titled speaker, and in items a colon labels."""

from __future__ import annotations

import pytest

from tests.conftest import by_mention, facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Theo Sở Nông vụ tỉnh Hà Lăng, trong tuần có 30 ca mắc mới.",
        "Theo Sở Nông vụ tỉnh Hà Lăng, trong tháng qua có 30 ca mắc mới.",
        "Theo Sở Nông vụ tỉnh Hà Lăng, từ đầu năm có 30 ca mắc mới.",
    ],
)
def test_a_time_after_a_source_frame_is_no_actor(sentence: str) -> None:
    assert by_mention(sentence)["30"].actor == ""


def test_the_subject_after_a_time_with_no_comma_is_the_actor() -> None:
    f = by_mention("Theo ông Lê Văn Tám, trong tuần qua đội tuần tra xã đã bắt 5 đối tượng.")
    assert f["5"].actor == "đội tuần tra xã"


def test_a_persons_name_after_a_title_is_no_place() -> None:
    f = by_mention("Giám đốc Sở Nông vụ tỉnh Hà Lăng Trần Văn An cho biết, tỉnh có 30 ca mắc mới.")
    assert f["30"].actor == "tỉnh"  # as written: "Hà Lăng Trần Văn An" names a person after the title, no place


def test_a_place_right_after_its_type_word_names_the_bare_unit() -> None:
    f = by_mention("Giám đốc Sở Nông vụ tỉnh Hà Giang Trần Văn An cho biết, tỉnh có 30 ca mắc mới.")
    assert f["30"].actor == "tỉnh Hà Giang"


def test_items_a_name_labels_before_a_colon_take_no_carried_actor() -> None:
    f = facts(
        "Dịch sốt lạ lan rộng ở ba tỉnh\n\n"
        "Bộ Nông vụ cho biết đã ghi nhận 90 ca mắc mới trong tuần qua tại ba tỉnh phía Bắc của vùng.\n\n"
        "Số ca theo địa phương như sau. Sở Nông vụ tỉnh Hà Lăng: 30 ca; Sở Nông vụ tỉnh Bình Khê: 12 ca.\n\n"
        "Tỉnh Hà Lăng: 31 ca mắc mới; tỉnh Bình Khê: 13 ca mắc mới.\n"
    )
    got = {x.mention: x.actor for x in f}
    assert got["90"] == "Bộ Nông vụ"
    assert got["30"] == got["12"] == got["31"] == got["13"] == ""
