"""The subject of a sentence that "reportedly" hedges is what the reports are about, not who reports.

"The company is reportedly intrigued", "Trump reportedly ordered his staff to freeze ...": the words are the
unnamed reports', and the sentence's subject is their topic. Readers of the independent draws 4949/5050 and
before judged every speaker given to the cue "reportedly" wrong (3 of 3: "The company" twice, "Trump"
ordering his staff). Kept: a subject whose own verb right after the adverb reports words ("Biden reportedly told
donors", "It reportedly asserts"): the words are the subject's, only their report is hearsay. The phrase after
the cue is not touched: it is who reported.

The check runs after the cue model has decided (:func:`.reader.reader_span`), as the model reads the
subject as a feature of the cue: "Investigators reportedly found" stays a cue, with no source given.
"""
from __future__ import annotations

from typing import Final

from ...lexicons import Match
from ...text import Doc

# hedging adverbs of hearsay whose sentence subject is the topic of the reports
_HEARSAY_ADVERBS: Final = frozenset({"reportedly"})
# verbs of speaking or writing after the adverb whose subject speaks ("reportedly told", "reportedly asserts")
_SPEECH_VERBS: Final = frozenset({"said", "says", "told", "tells", "wrote", "writes", "asserted", "asserts", "argued",
                                  "argues", "claimed", "claims", "warned", "warns", "likened", "likens", "described",
                                  "describes", "denied", "denies", "complained", "complains", "called", "calls",
                                  "suggested", "suggests", "insisted", "insists", "admitted", "admits", "boasted",
                                  "joked", "vowed", "vows", "promised", "threatened", "asked", "urged", "urges",
                                  "texted", "tweeted", "emailed"})
# words that may stand between the adverb and its verb ("reportedly also told", "reportedly has said")
_BETWEEN: Final = frozenset({"also", "has", "have", "had", "once", "privately", "later", "then", "even"})


def topic_of_hearsay(doc: Doc, first: int, stop: int, cue: Match) -> bool:
    """Is the phrase ``[first, stop)`` before a lone hearsay adverb cue ("reportedly") its sentence's subject,
    so the topic of the reports rather than their source?"""
    words = cue.entry.words
    if not (len(words) == 1 and words[0] in _HEARSAY_ADVERBS and stop <= cue.first):
        return False
    t = cue.stop
    while t < min(len(doc.norms), cue.stop + 3) and doc.norms[t] in _BETWEEN:
        t += 1
    return not (t < len(doc.norms) and doc.norms[t] in _SPEECH_VERBS)

