"""Differential check: dump everything statx says about a fixed set of inputs, to compare two versions byte for byte.

    python benchmarks/differential.py dump /tmp/before        # on the old code
    python benchmarks/differential.py dump /tmp/after         # on the new code
    python benchmarks/differential.py compare /tmp/before /tmp/after
    python benchmarks/differential.py time                    # in-process loop over the dev corpus, best of 5

``dump`` writes, into a folder:

* ``cli-*.jsonl``: ``statx extract -f jsonl`` on samples/*.txt and on each
  corpus folder beside the repo (../shared/corpus/dev, ../shared/corpus/dev2),
  and with ``--segment`` on samples and dev when underthesea is installed;
* ``explain-*.txt``: ``statx explain`` on each of those files;
* ``inprocess.txt``: for every input of the differential set, every Fact (all
  fields), every dropped mention (span, text, reason) of :func:`statx.analyze`,
  every mention of :func:`statx.find_numbers` (all fields) and, for a peer
  line, :func:`statx.read_number` of each of its cells.

The differential set is built in the process with fixed seeds: every corpus
article; documents of its sentences shuffled; each line of ../shared/peer/*.tsv
as its own input; and inputs from benchmarks/fuzz.py's generator.
Nothing here is printed from the texts; ``compare`` says only which files and
lines differ.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import random
import re
import subprocess
import sys
import time
import unicodedata
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = [SHARED / "corpus" / "dev", SHARED / "corpus" / "dev2"]
PEER = SHARED / "peer"
sys.path.insert(0, str(ROOT))

SHUFFLES = 3  # shuffled documents per article
FUZZ = 3000  # fuzz inputs
SEED = 12


def _statx() -> list[str]:
    # the statx of this checkout (PYTHONPATH in dump), whichever one the environment has installed
    return [sys.executable, "-m", "statx"]


def _groups() -> list[tuple[str, list[Path]]]:
    groups = [("samples", sorted((ROOT / "samples").glob("*.txt")))]
    groups += [(folder.name, sorted(folder.glob("*.txt"))) for folder in CORPORA if folder.exists()]
    return groups


def _articles() -> list[tuple[str, str]]:
    from statx.read import read_input

    out = []
    for name, files in _groups():
        for path in files:
            out.append((f"{name}/{path.name}", read_input(str(path)).text))
    return out


_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")


def inputs() -> Iterator[tuple[str, str]]:
    """(name, text) of every input of the differential set, in a fixed order."""
    rng = random.Random(SEED)
    articles = _articles()
    for name, text in articles:
        yield name, text
    for name, text in articles:
        sentences = [s for s in _SPLIT.split(text) if s.strip()]
        for k in range(SHUFFLES):
            rng.shuffle(sentences)
            yield f"{name}#shuffled{k}", " ".join(sentences) if k % 2 else "\n".join(sentences)
    for path in sorted(PEER.glob("*.tsv")) if PEER.exists() else []:
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            yield f"peer/{path.name}:{n}", unicodedata.normalize("NFC", line)
    from benchmarks.fuzz import make_input

    fuzz = random.Random(SEED)
    for n in range(FUZZ):
        yield f"fuzz:{n}", make_input(fuzz)


def _dump_inprocess(out: Path) -> int:
    from statx import analyze, find_numbers, read_number

    count = 0
    with (out / "inprocess.txt").open("w", encoding="utf-8", errors="surrogatepass") as fh:
        for name, text in inputs():
            count += 1
            digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]
            fh.write(f"=== {name} {digest}\n")
            analysis = analyze(text)
            for f in analysis.facts:
                fh.write(f"F {f!r}\n")
            for d in analysis.dropped:
                fh.write(f"D {d!r}\n")
            for m in find_numbers(text):
                fh.write(f"M {m!r}\n")
            if name.startswith("peer/"):
                for cell in text.split("\t"):
                    fh.write(f"R {cell!r} {read_number(cell)!r}\n")
    return count


def _run(args: list[str], env: dict[str, str]) -> bytes:
    done = subprocess.run([*_statx(), *args], capture_output=True, env=env, cwd=ROOT)
    return done.stdout + f"\nrc={done.returncode}\n".encode() + done.stderr


def dump(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "COLUMNS": "120", "NO_COLOR": "1", "TERM": "dumb", "PYTHONPATH": str(ROOT)}
    files = 0
    for name, found in _groups():
        paths = [os.path.relpath(p, ROOT) for p in found]  # the same names in any checkout beside ../shared
        (out / f"cli-{name}.jsonl").write_bytes(_run(["extract", "-f", "jsonl", *paths], env))
        if name != "dev2" and importlib.util.find_spec("underthesea") is not None:  # --segment: slow, a smaller set
            (out / f"cli-{name}-segment.jsonl").write_bytes(_run(["extract", "-f", "jsonl", "--segment", *paths], env))
        with (out / f"explain-{name}.txt").open("wb") as fh:
            for path in paths:
                fh.write(f"=== {path}\n".encode() + _run(["explain", path], env))
                files += 1
    count = _dump_inprocess(out)
    print(f"dumped {files} files through the CLI and {count} in-process inputs into {out}")


def compare(a: Path, b: Path) -> int:
    names = sorted({p.name for p in a.iterdir()} | {p.name for p in b.iterdir()})
    bad = 0
    for name in names:
        pa, pb = a / name, b / name
        if not (pa.exists() and pb.exists()):
            print(f"{name}: only in {'the first' if pa.exists() else 'the second'}")
            bad += 1
            continue
        x, y = pa.read_bytes(), pb.read_bytes()
        if x == y:
            lines = x.count(b"\n")
            print(f"{name}: identical ({len(x):,} bytes, {lines:,} lines)")
            continue
        bad += 1
        lx, ly = x.split(b"\n"), y.split(b"\n")
        first = next((k for k, (u, v) in enumerate(zip(lx, ly, strict=False)) if u != v), min(len(lx), len(ly)))
        print(f"{name}: DIFFERENT, first at line {first + 1}")
    return 1 if bad else 0


def timing(rounds: int = 5, repeat: int = 10) -> None:
    from statx import analyze

    texts = [t for name, t in _articles() if name.startswith("dev/")] * repeat
    size = sum(len(t.encode()) for t in texts)
    analyze(texts[0])  # load the lexicons
    wall = cpu = float("inf")
    for _ in range(rounds):
        t, c = time.perf_counter(), time.process_time()
        for text in texts:
            analyze(text)
        wall, cpu = min(wall, time.perf_counter() - t), min(cpu, time.process_time() - c)
    print(
        f"analyze over the dev articles {repeat} times ({size / 1e6:.2f} MB), best of {rounds}: "
        f"{cpu * 1000:.0f} ms CPU, {wall * 1000:.0f} ms wall"
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("dump").add_argument("out", type=Path)
    cmp = sub.add_parser("compare")
    cmp.add_argument("a", type=Path)
    cmp.add_argument("b", type=Path)
    tm = sub.add_parser("time")
    tm.add_argument("--rounds", type=int, default=5)
    tm.add_argument("--repeat", type=int, default=10, help="runs over the corpus in one round")
    args = ap.parse_args()
    if args.cmd == "dump":
        dump(args.out)
        return 0
    if args.cmd == "compare":
        return compare(args.a, args.b)
    timing(args.rounds, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
