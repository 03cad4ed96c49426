""""Highlight" and other verbs of showing said of a thing: an event, a deed or a fact that shows something up,
nobody's words (curated in the nineteenth pass, round 2, helper cue50: its fresh draw judged "These anecdotes
highlight the reality that ..." wrong; readers of earlier draws judged "has been highlighted" and a thing
that "illustrated" wrong; the AllSides dev output holds some twenty such cues: "The exchange highlighted the
us-versus-them mentality", "The gun debate highlights a fundamental difference", "the coronavirus has
highlighted flaws", "These points highlight Democrats' hypocrisy", "the preemptive move highlighted the
severity", "The fireworks underscored the tight state of the race", "our disrespect reveals the lies", "a
fourth democratic value emphasizes").

These verbs are verbs of saying only when people, a body or a record do them: "Clyburn highlighted just one
of the questions", "The president also highlighted the contributions", "The ad also highlighted the
analysis", "Follow-up reports highlighted", "they highlight", "The investigation revealed that". So a finite
"highlight", "underscore", "illustrate", "reveal", "emphasize" or "point(s) to" whose subject, the word right
before it (past adverbs and auxiliaries), is a lower-case noun that names no person, crowd, body, text or
inquiry (the lists of titles, bodies, crowds, vague sources, person nouns, outlets and documents,
``lexicons/possessed_sources.txt``, ``lexicons/showing_thing_sources.txt``, nouns ending like "-ers",
"-ist") is set aside, as is the noun "the bill's highlights"; a name, a pronoun, a conjunction or a form
of "be" before the verb keeps the cue, as do "to highlight" and "highlighting" (often a campaign's or an
ad's words).

:func:`.cues.acting_cue` asks :func:`thing_highlights` through ``sense_cues``."""
from __future__ import annotations

from typing import Final

from ...lexicons import load_word_categories, load_word_set
from ...text import Doc
from .facts import base_norm
from .grammar import WordLists, is_cap, word_lists
from .non_speaker_possessions import source_word

_FINITE: Final = frozenset({"highlight", "highlights", "highlighted",
                            # verbs of showing up as a thing does ("The fireworks underscored the tight race", "our
                            # disrespect reveals the lies", "a fourth democratic value emphasizes", "The Clinton
                            # e-mails caper had revealed the arbitrariness": dev output, all wrong)
                            "underscore", "underscores", "underscored", "illustrate", "illustrates", "illustrated",
                            "reveal", "reveals", "revealed", "emphasize", "emphasizes", "emphasized", "emphasise",
                            "emphasises", "emphasised"})
# "point(s) to" of a thing ("the slump points to a deeper problem")
_POINT: Final = frozenset({"point", "points", "pointed"})
# what may stand between the subject and the verb ("also highlights", "has highlighted", "could have highlighted")
_BETWEEN: Final = frozenset({"also", "only", "further", "again", "again,", "still", "even", "just", "clearly",
                             "has", "have", "had", "will", "would", "could", "can", "may", "might", "did", "does",
                             "do", "instead", "both", "all", "now", "then", "'ve", "’ve", "should", "must", "already",
                             "not", "never", "yet", "ever", "long", "previously", "since"})
# endings of nouns for people ("voters", "donors", "activists", "historians", "attendees")
_PEOPLE_ENDINGS: Final = ("ers", "ors", "ists", "ians", "ants", "ents", "ives", "ees", "ist", "ian", "er", "or")
# pronouns and relative or quantifying words before the verb: a speaker resolved apart, or left alone
_PRONOUNS: Final = frozenset({"it", "they", "he", "she", "we", "i", "you", "who", "which", "that", "this", "these",
                              "those", "one", "others", "many", "some", "both", "all", "each", "most", "few"})
# words that are no subject's noun: conjunctions, prepositions, forms of "be" ("and revealed", "was revealed
# that": a passive's hidden source is left alone)
_NOT_NOUNS: Final = frozenset({"and", "or", "but", "nor", "then", "so", "as", "when", "while", "if", "because", "since",
                               "after", "before", "until", "once", "where", "whether", "than", "not", "never", "is",
                               "was", "are", "were", "be", "been", "being", "am", "get", "gets", "got", "of", "in", "on",
                               "at", "by", "for", "with", "from", "about", "into", "over", "what", "how", "why", "there",
                               "here", "first", "later", "recently", "earlier", "last", "what", "whom", "whose"})
