"""Cue words in a sense that attributes nothing (curated by reading the AllSides dev corpus, readers'
judgments of the seventh pass): an intention to act ("Republicans hope to kill one more rule", "Democrats
are eager to take it back", "the GOP is looking to turn it red", "she intends to vote"), a search or an
appearance ("looking into it", "is looking stronger"), a cause that explains ("That process may explain
why ...", "it helps explain the shift"), a thing disclosed rather than words reported ("a hero who revealed
the depth of the spying", "the phone records revealed last week"), a promise nobody made ("the kinds of
promises that disappear", "5 unmet Obama promises", "the race promises to be divisive"), and the adjective
"elaborate" ("elaborate security precautions").

"hopes that the bill passes", "intends to say", "likes to remind people that", "explained that", "the
lawyers will explain the laws", "revealed that he had talked", "revealed to them", "his promise that ..."
stay cues: they say what a source said or holds. :func:`.cues.acting_cue` sets these aside with the verbs
of acting, so that ``framing evaluate`` scores them by PolNeAR's definition as it does the others."""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .act_object_cues import object_makes_an_act
from .act_verb_cues import verb_names_a_deed
from .accordance_cues import in_accordance
from .act_delivered_and_depicted_cues import delivered_or_depicted
from .noun_sense_cues import noun_attributes_nothing
from .fear_noun_cues import fear_without_content
from .drafted_law_cues import book_authored, law_drafted
from .editor_note_cues import editor_note
from .inform_sense_cues import inform_reports_nothing
from .labeled_item_cues import item_labeled
from .chant_noun_cues import chant_named
from .non_speech_act_cues import act_not_speech
from .deed_cues import names_a_deed
from .discourse_phrase_cues import discourse_phrase
from .directive_cues import persuaded_to_act
from .call_noun_cues import call_attributes_nothing
from .colon_cues import colon_attributes_nothing
from .conduct_cues import reports_conduct
from .epithet_cues import noted_epithet
from .highlight_subject_cues import thing_highlights
from .impersonal_known_cues import known_without_knower
from .hypothetical_cues import imagined_source, in_condition, question_wished_for
from .knowledge_cues import knows_a_fact
from .kept_and_announced_cues import kept_or_announced_act
from .threat_likelihood_cues import threat_as_likelihood
from .hyphen_compound_cues import in_hyphen_compound
from .aside_phrase_cues import additive_aside
from .record_noun_cues import possessed_records
from .raised_voice_cues import voice_raised_at
from .event_subject_cues import event_subject
from .explainer_title_cues import explainer_title
from .generic_knower_cues import generic_knower
from .figurative_source_cues import figurative_source
from .forecast_cues import forecast_without_holder
from .idiom_sense_cues import idiom_attributes_nothing
from .identify_sense_cues import identify_finds_or_belongs
from .deliberation_cues import course_deliberated
from .finished_event_cues import event_finished
from .heading_line_cues import in_heading_line
from .naming_called_cues import name_given_after_noun
from .reader_imperative_cues import reader_told_to_consider
from .inferred_sign_cues import sign_not_source
from .attitude_cues import attitude_portrait
from .backing_cues import backs_without_words
from .link_headline_cues import in_link_headline
from .literal_sense_cues import literal_sense
from .performative_cues import performative_cue
from .phrase_cues import set_phrase
from .proposal_cues import proposes_a_measure
from .record_and_search_cues import reports_act_record_or_search
from .report_verb_words import single_report_verbs
from .resemblance_cues import likeness_not_source
from .signal_cues import signal_as_sign
from .reported_question_cues import considered_in_question
from .skill_list_cues import skill_named
from .topic_cues import names_a_topic
from .unsourced_cues import unsourced_cue
from .uncovering_cues import uncovers_a_thing
from .unreal_coordinate_cues import unreal_coordinate
from .unspoken_cues import nobody_speaks
from .wordless_speech_cues import narrates_speech_without_words
from .withheld_cues import words_withheld
from .wondering_cues import nobody_wonders
from .wordless_object_cues import object_is_no_words
from .writer_voice_cues import writers_voice
from .writer_reasoning_cues import writer_reasons
from .style_idiom_cues import manner_idiom
from .awareness_cues import awareness_not_view

