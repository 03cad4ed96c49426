"""Which paths are read, and how they are opened.

* Only regular files are read (after following symbolic links). A FIFO, socket or device is refused
  with an error saying what it is (reading a FIFO would wait for a writer forever; ``-`` reads
  standard input); a broken link and a link loop say so. Files are opened without blocking and
  checked again once open, so a FIFO put in a file's place between the check and the open is refused
  too.
* A folder stands for the files directly inside it whose names end in a supported suffix, sorted by
  name. Hidden files (names starting with ``.``) are skipped, and subfolders are not read. Every
  other entry with a supported suffix that is not a readable regular file (FIFO, socket, device,
  broken link, link loop) is one error, never skipped silently.
* File names that are not valid UTF-8 (Python keeps their bytes as lone surrogates) are shown with
  those bytes escaped (``caf\\xe9.txt``), so that no message or article id carries a lone surrogate.
"""
from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO, Iterator, Sequence

from ..errors import InputError

_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"),
          (stat.S_ISCHR, "a character device"), (stat.S_ISBLK, "a block device"))


def display_name(name: str) -> str:
    """``name`` as shown in messages and ids: the bytes of a file name that is not UTF-8 escaped."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return name


def not_regular(mode: int) -> str | None:
    """What a file of this ``st_mode`` is if it is not a regular file or a folder (None otherwise)."""
    if stat.S_ISREG(mode) or stat.S_ISDIR(mode):
        return None
    kind = next((what for test, what in _KINDS if test(mode)), "a special file")
    return f"is not a regular file ({kind}); give a file, or - for standard input"


def _stat_problem(path: Path, exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "is a symbolic link loop"
    if isinstance(exc, FileNotFoundError):
        if path.is_symlink():
            return f"is a broken symbolic link (to {display_name(os.readlink(path))}, which does not exist)"
        return "no such file"
    if isinstance(exc, NotADirectoryError):
        return "no such file (a part of its path is not a folder)"
    return f"cannot be read: {exc.strerror or exc}"


def stat_input(path: Path, name: str) -> os.stat_result:
    """``os.stat`` of an input (links followed); InputError naming what is missing or looping."""
    try:
        return os.stat(path)
    except OSError as exc:
        raise InputError(name, _stat_problem(path, exc)) from None


def _check_mode(mode: int, name: str) -> None:
    if stat.S_ISDIR(mode):
        raise InputError(name, "is a folder, not a file (give the files inside it)")
    problem = not_regular(mode)
    if problem:
        raise InputError(name, problem)


def open_regular(path: Path, name: str) -> tuple[BinaryIO, int]:
    """(binary file, size in bytes) of a regular file (links followed); InputError, naming ``name``,
    for anything else: missing, a broken link or a loop, a folder, a FIFO, socket or device.

    Opened without blocking (a FIFO does not wait for a writer), then checked again with ``fstat``."""
    _check_mode(stat_input(path, name).st_mode, name)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise InputError(name, _stat_problem(path, exc)) from None
    try:
        info = os.fstat(fd)
        _check_mode(info.st_mode, name)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb"), info.st_size
    except BaseException:
        os.close(fd)
        raise


def _inside(path: Path, folders: Sequence[Path]) -> bool:
    return any(path == f or f in path.parents for f in folders)


def resolved(folders: Sequence[str | os.PathLike[str]]) -> list[Path]:
    """The folders as absolute paths with links resolved (for comparing them)."""
    return [Path(f).resolve() for f in folders]


def is_skipped(path: Path, skip: Sequence[Path]) -> bool:
    """Is this folder one of ``skip`` (resolved) or inside one?"""
    return bool(skip) and _inside(path.resolve(), skip)


def folder_entries(path: Path, name: str, suffixes: Sequence[str]) -> Iterator[Path | InputError]:
    """The files a folder stands for (see the module docstring), sorted by name, and an InputError for
    each entry with a supported suffix that is not a readable regular file."""
    try:
        entries = sorted(path.iterdir())
    except OSError as exc:
        yield InputError(name, f"cannot be read: {exc.strerror or exc}")
        return
    found = False
    for entry in entries:
        if entry.name.startswith(".") or entry.suffix.lower() not in suffixes:
            continue
        where = display_name(str(entry))
        try:
            mode = os.stat(entry).st_mode
        except OSError as exc:
            found = True
            yield InputError(where, _stat_problem(entry, exc))
            continue
        if stat.S_ISDIR(mode):
            continue
        found = True
        problem = not_regular(mode)
        yield InputError(where, problem) if problem else entry
    if not found:
        yield InputError(name, f"folder holds no article files ({', '.join(suffixes)})")
