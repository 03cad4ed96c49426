"""Start-up: importing framing loads no heavy library it does not need yet."""
from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_importing_framing_leaves_scikit_learn_and_nltk_for_later():
    """scikit-learn (most of a second to import) is needed by corpus-scale vocabulary only (framing
    sources), not to import framing, analyse an article or compare a few."""
    code = "import sys, framing; print(sorted(m for m in ('sklearn', 'nltk', 'scipy') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


_ANALYSE = ("import sys, framing\n"
            "framing.analyze(framing.Article(id='x', title='Storm', text='Officials said the storm may hit the "
            "coast on Monday, and residents were told to leave. ' * 5))\n")


def _run(code: str, env: dict | None = None) -> str:
    import os
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={**os.environ, **(env or {})})
    return out.stdout.strip()


def test_analysing_an_article_imports_neither_nltk_nor_scikit_learn_nor_scipy(tmp_path):
    """textstat is imported without NLTK (whose import pulls in SciPy and scikit-learn: about 1.1 s)."""
    code = _ANALYSE + "print(sorted(m for m in ('sklearn', 'nltk', 'scipy') if m in sys.modules))"
    assert _run(code, {"FRAMING_CACHE_DIR": str(tmp_path)}) == "[]"


def test_nltk_imported_after_framing_is_the_real_one(tmp_path):
    """The placeholder that keeps textstat from importing NLTK is gone once textstat is imported."""
    import importlib.util
    assert importlib.util.find_spec("nltk") is not None  # textstat depends on it, so it is installed
    code = _ANALYSE + "import nltk; print(hasattr(nltk, 'word_tokenize'), nltk.__doc__ is not None)"
    assert _run(code, {"FRAMING_CACHE_DIR": str(tmp_path)}) == "True True"


def test_the_language_data_cache_is_built_once_and_rebuilt_when_damaged(tmp_path):
    code = _ANALYSE + ("p = framing.analyze(framing.Article(id='y', title='t', text='Los funcionarios dijeron que "
                       "la tormenta podría llegar a la costa el lunes por la mañana.'))\n"
                       "print(p.language, framing.analyze(framing.load_article('seeds/002_5283c69be6bb5e58.txt'))"
                       ".features['readability'].value)")
    first = _run(code, {"FRAMING_CACHE_DIR": str(tmp_path)})
    built = sorted(p.name for p in tmp_path.iterdir())
    assert any(n.startswith("cmu-syllables-") for n in built) and any(n.startswith("py3langid-") for n in built)
    assert not any(n.endswith(".tmp") for n in built)
    for p in tmp_path.iterdir():  # damage both files: they are built again, with the same results
        p.write_bytes(b"\x00garbage")
    assert _run(code, {"FRAMING_CACHE_DIR": str(tmp_path)}) == first
    assert all(p.stat().st_size > 1000 for p in tmp_path.iterdir())
    assert first.startswith("es ")


def test_an_unwritable_cache_folder_only_costs_time(tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")  # the cache "folder" is a file: nothing can be written under it
    code = _ANALYSE + "print(framing.analyze(framing.load_article('seeds/002_5283c69be6bb5e58.txt')).features['readability'].value)"
    reference = _run(code, {"FRAMING_CACHE_DIR": str(tmp_path / "ok")})
    assert _run(code, {"FRAMING_CACHE_DIR": str(blocked / "cache")}) == reference


def test_a_comparison_and_a_lesson_import_neither_scikit_learn_nor_scipy(tmp_path):
    """framing compare (and --lesson) count terms as scikit-learn does without importing it
    (framing.compare.terms): a fresh comparison of the seeds starts in about half a second."""
    import json
    import os

    code = ("import sys, runpy\n"
            f"sys.argv = ['framing', 'compare', *sys.argv[1:3], '--lesson', '-o', {str(tmp_path / 'l.html')!r}]\n"
            "try:\n    runpy.run_module('framing', run_name='__main__')\n"
            "except SystemExit as e:\n    assert not e.code, e.code\n"
            "import json; print(json.dumps(sorted(m for m in ('sklearn', 'nltk', 'scipy', 'pandas') if m in sys.modules)))")
    seeds = sorted(str(p) for p in (ROOT / "seeds").glob("*.txt"))
    out = subprocess.run([sys.executable, "-c", code, *seeds], cwd=ROOT, capture_output=True, text=True, check=True,
                         env={**os.environ, "FRAMING_CACHE_DIR": str(tmp_path)})
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
    assert (tmp_path / "l.html").stat().st_size > 10_000
