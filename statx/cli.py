"""The ``statx`` command: a thin typer layer over the library.

Only this module knows typer and rich. Library errors become one-line
messages on stderr; exit codes: 0 all good, 1 some input failed, 2 usage error.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from statx import __version__
from statx.facts import Fact
from statx.read import Document, InputError, read_input
from statx.rules import analyze
from statx.segment import SegmentationUnavailable, word_spans
from statx.write import atomic_output, format_for_path, write_facts

app = typer.Typer(
    name="statx",
    help="Pull the numeric facts out of Vietnamese news articles.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
)
err = Console(stderr=True, highlight=False)

CATEGORY_STYLE = {
    "discipline": "bold red",
    "social_account": "cyan",
    "audience": "bright_cyan",
    "content": "green",
    "people": "yellow",
    "organization": "magenta",
    "event": "blue",
    "money": "bold green",
    "percent": "bright_magenta",
    "measure": "bright_blue",
    "other": "white",
}


class Format(StrEnum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"statx {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        Optional[bool],  # noqa: UP045 - typer reads the annotation at run time
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit."),
    ] = None,
) -> None:
    """Pull the numeric facts out of Vietnamese news articles."""


def _documents(paths: list[str], failures: list[str]) -> Iterator[Document]:
    for name in paths:
        try:
            yield read_input(name)
        except InputError as exc:
            err.print(f"statx: {name}: {exc}", markup=False)
            failures.append(name)


def _facts(paths: list[str], failures: list[str], only_checks: bool, segment: bool = False) -> Iterator[Fact]:
    for doc in _documents(paths, failures):
        for fact in analyze(doc.text, doc.doc, segment).facts:
            if only_checks and not (fact.check and fact.check != "ok"):
                continue
            yield fact


def _fmt_value(fact: Fact) -> str:
    def one(v: int | float) -> str:
        return f"{v:,}".replace(",", "\u202f") if isinstance(v, int) else f"{v:g}"

    s = one(fact.value)
    if fact.value_max is not None:
        s += "–" + one(fact.value_max)
    return s


QUALIFIER_SIGN = {"approx": "≈", "nearly": "<~", "more_than": ">", "at_least": "≥", "less_than": "<", "at_most": "≤"}


def _table(facts: Iterator[Fact], console: Console, show_sentence: bool) -> int:
    table = Table(show_lines=False, header_style="bold", pad_edge=False, expand=False)
    for col, kw in (
        ("doc", {"overflow": "ellipsis", "no_wrap": True, "max_width": 24}),
        ("mention", {"overflow": "fold"}),
        ("value", {"justify": "right"}),
        ("unit", {}),
        ("object", {"overflow": "fold", "max_width": 28}),
        ("category", {}),
        ("label", {}),
        ("actor", {"overflow": "fold", "max_width": 28}),
        ("period", {"overflow": "fold", "max_width": 18}),
        ("check", {}),
    ):
        table.add_column(col, **kw)
    if show_sentence:
        table.add_column("sentence", overflow="fold", max_width=60)
    n = 0
    starts: dict[tuple[str, int], str] = {}
    for f in facts:
        n += 1
        starts[(f.doc, f.start)] = f.mention
        value = QUALIFIER_SIGN.get(f.qualifier, "") + _fmt_value(f)
        label = f.label
        if f.part_of is not None:
            label = (label + " " if label else "") + f"⊂ {starts.get((f.doc, f.part_of), f.part_of)}"
        check = Text(f.check, style="green" if f.check == "ok" else "bold red") if f.check else Text("")
        cells: list[str | Text] = [
            Path(f.doc).name,
            f.mention,
            value,
            f.unit,
            f.object,
            Text(f.category, style=CATEGORY_STYLE.get(f.category, "")),
            label,
            f.actor,
            f.period,
            check,
        ]
        if show_sentence:
            cells.append(f.sentence)
        table.add_row(*cells)
    console.print(table)
    return n


SEGMENT_OPTION = typer.Option("--segment", help="Keep compound words whole in objects with underthesea (statx[nlp]; slower).")


def _check_segment(segment: bool) -> None:
    if not segment:
        return
    try:
        word_spans("a", 0, 1)
    except SegmentationUnavailable as exc:
        err.print(f"statx: {exc}", markup=False)
        raise typer.Exit(2) from None


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Article files (.txt, .md); '-' reads standard input.")],
    fmt: Annotated[
        Optional[Format],  # noqa: UP045
        typer.Option("--format", "-f", help="table, csv or jsonl. Default: table on a terminal, else csv (or from -o's suffix)."),
    ] = None,
    output: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--output", "-o", help="Write to this file (whole or not at all) instead of standard output."),
    ] = None,
    check: Annotated[bool, typer.Option("--check", help="Only totals whose parts do not add up, with their sentences.")] = False,
    segment: Annotated[bool, SEGMENT_OPTION] = False,
) -> None:
    """Print the numeric facts of Vietnamese articles as a table, CSV or JSON Lines."""
    _check_segment(segment)
    failures: list[str] = []
    chosen = fmt.value if fmt else None
    if chosen is None:
        if output:
            chosen = format_for_path(output) or "csv"
        else:
            chosen = "table" if sys.stdout.isatty() else "csv"
    facts = _facts(paths, failures, check, segment)
    if chosen == "table":
        if output:
            with atomic_output(output) as fh:
                _table(facts, Console(file=fh, width=200, no_color=True), check)
        else:
            console = Console()
            if not console.is_terminal:
                console = Console(width=200)
            _table(facts, console, check)
    elif output:
        with atomic_output(output) as fh:
            write_facts(facts, fh, chosen)
    else:
        write_facts(facts, sys.stdout, chosen)
        sys.stdout.flush()
    if failures:
        raise typer.Exit(1)


@app.command()
def explain(
    path: Annotated[str, typer.Argument(help="One article file; '-' reads standard input.")],
    segment: Annotated[bool, SEGMENT_OPTION] = False,
) -> None:
    """Print an article with every number highlighted: facts coloured by category with
    their value, dropped ones dimmed with the rule that dropped them."""
    try:
        doc = read_input(path)
    except InputError as exc:
        err.print(f"statx: {path}: {exc}", markup=False)
        raise typer.Exit(1) from None
    _check_segment(segment)
    analysis = analyze(doc.text, doc.doc, segment)
    marks: list[tuple[int, int, Text]] = []
    for f in analysis.facts:
        style = CATEGORY_STYLE.get(f.category, "")
        note = f"{f.category} {QUALIFIER_SIGN.get(f.qualifier, '')}{_fmt_value(f)}"
        if f.label:
            note += f" {f.label}"
        if f.check:
            note += f" [{f.check}]"
        marks.append(
            (f.start, f.end, Text.assemble((doc.text[f.start : f.end], f"{style} bold underline"), (f"⟨{note}⟩", style)))
        )
    for d in analysis.dropped:
        marks.append((d.start, d.end, Text.assemble((doc.text[d.start : d.end], "dim strike"), (f"⟨{d.reason}⟩", "dim italic"))))
    marks.sort(key=lambda m: m[0])
    out = Text()
    at = 0
    for start, end, piece in marks:
        if start < at:
            continue
        out.append(doc.text[at:start])
        out.append_text(piece)
        at = end
    out.append(doc.text[at:])
    console = Console(highlight=False)
    console.print(out, soft_wrap=True)
    reasons: dict[str, int] = {}
    for d in analysis.dropped:
        reasons[d.reason] = reasons.get(d.reason, 0) + 1
    dropped = ", ".join(f"{n} {r}" for r, n in sorted(reasons.items(), key=lambda x: -x[1]))
    console.print(
        Text.assemble(
            (f"\n{len(analysis.facts)} facts", "bold"),
            (f"; not facts: {dropped}" if dropped else "", "dim"),
        )
    )


def main() -> None:
    """Entry point of the console script and ``python -m statx``."""
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `statx extract … | head` ends quietly
    app()
