"""statx.resolve_period: time phrases to the inclusive interval of dates they name."""

from __future__ import annotations

import calendar
import csv
import re
import subprocess
import sys
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

import statx
from statx import resolve_period
from statx.dates import period_label
from tests.conftest import PEER, need

D = date


def days(a: str, b: str | None = None) -> tuple[date, date]:
    """``days("2024-03-01", "2024-03-31")``: an interval written the ISO way."""
    return D.fromisoformat(a), D.fromisoformat(b or a)


# ---------------------------------------------------------------- each kind, in our own words

REF = D(2024, 8, 15)  # a Thursday in the third quarter

ABSOLUTE = {
    # years
    "năm 2023": days("2023-01-01", "2023-12-31"),
    "2023": days("2023-01-01", "2023-12-31"),
    "Trong năm 2019": days("2019-01-01", "2019-12-31"),
    # terms and stages
    "nhiệm kỳ 2020-2025": days("2020-01-01", "2025-12-31"),
    "giai đoạn 2021 - 2025": days("2021-01-01", "2025-12-31"),
    "trong nhiệm kỳ 2015–2020": days("2015-01-01", "2020-12-31"),
    "nửa đầu nhiệm kỳ 2020 - 2025": days("2020-01-01", "2022-12-31"),
    # quarters
    "quý 1/2024": days("2024-01-01", "2024-03-31"),
    "quý II năm 2023": days("2023-04-01", "2023-06-30"),
    "Quý IV/2022": days("2022-10-01", "2022-12-31"),
    "quý ba năm 2021": days("2021-07-01", "2021-09-30"),
    # halves and first months
    "6 tháng cuối năm 2023": days("2023-07-01", "2023-12-31"),
    "sáu tháng đầu năm 2022": days("2022-01-01", "2022-06-30"),
    "nửa đầu năm 2016": days("2016-01-01", "2016-06-30"),
    "9 tháng năm 2024": days("2024-01-01", "2024-09-30"),
    "3 tháng đầu năm 2020": days("2020-01-01", "2020-03-31"),
    # months
    "tháng 4-2021": days("2021-04-01", "2021-04-30"),
    "tháng 4/2021": days("2021-04-01", "2021-04-30"),
    "tháng 4 năm 2021": days("2021-04-01", "2021-04-30"),
    "tháng 2/2024": days("2024-02-01", "2024-02-29"),
    "tháng mười hai năm 2020": days("2020-12-01", "2020-12-31"),
    # spans with every end given
    "từ tháng 3 đến tháng 5/2024": days("2024-03-01", "2024-05-31"),
    "từ năm 2018 đến năm 2022": days("2018-01-01", "2022-12-31"),
    "từ tháng 11 đến tháng 2/2024": days("2023-11-01", "2024-02-29"),
    "qua 5 năm (2016-2020)": days("2016-01-01", "2020-12-31"),
    # day dates
    "ngày 15/10/2023": days("2023-10-15"),
    "15-10-2023": days("2023-10-15"),
    "ngày 7 tháng 9 năm 2022": days("2022-09-07"),
    "sáng 1/6/2024": days("2024-06-01"),
    # as of a time: its last day
    "tính đến hết năm 2022": days("2022-12-31"),
    "đến hết tháng 6/2024": days("2024-06-30"),
    "tính đến 9h ngày 3/3/2023": days("2023-03-03"),
}


@pytest.mark.parametrize(("words", "want"), ABSOLUTE.items(), ids=list(ABSOLUTE))
def test_absolute_periods_need_no_reference(words: str, want: tuple[date, date]) -> None:
    assert resolve_period(words) == want
    assert resolve_period(words, REF) == want


