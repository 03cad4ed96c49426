"""Modals a reader of news takes as no softened claim, ninth pass (read on the AllSides dev corpus; the
session-29 fresh draw of modal hedges and the independent readers of 1010-1717 judged the first of each
kind wrong).

The hedging feature's ``reader_hedge`` asks :func:`modal_reading`, so the WikiWeasel figures and the
learned filter are left as they are; each rule returns why the match is no hedge ('' if it may be one):

* :func:`wishing_may`: "may" / "might" before its subject at the opening of a clause: the optative ("May
  God grant us the wisdom", "and may it be years more before ...") or a polite request ("May I suggest",
  "might I remind you"): a wish or a permission asked, not a possibility (Quirk et al. 1985: formulaic
  subjunctive "may"); "it may rain", "they may not" (subject first) stay;
* :func:`granted_modal`: a "may" / "might" the writer grants to set a plain contrast against it, beyond
  :mod:`.hedge_readings`' "X may have / be ..., but": "it may not be optics, but", "The president may not
  blame China, but I do" (a negated modal), "it may be extreme but it isn't racist", "That might be true,
  but" (a one-word predicate), "This might seem like a dire prediction, but" (a verb of appearance).
  A "but" that corrects or continues ("but also", "but once", "but if"), a contrast holding a doubt or a
  forecast ("but they'll", "but it could") and a subject "there" leave the modal a hedge: "The material
  may not appear for some time, but once it goes through", "the bill may pass, but";
  after a state granted ("Brown may not have the glitz of others, but his authenticity could help him",
  wrong in the 4747 draw) a doubt in the contrast is the contrast's own and the grant stands;
* :func:`even_though_modal`: "may" / "might" in a clause of "even though": "people who don't know what
  they're doing, even though they may look awfully good on television" (past readers), "even though they
  may be a little uncomfortable": the point is granted, whatever the clause's place ("though" alone, as in
  "though many of those may ultimately be discarded", often forecasts, and stays);
* :func:`as_much_as_modal`: "as much as I could", "as many species as he could", "as honest as I could give
  it": the utmost one could do; "as disruptive as Trump's rise might have been, it has": a point granted;
  "as soon as the vote could be held" (a "could" after a noun subject) stays;
* :func:`freely_could`: "could (more) freely": "China could freely cheat on trade", "where a coalition could
  more freely operate": what someone was free to do, not a possibility;
* :func:`deontic_may`: "may not" / "may never" of what a rule forbids, where a word of law or rule
  comes before it in the sentence or the one before: "The law is clear that a public university may not
  exclude a speaker", "Twitter's guidelines say that users may not post content", "Congress may not revive
  a proposed amendment", "the mass mailings may not go out within 90 days" (after the rules quoted), and
  "may only" of what a rule limits one to (fifteenth pass): "the Constitution says the President may only
  'take Care that the Laws be faithfully executed'"; "the legislation may not become law soon", "generic
  makers may not take on the risk" (no rule), "the tax plan may only reinforce anger", "the patient may
  only have months to live" (a state) stay;
* :func:`purpose_could`: "could" in a clause of purpose after a bare "so" with a noun subject: "the
  pause was so viewers could consider the question", "a tax holiday so corporations could repatriate":
  what an act was for, not a possibility ("so that" is :mod:`.hedging`'s, "so he could" is
  :mod:`.hedge_readings`'); "so flawed it could bankrupt insurers" (a consequence) stays;
* :func:`realized_could`: "could" of an ability someone found, showed, was promised or held as an idea:
  "They realized they could run on this", "researchers showed that the embryos could develop", "had
  promised Americans they could keep their coverage", "made sure I could reach them", "the revolutionary
  idea that a diverse people could use their rights", "the fact that someone so colorless could get so
  far" (Coates 1983: root "could"); "he knew he could suffer the same fate", "her belief that the bill
  could pass", "the fact that they could be lying" stay;
* :func:`relative_could`: "could" of a relative clause without "that" after a noun it takes as object, or
  after "than": "stories she could share", "some key piece of the puzzle he could grab", "a paper trail he
  could point to", "conflicts of interest they could use", "the only way he could mend the divisions",
  "more money than they could back home": what someone is able to do, not a possibility (past readers
  judged the first two wrong); "the damage he could inflict", "warned media organizations they could
  face a blackout" (nouns not listed: a possibility or a report) stay;
* :func:`past_time_could`: "could" after a fronted adverbial of past time: "For a while, both parties
  could manage these contradictions", "Until the 1980s, they could roadblock the networks", "In 1973, most
  car owners could recite their plate number", and a sentence-opening "This meant Sanders could get
  attention": what was
  possible then, narrated, not the writer's doubt; "In 2018, 47 counties could have zero insurers" (a
  year that may be ahead) stays;
* :func:`scoped_modal`: a modal inside the clause of a doubting hedge the reader sees highlighted: "it's
  unlikely that they could ever develop", "it's unclear if they might reach a resolution", "it seems that
  may just be the tip", "this seems like it could be one of those stories": the doubt is the other
  hedge's ("It seems very unlikely that anyone could come near her": the hedge is "seems unlikely", past
  readers). After "it's possible (that)", "the possibility that", "there's a chance that" past readers
  split (one judged "it's entirely possible the Democrat could win" right), so those modals stay.
"""
from __future__ import annotations

