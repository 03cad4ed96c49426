"""The compiled analysis core (mypyc) and the pure Python one give the same results.

``setup.py`` compiles the modules of ``framing._native.COMPILED`` when it can; the
pure sources are used with ``FRAMING_PURE=1``, without a compiled build, or when
a source changed after the build (see framing/_native.py).
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys

from conftest import PL, ROOT, VOV

import framing
from framing import _native

# texts that take the less common paths: titles, quotes, capitals, numbers, odd characters
TEXTS = [
    ("WAR DRUMS!", "\u201cIt\u2019s war,\u201d said Sen. J. Smith on May 5. Officials, who declined to be "
                   "named, may resign. About 40 people could not attend.\n\nWhy? Critics say it "
                   "could backfire, reportedly.\nDon't panic: \u201cnot yet\u201d."),
    ("", "No title here. just lower case text\nwrapped over lines, and U.S. figures (3.5%)."),
    ("Tabs\tand\u00a0spaces", "\u00c9lys\u00e9e officials said \u2018maybe\u2019 \u2014 a so-called "
                              "``deal'' is possible as soon as possible."),
]

_DUMP = """
import json, sys
import framing
from framing import _native
from framing.types import Article
texts = json.loads(sys.argv[1])
paths = sys.argv[2:]
arts = [framing.load_article(p) for p in paths]
arts += [Article(id=str(i), title=t, text=x) for i, (t, x) in enumerate(texts)]
print(json.dumps({"compiled": _native.compiled(), "profiles": [framing.analyze(a).to_dict() for a in arts]}))
"""


def _run(env_extra: dict[str, str]) -> dict:
    env = {**os.environ, **env_extra}
    out = subprocess.run([sys.executable, "-c", _DUMP, json.dumps(TEXTS), str(VOV), str(PL)], env=env,
                         capture_output=True, text=True, check=True, cwd=ROOT)
    return json.loads(out.stdout)


def test_pure_and_this_process_give_identical_profiles():
    pure = _run({"FRAMING_PURE": "1"})
    assert pure["compiled"] is False
    here = [framing.analyze(a).to_dict() for a in
            [framing.load_article(VOV), framing.load_article(PL)]
            + [framing.Article(id=str(i), title=t, text=x) for i, (t, x) in enumerate(TEXTS)]]
    assert pure["profiles"] == json.loads(json.dumps(here))
    assert len(here[0]["features"]["hedging"]["evidence"]) > 0  # not a comparison of empty results


def test_the_core_is_compiled_where_a_compiler_is():
    """A build with a C compiler at hand compiles the core (else the speed figures don't hold)."""
    if os.environ.get("FRAMING_PURE") or not (shutil.which("cc") or shutil.which("gcc")):
        assert not _native.compiled()
        return
    assert _native.compiled(), f"pure Python is running ({_native.REASON}): rebuild with `pip install -e .`"
    assert _run({})["compiled"] is True


def test_a_source_edited_after_the_build_means_pure(tmp_path, monkeypatch, capsys):
    sources = sorted((ROOT / "framing").glob("**/*.py"))
    digest = {p.relative_to(ROOT).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in sources}
    manifest = tmp_path / "_native.json"
    monkeypatch.setattr(_native, "MANIFEST", manifest)
    monkeypatch.delenv("FRAMING_PURE", raising=False)
    assert _native._why_pure() == "not compiled"
    manifest.write_text(json.dumps(digest))
    monkeypatch.setattr(_native, "LIBRARY", "framing_no_such_library")
    assert _native._why_pure() == "the compiled library is missing"
    monkeypatch.setattr(_native, "LIBRARY", "json")  # any importable module stands in for the library
    assert _native._why_pure() == ""
    digest["framing/text.py"] = "0" * 64
    manifest.write_text(json.dumps(digest))
    assert _native._why_pure() == "framing/text.py changed after the build"
    assert "framing/text.py changed after the compiled build" in capsys.readouterr().err
    del digest["framing/text.py"]
    manifest.write_text(json.dumps({**digest, "framing/gone.py": "0" * 64}))
    assert _native._why_pure() == "framing/gone.py changed after the build"  # removed since
    monkeypatch.setenv("FRAMING_PURE", "1")
    assert _native._why_pure() == "FRAMING_PURE is set"


def test_pure_mode_imports_no_compiled_module():
    code = ("import sys, framing, framing.analysis.features\n"
            "mods = [m for n, m in sys.modules.items() if n.startswith('framing')]\n"
            "print(sorted(n for n, m in sys.modules.items() if n.startswith('framing')"
            " and not str(getattr(m, '__file__', '') or '').endswith('.py')))")
    out = subprocess.run([sys.executable, "-c", code], env={**os.environ, "FRAMING_PURE": "1"},
                         capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "[]"
