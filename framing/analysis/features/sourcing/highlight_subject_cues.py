""""Highlight" said of a thing: an event, a deed or a fact that shows something up, nobody's words (curated in
the nineteenth pass, round 2, helper cue50: its fresh draw judged "These anecdotes highlight the reality that
..." wrong; readers of earlier draws judged "has been highlighted" and a thing that "illustrated" wrong; the
AllSides dev output holds some twenty such "highlight" cues: "The exchange highlighted the us-versus-them
mentality", "The gun debate highlights a fundamental difference", "the coronavirus has highlighted flaws",
"The attack ... highlights the increasing vulnerability", "These points highlight Democrats' hypocrisy", "the
preemptive move highlighted the severity").

"Highlight" is a verb of saying only when people, a body or a text do it: "Clyburn highlighted just one of
the questions", "The president also highlighted the contributions", "The ad also highlighted the analysis",
"Follow-up reports highlighted", "they highlight". So a finite "highlight(s/ed)" whose subject, the word right
before it (past adverbs and auxiliaries), is a lower-case noun that names no person, crowd, body or text (the
lists of titles, bodies, crowds, vague sources, person nouns, outlets and documents, and
``lexicons/possessed_sources.txt``) is set aside; a name, a pronoun or a relative word before it keeps the
cue, as do "to highlight" and "highlighting" (often a campaign's or an ad's words).

:func:`.cues.acting_cue` asks :func:`thing_highlights` through ``sense_cues``."""
from __future__ import annotations

from typing import Final

from ...lexicons import load_word_categories, load_word_set
from ...text import Doc
from .facts import base_norm
from .grammar import WordLists, is_cap, word_lists
from .kind_unnamed_people import person_heads

_FINITE: Final = frozenset({"highlight", "highlights", "highlighted"})
# what may stand between the subject and the verb ("also highlights", "has highlighted", "could have highlighted")
_BETWEEN: Final = frozenset({"also", "only", "further", "again", "again,", "still", "even", "just", "clearly",
                             "has", "have", "had", "will", "would", "could", "can", "may", "might", "did", "does",
                             "do", "instead", "both", "all", "now", "then", "'ve", "’ve", "should", "must"})
# endings of nouns for people ("voters", "donors", "activists", "historians", "attendees")
_PEOPLE_ENDINGS: Final = ("ers", "ors", "ists", "ians", "ants", "ents", "ives", "ees", "ist", "ian")
# pronouns and relative or quantifying words before the verb: a speaker resolved apart, or left alone
_PRONOUNS: Final = frozenset({"it", "they", "he", "she", "we", "i", "you", "who", "which", "that", "this", "these",
                              "those", "one", "others", "many", "some", "both", "all", "each", "most", "few"})
_NOUN_BEFORE: Final = frozenset({"the", "its", "his", "her", "their", "our", "your", "my", "'s", "’s"})
# every document word (``lexicons/document_words.txt``, all its categories): "the ad", "reports", "data"
_DOCUMENTS: Final = frozenset(w for words in load_word_categories("document_words").values() for w in words)
_REACH: Final = 4  # adverbs and auxiliaries passed over before the subject


def _names_a_source(word: str, lists: WordLists) -> bool:
    """Is a lower-case noun one that names people, a body or a text ("officials", "campaign", "report")?"""
    if "-" in word:
        return any(_names_a_source(part, lists) for part in word.split("-") if part)
    if word.endswith(_PEOPLE_ENDINGS):
        return True
    single = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    for w in (word, single):
        if w in lists.titles or w in lists.org_heads or w in lists.vague or w in lists.groups \
                or w in lists.person_nouns or w in lists.outlet_heads or w in lists.outlets \
                or w in person_heads() or w in _DOCUMENTS or w in load_word_set("possessed_sources") \
                or w in load_word_set("collective_agents"):
            return True
    return False


def thing_highlights(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a finite "highlight(s/ed)" whose subject is a lower-case noun of a thing
    ("The exchange highlighted", "These points highlight"), not of people, a body or a text?"""
    norms, tokens, is_word = doc.norms, doc.tokens, doc.is_word
    verb = stop - 1
    while verb > first and not is_word[verb]:
        verb -= 1
    if norms[verb] not in _FINITE:
        return False
    begin = doc.sentences[doc.sentence_of[verb]].first
    if norms[verb] == "highlights" and verb > begin and (norms[verb - 1] in _NOUN_BEFORE
                                                                 or norms[verb - 1].endswith(("'s", "’s"))):
        return True  # "the bill's highlights", "some of the highlights": the noun
    j = verb - 1
    while j >= begin and verb - j <= _REACH and (norms[j] in _BETWEEN or norms[j].endswith("ly") and is_word[j]):
        j -= 1
    if j < begin or not is_word[j] or is_cap(tokens[j]) or norms[j] == "to":
        return False  # a name ("Clyburn highlighted"), a quotation's end, "to highlight"
    word = base_norm(norms[j])
    if word in _PRONOUNS or not word.replace("-", "").isalpha():
        return False  # "it highlights", "they highlight", "who highlighted": a speaker resolved apart
    return not _names_a_source(word, word_lists())
