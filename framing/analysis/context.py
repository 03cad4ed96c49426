"""The per-article Context: an article's two fields tokenized once, and the quotations in them.

A Context holds the title and text as :class:`~framing.analysis.text.Doc`, built
once and shared by every feature, plus facts several features need, worked out
lazily: the matches of the packaged lexicons in each field (``matches``), its
direct quotations (``quotes``, ``in_quote``) and the words in quotation marks
that are no quotation (``scare_quotes``).

The text is tokenized and read with the clutter :mod:`.cleaning` finds (captions, "Advertisement",
datelines, share prompts ...) blanked out with spaces, line breaks kept (``Doc.cut``; the Doc keeps the
ranges blanked, not a blanked copy of the text). Every feature thus measures the body alone without
knowing about clutter, while every offset still points into the article's text, and evidence quotes
the text as given (``Doc.original``).

Quotation marks that are not quotations: scare quotes, coined terms, titles and
slogans ("fake news", "Obamacare", a book's "Fire and Fury") are the writer's own
choice of words, so they are not direct quotations: no speaker, no part of the
quoted share, and ``in_quote`` is False inside them. :func:`is_direct_quotation`
tells them apart: a quotation is a sentence or clause of someone's words (it ends
in a stop, comma, question or exclamation mark, opens a sentence, follows a colon,
or runs past four words and is no title), or a short fragment in a sentence that
reports speech ("said the plan was "dangerous""); naming verbs ("called",
"dubbed", "so-called") report no speech.
"""
from __future__ import annotations

import re

from typing import Final

from ..types import Article
from .cleaning import Clutter, find_clutter
from .lexicons import MATCHED, Matches, scan
from .quotation_framings import framed_as_no_quotation
from .quotation_labels import quoted_label
from .text import Doc, first_at_or_after, tokenize

QUOTE_OPEN: Final = "“«"
QUOTE_CLOSE: Final = "”»"


class Context:
    """An article tokenized once, shared by every feature."""

    __slots__ = ("article", "title", "text", "clutter", "docs", "n_words", "_matches", "_quotes", "_quote_starts",
                 "_scare", "_voice_words")

    def __init__(self, article: Article) -> None:
        self.article = article
        self.title = tokenize(article.title, "title") if article.title.strip() else None
        self.clutter: list[Clutter] = find_clutter(article.text)
        # the text read with its clutter blanked out, without a blanked copy of it (see Doc)
        self.text = tokenize(article.text, "text", blank=[(c.start, c.end) for c in self.clutter])
        self.docs: tuple[Doc, ...] = (self.title, self.text) if self.title else (self.text,)
        self.n_words = sum(d.n_words for d in self.docs)
        # per field ("title", "text"), worked out on first use
        self._matches: dict[str, dict[str, Matches]] = {}
        self._quotes: dict[str, list[tuple[int, int]]] = {}
        self._quote_starts: dict[str, list[int]] = {}
        self._scare: dict[str, list[tuple[int, int]]] = {}
        self._voice_words: tuple[int, int] | None = None

    def matches(self, doc: Doc, lexicon: str) -> Matches:
        """Matches of the packaged lexicon ``lexicon`` in ``doc``, left to right (the lexicons features
        read as matches, :data:`~.lexicons.MATCHED`, are scanned in one pass, once per Doc; any other
        in a pass of its own, the first time it is asked for)."""
        found = self._matches.get(doc.field)
        if found is None:
            found = self._matches[doc.field] = scan(doc, MATCHED)
        got = found.get(lexicon)
        if got is None:
            got = found[lexicon] = scan(doc, (lexicon,))[lexicon]
        return got

    def quotes(self, doc: Doc) -> list[tuple[int, int]]:
        """Spans of direct quotations in ``doc``, quotation marks included (not scare quotes, terms,
        titles: :meth:`scare_quotes`)."""
        spans = self._quotes.get(doc.field)
        if spans is None:
            spans = []
            scare: list[tuple[int, int]] = []
            # the sentences with a report verb ("said", "told", "warned", "called ... a disaster")
            speech = {doc.sentence_of[m.first] for m in self.matches(doc, "report_verbs")}
            # (doc.text: the blanked text, made for this one scan and let go of after it; see Doc)
            marked = headline_quotation_spans(doc.text) if doc.field == "title" else quotation_spans(doc.text)
            for qs, qe in marked:
                (spans if is_direct_quotation(doc, qs, qe, speech) else scare).append((qs, qe))
            self._quotes[doc.field] = spans
            self._scare[doc.field] = scare
            self._quote_starts[doc.field] = [s for s, _ in spans]
        return spans

    def scare_quotes(self, doc: Doc) -> list[tuple[int, int]]:
        """Spans in quotation marks that are no quotation: scare quotes, coined terms, titles, slogans."""
        self.quotes(doc)
        return self._scare[doc.field]

    def voice_words(self) -> tuple[int, int]:
        """(own-voice words, quoted words) of the title and text: words that start outside or inside a
        direct quotation (:meth:`quotes`); they add up to ``n_words``. Worked out once per article: one
        walk of each field's words alongside its sorted quotations."""
        found = self._voice_words
        if found is not None:
            return found
        quoted = 0
        for doc in self.docs:
            spans = self.quotes(doc)
            if not spans:
                continue
            starts, is_word = doc.starts, doc.is_word
            k = 0
            for i in range(len(starts)):
                if not is_word[i]:
                    continue
                pos = starts[i]
                while k < len(spans) and spans[k][1] <= pos:
                    k += 1
                if k == len(spans):
                    break
                if spans[k][0] <= pos:
                    quoted += 1
        found = self._voice_words = (self.n_words - quoted, quoted)
        return found

    def in_quote(self, doc: Doc, pos: int) -> bool:
        """Is character ``pos`` of ``doc`` inside a direct quotation?"""
        spans = self.quotes(doc)
        if not spans:
            return False
        k = first_at_or_after(self._quote_starts[doc.field], pos + 1) - 1  # the last quote opening at or before pos
        return k >= 0 and pos < spans[k][1]


