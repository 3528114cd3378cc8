"""One extract run as a library call: an options record in, facts written, a report out.

The ``statx extract`` command turns its flags into :class:`ExtractOptions` and
hands them to :func:`run_extract`; a program that wants what the command does
(inputs expanded, read in worker processes, facts written whole to a file or a
stream, cron state kept) calls the same function. Nothing here prints: what a
run meets is told to the caller through :class:`Hooks`, and usage mistakes
raise :class:`UsageError` before any input is read.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import IO, Protocol

from statx.batch import InputResult, default_jobs, run
from statx.facts import Fact
from statx.read import Failure, ReadOptions, display_name, expand
from statx.write import format_for_path, write_facts, write_output

__all__ = [
    "AllInputsFailed",
    "ExtractOptions",
    "Hooks",
    "NoHooks",
    "Report",
    "UsageError",
    "choose_format",
    "iter_facts",
    "run_extract",
]


class UsageError(ValueError):
    """Options that cannot work together; the message says what to do instead."""


class AllInputsFailed(RuntimeError):
    """Every input failed: the output file was left as it was."""


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """What ``statx extract`` was asked to do, as plain values."""

    inputs: tuple[str, ...]
    fmt: str = "csv"  # table, csv, jsonl or xlsx (see choose_format)
    output: str | None = None
    glob: str | None = None
    read: ReadOptions = field(default_factory=ReadOptions)
    check_only: bool = False  # only totals whose parts do not add up
    segment: bool = False
    state: str | None = None
    lock_wait: float = 300.0
    jobs: int | None = None  # None: one worker a core
    bom: bool = False
    raw: bool = False  # keep formula-like CSV cells as they are
    scheduler: str | None = None
    reference_date: date | None = None  # what relative periods count from in an article without a date

    def validate(self) -> None:
        """Raise UsageError for a combination that cannot run."""
        if not self.inputs:
            raise UsageError("no inputs: name files, folders or '-', or use --from-list")
        if self.inputs.count("-") > 1:
            raise UsageError("standard input can be read only once")
        if self.fmt == "xlsx" and not self.output:
            raise UsageError("xlsx output needs a file: -o facts.xlsx")
        if self.state and not self.output:
            raise UsageError("--state needs -o FILE: new facts are appended to it")
        if self.state and self.fmt == "table":
            raise UsageError("--state appends to a CSV, JSON Lines or Excel file, not a table")


def choose_format(fmt: str | None, output: str | None, stdout_is_terminal: bool) -> str:
    """The format asked for; else ``-o``'s suffix (CSV when it has none); else a table on a terminal, CSV otherwise."""
    if fmt:
        return fmt
    if output:
        return format_for_path(output) or "csv"
    return "table" if stdout_is_terminal else "csv"


class Hooks(Protocol):
    """What a run tells its caller as it goes."""

    def total(self, inputs: int) -> None:
        """How many inputs will be read, once it is known."""

    def result(self, result: InputResult) -> None:
        """One input done (its facts and failures)."""

    def failure(self, failure: Failure) -> None:
        """An input or a record that could not be read."""

    def check(self) -> None:
        """Called between inputs; raise here to stop the run (a signal, say)."""


class NoHooks:
    """Hooks that do nothing: a run told to no one."""

    def total(self, inputs: int) -> None:
        pass

    def result(self, result: InputResult) -> None:
        pass

    def failure(self, failure: Failure) -> None:
        pass

    def check(self) -> None:
        pass


@dataclass(slots=True)
class Report:
    """What a run did."""

    inputs: int = 0  # inputs found (files named or found in folders)
    read: int = 0  # inputs read this run (with --state: the new or changed ones)
    facts: int = 0  # facts written
    failures: list[Failure] = field(default_factory=list)
    done: list[str] = field(default_factory=list)  # inputs read without a failure


def _results(options: ExtractOptions, names: Iterable[str]) -> Iterator[InputResult]:
    if options.scheduler:
        from statx.distributed import run_dask

        return run_dask(names, options.scheduler, options.read, options.segment, reference=options.reference_date)
    return run(names, options.read, options.jobs or default_jobs(), options.segment, options.reference_date)


def iter_facts(options: ExtractOptions, names: Iterable[str], hooks: Hooks, report: Report) -> Iterator[Fact]:
    """The facts of the inputs, in input order; failures go to ``hooks`` and ``report``.

    When every input read has failed, raises AllInputsFailed once the inputs are
    exhausted, so that a file being written is abandoned, not replaced.
    """
    for result in _results(options, names):
        hooks.check()
        report.read += 1
        for failure in result.failures:
            report.failures.append(failure)
            hooks.failure(failure)
        if not result.failures:
            report.done.append(result.name)
        hooks.result(result)
        for fact in result.facts:
            if options.check_only and not (fact.check and fact.check != "ok"):
                continue
            report.facts += 1
            yield fact
    if report.read and not report.done and options.output:
        raise AllInputsFailed(f"every input failed; {options.output} left as it was")


def run_extract(
    options: ExtractOptions,
    hooks: Hooks | None = None,
    stream: IO[str] | None = None,
    table: Callable[[list[Fact]], None] | None = None,
) -> Report:
    """Run ``statx extract``: facts to ``options.output``, else to ``stream`` (CSV or JSON Lines).

    For the ``table`` format the facts are gathered and handed to ``table``
    (drawing is the caller's: the library knows no terminal). Raises UsageError,
    AllInputsFailed, StateLocked or OutputError; input failures are in the report.
    """
    options.validate()
    hooks = hooks or NoHooks()
    report = Report()

    def counted(names: Iterable[str]) -> Iterator[str]:
        for name in names:
            report.inputs += 1
            yield name

    names = list(counted(expand(options.inputs, options.glob)))
    if options.state:
        return _run_with_state(options, names, hooks, report)
    hooks.total(len(names))
    facts = iter_facts(options, names, hooks, report)
    if options.fmt == "table":
        if table is None:
            raise UsageError("a table needs a caller that draws it; choose csv, jsonl or xlsx")
        table(list(facts))
    elif options.output:
        write_output(options.output, facts, options.fmt, bom=options.bom, raw=options.raw)
    else:
        if stream is None:
            raise UsageError("no output: give -o FILE or a stream")
        if options.bom and options.fmt == "csv":
            stream.write("\ufeff")
        write_facts(facts, stream, options.fmt, raw=options.raw)
        stream.flush()
    return report


def _run_with_state(options: ExtractOptions, names: list[str], hooks: Hooks, report: Report) -> Report:
    """A cron run: only new or changed inputs; their facts replace any earlier ones in the output."""
    from statx.state import State

    assert options.state and options.output
    with State(options.state, timeout=options.lock_wait) as st:
        fingerprints = {}
        todo: list[str] = []
        for name in names:
            if name == "-":
                todo.append(name)
                continue
            fp = st.fingerprint(name)
            if st.is_new(name, fp):
                todo.append(name)
                if fp is not None:
                    fingerprints[name] = fp
        hooks.total(len(todo))
        facts = iter_facts(options, todo, hooks, report)
        replace = {display_name(name) for name in todo}  # as the output names their documents
        write_output(options.output, facts, options.fmt, append=True, replace=replace, bom=options.bom, raw=options.raw)
        for name in report.done:
            if name in fingerprints:
                st.mark(name, fingerprints[name])
        st.save()
    return report
