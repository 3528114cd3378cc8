"""statx.understand.period: when, and the article's own date."""

from __future__ import annotations

import csv
import io
import json
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from statx import extract
from statx.text import tokenize
from statx.understand.period import PERIOD, periods
from tests.conftest import by_mention, facts, run_statx
from tests.test_properties import PIECES


def test_period_in_an_earlier_clause() -> None:
    (f,) = facts("Trong 6 tháng đầu năm 2022, công an huyện đã gỡ 120 bài viết sai sự thật.")
    assert f.period == "Trong 6 tháng đầu năm 2022"
    assert f.category == "content"


def test_published_date_from_header() -> None:
    fs = facts("Tiêu đề bài\n\n27/09/2023 - 05:42\n\nHuyện có 15 trang Fanpage.")
    assert [(f.value, f.published) for f in fs] == [(15, "2023-09-27")]


def test_period_from_day_to_day() -> None:
    f = by_mention("Từ ngày 1/9 đến ngày 30/9, Đoàn liên ngành đã kiểm tra 150 cơ sở.")
    assert (f["150"].period, f["150"].actor) == ("Từ ngày 1/9 đến ngày 30/9", "Đoàn liên ngành")


def test_the_base_of_a_comparison_is_not_the_period_of_the_facts_around_it() -> None:
    f = by_mention(
        "Tính đến ngày 20/9, toàn tỉnh ghi nhận 2.356 ca mắc, tăng 48% so với cùng kỳ năm 2023; trong đó có 3 ca tử vong."
    )
    assert [f[m].period for m in ("2.356", "48%", "3")] == ["Tính đến ngày 20/9"] * 3
    assert by_mention("Doanh thu tăng 12% so với năm 2023.")["12%"].period == ""
    assert by_mention("Trong năm 2023, doanh thu đạt 500 tỷ đồng.")["500 tỷ"].period == "Trong năm 2023"


def test_months_of_a_year_are_a_period_and_no_part_of_the_subject() -> None:
    f = by_mention("Tổng sản phẩm trên địa bàn (GRDP) 9 tháng năm 2024 ước tăng 7,2% so với cùng kỳ.")
    assert (f["7,2%"].actor, f["7,2%"].period) == ("Tổng sản phẩm trên địa bàn (GRDP)", "9 tháng năm 2024")


def test_a_year_opening_the_sentence_is_its_period() -> None:
    f = by_mention("Năm 2022, Ủy ban Kiểm tra Huyện ủy đã thi hành kỷ luật 07 đảng viên.")
    assert (f["07"].period, f["07"].value, f["07"].actor) == ("Năm 2022", 7, "Ủy ban Kiểm tra Huyện ủy")


def test_periods_stop_at_a_bracket_and_since_the_start_of_the_year_is_one() -> None:
    f = by_mention("Trong tuần qua (từ ngày 10 đến 16/6), thành phố ghi nhận 1.034 ca mắc.")
    assert f["1.034"].period == "từ ngày 10 đến 16/6"
    f = by_mention("Cộng dồn từ đầu năm, TP.HCM có 12.568 ca, trong đó 2 ca tử vong.")
    assert (f["12.568"].actor, f["12.568"].period) == ("TP.HCM", "từ đầu năm")


def test_a_term_of_office_is_a_period_and_consequence_openers_are_framing() -> None:
    f = by_mention("Trong nhiệm kỳ 2018-2023, Hội Nông dân tỉnh đã giải ngân 1.850 tỷ đồng cho 42.300 hộ.")
    assert (f["1.850 tỷ"].period, f["1.850 tỷ"].actor) == ("Trong nhiệm kỳ 2018-2023", "Hội Nông dân tỉnh")
    f = by_mention("Bình quân mỗi năm, các cấp hội vận động hiến 25.000 m2 đất; toàn tỉnh có 1.480 chi hội.")
    assert (f["25.000"].actor, f["1.480"].category) == ("các cấp hội", "organization")