from typing import Final

from ..lexicons import Match
from ..text import Doc
from .hedge_modal_abilities import ability_reading
from .hedge_modal_constructions import construction_reading
from .hedge_modal_coordinations import tense_coordinated_modal
from .hedge_modal_courtesies_and_freedoms import courtesy_or_freedom
from .hedge_modal_means import means_reading
from .hedge_modal_non_uses import non_modal_reading
from .hedge_modal_time_clauses import by_the_time_could
from .lexical import OPENING_QUOTES, word_after, word_before

_WISHING_MODALS: Final = frozenset({"may", "might"})
_ALL_MODALS: Final = frozenset({"may", "might", "could"})
_RELATIVE_SUBJECTS: Final = frozenset({"i", "we", "he", "she", "they", "you"})
# the subject an optative or a request puts after the modal
_INVERTED_SUBJECTS: Final = frozenset({"god", "i", "we", "he", "she", "it", "they", "you", "his", "her", "their",
                                       "your", "our", "heaven", "heavens", "the"})
_WISH_OPENERS: Final = frozenset({"and", "but", "so", "now", "oh"})
_OPENING_MARKS: Final = frozenset({"“", '"', "‘", "(", "—", "–", ":", ";", ".", "!", "?", ","})


def _opens_clause(doc: Doc, k: int) -> bool:
    """Does a clause open at token ``k``: the sentence's start, after an opening mark, or after "and"?"""
    if k <= doc.sentences[doc.sentence_of[k]].first:
        return True
    before = k - 1
    if doc.is_word[before]:
        return doc.norms[before] in _WISH_OPENERS and (before <= doc.sentences[doc.sentence_of[k]].first
                                                       or not doc.is_word[before - 1])
    return doc.tokens[before] in _OPENING_MARKS


def wishing_may(doc: Doc, match: Match) -> str:
    """Why a "may" before its subject states a wish or asks leave ('' if it may hedge)."""
    words = match.entry.words
    if words[0] not in _WISHING_MODALS:
        return ""
    first = match.first
    subject = word_after(doc, first)
    if subject not in _INVERTED_SUBJECTS or not _opens_clause(doc, first):
        return ""
    if subject == "the" and word_after(doc, first + 1) not in ("lord", "force", "best", "good"):
        return ""  # "may the force be with you", not "[in] May the committee voted" (a month left to keep())
    return "May God grant / may it be years / May I suggest: a wish or a request, not a possibility"


