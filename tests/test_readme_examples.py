"""The README's terminal examples, run as written in a real terminal, show what the README shows.

Every ```` ```console ```` block of README.md is a session: lines starting with
``$ `` are commands, run in order by bash on a pseudo-terminal (200 columns
wide; ``statx explain`` examples 120, as the README says) in a folder holding a
copy of ``samples/``, with the installed ``statx`` first on PATH (as
``source .venv/bin/activate`` puts it); the lines after a command are what the
screen must show, a line ``…`` standing for any lines left out.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES
from tests.test_terminal import _drain, _env, _terminal, lines_of

README = (ROOT / "README.md").read_text(encoding="utf-8")
SESSIONS = re.findall(r"```console\n(.*?)\n```", README, re.S)


def _steps(session: str) -> list[tuple[str, list[str]]]:
    steps: list[tuple[str, list[str]]] = []
    for line in session.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        else:
            steps[-1][1].append(line.rstrip())
    return steps


def _matches(expected: list[str], shown: list[str]) -> bool:
    if "…" not in expected:
        return expected == shown
    cut = expected.index("…")
    head, tail = expected[:cut], expected[cut + 1 :]
    return shown[: len(head)] == head and (not tail or shown[-len(tail) :] == tail) and len(shown) >= len(head) + len(tail)


def test_the_readme_has_terminal_examples() -> None:
    commands = [command for session in SESSIONS for command, _ in _steps(session)]
    assert any(c.startswith("statx extract samples/") for c in commands)  # the table
    assert any(c.startswith("statx explain ") for c in commands)
    assert any("--check" in c for c in commands)
    assert any(c.startswith("statx summarize ") for c in commands)


@pytest.mark.parametrize("session", SESSIONS, ids=[s.splitlines()[0][2:40] for s in SESSIONS])
def test_a_readme_session_shows_what_the_readme_says(session: str, tmp_path: Path) -> None:
    shutil.copytree(SAMPLES, tmp_path / "samples")
    env = _env()
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    for command, expected in _steps(session):
        master, slave = _terminal(120 if command.startswith("statx explain") else 200)
        proc = subprocess.Popen(["bash", "-c", command], stdin=slave, stdout=slave, stderr=slave, cwd=tmp_path, env=env)
        os.close(slave)
        try:
            screen = lines_of(_drain(master, proc).decode("utf-8", "replace"))
        finally:
            os.close(master)
        assert proc.returncode == 0, (command, screen)
        shown = [line for line in screen if not line.startswith("statx ━")]  # a progress bar's last frame
        assert _matches([e for e in expected if e.strip()], shown), "\n".join([f"$ {command}", *shown])