TIME_PIECES = [
    *PIECES,
    " tháng ", " Tháng ", " quý ", " năm 2023", " đầu năm ", " cuối ", " Từ ", " tính ", " Tính đến ", " hết ",
    " nay", " hiện ", " thời gian qua", " ngày ", "sáng ", "2024", "1.6", "10/2023", "Quý I", " III/2021", "TỪ", "đến",
    " tới thời điểm này", " bắt đầu từ ", " Chín", " ba", " tối ", " chiều ", " Trong ", "Hiện nay",
    " nhiệm kỳ ", " Giai đoạn ", "2018-2023", " 2021 - 2025", "17", "h30", "h", " giờ ", "giờ", " tuần ", " qua",
    " vừa ", "8", " hiện có ", " hiện,", "Hiện ", " hôm qua", "Chiều nay", " đêm ",
    " giai đoạn I", " Giai đoạn ", " (2017 - 2021)", "II", "2,5", " sau ", "Chỉ sau ", " tới", " học",
]  # fmt: skip


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(max_size=200), st.lists(st.sampled_from(TIME_PIECES), max_size=60).map("".join)))
@example("Từ đầu năm 2023 đến nay, 1.6 tháng đầu năm; sáu tháng đầu năm 2024, quý III/2021")
@example("11 000 1,5 tháng đầu năm")
@example("Tháng 3.5giờ 1/2")  # a phrase ending inside a digit string, another starting at its last run
@example("Lúc 9h15 ngày 3/8 và 7giờ tối 2-9, 4 tuần qua, 2 năm vừa qua, 5 tháng năm 2026, 10 h sáng 1/1")
@example("Giai đoạn 2021 - 2025, nhiệm kỳ 2018-2023 có 5 người")
def test_time_phrases_found_at_token_starts_are_all_the_regex_finds(text: str) -> None:
    """The period finder tries its regex only where a phrase can start; it must find what a scan of every position finds."""
    got = [m.span() for m in periods(text, tokenize(text), len(text))]
    assert got == [m.span() for m in PERIOD.finditer(text)]


# ---------------------------------------------------------------- the dates a period names, through extract


def _dates(text: str, reference: date | None = None) -> list[tuple[str, str, str, str]]:
    return [(f.mention, f.period, f.period_start, f.period_end) for f in extract(text, "t.txt", reference=reference)]


@pytest.mark.parametrize(
    ("text", "period", "first", "last"),
    [
        ("Năm 2022, xã trồng mới 300 cây xanh.", "Năm 2022", "2022-01-01", "2022-12-31"),
        ("Nhiệm kỳ 2020-2025, huyện kết nạp 450 đảng viên mới.", "Nhiệm kỳ 2020-2025", "2020-01-01", "2025-12-31"),
        ("Giai đoạn 2016 - 2020, tỉnh xây 35 trường học.", "Giai đoạn 2016 - 2020", "2016-01-01", "2020-12-31"),
        ("Quý 2/2024, phường tiếp nhận 86 hồ sơ.", "Quý 2/2024", "2024-04-01", "2024-06-30"),
        ("Quý IV năm 2021, chợ đón 900 lượt khách.", "Quý IV năm 2021", "2021-10-01", "2021-12-31"),
        ("6 tháng cuối năm 2021, tỉnh xử lý 64 vụ việc.", "6 tháng cuối năm 2021", "2021-07-01", "2021-12-31"),
        ("Sáu tháng đầu năm 2019, xã có 120 hộ thoát nghèo.", "Sáu tháng đầu năm 2019", "2019-01-01", "2019-06-30"),
        ("Tháng 11/2022, thư viện nhận 1.500 cuốn sách.", "Tháng 11/2022", "2022-11-01", "2022-11-30"),
        ("Tháng 2-2024, đội tuần tra bắt 14 xe.", "Tháng 2-2024", "2024-02-01", "2024-02-29"),
        ("9 tháng năm 2023, nhà máy xuất 70 tấn hàng.", "9 tháng năm 2023", "2023-01-01", "2023-09-30"),
        ("Ngày 5/3/2024, đội kiểm tra 12 cửa hàng.", "Ngày 5/3/2024", "2024-03-05", "2024-03-05"),
        ("Tính đến hết năm 2020, huyện có 58 câu lạc bộ.", "Tính đến hết năm 2020", "2020-12-31", "2020-12-31"),
    ],
)
def test_a_period_with_its_year_gets_its_dates_without_a_reference(text: str, period: str, first: str, last: str) -> None:
    ((_, got, a, b),) = _dates(text)
    assert (got, a, b) == (period, first, last)