# verbs of how a thing looks to someone ("This might seem like a dire prediction, but") and of a stance
# someone takes ("The Times may say that ..., but it has", "Mr. Trump may talk a big game on trade, but")
_APPEARANCE_VERBS: Final = frozenset({"seem", "sound", "look", "appear", "strike", "feel", "say", "claim", "insist",
                                      "argue", "talk", "think", "believe", "want", "like", "dislike", "disdain",
                                      "hate", "worry", "complain", "care", "prefer", "love", "deny", "disagree"})
# a "but" that continues, corrects or conditions rather than sets a plain contrast against the modal
_NOT_CONTRAST_AFTER_BUT: Final = frozenset({"also", "not", "only", "rather", "in", "if", "once", "when", "after",
                                            "until", "then", "instead", "by", "for", "as", "that"})
_CONTRAST_DOUBTS: Final = frozenset({"if", "whether", "maybe", "perhaps", "possibly", "probably", "likely", "could",
                                     "might", "may", "seems", "seem", "will", "would", "won't", "unless"})
_GRANT_BLOCKERS: Final = frozenset({"if", "whether", "unless", "because", "since", "when", "until", "could",
                                    "would", "will", "soon", "yet", "eventually", "ultimately", "later"})
_GRANT_REACH: Final = 25    # words from the modal to "but"
_CONTRAST_LOOK: Final = 8   # words of the contrast looked at for a doubt


# determiners after "may not have / be" that make it a state granted ("Brown may not have the glitz of
# others, but his authenticity could play to his advantage": wrong in the 4747 draw), not a perfect ("may
# not have voted") or a forecast; the contrast may then hold its own doubt, which is highlighted apart
_STATE_DETERMINERS: Final = frozenset({"the", "a", "an", "his", "her", "their", "its", "much", "any", "all",
                                       "enough", "what"})
_CONDITIONS: Final = frozenset({"if", "whether", "unless"})


def _granted_state(doc: Doc, first: int) -> bool:
    """Is the modal at ``first`` a "may not have the ... / may not be the ...": a state granted?"""
    return word_after(doc, first) == "not" and word_after(doc, first + 1) in ("have", "be") \
        and word_after(doc, first + 2) in _STATE_DETERMINERS


def _plain_contrast_at(doc: Doc, first: int, state: bool = False) -> bool:
    """Is the modal at ``first`` followed, within its sentence, by "but" and a plain contrast, with no
    condition or forecast of its own between? After a ``state`` granted, only a condition in the
    contrast keeps the modal a hedge."""
    norms, is_word = doc.norms, doc.is_word
    stop = doc.sentences[doc.sentence_of[first]].stop
    end = min(stop, first + 2 + _GRANT_REACH * 2)
    words = 0
    for k in range(first + 2, end):
        if not is_word[k]:
            continue
        words += 1
        if words > _GRANT_REACH:
            return False
        norm = norms[k]
        if norm == "but":
            if word_after(doc, k) in _NOT_CONTRAST_AFTER_BUT:
                return False
            for j in range(k + 1, min(stop, k + 1 + _CONTRAST_LOOK)):
                if not is_word[j] or (state and norms[j] not in _CONDITIONS):
                    continue
                if norms[j] in _CONTRAST_DOUBTS or norms[j].endswith("'ll"):
                    return False
            return True
        if norm in _GRANT_BLOCKERS or norm in _WISHING_MODALS:
            return False
    return False


