"""Pictures of what a user opens: statx's Excel file as LibreOffice shows it, and summarize's charts.

Not part of the test run (CI has no LibreOffice). Needs ``soffice`` (Debian:
``apt-get install libreoffice-calc``) and ``pdftoppm`` (``poppler-utils``):

    python benchmarks/look.py [OUT_DIR]

writes, in OUT_DIR (default ``/tmp/statx-look``):

- ``facts.xlsx``: ``statx extract`` of the sample and the dev corpora
  (``../shared/corpus/dev``, and of ``../shared/corpus/dev2`` the files numbered
  below 80: the rest is the held-out set, not to be looked at);
- ``facts-1.png`` …: its first pages as LibreOffice prints them
  (``soffice --headless --convert-to pdf``, then ``pdftoppm -png``);
- ``by-category.png``, ``by-period.png``, ``by-actor.png``: ``statx summarize --plot``.

Look at the PNGs: whole Vietnamese words in the first columns, numbers right-aligned
with thousands separators, dates as dates, no ``'`` before any text.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "corpus"


def statx() -> list[str]:
    exe = Path(sys.executable).with_name("statx")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "statx"]


def run(*args: str, cwd: Path) -> None:
    print("$", " ".join(args), flush=True)
    subprocess.run(list(args), cwd=cwd, check=True)


def _printable(source: str, target: str, out: Path) -> None:
    """A copy of statx's workbook set to print every column across one landscape page (cells untouched)."""
    from openpyxl import load_workbook

    book = load_workbook(out / source)
    for sheet in book.worksheets:
        sheet.page_setup.orientation = "landscape"
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
    book.save(out / target)


def main() -> None:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/statx-look").resolve()
    out.mkdir(parents=True, exist_ok=True)
    for tool in ("soffice", "pdftoppm"):
        if shutil.which(tool) is None:
            sys.exit(f"look.py needs {tool}: apt-get install libreoffice-calc poppler-utils")
    articles = out / "articles"  # short document names: articles/dev/01-….txt
    shutil.rmtree(articles, ignore_errors=True)
    for folder, keep in (("dev", lambda n: True), ("dev2", lambda n: n[:2].isdigit() and int(n[:2]) < 80)):
        for path in sorted(SHARED.glob(f"{folder}/*.txt")):
            if keep(path.name):
                (articles / folder).mkdir(parents=True, exist_ok=True)
                shutil.copy(path, articles / folder / path.name)
    (articles / "samples").mkdir(parents=True, exist_ok=True)
    for path in (ROOT / "samples").glob("*.txt"):
        shutil.copy(path, articles / "samples" / path.name)
    inputs = ["articles"]
    run(*statx(), "extract", *inputs, "-o", "facts.xlsx", "-q", cwd=out)
    _printable("facts.xlsx", "print.xlsx", out)
    run("soffice", "--headless", "--convert-to", "pdf", "--outdir", str(out), "print.xlsx", cwd=out)
    # the top of the first page, every column across it, large enough to read
    run(
        "pdftoppm",
        "-png",
        "-r",
        "220",
        "-f",
        "1",
        "-l",
        "1",
        "-x",
        "0",
        "-y",
        "0",
        "-W",
        "2400",
        "-H",
        "1100",
        "print.pdf",
        "facts",
        cwd=out,
    )
    run("pdftoppm", "-png", "-r", "110", "-f", "1", "-l", "1", "print.pdf", "page", cwd=out)
    run(*statx(), "extract", *inputs, "-o", "facts.csv", "-q", cwd=out)
    for by in ("category", "period", "actor"):
        run(
            *statx(),
            "summarize",
            "facts.csv",
            "--by",
            by,
            "--skip-parts",
            "--plot",
            f"by-{by}.png",
            "-o",
            f"by-{by}.csv",
            cwd=out,
        )
    print("\n".join(str(p) for p in sorted(out.glob("*.png"))))


if __name__ == "__main__":
    main()
