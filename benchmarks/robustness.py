"""Bounded cost on hostile input: time grows with size, never faster; memory stays in bounds.

    python benchmarks/robustness.py            # the figures quoted in README.md
    python benchmarks/robustness.py --scale 0.5
    python benchmarks/robustness.py --only chain

Each family of pathological input is analysed (as ``statx extract`` analyses
one document, :func:`statx.batch.extract_document`) at three sizes, n, 2n and 4n,
each in a fresh process (so that its peak RSS is its own). The table gives the
CPU time at 4n (the process's own: on a shared machine the wall clock counts
other jobs' time too; the wall-clock time is given beside it), the CPU time ratio
per doubling ((t(4n) / t(n)) ** 0.5: near 2 is linear, near 4 quadratic) and the
peak RSS at 4n, with what it costs per byte of input above an empty run's.
Figures, not a test: nothing fails on a slow machine.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
ARTICLE = (ROOT / "samples" / "bao-ve-nen-tang-tu-tuong.txt").read_text(encoding="utf-8")

# name -> (builder of about n characters, n at scale 1)
CASES: dict[str, tuple[Callable[[int], str], int]] = {
    "article text on one line": (lambda n: (ARTICLE.replace("\n", " ") + " ") * max(1, n // len(ARTICLE)), 2_000_000),
    "digits in a row": (lambda n: "1" * n, 200_000),
    "digits and spaces": (lambda n: "12 " * (n // 3), 200_000),
    "qualifier words repeated": (lambda n: "hơn " * (n // 4) + "5 người", 200_000),
    "nested brackets": (lambda n: "(" * (n // 2) + "5 người" + ")" * (n // 2), 200_000),
    "one sentence listing counts": (lambda n: ", ".join(f"{i} người" for i in range(n // 10)), 100_000),
    "number words in a row": (lambda n: "hai mươi " * (n // 9), 100_000),
    "dates and codes": (lambda n: " ".join(["ngày 12/10/2023 số 35-NQ/TW"] * (n // 28)), 100_000),
    "huge spelled numbers": (lambda n: ("Có một" + " tỷ" * 40 + " người. ") * (n // 130), 100_000),
    # 36 KB to 144 KB, the size that took minutes when each digit rescanned the chain (48 KB: 25 s);
    # each size past the guard's 5,000 numbers (but '1-2/3.', a chain of dates, and '9.', no number)
    "chain '9.'": (lambda n: "9." * (n // 2), 36_000),
    "chain '1-'": (lambda n: "1-" * (n // 2), 36_000),
    "chain '1/'": (lambda n: "1/" * (n // 2), 36_000),
    "chain '1.000-'": (lambda n: "1.000-" * (n // 6), 36_000),
    "chain '1-2/3.'": (lambda n: "1-2/3." * (n // 6), 36_000),
}


def _one(name: str, size: int) -> None:
    """In a fresh process: analyse one input, print its size, time and peak RSS as JSON."""
    from statx.batch import extract_document
    from statx.read import Document

    text = CASES[name][0](size) if name != "empty" else ""
    t, cpu = time.perf_counter(), time.process_time()
    extract_document(Document("-", text))  # as a run reads one document: a window at a time
    elapsed, cpu = time.perf_counter() - t, time.process_time() - cpu
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # KiB on Linux
    print(json.dumps({"bytes": len(text.encode()), "seconds": elapsed, "cpu": cpu, "rss": rss}))


def _measure(name: str, size: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, __file__, "--one", name, str(size)], capture_output=True, text=True, check=True, timeout=3600
    )
    result: dict[str, float] = json.loads(done.stdout)
    return result


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every size by this")
    ap.add_argument("--only", help="only the families whose name contains this")
    ap.add_argument("--one", nargs=2, metavar=("NAME", "SIZE"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        _one(args.one[0], int(args.one[1]))
        return 0
    base = _measure("empty", 0)["rss"]
    print(f"(an empty run's peak RSS: {base / 1e6:.0f} MB)\n")
    print(
        "| input | size at 4n | CPU time at 4n | KB/s of CPU time | CPU time ratio per doubling | wall time at 4n "
        "| peak RSS at 4n | RSS per input byte |"
    )
    print("|---|---|---|---|---|---|---|---|")
    for name, (_, n) in CASES.items():
        if args.only and args.only not in name:
            continue
        n = max(100, int(n * args.scale))
        small, _, large = (_measure(name, k * n) for k in (1, 2, 4))
        ratio = (large["cpu"] / max(small["cpu"], 1e-6)) ** 0.5
        mb = large["bytes"] / 1e6
        per_byte = (large["rss"] - base) / max(large["bytes"], 1)
        print(
            f"| {name} | {mb:.2f} MB | {large['cpu']:.2f} s | {mb * 1000 / max(large['cpu'], 1e-9):.0f} "
            f"| {ratio:.2f}× | {large['seconds']:.2f} s | {large['rss'] / 1e6:.0f} MB | {per_byte:.0f} B |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