def granted_modal(doc: Doc, match: Match) -> str:
    """Why a "may" / "might" grants a point that a plain "but" overrides ('' if it may hedge)."""
    words = match.entry.words
    if words[0] not in _WISHING_MODALS:
        return ""
    first = match.first
    norms, is_word = doc.norms, doc.is_word
    if word_before(doc, first) in ("there", "which", "who", "whether", "if"):
        return ""
    after = word_after(doc, first)
    if after.endswith("ly") and len(after) > 4 and word_after(doc, first + 1) in _APPEARANCE_VERBS:
        after = word_after(doc, first + 1)  # "Party leaders might instinctually want ..., but"
    kind = ""
    if after == "not":
        kind = "X may not ..., but Y: a point granted, not a softened claim"
    elif after in _APPEARANCE_VERBS:
        kind = "this might seem / The Times may say ..., but: a point granted, not a softened claim"
    elif after == "be" and first + 3 < len(norms) and is_word[first + 2]:
        # a one-word predicate right before the "but": "may be extreme but", "might be true, but"
        predicate = norms[first + 2]
        j = first + 3
        if not is_word[j]:
            j += 1 if doc.tokens[j] == "," else 0
        if j < len(norms) and norms[j] == "but" and not predicate.endswith("ed") \
                and predicate not in ("the", "a", "an", "more", "less"):
            kind = "it may be extreme but: a point granted, not a softened claim"
    if not kind or not _plain_contrast_at(doc, first, _granted_state(doc, first)):
        return ""
    return kind


# words that set a rule, a law or a permission in the words before a "may not" ("The law is clear that a
# public university may not exclude", "Twitter's guidelines say that users may not post")
_RULE_WORDS: Final = frozenset({"law", "laws", "rule", "rules", "constitution", "constitutional", "guidelines",
                                "guideline", "policy", "policies", "regulation", "regulations", "statute", "statutes",
                                "amendment", "clause", "ruled", "ruling", "legally", "legal",
                                "prohibited", "prohibits", "allowed", "permitted", "forbids", "forbidden", "require",
                                "requires", "required", "lawful", "unlawful", "illegal", "frank", "terms", "code",
                                "opinion", "unconstitutional"})
_RULE_NEGATIONS: Final = frozenset({"not", "never"})
# a "may not" reported as someone's intention or forecast ("senators hinting they may not vote")
_REPORTED_BEFORE: Final = frozenset({"hinting", "hinted", "hints", "said", "say", "says", "saying", "signaled",
                                     "suggested", "indicated", "warned", "think", "thinks", "fear", "fears", "worry"})
# what follows an epistemic "may not" (a state or a happening), not a deontic one (an act forbidden)
_STATE_VERBS: Final = frozenset({"be", "have", "seem", "know", "want", "like", "matter", "need", "get", "come",
                                 "become", "happen", "last", "work", "materialize", "reflect", "indicate", "mean",
                                 "fit", "count", "bother", "play", "turn", "find", "appear", "always", "even",
                                 "necessarily", "fully", "simply", "yet", "exist", "survive", "help", "hurt"})
# a quotation mark between "may only" and the act a rule limits it to
_RULE_LOOK: Final = 40  # tokens looked back for a word of rule (the sentence and the one before)


def deontic_may(doc: Doc, match: Match) -> str:
    """Why a "may not" / "may never" / "may only" states what a rule forbids or limits ('' if it may
    hedge)."""
    if match.entry.words != ("may",):
        return ""
    first = match.first
    norms, is_word = doc.norms, doc.is_word
    after = word_after(doc, first)
    if after not in _RULE_NEGATIONS and after != "only":
        return ""
    verb = word_after(doc, first + 1)
    if not verb and after == "only" and first + 2 < len(norms) and norms[first + 2] in OPENING_QUOTES:
        verb = word_after(doc, first + 2)  # the President may only "take Care ..."
    if not verb or verb in _STATE_VERBS:
        return ""
    sentence = doc.sentence_of[first]
    lo = doc.sentences[sentence - 1].first if sentence > 0 else 0
    lo = max(lo, first - _RULE_LOOK)
    if word_before(doc, first) in ("they", "we", "he", "she", "i", "it") and (
            word_before(doc, first - 1) in _REPORTED_BEFORE
            or (word_before(doc, first - 1) == "that" and word_before(doc, first - 2) in _REPORTED_BEFORE)):
        return ""  # "senators hinting they may not vote": an intention reported
    # a word of rule in the subject itself ("a national-security policy — may not control") is no rule set
    words = 0
    for k in range(first - 1, lo - 1, -1):
        if not is_word[k]:
            continue
        words += 1
        if words > 2 and norms[k] in _RULE_WORDS:
            return "users may not post / the government may not seize: what a rule forbids, not a possibility"
    return ""


