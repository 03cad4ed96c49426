"""Pronoun chains: a speaking "he" or "she" continues the same pronoun that spoke just before it.

A reader who meets '"...," he says' after "but he says what they're missing is ..." takes both for one man:
the nearest mention of a man is the earlier "he", not the person named before it. The resolver
(:func:`.pronouns.nearest_person`, then the speaker cited last) looks for a person *named*; when the person it
finds stands before an earlier speaking pronoun of the same gender, in the pronoun's sentence or the two
before, and that pronoun was taken for someone else, the earlier pronoun's person is the better reading.
Readers of the AllSides dev sample marked such pronouns wrong ("he says" after a quotation resolved to Perry,
named two sentences up, not to Ron Cookston, the "he" of the sentence before; "she says" resolved to
Kraybill, cited a paragraph up, not to Gibbons, the "she" of the sentence before): about half of the 68
pronoun speakers readers marked wrong over all draws were "resolved to the wrong person".

Not: a pronoun inside a quotation, or an earlier one inside one (the quoted speaker's "he" is someone they
name); a pronoun whose person is named after the earlier pronoun, by the last word of the name ("Cookston's
group ..., but he says": the named person is nearer); an earlier pronoun whose person is named after it in its
own sentence ("He said he hoped that Sanders would ...": that pronoun was read wrong, not to be followed); two
names of one person ("Sanders", "Bernie Sanders").
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .aliases import name_words, plain
from .facts import DocFacts
from .speakers import SpeakerMention

# how many sentences back the earlier speaking pronoun may stand (its own sentence and the two before)
_SENTENCES_BACK: Final = 2
# how many tokens a name is looked for after the earlier pronoun and before the later one (both ends of the
# stretch between them: the name stands near one or the other)
_NAME_LOOK: Final = 80


class PronounChain:
    """The speaking he/she pronouns of one Doc a reader resolved so far, in the order read: their token, norm
    and person."""

    __slots__ = ("tokens", "norms", "persons")

    def __init__(self) -> None:
        self.tokens: list[int] = []
        self.norms: list[str] = []
        self.persons: list[SpeakerMention] = []

    def note(self, at: int, pronoun: str, person: SpeakerMention) -> None:
        """Record that the speaking ``pronoun`` at token ``at`` was taken for ``person``."""
        self.tokens.append(at)
        self.norms.append(pronoun)
        self.persons.append(person)

    def continued(self, facts: DocFacts, at: int, pronoun: str, found: SpeakerMention | None) -> SpeakerMention | None:
        """The person of the same pronoun that spoke last before token ``at``, in its sentence or the two before,
        when the resolver's person ``found`` stands before that pronoun and is someone else; else None."""
        if found is None or not self.tokens:
            return None
        doc = facts.doc
        k = len(self.tokens) - 1
        while k >= 0 and (self.tokens[k] >= at or self.norms[k] != pronoun):
            k -= 1
        if k < 0:
            return None
        before = self.tokens[k]
        person = self.persons[k]
        if doc.sentence_of[at] - doc.sentence_of[before] > _SENTENCES_BACK:
            return None
        if found.key == person.key or person.kind != "person" or _one_name(found, person) \
                or _named_between(doc, found, before, at):
            return None
        sent = doc.sentences[doc.sentence_of[before]]
        if _named_between(doc, person, before, sent.stop):
            return None  # "He said he hoped that Sanders would ...": a "he" named after is no "he" before it
        if _quoted(facts, doc, at) or _quoted(facts, doc, before):
            return None
        return person


def _quoted(facts: DocFacts, doc: Doc, t: int) -> bool:
    """Is token ``t`` inside a quotation (someone else's words)?"""
    return facts.ctx.in_quote(doc, doc.starts[t])


def _named_between(doc: Doc, found: SpeakerMention, first: int, stop: int) -> bool:
    """Is ``found`` named between tokens ``first`` and ``stop`` (by the last word of its name, "Cookston's group"
    for Ron Cookston, "the president" for the president): nearer the pronoun than the earlier pronoun? Only the
    :data:`_NAME_LOOK` tokens after ``first`` and as many before ``stop`` are read."""
    words = name_words(found.name) or found.key.split()
    if not words:
        return False
    last = words[-1]
    # (a hyphenated name is one token: "Ocasio-Cortez", "Man-kit")
    near = [t for t in range(first + 1, min(stop, first + 1 + _NAME_LOOK))]
    near += [t for t in range(max(first + 1 + _NAME_LOOK, stop - _NAME_LOOK), stop)]
    return any(doc.is_word[t] and last in plain(doc.tokens[t]).split("-") for t in near)


def _one_name(a: SpeakerMention, b: SpeakerMention) -> bool:
    """Do the names of ``a`` and ``b`` name one person, the words of one all in the other ("Sanders" and "Bernie
    Sanders", "president" and "former vice president")?"""
    wa = set(name_words(a.name) or a.key.split())
    wb = set(name_words(b.name) or b.key.split())
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)
