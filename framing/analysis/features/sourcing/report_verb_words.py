"""The single words of the report-verb lexicon ("say", "insist", "deny", "remind", "argue"), for rules that ask
whether a verb after another reports words ("likes to say", "continued to insist")."""
from __future__ import annotations

import functools

from ...lexicons import load_lexicon


@functools.cache
def single_report_verbs() -> frozenset[str]:
    """Every one-word term of the report-verb lexicon."""
    return frozenset(e.term for e in load_lexicon("report_verbs").entries if " " not in e.term)
