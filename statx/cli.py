"""The ``statx`` command: a thin typer layer over the library.

Only this module knows typer and rich. Library errors become one-line
messages on stderr (a traceback only with ``-v``); exit codes: 0 all good,
1 some input or output failed, 2 usage error.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterable, Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Optional

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from statx import __version__

if TYPE_CHECKING:
    from statx.batch import InputResult
    from statx.facts import Fact

# the library is imported inside the commands, so that --help and --version start fast
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

app = typer.Typer(
    name="statx",
    help="Pull the numeric facts out of Vietnamese news articles.",
    no_args_is_help=True,
    add_completion=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
err = Console(stderr=True, highlight=False)
_settings = {"verbose": False}

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
QUALIFIER_SIGN = {"approx": "≈", "nearly": "<~", "more_than": ">", "at_least": "≥", "less_than": "<", "at_most": "≤"}


class Format(StrEnum):
    table = "table"
    csv = "csv"
    jsonl = "jsonl"
    xlsx = "xlsx"


def say(message: str) -> None:
    """One line on stderr, never wrapped, so scripts can grep it."""
    sys.stderr.write(f"statx: {message}\n")
    sys.stderr.flush()


def fail(message: str, code: int = 1) -> typer.Exit:
    say(message)
    return typer.Exit(code)


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


def _fmt_value(fact: Fact) -> str:
    def one(v: int | float) -> str:
        return f"{v:,}".replace(",", "\u202f") if isinstance(v, int) else f"{v:g}"

    s = one(fact.value)
    if fact.value_max is not None:
        s += "–" + one(fact.value_max)
    return s


def _table(facts: Iterable[Fact], console: Console, show_sentence: bool) -> int:
    """Facts as a rich table; columns that would be empty (or one document's name) are left out."""
    from statx.read import path_label

    rows: list[dict[str, str | Text]] = []
    starts: dict[tuple[str, int], str] = {}
    docs: set[str] = set()
    for f in facts:
        docs.add(f.doc)
        starts[(f.doc, f.start)] = f.mention
        label = f.label
        if f.part_of is not None:
            label = (label + " " if label else "") + f"⊂ {starts.get((f.doc, f.part_of), f.part_of)}"
        rows.append(
            {
                "doc": path_label(f.doc),
                "mention": f.mention,
                "value": QUALIFIER_SIGN.get(f.qualifier, "") + _fmt_value(f),
                "unit": f.unit,
                "object": f.object,
                "category": Text(f.category, style=CATEGORY_STYLE.get(f.category, "")),
                "label": label,
                "actor": f.actor,
                "period": f.period,
                "check": Text(f.check, style="green" if f.check == "ok" else "bold red"),
                "sentence": f.sentence,
            }
        )
    columns: list[tuple[str, dict[str, Any]]] = [
        ("doc", {"overflow": "ellipsis", "no_wrap": True, "max_width": 24}),
        ("mention", {"overflow": "fold"}),
        ("value", {"justify": "right", "no_wrap": True}),
        ("unit", {"overflow": "fold"}),
        ("object", {"overflow": "fold", "max_width": 28}),
        ("category", {"no_wrap": True}),
        ("label", {"overflow": "fold", "min_width": 8}),
        ("actor", {"overflow": "fold", "max_width": 28, "min_width": 10}),
        ("period", {"overflow": "fold", "max_width": 20}),
        ("check", {"overflow": "fold", "min_width": 5}),
    ]
    if show_sentence:
        columns.append(("sentence", {"overflow": "fold", "max_width": 60}))
    narrow = console.width < 110  # an 80-column terminal: the essentials, readable
    wide_only = ("unit", "object", "period")
    keep = [
        (name, kw)
        for name, kw in columns
        if name in ("mention", "value", "category")
        or (name == "doc" and len(docs) > 1)
        or (name not in ("doc", *wide_only) and any(str(r[name]) for r in rows))
        or (name in wide_only and not narrow and any(str(r[name]) for r in rows))
    ]
    table = Table(show_lines=False, header_style="bold", pad_edge=False, expand=False)
    for name, kw in keep:
        table.add_column(name, **kw)
    for r in rows:
        table.add_row(*[r[name] for name, _ in keep])
    n = len(rows)
    if narrow and rows:
        table.caption = "unit, object and period: on a wider terminal, or with -f csv"
    console.print(table)
    return n


def _stdout_console() -> Console:
    console = Console()
    return console if console.is_terminal else Console(width=200)


def _check_output(output: str | None) -> None:
    """``-o`` must name a file in a folder that exists: said up front, as a usage error."""
    if not output:
        return
    path = Path(output)
    if path.is_dir():
        raise fail(f"-o {output}: is a folder; name a file, like {path / 'facts.csv'}", 2)
    parent = path.parent
    if str(parent) not in ("", ".") and not parent.is_dir():
        raise fail(f"-o {output}: folder {parent} does not exist", 2)


# ---------------------------------------------------------------- extract


def _read_list(source: str) -> list[str]:
    try:
        text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    except OSError as exc:
        raise fail(f"{source}: {exc.strerror or exc}", 2) from None
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


class _Progress:
    """A progress bar on stderr when it is a terminal; nothing otherwise."""

    def __init__(self, enabled: bool) -> None:
        self.bar: Any = None
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
            )

    def __enter__(self) -> _Progress:
        if self.bar is not None:
            self.bar.__enter__()
            self.task = self.bar.add_task("extract", total=None, facts=0, rate="…")
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.__exit__(None, None, None)

    def set_total(self, total: int) -> None:
        if self.bar is not None:
            self.bar.update(self.task, total=total)

    def advance(self, facts: int, docs: int) -> None:
        if self.bar is not None:
            self._facts = getattr(self, "_facts", 0) + facts
            self._docs = getattr(self, "_docs", 0) + docs
            elapsed = self.bar.tasks[0].elapsed or 1e-9
            self.bar.update(self.task, advance=1, facts=self._facts, rate=f"{self._docs / elapsed:.0f}")