_EVEN_THOUGH_REACH: Final = 4  # words of the subject between "even though" and the modal


def even_though_modal(doc: Doc, match: Match) -> str:
    """Why a "may" / "might" in an "even though" clause grants a point ('' if it may hedge)."""
    words = match.entry.words
    if words[0] not in _WISHING_MODALS:
        return ""
    first = match.first
    norms, is_word = doc.norms, doc.is_word
    lo = doc.sentences[doc.sentence_of[first]].first
    k, seen = first - 1, 0
    while k > lo and is_word[k] and seen <= _EVEN_THOUGH_REACH:
        if norms[k] == "though" and norms[k - 1] == "even" and is_word[k - 1]:
            if seen == 0:
                return ""
            return "even though they may look good: a point granted, not a softened claim"
        if norms[k] in ("that", "said", "say", "says", "speculated", "if", "which", "who"):
            return ""
        seen += 1
        k -= 1
    return ""


_AS_REACH: Final = 3  # words between the two "as" ("as many species as he could")


def as_much_as_modal(doc: Doc, match: Match) -> str:
    """Why a modal ends an "as much as one could" of the utmost, or an "as disruptive as it might have been"
    of concession ('' if it may hedge)."""
    words = match.entry.words
    first = match.first
    norms, is_word = doc.norms, doc.is_word
    lo = doc.sentences[doc.sentence_of[first]].first
    after = word_after(doc, first)
    if words[0] == "could":
        if word_before(doc, first) not in _RELATIVE_SUBJECTS and word_before(doc, first) != "it":
            return ""
        k = first - 2
    else:
        # "as disruptive as Trump's rise might have been,": the modal closes its clause with a copula
        if not (after == "be" or (after == "have" and word_after(doc, first + 1) == "been")):
            return ""
        k = first - 2
        while k > lo and is_word[k] and norms[k] != "as" and first - k <= 4:
            k -= 1
    if k <= lo or not is_word[k] or norms[k] != "as":
        return ""
    for j in range(k - 1, max(lo, k - 1 - _AS_REACH) - 1, -1):
        if not is_word[j]:
            return ""
        if norms[j] == "as":
            if words[0] == "could":
                return "as much as I could / as many species as he could: the utmost one could do, not a " \
                       "possibility"
            return "as disruptive as it might have been: a point granted, not a softened claim"
    return ""


def freely_could(doc: Doc, match: Match) -> str:
    """Why a "could (more) freely" states what someone was free to do ('' if it may hedge)."""
    if match.entry.words != ("could",):
        return ""
    after = word_after(doc, match.first)
    if after == "freely" or (after == "more" and word_after(doc, match.first + 1) == "freely"):
        return "China could freely cheat / a coalition could more freely operate: what one was free to do, " \
               "not a possibility"
    return ""


_SO_DETERMINERS: Final = frozenset({"the", "a", "an", "his", "her", "their", "its", "our", "your", "my", "these",
                                    "those", "mr", "mr.", "ms", "ms.", "mrs", "mrs."})
# plural "s" words after "so" that are no noun subject ("so this", "so as", "so is")
_NOT_PLURAL_SUBJECTS: Final = frozenset({"this", "is", "was", "has", "as", "us", "its", "his", "less", "thus", "yes",
                                         "always", "perhaps", "regardless", "nevertheless", "unless", "news", "does",
                                         "seems", "means", "makes", "gets"})
