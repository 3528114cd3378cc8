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


def test_the_rest_may_be_named_by_its_noun_before_con_lai() -> None:
    # "Những nhà còn lại": the rest opens within the sentence's first words, not only at its head
    f = by_mention(
        "Cơn lốc làm 15 ngôi nhà bị tốc mái, trong đó 8 ngôi nhà ở thôn Đông. "
        "Những nhà còn lại thuộc thôn Tây với 4 ngôi nhà và thôn Nam với 3 ngôi nhà."
    )
    assert [f[m].part_of for m in ("8", "4", "3")] == [f["15"].start] * 3
    assert f["15"].check == "ok"


def test_the_check_judges_the_fullest_split_unless_one_adds_up() -> None:
    # a total split twice: the fuller split is the one the check judges, and the one the rest goes on with
    from decimal import Decimal
    from types import SimpleNamespace
    from typing import cast

    from statx.understand.context import Cand, lexicon
    from statx.understand.links import Links

    def count(value: int) -> Cand:
        m = SimpleNamespace(value=Decimal(value), value_max=None, qualifier="exact", start=value)
        return cast(Cand, SimpleNamespace(m=m, part_of=None, rules=[], noun=(), unit="", category="other", label="x"))

    total, links = count(50), Links(lexicon())
    for p in (count(20), count(15)):
        links.link(total, p, "list")
    links.new_split()
    links.link(total, count(4), "among")
    assert links.judged(total) == 0  # 35 of 50 before 4 of 50
    assert links.check(total) == "under: parts sum to 35"
    links.new_split()
    links.link(total, count(50), "again")
    assert links.judged(total) == 2 and links.check(total) == "ok"
