"""Compiled or pure Python: which analysis modules this process runs.

The analysis core (``COMPILED``: the analysis stage and the records it
builds) is plain, type-annotated Python that ``setup.py`` also compiles with
mypyc when the machine has a C compiler; the
compiled modules are C extensions beside the sources and run the analysis
faster with the same results. The build writes ``_native.json``, the SHA-256
of each compiled source and of each framing module they import (compiled code
checks the types of what it gets from those too, so an edit there can make it
stale). At import (``framing/__init__`` calls
:func:`install` first), the pure sources are used instead of the compiled
modules when

* ``FRAMING_PURE=1`` is set (for comparing the two, or for debugging);
* there is no ``_native.json`` (a pure install, or a build that wrote none);
* one of those sources was edited or removed after the build (the compiled
  modules would be stale: rebuild with ``pip install -e .``).

The compiled modules call each other directly, so it is all of them or none.
"""
from __future__ import annotations

import hashlib
import importlib.util
import json
import os
import sys
from pathlib import Path

# What is compiled: framing/records.py and every module of the analysis stage (framing/analysis/ and
# its subfolders), found from the folder by setup.py (read there, not imported).
COMPILED: tuple[str, ...] = ("framing/records.py", "framing/analysis")
LIBRARY = "framing_native__mypyc"  # the shared library of the compiled modules (setup.py's group_name)
_ROOT = Path(__file__).resolve().parent.parent
MANIFEST = Path(__file__).resolve().parent / "_native.json"
REASON = ""  # why the pure modules are used, when they are


def source(module: str) -> Path:
    """The .py source of a framing module or package (``framing/x/__init__.py`` for a package)."""
    base = _ROOT / module.replace(".", "/")
    package = base / "__init__.py"
    return package if package.is_file() else base.with_suffix(".py")


class _PureFinder:
    """A meta path finder that loads framing's modules from their .py sources, never compiled files."""

    def find_spec(self, name, path=None, target=None):
        if not name.startswith("framing."):
            return None
        found = source(name)
        if not found.is_file():
            return None
        if found.name == "__init__.py":
            return importlib.util.spec_from_file_location(name, found,
                                                          submodule_search_locations=[str(found.parent)])
        return importlib.util.spec_from_file_location(name, found)


def _digest(path: Path) -> str:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "missing"


def _why_pure() -> str:
    if os.environ.get("FRAMING_PURE"):
        return "FRAMING_PURE is set"
    try:
        built = json.loads(MANIFEST.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "not compiled"
    if importlib.util.find_spec(LIBRARY) is None:  # the build wrote the list, but compiling failed
        return "the compiled library is missing"
    changed = [name for name, digest in sorted(built.items()) if _digest(_ROOT / name) != digest]
    if changed:
        print(f"framing: {changed[0]} changed after the compiled build; running pure Python "
              "(rebuild with `pip install -e .`)", file=sys.stderr)
        return f"{changed[0]} changed after the build"
    return ""


def install() -> None:
    """Use the pure modules when the compiled ones are absent, unwanted or stale."""
    global REASON
    REASON = _why_pure()
    if REASON and not any(isinstance(f, _PureFinder) for f in sys.meta_path):
        sys.meta_path.insert(0, _PureFinder())


def compiled() -> bool:
    """Does this process run the compiled analysis modules?"""
    text = sys.modules.get("framing.analysis.text")
    return bool(text is not None and not str(getattr(text, "__file__", "")).endswith(".py"))
