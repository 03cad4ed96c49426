"""Review: an editor's checklist for a draft, in the manner of prose linters (Vale, proselint).

``review(profile, config, house)`` turns an analysed draft into :class:`Finding` s: a rule
(:mod:`~framing.review.rules`), a severity, a one-line message and a suggestion, the span the
analysis's evidence points at (``article.<field>[start:end] == excerpt``) and its line and column
(:mod:`~framing.review.positions`). The checks read evidence only (:mod:`~framing.review.checks`);
with a house profile (:mod:`~framing.review.house`) the draft's numbers are held against the
newsroom's published articles. The outputs are in :mod:`~framing.review.output` (text, JSON) and
:mod:`~framing.review.sarif` (SARIF 2.1.0); the configuration in :mod:`~framing.review.config`.

This stage reads Profiles: it imports the analysis (and ingest, for positions), never render or corpus.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any, Iterable, Sequence

from ..types import Article, Profile
from .checks import run_checks
from .config import ReviewConfig
from .house import RULE as HOUSE_RULE, HouseProfile, norm_hits
from .positions import Locator
from .rules import DEFAULTS, SEVERITIES, severity_rank

__all__ = ["Finding", "draft_names", "review", "review_profiles", "should_fail", "counts"]

CONTEXT_CHARS = 40  # characters of the line shown on each side of a finding's span


@dataclass(frozen=True)
class Finding:
    """One finding of the review: where (``path``: the draft's name; ``field``, ``start``, ``end``: the
    span; ``line``/``column`` to ``end_line``/``end_column``, 1-based, end exclusive; ``in_file``: False
    when the positions are in the extracted text), what (``rule``, ``severity``, ``message``,
    ``suggestion``) and the text: ``excerpt`` (the span) between ``before`` and ``after`` (up to 40
    characters of its line on each side)."""

    path: str
    rule: str
    severity: str
    message: str
    suggestion: str
    field: str
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    in_file: bool
    excerpt: str
    before: str
    after: str
    file: str = ""  # the file the draft was read from ("" when none): SARIF's artifact location

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "line": self.line, "column": self.column, "end_line": self.end_line,
                "end_column": self.end_column, "positions": "file" if self.in_file else "extracted text",
                "severity": self.severity, "rule": self.rule, "message": self.message,
                "suggestion": self.suggestion, "field": self.field, "start": self.start, "end": self.end,
                "excerpt": self.excerpt}


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[max(line_start, start - CONTEXT_CHARS):start]
    after = text[end:min(line_end, end + CONTEXT_CHARS)]
    return before, after


def review(profile: Profile, config: ReviewConfig = ReviewConfig(), house: HouseProfile | None = None,
           path: str | None = None) -> list[Finding]:
    """The findings of one analysed draft, in reading order (the headline first, then by position,
    the more serious first at one position), then the house norms. ``path`` names the draft in the findings (default: the
    file it was read from, else its id). Never raises on a valid Profile."""
    article = profile.article
    hits = run_checks(profile, config.rules, config.settings)
    if house is not None and "framing.house-norm" in config.rules:
        low, high = config.house_range
        hits.extend(norm_hits(profile, house, low, high, config.house_min_articles, config.house_numbers))
    locator = Locator(article)
    name = path or article.path or article.id
    findings = []
    seen: set[tuple[str, str, int]] = set()
    for hit in hits:
        key = (hit.rule, hit.field, hit.start)
        if hit.rule != HOUSE_RULE and key in seen:  # one finding per rule and place (two cues, one source)
            continue
        seen.add(key)
        text = article.title if hit.field == "title" else article.text
        place = locator.place(hit.field, hit.start, hit.end)
        before, after = _context(text, hit.start, hit.end)
        findings.append(Finding(name, hit.rule, config.severities.get(hit.rule, DEFAULTS[hit.rule].severity),
                                hit.message, DEFAULTS[hit.rule].suggestion, hit.field, hit.start, hit.end,
                                place.line, place.column, place.end_line, place.end_column, place.in_file,
                                text[hit.start:hit.end], before, after, article.path or ""))
    # the spans in reading order, then the house norms (about the whole draft) in the profile's order
    findings.sort(key=lambda f: (f.rule == HOUSE_RULE, f.field != "title", 0 if f.rule == HOUSE_RULE else f.line,
                                 0 if f.rule == HOUSE_RULE else f.column, severity_rank(f.severity), f.rule))
    return findings


def draft_names(articles: Sequence[Article]) -> list[str]:
    """What each draft is called in the findings: the file it was read from, or ``FILE#ID`` for drafts
    read from one file (a JSON Lines or CSV file), or its id when it has no file."""
    per_path = Counter(a.path for a in articles)
    return [f"{a.path}#{a.id}" if a.path is not None and per_path[a.path] > 1 else (a.path or a.id)
            for a in articles]


def review_profiles(profiles: Sequence[Profile], config: ReviewConfig = ReviewConfig(),
                    house: HouseProfile | None = None) -> list[Finding]:
    """The findings of several drafts, draft by draft in the order given (named by :func:`draft_names`)."""
    findings: list[Finding] = []
    for p, name in zip(profiles, draft_names([p.article for p in profiles])):
        findings.extend(review(p, config, house, name))
    return findings


def counts(findings: Iterable[Finding]) -> dict[str, int]:
    """Findings per severity (every severity present, most serious first)."""
    found = Counter(f.severity for f in findings)
    return {s: found.get(s, 0) for s in SEVERITIES}


def should_fail(findings: Iterable[Finding], fail_on: str | None) -> bool:
    """True when a finding is at or above ``fail_on`` ("error" or "warning"); never for None."""
    if fail_on is None:
        return False
    limit = severity_rank(fail_on)
    return any(severity_rank(f.severity) <= limit for f in findings)
