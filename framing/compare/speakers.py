"""Who is quoted, across articles: one speaker however each article names them.

Articles name the same person "Mohammad Javad Zarif", "Mohammed Javad Zarif", "Foreign Minister Zarif"
and "Zarif". :func:`merge_speakers` puts the speakers of 2..N articles into groups, one per real
speaker: persons by surname (accents, case and possessives aside), kept apart when both forms give
first names that cannot be one person's ("Donald Trump" and "Ivanka Trump"), while spelling variants
of one first name ("Mohammad", "Mohammed") and initials ("J.") go together; organisations and outlets
by their name without a leading "the". Anonymous and vague sources ("officials", "critics") are never
merged: two articles' "officials" need not be the same people. Every surface form stays in the group,
as evidence of the merge; the group is shown by its fullest form.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Sequence

from ..types import Speaker

MERGED_KINDS = ("person", "organization", "outlet")
TITLES = frozenset("""mr mrs ms miss dr prof sir dame lord lady gen general col colonel capt captain lt sgt adm
admiral rep sen senator representative gov governor president vice minister secretary chancellor premier
prime foreign defense defence interior finance deputy chief justice judge ambassador mayor king queen prince
princess pope rev reverend father sheikh ayatollah speaker leader chairman chairwoman chair director
spokesman spokeswoman spokesperson commissioner attorney""".split())


@dataclass(frozen=True)
class SharedSpeaker:
    """One real speaker across articles: the name shown, its kind, every form each article used, and
    the articles (by position) that cite them."""

    name: str
    kind: str
    forms: tuple[tuple[int, str], ...]  # (article, the name as that article gives it)
    articles: tuple[int, ...]


def _plain(word: str) -> str:
    """A name word without accents, case, dots or a possessive ending."""
    word = unicodedata.normalize("NFKD", word)
    word = "".join(c for c in word if not unicodedata.combining(c)).lower().replace("’", "'")
    for ending in ("'s", "'"):
        if word.endswith(ending):
            word = word[: -len(ending)]
    return word.strip(".,")


def _name_words(name: str) -> list[str]:
    """The words of a person's name, titles dropped ("Foreign Minister Zarif" -> ["zarif"])."""
    words = [_plain(w) for w in name.replace("-", " - ").split()]
    return [w for w in words if w and w not in TITLES and w != "-"]


def _compatible_first(a: str, b: str) -> bool:
    """Can two first names be one person's: the same, one an initial of the other, or a spelling variant
    ("mohammad"/"mohammed", "sergei"/"sergey")?"""
    if a == b or (len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)):
        return True
    return a[:2] == b[:2] and SequenceMatcher(None, a, b).ratio() >= 0.75


def _organisation_key(name: str) -> str:
    words = [_plain(w) for w in name.split()]
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def speaker_key(s: Speaker) -> str | None:
    """The coarse key two speakers must share to be merged (None: never merged)."""
    if s.kind not in MERGED_KINDS:
        return None
    if s.kind == "person":
        words = _name_words(s.name)
        return "person:" + words[-1] if words else None
    return f"{s.kind}:{_organisation_key(s.name)}"


def merge_speakers(speakers: Sequence[Sequence[Speaker]]) -> list[SharedSpeaker]:
    """Group the speakers of each article (``speakers[i]``: article i's) into real speakers, in order of
    first appearance; see the module docstring."""
    groups: list[dict] = []
    by_key: dict[str, list[int]] = {}
    for article, found in enumerate(speakers):
        for s in found:
            key = speaker_key(s)
            if key is None:
                continue
            first = _name_words(s.name)[0] if s.kind == "person" and len(_name_words(s.name)) > 1 else ""
            target = None
            for g in by_key.get(key, []):
                firsts = groups[g]["firsts"]
                if not first or not firsts or any(_compatible_first(first, f) for f in firsts):
                    target = g
                    break
            if target is None:
                target = len(groups)
                groups.append({"kind": s.kind, "forms": [], "firsts": set()})
                by_key.setdefault(key, []).append(target)
            group = groups[target]
            if first:
                group["firsts"].add(first)
            if (article, s.name) not in group["forms"]:
                group["forms"].append((article, s.name))
    out = []
    for g in groups:
        names = [name for _, name in g["forms"]]
        shown = max(names, key=lambda n: (len(_name_words(n)) if g["kind"] == "person" else len(n), -names.index(n)))
        out.append(SharedSpeaker(shown, g["kind"], tuple(g["forms"]), tuple(sorted({a for a, _ in g["forms"]}))))
    return out
