"""Who is quoted, across articles: one speaker however each article names them.

Articles name the same person "Mohammad Javad Zarif", "Mohammed Javad Zarif", "Foreign Minister Zarif"
and "Zarif". :func:`merge_speakers` puts the speakers of 2..N articles into groups, one per real
speaker, with the alias rules the sourcing feature uses within an article (one implementation:
:class:`framing.analysis.features.sourcing.aliases.AliasGroups`): persons by surname, kept apart when
both forms give first names that cannot be one person's ("Donald Trump" and "Ivanka Trump"), while
spelling variants of one first name ("Mohammad", "Mohammed") and initials ("J.") go together;
organisations and outlets by their name without a leading "the". Anonymous and vague sources
("officials", "critics") are never merged: two articles' "officials" need not be the same people.
Every surface form stays in the group (each article's shown name and the forms it merged), as
evidence of the merge; the group is shown by its fullest form.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..analysis.features.sourcing.aliases import MERGED_KINDS, AliasGroups, alias_key, shown_name
from ..types import Speaker

__all__ = ["MERGED_KINDS", "SharedSpeaker", "merge_speakers", "speaker_key"]


@dataclass(frozen=True)
class SharedSpeaker:
    """One real speaker across articles: the name shown, its kind, every form each article used, and
    the articles (by position) that cite them."""

    name: str
    kind: str
    forms: tuple[tuple[int, str], ...]  # (article, the name as that article gives it)
    articles: tuple[int, ...]


def speaker_key(s: Speaker) -> str | None:
    """The coarse key two speakers must share to be merged (None: never merged)."""
    return alias_key(s.kind, s.name)


def merge_speakers(speakers: Sequence[Sequence[Speaker]]) -> list[SharedSpeaker]:
    """Group the speakers of each article (``speakers[i]``: article i's) into real speakers, in order of
    first appearance; see the module docstring."""
    aliases = AliasGroups()
    forms: dict[int, list[tuple[int, str]]] = {}
    names: dict[int, list[str]] = {}
    for article, found in enumerate(speakers):
        for s in found:
            if s.kind not in MERGED_KINDS:
                continue
            g = aliases.add(s.kind, s.name, article)  # (some links hold within one article)
            group_forms = forms.setdefault(g, [])
            names.setdefault(g, []).append(s.name)
            for form in (s.name, *s.forms):
                if (article, form) not in group_forms:
                    group_forms.append((article, form))
    out = []
    for g in sorted(forms):
        kind = aliases.kinds[g]
        out.append(SharedSpeaker(shown_name(kind, names[g]), kind, tuple(forms[g]),
                                 tuple(sorted({a for a, _ in forms[g]}))))
    return out
