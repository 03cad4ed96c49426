"""Size and style: words, sentences, paragraphs, punctuation and voice.

Measures (title and text unless noted):

* ``words``, ``sentences`` (the title counts as one), ``paragraphs`` (body),
  ``mean_sentence_length`` (body words per body sentence);
* ``exclamations``: exclamation marks;
* ``questions``: sentences ending in ``?``; ``rhetorical_questions``: those in
  the writer's own voice (outside quotation marks);
* ``all_caps``: dictionary words written in capitals for emphasis ("WAR"), not
  acronyms (NATO, CIA, US are excluded through the places and source lexicons);
* ``direct_address``: second-person words (you, your ...) plus imperatives;
  ``imperatives``: sentences that open with a base-form verb from
  ``imperative_verbs.txt`` ("Expect the drama to heighten", "Stand by your phones");
* ``first_person``: I, me, my, we, our ... (``US`` in capitals is the country).

Evidence inside quotation marks is labelled ``quoted`` and stays evidence. The
measures of how the outlet writes (``exclamations``, ``rhetorical_questions``,
``all_caps``, ``direct_address``, ``imperatives``, ``first_person``) count the
writer's own voice, per 1,000 own-voice words (``own_voice_words``: the words
outside quotation marks), so that an article is not credited with its sources'
words nor its rate thinned by them; each has a ``quoted_*`` measure beside it
(``quoted_direct_address`` ...: the sources' words, per 1,000 ``quoted_words``),
and ``quoted_questions`` counts the questions inside quotations. ``questions``
counts every question, per 1,000 words. Higher: more of it in that voice. The
feature's value is the word count.
"""
from __future__ import annotations

from typing import Final

from ..language_data import cmu_dictionary
from ..lexicons import load_lexicon
from ..text import Doc, TokenType
from ..token_memos import TokenMemo
from ...types import Evidence, FeatureResult, Measure
from ..context import Context
from ..evidence import count_measure, sort_evidence, span_evidence, voice_measures, voice_words
from .lexical import imperative_verb

NAME: Final = "style"
# measures of how the outlet writes: counted in the writer's own voice (outside quotation marks, per
# 1,000 own-voice words), each with a quoted_* measure beside it (per 1,000 quoted words)
VOICE_MEASURES: Final = ("exclamations", "rhetorical_questions", "all_caps", "direct_address", "imperatives",
                         "first_person")

SECOND_PERSON: Final = frozenset({"you", "your", "yours", "yourself", "yourselves", "y'all", "ya"})
FIRST_PERSON: Final = frozenset({"i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves",
                                 "i'm", "i've", "i'd", "i'll", "we're", "we've", "we'd", "we'll", "let's"})
PERSON_WORDS: Final = SECOND_PERSON | FIRST_PERSON
# Acronyms that are also dictionary words, frequent in news, not emphasis.
_WORDLIKE_ACRONYMS: Final = frozenset({"isis", "aids", "nasa", "opec", "swat", "nafta", "ok", "tv", "ceo",
                                       "gop", "dem", "ap", "abc", "cbs", "nbc", "un", "eu", "who", "it",
                                       "us", "usa", "uk", "am", "pm", "id", "ad", "bc"})
def _acronyms() -> frozenset[str]:
    terms: set[str] = set(_WORDLIKE_ACRONYMS)
    for name in ("places", "source_heads"):
        terms |= load_lexicon(name).terms()
    return frozenset(terms)


_ACRONYMS: frozenset[str] | None = None


def _acronym_set() -> frozenset[str]:
    global _ACRONYMS
    if _ACRONYMS is None:
        _ACRONYMS = _acronyms()
    return _ACRONYMS


def _is_shouting(token: str, norm: str, acronyms: frozenset[str]) -> bool:
    if len(token) < 2 or not token.isupper() or sum(1 for c in token if c.isalpha()) < 2:
        return False
    return norm not in acronyms and norm.replace("'", "") in cmu_dictionary()


def _in_capitals(_: None, t: TokenType) -> bool:
    """``t.token.isupper()`` (kept per token type: reading the answer is cheaper than the call)."""
    return t.token.isupper()


_CAPITALS: Final = TokenMemo("style: written in capitals", _in_capitals)


