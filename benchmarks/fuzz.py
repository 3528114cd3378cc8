"""Fuzz statx's extraction entry points for a set time; report crashes and slow inputs.

    python benchmarks/fuzz.py --minutes 10
    python benchmarks/fuzz.py --minutes 1 --seed 7

Each round builds an input from random pieces (digits, separators, Vietnamese
letters and number words, qualifiers, units, brackets, quotes, dates, codes,
random bytes) and runs it through :func:`statx.read.decode` and
:func:`statx.analyze`, checking the contract on every fact (span points at the
mention, spans in order, values finite and within 10^18). A crash is any exception or broken
contract; a slow input is one read at less than ``--min-kb-s`` KB a second
(the cost must grow with the size of the input, never faster), counting both
analyses, with an input under 1 KB counted as 1 KB. Speed is judged by the CPU
time of this process (``--clock cpu``, the default: on a shared machine the wall
clock counts other jobs' time too) or by the wall clock (``--clock wall``); the
summary gives the count of slow inputs by both. The lexicons are loaded before
the clock starts. Crashes and slow inputs are printed with the seed and round
that reproduce them, and the start of the input;

    python benchmarks/fuzz.py --seed 7 --round 412

builds round 412 of seed 7 again and times it alone.
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


def _describe(text: str) -> str:
    """The start of an input and its size, for a line of the report."""
    return f"{len(text):,} characters: {text[:60]!r}{'…' if len(text) > 60 else ''}"


def _run(text: str) -> None:
    """Analyse an input as decoded bytes and as text, checking the contract of both."""
    from statx.read import InputError, decode

    with contextlib.suppress(InputError):
        check(decode(text.encode("utf-8", "surrogatepass")))
    check(text)


def _replay(seed: int, round_: int) -> int:
    rng = random.Random(seed)
    for _ in range(round_):
        text = make_input(rng)
    check("Có 5 người.")
    cpu, wall = time.process_time(), time.perf_counter()
    _run(text)
    cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    kb = max(len(text), 1000) / 1000
    print(f"round {round_} of seed {seed}, {_describe(text)}")
    print(f"{cpu:.3f} s of CPU ({kb / max(cpu, 1e-9):.0f} KB/s), {wall:.3f} s by the wall clock", end="")
    print(f" ({kb / max(wall, 1e-9):.0f} KB/s)")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--minutes", type=float, default=10.0)
    ap.add_argument("--seed", type=int, default=int(time.time()))
    ap.add_argument("--min-kb-s", type=float, default=10.0, help="report inputs read slower than this (KB/s)")
    ap.add_argument("--clock", choices=("cpu", "wall"), default="cpu", help="the time an input's speed is judged by")
    ap.add_argument("--round", type=int, help="only build this round of --seed again and time it")
    args = ap.parse_args()
    if args.round:
        return _replay(args.seed, args.round)

    rng = random.Random(args.seed)
    check("Có 5 người.")  # the lexicons load on first use: not the cost of round 1
    deadline = time.monotonic() + args.minutes * 60
    rounds = crashes = slow = slow_other = 0
    nbytes = 0
    worst = (0.0, -1)  # (seconds per KB by the chosen clock, round)
    while time.monotonic() < deadline:
        text = make_input(rng)
        rounds += 1
        nbytes += len(text.encode("utf-8", "surrogatepass"))
        cpu, wall = time.process_time(), time.perf_counter()
        try:
            _run(text)
        except Exception:
            crashes += 1
            print(f"CRASH seed={args.seed} round={rounds} input={text[:200]!r}")
            traceback.print_exc()
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
        dt, other = (cpu, wall) if args.clock == "cpu" else (wall, cpu)
        kb = max(len(text), 1000) / 1000
        if kb / max(dt, 1e-9) < args.min_kb_s:
            slow += 1
            print(
                f"SLOW {dt:.2f} s ({args.clock}; {other:.2f} s by the other clock) for {kb:.0f} KB "
                f"seed={args.seed} round={rounds}, {_describe(text)}",
                flush=True,
            )
        if kb / max(other, 1e-9) < args.min_kb_s:
            slow_other += 1
        worst = max(worst, (dt / kb, rounds))
    other_clock = "wall" if args.clock == "cpu" else "cpu"
    print(
        f"fuzz: {rounds:,} inputs ({nbytes / 1e6:.1f} MB) in {args.minutes:g} min, seed {args.seed}: "
        f"{crashes} crashes, {slow} read slower than {args.min_kb_s:g} KB/s by {args.clock} time "
        f"({slow_other} by {other_clock} time); slowest {worst[0] * 1000:.1f} ms per KB of {args.clock} time "
        f"(round {worst[1]})"
    )
    return 1 if crashes else 0


if __name__ == "__main__":
    sys.exit(main())
