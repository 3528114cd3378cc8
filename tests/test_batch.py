"""Batch runs as a user runs them: folders, HTML, dumps, encodings, cron state, Excel, summaries."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import signal
import subprocess
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import run_statx, statx_command, wait_for_output_in_progress

ARTICLE = (
    "Huyện tổng kết công tác năm\n\n14/11/2023 - 07:15\n\n"
    "Từ năm 2021 đến nay, Đảng bộ huyện có 27 trường hợp đảng viên vi phạm bị kỷ luật với các hình thức: "
    "khiển trách 19, cảnh cáo 6, khai trừ 2. Công an huyện đang quản lý 18 trang Fanpage với hơn 9.400 "
    "lượt người theo dõi; Hội Nông dân huyện có 26 trang Facebook và 93 nhóm Zalo, hoà nhập cộng đồng.\n"
)
FACTS = [27, 19, 6, 2, 18, 9400, 26, 93]

HTML = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Huyện tổng kết công tác năm</title>
<meta property="article:published_time" content="2023-11-14T07:15:00+07:00"></head><body>
<nav><ul><li><a href="/">Trang chủ</a></li><li><a href="/moi">999 tin mới</a></li></ul></nav>
<article><h1>Huyện tổng kết công tác năm</h1>
{"".join(f"<p>{p}</p>" for p in ARTICLE.split(chr(10))[4:] if p)}
</article><aside>Xem nhiều: 777 bài viết khác</aside><footer>Có 88 người đang truy cập.</footer></body></html>"""

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def windows_1258(text: str) -> bytes:
    """Text as Windows-1258 writes Vietnamese: base letters precomposed, tone marks combining."""
    out = []
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        base = "".join(c for c in d if c not in TONES)
        out.append(unicodedata.normalize("NFC", base) + "".join(c for c in d if c in TONES))
    return "".join(out).encode("cp1258")


