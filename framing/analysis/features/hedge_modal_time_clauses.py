"""A "could" in a "by the time" clause, fifteenth pass (read on the AllSides dev corpus; past readers
judged "By the time doctors could attend to him, Patil was dead" wrong: past ability in a clause of time).

:func:`.hedge_modal_readings.modal_reading` asks :func:`by_the_time_could` of a single-word modal, so the
WikiWeasel figures and the learned filter are left as they are; it returns why the match is no hedge
('' if it may be one):

* :func:`by_the_time_could`: "could" a few words after "by the time", in the same clause: "By the time the
  crew could reach the mine, the fire had spread", "by the time anyone could check": the moment someone
  was able to act, narrated (Quirk et al. 1985: past "could" of ability in a clause of time); "By the time
  the report is out, prices could be higher" (the "could" of the main clause, after the comma) stays.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import words_back

_TIME_CLAUSE_REACH: Final = 6  # words between "by the time" and "could" ("by the time the two rescue crews could")
_CLAUSE_MARKS: Final = frozenset({",", ";", ":", "(", ")", "—", "–"})


def by_the_time_could(doc: Doc, match: Match) -> str:
    """Why this "could" is the past ability of a "by the time" clause ('' if it may hedge)."""
    if match.entry.words != ("could",):
        return ""
    norms = doc.norms
    lo = doc.sentences[doc.sentence_of[match.first]].first
    for k in words_back(doc, match.first, _TIME_CLAUSE_REACH + 1, _CLAUSE_MARKS):
        if norms[k] == "time" and k - 2 >= lo and norms[k - 1] == "the" and norms[k - 2] == "by":
            return "by the time doctors could attend: a past ability in a clause of time, not a possibility"
    return ""
