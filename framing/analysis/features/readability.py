"""Readability of the body text: six classic formulas.

Syllables come from textstat (CMU Pronouncing Dictionary, Pyphen for unknown
words) and difficult words from textstat's Dale–Chall list of easy words. The
formulas are applied to framing's own word and sentence counts, so the numbers
agree with the sentences shown as evidence and each word is counted once:

* Flesch reading ease (Flesch 1948): 206.835 − 1.015·W/S − 84.6·Y/W
* Flesch–Kincaid grade (Kincaid et al. 1975): 0.39·W/S + 11.8·Y/W − 15.59
* Gunning fog (Gunning 1952): 0.4·(W/S + 100·C/W), C = words of 3+ syllables,
  not capitalised names, hyphenated compounds or 3 syllables only through -es/-ed/-ing
* SMOG (McLaughlin 1969): 1.0430·sqrt(P·30/S) + 3.1291, P = words of 3+ syllables
* Coleman–Liau (1975): 0.0588·L − 0.296·S100 − 15.8 (letters and sentences per 100 words)
* Dale–Chall (1948, new formula 1995): 0.1579·D% + 0.0496·W/S (+3.6365 when D% > 5)

(W words, S sentences, Y syllables.) The evidence is the longest sentences and
the hardest ones (highest Flesch–Kincaid grade). Fewer than 100 words gives
values flagged low-confidence; no sentence gives no value.

Higher grade: harder to read. Higher reading ease: easier.
"""
from __future__ import annotations

import math
from typing import Final

from ..language_data import cmu_dictionary, textstat_module
from ..text import Sentence, TokenType
from ..token_memos import TokenMemo
from ...types import Evidence, FeatureResult, Measure
from ..context import Context
from ..evidence import lowest_indices, span_evidence

NAME: Final = "readability"
MIN_WORDS: Final = 100
N_EXAMPLES: Final = 3

_SYLLABLES: Final[dict[str, int]] = {}
_WORDS: Final[dict[str, tuple[int, int, bool, bool]]] = {}


def syllables(word: str) -> int:
    """Syllables of a lower-case word, cached per process.

    As textstat counts them: the stressed vowels of the word's first CMU
    Pronouncing Dictionary entry, and textstat (Pyphen hyphenation) for words
    the dictionary lacks. The dictionary is looked up directly, since
    textstat's per-call text clean-up costs more than the lookup itself.
    """
    n = _SYLLABLES.get(word)
    if n is None:
        counted = cmu_dictionary().get(word)
        if counted is not None:
            n = max(1, counted)
        else:
            n = max(1, textstat_module().syllable_count(word)) if any(c.isalpha() for c in word) else 1
        if len(_SYLLABLES) < 500_000:
            _SYLLABLES[word] = n
    return n


def word_info(norm: str) -> tuple[int, int, bool, bool]:
    """(syllables, letters, is Dale–Chall difficult, is complex for Gunning fog) of a word, cached.

    Difficult: not on textstat's Dale–Chall list of familiar words. Complex: 3+
    syllables, not hyphenated, and not 3 syllables only through -es/-ed/-ing
    (capitalised names are excluded by the caller).
    """
    info = _WORDS.get(norm)
    if info is None:
        k = syllables(norm)
        letters = sum(1 for c in norm if c.isalpha())
        difficult = norm.isalpha() and not textstat_module().is_easy_word(norm, 0)
        complex_ = k >= 3 and "-" not in norm and not any(
            norm.endswith(sfx) and syllables(norm[: -len(sfx)]) < 3 for sfx in ("es", "ed", "ing"))
        info = (k, letters, difficult, complex_)
        if len(_WORDS) < 500_000:
            _WORDS[norm] = info
    return info


_NOT_A_WORD: Final = (0, 0, False, False)


def _type_info(_: None, t: TokenType) -> tuple[int, int, bool, bool]:
    """:func:`word_info` of a word token's norm (punctuation is never read)."""
    return word_info(t.norm) if t.is_word else _NOT_A_WORD


_INFO: Final = TokenMemo("readability: word facts", _type_info)


def _capitalised(token: str) -> bool:
    """``token[:1].isupper()``; for an ASCII first letter (nearly always) without the method call."""
    c = ord(token[0])
    if c < 128:
        return 65 <= c <= 90  # A-Z: the only ASCII characters isupper() accepts
    return token[:1].isupper()