RELATIVE = [
    ("6 tháng đầu năm, huyện tiếp nhận 230 đơn thư.", "6 tháng đầu năm", "2025-01-01", "2025-06-30"),
    ("Từ đầu năm đến nay, đội cứu hộ đưa 48 người về nơi an toàn.", "Từ đầu năm đến nay", "2025-01-01", "2025-08-20"),
    ("Hiện nay, tỉnh có 27 hợp tác xã.", "Hiện nay", "2025-08-20", "2025-08-20"),
    ("Quý I, chi nhánh mở 19 tài khoản.", "Quý I", "2025-01-01", "2025-03-31"),
    ("Tháng 7, câu lạc bộ đón 33 hội viên.", "Tháng 7", "2025-07-01", "2025-07-31"),
    ("Từ năm 2021 đến nay, thôn làm 6 km đường.", "Từ năm 2021 đến nay", "2021-01-01", "2025-08-20"),
    ("Từ ngày 3 đến 9/7, trạm y tế khám cho 210 em.", "Từ ngày 3 đến 9/7", "2025-07-03", "2025-07-09"),
]


@pytest.mark.parametrize(("text", "period", "first", "last"), RELATIVE)
def test_a_relative_period_counts_from_the_reference_date(text: str, period: str, first: str, last: str) -> None:
    ((_, got, a, b),) = _dates(text, date(2025, 8, 20))
    assert (got, a, b) == (period, first, last)
    ((_, words, none_a, none_b),) = _dates(text)  # no reference: the words stay, no dates (not today's)
    assert (words, none_a, none_b) == (period, "", "")


def test_a_relative_period_counts_from_the_articles_header_date_before_any_reference() -> None:
    text = "Bản tin huyện\n\n12/05/2024 - 08:15\n\nTừ đầu năm đến nay, huyện hỗ trợ 75 hộ nghèo. Hiện nay, huyện còn 9 hộ."
    want = [("75", "Từ đầu năm đến nay", "2024-01-01", "2024-05-12"), ("9", "Hiện nay", "2024-05-12", "2024-05-12")]
    assert _dates(text) == want
    assert _dates(text, date(2030, 1, 1)) == want  # the article's own date wins
    assert [f.published for f in extract(text)] == ["2024-05-12"] * 2


def test_a_period_that_names_no_time_gets_no_dates() -> None:
    assert _dates("Thời gian qua, phường vận động 40 hộ.", date(2025, 1, 1)) == [("40", "Thời gian qua", "", "")]
    assert _dates("Xã có 40 hộ.", date(2025, 1, 1)) == [("40", "", "", "")]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
    st.lists(st.sampled_from([text for text, *_ in RELATIVE] + ["Năm 2022, xã có 3 hộ.", "Quý 4/2019, xã có 8 hộ."]), max_size=4),
)
def test_through_extract_every_period_start_is_on_or_before_its_end(reference: date, texts: list[str]) -> None:
    found = extract(" ".join(texts), "t.txt", reference=reference)
    for f in found:
        assert bool(f.period_start) == bool(f.period_end)
        assert f.period_start <= f.period_end  # ISO dates sort as days
        if f.period in ("Năm 2022", "Quý 4/2019"):  # a period with its year has dates whatever the reference
            assert f.period_start, f.period


def test_reference_date_option_fills_dates_in_csv_jsonl_and_excel(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("6 tháng đầu năm, huyện tiếp nhận 230 đơn thư. Thời gian qua, xã có 40 hộ.\n", encoding="utf-8")
    done = run_statx("extract", str(article), "-f", "csv", "--reference-date", "2023-09-30")
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode())))
    assert [(r["value"], r["period_start"], r["period_end"]) for r in rows] == [
        ("230", "2023-01-01", "2023-06-30"),
        ("40", "", ""),
    ]
    assert list(rows[0])[13:16] == ["period", "period_start", "period_end"]
    done = run_statx("extract", str(article), "-f", "jsonl", "--reference-date", "2023-09-30")
    lines = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [(d["period_start"], d["period_end"]) for d in lines] == [("2023-01-01", "2023-06-30"), (None, None)]
    no_reference = run_statx("extract", str(article), "-f", "jsonl")
    assert [json.loads(line)["period_start"] for line in no_reference.stdout.decode().splitlines()] == [None, None]
    pytest.importorskip("openpyxl", reason="Excel output is the optional extra statx[excel]")
    from openpyxl import load_workbook

    book = tmp_path / "f.xlsx"
    assert run_statx("extract", str(article), "-o", str(book), "--reference-date", "2023-09-30").returncode == 0
    sheet = load_workbook(book)["facts"]
    header = [c.value for c in sheet[1]]
    first, last = sheet.cell(2, header.index("period_start") + 1), sheet.cell(2, header.index("period_end") + 1)
    assert (first.value, last.value) == (datetime(2023, 1, 1), datetime(2023, 6, 30))
    assert first.number_format == last.number_format == "yyyy-mm-dd"
    assert first.is_date and last.is_date and first.data_type == last.data_type == "d"  # date cells, not text
    assert sheet.cell(2, header.index("period") + 1).data_type == "s"  # the words stay text
    assert sheet.cell(3, header.index("period_start") + 1).value is None