_QUOTE_MARKS: Final = ("“", "”", "«", "»", '"', "\n", "''", "``")


def _quote_marks(text: str) -> list[tuple[int, str]]:
    """Quotation marks and line breaks in reading order, each with its offset.

    Each mark is searched for on its own with ``str.find`` (a fast scan in C);
    the marks share no character, so no two of them overlap.
    """
    found: list[tuple[int, str]] = []
    for mark in _QUOTE_MARKS:
        i = text.find(mark)
        while i >= 0:
            found.append((i, mark))
            i = text.find(mark, i + len(mark))
    found.sort()
    return found


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Direct quotations: “curly”, "straight" or ``typewriter'' double quotes, within a paragraph."""
    return pair_quotation_marks(text, _quote_marks(text))


# Headlines quote in single marks ("'Lousy' News: Just 69,000 Jobs Added"): an opening mark at the start or
# after a space, bracket or dash, before a letter; a closing one after a word or a stop, before a space,
# a stop or the end. An apostrophe ("Trump's", "Democrats' plan") has a letter before it, so it never
# opens; a closing-like one with nothing open is left alone.
_HEADLINE_SINGLE: Final = re.compile(r"(?:(?<=^)|(?<=[\s(\[“\"—–-]))[‘'](?=[^\W\d_])"
                                     r"|(?<=[\w.,!?])[’'](?=$|[\s:;,.!?)\]”\"—–-])")


def headline_quotation_spans(text: str) -> list[tuple[int, int]]:
    """Quotations of a headline: in double marks (:func:`quotation_spans`) and in single ones, the
    headline's convention; a single-quoted span inside a double-quoted one is part of it."""
    spans = quotation_spans(text)
    single: list[tuple[int, int]] = []
    start = -1
    for m in _HEADLINE_SINGLE.finditer(text):
        i = m.start()
        opening = i == 0 or not (text[i - 1].isalnum() or text[i - 1] in ".,!?")
        if opening:
            start = i
        elif start >= 0:
            single.append((start, i + 1))
            start = -1
    if not single:
        return spans
    single = [(a, b) for a, b in single if not any(x <= a < y for x, y in spans)]
    return sorted(spans + single)


