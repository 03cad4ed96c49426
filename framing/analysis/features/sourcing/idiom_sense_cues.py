"""Cue words in a sense or an idiom that reports no words (curated by reading the AllSides dev corpus, the own
reading of the tenth pass, seed 3030, and readers' judgments of the ninth pass, draw 1919): self-identification
("biological males who identify as women", "voters who identified as independents": who one is, not a view
reported), an effect felt ("The quake was felt as far north as Sacramento", "The effects were felt across the
globe", "consumers may feel it, too", "have also felt the backlash"), the idiom "wait and see" ("Now we wait and
see whether ..."), and an email account, not an email sent
("in an email account, the FBI found ..."), a likeness evoked ("Pete reminded him of his late son") and "boasts"
meaning has ("the US boasts some of the highest prices"; own reading of the eleventh pass, seed 3131); fifteenth
pass (own reading of seed 4545, draw 3737): "mock" and "mocking" as adjectives ("the large mock test swab", "the
actual mock caucus", "taunts with mocking chyrons") and the standard of proof "beyond doubt" ("prove beyond
doubt that ..."); "They mock conservatives", "by mocking Booker's candidacy", "his doubt that" stay.
Sixteenth pass, round 2 (draw 4949, wrong 1 of 1): a belief borne out ("the video confirmed his suspicions",
"the results confirmed their worst fears"): the idiom says a holder's hunch proved right, nobody confirms words;
"officials confirmed his identity", "she confirmed that ..." stay.
"police identified the suspect as ...", "what officials identified as a Russian campaign", "the man was
identified as ...", "it was felt that ...", "he felt the plan was too restrictive", "we will see whether",
"said in an email" stay cues. :func:`.cues.acting_cue` sets these aside (through ``sense_cues``) with the verbs
of acting, so that ``framing evaluate`` scores them by PolNeAR's definition."""
from __future__ import annotations

from typing import Final

from ...text import Doc

_IDENTIFY: Final = frozenset({"identify", "identifies", "identified", "identifying"})
_BE: Final = frozenset({"is", "are", "was", "were", "be", "been", "being", "'s", "’s"})
# a fronted object: "what officials identified as", "whom the bureau would only identify as" (a characterisation)
_FRONTED: Final = frozenset({"what", "which", "whom", "whose"})
_BACK: Final = 8  # tokens before the verb in which a fronted object may stand


def _self_identification(doc: Doc, k: int) -> bool:
    """"who identify as women", "the shares identifying as Hispanic": who one is; not a passive ("was identified
    as"), a participle after a comma ("The woman, identified as Kristin Mink"), or a fronted object ("what
    intelligence officials identified as a Russian campaign")."""
    norms, tokens = doc.norms, doc.tokens
    if k + 1 >= len(norms) or norms[k + 1] != "as" or k == 0:
        return False
    before = k - 1
    while before > 0 and norms[before] in ("also", "still", "only", "now", "not", "publicly", "openly"):
        before -= 1
    if norms[before] in _BE or tokens[before] in (",", "(", "—", "–"):
        return False
    sent_first = doc.sentences[doc.sentence_of[k]].first
    return not any(norms[j] in _FRONTED for j in range(max(sent_first, k - _BACK), k))


def _effect_felt(doc: Doc, k: int) -> bool:
    """"was felt as far north as Sacramento", "the effects were felt across the globe": a passive "felt" with
    no clause or judgement after it; "it was felt that ...", "was felt by many to be unfair" stay."""
    norms = doc.norms
    n = len(norms)
    if norms[k] != "felt" or k == 0:
        return False
    before = k - 1
    while before > 0 and norms[before] in ("also", "still", "widely", "keenly", "strongly", "most", "already", "not"):
        before -= 1
    if norms[before] not in _BE:
        return False
    return not any(norms[j] in ("that", "by", "to") for j in range(k + 1, min(n, k + 3)))


_FEEL: Final = frozenset({"feel", "feels", "felt", "feeling"})
# what one feels that is an effect, not a view ("felt the backlash", "will feel the fullest effects", "feel pressure")
_EFFECTS: Final = frozenset({"backlash", "effect", "effects", "impact", "impacts", "pain", "pinch", "brunt", "heat",
                             "pressure", "pressures", "sting", "squeeze", "burn", "consequences", "crunch", "strain",
                             "fallout", "shock", "shocks", "tremors", "blow", "hit", "repercussions", "ripple"})