@pytest.mark.parametrize("bad", ["2023-13-01", "30/09/2023", "20230930", "yesterday"])
def test_a_reference_date_that_is_no_day_is_a_usage_error(bad: str, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Xã có 40 hộ.\n", encoding="utf-8")
    done = run_statx("extract", str(tmp_path / "a.txt"), "-f", "csv", "--reference-date", bad)
    assert done.returncode == 2
    assert "--reference-date" in done.stderr.decode() and "YYYY-MM-DD" in done.stderr.decode()


def test_a_documents_own_date_from_its_source_comes_before_the_reference() -> None:
    from statx import Document, extract_document

    doc = Document("dump.jsonl#7", "6 tháng đầu năm, huyện tiếp nhận 230 đơn thư.", published="2022-09-01")
    (f,) = extract_document(doc, reference=date(2030, 1, 1))
    assert (f.published, f.period_start, f.period_end) == ("2022-09-01", "2022-01-01", "2022-06-30")
    (g,) = extract_document(Document("b.txt", doc.text), reference=date(2030, 1, 1))
    assert (g.published, g.period_start, g.period_end) == ("", "2030-01-01", "2030-06-30")


def test_the_reference_date_reaches_worker_processes(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text("Quý I, chi nhánh mở 19 tài khoản.\n", encoding="utf-8")
    done = run_statx("extract", "a.txt", "b.txt", "-j", "2", "-f", "csv", "--reference-date", "2021-05-05", cwd=tmp_path)
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode())))
    assert [(r["doc"], r["period_start"], r["period_end"]) for r in rows] == [
        ("a.txt", "2021-01-01", "2021-03-31"),
        ("b.txt", "2021-01-01", "2021-03-31"),
    ]


# ---------------------------------------------------------------- the period of a fact, by structure


def _periods(text: str, reference: date | None = None) -> dict[str, str]:
    return {f.mention: f.period for f in extract(text, "t.txt", reference=reference)}


def test_a_fronted_time_phrase_frames_the_later_sentences_of_its_paragraph() -> None:
    assert _periods("Năm 2022, hội viên tăng mạnh. Cùng thời gian, xã lập 12 câu lạc bộ.")["12"] == "Năm 2022"
    # the framing sentence holds no number itself
    got = _periods("Trong quý III/2023, phường đẩy mạnh tuyên truyền. Đoàn viên phát 4.500 tờ rơi.")
    assert got["4.500"] == "Trong quý III/2023"


def test_a_paragraph_that_continues_the_one_before_keeps_its_frame() -> None:
    text = "Từ đầu năm đến nay, xã vận động được nhiều nguồn lực.\n\nCụ thể, các thôn lập 35 tổ tự quản."
    assert _periods(text)["35"] == "Từ đầu năm đến nay"
    text = "Tính đến ngày 15/4, kết quả như sau:\n\n- Thôn Đông có 14 hộ đăng ký."
    assert _periods(text)["14"] == "Tính đến ngày 15/4"


def test_a_new_paragraph_does_not_inherit_and_two_periods_leave_the_rest_without_one() -> None:
    text = "Năm 2021, tỉnh trồng 800 ha rừng.\n\nNăm 2022, tỉnh trồng 950 ha.\n\nTỉnh có 40 vườn ươm giống."
    assert _periods(text) == {"800": "Năm 2021", "950": "Năm 2022", "40": ""}


