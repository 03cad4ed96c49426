"""analyze(article) -> Profile: every registered feature, computed once."""
from __future__ import annotations

from .features import FEATURES
from .context import Context
from ..types import Article, Profile


def analyze(article: Article) -> Profile:
    """Compute all features of one article (tokenized once, lexicons compiled once per process)."""
    ctx = Context(article)
    return Profile(article, {m.NAME: m.compute(ctx) for m in FEATURES})


def analyze_many(articles: list[Article]) -> list[Profile]:
    """Analyze several articles, in order."""
    return [analyze(a) for a in articles]
