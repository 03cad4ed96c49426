"""Sourcing claims: the sentences of the article's own reporting that state a fact, and which have no source.

A *claim sentence* is a declarative sentence of the body (8+ words, ending in a
stop or a closing quotation mark, not a question, heading, imperative or
quotation) that reports a checkable fact. Left out, as a reader would (opinion
and analysis only where the sentence cites nobody: in an attributed sentence the
modals and judgements are the source's):

* opinion, analysis and conjecture: the writer's first person ("I", "we", "our"),
  a modal or adverb of obligation or conjecture ("should", "must", "would",
  "could", "might", "may", "likely", "probably"), a conditional ("If the U.S.
  pushes too far, it's war."),
  a word of judgement (the ``evaluative``, ``loaded`` and ``boosters`` lexicons:
  "crucial", "a failure", "unfortunately", "absurd", "clearly"), or a phrase of
  analysis ("The question is whether", "It is as if", "In other words");
* captions, credits and social-media embeds ("(AP Photo/Evan Vucci)", "Getty
  Images", "Associated Press writers ... contributed", "Copyright", "— Name
  (@handle)", "pic.twitter.com");
* questions (also those inside the sentence);
* generalisations that name nobody and nothing: no capitalised word after the first, no number or
  date ("His skepticism is not just a political equation.").

A sentence that quotes someone inside it ('the overpass "came down with a huge crashing sound."') or
opens with a transcript's speaker label ("SENATOR SMITH: ...") has its source in it.

Hedges of conjecture ("seems", "apparently", "unclear": not the approximators of ``hedges.txt``) outside
quotation marks make a sentence the writer's analysis.

A claim sentence is *attributed* when a cue of its own attributes it, when it
lies in a block announced by an attributed sentence ending in a colon ("As
Reuters reported:"), or when its source comes right after it: the next
sentence of the paragraph is a short one that opens with its cue ("Police
said.", "That's according to the sheriff."), or when it names a poll, survey,
study or data that show it ("as the latest poll finds", "in the polling average"), or has a verb or
noun of saying the cue model did not keep ("had a warning for Republicans"). An expectation ("is
expected to") is not a claim.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from typing import Final

from ....types import Evidence
from ...context import Context
from ...evidence import span_evidence
from ...lexicons import Matches
from ...doc_columns import SentenceSet, WordFlags
from ...text import Doc
from .attributions import Attribution
from .facts import DocFacts

_CLAIM_ENDS: Final = frozenset({".", "”", "\"", "’", ")"})


# the writer's first person, and the second person addressing the reader ("Your contribution will ...")
_FIRST_PERSON: Final = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves",
                                  "i'm", "i've", "i'd", "i'll", "we're", "we've", "we'd", "we'll", "let's",
                                  "you", "your", "yours", "yourself", "you're", "you've", "you'll", "you'd"})


# abbreviated titles: a "sentence" ending in one was cut before a name ("such as Republican Sens.")
_TITLE_ABBREVIATIONS: Final = frozenset({"sen", "sens", "rep", "reps", "gov", "govs", "dr", "mr", "mrs", "ms", "gen",
                                         "lt", "col", "sgt", "capt", "adm", "prof", "rev", "st", "ft", "no", "vs"})


# connectives that carry on the comparison of the sentence before ("Republican support, meanwhile, had dropped"
# after "A poll released Monday showed that 64 percent of Democrats ..."): its source is that sentence's
_CONTINUES: Final = re.compile(r"\b(?:meanwhile|by contrast|in contrast|by comparison|compared with|compared to|"
                               r"up from|down from)\b", re.IGNORECASE)


_OPINION_MODALS: Final = frozenset({"should", "must", "ought", "would", "could", "might", "may", "shouldn't",
                                    "mustn't", "wouldn't", "couldn't", "needs", "need", "likely", "unlikely",
                                    "probably", "perhaps", "possibly", "maybe"})


# a conditional opening the sentence: "If the U.S. pushes too far, it's war." predicts, it does not report
_CONDITIONAL: Final = frozenset({"if", "unless", "should", "were"})


# Photo captions and credits, wire credits, copyright lines and embedded posts (Kohlschütter et al. 2010's
# boilerplate classes; the AP Stylebook's "photo captions" and "credit lines")
_CLUTTER: Final = re.compile(
    r"\((?:AP|Reuters|AFP|Getty|EPA|UPI|Bloomberg)\b[^)]{0,60}\)|\bAP Photo\b|\bPhoto(?:graph)?s? (?:by|courtesy|credit)\b"
    r"|\bGetty Images\b|\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b|\bCopyright\b|©"
    r"|\bAll rights reserved\b|\bappeared first on\b|\(@\w+\)|pic\.twitter\.com|https?://|\bClick here\b|\bFILE PHOTO\b"
    r"|\bposes? for (?:a )?(?:photo|picture)s?\b|\b(?:pictured|seen) (?:here|above|below)\b"
    r"|, (?:left|right|center|centre|second from (?:left|right)|top|bottom),"
    r"|^\W*(?:[A-Z][\w.'’-]+ ){1,3}(?:is|was) (?:a |an |the )?(?:(?:senior|former|contributing|resident|visiting|staff|"
    r"deputy|managing|associate|executive) )*(?:\w+ )?(?:fellow|editor|writer|columnist|correspondent|reporter|"
    r"contributor)\b(?:[^.]{0,80}\b(?:at|of|for) (?:the )?[A-Z])?"
    r"|\(\s*(?:also on|related|read more|see also|watch)\b"
    r"|^\W*[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3} ?/ ?(?:The )?[A-Z]", re.IGNORECASE)


# Phrases of the writer's analysis ("The question is whether ...", "It is as if ...", "Taken together, ...",
# "The key to both standards ... is that", "One of the major reasons for concern is ...")
_ANALYSIS: Final = re.compile(
    r"\b(?:the (?:(?:real|main|big|bigger|biggest|central|larger|only|first|second|other) )?(?:question|point|problem|"
    r"truth|irony|reality|lesson|answer|trouble|challenge|issue|danger|risk|catch) (?:is|was|here is)|it is as if|"
    r"there (?:are|is|were|was) (?:a few |several |two |three |many |some |other |more |bigger )?(?:problems?|"
    r"reasons?|questions?|lessons?|issues?) (?:with|here|to|for|though)|"
    r"it's as if|all it takes|there is no (?:doubt|question)|needless to say|to be sure|in other words|"
    r"taken together|the (?:key|crux|upshot|takeaway|bottom line)\b[^.]{0,120}\b(?:is|was) (?:that|whether)|"
    r"one of the (?:\w+ )?(?:reasons?|causes?|factors?|explanations?) (?:for|why|behind)|the reason (?:is|was) that)\b",
    re.IGNORECASE)


# A source named inside the sentence though no cue word is kept: a poll, survey or study that shows or finds
# ("as the latest Fox News poll finds voters oppose the law"), a polling average ("just under 40 percent in
# the RealClearPolitics average"), records or data that show (the evidential sources of PARC 3.0, Pareti 2016)
_SOURCE_IN_SENTENCE: Final = re.compile(
    r"\b(?:polls?|polling|survey(?:s|ed)?|stud(?:y|ies)|census|(?:government|official|federal|state) (?:data|figures|"
    r"records|statistics)|(?:data|figures|records|statistics|estimates) (?:show|showed|shows|suggest|indicate)|"
    r"according to|made (?:the|a|his|her|their|its) case)\b", re.IGNORECASE)


# hedges that put a claim as the writer's impression or conjecture (hedges.txt categories; approximators such as
# "about 40 people" and weasel sources such as "critics" do not)
_CONJECTURE_HEDGES: Final = frozenset({"verb", "adverb", "adjective", "modal", "phrase"})


# plain frequency and extent adverbs of hedges.txt that state no conjecture ("largely", "mostly", "typically")
_PLAIN_HEDGES: Final = frozenset({"largely", "mostly", "generally", "mainly", "relatively", "fairly", "partly",
                                  "partially", "broadly", "in part", "sometimes", "commonly", "typically", "estimated",
                                  "estimate", "estimates"})


# a transcript's speaker label opening the sentence ("PRESIDENT BARACK OBAMA: This whole notion ..."):
# the words are that speaker's
_SPEAKER_LABEL: Final = re.compile(r"^\W*[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,4}:")


# numbers and shares written in words ("above half of voters", "two clinics", "a majority")
_NUMBER_WORDS: Final = frozenset({"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                                  "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand",
                                  "thousands", "million", "millions", "billion", "billions", "trillion", "dozen",
                                  "dozens", "half", "third", "quarter", "percent", "majority", "minority", "twice"})


def _specific(doc: Doc, si: int) -> bool:
    """Does sentence ``si`` name someone or something, or give a number or a date (a capitalised word
    after its first, a number in digits or words, or a subject with "the")? A checkable fact says who,
    what, where or how many; a sentence with none ("His skepticism is not just a political equation.",
    "History became a melodramatic game.") is the writer's generalisation or analysis (cf.
    ClaimBuster's check-worthiness features: named entities and numbers, Hassan et al. 2017, KDD)."""
    s = doc.sentences[si]
    first_word = True
    opening = next((k for k in range(s.first, s.stop) if doc.is_word[k]), None)
    if opening is not None and doc.norms[opening] == "the":
        return True  # "The city is on the verge of collapse.": a particular thing, named by what it is
    for k in range(s.first, s.stop):
        if not doc.is_word[k]:
            continue
        tok = doc.tokens[k]
        if any(ch.isdigit() for ch in tok) or doc.norms[k] in _NUMBER_WORDS:
            return True
        if not first_word and tok[:1].isupper() and doc.norms[k] != "i":
            return True
        first_word = False
    return False