RELATIVE = {
    "năm nay": days("2024-01-01", "2024-12-31"),
    "năm ngoái": days("2023-01-01", "2023-12-31"),
    "năm trước": days("2023-01-01", "2023-12-31"),
    "năm sau": days("2025-01-01", "2025-12-31"),
    "quý I": days("2024-01-01", "2024-03-31"),
    "quý này": days("2024-07-01", "2024-09-30"),
    "quý trước": days("2024-04-01", "2024-06-30"),
    "6 tháng đầu năm": days("2024-01-01", "2024-06-30"),
    "6 tháng đầu năm nay": days("2024-01-01", "2024-06-30"),
    "nửa đầu năm": days("2024-01-01", "2024-06-30"),
    "9 tháng đầu năm": days("2024-01-01", "2024-09-30"),
    "tháng 4": days("2024-04-01", "2024-04-30"),
    "tháng này": days("2024-08-01", "2024-08-31"),
    "tháng trước": days("2024-07-01", "2024-07-31"),
    "hôm nay": days("2024-08-15"),
    "hôm qua": days("2024-08-14"),
    "hiện nay": days("2024-08-15"),
    "tối qua": days("2024-08-14"),
    "tuần trước": days("2024-08-05", "2024-08-11"),
    "tuần này": days("2024-08-12", "2024-08-18"),
    "từ năm 2020 đến nay": days("2020-01-01", "2024-08-15"),
    "từ đầu năm đến nay": days("2024-01-01", "2024-08-15"),
    "Tính đến nay": days("2024-08-15"),
    "từ ngày 10 đến 16/6": days("2024-06-10", "2024-06-16"),
    "từ tháng 5-2022": days("2022-05-01", "2024-08-15"),
    "ngày 2/9": days("2024-09-02"),
    "đầu năm": days("2024-01-01", "2024-03-31"),
    "cuối tháng 3": days("2024-03-21", "2024-03-31"),
    "từ đầu quý đến nay": days("2024-07-01", "2024-08-15"),
    "cuối quý 2": days("2024-06-01", "2024-06-30"),
    "2 tháng qua": days("2024-06-01", "2024-07-31"),
    "thứ hai tuần trước": days("2024-08-05"),
    "Tính cả năm": days("2024-01-01", "2024-12-31"),
}


@pytest.mark.parametrize(("words", "want"), RELATIVE.items(), ids=list(RELATIVE))
def test_relative_periods_count_from_the_reference(words: str, want: tuple[date, date]) -> None:
    assert resolve_period(words, REF) == want


@pytest.mark.parametrize("words", list(RELATIVE))
def test_relative_periods_without_a_reference_get_no_dates(words: str) -> None:
    assert resolve_period(words) is None


def test_a_datetime_reference_counts_by_its_day() -> None:
    assert resolve_period("hôm qua", datetime(2024, 1, 1, 23, 59)) == days("2023-12-31")


def test_the_quarter_and_year_roll_over_at_the_turn_of_the_year() -> None:
    new_year = D(2025, 1, 3)
    assert resolve_period("quý trước", new_year) == days("2024-10-01", "2024-12-31")
    assert resolve_period("tháng trước", new_year) == days("2024-12-01", "2024-12-31")
    assert resolve_period("hôm qua", new_year) == days("2025-01-02")


@pytest.mark.parametrize(
    "words",
    [
        "thời gian qua",
        "6 tháng",
        "10 năm",
        "sau 2 ngày",
        "giai đoạn I",
        "cùng kỳ",
        "ngày 30/2/2023",
        "tháng 13/2024",
        "",
        "   ",
        "xyz",
    ],
)
def test_words_without_a_definite_time_get_no_dates(words: str) -> None:
    assert resolve_period(words, REF) is None


def test_a_span_that_ends_before_it_starts_gets_no_dates() -> None:
    assert resolve_period("từ năm 2026 đến nay", REF) is None
    assert resolve_period("2025-2020") is None


def test_statx_exposes_the_resolver_and_loads_it_only_when_asked() -> None:
    assert "resolve_period" in statx.__all__
    assert statx.resolve_period is resolve_period
    probe = "import sys, statx; print('statx.dates' in sys.modules, statx.resolve_period('quý 2/2020'))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False (datetime.date(2020, 4, 1), datetime.date(2020, 6, 30))"


# ---------------------------------------------------------------- labels for summaries

LABELS = {
    "2023": days("2023-01-01", "2023-12-31"),
    "2023-H1": days("2023-01-01", "2023-06-30"),
    "2023-H2": days("2023-07-01", "2023-12-31"),
    "2023-Q1": days("2023-01-01", "2023-03-31"),
    "2023-Q4": days("2023-10-01", "2023-12-31"),
    "2023-04": days("2023-04-01", "2023-04-30"),
    "2023-10-15": days("2023-10-15"),
    "2020–2023-10": days("2020-01-01", "2023-10-31"),
    "2020–2023-10-15": days("2020-01-01", "2023-10-15"),
    "2021–2025": days("2021-01-01", "2025-12-31"),
    "2024-01–2024-09": days("2024-01-01", "2024-09-30"),
    "2024-03–2024-12": days("2024-03-01", "2024-12-31"),
    "2024-06-10–2024-06-16": days("2024-06-10", "2024-06-16"),
    "2023-11–2024-02": days("2023-11-01", "2024-02-29"),
}


