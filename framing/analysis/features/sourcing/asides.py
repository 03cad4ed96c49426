"""Sourcing asides: kept cues that are no attribution for a reader (:func:`writer_or_clutter`).

The writer's own "I", "we" and "you" outside quotation marks ("you wonder", "We're all better off
admitting"), a headline in capitals or title case, link text (names run together, a site's link card up
to its "MORE", a list of links), a reporter's credit line ("Rice reported from McLean, Va."), a generic
speaker ("Any Democrat who says"), an inference the writer draws from a thing pointed back to ("But this
coup attempt suggests"), and what a law does ("The Massachusetts law prohibits"). (Split from
``reader``, which sets a kept cue's speaker and kind.)
"""
from __future__ import annotations

from typing import Final

from ...context import Context
from ...lexicons import Match
from ...text import Doc
from .facts import base_norm
from .grammar import WordLists, is_cap, skip_left
from .reader import (LAWS, _DETERMINERS, _DOCUMENT_WORDS, _PEOPLE_PLURALS, _QUANTIFIERS, is_writer, name_run_into,
                     opens_subject, run_together)
from .speakers import SOURCE_NOUNS_AFTER_ACCORDING


# how a related-link line opens ("Also on POLITICO:", "More from CNN:", "Read more:", "See also:")
_LINK_OPENINGS: Final = frozenset({"also on", "also in", "more from", "more on", "read more", "see also", "also read",
                                   "related coverage", "watch more", "more coverage"})


# "according to plan": an idiom, nobody is cited
_NOT_SOURCES_AFTER_ACCORDING: Final = frozenset({"plan", "plans", "schedule", "script", "form", "custom", "tradition",
                                                 "expectations", "design"})


# words that carry a cue to the subject before it: "we don't know", "you really believe"
_AUXILIARIES: Final = frozenset({"don't", "do", "not", "did", "didn't", "can't", "cannot", "can", "really", "also",
                                 "all", "still", "just", "never", "could", "would", "will", "may", "might", "should",
                                 "must", "have", "had", "already", "often"})


# the writer's I, we and you run into a verb ("We're all better off admitting")
_WRITER_CONTRACTIONS: Final = frozenset({"we're", "we’re", "i'm", "i’m", "you're", "you’re", "we've", "we’ve",
                                         "i've", "i’ve"})


