"""Is a speaker's phrase the body a named person works for ("Elke Asen, a policy analyst for the nonprofit [Tax
Foundation] told", "Brian Riedl of the conservative-leaning [Manhattan Institute] told")? Then the speaker is the
person.

The rules' phrase before a cue stops at the nearest noun phrase; where a person is named and then placed at a body
("of", "for", "at", "with" the body, or an apposition with a title: ", a policy analyst for the Tax Foundation"),
the phrase is the body, and its kind (organisation) is wrong for who speaks (draw 5858: "Tax Foundation" judged
wrong, the speaker being the analyst; five such phrases in the dev output of the eighteenth pass). The speaker a
reader sees is the person's name: one to three capitalised words opening with a common first name, right before
the preposition or before ", a ... <lower-case words>" that ends at it. The phrase must end in a capitalised word (a
body's name: "for what the chief said" stays). An unnamed person ("A spokesman for the Office of ...") or a body of
a body ("the Department of Justice") has no first name and stays as it was.
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .facts import base_norm
from .given_names import given_name
from .grammar import is_cap

_AT_A_BODY: Final = frozenset({"of", "for", "at", "with"})
_ARTICLES: Final = frozenset({"a", "an", "the"})
_BODY_MODIFIERS: Final = 3  # lower-case words between the preposition's "the" and the body ("the nonprofit")
_TITLE_WORDS: Final = 4  # lower-case words of the apposition's title ("a senior policy analyst")
_NAME_WORDS: Final = 3


def person_at_body(doc: Doc, first: int, stop: int) -> tuple[int, int] | None:
    """The span of the named person whose body the phrase ``[first, stop)`` is (see the module's docstring), or
    None."""
    if not is_cap(doc.tokens[stop - 1]):
        return None  # "from Police Chief Tom Jackson for what the chief said": no body's name
    k = first - 1
    sent_first = doc.sentences[doc.sentence_of[first]].first
    modifiers = 0
    while k > sent_first and doc.is_word[k] and not is_cap(doc.tokens[k]) and doc.norms[k] not in _AT_A_BODY \
            and doc.norms[k] not in _ARTICLES and modifiers < _BODY_MODIFIERS:
        k -= 1  # "the nonprofit", "the conservative-leaning"
        modifiers += 1
    if k > sent_first and doc.norms[k] in _ARTICLES:
        k -= 1
    if k <= sent_first or doc.norms[k] not in _AT_A_BODY:
        return None
    k -= 1
    name_stop = k + 1
    title = 0
    while k > sent_first and doc.is_word[k] and not is_cap(doc.tokens[k]) and doc.norms[k] not in _ARTICLES \
            and title < _TITLE_WORDS:
        k -= 1  # "policy analyst" of ", a policy analyst for"
        title += 1
    if title:
        if not (doc.norms[k] in ("a", "an") and k - 1 > sent_first and doc.tokens[k - 1] == ","):
            return None
        k -= 2
        name_stop = k + 1
    name_first = k
    while name_first - 1 >= sent_first and k - name_first + 1 < _NAME_WORDS and doc.is_word[name_first - 1] \
            and is_cap(doc.tokens[name_first - 1]):
        name_first -= 1
    # the name opens with a first name ("But Jon Coupal with": Jon Coupal)
    name_first = next((t for t in range(name_first, name_stop - 1) if given_name(base_norm(doc.norms[t]))), -1)
    if name_first < 0 or not all(doc.is_word[t] and is_cap(doc.tokens[t]) and not doc.tokens[t].isupper()
                                 and not doc.norms[t].endswith(("'s", "’s")) for t in range(name_first, name_stop)):
        return None
    return name_first, name_stop