def pair_quotation_marks(text: str, marks: list[tuple[int, str]]) -> list[tuple[int, int]]:
    """Pair quotation marks (offset and mark, in reading order, line breaks included) into quotations.

    A quotation left open at a line break ends there (the news convention for quotes running over
    several paragraphs). A closing mark with no opening one is ignored. Scraped text mixes the two
    styles ('"We will win,” she said'): a curly closing mark closes a straight opening one unless a
    curly quotation opened inside it, and a straight mark that closes (after a word or a stop, before a
    space, a stop or the end) closes a curly opening one unless a straight quotation opened inside it.
    """
    spans: list[tuple[int, int]] = []
    start = -1
    straight_open = False
    nested = 0  # quotations of the other style opened inside the open one
    for i, ch in marks:
        end = i + len(ch)
        if ch == "``":  # Penn Treebank / typewriter opening quote
            ch = "“"
        elif ch == "''":  # closing typewriter quote, or both (NYT style): like a straight quote
            ch = '"'
            if start >= 0 and not straight_open:
                spans.append((start, end))
                start, nested = -1, 0
                continue
        if ch in QUOTE_OPEN:
            if start < 0:
                start = i
            elif straight_open:
                nested += 1
        elif ch in QUOTE_CLOSE:
            if start >= 0 and straight_open and nested:
                nested -= 1
            elif start >= 0:
                spans.append((start, i + 1))
                start, straight_open, nested = -1, False, 0
        elif ch == '"':
            if start < 0:
                start, straight_open = i, True
            elif straight_open:
                spans.append((start, end))
                start, straight_open = -1, False
            elif nested:
                nested -= 1
            elif _closes(text, i):
                spans.append((start, end))
                start = -1
            else:
                nested += 1
        elif start >= 0:  # a line break closes an open quotation
            if i > start + 1:
                spans.append((start, i))
            start, straight_open, nested = -1, False, 0
    if start >= 0 and len(text.rstrip()) > start + 1:
        spans.append((start, len(text.rstrip())))
    return [(s, e) for s, e in spans if e > s + 1]


def _closes(text: str, i: int) -> bool:
    """Does the straight quotation mark at ``i`` look like a closing one (after a word or a stop, and
    before a space, a stop or the end)?"""
    before = text[i - 1:i]
    after = text[i + 1:i + 2]
    return bool(before) and not before.isspace() and (not after or after.isspace() or after in ".,;:!?)]—–-")


# Verbs that name rather than report: "what critics called "fake news"", "dubbed "Obamacare"".
_NAMING: Final = frozenset({"call", "calls", "called", "calling", "dub", "dubs", "dubbed", "dubbing", "label", "labels",
                            "labeled", "labelled", "labeling", "term", "termed", "known", "so-called", "nickname",
                            "nicknamed", "brand", "branded", "refer", "referred", "referring", "refers"})


# Words that make the one or two quoted words after them part of the writer's noun phrase, a term or a
# label rather than someone's words (determiners, possessives, "like" and "such as" giving examples)
_LABEL_BEFORE: Final = frozenset({"a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her",
                                  "our", "my", "your", "like", "as", "another", "any", "every", "some", "and", "or"})


# Words after a closing quotation mark that do not make the quoted words a modifier of the next word
# (function words, verbs of saying and being: '"deadly serious" about', '"by the end of this week" that')
_NOT_MODIFIED: Final = frozenset({"and", "or", "but", "nor", "that", "which", "who", "whom", "whose", "to", "of", "in",
                                  "on", "at", "for", "from", "with", "by", "about", "as", "than", "if", "when", "while",
                                  "because", "after", "before", "since", "until", "into", "over", "is", "are", "was",
                                  "were", "be", "been", "has", "have", "had", "will", "would", "said", "says", "say",
                                  "told", "tells", "wrote", "writes", "added", "adds", "asked", "he", "she", "they",
                                  "it", "we", "i", "you", "the", "a", "an", "this", "these", "those", "his", "her",
                                  "their", "its", "so", "then", "now", "too", "also", "again", "anymore", "yet",
                                  "here", "there", "instead", "either", "anyway", "though", "although", "unless",
                                  "according", "during", "against", "without", "under", "through", "between", "per", "today",
                                  "yesterday", "tonight", "last", "next", "earlier", "later", "not", "on"})


