"""What a speaking "they" never stands for: a document, a book or one news outlet.

A "they" who tells, focuses or understands is people. The resolver took the speaker cited last of any kind,
and that was sometimes the document the article quoted from ("according to court filings. ... Mueller's team
alleged ... On Friday, they told the judge" is the prosecutors, not the filings; "Instead, the book says,
they focused on ..." is Trump's advisers, not the book) or an outlet the article quoted ("Breitbart.com
reports ... The Australians ... because they understood" is the Australians; "They = Daily Telegraph" for
hackers). Readers of the AllSides dev sample marked all four such "they" wrong (draws 3030, 5353 and a
reading of the dev output). A body ("the NAACP ... They") stays a possible "they": American news writes one
so sometimes; a document or an outlet by its name is an "it".

The speakers passed over here stay in the history for the other pronouns ("It says" is the document).
"""
from __future__ import annotations

from typing import Final

from ...text import Doc
from .kind_documents import document_words
from .speakers import SpeakerMention

# written works a person signs, beside the documents an author issues (:func:`.kind_documents.document_words`)
_WRITINGS: Final = frozenset({"book", "memoir", "article", "column", "op-ed", "piece", "essay", "records", "documents",
                              "papers", "files", "emails"})


def no_they(doc: Doc, sp: SpeakerMention) -> bool:
    """Is the speaker ``sp`` one a speaking "they" cannot stand for: an outlet, or a phrase whose last word is a
    document or a writing ("court filings", "the book", "the report"), in the singular or the plural?"""
    if sp.kind == "outlet":
        return True
    if sp.kind not in ("anonymous", "organization") or not 0 <= sp.start < sp.stop <= len(doc.norms):
        return False
    head = doc.norms[sp.stop - 1]
    words = document_words()
    return head in words or head in _WRITINGS or head.endswith("s") and head[:-1] in words


def for_they(doc: Doc, history: list[SpeakerMention]) -> list[SpeakerMention]:
    """The speakers of ``history`` a "they" may stand for (the others passed over: :func:`no_they`)."""
    return [sp for sp in history if not no_they(doc, sp)]
