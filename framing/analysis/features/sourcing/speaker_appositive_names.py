"""A person's name beside the title that the speaker search landed on (curated by reading the AllSides dev corpus,
readers' judgments of the ninth pass and the tenth pass's fresh draw): where a title and a name stand in
apposition, a reader takes the name for the speaker:

- the title after the name, with no comma before the cue ("Anthony Fauci, [director of the National Institute
  of Health] told lawmakers"): the name before the comma;
- the title before the name set off by commas ("one [EPA scientist], Jennifer Liljegren, wrote", "The bank's
  [president], Jim Yong Kim, said"): the name between the commas;
- any phrase that is no name, before a name set off by commas right before the cue ("Another aide from the
  early stages of [the Trump campaign], Sam Nunberg, said"): the name, the appositive of the whole subject.

- the title after the name, with the cue in a relative clause on the title ("Gordon Chang, [an expert] on North
  Korea who wrote"): the name before the comma, whom the title and the clause describe.

A body's name before a title is left alone ("the Justice Department, spokesman for ..." names no person), and
so is a list ("Smith, Jones, a lawyer ...").
"""
from __future__ import annotations

from typing import Final

from ...lexicons import Match
from ...text import Doc
from .facts import base_norm
from .grammar import WordLists, is_cap

# the longest name, in tokens, taken from beside a title ("Rep. Elijah E. Cummings" is six with its periods)
_NAME_TOKENS: Final = 7
# how many words into the span a title word may stand ("a former colleague", "the director of")
_TITLE_WITHIN: Final = 4
# words a description opens with before its title ("a former senior adviser", "one EPA scientist")
_DESCRIPTION_OPENERS: Final = frozenset({"a", "an", "the", "one", "former", "then", "longtime", "senior", "chief",
                                         "deputy", "top", "acting", "veteran", "his", "her", "their"})

# words capitalised at a sentence's start that open no name ("In Denver, the mayor said")
_FUNCTION_WORDS: Final = frozenset({"in", "at", "on", "for", "from", "with", "by", "after", "before", "during", "the",
                                    "a", "an", "but", "and", "as", "when", "while", "if", "since", "like", "under",
                                    "over", "across", "inside", "outside", "near", "to", "of", "about", "this",
                                    "that", "then", "so", "yet", "or", "once", "until", "unless", "because", "though",
                                    "although", "whether", "among", "between", "through", "without", "within"})


def name_beside_title(doc: Doc, m: Match, span: tuple[int, int], lists: WordLists) -> tuple[int, int]:
    """The name that stands in apposition to the title the span is (see the module docstring); else the span."""
    first, stop = span
    if first < 0 or stop > m.first:
        return span
    if not _a_title(doc, first, stop, lists):
        return _name_after_phrase(doc, m, span, lists)
    before = _name_before_comma(doc, first, lists)
    if before is not None and (_only_adverbs(doc, stop, m.first) or _relative_of_title(doc, stop, m.first)):
        return before  # ("Gordon Chang, [an expert] on North Korea who wrote": Chang)
    if any(doc.norms[t].endswith(("'s", "’s")) for t in range(first, stop)):
        return span  # "Lee's attorney, Ruth Friedman, said": the owner's named lawyer, kept whole (kinds name it)
    after = _name_between_commas(doc, stop, m.first, lists)
    return after if after is not None else span


def _name_after_phrase(doc: Doc, m: Match, span: tuple[int, int], lists: WordLists) -> tuple[int, int]:
    """The name set off by commas between the span and its cue, when the span is no name of its own: the span
    is then the end of a longer subject the name stands beside ("Another aide from the early stages of [the
    Trump campaign], Sam Nunberg, said": Nunberg spoke, not the campaign); else the span."""
    first, stop = span
    if any(doc.norms[t] in ("and", "or", "&") for t in range(first, stop)) or _a_name(doc, first, stop, lists):
        return span  # ("Ted Cruz and Rand Paul", "Jim Yong Kim, Ann Lee, said": names of their own)
    if is_cap(doc.tokens[stop - 1]) and any(doc.norms[t] in _HONORIFICS for t in range(first, stop)):
        return span  # "Sen. Lindsey Graham, R-South Carolina, said": a person named, and a party and state after
    after = _name_between_commas(doc, stop, m.first, lists)
    if after is None or doc.norms[after[0]][:2] in ("r-", "d-", "i-"):
        return span  # ("R-S.C.", "D-Calif.": a party and a state, no name)
    return after


# honorifics that make a span a person's name ("Sen. Lindsey Graham", "Mr. Cohen")
_HONORIFICS: Final = frozenset({"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "mr.", "mrs.", "ms.", "dr.", "sen.",
                                "rep.", "gov.", "senator", "president", "judge"})


