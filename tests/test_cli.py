"""The installed `statx` command, run as a user runs it."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

from tests.conftest import run_statx

ARTICLE = "Huyện có 18 trang Fanpage với hơn 9.400 lượt người theo dõi.\n"


def test_version() -> None:
    done = run_statx("--version")
    assert done.returncode == 0
    assert done.stdout.decode().startswith("statx ")


def test_csv_by_default_when_piped(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    done = run_statx("extract", "a.txt", cwd=tmp_path)
    assert done.returncode == 0
    rows = list(csv.DictReader(io.StringIO(done.stdout.decode())))
    assert [(r["doc"], r["mention"], r["value"], r["category"]) for r in rows] == [
        ("a.txt", "18", "18", "social_account"),
        ("a.txt", "9.400", "9400", "audience"),
    ]


def test_stdin_and_jsonl() -> None:
    done = run_statx("extract", "--format", "jsonl", "-", stdin=ARTICLE.encode())
    assert done.returncode == 0
    facts = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert [(f["doc"], f["value"], f["qualifier"]) for f in facts] == [("-", 18, "exact"), ("-", 9400, "more_than")]


def test_bad_inputs_are_named_and_the_rest_still_processed(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "binary.bin").write_bytes(b"\x00\x01\x02PK\x03\x04" * 10)
    (tmp_path / "latin.txt").write_bytes("Có 5 người".encode() + b"\xff\xfe\xfa")
    done = run_statx("extract", "--format", "jsonl", "missing.txt", "binary.bin", "good.txt", "latin.txt", cwd=tmp_path)
    assert done.returncode == 1
    err = done.stderr.decode().splitlines()
    assert err == [
        "statx: missing.txt: no such file",
        "statx: binary.bin: binary file (not text)",
        "statx: latin.txt: not UTF-8 text (undecodable byte at offset 14) and no other encoding fits",
    ]
    assert [json.loads(line)["doc"] for line in done.stdout.decode().splitlines()] == ["good.txt", "good.txt"]


def test_utf8_bom_and_utf16_read_the_same(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode("utf-8"))
    (tmp_path / "u16.txt").write_bytes(ARTICLE.encode("utf-16"))
    a = run_statx("extract", "-f", "jsonl", "bom.txt", cwd=tmp_path)
    b = run_statx("extract", "-f", "jsonl", "u16.txt", cwd=tmp_path)
    strip = [{k: v for k, v in json.loads(x).items() if k != "doc"} for x in a.stdout.decode().splitlines()]
    strip16 = [{k: v for k, v in json.loads(x).items() if k != "doc"} for x in b.stdout.decode().splitlines()]
    assert strip == strip16 and len(strip) == 2


def test_usage_error_exits_2() -> None:
    assert run_statx("extract", "--format", "xml", "a.txt").returncode == 2
    assert run_statx("no-such-command").returncode == 2


def test_output_file_written_whole(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    done = run_statx("extract", "a.txt", "-o", "facts.jsonl", cwd=tmp_path)
    assert done.returncode == 0 and done.stdout == b""
    lines = (tmp_path / "facts.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["value"] for x in lines] == [18, 9400]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_failed_run_leaves_previous_output(tmp_path: Path) -> None:
    (tmp_path / "facts.csv").write_text("old,contents\n", encoding="utf-8")
    done = run_statx("extract", "missing.txt", "also-missing.txt", "-o", "facts.csv", cwd=tmp_path)
    assert done.returncode == 1
    # a run whose inputs all failed leaves the user's previous output as it was
    assert (tmp_path / "facts.csv").read_text(encoding="utf-8") == "old,contents\n"
    assert done.stderr.decode().splitlines() == [
        "statx: missing.txt: no such file",
        "statx: also-missing.txt: no such file",
        "statx: every input failed; facts.csv left as it was",
    ]
    assert [p.name for p in tmp_path.iterdir()] == ["facts.csv"]


def test_a_run_with_one_good_input_replaces_the_output(tmp_path: Path) -> None:
    (tmp_path / "facts.csv").write_text("old,contents\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    done = run_statx("extract", "missing.txt", "a.txt", "-o", "facts.csv", cwd=tmp_path)
    assert done.returncode == 1
    rows = list(csv.DictReader(io.StringIO((tmp_path / "facts.csv").read_text(encoding="utf-8"))))
    assert [(r["doc"], r["value"]) for r in rows] == [("a.txt", "18"), ("a.txt", "9400")]


def test_table_format_prints_facts() -> None:
    done = run_statx("extract", "--format", "table", "-", stdin=ARTICLE.encode())
    assert done.returncode == 0
    out = done.stdout.decode()
    assert "9.400" in out and "audience" in out and "social_account" in out


def test_check_lists_only_totals_that_do_not_add_up() -> None:
    text = "Tỉnh có 30 nhóm Zalo (12 nhóm của huyện, 25 nhóm của xã). Huyện có 10 trang, gồm 4 trang Fanpage, 6 trang Facebook."
    done = run_statx("extract", "--check", "-f", "jsonl", "-", stdin=text.encode())
    facts = [json.loads(x) for x in done.stdout.decode().splitlines()]
    assert [(f["value"], f["check"]) for f in facts] == [(30, "over: parts sum to 37")]


def test_explain_marks_every_number_with_its_fate() -> None:
    text = "Ngày 14/11/2023, BCĐ 35 có 27 trường hợp bị kỷ luật: khiển trách 19, cảnh cáo 6, khai trừ 2. Qua 5 năm, đại dịch Covid-19."
    done = run_statx("explain", "-", stdin=text.encode())
    assert done.returncode == 0
    out = done.stdout.decode()
    assert "14/11/2023⟨date⟩" in out
    assert "BCĐ 35⟨ordinal or name⟩" in out
    assert "27⟨discipline 27 [ok]⟩" in out
    assert "khiển trách 19⟨discipline 19 khiển trách⟩" in out
    assert "5⟨duration⟩ năm" in out
    assert "Covid-19⟨code⟩" in out
    assert "4 facts" in out


def test_explain_names_a_missing_file() -> None:
    done = run_statx("explain", "nope.txt")
    assert done.returncode == 1
    assert done.stderr.decode().strip() == "statx: nope.txt: no such file"


def test_an_empty_folder_says_so_and_succeeds(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    done = run_statx("extract", "news", "--glob", "*.html", cwd=tmp_path)
    assert done.returncode == 0
    assert done.stderr.decode().strip() == "statx: no input files in news matching '*.html'"
    assert run_statx("extract", "news", "-q", cwd=tmp_path).stderr == b""


def test_h_is_help_and_metavars_are_words() -> None:
    for command in ([], ["extract"], ["explain"], ["summarize"]):
        short, long = run_statx(*command, "-h"), run_statx(*command, "--help")
        assert short.returncode == 0 and short.stdout == long.stdout
        text = short.stdout.decode()
        assert not re.search(r"<[a-z]+[^>]*>", text.replace("#<id>", "")), text  # no <str>, <int range>, <list[str]>
    extract = run_statx("extract", "-h").stdout.decode()
    assert "Usage: statx extract [OPTIONS] [PATH]..." in extract
    for shown in (
        "-o, --output FILE",
        "--from-list FILE",
        "-j, --jobs N",
        "--max-bytes N",
        "--glob PATTERN",
        "--lock-wait SECONDS",
    ):
        assert shown in extract
    assert "Usage: statx explain [OPTIONS] [FILE]" in run_statx("explain", "-h").stdout.decode()
    assert "Usage: statx summarize [OPTIONS] [FACTS]" in run_statx("summarize", "-h").stdout.decode()


def test_bad_option_values_are_one_plain_line_and_exit_2() -> None:
    cases = {
        ("-f", "cvs"): "statx: --format: choose table, csv, jsonl or xlsx, not 'cvs'",
        ("--jobs", "0"): "statx: --jobs: give a number of at least 1, not '0'",
        ("--max-bytes", "lots"): "statx: --max-bytes: give a whole number, not 'lots'",
        ("--lock-wait", "soon"): "statx: --lock-wait: give a number of seconds, not 'soon'",
    }
    for args, message in cases.items():
        done = run_statx("extract", *args, "-", stdin=ARTICLE.encode())
        assert done.returncode == 2, args
        assert done.stderr.decode().splitlines() == [message]
        assert done.stdout == b""


def test_head_ends_quietly_with_the_documented_code(tmp_path: Path) -> None:
    import subprocess

    from tests.conftest import statx_command

    for n in range(300):
        (tmp_path / f"{n:03}.txt").write_text(ARTICLE * 20, encoding="utf-8")
    cmd = " ".join(statx_command()) + " extract -j 1 . | head -2"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", cmd], cwd=tmp_path, capture_output=True, timeout=120, check=False)
    assert done.stdout.decode().startswith("doc,start,end,") and done.stdout.count(b"\n") == 2
    assert done.stderr == b""
    assert done.returncode == 141  # killed by SIGPIPE, as `yes | head` is: README's exit codes say so


def test_a_broken_install_names_the_module_really_missing(tmp_path: Path) -> None:
    """trafilatura installed but its HTML cleaner not: the message says so, and -v shows where."""
    import os
    import subprocess

    from tests.conftest import statx_command

    shadow = tmp_path / "shadow" / "lxml_html_clean"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text(
        "raise ModuleNotFoundError(\"No module named 'lxml_html_clean'\", name='lxml_html_clean')\n"
    )
    (tmp_path / "page.html").write_text(
        "<html><body><article><p>Xã có 12 nhóm Zalo.</p></article></body></html>", encoding="utf-8"
    )
    env = {**os.environ, "PYTHONPATH": str(shadow.parent)}
    done = subprocess.run(
        [*statx_command(), "extract", "page.html", "-o", "f.csv"], cwd=tmp_path, env=env, capture_output=True, check=False
    )
    assert done.returncode == 1
    said = done.stderr.decode().splitlines()
    assert len(said) == 1 and said[0].startswith("statx: reading HTML: trafilatura cannot be imported (")
    assert "lxml_html_clean" in said[0] and not (tmp_path / "f.csv").exists()
    verbose = subprocess.run(
        [*statx_command(), "-v", "extract", "page.html", "-o", "f.csv"], cwd=tmp_path, env=env, capture_output=True, check=False
    )
    assert verbose.returncode == 1
    err = verbose.stderr.decode()
    assert "Traceback (most recent call last)" in err and "lxml_html_clean" in err and "MissingPackage" in err


def test_html_reads_on_this_install(tmp_path: Path) -> None:
    """Every input kind the README names reads on a plain install: no package missing."""
    (tmp_path / "page.html").write_text(
        "<html><head><title>Tin</title></head><body><article><p>Xã có 12 nhóm Zalo kết nối với người dân trong năm qua.</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    done = run_statx("extract", "-f", "jsonl", "page.html", cwd=tmp_path)
    assert done.returncode == 0, done.stderr.decode()
    assert [json.loads(x)["value"] for x in done.stdout.decode().splitlines()] == [12]