def jsonl(rows: list[dict[str, object]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()


def values_by_doc(out: bytes) -> dict[str, list[float]]:
    got: dict[str, list[float]] = {}
    for line in out.decode().splitlines():
        f = json.loads(line)
        got.setdefault(f["doc"], []).append(f["value"])
    return got


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (d / "b.html").write_text(HTML, encoding="utf-8")
    (d / "sub" / "c.jsonl.gz").write_bytes(
        gzip.compress(jsonl([{"url": "u1", "content": ARTICLE}, {"url": "u2", "content": "Xã có 7 hộ nghèo."}]))
    )
    (d / "d-1258.txt").write_bytes(windows_1258(ARTICLE))
    (d / "e-utf16.txt").write_bytes(ARTICLE.encode("utf-16"))
    (d / "f-empty.txt").write_bytes(b"")
    (d / "g-binary.txt").write_bytes(bytes(range(256)) * 4)
    os.symlink(d / "nowhere.txt", d / "h-gone.txt")
    os.mkfifo(d / "i-fifo.txt")
    return d


def test_folder_of_mixed_inputs(folder: Path) -> None:
    done = run_statx("extract", "-f", "jsonl", "--jobs", "1", "in", cwd=folder.parent)
    assert done.returncode == 1
    assert sorted(done.stderr.decode().splitlines()) == [
        "statx: in/f-empty.txt: empty file",
        "statx: in/g-binary.txt: binary file (not text)",
        "statx: in/h-gone.txt: no such file",
        "statx: in/i-fifo.txt: not a regular file",
    ]
    got = values_by_doc(done.stdout)
    assert got["in/a.txt"] == FACTS
    assert got["in/d-1258.txt"] == FACTS
    assert got["in/e-utf16.txt"] == FACTS
    assert got["in/sub/c.jsonl.gz#u1"] == FACTS
    assert got["in/sub/c.jsonl.gz#u2"] == [7]
    assert got["in/b.html"] == FACTS  # the menu's 999, the aside's 777 and the footer's 88 are not the article


def test_same_facts_whatever_the_format_or_encoding(folder: Path) -> None:
    done = run_statx("extract", "-f", "jsonl", "--glob", "*.*", "in", cwd=folder.parent)
    keep = ("mention", "value", "qualifier", "unit", "category", "label", "actor", "published")
    by_doc: dict[str, list[tuple[object, ...]]] = {}
    for line in done.stdout.decode().splitlines():
        f = json.loads(line)
        by_doc.setdefault(f["doc"], []).append(tuple(f[k] for k in keep))
    plain = by_doc["in/a.txt"]
    for doc in ("in/d-1258.txt", "in/e-utf16.txt", "in/sub/c.jsonl.gz#u1"):
        assert by_doc[doc] == plain, doc
    html = by_doc["in/b.html"]
    assert [f[:7] for f in html] == [f[:7] for f in plain]
    assert {f[7] for f in html} == {"2023-11-14"}


def test_windows_1258_offsets_point_into_nfc_text(folder: Path) -> None:
    done = run_statx("extract", "-f", "jsonl", "in/d-1258.txt", cwd=folder.parent)
    text = unicodedata.normalize("NFC", ARTICLE)
    for line in done.stdout.decode().splitlines():
        f = json.loads(line)
        assert text[f["start"] : f["end"]] == f["mention"]


def test_glob_and_from_list(folder: Path) -> None:
    done = run_statx("extract", "-f", "jsonl", "--glob", "*.html", "in", cwd=folder.parent)
    assert done.returncode == 0
    assert set(values_by_doc(done.stdout)) == {"in/b.html"}
    listing = "in/a.txt\nin/e-utf16.txt\n"
    done = run_statx("extract", "-f", "jsonl", "--from-list", "-", cwd=folder.parent, stdin=listing.encode())
    assert list(values_by_doc(done.stdout)) == ["in/a.txt", "in/e-utf16.txt"]


def test_dump_fields_chosen_by_name(tmp_path: Path) -> None:
    (tmp_path / "dump.csv").write_text("link,noidung\nhttps://x/1,Xã có 12 hộ nghèo.\nhttps://x/2,\n", encoding="utf-8")
    done = run_statx("extract", "-f", "jsonl", "--text-field", "noidung", "--id-field", "link", "dump.csv", cwd=tmp_path)
    assert done.returncode == 1
    assert values_by_doc(done.stdout) == {"dump.csv#https://x/1": [12]}
    assert (
        done.stderr.decode().strip() == "statx: dump.csv#https://x/2: no text in field 'noidung' (choose one with --text-field)"
    )


def test_gzip_bomb_is_refused(tmp_path: Path) -> None:
    (tmp_path / "bomb.txt.gz").write_bytes(gzip.compress(b"a" * 5_000_000))
    done = run_statx("extract", "--max-bytes", "1000000", "bomb.txt.gz", cwd=tmp_path)
    assert done.returncode == 1
    assert "decompresses to more than the limit of 1,000,000 bytes" in done.stderr.decode()


def test_jobs_give_byte_identical_output(folder: Path) -> None:
    for n in range(12):
        (folder / f"copy{n:02}.txt").write_text(ARTICLE.replace("27", str(40 + n)), encoding="utf-8")
    one = run_statx("extract", "-f", "csv", "--jobs", "1", "in", cwd=folder.parent)
    two = run_statx("extract", "-f", "csv", "--jobs", "2", "in", cwd=folder.parent)
    assert one.stdout == two.stdout
    assert one.stdout.count(b"\n") > 100


def test_facts_cross_processes_and_become_rows_whole() -> None:
    """A fact pickled to another process comes back equal, field for field; its row holds every column."""
    import dataclasses
    import pickle

    from statx import COLUMNS, extract

    facts = extract(ARTICLE, doc="a.txt")
    assert len(facts) == len(FACTS)
    for fact in facts:
        back = pickle.loads(pickle.dumps(fact))
        assert back == fact and dataclasses.astuple(back) == dataclasses.astuple(fact)
        assert fact.as_dict() == dataclasses.asdict(fact)
        assert list(fact.as_dict()) == list(COLUMNS)


def _square(n: int) -> int:
    return n * n


def test_parallel_map_keeps_input_order_across_batches_and_local_items() -> None:
    from statx.batch import BATCH_BYTES, ordered_map

    items = list(range(200))
    # sizes that close batches early, late and at once; every 17th item runs in this process
    sizes = {n: (BATCH_BYTES if n % 29 == 0 else 1000 * (n % 7)) for n in items}
    got = list(ordered_map(_square, items, jobs=2, local=lambda n: n % 17 == 0, size=sizes.__getitem__))
    assert got == [n * n for n in items]


def test_cron_runs_process_only_new_inputs(tmp_path: Path) -> None:
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (news / "b.txt").write_text("Xã có 7 hộ nghèo.", encoding="utf-8")
    args = ["extract", "news", "--state", "state.json", "-o", "facts.csv", "-q"]
    first = run_statx(*args, cwd=tmp_path)
    assert first.returncode == 0 and first.stderr == b""
    (news / "c.txt").write_text("Phường có 9 tổ dân phố và 3 trường học.", encoding="utf-8")
    os.utime(news / "a.txt")  # touched, not changed: not read again
    second = run_statx(*args[:-1], cwd=tmp_path)
    assert second.returncode == 0
    assert second.stderr.decode().strip() == "statx: 1 new or changed inputs, 2 facts written to facts.csv"
    rows = list(csv.DictReader((tmp_path / "facts.csv").open(encoding="utf-8")))
    assert [(r["doc"], r["value"]) for r in rows] == [
        *[("news/a.txt", str(v)) for v in FACTS],
        ("news/b.txt", "7"),
        ("news/c.txt", "9"),
        ("news/c.txt", "3"),
    ]
    # a changed input replaces its facts: each fact stands once
    (news / "b.txt").write_text("Xã có 8 hộ nghèo.", encoding="utf-8")
    run_statx(*args, cwd=tmp_path)
    rows = list(csv.DictReader((tmp_path / "facts.csv").open(encoding="utf-8")))
    assert [(r["doc"], r["value"]) for r in rows if r["doc"] == "news/b.txt"] == [("news/b.txt", "8")]
    assert len(rows) == len(FACTS) + 3
    assert (tmp_path / "facts.csv").read_text(encoding="utf-8").count("doc,start,end") == 1


def test_second_run_on_a_locked_state_gives_up_clearly(tmp_path: Path) -> None:
    import fcntl

    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    with open(tmp_path / "state.json.lock", "a+") as held:
        fcntl.flock(held.fileno(), fcntl.LOCK_EX)
        done = run_statx("extract", "a.txt", "--state", "state.json", "-o", "f.csv", "--lock-wait", "0.3", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.decode().strip() == "statx: state.json is in use by another statx run"
    assert not (tmp_path / "f.csv").exists()


@pytest.mark.parametrize(("sig", "jobs"), [(signal.SIGTERM, "1"), (signal.SIGKILL, "1"), (signal.SIGTERM, "2")])
def test_killed_run_leaves_the_previous_output_intact(tmp_path: Path, sig: int, jobs: str) -> None:
    big = tmp_path / "big"
    big.mkdir()
    for n in range(400):
        (big / f"{n:04}.txt").write_text(ARTICLE * 20, encoding="utf-8")
    (tmp_path / "facts.csv").write_text("previous,run\n", encoding="utf-8")
    proc = subprocess.Popen([*statx_command(), "extract", "big", "-o", "facts.csv", "-j", jobs], cwd=tmp_path)
    wait_for_output_in_progress(tmp_path, "facts.csv")
    assert proc.poll() is None, "the run ended before it could be killed; make the input bigger"
    proc.send_signal(sig)
    proc.wait(timeout=30)
    assert (tmp_path / "facts.csv").read_text(encoding="utf-8") == "previous,run\n"
    if sig == signal.SIGTERM:
        assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_excel_output_reads_back_as_the_csv(folder: Path) -> None:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("openpyxl", reason="Excel output is the optional extra statx[excel]")
    run_statx("extract", "in/a.txt", "in/sub/c.jsonl.gz", "-o", "facts.xlsx", cwd=folder.parent)
    run_statx("extract", "in/a.txt", "in/sub/c.jsonl.gz", "-o", "facts.csv", cwd=folder.parent)
    xl = pd.read_excel(folder.parent / "facts.xlsx", sheet_name="facts", keep_default_na=False)
    cs = pd.read_csv(folder.parent / "facts.csv", keep_default_na=False)
    for column in ("published", "period_start", "period_end"):  # date cells in Excel, ISO dates in CSV
        xl[column] = xl[column].map(lambda d: d.strftime("%Y-%m-%d") if hasattr(d, "strftime") else d)
    assert xl.astype(str).values.tolist() == cs.astype(str).values.tolist()
    docs = pd.read_excel(folder.parent / "facts.xlsx", sheet_name="documents")
    assert dict(zip(docs["doc"], docs["facts"], strict=True)) == {
        "in/a.txt": 8,
        "in/sub/c.jsonl.gz#u1": 8,
        "in/sub/c.jsonl.gz#u2": 1,
    }


def test_bom_for_excel_on_windows(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    run_statx("extract", "a.txt", "--bom", "-o", "facts.csv", cwd=tmp_path)
    assert (tmp_path / "facts.csv").read_bytes().startswith(b"\xef\xbb\xbfdoc,start")
    run_statx("extract", "a.txt", "-o", "plain.csv", cwd=tmp_path)
    assert (tmp_path / "plain.csv").read_bytes().startswith(b"doc,start")


def test_summarize_by_category_matches_the_csv(folder: Path) -> None:
    run_statx("extract", "in", "-o", "facts.csv", cwd=folder.parent)
    done = run_statx("summarize", "facts.csv", "--by", "category", "-f", "csv", cwd=folder.parent)
    assert done.returncode == 0
    summary = {r["category"]: r for r in csv.DictReader(io.StringIO(done.stdout.decode()))}
    sums: dict[str, float] = {}
    counts: dict[str, int] = {}
    for r in csv.DictReader((folder.parent / "facts.csv").open(encoding="utf-8")):
        sums[r["category"]] = sums.get(r["category"], 0) + float(r["value"])
        counts[r["category"]] = counts.get(r["category"], 0) + 1
    assert {k: float(v["sum"]) for k, v in summary.items()} == sums
    assert {k: int(v["count"]) for k, v in summary.items()} == counts


def test_summarize_plot_writes_a_real_png(folder: Path) -> None:
    pytest.importorskip("matplotlib", reason="plots are the optional extra statx[plot]")
    import matplotlib.image

    run_statx("extract", "in", "-o", "facts.jsonl", cwd=folder.parent)
    done = run_statx("summarize", "facts.jsonl", "--by", "category,actor", "--plot", "chart.png", cwd=folder.parent)
    assert done.returncode == 0, done.stderr.decode()
    png = folder.parent / "chart.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    pixels = matplotlib.image.imread(png)
    assert pixels.shape[0] >= 300 and pixels.shape[1] >= 500
    assert (pixels[..., :3] < 0.5).mean() > 0.01  # ink: bars, labels, axes


def test_head_ends_quietly(folder: Path) -> None:
    for n in range(200):
        (folder / f"x{n:03}.txt").write_text(ARTICLE, encoding="utf-8")
    cmd = " ".join(statx_command()) + " extract in -f csv | head -3"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], cwd=folder.parent, capture_output=True, timeout=120)
    assert done.stdout.decode().count("\n") == 3
    assert b"Traceback" not in done.stderr and b"BrokenPipe" not in done.stderr


def test_errors_are_one_line_and_verbose_shows_the_traceback(tmp_path: Path) -> None:
    (tmp_path / "facts.csv").write_text("not,statx,columns\n1,2,3\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    done = run_statx("extract", "a.txt", "--state", "s.json", "-o", "facts.csv", cwd=tmp_path)
    assert done.returncode == 1
    assert done.stderr.decode().splitlines() == [
        "statx: facts.csv has other columns than statx writes ('not', 'statx', 'columns'); not appending to it: "
        "write to a new file, or remove those columns"
    ]


def test_summarize_can_leave_breakdown_parts_out(folder: Path) -> None:
    run_statx("extract", "in/a.txt", "-o", "facts.csv", cwd=folder.parent)
    done = run_statx("summarize", "facts.csv", "--by", "category", "--skip-parts", "-f", "jsonl", cwd=folder.parent)
    rows = {r["category"]: r for r in map(json.loads, done.stdout.decode().splitlines())}
    assert (rows["discipline"]["count"], rows["discipline"]["sum"]) == (1, 27)
