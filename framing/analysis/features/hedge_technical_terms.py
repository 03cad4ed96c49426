"""Hedge words that name a technical term, fourteenth pass (read on the AllSides dev corpus; the session-34
fresh draw judged "provisional ballots" wrong, a term, no hedge).

:func:`.hedge_readings.reader_reading` asks :func:`technical_term`, so the WikiWeasel figures and the learned
filter are left as they are; it returns why the match is no hedge ('' if it may be one):

* "provisional ballot(s)": the kind of ballot cast without an ID, a term of election law; "a provisional
  estimate" stays.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_after

_BALLOTS: Final = frozenset({"ballot", "ballots", "voting", "vote", "votes"})


def technical_term(doc: Doc, match: Match) -> str:
    """Why "provisional ballots" names a term ('' if it may hedge). ("is known to", read wrong by readers
    of dev, was tried here and left: setting it aside lowered the reader's-definition agreement on
    WikiWeasel, where annotators mark it a weasel.)"""
    if match.entry.words == ("provisional",) and word_after(doc, match.first) in _BALLOTS:
        return "provisional ballots: a term of election law, not a softened claim"
    return ""