# words of wanting, hoping and aiming: before "to" and a verb they name what a source means to do
_INTENDING: Final = frozenset({"hope", "hopes", "hoped", "hoping", "eager", "looking", "look", "looks", "intend",
                               "intends", "intended", "intending", "aim", "aims", "aimed", "aiming", "prefer",
                               "prefers", "preferred", "like", "likes", "liked"})
# "looking into the matter", "looking for a way out": investigating, searching
_LOOKING: Final = frozenset({"looking", "look", "looks"})
_LOOKING_AFTER: Final = frozenset({"into", "for", "like", "likely", "good", "bad", "increasingly", "more", "less"})
_NOT_VERBS: Final = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its",
                               "our", "my", "your", "him", "them", "me", "us", "what", "which", "whom", "such",
                               "some", "any", "all", "each", "every", "no"})


def _intention(doc: Doc, head: int, stop: int) -> bool:
    """"hope to win", "eager to take it back", "is looking to turn it red", "looking into": an intention or a
    search, not a view; not "likes to say" (a report) or "looking to the courts"."""
    norms, tokens = doc.norms, doc.tokens
    n = len(norms)
    if norms[head] not in _INTENDING or stop + 1 >= n:
        return False
    if norms[head] in _LOOKING and (norms[stop] in _LOOKING_AFTER or norms[stop].endswith("er") and doc.is_word[stop]):
        return True  # "looking into it", "looking for a way out", "is looking stronger": a search, an appearance
    after = stop + 1
    if norms[after] in ("not", "never", "also", "someday", "eventually", "further", "quickly", "soon"):
        after += 1  # "hope to someday go back", "prefer to not hear"
    return norms[stop] == "to" and after < n and doc.is_word[after] and norms[after] not in _NOT_VERBS \
        and not tokens[after][:1].isdigit() and (not tokens[after][:1].isupper() or tokens[stop][:1].isupper()) \
        and (norms[after] not in single_report_verbs() or norms[after] in _SEEMING)


# "eager to appear to be acting", "hopes to seem calm": a wish about how one looks, not a verb of saying
_SEEMING: Final = frozenset({"appear", "seem"})
_EXPLAIN: Final = frozenset({"explain", "explains"})
_CAUSAL_BEFORE: Final = frozenset({"help", "helps", "helped", "helping", "may", "might", "could", "would", "can"})


def _cause(doc: Doc, first: int, head: int, stop: int) -> bool:
    """"That process may explain why", "helps explain the shift", "would explain a lot": a cause or a reason
    accounts for something; nobody speaks. Not "will explain" (a source's future words), "explain to",
    "explain that"."""
    norms = doc.norms
    if norms[head] not in _EXPLAIN or stop < len(norms) and norms[stop] in ("to", "that"):
        return False
    j = head - 1
    while j >= 0 and norms[j] in ("also", "only", "partly", "largely", "certainly", "probably", "well"):
        j -= 1
    return j >= 0 and norms[j] in _CAUSAL_BEFORE and doc.is_word[j]


_REVEAL: Final = frozenset({"reveal", "reveals", "revealed", "revealing"})
# what a disclosure lays bare about a thing, not words ("revealed the depth of the spying", "the scope of")
_MEASURES: Final = frozenset({"depth", "depths", "scope", "extent", "existence", "size", "scale", "identity",
                              "history", "origins", "origin", "contents", "whereabouts"})
