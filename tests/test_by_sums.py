"""statx.understand.by_sums: lists after a total that the sums tell how to split."""

from __future__ import annotations

from tests.conftest import by_mention


def test_two_totals_joined_by_va_take_the_runs_of_the_list_that_add_up_to_each() -> None:
    f = by_mention(
        "Phường đã xử lý 40 đơn khiếu nại và 25 đơn tố cáo; trong đó có 12 đơn khiếu nại đúng, 28 đơn khiếu nại sai; "
        "có 5 đơn tố cáo đúng, 20 đơn tố cáo sai."
    )
    assert [f[m].part_of for m in ("12", "28")] == [f["40"].start] * 2
    assert [f[m].part_of for m in ("5", "20")] == [f["25"].start] * 2
    assert f["40"].check == "ok" and f["25"].check == "ok"


def test_a_first_item_the_next_items_add_up_to_is_a_finer_total() -> None:
    f = by_mention(
        "Xã nhận 900 đơn, trong đó có 600 đơn đủ điều kiện với 100 đơn khiếu nại, 200 đơn tố cáo và 300 đơn kiến nghị."
    )
    assert f["600"].part_of == f["900"].start
    assert [f[m].part_of for m in ("100", "200", "300")] == [f["600"].start] * 3
    assert f["600"].check == "ok"
