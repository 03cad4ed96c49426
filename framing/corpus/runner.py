"""The worker pool of a corpus run: work units in this process, in local worker processes, or on Dask.

One pool serves ``framing batch`` and ``framing sources``. Local workers are forked once per run, after
a warm-up analysis in the parent, so each starts with the lexicons, dictionaries and models loaded.
Results come back in the order of the tasks whatever the number of workers, so a run's output does not
depend on ``--jobs`` or the engine.

Workers never outlive the run: they ignore Ctrl-C (the main process handles it once, and stops them),
and on Linux the kernel ends each worker when its parent dies, even by SIGKILL (``PR_SET_PDEATHSIG``);
elsewhere a worker checks that its parent is still there before each task.
"""
from __future__ import annotations

import ctypes
import os
import signal
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
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


_PR_SET_PDEATHSIG = 1  # prctl option (linux/prctl.h): the signal a process gets when its parent dies
_PARENT: list[int] = []  # in a worker: its parent's pid


def _worker_start(parent: int) -> None:
    """Runs first in every local worker: ignore Ctrl-C (the parent stops the pool) and end with the
    parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's handler: SIGTERM simply ends a worker
    _PARENT[:] = [parent]
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(_PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the line above took effect
        os._exit(1)


class _Guarded:
    """A task function that first checks the worker's parent is alive (for systems without
    ``PR_SET_PDEATHSIG``): an orphaned worker ends instead of working on."""

    def __init__(self, func: Callable[[Any], Any]) -> None:
        self.func = func

    def __call__(self, task: Any) -> Any:
        if _PARENT and os.getppid() != _PARENT[0]:
            os._exit(1)
        return self.func(task)


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
            self.pool = ProcessPoolExecutor(max_workers=jobs, initializer=_worker_start, initargs=(os.getpid(),))

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
            try:
                for r in self.pool.map(_Guarded(func), tasks, chunksize=chunk):
                    results.append(r)
                    progress(1)
            except BrokenProcessPool:
                raise FramingError("a worker process ended abruptly (out of memory?); what was done is kept: "
                                   "run the same command again to go on") from None
        else:
            for t in tasks:
                results.append(func(t))
                progress(1)
        return results

    def close(self, interrupted: bool = False) -> None:
        """Stop the workers: let them finish and exit, or, when the run was ``interrupted``, end them now."""
        pool = self.pool
        if pool is not None:
            self.pool = None
            if interrupted:
                pool.shutdown(wait=False, cancel_futures=True)
                # Python 3.14 has terminate_workers(); before it, the executor's processes are in _processes
                terminate = getattr(pool, "terminate_workers", None)
                if terminate is not None:
                    terminate()
                else:
                    for process in list((getattr(pool, "_processes", None) or {}).values()):
                        process.terminate()
            pool.shutdown(wait=True)
        if self.client is not None:
            self.client.close()
            self.client = None

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, kind: object, *exc: object) -> None:
        self.close(interrupted=kind is not None)