def _has_words(is_word: WordFlags, first: int, stop: int, n: int) -> bool:
    """Are at least ``n`` of tokens ``[first, stop)`` words? (``sum(is_word[first:stop]) >= n``)"""
    count = 0
    for k in range(first, stop):
        if is_word[k]:
            count += 1
            if count >= n:
                return True
    return False


def _judging_sentences(ctx: Context, doc: Doc) -> SentenceSet:
    """Sentences with a word of judgement (evaluative, loaded or booster lexicon)."""
    out = SentenceSet(len(doc.sentences))
    for name in ("evaluative", "loaded", "boosters"):  # (loaded.txt's "plain" entries are not judgements)
        out.update(doc.sentence_of[m.first] for m in ctx.matches(doc, name) if m.entry.category != "plain")
    # the writer's conjecture ("seemed designed", "apparently", "it is unclear")
    out.update(doc.sentence_of[m.first] for m in ctx.matches(doc, "hedges")
               if m.entry.category in _CONJECTURE_HEDGES and m.entry.term not in _PLAIN_HEDGES
               and not ctx.in_quote(doc, doc.starts[m.first]))
    # an expectation or prediction names no fact yet, and implies its source ("he is expected to keep ...")
    out.update(doc.sentence_of[m.first] for m in ctx.matches(doc, "speculation")
               if any(w.startswith(("expect", "predict", "forecast")) for w in m.entry.words)
               and not ctx.in_quote(doc, doc.starts[m.first]))
    return out