_PURPOSE_REACH: Final = 4  # words of the subject between "so" and "could" ("so General Motors union employees could")


def purpose_could(doc: Doc, match: Match) -> str:
    """Why a "could" after a bare "so" and a noun subject states a purpose ('' if it may hedge)."""
    if match.entry.words != ("could",):
        return ""
    first = match.first
    norms, is_word, tokens = doc.norms, doc.is_word, doc.tokens
    lo = doc.sentences[doc.sentence_of[first]].first
    k = first - 1
    subject: list[int] = []
    while k >= lo and is_word[k] and norms[k] != "so" and len(subject) <= _PURPOSE_REACH:
        subject.append(k)
        k -= 1
    if k <= lo or not is_word[k] or norms[k] != "so" or not subject or len(subject) > _PURPOSE_REACH:
        return ""  # (a sentence-opening "So" is a consequence)
    if word_before(doc, k) in ("and", "or", "not", "just", "even", "only", "do", "did", "think", "said") \
            or (k > lo and not is_word[k - 1]):
        return ""  # "and so", ", so" (a consequence), "I think so"
    head = subject[-1]  # the first word after "so"
    word = norms[head]
    noun_opening = word in _SO_DETERMINERS or tokens[head][:1].isupper() or (
        word.endswith("s") and not word.endswith("ss") and word not in _NOT_PLURAL_SUBJECTS and len(subject) == 1)
    if not noun_opening or any(norms[j] in ("that", "it", "they", "he", "she", "we", "i", "you", "too")
                               for j in subject):
        return ""
    return "the pause was so viewers could consider: a purpose, not a possibility"


# verbs and nouns whose "that"-clause holds an ability found, shown, granted or held as an idea
_REALIZING: Final = frozenset({"realized", "realised", "realize", "realizes", "showed", "demonstrated",
                               "demonstrates", "proved", "promised", "promise", "promises", "promising", "idea",
                               "notion", "dream", "conviction",
                               # "would ensure that all Americans could receive": an ability secured
                               "ensure", "ensures", "ensured", "ensuring",
                               # "to insure they could provide adequate security" (the same sense, spelled so)
                               "insure", "insures", "insured", "insuring"})
_PERSONS: Final = frozenset({"i", "we", "he", "she", "they", "you", "someone", "anyone", "anybody", "somebody"})
_SUBJECT_WORDS: Final = frozenset({"i", "we", "he", "she", "they", "you", "people", "americans", "the", "a", "an",
                                   "his", "her", "their", "our", "its", "this", "these", "those"})
_REALIZED_REACH: Final = 5  # words between the verb or noun and "could" ("that the resulting embryos could")


def realized_could(doc: Doc, match: Match) -> str:
    """Why a "could" states an ability someone found, showed, was promised or held ('' if it may hedge)."""
    if match.entry.words != ("could",):
        return ""
    first = match.first
    norms, is_word = doc.norms, doc.is_word
    after = word_after(doc, first)
    lo = doc.sentences[doc.sentence_of[first]].first
    k = first - 1
    between: list[str] = []
    while k >= lo and is_word[k] and len(between) <= _REALIZED_REACH:
        norm = norms[k]
        if norm == "sure" and word_before(doc, k) in ("make", "makes", "made", "making") and between:
            return "made sure I could reach them: an ability secured, not a possibility"
        if norm in _REALIZING and between:
            if norm in ("idea", "notion", "dream", "conviction") and between[-1] != "that":
                return ""  # "the idea of a pardon could be": "could" is the main clause's
            if "to" in between:
                return ""  # "if they didn't promise to comply they could face": the verb of another clause
            if norm.startswith("insur") and between[-1] not in _PERSONS and between[-1] != "that":
                return ""  # "the insured farmers could lose": an adjective, not the verb
            return "they realized they could run on this / promised they could keep: an ability found or " \
                   "granted, not a possibility"
        if norm == "fact" and between and between[-1] == "that" and not _PERSONS.isdisjoint(between) \
                and after not in ("be", "have", "") and word_before(doc, k) == "the":
            return "the fact that someone so colorless could get so far: an ability shown, not a possibility"
        if norm in ("said", "says", "say", "warned", "feared", "fear", "fears", "if", "whether", "but", "and",
                    "because", "which", "who"):
            return ""
        between.append(norm)
        k -= 1
    return ""


