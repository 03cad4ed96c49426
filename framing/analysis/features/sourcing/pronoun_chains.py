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

Further back, up to four sentences, the earlier pronoun still stands for the later one when the resolver's
person was cited before it: the speaker cited last is then the earlier pronoun's person, not a name the
article cited before it ('"...," he says. [a quotation, then "That shows how resistant Mr Rubio's party will
be"] "...," he says' is Rubio, the "he" that spoke last, not Trump, cited before that "he"). A name between
the two pronouns counts only where a reader takes it for who acts: not inside a quotation (the speaker's own
words, '"McConnell isn't doing anything," he said'), nor, before the later pronoun's sentence, after a
preposition ("he said, referring to Senate Majority Leader Mitch McConnell"; an owner, "like Cookston's
group", and a name in the later pronoun's own sentence, "statements made by Trump, in which he claimed", do
count). Readers of the AllSides dev sample marked 2 of 16 wrong speakers so
("he" = Trump for Rubio, "he" = McConnell for Tester; nineteenth pass).

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

# how many sentences back the earlier speaking pronoun may stand (its own sentence and the two before), and
# how far when the resolver's person was named before that pronoun (the speaker cited last is the pronoun's)
_SENTENCES_BACK: Final = 2
_CITED_BEFORE_BACK: Final = 4
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
        back = doc.sentence_of[at] - doc.sentence_of[before]
        if back > _SENTENCES_BACK and not (back <= _CITED_BEFORE_BACK and found.stop <= before):
            return None
        if found.key == person.key or person.kind != "person" or _one_name(found, person) \
                or _named_between(facts, found, before, at):
            return None
        sent = doc.sentences[doc.sentence_of[before]]
        if _named_between(facts, person, before, sent.stop):
            return None  # "He said he hoped that Sanders would ...": a "he" named after is no "he" before it
        if _quoted(facts, doc, at) or _quoted(facts, doc, before):
            return None
        return person


def _quoted(facts: DocFacts, doc: Doc, t: int) -> bool:
    """Is token ``t`` inside a quotation (someone else's words)?"""
    return facts.ctx.in_quote(doc, doc.starts[t])


def _named_between(facts: DocFacts, found: SpeakerMention, first: int, stop: int) -> bool:
    """Is ``found`` named between tokens ``first`` and ``stop`` (by the last word of its name, "Cookston's group"
    for Ron Cookston, "the president" for the president): nearer the pronoun than the earlier pronoun? Only the
    :data:`_NAME_LOOK` tokens after ``first`` and as many before ``stop`` are read; not a name quoted or after a
    preposition (:func:`_object_or_quoted`)."""
    doc = facts.doc
    words = name_words(found.name) or found.key.split()
    if not words:
        return False
    last = words[-1]
    # (a hyphenated name is one token: "Ocasio-Cortez", "Man-kit")
    near = [t for t in range(first + 1, min(stop, first + 1 + _NAME_LOOK))]
    near += [t for t in range(max(first + 1 + _NAME_LOOK, stop - _NAME_LOOK), stop)]
    return any(doc.is_word[t] and last in plain(doc.tokens[t]).split("-") and not _object_or_quoted(facts, t, stop)
               for t in near)


# prepositions before a name (and the capitalised words of its title) that make it an object, no one who acts
# ("referring to Senate Majority Leader Mitch McConnell", "met with Cummings")
_BEFORE_OBJECT: Final = frozenset({"of", "for", "to", "with", "by", "about", "against", "from", "on", "at", "in",
                                   "than", "like", "into", "over", "toward", "towards", "under", "behind"})
# how many capitalised words of a name and its title are walked back over to the word before them
_NAME_RUN: Final = 6


def _object_or_quoted(facts: DocFacts, t: int, stop: int) -> bool:
    """Is the name word at token ``t`` inside a quotation, or, in a sentence before the one of token ``stop`` (the
    later pronoun's: a name the resolver found there is the nearest), the end of a capitalised run after a
    preposition ("referring to Senate Majority Leader Mitch McConnell"; not an owner, "like Cookston's group")?"""
    doc = facts.doc
    if facts.ctx.in_quote(doc, doc.starts[t]):
        return True
    if doc.sentence_of[t] >= doc.sentence_of[min(stop, len(doc.norms) - 1)] or doc.norms[t].endswith(("'s", "’s")):
        return False
    k = t - 1
    while k >= 0 and t - k <= _NAME_RUN and doc.is_word[k] and doc.tokens[k][:1].isupper():
        k -= 1
    return k >= 0 and doc.norms[k] in _BEFORE_OBJECT


def _one_name(a: SpeakerMention, b: SpeakerMention) -> bool:
    """Do the names of ``a`` and ``b`` name one person, the words of one all in the other ("Sanders" and "Bernie
    Sanders", "president" and "former vice president")?"""
    wa = set(name_words(a.name) or a.key.split())
    wb = set(name_words(b.name) or b.key.split())
    return bool(wa) and bool(wb) and (wa <= wb or wb <= wa)
