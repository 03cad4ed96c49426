"""Is a phrase read as an organisation a named person placed at a body or a place ("the Rev. Jane Roe of the
Grace Church of Christ", "political scientist Jon Doe of the University of Houston", "Sen. Jane Roe of Maine")?
Then the speaker is the person.

The rules' phrase runs on through "of" to the body's or state's name, and the name at its end made it an
organisation; a reader sees the person who speaks (fresh draw 6767: "the Rev. ... of the ... Church of Christ"
judged wrong as an organisation; readers of draw 6565: "political scientist ... of the University of Houston",
wrong; in the dev output of the eighteenth pass's final code, 12 such phrases: a pastor, a professor, a political
scientist, an economist, a deputy director, an official, senators "of Maine", "of Utah", "of Kentucky", "of New
York", and two pairs "X of Utah and Y of Arizona"). The part before the first "of", "at" or "from" must end in a
person's name: one to three name words (no title, body, place or crowd word) that open with a common first name, or
a surname right after a title or an honorific ("Professor Jacobs", "Sen. Lee"). A body of a body ("the Department
of Justice", "The UCLA Anderson School of Management": its head is a body word), an office ("the office of House
Speaker ...") and a crowd ("The presidents of ...") have no such name and stay as they were.
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .aliases import person_key
from .facts import base_norm
from .given_names import given_name
from .grammar import WordLists, is_cap, name_word

_AT_A_BODY: Final = frozenset({"of", "at", "from"})
# honorifics abbreviated before a name ("Sen. Lee", "the Rev. Jane Roe"), beside the titles of the word lists
_HONORIFICS: Final = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "rev", "prof", "lt", "col",
                                "sgt", "capt", "senator", "representative", "reverend"})
_NAME_WORDS: Final = 3
# words of a body's longer name ("the Joint Council for the Welfare"), never of a title before a person's name
_FUNCTION_WORDS: Final = frozenset({"the", "a", "an", "of", "for", "and", "at", "from", "in", "on", "to", "with",
                                    "by"})
_MAX_BEFORE: Final = 8  # tokens of the phrase before its "of" ("the Rev. Graylan Hagler": a titled name)


def person_of_a_body(doc: Doc, first: int, stop: int, lists: WordLists) -> tuple[str, str, str] | None:
    """("person", name, key) for a phrase ``[first, stop)`` that is a named person of a body or place (see the
    module's docstring), else None."""
    of = next((t for t in range(first + 1, min(stop, first + _MAX_BEFORE + 1)) if doc.norms[t] in _AT_A_BODY),
              None)
    if of is None or of + 1 >= stop or not is_cap(doc.tokens[stop - 1]):
        return None
    last = of - 1
    if not name_word(doc, last, lists) or doc.norms[last].endswith(("'s", "’s")):
        return None  # "the office of", "The Department of", "The presidents of": no name before "of"
    name_first = last
    while name_first - 1 >= first and last - name_first + 1 < _NAME_WORDS and name_word(doc, name_first - 1, lists):
        name_first -= 1
    before = name_first - 1
    if before >= first and doc.tokens[before] == ".":
        before -= 1  # "Sen." of "Sen. Mike Lee"
    titled = before >= first and _title(doc, before, lists)
    opens = next((t for t in range(name_first, last) if given_name(base_norm(doc.norms[t]))), -1)
    if opens < 0 and not titled:
        return None  # "The San Ysidro Chamber of Commerce", "Drakulich and the rest": no first name, no title
    if opens >= 0:
        name_first = opens
    if before >= first and not titled and (is_cap(doc.tokens[before]) or not doc.is_word[before]):
        return None  # a capitalised word before the name that is no title: part of a body's name
    if any(doc.norms[t] in _FUNCTION_WORDS and not (t == first and doc.norms[t] == "the")
           for t in range(first, name_first)):
        return None  # "the Joint Council for the Welfare of ...": a body's name runs on before the "of"
    name = doc.cut(doc.starts[name_first], doc.ends[last])
    return "person", name, person_key(name)


def _title(doc: Doc, k: int, lists: WordLists) -> bool:
    """Is the word at ``k`` a title or an honorific ("Professor", "Sen", "Rev", "political scientist")?"""
    norm = base_norm(doc.norms[k])
    if norm in _FUNCTION_WORDS:
        return False  # (words of multiword titles: "chief of staff")
    return norm in _HONORIFICS or norm in lists.titles or norm + "." in lists.titles