def _a_title(doc: Doc, first: int, stop: int, lists: WordLists) -> bool:
    """Does the span read as a title or description: its first word lowercase (or an opener: "The", "One") and
    a title word among its first few ("director of ...", "a former colleague", "EPA scientist")?"""
    if any(doc.norms[t] in ("and", "or", "&") for t in range(first, stop)):
        return False  # "Ted Cruz and Rand Paul": a list of names, no title
    return any(_title_word(doc, t, lists) for t in range(first, min(stop, first + _TITLE_WITHIN)))


def _title_word(doc: Doc, t: int, lists: WordLists) -> bool:
    """Is the word at ``t`` a title written in lower case ("director", "scientist"; not "and")?"""
    base = base_norm(doc.norms[t])
    return doc.is_word[t] and not is_cap(doc.tokens[t]) and base in lists.titles and base not in _FUNCTION_WORDS


def _a_name(doc: Doc, first: int, stop: int, lists: WordLists) -> bool:
    """Is ``[first, stop)`` a person's name: two or more capitalised words (periods between), none a body's
    head, a place or a title ("Jim Yong Kim", "Elijah E. Cummings"; not "Justice Department", "New York")?"""
    words = [t for t in range(first, stop) if doc.is_word[t]]
    if len(words) < 2 or stop - first > _NAME_TOKENS:
        return False
    for t in range(first, stop):
        if not doc.is_word[t]:
            if doc.tokens[t] != ".":
                return False
            continue
        base = base_norm(doc.norms[t])
        if not is_cap(doc.tokens[t]) or doc.tokens[t].isupper() and len(doc.tokens[t]) > 1 \
                or base in lists.org_heads or base in lists.places or base in lists.titles \
                or base in lists.groups or base + "s" in lists.groups or base in lists.demonyms \
                or base in lists.dates or base in lists.not_names or base in _FUNCTION_WORDS:
            return False
    return True


def _name_before_comma(doc: Doc, first: int, lists: WordLists) -> tuple[int, int] | None:
    """The name that ends right before a comma before ``first``, opening its sentence or clause."""
    comma = first - 1
    if comma < 1 or doc.tokens[comma] != ",":
        return None
    sent_first = doc.sentences[doc.sentence_of[first]].first
    a = comma
    while a - 1 >= sent_first and comma - (a - 1) <= _NAME_TOKENS and (
            doc.is_word[a - 1] and is_cap(doc.tokens[a - 1]) or doc.tokens[a - 1] == "."):
        a -= 1
    if a == comma or not _a_name(doc, a, comma, lists):
        return None
    if a - 1 >= sent_first and (doc.is_word[a - 1] or doc.tokens[a - 1] in (",", ".")):
        return None  # "the death of George Floyd, the university said"; "Smith, Jones, a lawyer": a list
    return a, comma


def _name_between_commas(doc: Doc, stop: int, cue_first: int, lists: WordLists) -> tuple[int, int] | None:
    """The name between a comma right after the span and a comma right before the cue (", Jim Yong Kim, said")."""
    if stop >= cue_first or doc.tokens[stop] != ",":
        return None
    close = stop + 1
    while close < cue_first and close - stop <= _NAME_TOKENS + 1 and doc.tokens[close] != ",":
        close += 1
    if close >= cue_first or doc.tokens[close] != "," or not _only_adverbs(doc, close + 1, cue_first):
        return None
    return (stop + 1, close) if _a_name(doc, stop + 1, close, lists) else None


def _only_adverbs(doc: Doc, start: int, cue_first: int) -> bool:
    """Are the tokens from ``start`` to the cue none, or a few adverbs ("also", "recently")?"""
    return cue_first - start <= 2 and all(
        doc.is_word[t] and not is_cap(doc.tokens[t]) and (doc.norms[t].endswith("ly") or doc.norms[t] in (
            "also", "then", "later", "has", "had", "have", "once", "often", "never")) for t in range(start, cue_first))


# how many tokens a title's phrase and its "who" may run before the cue ("on North Korea who")
_RELATIVE_REACH: Final = 8


def _relative_of_title(doc: Doc, start: int, cue_first: int) -> bool:
    """Is the cue in a relative clause on the title, a few words on ("Gordon Chang, an expert on North Korea who
    wrote"): a "who" shortly before it, with no comma or another verb's clause between?"""
    if cue_first - start > _RELATIVE_REACH or cue_first - 1 < start:
        return False
    who = [t for t in range(start, cue_first) if doc.norms[t] == "who"]
    return bool(who) and all(doc.is_word[t] for t in range(start, cue_first)) and all(
        doc.norms[t] in _RELATIVE_FILLERS for t in range(who[-1] + 1, cue_first))


# words that may stand between "who" and the cue ("who also wrote", "who has long argued")
_RELATIVE_FILLERS: Final = frozenset({"also", "has", "have", "had", "once", "later", "recently", "long", "often"})