# Words before a title of any length ("an article titled", "a column headlined")
_TITLED: Final = frozenset({"titled", "entitled", "headlined", "subtitled", "captioned"})


# Short words a title leaves in lower case ("Fire and Fury", "The Art of the Deal").
_TITLE_SMALL: Final = frozenset({"a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by",
                                 "with", "from", "as", "vs", "nor"})


_LOOK_BACK: Final = 200
_INNER_SENTENCE: Final = re.compile(r"[a-z][.!?] +[A-Z]")  # a sentence ends inside the quotation marks


def is_direct_quotation(doc: Doc, qs: int, qe: int, speech: set[int]) -> bool:
    """Is the span ``[qs, qe)`` in quotation marks a direct quotation of someone's words, rather than a
    scare quote, coined term, title or slogan? (See the module docstring.) ``speech``: the sentences
    with a report verb ("said", "told", "warned": :meth:`Context.quotes` reads them from the
    ``report_verbs`` lexicon).

    A quotation: more than four words that are no title; or it opens a sentence or paragraph, or
    follows a colon, or follows a comma in a sentence that reports speech; or a shorter fragment in a
    sentence that reports speech ('she said the plan was "dangerous"'), unless a naming word stands
    right before it ('what he called "fake news"', 'the so-called "deep state"') or it is in title case
    ("Fire and Fury"). Anything else is the writer's own use of quotation marks. (A stop or comma
    inside the marks says little: American style puts them there after a single term too.)"""
    first = first_at_or_after(doc.starts, qs)
    stop = first_at_or_after(doc.starts, qe)
    words = [k for k in range(first, stop) if doc.is_word[k]]
    if not words:
        return False
    title = _title_like(doc, words)
    j = first - 1
    while j >= 0 and not doc.is_word[j] and first - j <= 3:
        j -= 1
    if j >= 0 and doc.norms[j] in _TITLED:
        return False  # 'an article titled "Kavanaugh worried that scandal would end his coaching days"': a title
    if framed_as_no_quotation(doc, first, len(words)):
        return False  # 'known as the “bishop of the slums”', 'the slogan “...”', 'thought, “...”' (quotation_framings)
    if quoted_label(doc, first, stop, words, qs, qe):
        return False  # '37 percent say “never.”', 'rates the seat "leans Republican."', 'chanted, "..."' (quotation_labels)
    if len(words) > 4 and not title:
        return True
    if len(words) > 1 and doc.cut(qs, qe).rstrip("”\"'» ")[-1:] in ("!", "?") and not title:
        return True  # an exclamation or a question: 'the organizer yelled, "Time's up!"'
    if len(words) > 1 and not title and _INNER_SENTENCE.search(doc.cut(qs, qe)):
        return True  # two sentences of someone's words: 'She “doesn’t bark. She coos.”'
    sentence = doc.sentence_of[words[0]]
    # what comes before the opening mark, spaces and tabs skipped (looked at within _LOOK_BACK characters,
    # so that an article of a million quotation marks stays linear)
    window = max(0, qs - _LOOK_BACK)
    before = doc.cut(window, qs).rstrip(" \t")
    if not before and window > 0:
        before = " "  # only spaces and tabs that far back: neither a line start nor a colon or comma
    opens = doc.sentences[sentence].first >= first - 1 and not (first > 0 and doc.is_word[first - 1])
    if opens and len(words) <= _SUBJECT_WORDS and doc.norms[words[0]] not in _PERSONAL \
            and _goes_on_in_lower_case(doc, qs, qe, stop):
        return False  # a term as the sentence's subject: '“The 360” shows you', '(“Sanctuary cities” is not a legal term'
    if before == "" or before[-1:] in ("\n", ":") or opens and len(words) > 1:
        return True  # announced by a colon, or it opens a paragraph or a sentence: "“Not now,” she said"
        # (a word before the mark, 'On “Fox News Sunday,” Pence was asked', opens nothing)
    if before[-1:] == "," and sentence in speech and not title:
        return True  # 'Plouffe said, "No."'
    k = first - 1
    while k >= 0 and not doc.is_word[k]:
        k -= 1
    if k >= 0 and doc.norms[k] in _NAMING:
        return False  # 'what critics call "fake news"', 'the so-called "deep state"'
    if k >= 0 and len(words) <= 2 and (doc.norms[k] in _LABEL_BEFORE or doc.tokens[k].endswith(("'s", "’s"))):
        return False  # a term used as a noun: 'an "invasion"', 'Pyongyang’s "hostility"', 'concerns like "work"'
    if doc.cut(qs, qe).rstrip("”\"'’» ")[-1:].isalnum():
        # nothing but a space between the closing mark and a content word: the quoted words modify the
        # noun after them ('tweeted "liberate" messages', 'the "don't ask, don't tell" policy')
        nxt = stop
        if nxt < len(doc.tokens) and doc.is_word[nxt] and doc.starts[nxt] == qe + 1 and doc.cut(qe, qe + 1) == " " \
                and doc.norms[nxt] not in _NOT_MODIFIED:
            return False
    return sentence in speech and not title


