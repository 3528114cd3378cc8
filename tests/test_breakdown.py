"""statx.understand.breakdown: which total a part belongs to, and whether the parts add up."""

from __future__ import annotations

from tests.conftest import by_mention, facts


def test_discipline_breakdown_adds_up() -> None:
    text = "Từ năm 2020 đến nay, Đảng bộ huyện có 42 trường hợp đảng viên vi phạm bị kỷ luật với các hình thức: khiển trách 35, cảnh cáo 5, khai trừ 2."
    fs = facts(text)
    assert [(f.value, f.category, f.label) for f in fs] == [
        (42, "discipline", ""),
        (35, "discipline", "khiển trách"),
        (5, "discipline", "cảnh cáo"),
        (2, "discipline", "khai trừ"),
    ]
    total = fs[0]
    assert total.check == "ok"
    assert total.unit == "trường hợp"
    assert total.actor == "Đảng bộ huyện"
    assert total.period == "Từ năm 2020 đến nay"
    assert [f.part_of for f in fs[1:]] == [total.start] * 3


def test_breakdown_that_does_not_add_up_says_so() -> None:
    fs = facts("Có 50 tài khoản bị khóa, gồm 20 tài khoản Facebook, 15 tài khoản TikTok.")
    total = fs[0]
    assert total.value == 50
    assert total.check == "under: parts sum to 35"
    fs = facts("Tỉnh có 30 nhóm Zalo (12 nhóm của huyện, 25 nhóm của xã).")
    assert fs[0].check == "over: parts sum to 37"


def test_trong_do_links_the_part_of_the_same_noun() -> None:
    f = by_mention("Xã có 126 đoàn viên thuộc 12 chi đoàn, trong đó có 8 chi đoàn thôn và 4 chi đoàn chức năng.")
    assert f["8"].part_of == f["12"].start
    assert f["4"].part_of == f["12"].start
    assert f["126"].part_of is None
    assert f["12"].check == "ok"


def test_money_parts_add_up_only_in_the_same_currency() -> None:
    f = by_mention(
        "Tỉnh đã cấp mới 98 dự án với tổng vốn 22.500 tỷ đồng, trong đó có 15 dự án FDI với số vốn 650 triệu USD. "
        "Huyện thu 120 tỷ đồng, trong đó thuế 80 tỷ đồng."
    )
    assert f["650 triệu"].part_of is None  # dollars are no part of a sum in đồng
    assert f["15"].part_of == f["98"].start
    assert f["80 tỷ"].part_of == f["120 tỷ"].start


def test_part_before_total_on_tong_so() -> None:
    f = by_mention("Google đã chặn khoảng 1.500 clip trên tổng số hơn 2.300 clip được gửi tới.")
    assert f["1.500"].part_of == f["2.300"].start
    assert f["1.500"].qualifier == "approx"
    assert f["2.300"].qualifier == "more_than"


def test_parts_in_the_next_sentences_that_add_up() -> None:
    text = "Phát hiện 6 tập thể, 32 cá nhân có biểu hiện suy thoái. Kết quả kỷ luật khiển trách 1 tập thể; nhắc nhở 5 tập thể; cảnh cáo 2 cá nhân; khiển trách 9 cá nhân; nhắc nhở 21 cá nhân."
    f = {(x.mention, x.label): x for x in facts(text)}
    six, thirty_two = f[("6", "")], f[("32", "")]
    assert [f[(m, lab)].part_of for m, lab in [("1", "khiển trách"), ("5", "nhắc nhở")]] == [six.start] * 2
    assert [f[(m, lab)].part_of for m, lab in [("2", "cảnh cáo"), ("9", "khiển trách"), ("21", "nhắc nhở")]] == [
        thirty_two.start
    ] * 3
    assert six.check == thirty_two.check == "ok"
    assert all(x.category == "discipline" for x in f.values())


def test_bracketed_parts_that_cover_only_part_of_the_total() -> None:
    text = "Có tổng cộng 50 trang Zalo thuộc Công an tỉnh (công an 5 huyện, 40 xã và 3 đồn công an)."
    f = by_mention(text)
    assert [f[m].part_of for m in ("5", "40", "3")] == [f["50"].start] * 3
    assert f["50"].check == "under: parts sum to 48"


def test_parts_before_a_marked_total() -> None:
    f = by_mention("Khách vé lượt đạt gần 300.000 khách, vé tháng gần 50.000. Tổng lượt khách đạt hơn 349.000 lượt.")
    assert f["300.000"].part_of == f["349.000"].start
    assert f["50.000"].part_of == f["349.000"].start
    assert f["300.000"].label == "vé lượt"
    assert f["349.000"].category == "people"


