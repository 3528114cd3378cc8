"""Running extraction over many inputs: in order, in parallel, streaming.

The per-document function is :func:`statx.understand.analyze`; this module feeds it
inputs and hands results back in input order, so a run with ``jobs=4`` writes
the same bytes as a run with ``jobs=1``. At most ``window`` inputs are in
flight at once, so memory stays flat however many files a run reads.
"""

from __future__ import annotations

import ctypes
import itertools
import os
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from statx.facts import Fact
from statx.read import Document, Failure, ReadOptions, read_items
from statx.understand import analyze

__all__ = ["InputResult", "default_jobs", "ordered_map", "process_input", "run"]

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class InputResult:
    """What one input gave: its documents' facts, and the documents that failed."""

    name: str
    facts: list[Fact] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    documents: int = 0


def process_input(
    name: str,
    options: ReadOptions | None = None,
    segment: bool = False,
    raw: bytes | None = None,
    reference: date | None = None,
) -> InputResult:
    """Read one input (an article or a dump) and extract the facts of each of its documents.

    ``raw`` is the input's bytes when they were read elsewhere (a Dask client
    reads files and sends their bytes to the workers); ``reference`` is the day
    relative periods count from in a document without a date of its own.
    """
    facts: list[Fact] = []
    failures: list[Failure] = []
    documents = 0
    for item in read_items(name, options, raw):
        if isinstance(item, Failure):
            failures.append(item)
            continue
        documents += 1
        facts.extend(extract_document(item, segment, reference))
    return InputResult(name, facts, failures, documents)


def extract_document(document: Document, segment: bool = False, reference: date | None = None) -> list[Fact]:
    """The facts of one document: the function to map over a corpus in Dask, Spark or Ray."""
    return analyze(document.text, document.doc, segment, document.published, reference).facts


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def ordered_map(
    fn: Callable[[T], R],
    items: Iterable[T],
    jobs: int,
    local: Callable[[T], bool] | None = None,
    size: Callable[[T], int] | None = None,
) -> Iterator[R]:
    """``map(fn, items)`` over ``jobs`` processes, results in input order.

    Items travel to the workers in batches of up to ``BATCH_ITEMS`` items or
    ``BATCH_BYTES`` bytes (as ``size(item)`` tells; without it, one item a
    batch), so that many small files do not cost one round trip each. At most
    ``4 * jobs`` batches are in flight, so a long input list costs no memory.
    Items for which ``local(item)`` is true run in this process (standard
    input, which the workers cannot read).
    """
    iterator = iter(items)
    head = list(itertools.islice(iterator, 2))
    if jobs <= 1 or len(head) < 2:  # one input: no pool to start
        yield from map(fn, itertools.chain(head, iterator))
        return
    pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init)
    finished = False
    pending: deque[Future[list[R]]] = deque()
    batch: list[T] = []
    weight = 0
    try:
        for item in itertools.chain(head, iterator):
            if local is not None and local(item):
                if batch:
                    pending.append(pool.submit(_map_batch, fn, batch))
                    batch, weight = [], 0
                done: Future[list[R]] = Future()
                done.set_result([fn(item)])
                pending.append(done)
            else:
                batch.append(item)
                weight += size(item) if size is not None else BATCH_BYTES
                if len(batch) >= BATCH_ITEMS or weight >= BATCH_BYTES:
                    pending.append(pool.submit(_map_batch, fn, batch))
                    batch, weight = [], 0
            while len(pending) >= jobs * 4:
                yield from pending.popleft().result()
        if batch:
            pending.append(pool.submit(_map_batch, fn, batch))
        while pending:
            yield from pending.popleft().result()
        finished = True
    finally:
        # on an early stop (a closed pipe, Ctrl-C, SIGTERM) do not wait for the workers
        pool.shutdown(wait=finished, cancel_futures=True)


BATCH_ITEMS = 16
BATCH_BYTES = 256 * 1024


def _map_batch(fn: Callable[[T], R], batch: list[T]) -> list[R]:
    return [fn(item) for item in batch]


def _input_size(name: str) -> int:
    """An input's size in bytes for batching; an unreadable one counts as a whole batch."""
    try:
        return os.stat(name).st_size
    except OSError:
        return BATCH_BYTES


def _worker_init() -> None:
    """Workers write nothing to stdout and die with their parent (a closed pipe, a kill)."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.close(devnull)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):  # pragma: no cover - not glibc
            pass


@dataclass(frozen=True, slots=True)
class _Task:
    options: ReadOptions
    segment: bool
    reference: date | None = None

    def __call__(self, name: str) -> InputResult:
        return process_input(name, self.options, self.segment, reference=self.reference)


def run(
    names: Iterable[str],
    options: ReadOptions | None = None,
    jobs: int = 1,
    segment: bool = False,
    reference: date | None = None,
) -> Iterator[InputResult]:
    """Process inputs (paths or ``-``) and yield one result per input, in input order."""
    task = _Task(options or ReadOptions(), segment, reference)
    yield from ordered_map(task, names, jobs, local=lambda name: name == "-", size=_input_size)