# what may stand between "feel" and the effect ("the fullest effects", "the public sting", "some pain")
_BEFORE_EFFECT: Final = frozenset({"the", "a", "an", "its", "their", "his", "her", "some", "full", "fullest", "real",
                                   "public", "economic", "first", "financial", "political", "same", "much", "more",
                                   "most", "any", "this", "these", "those"})
# after "feel it": the sentence goes on without a clause ("may feel it, too", "felt it when prices rose")
_AFTER_IT: Final = frozenset({",", ".", ";", "—", "–", "too", "when", "first", "most", "more", "as", "in", "hardest",
                              "already", "now", "soon", "again", "acutely", "keenly"})
# after the effect: a verb makes it a clause ("felt the pressure was too much": a view)
_CLAUSE_VERB: Final = frozenset({"is", "are", "was", "were", "would", "will", "had", "has", "have", "could", "should",
                                 "might", "may", "must", "can"})


def _effect_felt_by(doc: Doc, k: int) -> bool:
    """"consumers may feel it, too", "Google and Facebook have also felt the backlash", "might feel pressure to
    defect", "will feel the fullest effects": an active "feel" of an effect, no view held (own reading of seed
    3939); "feel that ...", "felt it would be unfair", "felt the pressure was too much", "feel the same way" stay."""
    norms, tokens = doc.norms, doc.tokens
    n = len(norms)
    if norms[k] not in _FEEL or k + 2 >= n:
        return False
    if norms[k + 1] in ("it", "them"):
        return tokens[k + 2] in _AFTER_IT or norms[k + 2] in _AFTER_IT
    for j in range(k + 1, min(n, k + 4)):
        if norms[j] in _EFFECTS:
            return j + 1 >= n or norms[j + 1] not in _CLAUSE_VERB
        if norms[j] not in _BEFORE_EFFECT:
            return False
    return False


def _wait_and_see(doc: Doc, k: int) -> bool:
    """"wait and see whether ...": the idiom; nobody sees or says anything."""
    norms = doc.norms
    return norms[k] == "see" and k >= 2 and norms[k - 1] == "and" and norms[k - 2] in ("wait", "waiting", "waited")


_ACCOUNT: Final = frozenset({"account", "accounts", "address", "addresses", "server", "servers", "inbox", "system"})


def _email_account(doc: Doc, first: int, stop: int) -> bool:
    """"in an email account, the FBI found communications": the account searched, not a message sent."""
    norms = doc.norms
    return stop < len(norms) and norms[stop - 1] in ("email", "e-mail") and norms[stop] in _ACCOUNT


_REMIND: Final = frozenset({"remind", "reminds", "reminded", "reminding"})
_EVOKED_IN: Final = frozenset({"me", "him", "her", "them"})
_BOAST: Final = frozenset({"boast", "boasts", "boasted", "boasting"})
# what opens an object that a place or a team has ("boasts some of the highest prices", "can boast a number of")
_HAD: Final = frozenset({"a", "an", "some", "one", "two", "three", "several", "many", "numerous", "more", "nearly",
                         "strong", "roughly", "over", "almost"})


def _evoked(doc: Doc, k: int) -> bool:
    """"Pete reminded him of his late son", "It reminds me, to an extent, of a movie": a likeness that one
    person sees, not words; "reminded Democrats of her seniority", "remind you of why" stay (a source speaks)."""
    norms = doc.norms
    n = len(norms)
    if k + 1 >= n or norms[k + 1] not in _EVOKED_IN:
        return False
    return any(norms[j] == "of" for j in range(k + 2, min(n, k + 8))) and all(
        norms[j] not in ("that", "to", "why", "how") for j in range(k + 2, min(n, k + 7)))


