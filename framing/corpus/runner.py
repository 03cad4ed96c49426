"""The worker pool of a corpus run: work units in this process, in local worker processes, or on Dask.

One pool serves ``framing batch`` and ``framing sources``. Local workers are forked once per run, after
a warm-up analysis in the parent, so each starts with the lexicons, dictionaries and models loaded.
Results come back in the order of the tasks whatever the number of workers, so a run's output does not
depend on ``--jobs`` or the engine.
"""
from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Callable, Sequence

from ..analysis import analyze
from ..errors import FramingError, UsageError
from ..types import Article

MIN_PARALLEL = 4   # fewer tasks than this run in this process: starting workers would cost more
MAX_CHUNK = 16     # tasks sent to a worker at once (at most)


def warm_up() -> None:
    """Load what every analysis needs (lexicons, dictionaries, models) in this process."""
    analyze(Article("warm-up", "Warm-up", "Officials said the talks may fail. It's war, critics claimed."))


def default_jobs(jobs: int | None) -> int:
    """``jobs`` checked, or every core when None."""
    jobs = (os.cpu_count() or 1) if jobs is None else jobs
    if jobs < 1:
        raise UsageError(f"--jobs must be at least 1, got {jobs}")
    return jobs


class WorkerPool:
    """Runs work units in order: in this process (one job), in a pool of processes kept for the whole
    run, or on a Dask cluster (``engine="dask"``, ``scheduler`` its address). Use as a context manager
    or call :meth:`close`."""

    def __init__(self, jobs: int = 1, engine: str = "local", scheduler: str | None = None) -> None:
        if engine not in ("local", "dask"):
            raise UsageError(f"--engine must be 'local' or 'dask', got {engine!r}")
        self.jobs = jobs
        self.pool: ProcessPoolExecutor | None = None
        self.client: Any = None
        if engine == "dask":
            try:
                from distributed import Client
            except ImportError:
                raise FramingError("--engine dask needs the 'distributed' package: pip install 'framing[dask]'") \
                    from None
            if not scheduler:
                raise UsageError("--engine dask needs --scheduler ADDRESS (e.g. tcp://127.0.0.1:8786)")
            self.client = Client(scheduler)
        elif jobs > 1:
            warm_up()
            self.pool = ProcessPoolExecutor(max_workers=jobs)

    def map(self, func: Callable[[Any], Any], tasks: Sequence[Any],
            progress: Callable[[int], None] = lambda n: None) -> list[Any]:
        """``[func(t) for t in tasks]``, computed by the pool; ``progress(1)`` after each result."""
        results: list[Any] = []
        if not tasks:
            return results
        if self.client is not None:
            for fut in self.client.map(func, list(tasks), pure=False):
                results.append(fut.result())
                progress(1)
        elif self.pool is not None and len(tasks) >= MIN_PARALLEL:
            chunk = max(1, min(MAX_CHUNK, len(tasks) // (self.jobs * 4)))
            for r in self.pool.map(func, tasks, chunksize=chunk):
                results.append(r)
                progress(1)
        else:
            for t in tasks:
                results.append(func(t))
                progress(1)
        return results

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown()
            self.pool = None
        if self.client is not None:
            self.client.close()
            self.client = None

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
