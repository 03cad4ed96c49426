"""Sourcing pronouns: a he/she/they that tags the clause before it as someone's words ('"...," he said',
"Inciting Trump supporters was easy, he said.").

A person named earlier in a pronoun's own sentence usually is who the pronoun stands for ("whether Trump can
strike the tone he promised"), and the pronoun resolver takes them first. Not when the pronoun is the tag
after a reported clause: the clause is the speaker's words, and a name inside it is whom the speaker talks
about ('"They have done everything they can to deny ... that Obama has been elected," he said' is the majority
leader quoted before, not Obama; "Inciting Trump supporters was easy, he said" is the operative quoted around
it). Readers' tally: a tagged "he" resolved to a name in its own reported clause, wrong 2 of 2 in the draws
(the brief's Foval case and one of 60 fresh rows); the speaker cited before is the reader's choice.
"""
from __future__ import annotations

from typing import Final

from ...text import Doc

# what ends a reported clause right before its tag: a comma, a dash or a closing quotation mark
_CLAUSE_ENDS: Final = frozenset({",", "—", "–", "”", "\"", "’"})

# verbs of saying after a tagging pronoun ("he said", "she told reporters", "they wrote")
_TAG_VERBS: Final = frozenset({"said", "says", "say", "told", "tells", "wrote", "writes", "added", "adds",
                               "explained", "explains", "argued", "argues", "noted", "notes", "recalled",
                               "recalls", "insisted", "insists", "continued", "continues", "stated", "states"})


def tags_reported_clause(doc: Doc, sent_first: int, pronoun: int) -> bool:
    """Is the pronoun at token ``pronoun`` the tag of a clause reported before it in its sentence (opening at
    ``sent_first``): right after a comma, a dash or a closing quotation mark and right before a verb of
    saying ('"...," he said', "..., she added")? Then a name inside that clause is not its antecedent."""
    tokens, norms = doc.tokens, doc.norms
    return sent_first < pronoun - 1 and tokens[pronoun - 1] in _CLAUSE_ENDS and pronoun + 1 < len(norms) \
        and norms[pronoun + 1] in _TAG_VERBS