# a time phrase between the subject and the verb ("Some surveys this year have revealed")
_TIME_WORDS: Final = frozenset({"week", "year", "month", "morning", "afternoon", "evening", "weekend", "spring",
                                "summer", "fall", "autumn", "winter", "day", "night", "season", "decade"})
_TIME_OPENERS: Final = frozenset({"this", "last", "next", "that", "each", "every", "earlier", "the"})
# determiners that open the subject's noun phrase (read past when an "of" comes before them: "a review of the
# e-mails", "Surveys of American adults")
_DETERMINERS: Final = frozenset({"the", "a", "an", "this", "that", "these", "those", "some", "his", "her", "its",
                                 "their", "our", "my", "your", "any", "each", "every", "both"})
_PHRASE_REACH: Final = 8  # words of the subject's noun phrase read back from its last word
_NOUN_BEFORE: Final = frozenset({"the", "its", "his", "her", "their", "our", "your", "my", "'s", "’s"})
# every document word (``lexicons/document_words.txt``, all its categories): "the ad", "reports", "data"
_DOCUMENTS: Final = frozenset(w for words in load_word_categories("document_words").values() for w in words)
# words beside the source words of :func:`.non_speaker_possessions.source_word` that name a source here
_MORE_SOURCES: Final = _DOCUMENTS | load_word_set("collective_agents") | load_word_set("showing_thing_sources")
_REACH: Final = 4  # adverbs and auxiliaries passed over before the subject


def _names_a_source(word: str, lists: WordLists) -> bool:
    """Is a lower-case noun one that names people, a body or a text ("officials", "campaign", "report"), by the
    test of :func:`.non_speaker_possessions.source_word`, with every document word, collective agents and the
    things that show (:data:`_MORE_SOURCES`) and singular endings of people ("analyst", "reporter")?"""
    return source_word(word, lists, _MORE_SOURCES, _PEOPLE_ENDINGS)


def thing_highlights(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` a finite verb of showing ("highlight", "underscore", "reveal", ...) whose
    subject is a lower-case noun of a thing ("The exchange highlighted", "These points highlight"), not of
    people, a body or a text, or the noun "highlights" after a determiner or a possessive?"""
    norms, tokens, is_word = doc.norms, doc.tokens, doc.is_word
    n = len(norms)
    verb = next((k for k in range(first, stop) if norms[k] in _FINITE
                 or norms[k] in _POINT and k + 1 < n and norms[k + 1] == "to"), -1)
    if verb < 0:
        return False
    begin = doc.sentences[doc.sentence_of[verb]].first
    if norms[verb] == "highlights" and verb > begin and (norms[verb - 1] in _NOUN_BEFORE
                                                                 or norms[verb - 1].endswith(("'s", "’s"))):
        return True  # "the bill's highlights", "some of the highlights": the noun
    j = verb - 1
    while j >= begin and verb - j <= _REACH and (norms[j] in _BETWEEN or norms[j].endswith("ly") and is_word[j]):
        j -= 1
    if j - 1 > begin and norms[j] in _TIME_WORDS and norms[j - 1] in _TIME_OPENERS:
        j -= 2  # "Some surveys this year have revealed": the subject is before the time phrase
    if j < begin or not is_word[j] or is_cap(tokens[j]) or norms[j] == "to":
        return False  # a name ("Clyburn highlighted"), a quotation's end, "to highlight"
    word = base_norm(norms[j])
    if word in _PRONOUNS or word in _NOT_NOUNS or not word.replace("-", "").isalpha():
        return False  # "it highlights", "they highlight", "who highlighted": a speaker resolved apart
    lists = word_lists()
    return not any(_names_a_source(base_norm(norms[t]), lists) for t in _phrase(doc, j, begin)
                   if norms[t] not in _DETERMINERS and norms[t] != "of")


def _phrase(doc: Doc, last: int, begin: int) -> list[int]:
    """The words of the subject's noun phrase ending at ``last``, read back to its determiner (past one that
    follows "of": "A review of the e-mails", "the dump of some of her emails") or to a clause mark."""
    norms, is_word = doc.norms, doc.is_word
    out: list[int] = []
    t = last
    while t >= begin and last - t < _PHRASE_REACH and (is_word[t] or doc.tokens[t] in ("-", "'s", "’s")):
        if norms[t] in _NOT_NOUNS and norms[t] != "of":
            break
        out.append(t)
        if norms[t] in _DETERMINERS and not (t - 1 >= begin and norms[t - 1] == "of"):
            break
        t -= 1
    return out
