"""Modals of ability, permission or an asked question that a reader of news takes as no softened claim,
tenth pass (read on the AllSides dev corpus; the session-30 fresh draw of modal hedges and the
independent readers of 1919 judged the first of each kind wrong).

:func:`.hedge_modal_readings.modal_reading` asks :func:`ability_reading`, so the WikiWeasel figures and
the learned filter are left as they are; each rule returns why the match is no hedge ('' if it may be one):

* :func:`comparative_could`: "could best / better" + a verb: "Democrats thought Biden could best handle
  foreign policy", "a change agent who could best battle corruption", "it could better control its
  border": who is the most able, or what one might do better, not a possibility (Coates 1983: root
  "could"); "could better be" ("the money could better be spent", a suggestion) is left too, and "could
  be better" stays;
* :func:`imagining_could`: "could (just / easily / well ...) envision / picture / visualize / foresee":
  "he could just envision the head of intelligence making the case": what one is able to imagine, like
  the "could imagine" :mod:`.hedge_contexts` already sets aside; "the plan could foresee a tax" (a thing as
  subject) stays;
* :func:`told_they_could`: "told / telling / assured someone (that) they could" + a verb other than
  "be": "falsely telling them they could keep health insurance plans", "He told Americans that they could
  keep their doctors", "told Mr. Cohen he could secure Putin's approval": a permission or an ability
  promised, not the writer's doubt (the "promised ... they could" of :func:`.hedge_modal_readings.
  realized_could`, with the object between); "he had told Mr. Trump that he could be blamed by voters"
  (a warning of what may happen) stays;
* :func:`coordinated_question_modal`: a modal in an indirect question of two coordinated wh-words
  ("to determine whether, and how, Israel could build", "whether and when they might return"): a
  question about a possibility, no claim hedged; :mod:`.hedge_contexts`' wh-clause rule stops at the
  commas of "whether, and how,";
* :func:`doubt_beside_could`: a "could" of ability with a doubting adverb next to it, "probably could",
  "could maybe / perhaps / probably": "If he wanted to, Trump probably could get rid of Mueller", "I could
  maybe give you 10 reasons", "taxpayers could perhaps choose which ones to claim": the softening is the
  adverb's (highlighted apart), the "could" states what someone is able or free to do (past readers judged
  "Trump probably could" wrong, "the hedge is 'probably'"). A "could" with "be", "have", "become" after
  it ("it could perhaps be argued") and "could possibly / potentially" (past readers judged "people who
  could possibly present threats" right) stay;
* :func:`someone_who_could`: "anyone who could deliver a body slam", "a Tea Party conservative who could
  sell an immigration bill": a "who could" + a verb of act after an indefinite person ("anyone",
  "someone") or a noun after "a" / "an": the kind of person able to do it, not a possibility the writer
  doubts (independent readers of 2525/2626 judged three of these wrong, "ability could"). "people who
  could be affected", "someone who could have been killed", "a man who could potentially" (a possibility
  of what happens to them) stay;
* :func:`option_could`: "could just / simply / instead" + a verb of act: "the new appointee could just fire
  Mueller", "the president could simply fire him", "Mueller could instead speak through indictments": an
  option open to someone, stated (readers of 2525: "could fire: power/ability, not a hedge"). "could just
  be a gambit", "could simply reflect lingering effects", "could simply stay home" (what may be or
  happen) and "may / might just" stay;
* :func:`weapon_that_could`: "a nuclear-armed missile that could reach the continental U.S.": what a
  weapon is built to do (readers of 1111 judged it wrong, "capability of missile"); "bombs that could
  still go off", "missiles that could someday carry a warhead" (what may happen) stay;
* :func:`.hedge_rule_permissions.rule_permission`: "under the law, an individual may give", "the states
  could apply ... under Article V": what a rule or a law lets someone do (its own module).
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .hedge_modal_options import option_reading
from .hedge_rule_permissions import rule_permission
from .lexical import word_after, word_before

_SUBJECT_PRONOUNS: Final = frozenset({"i", "we", "he", "she", "they", "you"})


def comparative_could(doc: Doc, match: Match) -> str:
    """Why a "could best / better" + a verb states who is most able ('' if it may hedge)."""
    if match.entry.words != ("could",):
        return ""
    first = match.first
    if word_after(doc, first) not in ("best", "better"):
        return ""
    verb = word_after(doc, first + 1)
    if not verb or verb in ("than", "off", "for", "to", "in", "at", "with", "and", "or"):
        return ""  # "could better than", "could best for" are no verbs after an adverb
    return "thought Biden could best handle / who could best battle: who is most able, not a possibility"


_IMAGINING_VERBS: Final = frozenset({"envision", "envisage", "picture", "visualize", "visualise", "foresee",
                                     "imagine", "conceive"})
_IMAGINING_ADVERBS: Final = frozenset({"just", "easily", "well", "still", "almost", "only", "readily", "even",
                                       "already", "also", "certainly"})


def imagining_could(doc: Doc, match: Match) -> str:
    """Why a person's "could (just) envision" states what they are able to imagine ('' if it may hedge)."""
    if match.entry.words != ("could",):
        return ""
    first = match.first
    after = word_after(doc, first)
    verb = word_after(doc, first + 1) if after in _IMAGINING_ADVERBS else after
    if verb not in _IMAGINING_VERBS:
        return ""
    if word_before(doc, first) not in _SUBJECT_PRONOUNS | {"one", "anyone", "someone", "nobody"}:
        return ""  # "the plan could foresee a tax": a thing's "could" may be a possibility
    return "he could just envision: what one is able to imagine, not a possibility"


