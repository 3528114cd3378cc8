"""Shared fixtures: where the repo and ../shared are, how to run the installed CLI, and the facts of a sentence."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from statx import extract
from statx.facts import Fact

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "corpus" / "dev"
DEV2 = SHARED / "corpus" / "dev2"
PEER = SHARED / "peer"
SAMPLES = ROOT / "samples"


def need(path: Path) -> Path:
    """Skip, saying why, when the shared data beside the repo is not there (CI has it).

    Under CI (``CI=true``) missing data fails instead: a checkout without it would
    otherwise pass with every corpus test skipped."""
    if not path.exists():
        message = f"{path} not found: shared test data lives beside the repo, not in it"
        if os.environ.get("CI", "").lower() in ("true", "1"):
            pytest.fail(message + " (CI=true: it must be there)")
        pytest.skip(message)
    return path


def facts(text: str) -> list[Fact]:
    return extract(text, "t.txt")


def by_mention(text: str) -> dict[str, Fact]:
    return {f.mention: f for f in facts(text)}


def statx_command() -> list[str]:
    exe = Path(sys.executable).with_name("statx")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("statx")
    return [found] if found else [sys.executable, "-m", "statx"]


def run_statx(*args: str, cwd: Path = ROOT, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*statx_command(), *args], cwd=cwd, input=stdin, capture_output=True, timeout=120, check=False)


def wait_for_output_in_progress(folder: Path, name: str, timeout: float = 60.0) -> None:
    """Wait until a run has started writing ``name`` (its temporary file exists), so a
    signal sent next lands mid-run, not during start-up, however slow the machine."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(p.name.startswith(f".{name}.") and p.name.endswith(".tmp") for p in folder.iterdir()):
            return
        time.sleep(0.05)
    raise AssertionError(f"no run started writing {name} within {timeout} s")