def _boast_as_have(doc: Doc, k: int) -> bool:
    """"the US boasts some of the highest drug prices", "she boasts strong ties to", "His team can boast a
    number of accomplishments": to have, not to brag; "boasted that", "boasts how", "boasted about" stay."""
    norms = doc.norms
    return k + 1 < len(norms) and (norms[k + 1] in _HAD or norms[k + 1][:1].isdigit())


_MOCK: Final = frozenset({"mock", "mocking"})
_DETERMINERS: Final = frozenset({"the", "a", "an", "this", "these", "those", "his", "her", "its", "their",
                                 "our", "my", "your", "with", "some", "another"})
# what follows a verb "mocking", not a noun it modifies ("charged with mocking the president")
_OBJECT_OPENERS: Final = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their",
                                    "our", "my", "your", "him", "them", "me", "us", "it", "what", "how", "of", "at",
                                    "trump"})


def _mock_adjective(doc: Doc, k: int) -> bool:
    """"the large mock COVID test swab", "The actual mock caucus", "with mocking chyrons": the adjective (a
    fake, a taunting tone), no words reported; not "They mock conservatives", "her detractors mock her stand",
    "by mocking Booker's candidacy"."""
    norms, tokens = doc.norms, doc.tokens
    n = len(norms)
    if k == 0 or k + 1 >= n or not doc.is_word[k + 1] or norms[k + 1] in _OBJECT_OPENERS \
            or tokens[k + 1][:1].isupper() and norms[k] == "mocking":
        return False
    before = norms[k - 1]
    if before in _DETERMINERS:
        return True  # "a mock trial", "with mocking chyrons"
    # "the large mock ...": one adjective between the determiner and "mock" (not a plural noun: "her detractors
    # mock her")
    return norms[k] == "mock" and k > 1 and norms[k - 2] in _DETERMINERS and doc.is_word[k - 1] \
        and not before.endswith("s") and tokens[k - 1][:1].islower()


def _beyond_doubt(doc: Doc, k: int) -> bool:
    """"prove beyond doubt", "beyond a reasonable doubt", "beyond any doubt": a standard of proof."""
    norms = doc.norms
    j = k - 1
    while j > max(0, k - 5) and norms[j] in ("a", "any", "all", "reasonable", "shadow", "of", "the"):
        j -= 1
    return j >= 0 and norms[j] == "beyond"


_CONFIRM: Final = frozenset({"confirm", "confirms", "confirmed", "confirming"})
_HOLDERS: Final = frozenset({"his", "her", "their", "my", "our", "your", "many", "some", "the", "long-held",
                             "worst", "darkest", "own", "longstanding", "long-standing", "deepest", "early", "earlier"})
_HUNCHES: Final = frozenset({"suspicion", "suspicions", "fear", "fears", "hunch", "hunches", "misgivings", "doubts",
                             "worries", "concerns", "prejudices", "instincts", "expectations"})


def _belief_borne_out(doc: Doc, k: int) -> bool:
    """"confirmed his suspicions", "confirmed their worst fears": a possessive or adjective (at most two) and a
    hunch right after the verb, with no "that" (the content of a report) right after the hunch."""
    norms = doc.norms
    n = len(norms)
    j = k + 1
    while j < n and j <= k + 2 and norms[j] in _HOLDERS:
        j += 1
    return j > k + 1 and j < n and norms[j] in _HUNCHES and not (j + 1 < n and norms[j + 1] == "that")


def idiom_attributes_nothing(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` self-identification, an effect felt (passive or active), "wait and see", an email account, a
    likeness evoked ("reminded him of"), "boasts" meaning has, "mock" as an adjective, "beyond doubt" or a belief borne out
    ("confirmed his suspicions")?"""
    k = stop - 1
    while k > first and not doc.is_word[k]:
        k -= 1
    w = doc.norms[k]
    return w in _IDENTIFY and _self_identification(doc, k) or _effect_felt(doc, k) or _effect_felt_by(doc, k) \
        or _wait_and_see(doc, k) \
        or _email_account(doc, first, stop) or w in _REMIND and _evoked(doc, k) \
        or w in _BOAST and _boast_as_have(doc, k) or w in _MOCK and _mock_adjective(doc, k) \
        or w == "doubt" and _beyond_doubt(doc, k) or w in _CONFIRM and _belief_borne_out(doc, k)
