"""analyze(article) -> Profile: every registered feature, computed once.

Python's garbage collector is paused while one article is analysed: the analysis makes millions of
small objects for a long text and no reference cycles, and each full collection in the middle of it
would walk every object made so far again, so that a megabyte of text took twice as long as ten times
100 KB. Whatever cycles there are get collected as usual once the article is done.
"""
from __future__ import annotations

import gc

from .features import FEATURES
from .context import Context
from .cleaning import infer_source
from .language import identify
from .validity import settle
from ..types import Article, Cleaning, ClutterSpan, EvidenceList, FeatureResult, Profile


def analyze(article: Article) -> Profile:
    """Compute all features of one article (tokenized once, lexicons compiled once per process), each
    settled by :func:`.validity.settle`: every measure present, implausible values and, on text that
    is not English, English-only ones given no value with a note."""
    collecting = gc.isenabled()
    if collecting:
        gc.disable()
    try:
        language = identify(article.title, article.text)
        ctx = Context(article)
        return Profile(article, {m.NAME: _kept(settle(m.compute(ctx), language)) for m in FEATURES},
                       language=language, cleaning=_cleaning(ctx))
    finally:
        if collecting:
            gc.enable()


# Evidence of fewer spans stays a tuple: the columns save memory in long articles (an EvidenceList takes
# a tenth of the memory of its Evidence objects) and cost a quarter of a microsecond a span to build,
# 2% of the analysis of a short article for nothing worth saving.
_COLUMNS_FROM = 256


def _kept(result: FeatureResult) -> FeatureResult:
    """A feature's result as the profile keeps it: its evidence, if it has many spans, in columns
    (:class:`EvidenceList`, read as the tuple of it), made once the feature is done, so that the
    evidence of the features done so far takes a tenth of the memory while the next ones are computed."""
    if len(result.evidence) < _COLUMNS_FROM:
        return result
    return FeatureResult(result.name, result.value, result.unit, result.count, result.per_1000_words,
                         EvidenceList(result.evidence), result.measures, result.note, result.details)


def _cleaning(ctx: Context) -> Cleaning:
    """The clutter set aside of the article's text, and the outlet the text names for itself."""
    spans = tuple(ClutterSpan(c.start, c.end, c.rule, "text") for c in ctx.clutter)
    inferred = infer_source(ctx.article.text, ctx.clutter)
    if inferred is None:
        return Cleaning(spans)
    name, start, end, rule = inferred
    return Cleaning(spans, name, ClutterSpan(start, end, rule, "text"))


def analyze_many(articles: list[Article]) -> list[Profile]:
    """Analyze several articles, in order."""
    return [analyze(a) for a in articles]