def _speech_sentences(ctx: Context, doc: Doc, report_verbs: Matches) -> SentenceSet:
    """Sentences with a verb or noun of saying outside quotation marks, though the cue model kept no cue
    there ("Sen. Brian Schatz had a warning for Republicans", "Democrats denounced the bill"): the
    sentence reports what someone said, it does not state a fact on the writer's own authority."""
    return SentenceSet(len(doc.sentences), (doc.sentence_of[m.first] for m in report_verbs
                       if m.entry.category in ("neutral", "loaded") and not ctx.in_quote(doc, doc.starts[m.first])))


def _opinion(ctx: Context, doc: Doc, si: int, judging: SentenceSet) -> bool:
    """Is sentence ``si`` the writer's opinion or analysis (first person, modal, judgement)?"""
    if si in judging:
        return True
    s = doc.sentences[si]
    first = next((k for k in range(s.first, s.stop) if doc.is_word[k]), s.first)
    if doc.norms[first] in _CONDITIONAL:
        return True
    for k in range(s.first, s.stop):
        norm = doc.norms[k]
        if (norm in _FIRST_PERSON or norm in _OPINION_MODALS) and not ctx.in_quote(doc, doc.starts[k]):
            if norm == "us" and doc.tokens[k] == "US":
                continue  # the country
            if norm in ("need", "needs") and not (k + 1 < s.stop and doc.norms[k + 1] == "to"):
                continue
            return True
    return False


def _quotes_inside(quote_starts: list[int], start: int, end: int) -> bool:
    """Does a direct quotation open inside ``[start, end)`` (after its first character; ``quote_starts``:
    the sorted starts of the doc's quotations)? The quoted words have a speaker, whom the sentence
    reports ('the overpass "came down with a huge crashing sound."')."""
    k = bisect_right(quote_starts, start)
    return k < len(quote_starts) and quote_starts[k] < end


def _credit_follows(doc: Doc, si: int) -> bool:
    """Is sentence ``si`` a photo caption: the next sentence of its paragraph is a credit ("(AP Photo/...)")?"""
    if si + 1 >= len(doc.sentences):
        return False
    nxt = doc.sentences[si + 1]
    end = _paragraph_end(doc, doc.sentences[si].start)
    return end is not None and nxt.start < end and _has_words(doc.is_word, nxt.first, nxt.stop, 1) and \
        not _has_words(doc.is_word, nxt.first, nxt.stop, 9) and bool(_CLUTTER.search(doc.cut(nxt.start, nxt.end)))