_TELLING: Final = frozenset({"told", "telling", "tell", "tells", "assured", "assuring", "assure", "assures",
                             "reassured", "reassuring", "guaranteed"})
# what stands between the verb of telling and the "could": the person told and "that"
_TOLD_OBJECT_REACH: Final = 3


def told_they_could(doc: Doc, match: Match) -> str:
    """Why a "could" states what someone was told they were free or able to do ('' if it may hedge)."""
    if match.entry.words != ("could",):
        return ""
    first = match.first
    if word_before(doc, first) not in _SUBJECT_PRONOUNS:
        return ""
    after = word_after(doc, first)
    if after in ("be", "not", "never", "") or (after == "have" and word_after(doc, first + 1) in ("been", "")):
        return ""  # "told Mr. Trump that he could be blamed": a warning of what may happen
    norms, is_word = doc.norms, doc.is_word
    lo = doc.sentences[doc.sentence_of[first]].first
    k = first - 2
    if k >= lo and is_word[k] and norms[k] == "that":
        k -= 1
    objects = 0
    while k >= lo and is_word[k] and objects <= _TOLD_OBJECT_REACH:
        if norms[k] in _TELLING:
            if objects == 0:
                return ""  # "told he could": no person told; a reported claim
            return "telling them they could keep their plans: a permission or an ability promised, not a " \
                   "possibility"
        if norms[k] in ("that", "said", "if", "whether", "and", "but", "which", "who"):
            return ""
        objects += 1
        k -= 1
    return ""


_WH_WORDS: Final = frozenset({"whether", "how", "when", "why", "where", "what", "if"})
_COORDINATED_SUBJECT_REACH: Final = 4  # words of the subject between the second wh-word and the modal


def coordinated_question_modal(doc: Doc, match: Match) -> str:
    """Why a modal sits in an indirect question of two coordinated wh-words ("whether, and how, X could")
    ('' if it may hedge)."""
    first = match.first
    norms, is_word, tokens = doc.norms, doc.is_word, doc.tokens
    lo = doc.sentences[doc.sentence_of[first]].first
    k, seen = first - 1, 0
    while k >= lo and is_word[k] and norms[k] not in _WH_WORDS and seen < _COORDINATED_SUBJECT_REACH:
        seen += 1
        k -= 1
    if seen == 0:
        return ""
    if k >= lo and tokens[k] == ",":
        k -= 1  # "whether, and how, Israel could"
    if k < lo or not is_word[k] or norms[k] not in _WH_WORDS:
        return ""
    # before the second wh-word: (",")? ("and" | "or") (",")? and the first wh-word
    j = k - 1
    if j >= lo and tokens[j] == ",":
        j -= 1
    if j < lo or not is_word[j] or norms[j] not in ("and", "or"):
        return ""
    j -= 1
    if j >= lo and tokens[j] == ",":
        j -= 1
    if j < lo or not is_word[j] or norms[j] not in _WH_WORDS:
        return ""
    return "whether, and how, Israel could build: a question about a possibility, not a hedged claim"


_DOUBT_ADVERBS: Final = frozenset({"probably", "maybe", "perhaps"})
# verbs after the "could" of a possibility (a state or a happening), not of an act one is able or free to do
_STATE_VERBS: Final = frozenset({"be", "have", "become", "end", "prove", "mean", "get", "lead", "cause", "result",
                                 "happen", "turn", "take", "come", "go", "see", "face", "affect", "make", "help",
                                 "hurt", "serve", "change", "fall", "rise", "grow", "cost", "trigger", "spark",
                                 "signal", "reflect", "explain", "lose", "wind", "backfire", "undermine"})


def doubt_beside_could(doc: Doc, match: Match) -> str:
    """Why a "could" beside a doubting adverb ("probably could", "could maybe") states an ability whose
    doubt is the adverb's ('' if it may hedge)."""
    if match.entry.words != ("could",):
        return ""
    first = match.first
    after = word_after(doc, first)
    if after in _DOUBT_ADVERBS:
        verb_at = first + 2
    elif word_before(doc, first) in _DOUBT_ADVERBS:
        verb_at = first + 1
    else:
        return ""
    verb = doc.norms[verb_at] if verb_at < len(doc.norms) and doc.is_word[verb_at] else ""
    if verb.endswith("ly") and len(verb) > 4:
        verb_at += 1  # "could probably easily convert"
        verb = word_after(doc, verb_at - 1)
    if not verb or (verb in _STATE_VERBS and not (verb == "get" and word_after(doc, verb_at) == "rid")):
        return ""
    return "Trump probably could get rid of him / I could maybe give you reasons: an ability, the doubt is " \
           "the adverb's"