@app.command()
def extract(
    paths: Annotated[
        Optional[list[str]],  # noqa: UP045
        typer.Argument(help="Articles, folders (searched recursively) or dumps; '-' reads standard input."),
    ] = None,
    fmt: Annotated[
        Optional[Format],  # noqa: UP045
        typer.Option("--format", "-f", help="table, csv, jsonl or xlsx. Default: table on a terminal, else csv, or -o's suffix."),
    ] = None,
    output: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--output", "-o", help="Write to this file (whole or not at all) instead of standard output."),
    ] = None,
    glob: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--glob", help="In folders, only files whose name matches, like '*.html'."),
    ] = None,
    from_list: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--from-list", help="Read input paths from this file, one a line ('-': standard input)."),
    ] = None,
    text_field: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--text-field", help="In JSON Lines, JSON and CSV dumps, the field holding the article text."),
    ] = None,
    id_field: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--id-field", help="In dumps, the field that names a record (doc becomes 'dump.jsonl#<id>')."),
    ] = None,
    check: Annotated[bool, typer.Option("--check", help="Only totals whose parts do not add up, with their sentences.")] = False,
    segment: Annotated[bool, SEGMENT_OPTION] = False,
    state: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--state", help="Remember processed inputs here; later runs read only new or changed ones."),
    ] = None,
    lock_wait: Annotated[float, typer.Option("--lock-wait", help="Seconds to wait for another run holding --state.")] = 300.0,
    jobs: Annotated[
        Optional[int],  # noqa: UP045
        typer.Option("--jobs", "-j", min=1, help="Worker processes (default: the number of cores)."),
    ] = None,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", min=1, help="Refuse inputs larger than this (after decompression).")
    ] = DEFAULT_MAX_BYTES,
    bom: Annotated[bool, typer.Option("--bom", help="Start CSV output with a UTF-8 BOM, for Excel on Windows.")] = False,
    raw_csv: Annotated[
        bool, typer.Option("--raw-csv", help="Do not neutralise cells that a spreadsheet would run as formulas.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print nothing but errors on stderr.")] = False,
    scheduler: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--scheduler", help="Run on a Dask cluster: tcp://HOST:8786, or 'local' for a local one (statx[dask])."),
    ] = None,
) -> None:
    """Print the numeric facts of Vietnamese articles as a table, CSV, JSON Lines or Excel."""
    from statx.batch import default_jobs, run
    from statx.read import ReadOptions, expand
    from statx.state import StateLocked
    from statx.write import OutputError, format_for_path, write_facts, write_output

    _check_segment(segment)
    _check_output(output)
    names: list[str] = list(paths or [])
    if from_list:
        names += _read_list(from_list)
    if not names:
        raise fail("no inputs: name files, folders or '-', or use --from-list", 2)
    if names.count("-") + (from_list == "-") > 1:
        raise fail("standard input can be read only once", 2)
    chosen = fmt.value if fmt else None
    if chosen is None:
        chosen = (format_for_path(output) or "csv") if output else ("table" if sys.stdout.isatty() else "csv")
    if chosen == "xlsx" and not output:
        raise fail("xlsx output needs a file: -o facts.xlsx", 2)
    if state and not output:
        raise fail("--state needs -o FILE: new facts are appended to it", 2)
    if state and chosen == "table":
        raise fail("--state appends to a CSV, JSON Lines or Excel file, not a table", 2)
    options = ReadOptions(text_field=text_field, id_field=id_field, max_bytes=max_bytes)
    seen = [0]

    def counted(names_: Iterable[str]) -> Iterator[str]:
        for name in names_:
            seen[0] += 1
            yield name

    inputs: Iterable[str] = counted(expand(names, glob))
    failures: list[str] = []

    def report(result: InputResult) -> None:
        for failure in result.failures:
            say(f"{failure.name}: {failure.reason}")
            failures.append(failure.name)

    def facts_of(results: Iterable[InputResult], progress: _Progress, done: list[str]) -> Iterator[Fact]:
        for result in results:
            _check_stop()
            report(result)
            if not result.failures:
                done.append(result.name)
            progress.advance(len(result.facts), result.documents)
            for fact in result.facts:
                if check and not (fact.check and fact.check != "ok"):
                    continue
                yield fact

    workers = jobs or default_jobs()
    show_progress = not quiet and err.is_terminal
    _stop["cooperative"] = True

    def runner(todo: Iterable[str]) -> Iterator[InputResult]:
        if scheduler:
            from statx.distributed import run_dask

            return run_dask(todo, scheduler, options, segment)
        return run(todo, options, workers, segment)

    try:
        if state:
            _extract_with_state(
                state,
                lock_wait,
                inputs,
                runner,
                output or "",
                chosen,
                bom,
                raw_csv,
                quiet,
                show_progress,
                facts_of,
            )
        else:
            listed = list(inputs) if show_progress else inputs
            with _Progress(show_progress) as progress:
                if isinstance(listed, list):
                    progress.set_total(len(listed))
                facts = facts_of(runner(listed), progress, [])
                if chosen == "table":
                    collected = list(facts)  # the table is drawn once the progress bar is gone
                elif output:
                    write_output(output, facts, chosen, bom=bom, raw=raw_csv)
                else:
                    if bom and chosen == "csv":
                        sys.stdout.write("\ufeff")
                    write_facts(facts, sys.stdout, chosen, raw=raw_csv)
                    sys.stdout.flush()
            if chosen == "table":
                if output:
                    from statx.write import atomic_output

                    with atomic_output(output) as fh:
                        _table(collected, Console(file=fh, width=200, no_color=True), check)
                else:
                    _table(collected, _stdout_console(), check)
    except (OutputError, StateLocked, ValueError, RuntimeError) as exc:
        raise fail(str(exc)) from None
    if seen[0] == 0 and not quiet:
        say(f"no input files in {', '.join(names)}" + (f" matching {glob!r}" if glob else ""))
    if failures:
        raise typer.Exit(1)


