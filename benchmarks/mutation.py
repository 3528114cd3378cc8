"""Mutation testing of the modules where a bug loses or corrupts data; prints the share of mutants killed.

    python benchmarks/mutation.py                      # a seeded sample of 30 mutants a module
    python benchmarks/mutation.py --sample 0           # every mutant (hours on a small machine)
    python benchmarks/mutation.py --modules state,check --sample 20 --seed 3

It runs cosmic-ray (``pip install -e '.[dev]'`` brings it). Cosmic-ray edits
the module's file on disk, one mutant at a time, and runs a test command: the
mutant is killed when the tests fail (or time out), it survives when they pass.
Because the file itself changes, tests that run the installed ``statx`` CLI as
a subprocess see the mutant too. The work happens in a scratch copy of the repo
(``PYTHONPATH`` points the interpreter and the CLI at it), so an interrupted run
never leaves a mutant in the working tree.

Each module has its own short test command: only the test files that exercise
it, stopping at the first failure. The breakdown sum check is mutated only
inside the functions that compute ``check`` (``bounds``, ``sum_check`` and
``Links.check`` of ``statx/understand/links.py``). The sample is drawn
with ``random.Random(seed)`` from the mutants sorted by place and operator, so
the same seed on the same code gives the same mutants.
"""

from __future__ import annotations

import argparse
import ast
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PYTEST = ("-m", "pytest", "-x", "-q", "-p", "no:cacheprovider")


@dataclass(frozen=True)
class Target:
    name: str
    path: str  # the module's file, relative to the repo
    tests: tuple[str, ...]  # pytest arguments: the test files (or tests) that exercise it
    functions: tuple[str, ...] = ()  # mutate only inside these functions when set
    timeout: float = 60.0  # seconds a mutant's test run may take before it counts as killed


TARGETS = (
    Target("state", "statx/state.py", ("tests/test_state.py",)),
    Target("check", "statx/understand/links.py", ("tests/test_breakdown.py",), functions=("bounds", "sum_check", "Links.check")),
    Target("write", "statx/write.py", ("tests/test_write.py",)),
    Target(
        "batch",
        "statx/batch.py",
        (
            "tests/test_batch_map.py",
            "tests/test_faults.py::test_a_worker_killed_on_one_item_costs_that_item_only",
            "tests/test_faults.py::test_without_a_stand_in_a_dead_worker_is_an_error_in_its_place",
            "tests/test_batch.py::test_parallel_map_keeps_input_order_across_batches_and_local_items",
        ),
    ),
    Target(
        "read",
        "statx/read.py",
        (
            "tests/test_read.py",
            "tests/test_faults.py::test_a_csv_record_that_still_fails_names_the_file_and_line",
            "tests/test_faults.py::test_legacy_bytes_read_as_their_definitions_say",
        ),
    ),
)


def function_lines(source: str, names: tuple[str, ...]) -> list[tuple[int, int]]:
    """First and last line of each function named (``name`` at the top level, ``Class.name`` a method)."""
    spans = []
    for node in ast.parse(source).body:
        inner = node.body if isinstance(node, ast.ClassDef) else [node]
        for f in inner:
            if isinstance(f, ast.FunctionDef):
                name = f"{node.name}.{f.name}" if isinstance(node, ast.ClassDef) else f.name
                if name in names:
                    spans.append((f.lineno, f.end_lineno or f.lineno))
    if len(spans) != len(names):
        raise SystemExit(f"not every one of {', '.join(names)} is a function of the module")
    return spans


def annotation_spans(source: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Where the type annotations are: under ``from __future__ import annotations`` they are never
    evaluated, so a mutant inside one (``int | None`` -> ``int - None``) cannot change behaviour."""
    spans = []
    for node in ast.walk(ast.parse(source)):
        found: list[ast.expr | None] = []
        if isinstance(node, ast.arg | ast.AnnAssign):
            found.append(node.annotation)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            found.append(node.returns)
        for a in found:
            if a is not None:
                spans.append(((a.lineno, a.col_offset), (a.end_lineno or a.lineno, a.end_col_offset or 0)))
    return spans


def uncovered_lines(source: str) -> set[int]:
    """Lines of the statements marked ``# pragma: no cover`` (code for another platform), and all they hold."""
    marked = {n for n, line in enumerate(source.splitlines(), 1) if "pragma: no cover" in line}
    lines: set[int] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.stmt | ast.excepthandler) and node.lineno in marked:
            lines.update(range(node.lineno, (node.end_lineno or node.lineno) + 1))
    return lines


def scratch_copy(dest: Path) -> Path:
    """The repo's tracked files (as they are on disk) in ``dest/repo``; ``dest/shared`` points at the test data."""
    repo = dest / "repo"
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout.decode()
    for rel in filter(None, listed.split("\0")):
        src = ROOT / rel
        if src.is_file():
            (repo / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, repo / rel)
    for rel in ("tests", "benchmarks"):  # untracked new test files too
        for src in (ROOT / rel).glob("*.py"):
            shutil.copy2(src, repo / rel / src.name)
    shared = ROOT.parent / "shared"
    if shared.exists():
        (dest / "shared").symlink_to(shared)
    return repo


def cosmic_ray(*args: str, cwd: Path, env: dict[str, str]) -> None:
    exe = Path(sys.executable).with_name("cosmic-ray")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "cosmic_ray.cli"]
    done = subprocess.run([*cmd, *args], cwd=cwd, env=env, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"cosmic-ray {args[0]} failed:\n{done.stdout}{done.stderr}")


def mutated_line(diff: str) -> str:
    """The line a mutant put in, from its diff."""
    added = [ln[1:].strip() for ln in diff.splitlines() if ln.startswith("+") and not ln.startswith("+++")]
    return added[0] if added else "?"