# a quotation opening with a personal pronoun is someone's words going on in the sentence ('“I have every
# expectation” that the Russians will try, Pompeo warned')
_PERSONAL: Final = frozenset({"i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "we'd", "we'll", "you", "you're",
                              "you've", "he", "he's", "she", "she's", "they", "they're", "it", "it's", "what", "my", "our"})
_SUBJECT_WORDS: Final = 4  # the most words of a quoted term opening a sentence ('“Sanctuary cities” is ...')
# words after a quotation that opens a sentence that report it ('“Not now” said Smith', no comma; '“What he
# wants” and what he’ll emphasize “is ...”', he said), looked for within _REPORT_REACH tokens in the sentence
_REPORTING_AFTER: Final = frozenset({"said", "says", "say", "told", "tells", "asked", "asks", "added", "adds", "wrote",
                                     "writes", "tweeted", "replied", "responded", "recalled", "explained", "continued",
                                     "warned", "warns", "argued", "argues", "insisted", "insists", "described",
                                     "noted", "notes", "according"})
_REPORT_REACH: Final = 12


def _goes_on_in_lower_case(doc: Doc, qs: int, qe: int, stop: int) -> bool:
    """Do the quoted words end without a stop, comma, question or exclamation mark, and is the next thing a
    space and a lower-case word that is no verb of saying (the quoted words are part of the sentence)?"""
    if not doc.cut(qs, qe).rstrip("”\"'’» ")[-1:].isalnum():
        return False
    if stop >= len(doc.tokens) or not doc.is_word[stop] or doc.cut(qe, doc.starts[stop]) != " ":
        return False
    if not doc.tokens[stop][:1].islower():
        return False
    sentence = doc.sentence_of[stop]
    for k in range(stop, min(len(doc.tokens), stop + _REPORT_REACH)):
        if doc.sentence_of[k] != sentence:
            break
        if doc.norms[k] in _REPORTING_AFTER:
            return False  # '“We have no regrets” about sitting out the election, said McCray'
    return True


def _title_like(doc: Doc, words: list[int]) -> bool:
    """Are the words in title case ("Fire and Fury", "Make America Great Again", "13 Videos of Destruction")?"""
    caps = 0
    for k in words:
        tok = doc.tokens[k]
        if tok[:1].isupper():
            caps += 1
        elif doc.norms[k] not in _TITLE_SMALL and not tok.isdigit():  # a number: "38 Things Only ... Would Know"
            return False
    return caps >= 2 or (caps == 1 and len(words) == 1)
