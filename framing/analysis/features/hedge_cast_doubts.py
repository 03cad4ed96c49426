"""Doubt cast on another's claim, fifteenth pass (read on the AllSides dev corpus; readers judged "Republican
lawmakers are increasingly casting doubt on the administration's claim" wrong, "reports lawmakers' doubt; the
writer hedges nothing").

:mod:`.hedge_readings` asks :func:`doubt_cast_on`, which returns why the match is no hedge ('' if it may be
one): "cast / casts / casting doubt on / upon X" names an act of questioning X (by a person, a document, an
answer), reported or described; the writer's own claim is not softened ("Trump cast doubt on Wray's
ability", "an attempt to cast doubt on the investigation"). "Raises doubts about whether ..." and "doubts
remain" stay hedges.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_after

_CAST_DOUBT: Final = frozenset({("cast", "doubt"), ("casts", "doubt"), ("casting", "doubt")})


def doubt_cast_on(doc: Doc, match: Match) -> str:
    """Why "cast doubt on X" is no hedge ('' if it may be one)."""
    if match.entry.words not in _CAST_DOUBT:
        return ""
    if word_after(doc, match.stop - 1) not in ("on", "upon"):
        return ""
    return "cast doubt on X: an act of questioning X reported, not the writer's claim softened"
