"""Atomic writes: a reader (or a rerun after a crash) sees a file's old content or its new one, never half.

Every file framing writes goes through here: reports, tables, pages, the batch cache, models. The
content goes to a hidden temporary file beside the target (``.NAME.PID.tmp``, so two processes never
share one), which then replaces the target in one ``os.replace``; on an error the temporary file is
removed and the target is left as it was.
"""
from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import IO, Iterator


def temporary_path(path: Path) -> Path:
    """The hidden temporary file a write to ``path`` goes through."""
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str], *, newline: str | None = None) -> Iterator[IO[str]]:
    """A text file (UTF-8) to write ``path`` through, piece by piece; it replaces ``path`` when the
    ``with`` block ends without an error."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temporary_path(target)
    try:
        with tmp.open("w", encoding="utf-8", newline=newline) as fh:
            yield fh
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


def write_atomic(path: str | os.PathLike[str], content: str | bytes) -> None:
    """Write ``content`` (text as UTF-8, or bytes) to ``path`` atomically."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temporary_path(target)
    try:
        if isinstance(content, str):
            tmp.write_text(content, encoding="utf-8")
        else:
            tmp.write_bytes(content)
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()
