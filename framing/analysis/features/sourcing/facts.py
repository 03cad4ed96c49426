"""What the sourcing parts work out about one Doc of an article, once, handed to them explicitly.

The sourcing feature (and the cue trainer, through ``cue_candidates``) makes a :class:`DocFacts` per
Doc of an article (:func:`doc_facts`) and passes it to the parts that read it: the report-verb and
vague-source matches, how many report verbs a sentence has before a token, which sentences have a
double quotation mark, the imperative verb opening a sentence, where the sentences start, the
kinds of the speaker noun phrases classified so far (filled by :func:`.speakers.classify`), and how
the article's body writes its words (:class:`NameCase`: which are names), shared by every Doc of
the article. Each fact is worked out on first use.
"""
from __future__ import annotations

from array import array
from typing import Final

from ...context import Context
from ...lexicons import Match
from ...doc_columns import SentenceSet
from ...text import Doc, first_at_or_after
from ..lexical import imperative_verb
from .aliases import plain

_DOUBLE_QUOTES: Final = ("“", "”", '"')


def base_norm(norm: str) -> str:
    """A norm without its possessive 's ("zarif's" -> "zarif")."""
    return norm[:-2] if norm.endswith("'s") else norm


class NameCase:
    """How a Doc writes its words, by norm without a possessive 's: ``inside``, the words it
    capitalises somewhere other than at the start of a sentence (a name is; a common noun opening a
    sentence is not); ``title_case``, those it writes in title case anywhere ("Trump": so "TRUMP" is no
    acronym); ``lower``, those it writes in lower case."""

    __slots__ = ("inside", "title_case", "lower")

    def __init__(self, doc: Doc) -> None:
        inside: set[str] = set()
        title_case: set[str] = set()
        lower: set[str] = set()
        starts = {s.first for s in doc.sentences}
        tokens, norms, is_word = doc.tokens, doc.norms, doc.is_word
        for t in range(len(tokens)):
            if not is_word[t]:
                continue
            tok = tokens[t]
            base = base_norm(norms[t])
            if not tok[:1].isupper():
                if tok[:1].isalpha() and any(c.isupper() for c in tok[1:]):
                    inside.add(base)  # "diGenova": a name with a lower-case particle, no lower-case word
                else:
                    lower.add(base)
                continue
            if not tok.removesuffix("'s").removesuffix("’s").isupper():
                title_case.add(base)  # ("ICE's" is in capitals: no title case)
            if t not in starts and not (t > 0 and not is_word[t - 1] and tokens[t - 1] in "“\"‘'(:—-"):
                inside.add(base)
        self.inside: frozenset[str] = frozenset(inside)
        self.title_case: frozenset[str] = frozenset(title_case)
        self.lower: frozenset[str] = frozenset(lower)


class Surnames:
    """Where a Doc writes each capitalised word (plain: :func:`.aliases.plain`), for the pronoun search: the
    first and last token where it stands on its own (not right after another capitalised word: "Wildstein's
    lawyer", "Mr. Wildstein"), and the first where it ends a full name in a sentence ("David Wildstein"; not
    at the sentence's start, not after a word in capitals). Built in one pass, when first asked."""

    __slots__ = ("alone_first", "alone_last", "full_name")

    def __init__(self, doc: Doc) -> None:
        self.alone_first: dict[str, int] = {}
        self.alone_last: dict[str, int] = {}
        self.full_name: dict[str, int] = {}
        tokens, is_word = doc.tokens, doc.is_word
        sentence_of, sentences = doc.sentence_of, doc.sentences
        for t in range(len(tokens)):
            tok = tokens[t]
            if not is_word[t] or not tok[:1].isupper():
                continue
            key = plain(tok)
            after_cap = t > 0 and is_word[t - 1] and tokens[t - 1][:1].isupper()
            if not after_cap:
                if key not in self.alone_first:
                    self.alone_first[key] = t
                self.alone_last[key] = t
            elif key not in self.full_name and sentence_of[t - 1] == sentence_of[t] \
                    and sentences[sentence_of[t]].first != t - 1 and not tokens[t - 1].isupper():
                self.full_name[key] = t


