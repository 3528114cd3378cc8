"""The same extraction on a Dask cluster (optional extra ``statx[dask]``).

The client reads each input's bytes and sends them to the workers, so the
workers need no access to the client's files; each worker decodes and
extracts with :func:`statx.batch.process_input`. Results come back in input
order, with at most ``window`` inputs in flight, so the output is byte for
byte the one a local run writes.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from statx.batch import InputResult, default_jobs, process_input
from statx.read import Failure, InputError, ReadOptions, read_raw

__all__ = ["DaskUnavailable", "run_dask"]


class DaskUnavailable(RuntimeError):
    """dask.distributed is not installed."""


def _client(scheduler: str) -> tuple[Any, Any]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError:
        raise DaskUnavailable("--scheduler needs dask.distributed: pip install 'statx[dask]'") from None
    if scheduler == "local":
        cluster = LocalCluster(n_workers=default_jobs(), threads_per_worker=1, processes=True, dashboard_address=None)
        return Client(cluster), cluster
    return Client(scheduler), None


def run_dask(
    names: Iterable[str],
    scheduler: str,
    options: ReadOptions | None = None,
    segment: bool = False,
    window: int | None = None,
    reference: date | None = None,
) -> Iterator[InputResult]:
    """Process inputs on a Dask cluster (``tcp://host:8786``, or ``local`` for a local one)."""
    opts = options or ReadOptions()
    client, cluster = _client(scheduler)
    limit = window or max(8, 4 * sum(client.nthreads().values()))
    pending: deque[Any] = deque()
    try:
        for name in names:
            try:
                raw = read_raw(name, opts.max_bytes)
            except InputError as exc:
                pending.append(InputResult(name, failures=[Failure(name, str(exc))]))
            else:
                pending.append(client.submit(process_input, name, opts, segment, raw, reference, pure=False))
            while len(pending) >= limit:
                yield _result(pending.popleft())
        while pending:
            yield _result(pending.popleft())
    finally:
        for f in pending:
            if not isinstance(f, InputResult):
                f.cancel()
        client.close()
        if cluster is not None:
            cluster.close()


def _result(item: Any) -> InputResult:
    if isinstance(item, InputResult):
        return item
    result: InputResult = item.result()
    item.release()
    return result