def test_a_sentence_naming_its_own_period_keeps_it() -> None:
    got = _periods("Năm 2023, huyện có 60 vụ cháy. Riêng tháng 5/2023, có 11 vụ. Các vụ làm hư hại 7 căn nhà.")
    assert got == {"60": "Năm 2023", "11": "tháng 5/2023", "7": "tháng 5/2023"}


def test_the_base_of_a_comparison_a_few_words_after_so_voi_is_not_the_period() -> None:
    got = _periods("Năm 2024, xã thu 3 tỷ đồng. So với quý cùng kỳ năm 2019, số thu tăng 15%.")
    assert got == {"3 tỷ": "Năm 2024", "15%": "Năm 2024"}


def test_the_date_of_an_event_frames_no_other_sentence() -> None:
    text = "Sáng 14/3, Sở Y tế tổ chức hội nghị tổng kết. Báo cáo cho biết các trạm đã khám cho 8.200 lượt người."
    assert _periods(text)["8.200"] == ""


def test_a_time_of_its_own_that_names_no_dates_takes_no_frame() -> None:
    got = _periods("Năm 2023, đội đã cứu 40 người gặp nạn. Trước đó, đội cứu 25 người.")
    assert got == {"40": "Năm 2023", "25": ""}
    assert _periods("Thời gian qua, xã có nhiều đổi mới. Xã lập 6 tổ hòa giải.")["6"] == ""  # a vague time frames nothing


def test_the_one_period_an_article_is_about_goes_to_its_facts_from_where_it_is_named() -> None:
    text = (
        "Huyện cấp 320 giấy chứng nhận trong 6 tháng đầu năm 2021\n\n"
        "Sáu tháng đầu năm 2021, huyện cấp 320 giấy chứng nhận quyền sử dụng đất cho các hộ gia đình, cá nhân.\n\n"
        "Các xã vùng cao nhận 75 giấy."
    )
    assert [f.period for f in extract(text)] == ["trong 6 tháng đầu năm 2021", "Sáu tháng đầu năm 2021", "Sáu tháng đầu năm 2021"]
    text = (
        "Bến xe đông khách\n\n"
        "Tỉnh có 12 bến xe khách, đều được nâng cấp khang trang, sạch sẽ và phục vụ hành khách tận tình hơn trước.\n\n"
        "Năm 2023, các bến đón 2 triệu lượt khách đi lại trên các tuyến nội tỉnh và liên tỉnh trong cả nước."
    )
    assert _periods(text) == {"12": "", "2 triệu": "Năm 2023"}  # not before it is named


def test_the_period_a_lead_reviews_is_the_articles_wherever_it_stands_in_its_sentence() -> None:
    text = (
        "Phường đón nhiều khách\n\n"
        "Sáng 3/10, phường tổ chức hội nghị tổng kết hoạt động du lịch, dịch vụ quý III, bàn kế hoạch quý IV.\n\n"
        "Các nhà nghỉ đón 4.100 lượt khách.\n\nDoanh thu tăng 12% so với quý II."
    )
    got = _periods(text, date(2025, 10, 4))
    assert got == {"4.100": "quý III", "12%": "quý III"}  # reviewed, not fronted; the base of a comparison aside
    (f,) = [f for f in extract(text, reference=date(2025, 10, 4)) if f.mention == "4.100"]
    assert (f.period_start, f.period_end) == ("2025-07-01", "2025-09-30")
    # a review word further than twelve words from the time phrase, or none: no period of the article's
    far = text.replace(
        "hoạt động du lịch, dịch vụ", "hoạt động du lịch, dịch vụ, lưu trú, ăn uống, vận tải và vui chơi giải trí của"
    )
    assert _periods(far)["4.100"] == ""
    assert _periods(text.replace("tổng kết", "về"))["4.100"] == ""


def test_an_article_with_periods_outside_its_leads_has_no_period_of_its_own() -> None:
    text = (
        "Kết quả năm 2023\n\n"
        "Năm 2023, hội nông dân xã vận động hội viên góp vốn xây dựng nhiều công trình phúc lợi ở các thôn.\n\n"
        "Tháng 2/2024, hội giúp 9 hộ làm chuồng trại.\n\nHội có 300 hội viên."
    )
    assert _periods(text)["300"] == ""


