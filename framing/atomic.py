"""Atomic writes: a reader (or a rerun after a crash) sees a file's old content or its new one, never half.

Every file framing writes goes through here: reports, tables, pages, the batch cache, models.

- A regular file, or a path that does not exist yet, is written to a hidden temporary file beside it
  (``.NAME.PID.tmp``, so two processes never share one), which then replaces it in one
  ``os.replace``; on an error the temporary file is removed and the target is left as it was.
- A symbolic link is written through: the file it points to is replaced atomically and the link stays.
- Anything else that already exists and is not a folder (a FIFO, a character device such as
  ``/dev/stdout`` or ``/dev/null``, a socket) is opened and written to directly: it cannot be
  replaced, and the user meant to write into it.

An error while writing (a full disk, a read-only folder) is raised as :class:`OSError` that names the
file, so the message a user sees says where. :func:`remove_stale_temporaries` clears the temporary files
that a killed run left behind.
"""
from __future__ import annotations

import contextlib
import errno
import os
import re
import stat
from pathlib import Path
from typing import IO, Iterator

_TEMPORARY = re.compile(r"^\..+\.(\d+)\.tmp$")


def temporary_path(path: Path) -> Path:
    """The hidden temporary file a write to ``path`` goes through."""
    return path.with_name(f".{path.name}.{os.getpid()}.tmp")


def _named(exc: OSError, path: Path) -> OSError:
    """``exc`` with ``path`` as its file name (a failed ``write`` carries none)."""
    if exc.filename:
        return exc
    return OSError(exc.errno or errno.EIO, exc.strerror or str(exc), str(path))


def _target(path: Path) -> tuple[Path, bool]:
    """Where to write for ``path``: (the file to replace, True) for a regular file, a new path or a
    symbolic link to one (the link's final target); (path, False) for anything to write into directly
    (a FIFO, a device, a socket, or a link to one, such as ``/dev/stdout``)."""
    try:
        mode = path.stat().st_mode  # follows links
    except FileNotFoundError:
        # a new file, or a dangling link: the link's target is created
        return (Path(os.path.realpath(path)) if path.is_symlink() else path), True
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "is a folder; give a file name", str(path))
    if not stat.S_ISREG(mode):
        return path, False
    return (Path(os.path.realpath(path)) if path.is_symlink() else path), True


@contextlib.contextmanager
def atomic_writer(path: str | os.PathLike[str], *, newline: str | None = None) -> Iterator[IO[str]]:
    """A text file (UTF-8) to write ``path`` through, piece by piece; it replaces ``path`` when the
    ``with`` block ends without an error (see the module docstring for links, FIFOs and devices)."""
    target, replace = _target(Path(path))
    if not replace:
        try:
            with target.open("w", encoding="utf-8", newline=newline) as fh:
                yield fh
        except OSError as exc:
            raise _named(exc, target) from None
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temporary_path(target)
    try:
        try:
            with tmp.open("w", encoding="utf-8", newline=newline) as fh:
                yield fh
            os.replace(tmp, target)
        except OSError as exc:
            raise _named(exc, target) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def write_atomic(path: str | os.PathLike[str], content: str | bytes) -> None:
    """Write ``content`` (text as UTF-8, or bytes) to ``path`` atomically (see the module docstring)."""
    data = content.encode("utf-8") if isinstance(content, str) else content
    target, replace = _target(Path(path))
    if not replace:
        try:
            with target.open("wb") as fh:
                fh.write(data)
        except OSError as exc:
            raise _named(exc, target) from None
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = temporary_path(target)
    try:
        try:
            tmp.write_bytes(data)
            os.replace(tmp, target)
        except OSError as exc:
            raise _named(exc, target) from None
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def remove_stale_temporaries(folder: str | os.PathLike[str], depth: int = 2) -> int:
    """Remove the temporary files (``.NAME.PID.tmp``) that runs killed before they could clean up left in
    ``folder`` and its sub-folders down to ``depth`` levels; those of a process still running stay.
    Returns how many were removed."""
    removed = 0
    todo = [(Path(folder), 0)]
    while todo:
        here, level = todo.pop()
        try:
            entries = list(os.scandir(here))
        except OSError:
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if level < depth:
                    todo.append((Path(entry.path), level + 1))
                continue
            found = _TEMPORARY.match(entry.name)
            if found and not _alive(int(found.group(1))):
                with contextlib.suppress(OSError):
                    os.unlink(entry.path)
                    removed += 1
    return removed
