"""`statx summarize` as a user runs it: the figures, the formats, the errors, the charts."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conftest import SAMPLES, run_statx

SAMPLE = SAMPLES / "bao-ve-nen-tang-tu-tuong.txt"
HEADER = "doc,start,end,mention,value,qualifier,value_max,unit,object,category,label,part_of,actor,period,published,sentence,rules,check\n"


@pytest.fixture
def facts(tmp_path: Path) -> Path:
    assert run_statx("extract", str(SAMPLE), "-o", str(tmp_path / "facts.csv")).returncode == 0
    return tmp_path / "facts.csv"


def _csv(out: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(out.decode("utf-8"))))


def test_count_sum_min_max_of_the_sample(facts: Path) -> None:
    done = run_statx("summarize", str(facts), "--by", "category")
    assert done.returncode == 0
    rows = {r["category"]: (r["count"], r["sum"], r["min"], r["max"]) for r in _csv(done.stdout)}
    assert rows == {
        "audience": ("1", "9400", "9400", "9400"),
        "content": ("1", "1000", "1000", "1000"),
        "discipline": ("4", "62", "3", "31"),  # the total 31 and its parts 22, 6, 3
        "money": ("1", "1200000000", "1200000000", "1200000000"),
        "percent": ("1", "90", "90", "90"),
        "social_account": ("4", "139", "2", "93"),
    }
    parts_out = run_statx("summarize", str(facts), "--by", "category", "--skip-parts", "-f", "jsonl")
    rows_json = {r["category"]: r for r in map(json.loads, parts_out.stdout.decode().splitlines())}
    assert rows_json["discipline"] == {"category": "discipline", "count": 1, "sum": 31, "min": 31, "max": 31}


def test_one_number_format_without_exponents(tmp_path: Path) -> None:
    rows = [
        "a.txt,0,1,x,1200000000,exact,,đồng,,money,,,,,,s,r,",
        "a.txt,2,3,x,34500000000000,exact,,đồng,,money,,,,,,s,r,",
        "a.txt,4,5,x,2.5,exact,,,,measure,,,,,,s,r,",
    ]
    (tmp_path / "f.csv").write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    done = run_statx("summarize", "f.csv", "--by", "category", cwd=tmp_path)
    assert done.stdout.decode().splitlines() == [
        "category,count,sum,min,max",
        "measure,1,2.5,2.5,2.5",
        "money,2,34501200000000,1200000000,34500000000000",
    ]


def test_periods_group_by_the_days_they_name_in_time_order_those_without_dates_after(tmp_path: Path) -> None:
    # a file written before period_start/period_end: the words are resolved against each fact's published date
    periods = [
        "năm 2024",
        "Hiện nay",
        "tháng 3-2021",
        "hiện nay",
        "từ năm 2019 đến nay",
        "Năm 2024",
        "",
        "quý I/2023",
        "Cả năm 2024",
    ]
    published = ["", "", "", "", "2024-06-30", "", "", "", ""]
    rows = [
        f"a.txt,{i},{i + 1},x,{i + 1},exact,,,,people,,,,{p},{d},s,r,"
        for i, (p, d) in enumerate(zip(periods, published, strict=True))
    ]
    (tmp_path / "f.csv").write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    done = run_statx("summarize", "f.csv", "--by", "period", cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    got = [(r["period"], r["period_start"], r["period_end"], r["count"], r["sum"]) for r in _csv(done.stdout)]
    assert got == [
        ("2019–2024-06", "2019-01-01", "2024-06-30", "1", "5"),
        ("2021-03", "2021-03-01", "2021-03-31", "1", "3"),
        ("2023-Q1", "2023-01-01", "2023-03-31", "1", "8"),
        ("2024", "2024-01-01", "2024-12-31", "3", "16"),  # three ways of writing one year
        ("Hiện nay", "", "", "2", "6"),  # relative, and no published date: no dates, one group whatever the case
        ("(none)", "", "", "1", "7"),
    ]


def test_periods_group_by_the_dates_extract_wrote_in_every_summary_format(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "6 tháng đầu năm, huyện có 20 hộ. Quý II, huyện có 5 hộ. Năm 2022, huyện có 7 hộ. Thời gian qua, huyện có 3 hộ.\n",
        encoding="utf-8",
    )
    assert run_statx("extract", str(article), "-o", str(tmp_path / "f.jsonl"), "--reference-date", "2023-08-01").returncode == 0
    done = run_statx("summarize", str(tmp_path / "f.jsonl"), "--by", "period", "-f", "jsonl")
    got = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [(d["period"], d["period_start"], d["period_end"], d["sum"]) for d in got] == [
        ("2022", "2022-01-01", "2022-12-31", 7),
        ("2023-H1", "2023-01-01", "2023-06-30", 20),
        ("2023-Q2", "2023-04-01", "2023-06-30", 5),
        ("Thời gian qua", "", "", 3),
    ]
    pytest.importorskip("openpyxl", reason="Excel output is the optional extra statx[excel]")
    from datetime import datetime

    from openpyxl import load_workbook

    assert run_statx("summarize", str(tmp_path / "f.jsonl"), "--by", "period", "-o", str(tmp_path / "s.xlsx")).returncode == 0
    rows = list(load_workbook(tmp_path / "s.xlsx")["summary"].iter_rows(values_only=True))
    assert rows[0][:4] == ("period", "period_start", "period_end", "count")
    assert [r[:3] for r in rows[1:]] == [
        ("2022", datetime(2022, 1, 1), datetime(2022, 12, 31)),
        ("2023-H1", datetime(2023, 1, 1), datetime(2023, 6, 30)),
        ("2023-Q2", datetime(2023, 4, 1), datetime(2023, 6, 30)),
        ("Thời gian qua", None, None),
    ]
    # the same from the Excel facts file, whose dates are date cells
    assert run_statx("extract", str(article), "-o", str(tmp_path / "f.xlsx"), "--reference-date", "2023-08-01").returncode == 0
    again = run_statx("summarize", str(tmp_path / "f.xlsx"), "--by", "period", "-f", "jsonl")
    assert [json.loads(line) for line in again.stdout.decode().splitlines()] == got


def test_a_table_on_a_terminal_but_csv_into_a_pipe(facts: Path) -> None:
    piped = run_statx("summarize", str(facts))
    assert piped.stdout.decode().startswith("category,count,sum,min,max\n")
    table = run_statx("summarize", str(facts), "-f", "table")
    lines = table.stdout.decode().splitlines()
    assert any("money" in line and "1\u202f200\u202f000\u202f000" in line for line in lines)
    assert all(line[0] in "┏┃┡│└" for line in lines)


def test_an_article_is_not_a_facts_file(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text("Xã có 12 nhóm Zalo.\n", encoding="utf-8")
    done = run_statx("summarize", "article.txt", cwd=tmp_path)
    assert done.returncode == 1 and done.stdout == b""
    said = done.stderr.decode().splitlines()
    assert len(said) == 1 and said[0].startswith("statx: article.txt: not a facts file")
    (tmp_path / "other.csv").write_text("name,count\nxã,12\n", encoding="utf-8")
    done = run_statx("summarize", "other.csv", cwd=tmp_path)
    assert done.returncode == 1 and len(done.stderr.decode().splitlines()) == 1
    (tmp_path / "broken.jsonl").write_text('{"doc": "a", "value": 1}\n{not json\n', encoding="utf-8")
    done = run_statx("summarize", "broken.jsonl", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.decode().splitlines() == [
        "statx: broken.jsonl: not a facts file; statx summarize reads the CSV, JSON Lines or Excel file that statx extract writes"
    ]


def test_usage_errors_exit_2(facts: Path) -> None:
    bad = run_statx("summarize", str(facts), "--by", "category,colour")
    assert bad.returncode == 2
    assert bad.stderr.decode().startswith("statx: --by: no column colour; choose from doc, start, end,")
    assert run_statx("summarize", str(facts), "-f", "xlsx").returncode == 2  # xlsx needs -o
    assert run_statx("summarize").returncode == 2


def test_summary_in_excel(facts: Path, tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl", reason="Excel output is the optional extra statx[excel]")
    assert run_statx("summarize", str(facts), "--skip-parts", "-o", str(tmp_path / "s.xlsx")).returncode == 0
    sheet = openpyxl.load_workbook(tmp_path / "s.xlsx")["summary"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("category", "count", "sum", "min", "max")
    assert ("money", 1, 1_200_000_000, 1_200_000_000, 1_200_000_000) in rows
    assert sheet.freeze_panes == "A2"


def _ink_rows(png: Path) -> int:
    import matplotlib.image

    pixels = matplotlib.image.imread(png)
    return int(((pixels[..., :3] < 0.5).any(axis=2)).any(axis=1).sum())


def test_plots_have_a_panel_per_category_and_stay_a_readable_size(facts: Path, tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="plots are the optional extra statx[plot]")
    import matplotlib.image

    for by in ("category", "period", "actor"):
        png = tmp_path / f"{by}.png"
        done = run_statx("summarize", str(facts), "--by", by, "--plot", str(png), "-o", str(tmp_path / f"{by}.csv"))
        assert done.returncode == 0, done.stderr.decode()
        height, width = matplotlib.image.imread(png).shape[:2]
        assert width <= 1400 and height <= 2400  # not a 4,550-pixel strip
        assert _ink_rows(png) > (120 if by == "period" else 200)  # by period: only the four categories with dates
    # six categories in the sample: three rows of two panels, taller than one panel
    one = tmp_path / "one.csv"
    one.write_text(HEADER + "a.txt,0,1,x,5,exact,,trang,,social_account,,,,,,s,r,\n", encoding="utf-8")
    assert run_statx("summarize", str(one), "--plot", str(tmp_path / "one.png"), "-o", str(tmp_path / "o.csv")).returncode == 0
    assert (
        matplotlib.image.imread(tmp_path / "category.png").shape[0] > 2 * matplotlib.image.imread(tmp_path / "one.png").shape[0]
    )


def test_a_period_plot_is_a_time_series_of_the_facts_with_dates(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="plots are the optional extra statx[plot]")
    import matplotlib.image

    dated = ["a.txt,0,1,x,5,exact,,,,people,,,,năm 2023,,s,r,", "a.txt,2,3,x,8,exact,,,,people,,,,quý I/2024,,s,r,"]
    undated = ["a.txt,4,5,x,9,exact,,,,money,,,,hiện nay,,s,r,"]  # a category with no dates: no panel of its own
    (tmp_path / "both.csv").write_text(HEADER + "\n".join(dated + undated) + "\n", encoding="utf-8")
    (tmp_path / "dated.csv").write_text(HEADER + "\n".join(dated) + "\n", encoding="utf-8")
    for name in ("both", "dated"):
        done = run_statx(
            "summarize", f"{name}.csv", "--by", "period", "--plot", f"{name}.png", "-o", f"{name}.out.csv", cwd=tmp_path
        )
        assert done.returncode == 0, done.stderr.decode()
    assert matplotlib.image.imread(tmp_path / "both.png").shape == matplotlib.image.imread(tmp_path / "dated.png").shape
    assert _csv((tmp_path / "both.out.csv").read_bytes())[-1]["period"] == "hiện nay"  # the summary keeps them, last


def test_a_period_chart_puts_each_interval_on_a_date_axis_at_the_height_of_its_sum(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib", reason="plots are the optional extra statx[plot]")
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    from statx.plot import _time_series
    from statx.summary import load_facts, pivot

    rows = ["a.txt,0,1,x,40,exact,,,,people,,,,quý II/2022,,s,r,", "a.txt,2,3,x,15,exact,,,,people,,,,ngày 9/11/2021,,s,r,"]
    (tmp_path / "f.csv").write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    table = pivot(load_facts(str(tmp_path / "f.csv")), ["period"])
    assert list(table["period"]) == ["2021-11-09", "2022-Q2"]  # in time order
    fig, ax = plt.subplots()
    try:
        _time_series(ax, table, [float(v) for v in table["sum"]], [0, 1], list(table["period"]))
        (lines,) = ax.collections
        got = [[(mdates.num2date(x).date().isoformat(), y) for x, y in seg] for seg in lines.get_segments()]
        # a line from the first day to the end of the last (the day after it), at the sum; a single day too
        assert got == [
            [("2021-11-09", 15.0), ("2021-11-10", 15.0)],
            [("2022-04-01", 40.0), ("2022-07-01", 40.0)],
        ]
        assert isinstance(ax.xaxis.get_major_formatter(), mdates.ConciseDateFormatter)
        assert [t.get_text() for t in ax.texts] == ["2021-11-09", "2022-Q2"]
    finally:
        plt.close(fig)


def test_a_sum_of_decimals_prints_without_the_floats_tail(tmp_path: Path) -> None:
    rows = ["a.txt,0,1,x,0.1,exact,,,,percent,,,,,,s,r,", "a.txt,2,3,x,0.2,exact,,,,percent,,,,,,s,r,"]
    (tmp_path / "f.csv").write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    done = run_statx("summarize", "f.csv", "--by", "category", cwd=tmp_path)
    assert _csv(done.stdout) == [{"category": "percent", "count": "2", "sum": "0.3", "min": "0.1", "max": "0.2"}]