def run_target(t: Target, repo: Path, env: dict[str, str], sample: int, seed: int) -> tuple[Counter[str], list[str]]:
    """Mutate one module; the outcomes counted and the survivors described."""
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import WorkerOutcome, WorkResult

    command = " ".join([sys.executable, *PYTEST, *t.tests])
    baseline = subprocess.run(command.split(), cwd=repo, env=env, capture_output=True, text=True, check=False)
    if baseline.returncode != 0:
        raise SystemExit(f"{t.name}: the tests fail without any mutant:\n{baseline.stdout[-3000:]}")
    config = repo.parent / f"{t.name}.toml"
    session = repo.parent / f"{t.name}.sqlite"
    config.write_text(
        "[cosmic-ray]\n"
        f'module-path = "{t.path}"\n'
        f"timeout = {t.timeout}\n"
        "excluded-modules = []\n"
        f'test-command = "{command}"\n'
        "[cosmic-ray.distributor]\n"
        'name = "local"\n',
        encoding="utf-8",
    )
    cosmic_ray("init", str(config), str(session), cwd=repo, env=env)

    source = (repo / t.path).read_text(encoding="utf-8")
    lines = function_lines(source, t.functions) if t.functions else []
    annotations = annotation_spans(source) if "from __future__ import annotations" in source else []
    with use_db(str(session), WorkDB.Mode.open) as db:
        items = sorted(
            db.work_items, key=lambda w: (w.mutations[0].start_pos, w.mutations[0].operator_name, w.mutations[0].occurrence)
        )
        if lines:
            items = [w for w in items if any(a <= w.mutations[0].start_pos[0] <= b for a, b in lines)]
        typed = [w for w in items if any(a <= tuple(w.mutations[0].start_pos) < b for a, b in annotations)]
        uncovered = uncovered_lines(source)
        other = [w for w in items if w.mutations[0].start_pos[0] in uncovered]
        items = [w for w in items if w not in typed and w not in other]
        chosen = items if sample <= 0 or sample >= len(items) else random.Random(seed).sample(items, sample)
        keep = {w.job_id for w in chosen}
        skip = [w.job_id for w in db.work_items if w.job_id not in keep]
        if skip:
            db.set_multiple_results(skip, WorkResult(output="not in the sample", worker_outcome=WorkerOutcome.SKIPPED))
        total = len(items)

    started = time.monotonic()
    cosmic_ray("exec", str(config), str(session), cwd=repo, env=env)
    seconds = time.monotonic() - started

    counts: Counter[str] = Counter(eligible=total, annotations=len(typed), uncovered=len(other))
    survivors: list[str] = []
    with use_db(str(session), WorkDB.Mode.open) as db:
        for item, result in db.completed_work_items:
            if result.worker_outcome == WorkerOutcome.SKIPPED:
                continue
            outcome = result.test_outcome.value if result.test_outcome else result.worker_outcome.value
            counts[outcome] += 1
            if outcome == "survived":
                m = item.mutations[0]
                kind = m.operator_name.split("/")[-1]
                survivors.append(f"{t.path}:{m.start_pos[0]} {kind}: {mutated_line(result.diff or '')}")
    counts["seconds"] = round(seconds)
    return counts, sorted(survivors, key=lambda s: (s.split(" ")[0].split(":")[0], int(s.split(" ")[0].split(":")[1])))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--modules", default=",".join(t.name for t in TARGETS), help="comma-separated: " + ", ".join(t.name for t in TARGETS)
    )
    ap.add_argument("--sample", type=int, default=30, help="mutants drawn per module (0: every mutant)")
    ap.add_argument("--seed", type=int, default=17)
    args = ap.parse_args()
    wanted = args.modules.split(",")
    targets = [t for t in TARGETS if t.name in wanted]
    if not targets:
        ap.error(f"no such module: {args.modules}")

    scratch = Path(tempfile.mkdtemp(prefix="statx-mutation-"))
    try:
        repo = scratch_copy(scratch)
        env = {**os.environ, "PYTHONPATH": str(repo), "PYTHONDONTWRITEBYTECODE": "1"}
        how = (
            "every mutant"
            if args.sample <= 0
            else f"a random sample of at most {args.sample} mutants a module (seed {args.seed})"
        )
        where = [t.path + (" (" + ", ".join(t.functions) + ")" if t.functions else "") for t in targets]
        print(f"cosmic-ray over {', '.join(where)}: {how}")
        grand: Counter[str] = Counter()
        kinds: Counter[str] = Counter()
        all_survivors: list[str] = []
        for t in targets:
            counts, survivors = run_target(t, repo, env, args.sample, args.seed)
            run = counts["killed"] + counts["survived"]
            share = counts["killed"] / run if run else 0.0
            where = t.path + (":" + ",".join(t.functions) if t.functions else "")
            notes = f"{counts['eligible']} mutants; left out: {counts['annotations']} in annotations"
            notes += f", {counts['uncovered']} under 'pragma: no cover'"
            if counts["incompetent"]:
                notes += f", {counts['incompetent']} incompetent (not counted)"
            print(
                f"{t.name:6} {where:52} {counts['killed']:4}/{run:<4} killed {share:6.1%}  ({notes}; {counts['seconds']} s)",
                flush=True,
            )
            grand.update(counts)
            kinds.update(s.split(" ")[1].rstrip(":") for s in survivors)
            all_survivors += survivors
        run = grand["killed"] + grand["survived"]
        print(f"{'all':6} {'':52} {grand['killed']:4}/{run:<4} killed {grand['killed'] / max(run, 1):6.1%}")
        if all_survivors:
            print("surviving kinds: " + ", ".join(f"{k} {n}" for k, n in kinds.most_common()))
            print("survivors:")
            for s in all_survivors:
                print("  " + s)
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
