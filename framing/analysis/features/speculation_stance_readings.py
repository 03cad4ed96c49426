"""Speculation cues that state a demand, a plan, a concession or a past verdict, not a forecast (eighth pass,
read on the AllSides dev corpus: the kinds independent readers judged wrong and the fresh draw's):

- "expects" of a demand or a standard: "the team expects its players to", "he expects NFL owners to deal
  with the situation", "the honor that the American public expects." ("expects 1,200 more to arrive",
  "expects the economy to grow" stay);
- a generic "you" future: "if you drive in the city, you will pay more" (what happens to anyone, no event
  predicted);
- a time horizon of the speaker's own plan or of a judgment: "in the coming weeks, we'll be proposing
  updates", "the money will be best spent in the coming years" ("costs will rise in the coming years" stays);
- "even if" whose main clause is a present judgment: "even if I am mistaken, it doesn't matter", "even if
  Iran will hold nuclear power, that is worrying" (a concession, no consequence predicted); "even if they
  win, it's not inconceivable that Democrats could ..." stays (a modal in the main clause);
- a past prediction judged: "who accurately predicted stock advances for 2013";
- a past "gonna": "we knew they were gonna come after us";
- "Most Likely to" in title case: a yearbook title, not a forecast;
- "would likely / would probably" of the past: "would probably have vaporized" (a counterfactual), "we
  declined ... in view of the delay that such a step would likely produce" (a past decision's reasons);
- "bound to" of the past, a tie or a duty ("was bound to fade", "the U.K. bound to the EU", "is bound to
  assume good faith"); "immigration is bound to take up the discussion" stays;
- a prediction named or made in the past, or a statistical one ("past predictions of ...", "predicted at the
  time that", "an indicator that has predicted the winner in nine of the past 12 elections", "party
  affiliation predicted their views on ...", "by predicted internet access");
- a modal perfect before the cue ("may have set the stage for", "a plan that would have cut the deficit over
  the next decade"), advice about a threat ("should threaten to"), and an "if" a few words after a verb of
  asking ("when asked by the committee if it intended to"): a past guess, a counterfactual, advice, a question;
- "projects that" after an adjective or a determiner ("collaborative projects that would not otherwise have
  been pursued"): the noun.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .lexical import word_after, word_before

_POSSESSIVES: Final = frozenset({"its", "his", "her", "their", "our", "my", "your", "all", "every", "each", "them",
                                 "you", "us", "him", "me", "everyone", "everybody", "people"})
# what one is expected to do as a duty ("expects NFL owners to deal with it", "expects the department to comply")
_DUTIES: Final = frozenset({"comply", "deal", "obey", "follow", "respect", "behave", "cooperate", "abide", "honor",
                            "honour", "uphold", "act", "perform", "serve", "treat", "answer", "testify", "explain",
                            "apologize", "apologise", "respond", "conduct", "adhere", "observe", "fulfill", "fulfil"})
_GENERIC_CONDITIONS: Final = frozenset({"if", "when", "whenever", "unless", "once"})
_FIRST_PERSON_FUTURES: Final = frozenset({"we'll", "i'll"})
_FIRST_PERSON: Final = frozenset({"we", "i"})
# "I'll probably get a tax cut": a future weighed, a forecast of one's lot, not a plan
_LIKELIHOOD: Final = frozenset({"probably", "likely", "maybe", "perhaps", "surely", "certainly", "possibly"})
_JUDGED: Final = frozenset({"accurately", "correctly", "rightly", "wrongly", "successfully", "famously", "presciently",
                            "incorrectly", "mistakenly", "erroneously"})
_PRESENT: Final = frozenset({"is", "are", "am", "'s", "'re", "does", "doesn't", "do", "don't", "has", "have", "matters",
                             "remains", "isn't", "aren't", "it's", "that's", "they're", "there's", "we're", "i'm",
                             "hasn't", "haven't"})
_CONSEQUENCES: Final = frozenset({"will", "would", "could", "might", "may", "'ll", "won't", "wouldn't", "going", "gonna",
                                  "shall", "likely", "can"})
_BREAKS: Final = frozenset({",", ";", "—", "–", ":"})
_ADJECTIVE_ENDINGS: Final = ("ive", "al", "ic", "ous", "ful", "ary", "ing", "ed", "ent", "ant", "ble", "less")
_DETERMINERS: Final = frozenset({"the", "a", "an", "these", "those", "such", "other", "new", "major", "big", "many",
                                 "several", "some", "two", "three", "public", "all", "any", "more", "its", "their",
                                 "his", "her", "our"})


def _clause_window(doc: Doc, first: int, reach: int) -> range:
    sentence = doc.sentences[doc.sentence_of[first]]
    return range(max(sentence.first, first - reach), min(sentence.stop, first + reach))


def expects_a_duty(doc: Doc, match: Match) -> bool:
    """Is this "expects" a demand or a standard ("expects its players to", "expects owners to deal with",
    "that the public expects.")?"""
    if match.entry.words != ("expects",):
        return False
    norms, stop = doc.norms, match.stop
    if stop >= len(norms) or doc.tokens[stop] in (".", ",", ";", ")", "!", "?"):
        return True  # "the honor that the American public expects." : a standard, no event
    if not doc.is_word[stop]:
        return False
    if norms[stop] in _POSSESSIVES:
        return True
    end = min(doc.sentences[doc.sentence_of[match.first]].stop, stop + 7)
    for k in range(stop, end):
        if not doc.is_word[k]:
            return False
        if norms[k] == "to":
            return k > stop and k + 1 < end and norms[k + 1] in _DUTIES
        if norms[k] == "that":
            return False
    return False


def generic_you_future(doc: Doc, match: Match) -> bool:
    """ "if you drive, you will pay": a future whose subject is "you" after "if / when you" in its sentence."""
    if match.entry.category != "future" or word_before(doc, match.first) not in ("you", "you'll"):
        return False
    norms = doc.norms
    return any(norms[k] in _GENERIC_CONDITIONS and k + 1 < len(norms) and norms[k + 1] in ("you", "you're", "your")
               for k in _clause_window(doc, match.first, 20))


def horizon_of_a_plan(doc: Doc, match: Match) -> bool:
    """A time horizon ("in the coming weeks") whose sentence's future is the speaker's own ("we'll be
    proposing", "I will use") or a judgment ("will be best spent")."""
    words = match.entry.words
    if "coming" not in words and "next" not in words and "ahead" not in words:
        return False
    norms = doc.norms
    window = _clause_window(doc, match.first, 15)
    for k in window:
        verb = k + 1 if norms[k] in _FIRST_PERSON_FUTURES else k + 2
        if (norms[k] in _FIRST_PERSON_FUTURES or norms[k] in _FIRST_PERSON and k + 1 < len(norms)
                and norms[k + 1] in ("will", "shall")) and verb + 1 < len(norms) \
                and norms[verb] not in _LIKELIHOOD and (norms[verb] != "be" or norms[verb + 1].endswith("ing")):
            return True  # "we'll be proposing", "I will use" (a plan); "I'll be fine" is a forecast
        if norms[k] == "will" and k + 2 < len(norms) and norms[k + 1] == "be" and norms[k + 2] in ("best", "better"):
            return True
    return False


def concession_without_consequence(doc: Doc, match: Match, stop: int) -> bool:
    """ "even if I am mistaken, it doesn't matter": the main clause after the concession (up to its next
    break) holds a present verb and no future or modal."""
    if match.entry.words[0] != "even":
        return False
    norms, tokens = doc.norms, doc.tokens
    k = match.stop
    while k < stop and tokens[k] not in _BREAKS:
        k += 1
    if k >= stop:
        return False
    present = complement = False
    for j in range(k + 1, stop):
        if tokens[j] in _BREAKS and not complement:
            break  # (after "there's every possibility that", the clause runs on past a comma)
        complement = complement or norms[j] == "that"
        if norms[j] in _CONSEQUENCES or norms[j].endswith("'ll"):
            return False
        if norms[j] in _PRESENT:
            present = True
    return present


def past_prediction_judged(doc: Doc, match: Match) -> bool:
    """ "who accurately predicted stock advances for 2013": a past prediction graded, not a forecast."""
    return match.entry.words[0] in ("predicted", "forecast", "forecasted", "projected") \
        and word_before(doc, match.first) in _JUDGED


def past_gonna(doc: Doc, match: Match) -> bool:
    """ "they were gonna come after us": a future in the past."""
    return match.entry.words == ("gonna",) and word_before(doc, match.first) in ("was", "were", "wasn't", "weren't")


def title_case_most_likely(doc: Doc, match: Match) -> bool:
    """ "voted 'Most Likely to Commit Treason'": a yearbook title in title case, right after a quotation
    mark, not a forecast (a headline's "Impact Likely to Be Minor" stays)."""
    words = match.entry.words
    if words[:2] != ("most", "likely") or match.first == 0 or doc.tokens[match.first - 1] not in ("‘", "“", "'", '"'):
        return False
    return doc.tokens[match.first][:1] == "M" and doc.tokens[match.first + 1][:1] == "L"


def projects_the_noun(doc: Doc, match: Match) -> bool:
    """ "collaborative projects that would not otherwise have been pursued": the noun after an adjective or
    a determiner, or with a counterfactual after it."""
    if match.entry.words != ("projects", "that"):
        return False
    before = word_before(doc, match.first)
    if before in _DETERMINERS or (before.endswith(_ADJECTIVE_ENDINGS) and not doc.tokens[match.first - 1][:1].isupper()):
        return True
    nxt = word_after(doc, match.stop - 1)
    return nxt == "would" and match.stop + 1 < len(doc.norms) and doc.norms[match.stop + 1] in ("not", "have")


def would_likely_of_the_past(doc: Doc, match: Match) -> bool:
    """ "would probably have vaporized" (a counterfactual), "we declined ... in view of the delay that such a
    step would likely produce" (the reasoning of a past decision): no forecast of what is still to come."""
    words, norms = match.entry.words, doc.norms
    if words[0] != "would" or len(words) != 2 or words[1] not in ("likely", "probably"):
        return False
    stop = match.stop
    if stop + 1 < len(norms) and norms[stop] == "have" and norms[stop + 1] != "to":
        return True
    sentence_first = doc.sentences[doc.sentence_of[match.first]].first
    return any(norms[k] == "view" and norms[k - 1] == "in" and k + 1 < len(norms) and norms[k + 1] == "of"
               for k in range(max(sentence_first + 1, match.first - 30), match.first))


_COPULAS: Final = frozenset({"is", "are", "'s", "'re", "am", "be", "seems", "seem", "appears", "appear", "looks"})
# "is bound to assume good faith", "a service bound to do his bidding": held to a duty, not inevitability
_BOUND_DUTIES: Final = _DUTIES | frozenset({"assume", "accept", "enforce", "apply", "protect", "defend", "do", "keep"})
_OBJECT_STARTS: Final = frozenset({"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "them", "him",
                                   "us", "me", "it"})
_PAST_PREDICTIONS: Final = frozenset({"past", "earlier", "previous", "prior", "perfect", "accurate", "failed", "wrong",
                                      "dire", "early", "old"})


def bound_not_inevitable(doc: Doc, match: Match) -> bool:
    """ "bound to" that is no forecast: a past ("was bound to fade"), a tie ("the U.K. bound to the EU") or a
    duty ("is bound to assume good faith", "a service bound to do his bidding")."""
    words = match.entry.words
    if "bound" not in words:
        return False
    before = word_before(doc, match.first)
    after = word_after(doc, match.stop - 1)
    if before in ("was", "were", "wasn't", "weren't", "been"):
        return True
    if words == ("bound", "to") and before not in _COPULAS:
        return True
    return after in _OBJECT_STARTS or after in _BOUND_DUTIES


def prediction_of_the_past(doc: Doc, match: Match) -> bool:
    """A prediction named or made in the past, or a statistical one: "by predicted internet access", "past
    predictions of a closer axis", "predicted at the time", "has predicted the winner in nine of the past 12
    elections", "party affiliation predicted their views on ..."."""
    words, norms = match.entry.words, doc.norms
    if words[0] not in ("predicted", "prediction", "predictions") or len(words) != 1:
        return False
    before = word_before(doc, match.first)
    stop = match.stop
    if words[0] != "predicted":
        return before in _PAST_PREDICTIONS or before.endswith("-campaign")
    if before in ("by", "the", "a", "of", "with", "its", "their"):
        return True  # "by predicted internet access": the adjective
    if stop + 2 < len(norms) and norms[stop] == "at" and norms[stop + 1] == "the" and norms[stop + 2] == "time":
        return True
    end = min(doc.sentences[doc.sentence_of[match.first]].stop, stop + 12)
    if any(norms[k] == "of" and norms[k + 1] in ("the", "past", "last") and norms[k + 2] in ("past", "last")
           for k in range(stop, end - 2)):
        return True  # a track record: "in nine of the past 12 elections"
    if stop + 2 < len(norms) and norms[stop] in ("their", "his", "her", "its"):
        k = stop + 1
        while k < end and doc.is_word[k] and norms[k] not in ("on", "about", "of", "toward", "towards", "and"):
            if norms[k] in ("would", "will", "could", "might", "was", "were", "is", "are", "'s", "had", "has"):
                return False  # "predicted his party would win": a forecast
            k += 1
        return k - stop <= 3 and k < end
    return False


_MODALS: Final = frozenset({"would", "could", "might", "may", "should", "must"})
# cues that are a verb of their own clause: a modal perfect before them belongs to another clause
_OWN_VERBS: Final = frozenset({"will", "would", "could", "may", "might", "'ll", "is", "are", "was", "were", "won't"})
_PARTICIPLES: Final = frozenset({"set", "cut", "put", "been", "made", "had", "done", "seen", "led", "paid", "said",
                                 "brought", "kept", "left", "lost", "won", "begun", "got", "sent", "spent", "built",
                                 "held", "told", "thought", "felt", "found", "meant", "run", "become", "come"})
_ADVICE: Final = frozenset({"should", "must", "ought"})
_ASKING: Final = frozenset({"asked", "ask", "asks", "asking", "wondered", "wonder", "wonders", "wondering", "inquired",
                            "queried"})


def modal_perfect_before(doc: Doc, match: Match) -> bool:
    """ "may have set the stage for a surge", "a plan that would have cut the deficit by $4.5 trillion over the
    next decade": a modal perfect before the cue in its clause (a past guess or a counterfactual)."""
    norms = doc.norms
    if match.entry.words[0] in _OWN_VERBS:
        return False  # "construction that should have taken place will certainly show up": the cue is its own verb
    lo = max(doc.sentences[doc.sentence_of[match.first]].first, match.first - 12)
    for k in range(match.first - 1, lo, -1):
        if doc.tokens[k] in (",", ";", ":", "—", "–"):
            return False
        if norms[k] == "have" and norms[k - 1] in _MODALS and k + 1 < len(norms) \
                and (norms[k + 1].endswith(("ed", "en", "wn", "ne")) or norms[k + 1] in _PARTICIPLES):
            return True  # ("could have important effects": "have" is to possess)
    return False


def advised_threat(doc: Doc, match: Match) -> bool:
    """ "the U.S. should threaten to withhold aid": advice about a threat, not a forecast."""
    return match.entry.words[0] in ("threaten", "threatens") and word_before(doc, match.first) in _ADVICE


def asked_if(doc: Doc, first: int) -> bool:
    """ "when asked by the committee if it intended to ...": an indirect question, a few words after the verb
    of asking, in its clause."""
    lo = max(doc.sentences[doc.sentence_of[first]].first, first - 7)
    for k in range(first - 1, lo - 1, -1):
        if not doc.is_word[k]:
            return False
        if doc.norms[k] in _ASKING:
            return True
    return False


def stance_forecast_reading(doc: Doc, match: Match) -> str:
    """Why a forecast or future cue predicts nothing here, by this module's readings ('' if it may predict)."""
    if would_likely_of_the_past(doc, match):
        return "would probably have / the delay a step would likely produce (a past decision): not a forecast"
    if expects_a_duty(doc, match):
        return "expects its players to / the public expects: a demand or a standard, not a forecast"
    if generic_you_future(doc, match):
        return "if you drive, you will pay: a generic 'you', no event predicted"
    if horizon_of_a_plan(doc, match):
        return "in the coming weeks, we'll be proposing / will be best spent: a plan or a judgment, not a forecast"
    if past_prediction_judged(doc, match):
        return "accurately predicted: a past prediction graded"
    if past_gonna(doc, match):
        return "were gonna: a future in the past"
    if title_case_most_likely(doc, match):
        return "'Most Likely to': a yearbook title"
    if projects_the_noun(doc, match):
        return "collaborative projects that: the noun"
    if modal_perfect_before(doc, match):
        return "may have set the stage for / would have cut ... over the next decade: a past guess or counterfactual"
    if advised_threat(doc, match):
        return "should threaten to: advice, not a forecast"
    if bound_not_inevitable(doc, match):
        return "was bound to / bound to the EU / is bound to assume good faith: a past, a tie or a duty"
    if prediction_of_the_past(doc, match):
        return "past predictions / predicted at the time / predicted their views: no forecast now"
    return ""
