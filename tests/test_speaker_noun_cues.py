"""A phrase before 'claims' or 'hopes' used as a plural noun is no speaker; a subject of the verb stays."""
from framing.analysis.text import tokenize
from framing.analysis.features.sourcing.speaker_noun_cues import modifier_of_noun_cue
from framing.analysis.lexicons import Entry, Match


def _entry(word: str) -> Entry:
    """A cue-lexicon entry for ``word`` (a real Entry: the compiled core checks the type)."""
    return Entry("cues", word, "", (word,))


def _check(sentence: str, cue: str, first: int) -> bool:
    doc = tokenize(sentence)
    t = doc.tokens.index(cue)
    return modifier_of_noun_cue(doc, Match(_entry(cue), t, t + 1), (first, t))


def test_a_modifier_of_claims_as_a_noun_is_no_speaker():
    assert _check("The privilege claims though could have been settled by letter.", "claims", 0)
    assert _check("Republican hopes are highest in the suburbs.", "hopes", 0)


def test_a_subject_of_claims_as_a_verb_stays():
    assert not _check("The senator claims the vote was rigged.", "claims", 0)
    assert not _check("Smith's claims have been discredited.", "claims", 0)
