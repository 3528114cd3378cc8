"""The ``statx`` command: a thin typer layer over the library.

Only this package knows typer and rich (:mod:`statx.cli.view` draws the table and
writes summaries). Library errors become one-line
messages on stderr (a traceback only with ``-v``); exit codes: 0 all good,
1 some input or output failed, 2 usage error.
"""

from __future__ import annotations

import datetime
import gc
import signal
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer
from rich.console import Console
from rich.text import Text

from statx import __version__
from statx.cli.view import CATEGORY_STYLE, QUALIFIER_SIGN, facts_table, fmt_value, stdout_console, write_pivot

if TYPE_CHECKING:
    from statx.batch import InputResult
    from statx.facts import Fact
    from statx.read import Failure

# the library is imported inside the commands, so that --help and --version start fast
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

app = typer.Typer(
    name="statx",
    help="Pull the numeric facts out of Vietnamese news articles.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)
err = Console(stderr=True, highlight=False)
_settings = {"verbose": False}


FORMATS = ("table", "csv", "jsonl", "xlsx")


def say(message: str) -> None:
    """One line on stderr, never wrapped, so scripts can grep it."""
    sys.stderr.write(f"statx: {message}\n")
    sys.stderr.flush()


def fail(message: str, code: int = 1) -> typer.Exit:
    say(message)
    return typer.Exit(code)


def _format(value: str | None) -> str | None:
    if value is None:
        return None
    if value.lower() not in FORMATS:
        raise fail(f"--format: choose table, csv, jsonl or xlsx, not {value!r}", 2)
    return value.lower()


def _whole(option: str, value: str | None, least: int = 1) -> int | None:
    """A whole-number option (``--jobs 4``), or a one-line usage error."""
    if value is None:
        return None
    try:
        n = int(value.replace("_", ""))
    except ValueError:
        raise fail(f"{option}: give a whole number, not {value!r}", 2) from None
    if n < least:
        raise fail(f"{option}: give a number of at least {least}, not {value!r}", 2)
    return n


def _seconds(option: str, value: str) -> float:
    try:
        n = float(value)
    except ValueError:
        raise fail(f"{option}: give a number of seconds, not {value!r}", 2) from None
    if not n >= 0:
        raise fail(f"{option}: give a number of seconds of at least 0, not {value!r}", 2)
    return n


def _day(option: str, value: str | None) -> datetime.date | None:
    """A YYYY-MM-DD option (``--reference-date 2024-06-30``), or a one-line usage error."""
    if value is None:
        return None
    try:
        if len(value) != 10:  # fromisoformat also takes "20240630" and week dates
            raise ValueError(value)
        return datetime.date.fromisoformat(value)
    except ValueError:
        raise fail(f"{option}: give a date as YYYY-MM-DD, not {value!r}", 2) from None


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
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show a traceback when something fails.")] = False,
) -> None:
    """Pull the numeric facts out of Vietnamese news articles."""
    _settings["verbose"] = verbose


# ---------------------------------------------------------------- shared options

SEGMENT_OPTION = typer.Option("--segment", help="Keep compound words whole in objects with underthesea (statx[nlp]; slower).")


def _check_segment(segment: bool) -> None:
    if not segment:
        return
    from statx.segment import SegmentationUnavailable, word_spans

    try:
        word_spans("a", 0, 1)
    except SegmentationUnavailable as exc:
        raise fail(str(exc), 2) from None


# columns that give up width first when a table is wider than the terminal (cut with …), and the least each keeps


def _check_output(output: str | None) -> None:
    """``-o`` naming a folder is said up front, as a usage error (a missing folder is found when writing)."""
    if not output:
        return
    path = Path(output)
    if path.is_dir():
        raise fail(f"-o {output}: is a folder; name a file, like {path / 'facts.csv'}", 2)


# ---------------------------------------------------------------- extract


def _read_list(source: str) -> list[str]:
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except OSError as exc:
        raise fail(f"{source}: {exc.strerror or exc}", 2) from None
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


