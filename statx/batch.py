"""Running extraction over many inputs: in order, in parallel, streaming.

The per-document function is :func:`statx.understand.analyze`; this module feeds it
inputs and hands results back in input order, so a run with ``jobs=4`` writes
the same bytes as a run with ``jobs=1``. At most ``window`` inputs are in
flight at once, so memory stays flat however many files a run reads.
"""

from __future__ import annotations

import ctypes
import dataclasses
import gc
import itertools
import multiprocessing
import os
import pickle
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from multiprocessing.connection import Connection, wait
from typing import Any, TypeVar

from statx.deps import MissingPackage
from statx.facts import Dropped, Fact, Skipped
from statx.read import Document, Failure, ReadOptions, display_name, read_items
from statx.understand import Analysis, analyze
from statx.understand.period import published_date

__all__ = [
    "InputResult",
    "WorkerDied",
    "WorkersFailToStart",
    "analyze_document",
    "default_jobs",
    "ordered_map",
    "process_input",
    "run",
]

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class InputResult:
    """What one input gave: its documents' facts, the documents that failed, and warnings
    (a stretch of a document given up on: its document's name and what and why)."""

    name: str
    facts: list[Fact] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    documents: int = 0
    notes: list[Failure] = field(default_factory=list)


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
    notes: list[Failure] = []
    documents = 0
    for item in read_items(name, options, raw):
        if isinstance(item, Failure):
            failures.append(item)
            continue
        documents += 1
        try:
            analysis = analyze_document(item, segment, reference, dropped=False)
        except MissingPackage:  # a broken install: the run stops, saying what is missing
            raise
        except Exception as exc:  # one document fails alone: the dump's other records go on
            failures.append(Failure(item.doc, f"could not be processed ({type(exc).__name__}: {exc})"))
            continue
        facts.extend(analysis.facts)
        notes.extend(Failure(item.doc, f"{k.where()} skipped, {k.reason}") for k in analysis.skipped)
    return InputResult(name, facts, failures, documents, notes)


def extract_document(document: Document, segment: bool = False, reference: date | None = None) -> list[Fact]:
    """The facts of one document: the function to map over a corpus in Dask, Spark or Ray.

    A document longer than ``WINDOW_CHARS`` is analysed one window at a time,
    cut at a paragraph break (else a sentence end, else a space), so that the
    memory it takes is bounded by the window, not by the document; an article
    is far shorter, and is analysed whole. :func:`analyze_document` also says
    what was dropped and what was given up on.
    """
    return analyze_document(document, segment, reference, dropped=False).facts


def analyze_document(document: Document, segment: bool = False, reference: date | None = None, dropped: bool = True) -> Analysis:
    """:func:`statx.analyze` of one document, window by window as :func:`extract_document` reads it:
    its facts, the mentions dropped (unless ``dropped`` is false: they are not kept) and the stretches
    given up on (:class:`~statx.facts.Skipped`, with their reason), all with spans in the whole text."""
    text = document.text
    if len(text) <= WINDOW_CHARS:
        whole = analyze(text, document.doc, segment, document.published, reference)
        return whole if dropped else Analysis(whole.facts, [], whole.skipped)
    published = document.published or published_date(text[:WINDOW_CHARS])
    facts: list[Fact] = []
    drops: list[Dropped] = []
    skipped: list[Skipped] = []
    strings: dict[str, str] = {}  # one string object for each text the facts repeat (sentences, rules)

    def shared(value: str) -> str:
        return strings.setdefault(value, value)

    for start, end in _windows(text, WINDOW_CHARS):
        part = analyze(text[start:end], document.doc, segment, published, reference)
        for f in part.facts:
            facts.append(
                dataclasses.replace(
                    f,
                    start=f.start + start,
                    end=f.end + start,
                    part_of=None if f.part_of is None else f.part_of + start,
                    unit=shared(f.unit),
                    object=shared(f.object),
                    label=shared(f.label),
                    actor=shared(f.actor),
                    period=shared(f.period),
                    sentence=shared(f.sentence),
                    rules=shared(f.rules),
                    check=shared(f.check),
                )
            )
        if dropped:
            drops.extend(Dropped(d.start + start, d.end + start, d.mention, shared(d.reason)) for d in part.dropped)
        skipped.extend(Skipped(k.start + start, k.end + start, k.reason) for k in part.skipped)
    return Analysis(facts, drops, skipped)