@pytest.mark.parametrize(
    ("text", "period", "first", "last"),
    [
        ("Năm nay, hợp tác xã thu 700 triệu đồng.", "Năm nay", "2025-01-01", "2025-12-31"),
        ("Trong quý này, trạm cấp 12 giấy phép.", "Trong quý này", "2025-07-01", "2025-09-30"),
        ("Tháng trước, nhà văn hóa đón 90 lượt khách.", "Tháng trước", "2025-07-01", "2025-07-31"),
        ("6 tháng đầu năm nay, phường cấp 48 giấy phép.", "6 tháng đầu năm nay", "2025-01-01", "2025-06-30"),
        ("Đến 17h ngày 3/8, xã di dời 15 hộ.", "Đến 17h ngày 3/8", "2025-08-03", "2025-08-03"),
        ("Từ 7h ngày 1/8 đến 7h ngày 2/8, trạm ghi nhận 6 ca.", "Từ 7h ngày 1/8 đến 7h ngày 2/8", "2025-08-01", "2025-08-02"),
        ("Trong 3 năm qua, hội xây 5 cây cầu.", "Trong 3 năm qua", "2022-01-01", "2024-12-31"),
    ],
)
def test_relative_periods_alone_are_found_and_count_from_the_reference(text: str, period: str, first: str, last: str) -> None:
    ((_, got, a, b),) = _dates(text, date(2025, 8, 20))
    assert (got, a, b) == (period, first, last)


@pytest.mark.parametrize(
    ("text", "period", "first", "last"),
    [
        ("Qua 5 năm (2019 - 2023), hội xây 210 căn nhà.", "Qua 5 năm (2019 - 2023)", "2019-01-01", "2023-12-31"),
        (
            "Trong nửa đầu nhiệm kỳ 2020 - 2025, đảng bộ kết nạp 64 đảng viên.",
            "Trong nửa đầu nhiệm kỳ 2020 - 2025",
            "2020-01-01",
            "2022-12-31",
        ),
        ("Trong quý I/2022, chi nhánh mở 19 tài khoản.", "Trong quý I/2022", "2022-01-01", "2022-03-31"),
        ("Tính đến 12h00 ngày 5/6/2024, đoàn giành 9 huy chương.", "Tính đến 12h00 ngày 5/6/2024", "2024-06-05", "2024-06-05"),
    ],
)
def test_terms_durations_with_their_years_and_clock_cutoffs_get_dates(text: str, period: str, first: str, last: str) -> None:
    ((_, got, a, b),) = _dates(text)
    assert (got, a, b) == (period, first, last)


def test_a_framed_relative_period_counts_from_the_articles_date() -> None:
    text = (
        "Bản tin xã\n\n03/10/2024 - 07:00\n\nTừ đầu năm đến nay, xã nhận nhiều hỗ trợ. Cùng thời gian, xã xây 4 nhà tình nghĩa."
    )
    assert _dates(text) == [("4", "Từ đầu năm đến nay", "2024-01-01", "2024-10-03")]


def test_since_a_year_or_month_is_a_period_but_not_the_articles() -> None:
    ((_, got, a, b),) = _dates("Từ tháng 3-2022, câu lạc bộ đăng 640 bài.", date(2024, 5, 1))
    assert (got, a, b) == ("Từ tháng 3-2022", "2022-03-01", "2024-05-01")
    text = (
        "Đoàn viên lên mạng\n\n"
        "Kể từ năm 2018, huyện đoàn đã lập trang cho mọi chi đoàn cơ sở để đưa tin về các hoạt động của thanh niên.\n\n"
        "Chi đoàn thôn Bắc có 57 đoàn viên."
    )
    assert _periods(text)["57"] == ""  # a count of today is no flow since 2018


def test_a_span_may_end_with_toi_as_with_den() -> None:
    for word in ("đến", "tới"):
        (fact,) = extract(f"Từ năm 2019 {word} nay, huyện đã kỷ luật 12 đảng viên.", reference=date(2023, 10, 15))
        assert fact.period == f"Từ năm 2019 {word} nay"
        assert (fact.period_start, fact.period_end) == ("2019-01-01", "2023-10-15")


