"""Weasel phrases that state a known fact or name a technical term, fourteenth pass (read on the AllSides
dev corpus; the independent readers of 3030 and the session-34 fresh draw judged "is known to" wrong, "presents
common knowledge, doesn't soften").

:func:`.hedge_readings.reader_reading` asks :func:`known_fact_or_term`, so the WikiWeasel figures (where
"is known to" is a weasel of the annotators) and the learned filter are left as they are; it returns why
the match is no hedge ('' if it may be one):

* "is / are / was / were known to" + a verb: "Three Americans are known to have been killed", "the
  president is known to watch the show": what is known, asserted, not a softened claim; "is said to",
  "is believed to" and "is thought to" (a view kept at a distance) stay;
* "provisional ballot(s)": the kind of ballot cast without an ID, a term of election law; "a provisional
  estimate" stays.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_after

_KNOWN: Final = frozenset({("is", "known", "to"), ("are", "known", "to"), ("was", "known", "to"),
                           ("were", "known", "to")})
_BALLOTS: Final = frozenset({"ballot", "ballots", "voting", "vote", "votes"})


def known_fact_or_term(doc: Doc, match: Match) -> str:
    """Why "is known to" / "provisional ballots" states a fact or names a term ('' if it may hedge)."""
    words = match.entry.words
    if words in _KNOWN:
        return "Three Americans are known to have been killed: what is known, asserted, not a softened claim"
    if words == ("provisional",) and word_after(doc, match.first) in _BALLOTS:
        return "provisional ballots: a term of election law, not a softened claim"
    return ""
