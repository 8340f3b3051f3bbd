"""Work split into chunks and run in worker processes, results back in input order.

At most a few chunks per worker are in flight at any time, so memory stays bounded
however long the input is; with one job everything runs in the calling process.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from concurrent.futures import Future

__all__ = ["ordered_map"]

Context = TypeVar("Context")
Item = TypeVar("Item")
Result = TypeVar("Result")

CHUNKS_PER_JOB = 3
"""Chunks queued per worker: enough to keep every worker busy, few enough to bound memory."""


def ordered_map(
    work: Callable[[Context, Item], Result],
    items: Iterable[Item],
    *,
    context: Context,
    jobs: int,
) -> Iterator[Result]:
    """``work(context, item)`` for each item, in ``jobs`` processes, results in input order.

    ``work`` must be a module-level function. ``context`` (say, a pipeline) is sent to each
    worker once, not with every item. Stopping the iteration early cancels the items not
    yet started.
    """
    if jobs <= 1:
        for item in items:
            yield work(context, item)
        return
    # imported here: a run with one job (and its start-up) does without process pools
    from concurrent.futures import ProcessPoolExecutor

    pending: deque[Future[Result]] = deque()
    with ProcessPoolExecutor(jobs, initializer=_receive, initargs=(context,)) as pool:
        try:
            for item in items:
                pending.append(pool.submit(_run, work, item))
                if len(pending) >= jobs * CHUNKS_PER_JOB:
                    yield pending.popleft().result()
            while pending:
                yield pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()


_worker_context: list[Any] = []  # set once in each worker process by _receive


def _receive(context: Any) -> None:
    _worker_context.append(context)


def _run(work: Callable[[Any, Any], Result], item: Any) -> Result:
    return work(_worker_context[0], item)
