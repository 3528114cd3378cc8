"""statx's speed, start-up and memory, against baselines measured in the same run.

    python benchmarks/run.py                 # the full run quoted in README.md (a few minutes)
    python benchmarks/run.py --size-mb 1 --files 500 --nlp-kb 20   # a quick look

Prints a Markdown report: throughput of one process and of --jobs N (each the
best of --repeat runs, as the machine's other load only ever slows a run), of
the library and of the `statx extract` command writing a CSV, the
bare regex floor (reading the same files; also on text in memory) and the
underthesea-per-sentence pipeline on the same text, the
start-up of `statx --version` and `statx extract` against `python -c pass`, and
peak RSS extracting many small files. Ratios are computed within the run, so
they hold on a busy machine. Nothing here is a test: no figure fails anything.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "corpus" / "dev"
SAMPLES = ROOT / "samples"
STATX = str(Path(sys.executable).with_name("statx"))


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(next(x for x in Path("/proc/meminfo").read_text().splitlines() if x.startswith("MemTotal")).split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration, ValueError):
        pass
    return f"{cpu}, {os.cpu_count()} cores{mem}, Python {platform.python_version()}, {platform.system()}"


def articles() -> list[tuple[str, str]]:
    sources = sorted(DEV.glob("*.txt")) if DEV.exists() else []
    sources += sorted(SAMPLES.glob("*.txt"))
    return [(p.name, p.read_text(encoding="utf-8")) for p in sources]


def make_corpus(folder: Path, size_mb: float) -> tuple[list[str], int]:
    base = articles()
    names: list[str] = []
    total = 0
    n = 0
    while total < size_mb * 1e6:
        name, text = base[n % len(base)]
        path = folder / f"{n:06d}-{name}"
        path.write_text(text, encoding="utf-8")
        names.append(str(path))
        total += len(text.encode())
        n += 1
    return names, total


def timed(fn: Callable[[], object], repeat: int = 1) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best


def wall(cmd: list[str], repeat: int = 7) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def peak_rss_mb(cmd: list[str]) -> float:
    """Peak resident memory of a command and its children, in MB (Linux: ru_maxrss in KB)."""
    code = (
        "import resource, subprocess, sys\n"
        f"subprocess.run({cmd!r}, check=True, capture_output=True)\n"
        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return int(out.stdout.strip()) / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--size-mb", type=float, default=10.0, help="corpus size for throughput (default 10)")
    ap.add_argument("--files", type=int, default=10_000, help="small files for the memory run (default 10000)")
    ap.add_argument("--nlp-kb", type=float, default=100.0, help="text for the underthesea baseline, KB (default 100)")
    ap.add_argument("--jobs", type=int, default=os.cpu_count() or 2, help="processes for the parallel run")
    ap.add_argument("--repeat", type=int, default=3, help="runs of each throughput measure; the best counts (default 3)")
    args = ap.parse_args()

    sys.path.insert(0, str(ROOT))
    from statx.batch import process_input, run

    rows: list[tuple[str, str]] = []
    work = Path(tempfile.mkdtemp(prefix="statx-bench-"))
    try:
        (work / "corpus").mkdir()
        names, nbytes = make_corpus(work / "corpus", args.size_mb)
        mb = nbytes / 1e6
        texts = [Path(n).read_text(encoding="utf-8") for n in names]

        # the floor: finding digit strings, nothing more; reading the files as statx does, and in memory
        digits = re.compile(r"\d+(?:[.,]\d+)*")
        t_regex_files = timed(lambda: [digits.findall(Path(n).read_text(encoding="utf-8")) for n in names], args.repeat)
        t_regex = timed(lambda: [digits.findall(t) for t in texts], args.repeat)

        # statx, one process, reading the files as the CLI does and taking each file's facts as
        # they come (the CLI streams them to its output; it holds no corpus of results)
        process_input(names[0])  # load lexicons and regexes once, as a long run does
        t_one = timed(lambda: sum(len(process_input(n).facts) for n in names), args.repeat)

        # statx, --jobs N
        t_jobs = timed(lambda: sum(len(r.facts) for r in run(names, jobs=args.jobs)), args.repeat)

        # the command a user runs, start-up and CSV writing included
        def command(jobs: int) -> None:
            out = str(work / "facts.csv")
            subprocess.run([STATX, "extract", str(work / "corpus"), "-o", out, "-j", str(jobs), "-q"], check=True)

        t_cli_one = timed(lambda: command(1), args.repeat)
        t_cli_jobs = timed(lambda: command(args.jobs), args.repeat)

        # what a Vietnamese NLP user writes first: sentences, then pos_tag on each
        from underthesea import pos_tag, sent_tokenize

        sample, size = [], 0
        for t in texts:
            if size >= args.nlp_kb * 1000:
                break
            sample.append(t)
            size += len(t.encode())
        pos_tag("khởi động")  # model load outside the timing
        t_nlp = timed(lambda: [pos_tag(s) for t in sample for s in sent_tokenize(t)])
        nlp_mb_s = size / 1e6 / t_nlp

        one_mb_s, jobs_mb_s, regex_mb_s, files_mb_s = mb / t_one, mb / t_jobs, mb / t_regex, mb / t_regex_files
        rows += [
            ("corpus", f"{mb:.1f} MB, {len(names)} articles (dev corpus + samples, repeated)"),
            ("statx, one process", f"{one_mb_s:.2f} MB/s, {len(names) / t_one:.0f} articles/s"),
            (f"statx, --jobs {args.jobs}", f"{jobs_mb_s:.2f} MB/s, {len(names) / t_jobs:.0f} articles/s"),
            (
                "`statx extract corpus/ -o facts.csv -j 1`",
                f"{mb / t_cli_one:.2f} MB/s ({t_cli_one:.1f} s, start-up and writing included)",
            ),
            (f"`statx extract corpus/ -o facts.csv -j {args.jobs}`", f"{mb / t_cli_jobs:.2f} MB/s ({t_cli_jobs:.1f} s)"),
            (f"--jobs {args.jobs} / one process", f"{jobs_mb_s / one_mb_s:.2f}×"),
            (
                "bare regex pass over the files (floor)",
                f"{files_mb_s:.1f} MB/s; statx is {files_mb_s / one_mb_s:.1f}× slower",
            ),
            ("bare regex pass, text already in memory", f"{regex_mb_s:.1f} MB/s ({regex_mb_s / one_mb_s:.1f}× statx)"),
            (
                "underthesea sent_tokenize + pos_tag per sentence",
                f"{nlp_mb_s:.3f} MB/s on {size / 1000:.0f} KB; statx is {one_mb_s / nlp_mb_s:.0f}× faster",
            ),
        ]

        # start-up
        small = names[0]
        t_pass = wall([sys.executable, "-c", "pass"])
        t_version = wall([STATX, "--version"])
        t_small = wall([STATX, "extract", small, "-f", "csv"])
        rows += [
            ("python -c pass", f"{t_pass * 1000:.0f} ms"),
            ("statx --version", f"{t_version * 1000:.0f} ms ({t_version / t_pass:.1f}× python -c pass)"),
            ("statx extract one article", f"{t_small * 1000:.0f} ms"),
        ]

        # memory: many small files into one CSV, one process, and a tenth as many
        many = work / "many"
        many.mkdir()
        base = articles()
        for i in range(args.files):
            _name, text = base[i % len(base)]
            (many / f"{i:06d}.txt").write_text(text[:1500], encoding="utf-8")
        few = work / "few"
        few.mkdir()
        for p in sorted(many.iterdir())[: max(1, args.files // 10)]:
            shutil.copy(p, few / p.name)
        rss_many = peak_rss_mb([STATX, "extract", str(many), "-o", str(work / "many.csv"), "-j", "1", "-q"])
        rss_few = peak_rss_mb([STATX, "extract", str(few), "-o", str(work / "few.csv"), "-j", "1", "-q"])
        rows += [
            (f"peak RSS, {args.files:,} files → CSV", f"{rss_many:.0f} MB"),
            (f"peak RSS, {max(1, args.files // 10):,} files → CSV", f"{rss_few:.0f} MB"),
        ]
    finally:
        shutil.rmtree(work, ignore_errors=True)

    print(f"statx benchmark — {time.strftime('%Y-%m-%d')} — {machine()}\n")
    print("| measure | result |\n|---|---|")
    for k, v in rows:
        print(f"| {k} | {v} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