class _Progress:
    """The run's hooks: failures named on stderr, a progress bar there when it is a terminal.

    The bar leaves standard output alone (``redirect_stdout=False``): facts
    written to a file or a pipe must reach it, whatever stderr is.
    """

    def __init__(self, enabled: bool, warnings: bool = True) -> None:
        self.bar: Any = None
        self.warnings = warnings  # --quiet: errors only
        self.facts = 0
        self.docs = 0
        self.frozen = False
        if enabled:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            self.bar = Progress(
                TextColumn("[bold]statx[/]"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("inputs · {task.fields[facts]} facts · {task.fields[rate]} docs/s"),
                TimeElapsedColumn(),
                console=err,
                transient=True,
                redirect_stdout=False,
                redirect_stderr=False,
            )

    def __enter__(self) -> _Progress:
        if self.bar is not None:
            self.bar.__enter__()
            self.task = self.bar.add_task("extract", total=None, facts=0, rate="…")
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)

    def total(self, inputs: int) -> None:
        if self.bar is not None:
            self.bar.update(self.task, total=inputs)

    def failure(self, failure: Failure) -> None:
        self._line(f"{failure.name}: {failure.reason}")

    def _line(self, message: str) -> None:
        if self.bar is not None:
            self.bar.console.print(f"statx: {message}", markup=False, highlight=False, soft_wrap=True)
        else:
            say(message)

    def check(self) -> None:
        _check_stop()

    def result(self, result: InputResult) -> None:
        if not self.frozen:  # the first input has loaded the word lists, which live as long as the run:
            gc.freeze()  # out of the collector's sight, no later collection walks them (the process is statx's)
            self.frozen = True
        for note in result.notes if self.warnings else ():  # a stretch given up on: said, the run goes on, exit 0
            self._line(f"{note.name}: warning: {note.reason}")
        if self.bar is not None:
            self.facts += len(result.facts)
            self.docs += result.documents
            elapsed = self.bar.tasks[0].elapsed or 1e-9
            self.bar.update(self.task, advance=1, facts=self.facts, rate=f"{self.docs / elapsed:.0f}")


@app.command()
def extract(
    paths: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Argument(metavar="PATH", show_default=False, hidden=True),
    ] = None,
    fmt: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="table, csv, jsonl or xlsx. Default: table on a terminal, else csv, or -o's suffix.",
        ),
    ] = None,
    output: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--output", "-o", metavar="FILE", help="Write to this file (whole or not at all) instead of standard output."
        ),
    ] = None,
    glob: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--glob", metavar="PATTERN", help="In folders, only files whose name matches, like '*.html'."),
    ] = None,
    from_list: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--from-list", metavar="FILE", help="Read input paths from this file, one a line ('-': standard input)."),
    ] = None,
    text_field: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--text-field", metavar="NAME", help="In JSON Lines, JSON and CSV dumps, the field holding the article text."
        ),
    ] = None,
    id_field: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--id-field", metavar="NAME", help="In dumps, the field that names a record (doc becomes 'dump.jsonl#<id>')."
        ),
    ] = None,
    check: Annotated[bool, typer.Option("--check", help="Only totals whose parts do not add up, with their sentences.")] = False,
    segment: Annotated[bool, SEGMENT_OPTION] = False,
    state: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--state", metavar="FILE", help="Remember processed inputs here; later runs read only new or changed ones."),
    ] = None,
    lock_wait: Annotated[
        str, typer.Option("--lock-wait", metavar="SECONDS", help="Seconds to wait for another run holding --state.")
    ] = "300",
    jobs: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--jobs", "-j", metavar="N", help="Worker processes (default: the number of cores)."),
    ] = None,
    max_bytes: Annotated[
        str, typer.Option("--max-bytes", metavar="N", help="Refuse inputs larger than N bytes (after decompression).")
    ] = str(DEFAULT_MAX_BYTES),
    bom: Annotated[bool, typer.Option("--bom", help="Start CSV output with a UTF-8 BOM, for Excel on Windows.")] = False,
    raw_csv: Annotated[
        bool, typer.Option("--raw-csv", help="Do not neutralise cells that a spreadsheet would run as formulas.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors on stderr.")] = False,
    scheduler: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--scheduler",
            metavar="ADDRESS",
            help="Run on a Dask cluster: tcp://HOST:8786, or 'local' for a local one (statx[dask]).",
        ),
    ] = None,
    reference_date: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--reference-date",
            metavar="YYYY-MM-DD",
            help="The day relative periods ('năm nay', 'quý này') count from in articles without a date of their own.",
        ),
    ] = None,
) -> None:
    """Print the numeric facts of Vietnamese articles as a table, CSV, JSON Lines or Excel.

    PATH... are articles, folders (searched recursively) or news dumps; '-' reads standard input.
    """
    from statx.deps import MissingPackage
    from statx.read import ReadOptions
    from statx.run import AllInputsFailed, ExtractOptions, UsageError, choose_format, run_extract
    from statx.state import StateLocked
    from statx.write import OutputError, atomic_output

    _check_segment(segment)
    _check_output(output)
    names: list[str] = list(paths or [])
    if from_list:
        if from_list == "-" and "-" in names:
            raise fail("standard input can be read only once", 2)
        names += _read_list(from_list)
    chosen = choose_format(_format(fmt), output, sys.stdout.isatty())
    options = ExtractOptions(
        inputs=tuple(names),
        fmt=chosen,
        output=output,
        glob=glob,
        read=ReadOptions(
            text_field=text_field, id_field=id_field, max_bytes=_whole("--max-bytes", max_bytes) or DEFAULT_MAX_BYTES
        ),
        check_only=check,
        segment=segment,
        state=state,
        lock_wait=_seconds("--lock-wait", lock_wait),
        jobs=_whole("--jobs", jobs),
        bom=bom,
        raw=raw_csv,
        scheduler=scheduler,
        reference_date=_day("--reference-date", reference_date),
    )
    try:
        options.validate()
    except UsageError as exc:
        raise fail(str(exc), 2) from None

    def draw(facts: list[Fact]) -> None:
        if output:
            with atomic_output(output) as fh:
                facts_table(facts, Console(file=fh, width=200, no_color=True), check)
        else:
            facts_table(facts, stdout_console(), check)

    collected: list[Fact] = []
    _stop["cooperative"] = True
    try:
        with _Progress(not quiet and err.is_terminal, warnings=not quiet) as progress:
            report = run_extract(options, progress, sys.stdout, collected.extend if chosen == "table" else None)
        if chosen == "table":
            draw(collected)  # drawn once the progress bar is gone
    except UsageError as exc:
        raise fail(str(exc), 2) from None
    except MissingPackage as exc:
        if _settings["verbose"]:
            raise
        raise fail(str(exc)) from None
    except (AllInputsFailed, OutputError, StateLocked, ValueError, RuntimeError) as exc:
        # what the library says about its own failures is one line (Dask unavailable included)
        if _settings["verbose"] and not isinstance(exc, AllInputsFailed | StateLocked):
            raise
        raise fail(str(exc)) from None
    if report.inputs == 0 and not quiet:
        say(f"no input files in {', '.join(names)}" + (f" matching {glob!r}" if glob else ""))
    if state and not quiet:
        say(f"{report.read} new or changed inputs, {report.facts} facts written to {output}")
    if report.failures:
        raise typer.Exit(1)