# nouns that head a relative clause of what someone can do with them ("stories she could share"), curated by
# reading the AllSides dev corpus; nouns of harm ("damage", "disaster") and of report ("suggestions",
# "organizations" warned) are left out: "the damage he could inflict" is a possibility
_ABILITY_HEADS: Final = frozenset({"something", "anything", "everything", "nothing", "stories", "story", "piece",
                                   "pieces", "puzzle", "trail", "seat", "seats", "job", "jobs", "way", "ways",
                                   "reason", "bar", "change", "proposal", "proposals", "interest", "interests",
                                   "thing", "things", "tool", "tools", "role", "option", "options",
                                   "money", "help", "skills", "card", "cards", "votes", "issue", "issues"})
_CLOSING_QUOTES: Final = frozenset({"”", '"', "’", "'"})


def relative_could(doc: Doc, match: Match) -> str:
    """Why a "could" of a relative clause without "that" states what someone is able to do ('' if it may
    hedge)."""
    if match.entry.words != ("could",):
        return ""
    first = match.first
    subject = word_before(doc, first)
    if subject not in _RELATIVE_SUBJECTS or first < 2:
        return ""
    head = word_before(doc, first - 1)
    if not head and first >= 3 and doc.tokens[first - 2] in _CLOSING_QUOTES:
        head = word_before(doc, first - 2)  # 'has "worse stories" she could share'
    if head == "than":
        return "more money than they could back home: what one is able to do, not a possibility"
    if head in _ABILITY_HEADS and word_after(doc, first) != "have":
        return "stories she could share / a paper trail he could point to: what one is able to do, not a " \
               "possibility"
    return ""


# fronted adverbials of past time ("For a while, ...", "Back then, ...", "Until the 1980s, ...")
_PAST_PHRASES: Final[tuple[tuple[str, ...], ...]] = (
    ("for", "a", "while"), ("back", "then"), ("at", "the", "time"), ("in", "those", "days"), ("at", "that", "time"),
    ("until", "then"), ("in", "the", "past"), ("years", "ago"), ("decades", "ago"), ("for", "decades"),
    ("for", "generations"), ("for", "centuries"))
_TIME_PREPOSITIONS: Final = frozenset({"in", "until", "till", "by", "before", "through"})
_PAST_REACH: Final = 6  # words of the subject between the comma after the adverbial and "could"


def _past_year(norm: str) -> bool:
    """A year or a decade before 2000 ("1973", "1980s"): past for any article of the corpus."""
    digits = norm[:-1] if norm.endswith("s") else norm
    return len(digits) == 4 and digits.isdigit() and 1700 <= int(digits) < 2000


def _past_adverbial_before(doc: Doc, comma: int, lo: int) -> bool:
    """Does a phrase of past time end right before the comma at ``comma`` and open its sentence?"""
    norms, is_word = doc.norms, doc.is_word
    ends = [norms[j] for j in range(max(lo, comma - 3), comma) if is_word[j]]
    for phrase in _PAST_PHRASES:
        n = len(phrase)
        if tuple(ends[-n:]) == phrase and comma - n - 1 < lo + 2:
            return True
    # "In 1973,", "Until the 1980s,": a preposition opening the sentence, then a year before 2000
    if comma - 1 >= lo and _past_year(norms[comma - 1]):
        for j in range(lo, comma - 1):
            if is_word[j]:
                return norms[j] in _TIME_PREPOSITIONS and comma - 1 - j <= 2
    return False


