"""Build hook: compile framing's analysis core with mypyc when it can.

The modules named by ``COMPILED`` in framing/_native.py (framing/records.py and
every module under framing/analysis/, found from the folder) are plain,
type-annotated Python. When mypyc (a build requirement, see pyproject.toml)
and a C compiler are present, they are also compiled to C extension modules, which run the analysis faster with the
same results (tests compare the two). Without a compiler, or with
``FRAMING_PURE=1`` set at install time, framing installs as pure Python.
``framing/_native.json`` records the SHA-256 of the compiled sources and of
the framing modules they import, so a source edited after the build is noticed
at import and the pure modules are used instead of stale compiled ones (see
``framing/_native.py``).
"""
from __future__ import annotations

import ast
import hashlib
import json
import os
import sys
from pathlib import Path

from setuptools import find_namespace_packages, setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "framing" / "_native.json"
# commands that build modules; metadata-only calls (egg_info, dist_info) need no compiling
BUILDS = {"build", "build_ext", "bdist_wheel", "editable_wheel", "develop", "install"}


def _native_modules() -> list[str]:
    """The modules to compile: ``COMPILED`` of framing/_native.py (read, not imported: framing's
    dependencies may be absent here), a folder standing for every .py file under it."""
    tree = ast.parse((HERE / "framing" / "_native.py").read_text(encoding="utf-8"))
    for node in tree.body:
        target = node.target if isinstance(node, ast.AnnAssign) else (node.targets[0] if isinstance(node, ast.Assign)
                                                                        else None)
        if getattr(target, "id", None) == "COMPILED":
            paths = list(ast.literal_eval(node.value))
            break
    else:
        raise RuntimeError("framing/_native.py has no COMPILED")
    out: list[str] = []
    for rel in paths:
        path = HERE / rel
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for f in files:
            parts = f.relative_to(HERE).with_suffix("").parts
            out.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return out


def _imported(sources: list[str]) -> list[str]:
    """``sources`` and the framing modules they import, transitively (paths)."""
    seen: set[str] = set()
    todo = list(sources)
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        package = path.rsplit("/", 1)[0].split("/")  # (for a package's __init__.py: the package itself)
        for node in ast.walk(ast.parse((HERE / path).read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.ImportFrom):
                base = package[: len(package) - node.level + 1] if node.level else []
                stem = base + (node.module.split(".") if node.module else [])
                names = ["/".join(stem)] + ["/".join(stem + [a.name]) for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name.replace(".", "/") for a in node.names]
            for name in names:
                if name.split("/")[0] != "framing":
                    continue
                if (HERE / name / "__init__.py").is_file():
                    todo.append(name + "/__init__.py")
                elif (HERE / (name + ".py")).is_file():
                    todo.append(name + ".py")
    return sorted(seen)


def _source(module: str) -> str:
    """The source path of a module or package name."""
    base = module.replace(".", "/")
    return base + "/__init__.py" if (HERE / base / "__init__.py").is_file() else base + ".py"


def _ext_modules():
    if not BUILDS & set(sys.argv[1:]):
        return []
    if MANIFEST.exists():
        MANIFEST.unlink()
    # compiled modules of an earlier in-place (editable) build: stale, and perhaps no longer in the list
    for old in [*HERE.glob("framing/**/*.so"), *HERE.glob("framing_native__mypyc*.so")]:
        old.unlink()
    if os.environ.get("FRAMING_PURE"):
        print("framing: FRAMING_PURE is set; installing pure Python")
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        print("framing: mypyc is not available; installing pure Python")
        return []
    sources = [_source(m) for m in _native_modules()]
    try:
        exts = mypycify(["--ignore-missing-imports", "--follow-imports=silent", *sources],
                        opt_level="3", group_name="framing_native")
    except BaseException as exc:  # mypyc exits on a type error: fall back rather than fail the install
        print(f"framing: mypyc could not compile the core ({exc!r}); installing pure Python")
        return []
    for ext in exts:
        ext.optional = True  # a compiler error leaves the pure modules in place
    # the compiled sources and every framing module they import: compiled code checks the
    # types of what it gets from the pure ones too (see framing/_native.py)
    MANIFEST.write_text(json.dumps(
        {p: hashlib.sha256((HERE / p).read_bytes()).hexdigest() for p in _imported(sources)},
        indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return exts


class _BuildPy(build_py):
    """build_py that also installs the Jinja templates, kept in reports/templates/, as framing/templates/
    (an editable install reads them from reports/templates/ itself: see framing/render)."""

    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "framing" / "templates"
        target.mkdir(parents=True, exist_ok=True)
        source = HERE / "reports" / "templates"
        for path in sorted(source.rglob("*")):  # parts/ (shared pieces and styles) included
            if path.suffix in (".html", ".js", ".css"):
                (target / path.relative_to(source)).parent.mkdir(parents=True, exist_ok=True)
                self.copy_file(str(path), str(target / path.relative_to(source)))


# the packages, found from the folder (the data folders lexicons/ and models/ are packages too)
setup(packages=find_namespace_packages(include=["framing", "framing.*"]), package_dir={"": "."},
      cmdclass={"build_py": _BuildPy},
      ext_modules=_ext_modules())