class DocFacts:
    """The sourcing facts of ``doc``, a Doc of the article ``ctx``."""

    __slots__ = ("ctx", "doc", "report_verbs", "speaker_kinds", "body", "_vague_by_stop", "_report_verb_firsts",
                 "_quote_sentences", "_imperatives", "_sentence_starts", "_name_case", "_surnames")

    def __init__(self, ctx: Context, doc: Doc, body: DocFacts | None = None) -> None:
        """``body``: the facts of the article's body when ``doc`` is another Doc of it (the title)."""
        self.ctx = ctx
        self.doc = doc
        self.body = body
        self.report_verbs = ctx.matches(doc, "report_verbs")
        # speaker noun phrase (token range) -> (kind, display name, identity key), by speakers.classify
        self.speaker_kinds: dict[tuple[int, int], tuple[str, str, str]] = {}
        self._vague_by_stop: dict[int, Match] | None = None
        self._report_verb_firsts: array[int] | None = None
        self._quote_sentences: SentenceSet | None = None
        self._imperatives: dict[int, int | None] = {}
        self._sentence_starts: array[int] | None = None
        self._name_case: NameCase | None = None
        self._surnames: Surnames | None = None

    def name_case(self) -> NameCase:
        """How the article's body writes its words (:class:`NameCase`): every Doc of an article judges
        names by its body, since a headline capitalises its words and is too short to show which are
        names."""
        if self.body is not None:
            return self.body.name_case()
        found = self._name_case
        if found is None:
            found = self._name_case = NameCase(self.doc)
        return found

    def surnames(self) -> Surnames:
        """Where this Doc writes each capitalised word (:class:`Surnames`), for the pronoun search."""
        found = self._surnames
        if found is None:
            found = self._surnames = Surnames(self.doc)
        return found

    def forget_speaker_search(self) -> None:
        """Drop what only the search for cues and speakers reads (the classified noun phrases, the vague
        sources by stop, the capitalised words for pronouns), once the attributions are found: a long
        article's are a sizeable share of its analysis's peak memory. Asked again, they are worked out again."""
        self.speaker_kinds = {}
        self._vague_by_stop = None
        self._surnames = None

    def vague_by_stop(self) -> dict[int, Match]:
        """The vague-source matches ("officials", "a spokesman") by the token they end before."""
        found = self._vague_by_stop
        if found is None:
            found = self._vague_by_stop = {m.stop: m for m in self.ctx.matches(self.doc, "vague_sources")}
        return found

    def report_verbs_before(self, sent_first: int, i: int) -> int:
        """How many report-verb matches start at or after token ``sent_first`` and before token ``i``."""
        firsts = self._report_verb_firsts
        if firsts is None:
            firsts = array(self.doc.starts.typecode, sorted([m.first for m in self.report_verbs]))
            self._report_verb_firsts = firsts
        return first_at_or_after(firsts, i) - first_at_or_after(firsts, sent_first)

    def sentence_has_quote(self, si: int) -> bool:
        """Has sentence ``si`` a double quotation mark (“, ” or ") as a token of its own?"""
        found = self._quote_sentences
        if found is None:
            found = self._quote_sentences = self._sentences_with_quotes()
        return si in found

    def _sentences_with_quotes(self) -> SentenceSet:
        # find the characters in the text (fast) and keep those that are tokens of their own (found in
        # the original: a character of blanked clutter is no token, so it is left out all the same)
        doc = self.doc
        text, starts, tokens, sentence_of = doc.original, doc.starts, doc.tokens, doc.sentence_of
        found = SentenceSet(len(doc.sentences))
        for ch in _DOUBLE_QUOTES:
            pos = text.find(ch)
            while pos >= 0:
                k = first_at_or_after(starts, pos)
                if k < len(starts) and starts[k] == pos and tokens[k] == ch:
                    found.add(sentence_of[k])
                pos = text.find(ch, pos + 1)
        return found

    def imperative(self, si: int) -> int | None:
        """:func:`~..lexical.imperative_verb` of sentence ``si``: the verb it opens with, if it is an
        imperative."""
        memo = self._imperatives
        if si in memo:
            return memo[si]
        found = memo[si] = imperative_verb(self.doc, self.doc.sentences[si])
        return found

    def sentence_starts(self) -> array[int]:
        """The start offset of each sentence, in order."""
        found = self._sentence_starts
        if found is None:
            found = array(self.doc.starts.typecode, [s.start for s in self.doc.sentences])
            self._sentence_starts = found
        return found


def doc_facts(ctx: Context) -> list[DocFacts]:
    """Fresh facts for each Doc of the article, in the order of ``ctx.docs`` (which ends with the
    body); the other Docs share the body's :meth:`~DocFacts.name_case`."""
    body = DocFacts(ctx, ctx.text)
    return [DocFacts(ctx, doc, body) for doc in ctx.docs[:-1]] + [body]
