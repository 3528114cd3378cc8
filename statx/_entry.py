"""The console script's entry point: answers ``--version`` before importing anything heavy."""

from __future__ import annotations

import sys


def main() -> None:
    if sys.argv[1:] == ["--version"]:
        from statx import __version__

        sys.stdout.write(f"statx {__version__}\n")
        return
    from statx.cli import main as cli_main

    cli_main()