def writer_or_clutter(ctx: Context, doc: Doc, m: Match, span: tuple[int, int] | None, lists: WordLists) -> bool:
    """Is the kept cue ``m`` no attribution for a reader: the writer's own I/we/you (outside quotation
    marks) as its speaker, a headline in capitals, or link text with names run together?"""
    if span is not None and is_writer(ctx, doc, span[0], span[1]):
        return True  # "you wonder", "I often remember": the writer and the reader, nobody cited
    if span is not None and span[1] <= m.first and span[0] > 0 and doc.norms[span[0] - 1] in _WRITER_CONTRACTIONS \
            and not ctx.in_quote(doc, doc.starts[span[0] - 1]):
        return True  # "We're all better off admitting our bias": the writer's we
    sent = doc.sentences[doc.sentence_of[m.first]]
    opening = [doc.norms[t] for t in range(sent.first, min(sent.stop, sent.first + 4)) if doc.is_word[t]]
    if doc.tokens[m.first] == ":" and " ".join(opening[:2]) in _LINK_OPENINGS:
        return True  # "(Also on POLITICO: Dems jump into the mix)": a related link
    if span is None and any(doc.norms[t] == "let's" or doc.norms[t] == "let" and t + 1 < sent.stop
                            and doc.norms[t + 1] == "us" for t in range(max(sent.first, m.first - 25),
                                                                         min(sent.stop, m.stop + 25))) \
            and not ctx.in_quote(doc, doc.starts[m.first]):
        return True  # "Before considering that downer, let's first look at the upside": the writer's voice
    if span is None:
        j = m.first - 1
        while j >= sent.first and m.first - j <= 3 and doc.norms[j] in _AUXILIARIES:
            j -= 1
        if j >= sent.first and is_writer(ctx, doc, j, j + 1):
            return True  # "we don't know how much ...": the writer
        if j >= sent.first and doc.norms[j] in ("that", "this") and (j == sent.first or not doc.is_word[j - 1]):
            return True  # "That explains why ...", "This suggests ...": the writer's inference
    window = doc.cut(max(sent.start, doc.starts[m.first] - 150), min(sent.end, doc.ends[m.stop - 1] + 150))
    if " | " in window or "see also" in window.lower():
        return True  # "On The Money: Trump blames inquiry for drop | Trump to hit EU": a list of links
    if doc.norms[m.first] == "according" and m.stop < sent.stop and doc.norms[m.stop] in _NOT_SOURCES_AFTER_ACCORDING:
        return True  # "things haven't gone according to plan"
    cue = doc.tokens.between(m.first, m.stop)
    if cue == [":"]:
        after = [doc.tokens[t] for t in range(m.stop, min(sent.stop, m.stop + 12)) if doc.is_word[t] and len(doc.tokens[t]) > 3]
        if len(after) >= 4 and sum(1 for w in after if is_cap(w)) >= 0.75 * len(after):
            return True  # 'Issa: “This Is A Problem That Was Coordinated ...”': a headline in title case
    if m.first > sent.first and doc.is_word[m.first] and is_cap(cue[0]) and not cue[0].isupper():
        words = [doc.tokens[t] for t in range(max(sent.first, m.first - 8), min(sent.stop, m.stop + 8))
                 if doc.is_word[t] and len(doc.tokens[t]) > 3]
        if len(words) >= 4 and sum(1 for w in words if is_cap(w)) >= 0.75 * len(words):
            return True  # "Piece Calls For Elites to Have a Bigger Say": a headline in title case
    if any(t.isupper() and len(t) > 2 for t in cue):
        words = [doc.tokens[t] for t in range(max(sent.first, m.first - 20), min(sent.stop, m.stop + 20))
                 if doc.is_word[t] and len(doc.tokens[t]) > 1]  # (the words around it: bounded)
        if words and sum(1 for w in words if w.isupper()) >= 0.6 * len(words):
            return True  # "PELOSI CLAIMS MUELLER WAS FIRED": a headline or link in capitals
    if span is not None and span[1] - span[0] >= 3 and any(
            run_together(doc.tokens[t]) and doc.norms[t] not in lists.outlets and doc.norms[t] not in lists.org_heads
            for t in range(span[0], span[1])):
        return True  # "President Trump Donald John TrumpKamala Harris calls for": link text
    if span is not None and span[1] <= m.first and base_norm(doc.norms[span[1] - 1]) in LAWS \
            and doc.norms[m.first] != "according" and skip_left(doc, m.first - 1, sent.first, lists) == span[1] - 1 \
            and (span[0] == sent.first or not doc.is_word[span[0] - 1]
                 or doc.norms[span[0] - 1] in ("and", "but", "that", "while", "because", "so", "yet")):
        # "The Massachusetts law prohibits anyone from": what a law does, nobody's words (the law opening its
        # clause; not "Democrats who helped pass the law thought")
        return True
    if _in_hover_card(doc, m):
        return True  # "Sen. Roy Blunt Roy Dean BluntGOP senators balk at ... MORE (R-Mo.)": a site's link card
    if _credit_line(doc, m, sent.first, sent.stop):
        return True  # "Rice reported from McLean, Va.": the reporter's credit, not a source
    if span is not None and _generic_speaker(doc, span):
        return True  # "Any Democrat who says otherwise is lying", "For a man who sees": nobody in particular
    if doc.norms[m.first] in _INFERENCES:
        thing = span
        if thing is None:  # "this failed uprising suggests": no speaker phrase found, the words before the verb
            j = next((j for j in range(m.first - 1, max(sent.first - 1, m.first - 5), -1)
                      if doc.norms[j] in ("this", "these", "that", "those")), -1)
            # the pointing word opens the subject ("But this failed uprising"), not "a poll out this week"
            thing = (j + 1, m.first) if 0 <= j < m.first - 1 and opens_subject(doc, j) else None
        if thing is not None and thing[1] <= m.first and _no_source_noun(doc, thing, lists):
            return True  # "this coup attempt suggests", "the ideological Right and Left reveals": the writer's inference
    return False


# verbs of inference: what a thing suggests is the writer's reading of it, unless the thing is a source's work
# ("the study suggests", "polls show", "officials suggest")
_INFERENCES: Final = frozenset({"suggest", "suggests", "suggested", "show", "shows", "showed", "indicate", "indicates",
                                "indicated", "reveal", "reveals", "revealed", "prove", "proves", "proved",
                                "demonstrate", "demonstrates", "demonstrated", "underscore", "underscores",
                                "underscored", "illustrate", "illustrates", "illustrated", "mean", "means"})


_POINTERS: Final = frozenset({"this", "that", "these", "those"})