def _fk_grade(words: int, sents: int, syl: int) -> float:
    return 0.39 * words / sents + 11.8 * syl / words - 15.59


def compute(ctx: Context) -> FeatureResult:
    """Flesch–Kincaid grade of the body text, with the five other indices as measures."""
    doc = ctx.text
    types = doc.types
    kept = _INFO.kept(None)
    n_words = n_syl = n_sents = n_letters = n_difficult = n_poly = n_complex = 0
    # per sentence with words, in reading order: its words, Flesch-Kincaid grade and span
    sent_words: list[int] = []
    sent_grades: list[float] = []
    sent_spans: list[Sentence] = []
    for s in doc.sentences:
        w = y = 0
        for i in range(s.first, s.stop):
            t = types[i]
            if not t.is_word:
                continue
            info = kept[t.serial]
            if info is None:
                info = _INFO.answer(kept, t, None)
            k, letters, difficult, complex_ = info
            # capitalised names don't count as complex, except as a sentence's first word
            if complex_ and (w == 0 or not _capitalised(t.token)):
                n_complex += 1
            w += 1
            y += k
            n_letters += letters
            if difficult:
                n_difficult += 1
            if k >= 3:
                n_poly += 1
        if w:
            n_sents += 1
            n_words += w
            n_syl += y
            sent_words.append(w)
            sent_grades.append(_fk_grade(w, 1, y))
            sent_spans.append(s)
    if n_words == 0 or n_sents == 0:
        return FeatureResult(NAME, None, "grade", 0, None, (), (), "no sentences in the body text")

    wps = n_words / n_sents
    spw = n_syl / n_words
    pct_difficult = 100.0 * n_difficult / n_words
    dale_chall = 0.1579 * pct_difficult + 0.0496 * wps + (3.6365 if pct_difficult > 5 else 0.0)
    values = {
        "flesch_reading_ease": (206.835 - 1.015 * wps - 84.6 * spw, "0-100, higher = easier"),
        "flesch_kincaid_grade": (0.39 * wps + 11.8 * spw - 15.59, "US school grade"),
        "gunning_fog": (0.4 * (wps + 100.0 * n_complex / n_words), "years of schooling"),
        "smog_index": (1.0430 * math.sqrt(n_poly * 30.0 / n_sents) + 3.1291, "US school grade"),
        "coleman_liau_index": (0.0588 * (100.0 * n_letters / n_words) - 0.296 * (100.0 * n_sents / n_words)
                               - 15.8, "US school grade"),
        "dale_chall": (dale_chall, "score (9-10 = college level)"),
    }
    note = ""
    if n_words < MIN_WORDS:
        note = f"low confidence: {n_words} words in the body (readability formulas need {MIN_WORDS}+)"
    measures = [Measure(k, round(v, 2), unit, note=note) for k, (v, unit) in values.items()]
    measures += [
        Measure("words_per_sentence", round(wps, 2), "words"),
        Measure("syllables_per_word", round(spw, 3), "syllables"),
        Measure("difficult_words", round(pct_difficult, 2), "% of words (Dale–Chall)", n_difficult),
        Measure("polysyllabic_words", n_poly, "words of 3+ syllables", n_poly),
    ]
    evidence: list[Evidence] = []
    # the sentences are in reading order (start increasing), so ties go in index order, as the sorts by
    # (-words, start) and (-grade, start) put them
    for k in lowest_indices([-float(w) for w in sent_words], N_EXAMPLES):
        s = sent_spans[k]
        evidence.append(span_evidence(NAME, "longest_sentences", doc, s.start, s.end,
                                      f"longest sentence: {sent_words[k]} words"))
    long_enough = [k for k in range(len(sent_words)) if sent_words[k] >= 8]
    for k in lowest_indices([-sent_grades[k] for k in long_enough], N_EXAMPLES):
        s = sent_spans[long_enough[k]]
        evidence.append(span_evidence(NAME, "hardest_sentences", doc, s.start, s.end,
                                      f"hardest sentence: grade {sent_grades[long_enough[k]]:.1f} (Flesch–Kincaid)"))
    grade = round(values["flesch_kincaid_grade"][0], 2)
    return FeatureResult(NAME, grade, "US school grade (Flesch–Kincaid)", n_words, None, tuple(evidence),
                         tuple(measures), note,
                         {"sentences": n_sents, "words": n_words, "syllables": n_syl})
