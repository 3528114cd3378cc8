"""statx.understand.label_clean: a label names a class, not a body pointed back at nor the clause's verb."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any, cast

import pytest

from statx.understand.context import lexicon
from statx.understand.label_clean import clean_labels
from tests.conftest import by_mention


def _cleaned(label: str) -> tuple[str, list[str]]:
    c = SimpleNamespace(label=label, rules=[], where=SimpleNamespace(lows=[]), q0=0, i0=0)  # no qualifier
    clean_labels(cast(Any, [c]), lexicon())
    return c.label, c.rules


@pytest.mark.parametrize(
    ("label", "kept"),
    [
        ("Trạm này cũng cấp cứu", ""),  # the body pointed back at: no class
        ("đơn vị đó", ""),
        ("Khách Nhật Bản chiếm nhiều nhất là", "Khách Nhật Bản"),  # a name, then the clause's verb
        ("sau đó tới khách Nhật Bản", "sau đó tới khách Nhật Bản"),  # "sau đó" links, it points at no body
        ("Tổng thu từ khách quốc tế", "Tổng thu từ khách quốc tế"),  # a noun with a verb in it
        ("Ủy ban Mặt trận và tổ chức thành viên", "Ủy ban Mặt trận và tổ chức thành viên"),  # a second noun
        ("Ủy ban kiểm tra các cấp", "Ủy ban kiểm tra các cấp"),  # the verb follows no capitalised word
        ("khiển trách", "khiển trách"),
        ("Bãi Mới", "Bãi Mới"),  # a capitalised verb word goes on with the name
    ],
)
def test_labels_that_name_no_class_are_dropped_or_cut(label: str, kept: str) -> None:
    got, rules = _cleaned(label)
    assert got == kept
    assert bool(rules) == (got != label)


def test_the_frame_of_a_comparison_is_no_label_the_changes_take_their_sentences_one() -> None:
    f = by_mention("Trong đó, đường thủy xảy ra 6 vụ, làm chết 4 người; so với cùng kỳ tăng 2 vụ, giảm 1 người chết.")
    assert [f[m].label for m in ("6", "4", "2", "1")] == ["đường thủy"] * 4
    g = by_mention("Toàn huyện xảy ra 30 vụ; so với cùng kỳ giảm 3 vụ.")
    assert g["3"].label == ""
