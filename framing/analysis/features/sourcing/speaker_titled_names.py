"""A person's name after a title of several capitalised words (curated by reading the AllSides dev corpus,
readers' judgments of the ninth pass, draw 1818): "Supervisory Agent Juan Curbelo", "Deputy Assistant
Secretary Jane Roe" run to more capitalised words than a name has, which reads as a body's name, yet a
common first name two or three words from the end opens the person's name ("Juan Curbelo"); a reader takes
the phrase for that person, and a "he" after it for him.
"""
from __future__ import annotations

from ...text import Doc
from .facts import base_norm
from .given_names import first_names


def name_after_long_title(doc: Doc, name_toks: list[int]) -> str:
    """The person's name that ends ``name_toks`` (tokens in order, more than three) when a common first name
    opens its last two or three words ("Juan Curbelo"); else ""."""
    known = first_names()
    for size in (2, 3):
        if len(name_toks) > size and base_norm(doc.norms[name_toks[-size]]) in known:
            name = doc.cut(doc.starts[name_toks[-size]], doc.ends[name_toks[-1]])
            return name[:-2] if name.endswith(("'s", "’s")) else name
    return ""