def test_a_bare_hien_is_now_unless_it_ends_a_word() -> None:
    # "hiện" before a verb or a comma is "currently"; "thực hiện", "phát hiện" are words of their own
    assert _periods("Thư viện huyện hiện có 4.200 đầu sách.") == {"4.200": "hiện"}
    assert _periods("Hiện, cả xã đã có 95 hộ dùng nước sạch.") == {"95": "Hiện"}
    assert _periods("Tổ công tác phát hiện có 8 điểm sạt lở.") == {"8": ""}
    assert _periods("Hợp tác xã thực hiện có hiệu quả 5 mô hình.") == {"5": ""}
    got = _dates("Thư viện huyện hiện có 4.200 đầu sách.", date(2026, 3, 9))
    assert got == [("4.200", "hiện", "2026-03-09", "2026-03-09")]


def test_a_bare_hien_after_the_number_leaves_it_the_as_of_of_its_paragraph() -> None:
    text = "Tính đến 16h ngày 2/9, mưa lũ làm 6 người bị thương. Ngoài ra, 3 người hiện vẫn đang điều trị."
    assert _periods(text) == {"6": "Tính đến 16h ngày 2/9", "3": "Tính đến 16h ngày 2/9"}


@pytest.mark.parametrize(
    ("text", "period", "day"),
    [
        ("Trong sáng nay, đoàn cứu trợ phát 250 thùng mì.", "Trong sáng nay", "2026-03-09"),
        ("Chiều nay, chợ phiên đón 900 lượt khách.", "Chiều nay", "2026-03-09"),
        ("Hôm qua, trạm bơm tiêu thoát 40 ha lúa.", "Hôm qua", "2026-03-08"),
        ("Đêm qua, lực lượng chức năng sơ tán 75 hộ dân.", "Đêm qua", "2026-03-08"),
    ],
)
def test_today_and_last_night_are_days_of_the_reference(text: str, period: str, day: str) -> None:
    assert _dates(text, date(2026, 3, 9)) == [(_dates(text)[0][0], period, day, day)]


def test_a_time_phrase_after_a_news_dateline_is_fronted_and_a_count_since_a_day_leaves_the_articles_period() -> None:
    text = (
        "Bản tin dịch bệnh\n\n"
        "TTXVN - Từ 7h ngày 3/3 đến 7h ngày 4/3, tỉnh ghi nhận thêm 410 ca sốt xuất huyết.\n\n"
        "Các phường nội thị có 260 ca.\n\n"
        "Cộng dồn từ ngày 1/1, tỉnh có 5.900 ca."
    )
    assert _periods(text) == {
        "410": "Từ 7h ngày 3/3 đến 7h ngày 4/3",
        "260": "Từ 7h ngày 3/3 đến 7h ngày 4/3",  # a new paragraph: the article's period
        "5.900": "từ ngày 1/1",  # its own; a count since a day is no rival period of the article
    }
    # a dash further into the sentence is no dateline
    later = text.replace("TTXVN - Từ", "Theo báo cáo nhanh của trung tâm y tế tỉnh, ông A - Từ")
    assert _periods(later)["260"] == ""


def test_sibling_paragraphs_after_a_breakdown_keep_its_frame() -> None:
    text = (
        "Tính đến hết tháng 9/2025, đội tuyển tỉnh giành 14 giải thưởng.\n\n"
        "Cụ thể, ở môn cờ vua, đội giành 5 giải.\n\n"
        "Môn bơi, đội giành 6 giải.\n\n"
        "Ở môn điền kinh, đội giành 3 giải.\n\n"
        "Tỉnh có 40 vận động viên.\n\n"
        "Năm 2020, đội mới có 9 giải."  # a rival period: the article has none of its own
    )
    got = _periods(text)
    assert got["5"] == got["6"] == got["3"] == "Tính đến hết tháng 9/2025"  # each opens as "ở môn cờ vua" does
    assert got["40"] == ""  # a paragraph that opens another way is no sibling
    # without the breakdown's opener, the paragraphs are not its items
    assert _periods(text.replace("Cụ thể, ở môn cờ vua", "Ở môn cờ vua"))["6"] == ""