def _extract_with_state(
    state_path: str,
    lock_wait: float,
    inputs: Iterable[str],
    runner: Any,
    output: str,
    fmt: str,
    bom: bool,
    raw: bool,
    quiet: bool,
    show_progress: bool,
    facts_of: Any,
) -> None:
    """A cron run: only new or changed inputs; their facts replace any earlier ones in the output."""
    from statx.read import display_name
    from statx.state import State
    from statx.write import write_output

    with State(state_path, timeout=lock_wait) as st:
        fingerprints = {}
        todo: list[str] = []
        for name in inputs:
            if name == "-":
                todo.append(name)
                continue
            fp = st.fingerprint(name)
            if st.is_new(name, fp):
                todo.append(name)
                if fp is not None:
                    fingerprints[name] = fp
        done: list[str] = []
        with _Progress(show_progress) as progress:
            progress.set_total(len(todo))
            facts = facts_of(runner(todo), progress, done)
            replace = {display_name(name) for name in todo}  # as documents are named in the output
            written = write_output(output, facts, fmt, append=True, replace=replace, bom=bom, raw=raw)
        for name in done:
            if name in fingerprints:
                st.mark(name, fingerprints[name])
        st.save()
    if not quiet:
        say(f"{len(todo)} new or changed inputs, {written} facts written to {output}")


# ---------------------------------------------------------------- explain