def test_disciplined_part_of_the_violations_found() -> None:
    f = by_mention("Ủy ban kết luận 12 đảng viên có khuyết điểm, vi phạm, phải thi hành kỷ luật tám đảng viên.")
    assert f["tám"].part_of == f["12"].start
    assert f["tám"].label == "thi hành kỷ luật"


def test_trong_do_parts_of_another_noun_link_when_they_add_up() -> None:
    text = (
        "Lũy kế 9 tháng, thành phố đã xử lý 48 tài khoản đăng tin sai sự thật; trong đó, 35 trường hợp bị xử phạt "
        "hành chính, 13 trường hợp được nhắc nhở."
    )
    f = by_mention(text)
    assert f["35"].part_of == f["13"].part_of == f["48"].start
    assert f["48"].check == "ok"
    assert f["48"].actor == "thành phố"


def test_trong_do_opening_the_next_sentence_splits_the_total_before() -> None:
    text = (
        "Đến nay, Công an tỉnh đã xây dựng 1.248 nhóm Zalo với trên 185.000 thành viên tham gia. "
        "Trong đó, cấp tỉnh có 12 nhóm, cấp huyện 156 nhóm và cấp xã 1.080 nhóm."
    )
    f = by_mention(text)
    assert [(f[m].part_of, f[m].label) for m in ("12", "156", "1.080")] == [
        (f["1.248"].start, "cấp tỉnh"),
        (f["1.248"].start, "cấp huyện"),
        (f["1.248"].start, "cấp xã"),
    ]
    assert f["1.248"].check == "ok"
    assert f["185.000"].part_of is None


def test_trong_so_nay_in_the_next_sentence() -> None:
    f = by_mention("Đã có 47 học sinh phải nhập viện. Trong số này, 12 em phải điều trị tích cực.")
    assert f["12"].part_of == f["47"].start
    assert f["47"].check == "under: parts sum to 12"


def test_counts_after_an_opening_trong_so_total_are_its_parts() -> None:
    f = by_mention("Trong số 1.200 người tham gia, 300 người là phụ nữ, 900 người là nam giới.")
    assert f["300"].part_of == f["900"].part_of == f["1.200"].start and f["1.200"].check == "ok"
    f = by_mention("Ông là một trong số 5 người được khen thưởng, cùng 3 người khác.")
    assert f["3"].part_of is None  # "trong số" inside the clause opens no list


def test_parts_in_the_next_sentence_go_to_the_total_they_add_up_to() -> None:
    f = by_mention(
        "Công an tỉnh đã xây dựng 178 trang Fanpage, 96 kênh TikTok và 1.240 nhóm Zalo. "
        "Trong đó, cấp tỉnh 12 trang Fanpage, cấp huyện 46 trang, cấp xã 120 trang."
    )
    assert {f[m].part_of for m in ("12", "46", "120")} == {f["178"].start} and f["178"].check == "ok"


def check_of(text: str) -> str:
    """The sum check of the first fact (the total) of a sentence whose other facts are its parts."""
    total, *parts = facts(text)
    assert parts and all(p.part_of == total.start for p in parts)
    return total.check


def test_exact_totals_must_add_up_exactly() -> None:
    assert check_of("Huyện có 100 hộ, gồm 60 hộ ở xã A và 40 hộ ở xã B.") == "ok"
    assert check_of("Huyện có 100 hộ, gồm 60 hộ ở xã A và 39 hộ ở xã B.") == "under: parts sum to 99"
    assert check_of("Huyện có 100 hộ, gồm 60 hộ ở xã A và 41 hộ ở xã B.") == "over: parts sum to 101"


def test_approximate_totals_or_parts_may_miss_by_two_percent() -> None:
    assert check_of("Huyện có khoảng 100 hộ, gồm 60 hộ ở xã A và 38 hộ ở xã B.") == "ok"
    assert check_of("Huyện có khoảng 100 hộ, gồm 60 hộ ở xã A và 42 hộ ở xã B.") == "ok"
    assert check_of("Huyện có khoảng 100 hộ, gồm 60 hộ ở xã A và 37 hộ ở xã B.") == "under: parts sum to 97"
    assert check_of("Huyện có khoảng 100 hộ, gồm 60 hộ ở xã A và 43 hộ ở xã B.") == "over: parts sum to 103"
    assert check_of("Huyện có hơn 100 hộ, gồm 60 hộ ở xã A và 39 hộ ở xã B.") == "ok"
    assert check_of("Huyện có 100 hộ, gồm khoảng 60 hộ ở xã A và 39 hộ ở xã B.") == "ok"
    assert check_of("Huyện có 100 hộ, gồm 60 hộ ở xã A và khoảng 39 hộ ở xã B.") == "ok"