def past_time_could(doc: Doc, match: Match) -> str:
    """Why a "could" narrates what was possible at a past time ('' if it may hedge)."""
    if match.entry.words != ("could",):
        return ""
    first = match.first
    norms, is_word, tokens = doc.norms, doc.is_word, doc.tokens
    lo = doc.sentences[doc.sentence_of[first]].first
    if word_after(doc, first) == "have":
        return ""  # "could have won": a counterfactual, judged by the rules of the hedging feature
    before = word_before(doc, first)
    # "This meant Sanders could get attention": a consequence narrated in the past, from a sentence-opening
    # "This / That meant" ("the report, which meant we could drop the case" is left to the other rules)
    meant = first - 2 if first >= 2 and norms[first - 2] == "meant" else -1
    if meant > lo and norms[meant - 1] in ("this", "that") and meant - 1 == lo and before \
            and before not in ("it", "that", "there"):
        return "this meant Sanders could get attention: what was possible then, narrated, not a possibility"
    words = 0
    for k in range(first - 1, max(lo, first - 2 * _PAST_REACH) - 1, -1):
        if is_word[k]:
            words += 1
            if words > _PAST_REACH or norms[k] in ("that", "said", "if", "when", "and", "but", "which", "who"):
                return ""
            continue
        if tokens[k] != ",":
            return ""
        if _past_adverbial_before(doc, k, lo):
            return "for a while, both parties could manage / until the 1980s, they could: what was possible " \
                   "then, narrated, not a possibility"
        return ""
    return ""


_SCOPE_LINKS: Final = frozenset({"that", "if", "whether", "like", "where", "how", "when", "what", "who"})
_SCOPE_REACH: Final = 9  # words of the subject between the other hedge (and its "that") and the modal


def scoped_modal(doc: Doc, match: Match) -> str:
    """Why a modal sits inside the clause of another highlighted hedge ('' if it hedges on its own)."""
    first = match.first
    norms, is_word = doc.norms, doc.is_word
    lo = doc.sentences[doc.sentence_of[first]].first
    k = first - 1
    seen = 0
    while k >= lo and is_word[k] and seen <= _SCOPE_REACH:
        norm = norms[k]
        if norm in _ALL_MODALS or norm in ("is", "was", "are", "were", "be", "and", "but", "or", "said", "says"):
            return ""
        linked = seen >= 1 and norms[k + 1] in _SCOPE_LINKS
        head = ""
        if norm in ("unlikely", "unclear") and seen >= 1 and (linked or norm == "unlikely"):
            head = norm
        elif norm in ("seems", "seem", "seemed") and (linked or seen == 1) and word_before(doc, k) in ("it", "this",
                                                                                                     "that"):
            head = norm
        if head:
            return f"it's {head} that anyone could / it {head} that may be ...: the doubt is the other hedge's, " \
                   "not the modal's"
        seen += 1
        k -= 1
    return ""


def modal_reading(doc: Doc, match: Match) -> str:
    """Why this accepted modal is, in this pass's reading, no hedge ('' if it may be one). Each reading
    below is asked only of a single-word "may", "might" or "could"."""
    words = match.entry.words
    if match.entry.category != "modal" or len(words) != 1 or words[0] not in _ALL_MODALS:
        return ""
    return wishing_may(doc, match) or granted_modal(doc, match) or even_though_modal(doc, match) \
        or as_much_as_modal(doc, match) or freely_could(doc, match) or deontic_may(doc, match) \
        or purpose_could(doc, match) \
        or realized_could(doc, match) or relative_could(doc, match) or past_time_could(doc, match) \
        or scoped_modal(doc, match) or ability_reading(doc, match) or means_reading(doc, match) \
        or non_modal_reading(doc, match) or construction_reading(doc, match) \
        or tense_coordinated_modal(doc, match) or by_the_time_could(doc, match) \
        or courtesy_or_freedom(doc, match)
