"""The README's commands are the ones that work, and every option is documented."""

from __future__ import annotations

import re

import pytest

from tests.conftest import ROOT, run_statx

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```sh\n(.*?)\n```", README, re.S)


def test_readme_opens_with_install_and_test_commands() -> None:
    install, tests = BLOCKS[0].strip(), BLOCKS[1].strip()
    assert README.index(install) < README.index(tests) < README.index("## ")
    assert "pip install" in install and "statx extract samples/" in install
    sample = install.split("statx extract ", 1)[1].split()[0]
    assert (ROOT / sample).is_file()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()
    assert ci[-1] == tests  # CI runs exactly the README's test command, last


@pytest.mark.parametrize("command", ["extract", "summarize", "explain"])
def test_every_option_is_in_the_readme(command: str) -> None:
    done = run_statx(command, "--help")
    assert done.returncode == 0
    options = set(re.findall(r"(--[a-z][a-z-]+)", done.stdout.decode())) - {"--help"}
    missing = sorted(o for o in options if o not in README)
    assert missing == [], f"statx {command}: document {missing} in README.md"