def _paragraph_end(doc: Doc, start: int) -> int | None:
    para = doc.paragraphs.containing(start)
    return None if para is None else para[1]


def _same_paragraph(doc: Doc, a: int, b: int) -> bool:
    end = _paragraph_end(doc, doc.sentences[a].start)
    return end is not None and doc.sentences[b].start < end


def _sourced_after(doc: Doc, si: int, cue_starts: dict[int, int]) -> bool:
    """Does the next sentence of the paragraph give this one's source: a short sentence (up to ten
    words) that opens with its cue ("Police said.", "That's according to the county's records.")?"""
    if si + 1 >= len(doc.sentences):
        return False
    nxt = doc.sentences[si + 1]
    end = _paragraph_end(doc, doc.sentences[si].start)
    if end is None or nxt.start >= end or si + 1 not in cue_starts:
        return False
    words_before_cue = sum(1 for k in range(nxt.first, cue_starts[si + 1]) if doc.is_word[k])
    return words_before_cue <= 4 and not _has_words(doc.is_word, nxt.first, nxt.stop, 11)


def claim_sentences(facts: DocFacts, attributions: list[Attribution]) -> tuple[int, list[Evidence], str]:
    """The number of claim sentences of the body (``facts``: the body's sourcing facts), evidence for
    those without a source (measure ``unattributed_claims`` of feature ``sourcing``), and what was left
    out, as a note."""
    ctx, doc = facts.ctx, facts.doc
    n_sentences = len(doc.sentences)
    attributed = SentenceSet(n_sentences, (a.sentence for a in attributions if a.doc is doc))
    cue_starts: dict[int, int] = {}
    for a in attributions:
        if a.doc is doc:
            cue_starts.setdefault(a.sentence, a.cue.first)
    n_claims = 0
    evidence: list[Evidence] = []
    block_attributed = SentenceSet(n_sentences)
    for si, s in enumerate(doc.sentences):
        # "As Reuters reported:" attributes the paragraph that follows
        if si in attributed and doc.tokens[s.stop - 1] == ":" and si + 1 < len(doc.sentences):
            para_end = _paragraph_end(doc, doc.sentences[si + 1].start)
            for sj in range(si + 1, len(doc.sentences)):
                if para_end is None or doc.sentences[sj].start >= para_end:
                    break
                block_attributed.add(sj)
    is_word = doc.is_word
    tokens = doc.tokens
    judging = _judging_sentences(ctx, doc)
    speech = _speech_sentences(ctx, doc, facts.report_verbs)
    left_out = 0
    quote_starts = [qs for qs, _ in ctx.quotes(doc)]
    sourced = SentenceSet(n_sentences)  # claim sentences with a source
    for si, s in enumerate(doc.sentences):
        if tokens[s.stop - 1] not in _CLAIM_ENDS or s.stop - s.first < 8 or tokens[s.stop - 2] == "?" \
                or not _has_words(is_word, s.first, s.stop, 8):
            continue
        if ctx.in_quote(doc, s.start) or (doc.tokens[s.first] in "“\"" and ctx.in_quote(doc, s.start + 1)):
            continue
        if facts.imperative(si) is not None:
            continue
        text = doc.cut(s.start, s.end)
        if "?" in text and not ctx.in_quote(doc, s.start + text.index("?")) or _CLUTTER.search(text) \
                or _credit_follows(doc, si):
            left_out += 1
            continue  # a question inside the sentence; a caption, credit or embedded post
        if doc.tokens[s.stop - 1] == "." and doc.norms[s.stop - 2] in _TITLE_ABBREVIATIONS:
            continue  # a fragment cut at "Sens." by the sentence splitter
        if si in attributed or si in block_attributed or si in speech or _sourced_after(doc, si, cue_starts) \
                or _SOURCE_IN_SENTENCE.search(text) or (si - 1 in sourced and _CONTINUES.search(text)
                                                        and _same_paragraph(doc, si - 1, si)) \
                or _SPEAKER_LABEL.match(text) or _quotes_inside(quote_starts, s.start, s.end):
            sourced.add(si)
            n_claims += 1  # attributed: its modals and judgements are the source's
            continue
        if _opinion(ctx, doc, si, judging) or _ANALYSIS.search(text) or not _specific(doc, si):
            left_out += 1
            continue
        n_claims += 1
        evidence.append(span_evidence("sourcing", "unattributed_claims", doc, s.start, s.end,
                                      "claim sentence without attribution"))
    note = f"{left_out} opinion, analysis, caption or question sentences are not claims" if left_out else ""
    return n_claims, evidence, note