# ---------------------------------------------------------------- explain


@app.command()
def explain(
    path: Annotated[Optional[str], typer.Argument(metavar="FILE", show_default=False, hidden=True)] = None,  # noqa: UP045
    segment: Annotated[bool, SEGMENT_OPTION] = False,
) -> None:
    """Print an article with every number highlighted: facts coloured by category with
    their value, dropped ones dimmed with the rule that dropped them.

    FILE is one article; '-' reads standard input.
    """
    from statx.batch import analyze_document
    from statx.read import InputError, read_input

    if path is None:
        raise fail("explain needs one article: statx explain FILE ('-' for standard input)", 2)
    _check_segment(segment)
    try:
        doc = read_input(path)
    except InputError as exc:
        raise fail(f"{path}: {exc}") from None
    analysis = analyze_document(doc, segment)  # window by window, as extract reads it
    marks: list[tuple[int, int, Text]] = []
    for f in analysis.facts:
        style = CATEGORY_STYLE.get(f.category, "")
        note = f"{f.category} {QUALIFIER_SIGN.get(f.qualifier, '')}{fmt_value(f)}"
        if f.label:
            note += f" {f.label}"
        if f.check:
            note += f" [{f.check}]"
        piece = Text.assemble((doc.text[f.start : f.end], f"{style} bold underline"), (f"⟨{note}⟩", style))
        marks.append((f.start, f.end, piece))
    for d in analysis.dropped:
        piece = Text.assemble((doc.text[d.start : d.end], "dim strike"), (f"⟨{d.reason}⟩", "dim italic"))
        marks.append((d.start, d.end, piece))
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
    # on a terminal, wrapped here between words (a terminal would cut words at its edge);
    # into a file or a pipe, one line a paragraph, as the article has it
    console.print(out, soft_wrap=not console.is_terminal)
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
    for k in analysis.skipped:
        console.print(Text(f"skipped {k.where()}: {k.reason}", "yellow"))


# ---------------------------------------------------------------- summarize