@app.command()
def explain(
    path: Annotated[str, typer.Argument(help="One article file; '-' reads standard input.")],
    segment: Annotated[bool, SEGMENT_OPTION] = False,
) -> None:
    """Print an article with every number highlighted: facts coloured by category with
    their value, dropped ones dimmed with the rule that dropped them."""
    from statx.read import InputError, read_input
    from statx.understand import analyze

    _check_segment(segment)
    try:
        doc = read_input(path)
    except InputError as exc:
        raise fail(f"{path}: {exc}") from None
    analysis = analyze(doc.text, doc.doc, segment, doc.published)
    marks: list[tuple[int, int, Text]] = []
    for f in analysis.facts:
        style = CATEGORY_STYLE.get(f.category, "")
        note = f"{f.category} {QUALIFIER_SIGN.get(f.qualifier, '')}{_fmt_value(f)}"
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


# ---------------------------------------------------------------- summarize


@app.command()
def summarize(
    facts_file: Annotated[str, typer.Argument(help="Facts written by statx extract: CSV, JSON Lines or xlsx.")],
    by: Annotated[str, typer.Option("--by", help="Columns to group by, comma-separated.")] = "category",
    fmt: Annotated[
        Optional[Format],  # noqa: UP045
        typer.Option("--format", "-f", help="table, csv, jsonl or xlsx (default: table, or -o's suffix)."),
    ] = None,
    output: Annotated[Optional[str], typer.Option("--output", "-o", help="Write the pivot to this file.")] = None,  # noqa: UP045
    plot: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option("--plot", help="Also draw the pivot (sum of value) into this PNG or SVG (statx[plot])."),
    ] = None,
    bom: Annotated[bool, typer.Option("--bom", help="Start CSV output with a UTF-8 BOM.")] = False,
    skip_parts: Annotated[
        bool, typer.Option("--skip-parts", help="Leave out breakdown parts, so totals are not counted twice.")
    ] = False,
) -> None:
    """Count, sum, min and max of value by category, actor, period, doc or any column."""
    from statx.summary import SummaryError, load_facts, pivot
    from statx.write import OutputError, format_for_path

    _check_output(output)
    columns = [c.strip() for c in by.split(",") if c.strip()]
    if not columns:
        raise fail("--by needs at least one column", 2)
    try:
        table = pivot(load_facts(facts_file), columns, skip_parts)
    except SummaryError as exc:
        raise fail(str(exc)) from None
    chosen = fmt.value if fmt else ((format_for_path(output) or "csv") if output else "table")
    try:
        if plot:
            from statx.plot import PlotUnavailable, plot_pivot

            try:
                plot_pivot(table, columns, plot)
            except PlotUnavailable as exc:
                raise fail(str(exc)) from None
        _write_pivot(table, chosen, output, bom)
    except OutputError as exc:
        raise fail(str(exc)) from None


def _write_pivot(table: Any, fmt: str, output: str | None, bom: bool) -> None:
    from statx.write import OutputError, atomic_output, neutralise

    if fmt == "table":
        rich_table = Table(header_style="bold")
        for col in table.columns:
            rich_table.add_column(str(col), justify="right" if col in ("count", "sum", "min", "max") else "left")
        for row in table.itertuples(index=False):
            rich_table.add_row(*[f"{v:,.10g}" if isinstance(v, float) else str(v) for v in row])
        if output:
            with atomic_output(output) as fh:
                Console(file=fh, width=200, no_color=True).print(rich_table)
        else:
            _stdout_console().print(rich_table)
        return
    safe = table.apply(lambda col: col.map(neutralise) if col.dtype == object else col)
    if fmt == "xlsx":
        if not output:
            raise fail("xlsx output needs a file: -o summary.xlsx", 2)
        try:
            import openpyxl  # noqa: F401
        except ImportError:
            raise OutputError("Excel output needs openpyxl: pip install 'statx[excel]'") from None
        import io

        buf = io.BytesIO()
        safe.to_excel(buf, index=False, sheet_name="summary", engine="openpyxl")
        with atomic_output(output, binary=True) as fh:
            fh.write(buf.getvalue())
        return
    text = (
        safe.to_csv(index=False, lineterminator="\n")
        if fmt == "csv"
        else safe.to_json(orient="records", lines=True, force_ascii=False)
    )
    if output:
        with atomic_output(output, bom=bom and fmt == "csv") as fh:
            fh.write(text)
    else:
        sys.stdout.write(("\ufeff" if bom and fmt == "csv" else "") + text)


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
