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
