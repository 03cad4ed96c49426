"""A speaking "he" or "she" after one unnamed person who spoke: that person, not someone named further up.

'At a camp in Calais, a French medical worker says migrants have shown solidarity. "They fear for themselves,"
he says.': a reader takes the "he" for the medical worker, cited in the sentence before; the resolver looks for
a person *named*, and found the intelligence chief cited a paragraph up (session 37, readers' wrong pronouns:
"he is the French medical worker, not Maassen"; the round-2 brief lists the class as a leftover). When the last
speaker cited before the pronoun is one unnamed person brought in by "a", "an", "one" or "another" with a person
noun or a role as head ("a French medical worker", "a woman who said"), cited in the pronoun's sentence or the
one before and after the last citation of the person the resolver found, the pronoun stands for that unnamed
person (a vague source, shown as such). Dev output: 2 pronouns so read again, both right (the medical worker;
"a woman who said she was uncomfortable ..., whom she declared": the woman, not McCain).

Not: a group ("residents", "the workers"), an organisation, one cited further back; an unnamed person cited
before the named one ("A spokesman said ... Smith said ... He added": Smith), or with the named one's name
written between them ("..., said another Republican. The only time Bush spoke was when he suggested": Bush);
"the" + a role, which as often names again someone named before ("The speaker has sought ...", "the former
Massachusetts governor", "the chief claim": tried, 3 of 8 such readings in the dev output were wrong).
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .facts import base_norm
from .grammar import WordLists
from .kind_office_holders import ends_in_one_role
from .speakers import SpeakerMention

# determiners that bring in one new person ("a worker", "one resident"); not "the", which as often names again
# someone named before ("The speaker has sought ...", "The former Massachusetts governor", "the chief claim")
_ONE: Final = frozenset({"a", "an", "one", "another"})
# how many sentences back the unnamed person may have been cited (its own sentence and the one before)
_SENTENCES_BACK: Final = 1
# how many tokens after the unnamed person and before the pronoun the found person's surname is looked for
_NAME_LOOK: Final = 80


def unnamed_person_before(doc: Doc, at: int, ref: SpeakerMention | None, cited: list[SpeakerMention],
                          lists: WordLists) -> SpeakerMention | None:
    """The unnamed person a he/she at token ``at`` stands for (see the module), or None."""
    last = next((sp for sp in reversed(cited) if sp.stop <= at), None)
    if last is None or last.kind != "anonymous" or last.stop - last.start < 2:
        return None
    if doc.norms[last.start] not in _ONE or not (0 <= last.start < len(doc.sentence_of) and at < len(doc.sentence_of)):
        return None
    if doc.sentence_of[at] - doc.sentence_of[last.start] > _SENTENCES_BACK:
        return None
    head = doc.norms[last.stop - 1]
    if not (ends_in_one_role(doc, last.stop) or base_norm(head) == head and head in lists.person_nouns):
        return None
    if ref is not None:
        named = [sp for sp in cited if sp.key == ref.key and sp.stop <= at]
        if not named or named[-1].start > last.start:
            return None  # the person found was cited after the unnamed one, or not cited at all
        surname = ref.name.split()[-1].lower() if ref.name.split() else ""
        near = [t for t in range(last.stop, min(at, last.stop + _NAME_LOOK))]
        near += [t for t in range(max(last.stop + _NAME_LOOK, at - _NAME_LOOK), at)]
        if any(doc.norms[t] == surname for t in near):
            return None  # named again after the unnamed one ("... said another Republican. ... when Bush said")
    return last