_INDEFINITE_PERSONS: Final = frozenset({"anyone", "anybody", "someone", "somebody", "whoever", "everyone",
                                        "everybody"})
# after "could": a possibility of what happens or happened to the person, not an act ("could be hurt")
_NOT_ACTS: Final = frozenset({"be", "have", "become", "potentially", "possibly", "also", "still", "eventually",
                              "soon", "someday", "one", "ultimately", "face", "lose", "end", "get", "suffer", "die",
                              "not", "never", "ever", "otherwise", "well", "easily", "conceivably", "theoretically"})
_ARTICLE_REACH: Final = 4  # words between "a" / "an" and "who" ("a Tea Party conservative who")


def someone_who_could(doc: Doc, match: Match) -> str:
    """Why a "who could" + a verb after an indefinite person states the kind of person able to act ('' if
    it may hedge)."""
    if match.entry.words != ("could",):
        return ""
    first = match.first
    norms, is_word = doc.norms, doc.is_word
    if first < 2 or word_before(doc, first) != "who" or not is_word[first - 1]:
        return ""
    after = word_after(doc, first)
    if not after or after in _NOT_ACTS or not is_word[first - 2]:
        return ""
    head = norms[first - 2]
    if head in _INDEFINITE_PERSONS:
        return "anyone who could deliver a body slam: the kind of person able to act, not a possibility"
    lo = doc.sentences[doc.sentence_of[first]].first
    for k in range(first - 3, max(lo - 1, first - 3 - _ARTICLE_REACH), -1):
        if not is_word[k]:
            return ""
        if norms[k] in ("a", "an"):
            return "a conservative who could sell the bill: the kind of person able to act, not a possibility"
        if norms[k] in ("the", "that", "this", "and", "or", "of", "who", "which", "these", "those"):
            return ""
    return ""


_OPTION_ADVERBS: Final = frozenset({"just", "simply", "instead"})
# verbs after "could just / simply" of what may be or happen, not of an act chosen
_NOT_CHOSEN: Final = frozenset({"be", "have", "reflect", "mean", "stay", "end", "turn", "prove", "become", "as",
                                "fade", "disappear", "happen", "lose", "fail", "get", "go", "backfire", "collapse",
                                "die", "reflects", "show", "suggest", "indicate", "cost", "hurt"})


def option_could(doc: Doc, match: Match) -> str:
    """Why a "could just / simply / instead" + a verb of act states an option open to someone ('' if it may
    hedge)."""
    if match.entry.words != ("could",):
        return ""
    first = match.first
    if word_after(doc, first) not in _OPTION_ADVERBS:
        return ""
    verb = word_after(doc, first + 1)
    if first + 2 < len(doc.tokens) and not doc.is_word[first + 2]:
        verb = ""  # 'could instead "speak"': a quotation mark, read the next word
        if first + 3 < len(doc.tokens) and doc.is_word[first + 3]:
            verb = doc.norms[first + 3]
    if not verb or verb in _NOT_CHOSEN or verb.endswith(("ly", "ing")):
        return ""
    return "the new appointee could just fire Mueller / the president could simply fire him: an option open " \
           "to someone, not a possibility"


_WEAPONS: Final = frozenset({"missile", "missiles", "rocket", "rockets", "weapon", "weapons", "warhead", "warheads",
                             "icbm", "icbms", "drone", "drones", "bomber", "bombers", "submarine", "submarines"})
# what a weapon is built to do ("a missile that could reach the U.S. mainland")
_WEAPON_REACHES: Final = frozenset({"reach", "hit", "strike", "carry", "travel", "fly", "deliver", "penetrate",
                                    "target", "evade", "destroy"})


def weapon_that_could(doc: Doc, match: Match) -> str:
    """Why a "could" after a weapon ("a nuclear-armed missile that could reach the continental U.S.") states
    what it is built to do ('' if it may hedge)."""
    if match.entry.words != ("could",):
        return ""
    first = match.first
    if first < 2 or word_before(doc, first) not in ("that", "which") or not doc.is_word[first - 2] \
            or doc.norms[first - 2] not in _WEAPONS:
        return ""
    if word_after(doc, first) not in _WEAPON_REACHES:
        return ""  # "bombs that could still go off", "missiles that could someday carry": what may happen
    return "a missile that could reach the continental U.S.: what a weapon is built to do, not a possibility"


def ability_reading(doc: Doc, match: Match) -> str:
    """Why this single-word modal states an ability, a permission or a question, in this pass's reading
    ('' if it may hedge)."""
    return comparative_could(doc, match) or imagining_could(doc, match) or told_they_could(doc, match) \
        or coordinated_question_modal(doc, match) or doubt_beside_could(doc, match) \
        or someone_who_could(doc, match) or option_could(doc, match) or rule_permission(doc, match) \
        or weapon_that_could(doc, match) or option_reading(doc, match)
