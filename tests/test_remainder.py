"""statx.understand.remainder: "Số còn lại …" tells the rest of the split of the sentence before."""

from __future__ import annotations

from tests.conftest import by_mention


def test_the_rest_goes_on_with_the_split() -> None:
    f = by_mention("Mưa lũ làm 20 người chết, trong đó 12 người ở Bắc Lâm. Số còn lại ở Nam Lâm (5 người) và Tây Lâm (3 người).")
    assert [f[m].part_of for m in ("12", "5", "3")] == [f["20"].start] * 3
    assert f["20"].check == "ok"


def test_the_rest_that_would_go_over_is_not_taken() -> None:
    f = by_mention("Bão làm 10 người bị thương, trong đó 6 người ở Bắc Lâm. Số còn lại là 9 người ở các tỉnh khác.")
    assert f["6"].part_of == f["10"].start
    assert f["9"].part_of is None
