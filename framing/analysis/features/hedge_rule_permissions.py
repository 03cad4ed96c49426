"""A "may" / "could" of what a rule, a law or a permission lets someone do, twelfth pass (read on the
AllSides dev corpus; the independent readers of 1212, 1414 and 2424 judged the first of each kind wrong:
"an individual may give a national party $30,800 per year", "two-thirds of the states could apply to
Congress ... under Article V", "users may not post").

:func:`.hedge_modal_abilities.ability_reading` asks :func:`rule_permission`, which returns why the match is
no hedge ('' if it may be one). A modal of permission (Coates 1983: root "may" / "could") says what
someone is allowed to do; no claim is softened. Read as such when all three hold:

* the words before the modal (within :data:`_CUE_REACH` words of its sentence) name a rule, a law or a
  permission: "under the law / rules / regulation / Article V" (also in the words after, within
  :data:`_UNDER_AHEAD`: "could apply to Congress ... under Article V"), "is allowed / permitted",
  "eligible", "entitled", "legally", "limits on", "guidelines say", "the law says", "the judge ruled that"
  (a court's ruling, sixteenth pass); or a "may not" answers a
  "can ..., but" ("Super PACs can take unlimited contributions, but they may not coordinate"); or a limit
  follows the verb ("may serve only two terms", "could leave only for legal meetings", "may get unlimited
  extensions");
* a subject stands right before the modal (not "it", "this", "that", "which", "who", "there": "a process
  that could take months");
* a verb of acting follows ("give", "ask", "act", "apply", "post"), not one of being or happening ("be",
  "have", "face", "lose", "cost": "residents could be eligible", "the cost could total up to $40
  billion" stay).

"the deal may collapse" and "it could rain" (no rule named) stay, and so does "Republicans may block the
nomination" (a possibility, no rule in its sentence).
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc

_CUE_REACH: Final = 30  # words before the modal looked at for a rule named
_UNDER_AHEAD: Final = 14  # words after the modal's verb looked at for "under Article V"
_UNDER_NOUN_REACH: Final = 4  # words between "under" and the law it names ("under the new federal rules")
# what a rule, a law or a permission is named by after "under"
_LAW_NOUNS: Final = frozenset({"law", "laws", "rule", "rules", "regulation", "regulations", "statute", "statutes",
                               "constitution", "article", "section", "guidelines", "guideline", "provision",
                               "provisions", "act", "code", "amendment", "ordinance", "policy"})
# words that name a permission or an entitlement themselves
_PERMISSION_WORDS: Final = frozenset({"eligible", "entitled", "legally", "lawfully", "limits", "permissible"})
# a court's ruling whose "that"-clause says what it lets someone do ("the judge said in his ruling that poll
# workers could still ask for ID": wrong in the 4343 draw); "after the ruling, the city could still prevail"
# and "the ruling could sap momentum" (no "that"-clause) stay
_RULING_WORDS: Final = frozenset({"ruled", "ruling"})
# participles of a permission, read as one after a form of "be" ("are allowed", "was not permitted"), not as
# a cause ("That allowed Trump to roll up victory after victory")
_PERMISSION_PARTICIPLES: Final = frozenset({"allowed", "permitted", "authorized", "authorised"})
_BE_FORMS: Final = frozenset({"is", "are", "was", "were", "be", "been", "being", "not", "'s", "'re"})
# words right after "only" that make it a limit set on an act ("may serve only two terms", "could leave only
# for legal meetings"), not a condition on a possibility ("could win only if")
_LIMIT_AFTER_ONLY: Final = frozenset({"for", "on", "one", "two", "three", "four", "five", "once", "twice", "a",
                                      "during", "within", "from"})
_LIMIT_REACH: Final = 3  # words after the modal's verb looked at for "only" / "unlimited"
# verbs after a law or a rule that state what it lets or tells people do ("the law says", "rules allow")
_RULE_VERBS: Final = frozenset({"say", "says", "said", "allow", "allows", "allowed", "permit", "permits",
                                "state", "states", "provide", "provides", "require", "requires"})
_RULE_SUBJECTS: Final = frozenset({"law", "laws", "rule", "rules", "regulation", "regulations", "guidelines",
                                   "statute", "constitution", "policy", "policies", "code", "bylaws", "charter"})
# before the modal: no subject that acts ("a process that could take months", "it may not be enough")
_NOT_SUBJECTS: Final = frozenset({"it", "this", "that", "which", "who", "there", "what", "these", "those", "and",
                                  "or", "but", "one"})
# adverbs between the subject and the modal, or the modal and its verb
_ADVERBS: Final = frozenset({"surely", "also", "only", "then", "still", "legally", "now", "generally", "usually",
                             "not", "lawfully", "instead", "each", "all", "both", "either"})
# verbs of being or happening after the modal: a possibility, not an act allowed
_NOT_ACTS: Final = frozenset({"be", "have", "become", "face", "get", "lose", "see", "need", "seem", "prove", "mean",
                              "end", "take", "cost", "total", "require", "fall", "rise", "result", "lead", "cause",
                              "happen", "help", "hurt", "affect", "suffer", "die", "come", "go", "turn", "grow",
                              "remain", "stay", "continue", "wind", "feel", "find", "well", "very", "even", "never",
                              "possibly", "potentially", "eventually", "ultimately", "soon", "someday", "one",
                              "also", "still", "make", "spark", "trigger", "undermine", "backfire", "fail",
                              "reach", "exceed", "run", "hit", "include", "qualify", "want", "like", "know",
                              "think", "agree", "care", "matter", "work", "realize", "understand", "notice",
                              "collapse", "crumble", "fade", "vanish", "disappear", "expire", "shrink", "drop"})

# verbs that end like an adverb ("could apply", "may reply")
_LY_VERBS: Final = frozenset({"apply", "reply", "rely", "supply", "comply", "ally", "fly"})


def _under_a_law(doc: Doc, k: int, stop: int) -> bool:
    """Whether "under" at token ``k`` names a law or a rule in the next few words."""
    norms, is_word = doc.norms, doc.is_word
    for j in range(k + 1, min(stop, k + 1 + _UNDER_NOUN_REACH)):
        if not is_word[j]:
            return False
        if norms[j] in _LAW_NOUNS:
            return True
    return False


def _rule_named_before(doc: Doc, first: int, lo: int) -> bool:
    """Whether the words before the modal, in its sentence, name a rule, a law or a permission."""
    norms, is_word = doc.norms, doc.is_word
    for k in range(first - 1, max(lo - 1, first - 1 - _CUE_REACH), -1):
        if not is_word[k]:
            continue
        word = norms[k]
        if word == "but":
            return False  # "Members are allowed to vote, but the deal may collapse": another clause
        if word in _PERMISSION_WORDS:
            return True
        if word in _RULING_WORDS and k + 1 < first and norms[k + 1] == "that":
            return True  # "the judge ruled that poll workers could still ask": what a ruling allows
        if word in _PERMISSION_PARTICIPLES and k - 1 >= lo and norms[k - 1] in _BE_FORMS:
            return True
        if word == "under" and _under_a_law(doc, k, first):
            return True
        if word in _RULE_SUBJECTS and k + 1 < first and norms[k + 1] in _RULE_VERBS:
            return True
    return False


def _rule_named_after(doc: Doc, verb_at: int, stop: int) -> bool:
    """Whether "under" + a law follows the modal's verb closely ("could apply ... under Article V")."""
    end = min(stop, verb_at + 1 + _UNDER_AHEAD)
    for k in range(verb_at + 1, end):
        if doc.is_word[k] and doc.norms[k] == "under" and _under_a_law(doc, k, stop):
            return True
    return False


