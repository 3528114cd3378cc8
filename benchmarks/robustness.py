"""Bounded cost on hostile input: time grows with size, never faster.

    python benchmarks/robustness.py            # the figures quoted in README.md
    python benchmarks/robustness.py --scale 0.1

For each kind of pathological input, extraction is timed at a size and at
twice that size; the ratio of the times should stay near 2 (linear). A ratio
far above 2 would be a quadratic path or a regex backtracking. Figures, not a
test: nothing fails on a slow machine.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
ARTICLE = (ROOT / "samples" / "bao-ve-nen-tang-tu-tuong.txt").read_text(encoding="utf-8")

CASES: dict[str, Callable[[int], str]] = {
    "article text on one line": lambda n: (ARTICLE.replace("\n", " ") + " ") * max(1, n // len(ARTICLE)),
    "digits in a row": lambda n: "1" * n,
    "qualifier words repeated": lambda n: "hơn " * (n // 4) + "5 người",
    "nested brackets": lambda n: "(" * (n // 2) + "5 người" + ")" * (n // 2),
    "one sentence listing counts": lambda n: ", ".join(f"{i} người" for i in range(n // 10)),
    "number words in a row": lambda n: "hai mươi " * (n // 9),
    "dates and codes": lambda n: " ".join(["ngày 12/10/2023 số 35-NQ/TW"] * (n // 28)),
}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--scale", type=float, default=1.0, help="1.0: the single-line case reaches 20 MB")
    args = ap.parse_args()
    from statx import analyze

    print("| input | size | time | MB/s | time at 2× size |")
    print("|---|---|---|---|---|")
    for name, make in CASES.items():
        n = int((10_000_000 if name.startswith("article") else 200_000) * args.scale)
        times = []
        for size in (n, 2 * n):
            text = make(size)
            t = time.perf_counter()
            analyze(text)
            times.append((len(text.encode()), time.perf_counter() - t))
        (b1, t1), (b2, t2) = times
        print(f"| {name} | {b1 / 1e6:.2f} MB | {t1:.2f} s | {b1 / 1e6 / t1:.2f} | {t2 / t1:.2f}× ({b2 / 1e6:.2f} MB) |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