@app.command()
def summarize(
    facts_file: Annotated[Optional[str], typer.Argument(metavar="FACTS", show_default=False, hidden=True)] = None,  # noqa: UP045
    by: Annotated[str, typer.Option("--by", metavar="COLUMNS", help="Columns to group by, comma-separated.")] = "category",
    fmt: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(
            "--format",
            "-f",
            metavar="FORMAT",
            help="table, csv, jsonl or xlsx. Default: a table on a terminal, else csv, or -o's suffix.",
        ),
    ] = None,
    output: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--output", "-o", metavar="FILE", help="Write the pivot to this file."),
    ] = None,
    plot: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--plot", metavar="FILE", help="Also draw the sums into this PNG or SVG (statx[plot])."),
    ] = None,
    bom: Annotated[bool, typer.Option("--bom", help="Start CSV output with a UTF-8 BOM.")] = False,
    skip_parts: Annotated[
        bool, typer.Option("--skip-parts", help="Leave out breakdown parts, so totals are not counted twice.")
    ] = False,
) -> None:
    """Count, sum, min and max of value by category, actor, period, doc or any column.

    FACTS is a file that statx extract wrote: CSV, JSON Lines or Excel.
    """
    from statx.run import choose_format
    from statx.summary import SummaryError, UnknownColumn, load_facts, pivot
    from statx.write import OutputError

    if facts_file is None:
        raise fail("summarize needs the facts statx extract wrote: statx summarize facts.csv --by category", 2)
    _check_output(output)
    columns = [c.strip() for c in by.split(",") if c.strip()]
    if not columns:
        raise fail("--by needs at least one column", 2)
    chosen = choose_format(_format(fmt), output, sys.stdout.isatty())
    if chosen == "xlsx" and not output:
        raise fail("xlsx output needs a file: -o summary.xlsx", 2)
    try:
        frame = load_facts(facts_file)
        table = pivot(frame, columns, skip_parts)
    except UnknownColumn as exc:
        raise fail(f"--by: {exc}", 2) from None
    except SummaryError as exc:
        raise fail(str(exc)) from None
    try:
        if plot:
            from statx.plot import PlotUnavailable, plot_summary

            try:
                plot_summary(frame, columns, plot, skip_parts)
            except PlotUnavailable as exc:
                raise fail(str(exc)) from None
        write_pivot(table, chosen, output, bom)
    except OutputError as exc:
        raise fail(str(exc)) from None


# ---------------------------------------------------------------- entry point


# SIGTERM and SIGINT stop the run at once, even inside one long input: the handler
# raises, which unwinds every ``with``, so a partial output file is removed (its
# commit, the rename, holds signals back: a file is whole or not there) and the
# workers are killed. The signal is also kept in ``_stop``: should the exception be
# swallowed (raised inside a finalizer, whose errors Python only prints), the loop
# over inputs raises it again. A second signal while stopping is ignored, so that
# it cannot cut the clean-up short.
_stop: dict[str, int | bool | None] = {"signal": None, "cooperative": False}


class Stopped(SystemExit):
    """The run was stopped by a signal; the exit code is 128 + its number (130 SIGINT, 143 SIGTERM)."""

    def __init__(self, signum: int) -> None:
        super().__init__(128 + signum)
        self.signum = signum


def _terminate(signum: int, frame: object) -> None:
    if _stop["signal"] is not None:
        return
    _stop["signal"] = signum
    raise Stopped(signum)


def _check_stop() -> None:
    signum = _stop["signal"]
    if signum is not None:
        raise Stopped(int(signum))


def _stopped_message(signum: int) -> str:
    if signum == signal.SIGINT:
        return "interrupted (SIGINT)"
    try:
        return f"stopped by {signal.Signals(signum).name}"
    except ValueError:
        return f"stopped by signal {signum}"


def main() -> None:
    """Entry point of the console script and ``python -m statx``."""
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `statx extract … | head` ends quietly
    signal.signal(signal.SIGTERM, _terminate)
    signal.signal(signal.SIGINT, _terminate)
    try:
        app()
    except Stopped as stop:
        say(_stopped_message(stop.signum))
        sys.exit(stop.code)
    except KeyboardInterrupt:
        say(_stopped_message(signal.SIGINT))
        sys.exit(130)
    except Exception as exc:  # one line, the traceback only with -v
        if _settings["verbose"]:
            raise
        say(f"error: {type(exc).__name__}: {exc} (run with -v for details)")
        sys.exit(1)