# what does speak through a thing it shows: sources' products and measurements ("the data suggest", "the
# numbers show", "the evidence indicates")
_SOURCE_PRODUCTS: Final = frozenset({"data", "evidence", "research", "numbers", "figures", "results", "findings",
                                     "polls", "polling", "surveys", "studies", "reports", "records", "documents",
                                     "estimates", "projections", "models", "analyses", "statistics", "tests",
                                     "experiments", "trials", "review", "model", "projection", "experiment",
                                     "trial", "test", "paper", "papers", "book", "books", "emails", "texts",
                                     "messages", "transcripts", "filings", "files", "tapes", "recordings", "footage",
                                     "images", "photos", "pictures", "videos", "chart", "charts", "graph", "map",
                                     "maps", "index", "ranking", "rankings", "census", "indictment", "testimony", "exchanges",
                                     "letters", "memos", "notes", "minutes", "logs"})


def _no_source_noun(doc: Doc, span: tuple[int, int], lists: WordLists) -> bool:
    """Is the speaker phrase ``span`` of an inference verb a thing the writer points back to that is no source:
    no name, person, group, body, document or measurement in it ("this coup attempt", "these numbers" is a
    measurement), or "the Right and Left"?"""
    norms, tokens = doc.norms, doc.tokens
    words = [t for t in range(span[0], span[1]) if doc.is_word[t]]
    if not words:
        return False
    if all(norms[t] in ("left", "right", "and", "the") for t in words):
        return True  # "the Right and Left": sides of politics
    pointer = words[0] if norms[words[0]] in _POINTERS else span[0] - 1
    if pointer < 0 or norms[pointer] not in _POINTERS or not opens_subject(doc, pointer):
        # only a thing the writer points back to, as a clause's subject ("But this coup attempt suggests"):
        # "the host suggests" is speech, "The graph of those temperatures showed" a graph's
        return False
    for t in words:
        w = base_norm(norms[t])
        if w in _DETERMINERS or w in _QUANTIFIERS:
            continue
        if is_cap(tokens[t]):
            return False
        if w in lists.vague or w in lists.titles or w in lists.groups or w in lists.person_nouns \
                or w in lists.org_heads or norms[t] in _DOCUMENT_WORDS or norms[t] in _SOURCE_PRODUCTS \
                or norms[t] in SOURCE_NOUNS_AFTER_ACCORDING or norms[t] in lists.not_names \
                or norms[t].endswith(_PEOPLE_PLURALS):
            return False
    return True


def _generic_speaker(doc: Doc, span: tuple[int, int]) -> bool:
    """Is the speaker phrase anyone at all ("Any Democrat who says", "anyone who thinks", "whoever claims") or
    a type described ("for a man who sees", "like a candidate who says"; "seen as a hero who revealed" is
    someone's)?"""
    norms = doc.norms
    first, stop = span
    if norms[first] in ("any", "anyone", "anybody", "whoever", "whomever"):
        return True
    return norms[first] in ("a", "an") and first > 0 and norms[first - 1] in ("for", "like") \
        and stop < len(norms) and norms[stop] == "who"


def _credit_line(doc: Doc, m: Match, sent_first: int, sent_stop: int) -> bool:
    """Is the cue ``m`` a reporter's credit line: a short sentence "NAME reported from PLACE" or "NAME
    contributed reporting"?"""
    norms = doc.norms
    word = norms[m.stop - 1]
    if word not in ("reported", "reporting", "contributed") or m.stop >= sent_stop or sent_stop - sent_first > 30:
        return False
    words = sum(1 for t in range(sent_first, sent_stop) if doc.is_word[t])
    return words <= 10 and (
        norms[m.stop] == "from" and m.stop + 1 < sent_stop and is_cap(doc.tokens[m.stop + 1])
        or word == "contributed" and norms[m.stop] in ("reporting", "to"))


def _in_hover_card(doc: Doc, m: Match) -> bool:
    """Does the cue ``m`` lie in a site's pasted link card: after a name given twice, the second run into a
    headline ("Sen. Roy Blunt Roy Dean BluntGOP senators balk", "Robert Mueller Robert (Bob) Swan MuellerSpeier
    says"), and before the card's "MORE" (a pattern of The Hill's pages), with no "MORE" between?"""
    tokens = doc.tokens
    n = len(tokens)
    start = -1
    for k in range(m.first - 1, max(-1, m.first - 80), -1):
        if _is_more(tokens[k]):
            return False
        name = name_run_into(tokens[k])
        if name and any(tokens[j] == name for j in range(max(0, k - 8), k)):
            start = k
            break
    if start < 0:
        return False
    return any(_is_more(tokens[j]) for j in range(m.stop, min(n, m.stop + 80)))


def _is_more(tok: str) -> bool:
    """"MORE", "MORE’s": the end of a link card."""
    return tok[:4] == "MORE" and (len(tok) == 4 or not tok[4].isalpha())
