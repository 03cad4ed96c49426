"""Start-up: importing framing loads no heavy library it does not need yet."""
from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_importing_framing_leaves_scikit_learn_and_nltk_for_later():
    """scikit-learn (most of a second to import) is needed by a comparison's vocabulary, similarity and
    alignment, not to import framing or analyse one article's evidence lexicons."""
    code = "import sys, framing; print(sorted(m for m in ('sklearn', 'nltk', 'scipy') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
