"""The name of an office a "he" or "she" stands for, with the words that make the office ("attorney general").

"the attorney general responded. He said ...": the pronoun stands for the one person holding the office, and
the name shown for it was the office's last word, "general" (readers of the independent draw 6363 judged "he
= general" wrong: "a cut title"; the dev output shows seven such in one hearing's report). The same cut made
"the vice president" the president and "the prime minister" a minister. The words kept are those that make
another office of the head ("attorney", "vice", "prime", "foreign", "legal");
not those that only date or place its holder ("former", "then", "new", "outgoing", "Democratic").
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .facts import base_norm

# modifiers that name another office with the head word: "attorney general", "vice president", "prime minister"
_OFFICE_MAKING: Final = frozenset({"attorney", "vice", "prime", "foreign", "legal"})


def office_name(doc: Doc, first: int, head: int) -> str:
    """The office named by the words after the determiner at ``first`` up to its head word at ``head``: the
    head with the office-making modifiers right before it ("attorney general" of "the former attorney
    general"), else the head alone ("president" of "the former president")."""
    start = head
    while start - 1 > first and doc.norms[start - 1] in _OFFICE_MAKING:
        start -= 1
    return " ".join([doc.norms[t] for t in range(start, head)] + [base_norm(doc.norms[head])])
