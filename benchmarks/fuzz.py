"""Fuzz statx's extraction entry points for a set time; report crashes and slow inputs.

    python benchmarks/fuzz.py --minutes 10
    python benchmarks/fuzz.py --minutes 1 --seed 7

Each round builds an input from random pieces (digits, separators, Vietnamese
letters and number words, qualifiers, units, brackets, quotes, dates, codes,
random bytes) and runs it through :func:`statx.read.decode` and
:func:`statx.analyze`, checking the contract on every fact (span points at the
mention, spans in order, values finite and within 10^18). A crash is any exception or broken
contract; a slow input is one read at less than ``--min-kb-s`` KB a second
(the cost must grow with the size of the input, never faster).
Both are printed with the seed and round that reproduce them.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import random
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PIECES: list[str] = [
    *"0123456789",
    *" .,;:-–—/%()[]{}“”\"'\n\t+=@#&*",
    *"aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯZQWF",
    *"àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ",
    "\u0300",
    "\u0301",
    "\u0323",
    "\ufeff",
    "\u200b",
    " một ",
    " hai ",
    " ba ",
    " năm ",
    " mười ",
    " mươi ",
    " lăm ",
    " mốt ",
    " tư ",
    " trăm ",
    " linh ",
    " lẻ ",
    " nghìn ",
    " ngàn ",
    " vạn ",
    " triệu ",
    " tỷ ",
    " tỉ ",
    " phẩy ",
    " rưỡi ",
    " âm ",
    " hơn ",
    " gần ",
    " khoảng ",
    " ít nhất ",
    " từ ",
    " đến ",
    " trở lên ",
    " trên tổng số ",
    " trong đó ",
    " gồm ",
    ": ",
    " người",
    " trang",
    " nhóm",
    " lượt",
    " đồng",
    " USD",
    " %",
    " phần trăm",
    " kỷ luật",
    " khiển trách",
    " Fanpage",
    " ngày 12/10/2023",
    " 35-NQ/TW",
    " năm 2020",
    " 17h30",
    " 0912 345 678",
    " Covid-19",
    " 1.200.000",
    " 1,5",
    " 100K",
    " 2tr5",
    " 10-15",
    " 1/3",
    "9.",
    "1-",
    "1/",
    "1.000-",
    "1-2/3.",
    " một tỷ tỷ tỷ tỷ tỷ tỷ tỷ",
    "\n\n",
]


VALUE_BOUND = 10**18


def make_input(rng: random.Random) -> str:
    kind = rng.random()
    if kind < 0.05:
        return rng.randbytes(rng.randint(0, 2000)).decode("latin-1")
    if kind < 0.10:  # one piece repeated many times: runs, nesting, long lines
        return rng.choice(PIECES) * rng.randint(100, 20_000)
    return "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 400)))


def check(text: str) -> None:
    from statx import analyze

    facts = analyze(text).facts
    last = -1
    for f in facts:
        if not (0 <= f.start < f.end <= len(text)) or text[f.start : f.end] != f.mention:
            raise AssertionError(f"span {f.start}:{f.end} does not point at {f.mention!r}")
        if f.start < last:
            raise AssertionError("facts out of order")
        last = f.start
        for value in (f.value, f.value_max):
            if value is None:
                continue
            if not math.isfinite(value):
                raise AssertionError(f"value not finite: {value!r} ({f.mention!r})")
            if abs(value) > VALUE_BOUND:  # past what any report prints; Excel and summarize overflow
                raise AssertionError(f"value out of bounds: {value:.3g} ({f.mention[:80]!r})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--seed", type=int, default=int(time.time()))
    ap.add_argument("--min-kb-s", type=float, default=10.0, help="report inputs read slower than this (KB/s)")
    args = ap.parse_args()

    from statx.read import InputError, decode

    rng = random.Random(args.seed)
    deadline = time.monotonic() + args.minutes * 60
    rounds = crashes = slow = 0
    nbytes = 0
    worst = (0.0, -1)  # (seconds per KB, round)
    while time.monotonic() < deadline:
        text = make_input(rng)
        rounds += 1
        nbytes += len(text.encode("utf-8", "surrogatepass"))
        t = time.perf_counter()
        try:
            with contextlib.suppress(InputError):
                check(decode(text.encode("utf-8", "surrogatepass")))
            check(text)
        except Exception:
            crashes += 1
            print(f"CRASH seed={args.seed} round={rounds} input={text[:200]!r}")
            traceback.print_exc()
        dt = time.perf_counter() - t
        kb = max(len(text), 1000) / 1000
        if kb / dt < args.min_kb_s:
            slow += 1
            print(f"SLOW {dt:.2f}s for {kb:.0f} KB seed={args.seed} round={rounds}")
        worst = max(worst, (dt / kb, rounds))
    print(
        f"fuzz: {rounds:,} inputs ({nbytes / 1e6:.1f} MB) in {args.minutes:g} min, seed {args.seed}: "
        f"{crashes} crashes, {slow} read slower than {args.min_kb_s:g} KB/s; "
        f"slowest {worst[0] * 1000:.1f} ms per KB (round {worst[1]})"
    )
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
