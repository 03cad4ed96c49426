"""An unnamed person whose apposition ends in a name: "before a mutual friend, California real estate investor
Tom Barrack, recommended ...", "One of the House's most powerful Republicans, Rep. Mike Rogers of Michigan,
said ...". The speaker is the person the apposition names, a named person, not a vague source.

Readers of the independent draw 4848 judged "a mutual friend" shown as vague wrong there (the speaker is named in
apposition); the fresh draw of session 36 had "Republicans" before ", Rep. Mike Rogers of Michigan, said".
:func:`.kind_unnamed_people.named_in_apposition` reads a name right after the comma; this reads a descriptor
before the name ("California real estate investor", "Rep."), bounded by the next comma: the apposition ends in
a given name and one or two capitalised words (an initial between them, an "of" and a place after them), and
the clause goes on after its closing comma with a lower-case word (the speaker's verb), not "and" or "who". A
titled name needs no known given name ("Rep. Dutch Ruppersberger"), a party tag may follow it ("Sen. Jim Inhofe
(R-Okla.)", "Sen. Dianne Feinstein D-Calif."), and the description's head may stand before its preposition ("The
chairwoman of the Democratic National Committee, Rep. ...", "Democrat on the panel, Sen. ...") or be one a
person has ("your colleague, Sen. Chris Murphy (D-CT), said": readers of the final draws of the nineteenth pass
judged it shown as vague wrong; the dev output of that pass had 8 such descriptions shown vague). An
apposition that picks one of a crowd ("Critics, including David Leopold,", "some officials, notably Steve
Mnuchin,") or speaks of someone else ("some liberals, many of whom backed Hillary Clinton,") leaves the crowd.
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .facts import DocFacts, base_norm
from .given_names import first_names
from .grammar import WordLists, is_cap

_REACH: Final = 12  # tokens of an apposition at most
_PLACE_WORDS: Final = 3  # capitalised words after "of" ("of New Mexico")
_NOT_AFTER: Final = frozenset({"and", "or", "who", "which", "that", "but"})
_TAG_TOKENS: Final = 5  # "( R-Okla . )"
_HEAD_LINKS: Final = frozenset({"of", "on", "for", "at"})
# honorifics of lawmakers and officials before a name set off after a description ("your colleague, Sen. ...")
_HONORIFICS: Final = frozenset({"sen", "rep", "gov", "dr", "gen", "adm"})
# people one has, whom no other list holds ("your colleague, Sen. Chris Murphy,")
_PEOPLE_ONE_HAS: Final = frozenset({"colleague", "friend", "counterpart", "predecessor", "successor", "deputy",
                                    "boss", "ally", "rival", "opponent"})
# words of an apposition that picks one of a crowd or speaks of someone else ("critics, including David Leopold,",
# "some officials, notably Steve Mnuchin,", "some liberals, many of whom backed Hillary Clinton,"): the crowd speaks
_NOT_THE_SPEAKER: Final = frozenset({"including", "includes", "notably", "especially", "particularly", "such",
                                     "among", "like", "whom", "who", "whose", "which", "many", "most", "some",
                                     "several", "few", "all", "both", "backed", "supported", "than", "unlike",
                                     "besides", "except", "excluding", "led", "by", "with", "against"})


def _closing_comma(doc: Doc, comma: int) -> int | None:
    """The comma that closes the apposition opened at ``comma``, within ``_REACH`` tokens of its sentence;
    None where another mark than a period of an abbreviation or a possessive stands between."""
    sent = doc.sentence_of[comma]
    for k in range(comma + 1, min(len(doc.tokens), comma + 1 + _REACH)):
        if doc.sentence_of[k] != sent:
            return None
        if doc.tokens[k] == ",":
            return k if k > comma + 2 else None
        if not doc.is_word[k] and doc.tokens[k] not in (".", "’s", "'s", "-", "(", ")"):
            return None
    return None


def _name_end(doc: Doc, comma: int, close: int) -> int:
    """Where the name ends in the apposition ``(comma, close)``: before an "of" and a capitalised place
    ("Rep. Mike Rogers of Michigan"), else at the closing comma; before a party tag ("Sen. Jim Inhofe
    (R-Okla.)", "Rep. Dave Camp (R) of Michigan", "Sen. Dianne Feinstein D-Calif.")."""
    end = close
    for k in range(max(comma + 2, close - 1 - _PLACE_WORDS), close):
        if doc.norms[k] == "of" and all(doc.is_word[j] and is_cap(doc.tokens[j]) for j in range(k + 1, close)):
            end = k
            break
    if doc.tokens[end - 1] == ")":
        opening = next((j for j in range(end - 2, max(comma, end - _TAG_TOKENS) - 1, -1) if doc.tokens[j] == "("), None)
        return end if opening is None or not _party_tag(doc, opening + 1) else opening
    if doc.tokens[end - 1] == "." and end - 2 > comma + 1 and _party_tag(doc, end - 2):
        return end - 2  # "Dianne Feinstein D-Calif."
    return end


def _party_tag(doc: Doc, k: int) -> bool:
    """Is the token at ``k`` a party tag ("R", "D-CT", "R-Okla", "I-Vt")?"""
    tok = doc.tokens[k]
    return tok in ("R", "D", "I") or len(tok) >= 3 and tok[0] in "RDI" and tok[1] == "-" and is_cap(tok[2:])


def apposed_name(facts: DocFacts, first: int, stop: int, lists: WordLists) -> str | None:
    """The name that ends the apposition after an unnamed person or crowd ``[first, stop)`` (see the module's
    docstring), else None."""
    doc = facts.doc
    n = len(doc.tokens)
    if not any(_one_of_people(base_norm(doc.norms[h]), lists) for h in _heads(doc, first, stop)):
        return None
    if stop >= n or doc.tokens[stop] != ",":
        return None
    close = _closing_comma(doc, stop)
    if close is None or close + 1 >= n or not doc.is_word[close + 1] or is_cap(doc.tokens[close + 1]) \
            or doc.norms[close + 1] in _NOT_AFTER:
        return None
    if any(doc.norms[k] in _NOT_THE_SPEAKER for k in range(stop + 1, close)):
        return None  # "Critics, including David Leopold,": the crowd, with one of them named
    end = _name_end(doc, stop, close)
    surname = end - 1
    if not doc.is_word[surname] or not is_cap(doc.tokens[surname]) or doc.tokens[surname].isupper():
        return None
    given = first_names()
    for start in (surname - 1, surname - 2, surname - 3):
        if start <= stop:
            return None
        if doc.is_word[start] and is_cap(doc.tokens[start]) and base_norm(doc.norms[start]) in given:
            middle = range(start + 1, surname)
            if all(is_cap(doc.tokens[j]) or doc.tokens[j] == "." for j in middle):
                return doc.cut(doc.starts[start], doc.ends[surname])  # "Tom Barrack", "Mary J. Smith"
            return None
        if start == stop + 3 and doc.tokens[start - 1] == "." and doc.norms[start - 2] in _HONORIFICS \
                and all(doc.is_word[j] and is_cap(doc.tokens[j]) for j in range(start, surname)):
            return doc.cut(doc.starts[start], doc.ends[surname])  # "Rep. Dutch Ruppersberger": titled, two words
    return None


def _heads(doc: Doc, first: int, stop: int) -> list[int]:
    """The phrase's last word, and the word before its first preposition ("the chairwoman of the committee",
    "Republican on the panel")."""
    out = [stop - 1]
    prep = next((t for t in range(first + 1, stop) if doc.norms[t] in _HEAD_LINKS), None)
    if prep is not None:
        out.append(prep - 1)
    return out


def _one_of_people(word: str, lists: WordLists) -> bool:
    """Is the word one for a person or people ("colleague", "chairwoman", "Democrat", "critics")?"""
    return word in lists.person_nouns or word in lists.titles or word in lists.groups or word in lists.vague \
        or word in _PEOPLE_ONE_HAS