@pytest.mark.parametrize(("label", "interval"), LABELS.items(), ids=list(LABELS))
def test_an_interval_is_labelled_by_the_grain_it_covers(label: str, interval: tuple[date, date]) -> None:
    assert period_label(*interval) == label


def test_periods_sorted_as_intervals_come_in_time_order() -> None:
    # by first day, and of two with one first day the shorter first
    phrases = ["năm 2024", "quý IV/2023", "6 tháng đầu năm 2024", "tháng 3/2024", "giai đoạn 2021-2025", "ngày 5/1/2024"]
    resolved = sorted(r for r in (resolve_period(p) for p in phrases) if r)
    assert [period_label(*r) for r in resolved] == ["2021–2025", "2023-Q4", "2024-H1", "2024", "2024-01-05", "2024-03"]


# ---------------------------------------------------------------- Duckling's corpus

DUCKLING = PEER / "not-facts-duckling-time.tsv"
DUCKLING_REF = D(2017, 2, 2)  # the corpus's reference time is 2017-02-02 03:55

# Duckling reads a bare clock time as the next one to come: 2 a.m. is already past
# at 03:55, so it takes tomorrow's. statx reads reports of what has happened and
# keeps a clock time on the reference's own day.
DIFFERENT = {
    "vào lúc 2 giờ sáng": "Duckling takes the next 2 a.m. after 03:55 (tomorrow); statx keeps the reference's day",
    "lúc 2 giờ sáng": "Duckling takes the next 2 a.m. after 03:55 (tomorrow); statx keeps the reference's day",
    "1:18 sáng": "Duckling takes the next 1:18 a.m. after 03:55 (tomorrow); statx keeps the reference's day",
}

_STEP = {"Second": timedelta(seconds=1), "Minute": timedelta(minutes=1), "Hour": timedelta(hours=1), "Day": timedelta(days=1)}
_MONTHS = {"Month": 1, "Quarter": 3, "Year": 12}


def _month_end(y: int, m: int) -> date:
    return D(y, m, calendar.monthrange(y, m)[1])


def duckling_days(value: str) -> tuple[date, date] | None:
    """Duckling's value as an inclusive interval of days, at the grain it gives:
    a time of day is its day, a week its seven days, a month, quarter or year all
    of its days. Duckling's intervals end before their second time."""
    if value.startswith("NEGATIVE"):
        return None
    grain = value.rsplit(" ", 1)[1].rstrip(")")
    nums = [int(x) for x in re.findall(r"\d+", value)]
    start = datetime(*nums[:6])
    if value.startswith("(datetimeInterval"):
        end = datetime(*nums[6:12])
        if grain in _STEP:
            return start.date(), (end - _STEP[grain]).date()
        last = end.date() - timedelta(days=1)  # Month and Year intervals end on the 1st
        return start.date(), last
    if grain in _STEP:
        return start.date(), start.date()
    if grain == "Week":
        return start.date(), start.date() + timedelta(days=6)
    y, m = divmod(start.year * 12 + start.month - 1 + _MONTHS[grain] - 1, 12)
    return start.date(), _month_end(y, m + 1)


def _duckling_rows() -> list[tuple[str, str]]:
    if not DUCKLING.exists():
        return []
    with DUCKLING.open(encoding="utf-8") as fh:
        return [(r[0], r[1]) for r in csv.reader(fh, delimiter="\t") if r]


def _duckling_cases() -> list[object]:
    rows = _duckling_rows()
    if not rows:
        return [pytest.param("(no peer data)", "", id="no-peer-data")]
    cases: list[object] = []
    for k, (text, value) in enumerate(rows):
        marks = [pytest.mark.xfail(strict=True, reason=DIFFERENT[text])] if text in DIFFERENT else []
        cases.append(pytest.param(text, value, id=f"{k:03d}-{text}", marks=marks))
    return cases


@pytest.mark.parametrize(("text", "value"), _duckling_cases())
def test_duckling_time_expressions_resolve_as_duckling_does(text: str, value: str) -> None:
    need(DUCKLING)
    assert resolve_period(text, DUCKLING_REF) == duckling_days(value)


def test_duckling_reader_of_intervals() -> None:
    # the helper above, checked on values written here
    assert duckling_days("(datetimeInterval ((2020, 3, 1, 0, 0, 0), (2020, 5, 1, 0, 0, 0)) Month)") == days(
        "2020-03-01", "2020-04-30"
    )
    assert duckling_days("(datetime (2020, 4, 1, 0, 0, 0) Quarter)") == days("2020-04-01", "2020-06-30")
    assert duckling_days("(datetimeInterval ((2020, 1, 5, 18, 0, 0), (2020, 1, 6, 0, 0, 0)) Hour)") == days("2020-01-05")
    assert duckling_days("NEGATIVE (no Time expected)") is None