def _limit_after_verb(doc: Doc, verb_at: int, stop: int) -> bool:
    """Whether a limit set by a rule follows the modal's verb closely: "may serve only two 4-year terms",
    "could leave only for legal meetings", "may serve an unlimited number of terms", "may get unlimited
    extensions"."""
    norms, is_word = doc.norms, doc.is_word
    for k in range(verb_at + 1, min(stop, verb_at + 1 + _LIMIT_REACH)):
        if not is_word[k]:
            return False
        if norms[k] == "unlimited":
            return True
        if norms[k] == "only":
            return k + 1 < stop and is_word[k + 1] and (norms[k + 1] in _LIMIT_AFTER_ONLY
                                                        or norms[k + 1][:1].isdigit())
    return False


def _can_but_may_not(doc: Doc, first: int, v: int, lo: int) -> bool:
    """Whether a "may not" answers a "can" before it in its sentence ("Super PACs can take unlimited
    contributions, but they may not coordinate with the campaigns"): what is allowed set against what is
    not."""
    if doc.norms[first] != "may" or first + 1 >= v or doc.norms[first + 1] != "not":
        return False
    saw_but = False
    for k in range(first - 1, max(lo - 1, first - 1 - _CUE_REACH), -1):
        if not doc.is_word[k]:
            continue
        if doc.norms[k] == "but":
            saw_but = True
        elif doc.norms[k] == "can" and saw_but:
            return True
    return False


def rule_permission(doc: Doc, match: Match) -> str:
    """Why a "may" / "could" states what a rule or a law lets someone do ('' if it may hedge)."""
    if match.entry.words not in (("may",), ("could",)):
        return ""
    first = match.first
    norms, is_word = doc.norms, doc.is_word
    sentence = doc.sentences[doc.sentence_of[first]]
    lo, stop = sentence.first, sentence.stop
    s = first - 1
    if s >= lo and is_word[s] and norms[s] in _ADVERBS:
        s -= 1  # "A campus surely could"
    if s < lo or not is_word[s] or norms[s] in _NOT_SUBJECTS or norms[s] in _ADVERBS:
        return ""
    v = first + 1
    while v < stop and v < first + 3 and is_word[v] and norms[v] in _ADVERBS:
        v += 1
    if v >= stop or not is_word[v]:
        return ""
    verb = norms[v]
    if verb == "get" and v + 1 < stop and norms[v + 1] == "unlimited":
        return "they may get unlimited extensions: what a rule lets someone have, not a softened claim"
    if verb in _NOT_ACTS or verb.endswith(("ing", "ed")) or (verb.endswith("ly") and verb not in _LY_VERBS):
        return ""
    if not (_rule_named_before(doc, first, lo) or _rule_named_after(doc, v, stop)
            or _can_but_may_not(doc, first, v, lo) or _limit_after_verb(doc, v, stop)):
        return ""
    return "under the law, an individual may give / the states could apply under Article V: what a rule " \
           "lets someone do, not a softened claim"