_BE: Final = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_TIMES: Final = frozenset({"last", "earlier", "this", "on", "in", "yesterday", "today", "recently", "monday",
                           "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "a"})
# what opens a revelation's content: it says what a source made known
_CONTENT: Final = frozenset({"that", "to", "by", "as", "if", "whether", "how", "what", "why", "who", "when", "where",
                             "he", "she", "they", "it", "we", "i", "there"})


def _that_ahead(doc: Doc, stop: int, end: int) -> bool:
    """A "that" within a few words, before any comma ("revealed in April that"; not "revealed last week, that
    provision")."""
    for j in range(stop, min(end, stop + 8)):
        if doc.tokens[j] == ",":
            return False
        if doc.norms[j] == "that":
            return True
    return False


def _disclosure(doc: Doc, first: int, head: int, stop: int) -> bool:
    """"a hero who revealed the depth of the government's spying", "the phone records revealed last week",
    "when the news was revealed.": a thing laid bare (a leak, a document, an event), no words attributed.
    Not "revealed that", "revealed to them", "was revealed by the Times", "revealed he would"."""
    norms, tokens, is_word = doc.norms, doc.tokens, doc.is_word
    n = len(norms)
    if norms[head] not in _REVEAL:
        return False
    end = doc.sentences[doc.sentence_of[head]].stop
    if any(norms[j] in _CONTENT or tokens[j] in (":", "“", '"') for j in range(stop, min(end, stop + 3))) \
            or _that_ahead(doc, stop, end):
        return False
    if stop < n and norms[stop] == "the" and stop + 1 < n and norms[stop + 1] in _MEASURES:
        return True  # "revealed the depth of", "revealed the existence of"
    if norms[head] != "revealed":
        return False
    passive = any(norms[k] in _BE for k in range(first, head)) or head > 0 and norms[head - 1] in _BE
    if passive:  # "when the news was revealed.", "whose identity was only recently revealed."
        return stop >= end or not is_word[stop] or norms[stop] in _TIMES
    before = head - 1  # "the phone records revealed last week": a participle after its noun
    return stop - first == 1 and before > 0 and is_word[before] and tokens[before][:1].islower() \
        and norms[before].endswith("s") and stop < n and norms[stop] in ("last", "earlier", "this", "yesterday")


_PROMISES: Final = frozenset({"promise", "promises"})
# what stands before "promises" the noun ("the kinds of promises", "words and promises.", "any promises")
_BEFORE_NOUN: Final = frozenset({"the", "of", "any", "all", "no", "his", "her", "their", "its", "our", "these",
                                 "those", "such", "many", "empty", "broken", "unmet", "kept", "campaign", "key"})
_POSSESSIVES: Final = frozenset({"his", "her", "their", "its", "our", "my", "your"})
_NOT_SUBJECTS: Final = frozenset({"he", "she", "they", "we", "i", "you", "who", "also", "has", "have", "had", "will",
                                  "would", "did", "does", "do", "and", "or", "but", "to", "can", "could", "may"})


def _promise_not_made(doc: Doc, first: int, head: int, stop: int) -> bool:
    """"the kinds of promises that disappear", "words and promises.", "5 unmet Obama promises": the noun,
    no promise reported; "This race promises to be divisive", "It promises to be a big draw": a likelihood.
    Not "Trump promises to reverse it", "and promises not to publish", "had promised to be presidential"."""
    norms, tokens, is_word = doc.norms, doc.tokens, doc.is_word
    n = len(norms)
    if norms[head] not in _PROMISES or stop - first != 1 or first == 0:
        return False
    before, after = norms[first - 1], norms[stop] if stop < n else ""
    if after == "to" and stop + 1 < n and norms[stop + 1] == "be":
        return is_word[first - 1] and tokens[first - 1][:1].islower() and before not in _NOT_SUBJECTS \
            and not before.endswith("ly")  # "the race promises to be", "it promises to be"
    if after == "that" and (norms[head] == "promise" or before in _POSSESSIVES):
        return False  # "his promise that Americans could keep their plans": the promise and its content
    if before in _BEFORE_NOUN:
        return True
    if before in ("and", "or"):
        return after not in ("to", "not", "that")  # "words and promises."; not "and promises not to"
    return first > 1 and tokens[first - 1][:1].isupper() and norms[first - 2] in _BEFORE_NOUN  # "unmet Obama promises"


_VERB_AFTER_ELABORATE: Final = frozenset({"on", "upon", "further", "more", "about", "that", "in", "when", "why", "how",
                                          "and", "or", "but", "to", "at", "for", "during", "with", "after", "before"})
_VERB_BEFORE_ELABORATE: Final = frozenset({"to", "not", "n't", "n’t", "would", "will", "did", "could", "can", "please",
                                           "didn't", "didn’t", "won't", "won’t", "wouldn't", "wouldn’t", "refused",
                                           "declined", "and", "or"})


def _adjective(doc: Doc, first: int, stop: int) -> bool:
    """"In late September, elaborate security precautions were taken": the adjective before its noun, not
    the verb ("declined to elaborate", "did not elaborate on")."""
    norms, tokens = doc.norms, doc.tokens
    n = len(norms)
    return stop - first == 1 and norms[first] == "elaborate" and stop < n and doc.is_word[stop] \
        and tokens[stop][:1].islower() and norms[stop] not in _VERB_AFTER_ELABORATE and not norms[stop].endswith("ly") \
        and (first == 0 or norms[first - 1] not in _VERB_BEFORE_ELABORATE)


def sense_attributes_nothing(doc: Doc, first: int, stop: int) -> bool:
    """Is the cue ``[first, stop)`` an intention to act, a cause that explains, a thing disclosed, a promise
    not made, the adjective "elaborate", a verb of showing whose subject is an event or a plan
    (``event_subject_cues``), a deed, a thing or a show (``deed_cues``), a line of a related-link
    headline (``link_headline_cues``), a gut or history that "tells" or a lesson found
    (``figurative_source_cues``), "signal" as a sign (``signal_cues``), a set phrase (``phrase_cues``), a cue
with no source: the writer's, nobody's, a thing's, a noun, a release or a caption (``unsourced_cues``), a
verb whose object makes it an act (``act_object_cues``), a verb used of a deed (``act_verb_cues``), a topic,
data citing data, a reminder to the reader (``topic_cues``), self-identification, an effect felt, "wait
and see" (``idiom_sense_cues``), a state declared, a taking claimed, "if confirmed" (``performative_cues``), or
questions asked without words, coverage measured, the writer's generic "one" (``wordless_speech_cues``), or
"expected" of an event with nobody expecting it (``forecast_cues``), or a colon after a date, a heading or
a "said" (``colon_cues``), or the writer's "worth noting" or imperative (``writer_voice_cues``), or a refusal to
act, advising as a role, "say yes to" (``conduct_cues``), or a cue inside an if-clause or a question wished for
(``hypothetical_cues``), or a
right invoked, figures recorded, coverage, a search, a thing named (``record_and_search_cues``), or a measure or
a document proposed (``proposal_cues``), or words left unsaid, a thing that explains or says a lot
(``unspoken_cues``), or an explainer's title ", explained" (``explainer_title_cues``), a "know" of everyone or
anyone (``generic_knower_cues``), an "echo" of things or "as opposed to" (``resemblance_cues``), persuading someone to act (``directive_cues``),
a sighting, reading done, a course weighed or a deed continued (``literal_sense_cues``), "calls" as phone
calls, a bare noun or a situation's (``call_noun_cues``), or "I'm just saying" (``discourse_phrase_cues``), or a
negated verb before an indirect question (``withheld_cues``), a "know" of an indirect question (``knowledge_cues``),
the adjective "noted" (``epithet_cues``) or what a made-up crowd might say (``hypothetical_cues``), "according to"
meaning "in accordance with" (``accordance_cues``), a noun that attributes nothing (``noun_sense_cues``),
"deliver" of no words and "showing" of a picture (``act_delivered_and_depicted_cues``), the writer's
hedged inference or a sign in a reported clause (``inferred_sign_cues``), a speech verb named as a skill
(``skill_list_cues``), a thing delivered or help called for (``wordless_object_cues``), "share ... and reject"
of a group's attitudes (``attitude_cues``), ", revealing" a thing (``uncovering_cues``) or a passive "considered"
in an asked question (``reported_question_cues``) or a "wondering" of the reader or a made-up person
(``wondering_cues``), or a "back" of support with no words (``backing_cues``), or attention to a topic, a
mention withheld, an entry listed, a name given or a Senate confirmation (``non_speech_act_cues``), or a thing
kept up, an act announced or a deed insisted on (``kept_and_announced_cues``), or a "threaten" of an event or
a thing (``threat_likelihood_cues``), or a participle in a hyphen compound (``hyphen_compound_cues``), or the writer's "not to mention"
(``aside_phrase_cues``), or records after a possessive (``record_noun_cues``), or a course or a question deliberated
(``deliberation_cues``), or
a "called" naming a thing (``naming_called_cues``), an event concluded (``finished_event_cues``), the writer's
"consider" to the reader (``reader_imperative_cues``), a noun in a subheading (``heading_line_cues``), or
a voice raised at someone with no words (``raised_voice_cues``), a noun "fear" with no content
(``fear_noun_cues``) or a law drafted, "wrote the bill", or a book authored (``drafted_law_cues``) or an item labeled
(``labeled_item_cues``) or the noun "chants" with no words (``chant_noun_cues``), or "emphasis added"
(``editor_note_cues``) or an "inform" that gives no words (``inform_sense_cues``)?"""
    head = stop - 1
    while head > first and not doc.is_word[head]:
        head -= 1
    return _intention(doc, head, stop) or _cause(doc, first, head, stop) or _disclosure(doc, first, head, stop) \
        or _promise_not_made(doc, first, head, stop) or _adjective(doc, first, stop) or event_subject(doc, first, stop) \
        or names_a_deed(doc, first, stop) or in_link_headline(doc, first, stop) \
        or figurative_source(doc, first, stop) or signal_as_sign(doc, first, stop) \
        or set_phrase(doc, first, stop) or unsourced_cue(doc, first, stop) \
        or object_makes_an_act(doc, first, stop) or idiom_attributes_nothing(doc, first, stop) \
        or verb_names_a_deed(doc, first, stop) or names_a_topic(doc, first, stop) \
        or performative_cue(doc, first, stop) or narrates_speech_without_words(doc, first, stop) \
        or forecast_without_holder(doc, first, stop) or colon_attributes_nothing(doc, first, stop) \
        or writers_voice(doc, first, stop) or reports_conduct(doc, first, stop) or in_condition(doc, first, stop) \
        or reports_act_record_or_search(doc, first, stop) or proposes_a_measure(doc, first, stop) \
        or nobody_speaks(doc, first, stop) or explainer_title(doc, first, stop) or generic_knower(doc, first, stop) \
        or likeness_not_source(doc, first, stop) or persuaded_to_act(doc, first, stop) \
        or question_wished_for(doc, first, stop) or literal_sense(doc, first, stop) \
        or unreal_coordinate(doc, first, stop) or identify_finds_or_belongs(doc, first, stop) \
        or course_deliberated(doc, first, stop) \
        or call_attributes_nothing(doc, first, stop) or discourse_phrase(doc, first, stop) \
        or words_withheld(doc, first, stop) or knows_a_fact(doc, first, stop) or noted_epithet(doc, first, stop) \
        or imagined_source(doc, first, stop) or in_accordance(doc, first, stop) or noun_attributes_nothing(doc, first, stop) \
        or delivered_or_depicted(doc, first, stop) or sign_not_source(doc, first, stop) or skill_named(doc, first, stop) \
        or object_is_no_words(doc, first, stop) or attitude_portrait(doc, first, stop) \
        or uncovers_a_thing(doc, first, stop) or considered_in_question(doc, first, stop) \
        or nobody_wonders(doc, first, stop) or backs_without_words(doc, first, stop) \
        or act_not_speech(doc, first, stop) or kept_or_announced_act(doc, first, stop) \
        or threat_as_likelihood(doc, first, stop) or in_hyphen_compound(doc, first, stop) \
        or additive_aside(doc, first, stop) or possessed_records(doc, first, stop) \
        or voice_raised_at(doc, first, stop) or thing_highlights(doc, first, stop) \
        or known_without_knower(doc, first, stop) or name_given_after_noun(doc, first, stop) \
        or event_finished(doc, first, stop) or reader_told_to_consider(doc, first, stop) \
        or in_heading_line(doc, first, stop) or writer_reasons(doc, first, stop) or manner_idiom(doc, first, stop) \
        or awareness_not_view(doc, first, stop) \
        or fear_without_content(doc, first, stop) or law_drafted(doc, first, stop) \
        or item_labeled(doc, first, stop) or chant_named(doc, first, stop) or book_authored(doc, first, stop) \
        or editor_note(doc, first, stop) or inform_reports_nothing(doc, first, stop)