def test_a_count_as_of_a_time_after_thong_ke_frames_the_topics_of_the_report_after_it() -> None:
    text = (
        "Mưa lũ ở miền núi\n\n"
        "Mưa lớn kéo dài nhiều ngày ở các huyện phía tây, nhiều tuyến đường bị chia cắt, giao thông đình trệ.\n\n"
        "Thống kê sơ bộ đến 18h ngày 9/9, lũ cuốn trôi 3 cây cầu tạm.\n\n"
        "Về nông nghiệp, 120 ha hoa màu bị ngập.\n\n"
        "Về phía công an, 40 cán bộ trực chốt.\n\n"
        "Năm 2019, huyện cũng chịu 2 trận lũ."  # a rival period: the article has none of its own
    )
    got = _periods(text)
    assert got["3"] == got["120"] == got["40"] == "đến 18h ngày 9/9"
    # a paragraph that opens another way does not go on with it
    assert _periods(text.replace("Về nông nghiệp, 120", "Nông nghiệp có 120"))["120"] == ""


def test_a_phase_is_a_period_dated_by_its_years_in_brackets() -> None:
    text = "Giai đoạn II (2026 - 2030) cần 740 tỷ đồng. Về nguồn vốn, giai đoạn I, tỉnh bố trí 310 tỷ đồng."
    assert _dates(text) == [
        ("740 tỷ", "Giai đoạn II (2026 - 2030)", "2026-01-01", "2030-12-31"),
        ("310 tỷ", "giai đoạn I", "", ""),  # a phase without its years names no dates
    ]
    assert _periods("Giai đoạn 2,5 năm đầu, xã trồng 90 ha rừng.") == {"90": ""}  # a decimal is no phase number


def test_a_time_after_an_event_and_the_time_ahead_are_periods_without_dates() -> None:
    got = _dates("Chỉ sau 3 tuần ra mắt, kênh đạt 8.000 người đăng ký.", date(2026, 3, 9))
    assert got == [("8.000", "Chỉ sau 3 tuần", "", "")]  # after what, the words do not say
    assert _periods("Sau hai năm, hợp tác xã có 60 thành viên.") == {"60": "Sau hai năm"}
    assert _periods("Thời gian tới, phường lắp thêm 15 camera.") == {"15": "Thời gian tới"}


def test_in_a_list_of_clauses_each_number_takes_the_time_after_it_in_its_clause() -> None:
    text = "Theo kế hoạch, 12 xã làm xong vào tháng 3, 9 xã làm xong vào tháng 5 và 4 xã vào tháng 7."
    assert _periods(text) == {"12": "tháng 3", "9": "tháng 5", "4": "tháng 7"}
    # a time fronted before the list still holds for a number whose clause has none
    assert _periods("Năm 2025, xã trồng 40 ha cam, 15 ha bưởi.") == {"40": "Năm 2025", "15": "Năm 2025"}


def test_the_start_or_end_of_the_year_alone_is_its_first_or_last_quarter() -> None:
    assert _dates("Dự kiến cuối năm, kho nhận thêm 600 tấn gạo.", date(2026, 5, 2)) == [
        ("600", "cuối năm", "2026-10-01", "2026-12-31")
    ]
    assert _dates("Đầu năm, hội có 48 hội viên.", date(2026, 5, 2)) == [("48", "Đầu năm", "2026-01-01", "2026-03-31")]
    assert _periods("Đầu năm học, trường có 35 lớp.")["35"] == ""  # the school year is no quarter


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("Năm học 2025-2026, cả quận có 31 trường tiểu học.", "Năm học 2025-2026"),
        ("Năm học 2025-26, cả quận có 31 trường tiểu học.", "Năm học 2025-26"),
        ("Niên vụ 2024/25, hợp tác xã thu 640 tấn hạt điều.", "Niên vụ 2024/25"),
        ("Mùa giải 2025-2026, câu lạc bộ ký 6 hợp đồng mới.", "Mùa giải 2025-2026"),
    ],
)
def test_a_school_year_crop_year_or_season_is_the_period_and_its_short_end_no_count(text: str, period: str) -> None:
    (fact,) = facts(text)  # "-26", "/25": the next year's digits, no count of anything
    assert fact.period == period and fact.value in (31, 640, 6)


def test_a_new_paragraph_with_its_own_season_does_not_take_the_year_before() -> None:
    f = by_mention("Trong năm 2024, trại nuôi 90 con bò.\n\nNiên vụ 2025/26, trại trồng 12 ha cỏ.")
    assert f["90"].period == "Trong năm 2024" and f["12"].period == "Niên vụ 2025/26"
