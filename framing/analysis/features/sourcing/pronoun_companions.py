"""A name joined by "and" to an unnamed companion: still the sentence's subject a pronoun takes.

"Ms. Roe and her husband, an engineer, moved into a rental. "...," she says": the resolver took a name right
before "and" for a modifier (the title list's words hold "and", of "secretary of state and ..."), passed over
the subject and gave the pronoun to someone further back. In the dev output, letting every name before "and"
be a subject set 5 pronouns right ("Ms. Anderson and her husband", "Roberts and the majority", "Cosey and
other residents", "Buttigieg and his husband") and 5 wrong, all with a second *name* after "and" ("Mr. Putin
and Mr. Xi, he added", "Price and Ryan's pressure", "Strzok and the FBI"), where the pair is no single
antecedent. So only a companion described in lower case after a determiner or an owner's word counts: dev
output, 3 pronouns set right ("Ms. Anderson and her husband", "Roberts and the majority", "Buttigieg and his
husband"), none lost ("Hunter Biden and his ex-wife Kathleen dispute ...; he says" stays Biden).
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .grammar import is_cap

# words that open an unnamed companion after "and" ("her husband", "the majority", "other residents")
_COMPANION_OPENERS: Final = frozenset({"his", "her", "their", "the", "other", "several", "a", "an", "two",
                                       "three", "some", "many", "fellow"})


def with_companion(doc: Doc, stop: int) -> bool:
    """Does "and" at token ``stop``, right after a name, join an unnamed companion in lower case ("and her
    husband", "and the majority"), not another name ("and Mr. Xi", "and the FBI")?"""
    norms, tokens = doc.norms, doc.tokens
    if stop + 2 >= len(norms) or norms[stop] != "and" or norms[stop + 1] not in _COMPANION_OPENERS:
        return False
    nxt = stop + 2
    return doc.is_word[nxt] and not is_cap(tokens[nxt])
