"""Profiles and comparisons in a Jupyter notebook: ``_repr_html_`` shows the report without the page
chrome (no ``<html>``, no navigation), its styles scoped to the report with CSS ``@scope``."""
from __future__ import annotations

from ..compare import Comparison
from ..types import Profile
from .batch_pages import build_article_page_view
from .compare_page import build_compare_view
from .environment import environment


def profile_html(profile: Profile) -> str:
    """One article's page (features, highlighted text, evidence) as a notebook fragment."""
    return environment().get_template("notebook_article.html").render(**build_article_page_view(profile))


def comparison_html(comparison: Comparison) -> str:
    """The comparison report as a notebook fragment."""
    return environment().get_template("notebook_compare.html").render(**build_compare_view(comparison))