WINDOW_CHARS = 500_000


def _windows(text: str, size: int) -> Iterator[tuple[int, int]]:
    """Spans of at most ``size`` characters that cover ``text``, cut where a paragraph,
    else a sentence, else a word ends, in the second half of each window."""
    start, n = 0, len(text)
    while start < n:
        end = min(n, start + size)
        if end < n:
            half = start + size // 2
            for mark in ("\n", ". ", " "):
                cut = text.rfind(mark, half, end)
                if cut >= 0:
                    end = cut + len(mark)
                    break
        yield start, end
        start = end


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def ordered_map(
    fn: Callable[[T], R],
    items: Iterable[T],
    jobs: int,
    local: Callable[[T], bool] | None = None,
    size: Callable[[T], int] | None = None,
    lost: Callable[[T, str], R] | None = None,
) -> Iterator[R]:
    """``map(fn, items)`` over ``jobs`` processes, results in input order.

    Items travel to the workers in batches of up to ``BATCH_ITEMS`` items or
    ``BATCH_BYTES`` bytes (as ``size(item)`` tells; without it, one item a
    batch), so that many small files do not cost one round trip each. At most
    ``4 * jobs`` batches are in flight, so a long input list costs no memory.
    Items for which ``local(item)`` is true run in this process (standard
    input, which the workers cannot read).

    A worker that dies (killed by a signal, the out-of-memory killer, a crash
    in C code) is replaced; the item it was working on gives ``lost(item,
    reason)`` (without ``lost``, a :class:`WorkerDied` is raised in its place)
    and the other items of its batch go to the other workers. An exception
    raised by ``fn`` is raised here, in input order, as ``map`` would.
    """
    iterator = iter(items)
    head = list(itertools.islice(iterator, 2))
    if jobs <= 1 or len(head) < 2:  # one input: no pool to start
        yield from map(fn, itertools.chain(head, iterator))
        return
    pool = _Pool(fn, jobs)
    try:
        yield from pool.map(itertools.chain(head, iterator), local, size, lost)
    finally:
        pool.close()


class WorkerDied(RuntimeError):
    """A worker process died while it worked on an item."""


class WorkersFailToStart(RuntimeError):
    """Worker processes die before they take any work: no item can be read in them."""


STILLBORN = 3  # workers in a row dead before their first batch: the pool gives up


BATCH_ITEMS = 16
BATCH_BYTES = 256 * 1024


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
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler, inherited by fork
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):  # pragma: no cover - not glibc
            pass


@dataclass(eq=False)
class _Worker:
    process: Any
    conn: Connection
    batch: deque[tuple[int, Any]] = field(default_factory=deque)  # sent, no result back yet
    started: bool = False  # the worker has the batch: its first item without a result is in hand
    worked: bool = False  # it has acknowledged a batch: it got through its start-up


