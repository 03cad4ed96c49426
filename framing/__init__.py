"""framing: measure how news articles are written, with the evidence behind every number.

Public API::

    article = framing.load_article("a.txt")
    profile = framing.analyze(article)
    comparison = framing.compare([framing.analyze(a) for a in articles])
    html = framing.render_comparison(comparison)
    frame = framing.profiles_to_frame(profiles)   # a pandas DataFrame, where pandas is installed

In Jupyter a Profile and a Comparison display their report (``_repr_html_``).
"""
from __future__ import annotations

from .version import __version__
from . import _native  # noqa: E402  # first: picks compiled or pure analysis modules

_native.install()

from .analysis import analyze, analyze_many  # noqa: E402
from .ingest.files import load_article, load_articles  # noqa: E402
from .compare import Comparison, compare  # noqa: E402
from .errors import FramingError, InputError, UsageError  # noqa: E402
from .analysis.features import FEATURE_NAMES  # noqa: E402
from .render import render_comparison  # noqa: E402
from .types import NOTEBOOK_HTML, Article, Evidence, FeatureResult, Measure, Profile  # noqa: E402
from .corpus.tables import profiles_to_frame  # noqa: E402


def _notebook(kind: str):  # the render stage, imported when a notebook first shows an object
    def show(obj: object) -> str:
        from .render import notebook

        return notebook.profile_html(obj) if kind == "profile" else notebook.comparison_html(obj)  # type: ignore[arg-type]
    return show


NOTEBOOK_HTML.update(profile=_notebook("profile"), comparison=_notebook("comparison"))

__all__ = [
    "Article", "Comparison", "Evidence", "FEATURE_NAMES", "FeatureResult", "FramingError", "InputError",
    "Measure", "Profile", "UsageError", "__version__", "analyze", "analyze_many", "compare", "load_article",
    "load_articles", "profiles_to_frame", "render_comparison",
]
