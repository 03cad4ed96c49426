"""Render: Profiles and Comparisons as self-contained HTML pages (Jinja2, autoescaped) and as text.

View-models are built in Python from a :class:`~framing.compare.Comparison` or a
:class:`~framing.types.Profile`: every number is formatted here (:mod:`.formatting`), every
coordinate of a chart computed here (:mod:`.charts`), the highlighted text and evidence lists built as
escaped HTML fragments (:mod:`.fragments`); the templates in ``reports/templates/`` only lay them out.
Article text reaches the templates as plain strings and is escaped by Jinja2's autoescape; no template
marks article data ``|safe``. Render reads the catalog for every word about a feature and never
computes one.

- :mod:`.compare_page`: the comparison report;
- :mod:`.batch_pages`: an article's page, a story group's page, the batch index;
- :mod:`.sources_page`: the source profiles;
- :mod:`.text`: the plain-text summary of ``framing analyze``.
"""
from __future__ import annotations

from .compare_page import article_view, build_compare_view, legend_view, render_comparison
from .environment import environment, template_dir
from .formatting import fmt, safe_url

__all__ = ["render_comparison", "build_compare_view", "article_view", "legend_view", "environment",
           "template_dir", "fmt", "safe_url"]