class _Pool:
    """Worker processes fed one batch at a time over a pipe each, so that the
    parent always knows which item a worker holds: when one dies, that item is
    named and the rest of its batch goes to the others. No threads, no queue
    that a dead worker can leave locked (``ProcessPoolExecutor`` can hang there)."""

    def __init__(self, fn: Callable[[Any], Any], jobs: int) -> None:
        self.fn = fn
        self.jobs = jobs
        self.context = multiprocessing.get_context()
        self.workers: list[_Worker] = []
        self.finished = False
        self.stillborn = 0  # workers in a row that died before taking a batch

    def _start(self) -> _Worker:
        mine, theirs = self.context.Pipe()
        process = self.context.Process(target=_work, args=(theirs, self.fn), name="statx-worker", daemon=True)
        process.start()
        theirs.close()
        return _Worker(process, mine)

    def map(
        self,
        items: Iterator[Any],
        local: Callable[[Any], bool] | None,
        size: Callable[[Any], int] | None,
        lost: Callable[[Any, str], Any] | None,
    ) -> Iterator[Any]:
        results: dict[int, tuple[bool, Any]] = {}  # index -> (ok, result or exception), until its turn
        todo: deque[list[tuple[int, Any]]] = deque()  # batches formed, not yet sent
        live: deque[int] = deque()  # the last index of each batch formed and not yet handed out
        batch: list[tuple[int, Any]] = []
        weight = count = out = 0
        exhausted = False
        window = 4 * self.jobs

        def close_batch() -> None:
            nonlocal batch, weight
            if batch:
                todo.append(batch)
                live.append(batch[-1][0])
                batch, weight = [], 0

        while True:
            while not exhausted and len(live) < window:
                try:
                    item = next(items)
                except StopIteration:
                    exhausted = True
                    close_batch()
                    break
                index, count = count, count + 1
                if local is not None and local(item):
                    close_batch()
                    try:
                        results[index] = (True, self.fn(item))
                    except Exception as exc:
                        results[index] = (False, exc)
                    live.append(index)
                    continue
                batch.append((index, item))
                weight += size(item) if size is not None else BATCH_BYTES
                if len(batch) >= BATCH_ITEMS or weight >= BATCH_BYTES:
                    close_batch()
            self._dispatch(todo)
            while out in results:
                ok, value = results.pop(out)
                out += 1
                while live and live[0] < out:
                    live.popleft()
                if not ok:
                    raise value
                yield value
            if exhausted and out == count:
                self.finished = True
                return
            busy = [w for w in self.workers if w.batch]
            if busy:
                wait([w.conn for w in busy] + [w.process.sentinel for w in busy], timeout=1.0)
                for worker in busy:
                    self._collect(worker, results, todo, lost)

    def _dispatch(self, todo: deque[list[tuple[int, Any]]]) -> None:
        """Idle workers get the next batches; workers start as they are needed, up to ``jobs``."""
        idle = [w for w in self.workers if not w.batch]
        while todo and (idle or len(self.workers) < self.jobs):
            if not idle:
                self.workers.append(self._start())
                idle.append(self.workers[-1])
            worker = idle.pop()
            worker.batch.extend(todo[0])
            worker.started = False
            if _send(worker.conn, todo[0]):
                todo.popleft()
            else:  # it died while idle: nothing of the batch was in hand
                worker.batch.clear()
                self._replace(worker)
                idle.append(self.workers[-1])

    def _collect(
        self,
        worker: _Worker,
        results: dict[int, tuple[bool, Any]],
        todo: deque[list[tuple[int, Any]]],
        lost: Callable[[Any, str], Any] | None,
    ) -> None:
        """Take what a worker sent; if it died, name the item it held and hand the rest on."""
        dead = False
        try:
            while worker.batch and worker.conn.poll():
                tag, index, value = worker.conn.recv()
                if tag == "ack":
                    worker.started = worker.worked = True
                    self.stillborn = 0
                    continue
                results[index] = (tag == "ok", value)
                worker.batch.popleft()
        except (EOFError, OSError):
            dead = True
        if not dead and worker.process.is_alive():
            return
        worker.process.join(timeout=5)
        reason = _death(worker.process.exitcode)
        if worker.batch and worker.started:
            index, item = worker.batch.popleft()
            results[index] = (True, lost(item, reason)) if lost is not None else (False, WorkerDied(reason))
        if worker.batch:
            todo.appendleft(list(worker.batch))
            worker.batch.clear()
        self._replace(worker)

    def _replace(self, worker: _Worker) -> None:
        """A dead worker's place goes to a new one, unless workers die as they start
        (an import that fails, a kill before the first batch): then the run stops."""
        worker.conn.close()
        if worker.process.is_alive():
            worker.process.kill()
        worker.process.join(timeout=5)
        self.workers.remove(worker)
        if not worker.worked:
            self.stillborn += 1
            if self.stillborn >= STILLBORN:
                raise WorkersFailToStart(
                    f"worker processes die as they start ({self.stillborn} in a row, the last "
                    f"{_death(worker.process.exitcode).removeprefix('the worker process reading it ')}); "
                    "the run stops (--jobs 1 runs without them)"
                )
        self.workers.append(self._start())

    def close(self) -> None:
        """After a whole run, workers are told to stop; after an early stop (a closed pipe,
        Ctrl-C, SIGTERM, an exception) they are killed at once."""
        for worker in self.workers:
            if self.finished:
                _send(worker.conn, None)
        for worker in self.workers:
            if self.finished:
                worker.process.join(timeout=2)
            if worker.process.is_alive():
                worker.process.kill()
            worker.process.join(timeout=5)
            worker.conn.close()
        self.workers.clear()


