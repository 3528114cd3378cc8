"""statx.understand.shares: a count with its share of a whole printed beside it is a part of that whole."""

from __future__ import annotations

from tests.conftest import facts


def test_a_count_and_its_share_find_their_total() -> None:
    fs = facts(
        "Tỉnh huy động khoảng 1.000 tỷ đồng cho chương trình. Trong đó, vốn ngân sách 150 tỷ đồng và vốn đối ứng 90 tỷ đồng. "
        "Ngoài ra còn có vốn tín dụng là 700 tỷ đồng, chiếm 70%; vốn doanh nghiệp 60 tỷ đồng, chiếm 6%."
    )
    total = fs[0]
    assert total.value == 1_000_000_000_000
    assert [f.mention for f in fs if f.part_of == total.start] == ["150 tỷ", "90 tỷ", "700 tỷ", "60 tỷ"]
    assert [f.part_of for f in fs if f.mention.endswith("%")] == [None, None]


def test_a_share_that_fits_no_total_links_nothing() -> None:
    fs = facts("Huyện có 300 hộ nghèo. Năm nay có 45 hộ thoát nghèo, chiếm 20%.")
    assert all(f.part_of is None for f in fs)