def test_at_least_95_percent_of_duckling_agrees() -> None:
    need(DUCKLING)
    rows = _duckling_rows()
    same = sum(resolve_period(text, DUCKLING_REF) == duckling_days(value) for text, value in rows)
    differ = [text for text, value in rows if resolve_period(text, DUCKLING_REF) != duckling_days(value)]
    assert same / len(rows) >= 0.95
    assert set(differ) <= set(DIFFERENT), differ


# ---------------------------------------------------------------- property: start <= end

_year = st.integers(1990, 2035).map(str)
_month = st.integers(0, 13).map(str)
_day = st.integers(0, 32).map(str)
_rel = st.sampled_from(["nay", "này", "ngoái", "trước", "sau", "tới", "tiếp theo", "vừa qua"])
_unit = st.sampled_from(["ngày", "tuần", "tháng", "quý", "năm"])
_lead = st.sampled_from(["", "trong ", "so với ", "tính đến ", "đến hết ", "từ ", "kể từ ", "sáng ", "17h "])

_one = st.one_of(
    st.builds("năm {}".format, _year),
    _year,
    st.builds("năm {}".format, _rel),
    st.builds("{}-{}".format, _year, _year),
    st.builds("giai đoạn {} - {}".format, _year, _year),
    st.builds("quý {}/{}".format, st.sampled_from(["I", "II", "III", "IV", "1", "4", "5"]), _year),
    st.builds("quý {}".format, st.sampled_from(["I", "3", "này", "trước", "sau"])),
    st.builds(
        "{} tháng {} năm{}".format, st.integers(0, 14), st.sampled_from(["đầu", "cuối"]), st.sampled_from(["", " nay", " 2022"])
    ),
    st.builds("{} tháng năm {}".format, st.integers(0, 14), _year),
    st.builds("nửa {} năm {}".format, st.sampled_from(["đầu", "cuối"]), _year),
    st.builds("tháng {}".format, _month),
    st.builds("tháng {}/{}".format, _month, _year),
    st.builds("tháng {}".format, _rel),
    st.builds("ngày {}/{}/{}".format, _day, _month, _year),
    st.builds("{}-{}-{}".format, _day, _month, _year),
    st.builds("ngày {}/{}".format, _day, _month),
    st.builds("{} {} {}".format, st.integers(0, 40), _unit, st.sampled_from(["qua", "tới", "vừa rồi", ""])),
    st.builds("tuần {}".format, _rel),
    st.sampled_from(
        ["hôm nay", "hôm qua", "hiện nay", "nay", "đầu năm", "cuối năm", "thứ hai", "chủ nhật tuần trước", "mùa đông này"]
    ),
)
_phrase = st.one_of(
    st.builds("{}{}".format, _lead, _one),
    st.builds("từ {} đến {}".format, _one, st.one_of(_one, st.just("nay"))),
)


@given(_phrase, st.dates(D(1900, 1, 1), D(2100, 12, 31)) | st.none())
def test_any_resolved_period_starts_on_or_before_its_end(words: str, reference: date | None) -> None:
    got = resolve_period(words, reference)
    assert got is None or got[0] <= got[1], (words, reference, got)


_interval = st.tuples(st.dates(D(2000, 1, 1), D(2030, 12, 31)), st.integers(0, 3000)).map(
    lambda p: (p[0], p[0] + timedelta(days=p[1]))
)


def _whole_months(y: int, m: int, n: int) -> tuple[date, date]:
    y2, m2 = divmod(y * 12 + m - 1 + n, 12)
    return D(y, m, 1), _month_end(y2, m2 + 1)


_aligned = st.builds(_whole_months, st.integers(2000, 2030), st.integers(1, 12), st.integers(0, 40))


@given(_interval | _aligned, _interval | _aligned)
def test_two_intervals_share_a_label_only_when_they_are_one(a: tuple[date, date], b: tuple[date, date]) -> None:
    assert (period_label(*a) == period_label(*b)) == (a == b)


@given(_phrase, st.dates(D(1900, 1, 1), D(2100, 12, 31)))
def test_a_period_read_without_a_reference_is_the_same_with_any(words: str, reference: date) -> None:
    alone = resolve_period(words)
    assert alone is None or resolve_period(words, reference) == alone, (words, reference)