def _death(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            name = signal.Signals(-exitcode).name
        except ValueError:
            name = f"signal {-exitcode}"
        return f"the worker process reading it was killed by {name}"
    return f"the worker process reading it died (exit code {exitcode})"


def _send(conn: Connection, message: object) -> bool:
    """Send to a worker; False when it is gone. SIGPIPE is held back meanwhile, so that a
    dead worker's pipe does not kill this process (the CLI restores SIGPIPE's default)."""
    if not hasattr(signal, "pthread_sigmask"):  # pragma: no cover - not POSIX
        try:
            conn.send(message)
        except OSError:
            return False
        return True
    pipe = {signal.SIGPIPE}
    old = signal.pthread_sigmask(signal.SIG_BLOCK, pipe)
    try:
        conn.send(message)
    except OSError:
        return False
    finally:
        if signal.SIGPIPE in signal.sigpending():
            signal.sigtimedwait(pipe, 0)
        signal.pthread_sigmask(signal.SIG_SETMASK, old)
    return True


def _work(conn: Connection, fn: Callable[[Any], Any]) -> None:
    """A worker: batches in; an acknowledgement, then one message per item out; ``None`` ends it."""
    _worker_init()
    frozen = False
    while True:
        try:
            batch = conn.recv()
        except (EOFError, OSError):
            return
        if batch is None:
            return
        conn.send(("ack", -1, None))
        for index, item in batch:
            try:
                message: tuple[str, int, Any] = ("ok", index, fn(item))
            except Exception as exc:
                message = ("error", index, _portable(exc))
            try:
                conn.send(message)
            except (pickle.PicklingError, TypeError, AttributeError) as exc:  # a result that cannot travel
                conn.send(("error", index, RuntimeError(f"result not picklable: {type(exc).__name__}: {exc}")))
        if not frozen:  # the first batch has loaded the word lists, which live as long as the worker:
            gc.freeze()  # out of the collector's sight, no later collection walks them
            frozen = True


def _portable(exc: Exception) -> Exception:
    """The exception itself when it can travel to the parent, else its words."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")
    return exc


@dataclass(frozen=True, slots=True)
class _Task:
    options: ReadOptions
    segment: bool
    reference: date | None = None

    def __call__(self, name: str) -> InputResult:
        try:
            return process_input(name, self.options, self.segment, reference=self.reference)
        except MissingPackage:  # a broken install: the run stops, saying what is missing
            raise
        except Exception as exc:  # one input fails alone, named, whatever went wrong
            return _lost(name, f"could not be processed ({type(exc).__name__}: {exc})")


def _lost(name: str, reason: str) -> InputResult:
    return InputResult(name, failures=[Failure(display_name(name), reason)])


def run(
    names: Iterable[str],
    options: ReadOptions | None = None,
    jobs: int = 1,
    segment: bool = False,
    reference: date | None = None,
) -> Iterator[InputResult]:
    """Process inputs (paths or ``-``) and yield one result per input, in input order."""
    task = _Task(options or ReadOptions(), segment, reference)
    yield from ordered_map(task, names, jobs, local=lambda name: name == "-", size=_input_size, lost=_lost)
