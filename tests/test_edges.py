"""The edges of an object and a label: whole names, whole words, no leading "bị" or "được"."""

from __future__ import annotations

import pytest

from statx.lexicon.dictionary import words
from tests.conftest import by_mention

needs_dictionary = pytest.mark.skipif(not words(), reason="the Viet74K word list (underthesea) is not installed")


@pytest.mark.parametrize(
    ("text", "mention", "obj"),
    [
        ("Xã Lam Sơn có 40 người mắc Covid-19 và 9 người mắc sốt xuất huyết.", "40", "người mắc Covid-19"),
        ("Tỉnh Hòa Bắc ghi nhận 30 ca mắc Covid-19, trong đó 5 ca nhiễm H5N1.", "5", "ca nhiễm H5N1"),
        ("Tỉnh Hòa Bắc ghi nhận 30 ca mắc Covid-19, trong đó 12 ca mắc cúm A/H1N1.", "12", "ca mắc cúm A/H1N1"),
    ],
)
def test_a_name_with_a_dash_or_digits_stays_whole_in_the_object(text: str, mention: str, obj: str) -> None:
    assert by_mention(text)[mention].object == obj


def test_a_name_with_a_dash_stays_whole_in_the_label() -> None:
    f = by_mention("Xã Lam Sơn có 40 người mắc Covid-19 và 9 người mắc sốt xuất huyết.")
    assert f["40"].label == "mắc Covid-19"
    assert f["9"].label == "mắc sốt xuất huyết"


@needs_dictionary
def test_a_label_cut_inside_the_noun_it_counts_is_dropped() -> None:
    f = by_mention("Xã Hòa Bắc đã khen thưởng 8 lao động và 6 lao công đã xuất sắc tham gia dọn vệ sinh.")
    assert f["8"].label == ""
    assert f["6"].label == ""
    assert "label:half word" in f["8"].rules


@pytest.mark.parametrize(
    ("text", "mention", "label"),
    [
        ("Kết quả: bị khiển trách 6 người, được miễn 3 người.", "3", "miễn"),
        ("Đoàn viên xã Lam Sơn có 9 người được khen thưởng và 4 người bị phê bình.", "4", "phê bình"),
        # "bị thương" is one word: its "bị" stays
        ("Vụ tai nạn làm 5 người bị thương, trong đó 2 người bị thương nặng.", "2", "bị thương nặng"),
    ],
)
def test_a_leading_bi_or_duoc_is_no_part_of_a_label(text: str, mention: str, label: str) -> None:
    assert by_mention(text)[mention].label == label


@pytest.mark.parametrize(
    ("text", "mention", "label"),
    [
        ("Đoàn Lam Hòa có 100 người, gồm cán bộ 40, công nhân 60.", "40", "cán bộ"),
        ("Đoàn Lam Hòa có 100 người, bao gồm cán bộ 40, công nhân 60.", "40", "cán bộ"),
        ("Đoàn Lam Hòa có 100 người, cụ thể cán bộ 40, công nhân 60.", "40", "cán bộ"),
    ],
)
def test_a_word_that_opens_a_list_is_no_part_of_the_label_of_its_first_item(text: str, mention: str, label: str) -> None:
    f = by_mention(text)
    assert f[mention].label == label
    assert f["60"].label == "công nhân"
    assert "label:without list opener" in f[mention].rules


@needs_dictionary
def test_an_opener_that_makes_one_word_with_the_next_stays_in_the_label() -> None:
    # "còn lại" is one word: the rest of a list, no opener of it
    f = by_mention("Tổ Lam Hòa có 30 người: 12 người được khen thưởng, 18 người còn lại.")
    assert f["18"].label == "còn lại"


def test_a_label_after_its_count_keeps_a_verb_that_could_open_a_list() -> None:
    # after its count and noun, "có" is the predicate's verb, no opener
    f = by_mention("Tổ Lam Hòa có 30 lao động, trong đó 12 lao động có việc làm ổn định.")
    assert f["12"].label == "có việc làm ổn định"