def _in_capitals_kept(kept: list[bool | None], t: TokenType) -> bool:
    """:func:`_in_capitals` of ``t``, read from the answers ``_CAPITALS`` keeps (``kept``)."""
    found = kept[t.serial]
    return _CAPITALS.answer(kept, t, None) if found is None else found


def _quoted(ctx: Context, doc: Doc, pos: int) -> str | None:
    return "quoted" if ctx.in_quote(doc, pos) else None


def compute(ctx: Context) -> FeatureResult:
    """Counts of size and style; value = number of words."""
    acronyms = _acronym_set()
    capitals = _CAPITALS.kept(None)
    ev: list[Evidence] = []
    n_sentences = 0
    for doc in ctx.docs:
        n_sentences += len(doc.sentences)
        starts, ends, types = doc.starts, doc.ends, doc.types
        marks_of: dict[int, list[int]] = {}
        for i in range(len(types)):
            t = types[i]  # the token's shared type: its string and norm
            token = t.token
            if len(token) == 1:
                if token == "!":
                    ev.append(span_evidence(NAME, "exclamations", doc, starts[i], ends[i],
                                            "exclamation mark", label=_quoted(ctx, doc, starts[i])))
                elif token == "?":
                    marks_of.setdefault(doc.sentence_of[i], []).append(i)
            elif _in_capitals_kept(capitals, t) and _is_shouting(token, t.norm, acronyms):
                ev.append(span_evidence(NAME, "all_caps", doc, starts[i], ends[i],
                                        "word in capitals", label=_quoted(ctx, doc, starts[i])))
            norm = t.norm
            if t.is_word and norm in PERSON_WORDS:  # (person words are words: skip punctuation's lookup)
                if norm in SECOND_PERSON:
                    ev.append(span_evidence(NAME, "direct_address", doc, starts[i], ends[i],
                                            f"second person: {norm}", label=_quoted(ctx, doc, starts[i])))
                elif not (norm == "us" and token.isupper()):
                    ev.append(span_evidence(NAME, "first_person", doc, starts[i], ends[i],
                                            f"first person: {norm}", label=_quoted(ctx, doc, starts[i])))
        for si, s in enumerate(doc.sentences):
            marks = marks_of.get(si)
            if marks:
                own_voice = [i for i in marks if not ctx.in_quote(doc, starts[i])]
                label = None if own_voice else "quoted"
                ev.append(span_evidence(NAME, "questions", doc, s.start, s.end, "question", label=label))
                if own_voice:
                    ev.append(span_evidence(NAME, "rhetorical_questions", doc, s.start, s.end,
                                            "question in the writer's own voice"))
            verb = imperative_verb(doc, s)
            if verb is not None:
                label = _quoted(ctx, doc, doc.starts[verb])
                for name in ("imperatives", "direct_address"):
                    ev.append(span_evidence(NAME, name, doc, doc.starts[verb], s.end,
                                            f"imperative: sentence opens with '{doc.norms[verb]}'", label=label))
    body = ctx.text
    body_sents = len(body.sentences)
    n_words = ctx.n_words
    own_words, quoted_words = voice_words(ctx)
    measures = [
        Measure("words", n_words, "words", n_words),
        Measure("own_voice_words", own_words, "words", own_words),
        Measure("quoted_words", quoted_words, "words", quoted_words),
        Measure("sentences", n_sentences, "sentences", n_sentences),
        Measure("paragraphs", len(body.paragraphs), "paragraphs", len(body.paragraphs)),
        Measure("mean_sentence_length", round(body.n_words / body_sents, 2) if body_sents else None,
                "words per sentence", note="" if body_sents else "no sentences"),
    ]
    measures.append(count_measure("questions", sum(1 for e in ev if e.measure == "questions"), n_words))
    for m in VOICE_MEASURES:  # the writer's own voice, and the quoted words beside it
        if m == "rhetorical_questions":  # own voice by definition: the quoted ones are quoted_questions
            own = voice_measures(ctx, ev, m, "quoted_questions", m)[0]
            measures += [own, voice_measures(ctx, ev, "questions", "quoted_questions")[0]]
        else:
            measures += voice_measures(ctx, ev, m, f"quoted_{m}", m)
    return FeatureResult(NAME, n_words, "words", n_words, None, sort_evidence(ev), tuple(measures),
                         "" if n_words else "no words")
