"""Huge and hostile inputs: every rule is linear in the text, so that a megabyte of any adversarial
pattern costs about ten times what 100 KB of it costs (measured as a ratio in one run, never as a
wall-clock limit)."""
from __future__ import annotations

import time

import pytest

import framing
from framing.types import Article

# repeated to 100 KB and to 1 MB: conditionals, quotation marks, cues, punctuation runs, one long word ...
PATTERNS = {
    "if-comma": "if, ", "if-if": "If if ", "quotes": '"a" ', "open-quote": "“", "said": "said ",
    "very": "very ", "not": "not ", "dots": "... ", "abbreviation": "U.S. ", "bangs": "!!! ", "paren": "( ",
    "hyphen-chain": "a-", "capitals": "WAR ", "according": "according to ", "lines": "word\n",
    "blank-lines": "w\n\n", "number": "1,000 ", "colon": "x: ", "may": "may ", "likely": "likely to ",
    "officials": "officials said ", "the": "the ", "apostrophe": "it's ", "question": "why? ", "long-word": "a",
    "emoji": "😀 ", "mixed-quotes": '"he said, “it', "comma": ", ", "and": "and ", "semicolon": "; ",
    "he-said": 'He said "', "war": "it's war ", "would": "would ",
}
SMALL, LARGE = 100_000, 1_000_000
MAX_RATIO = 20  # linear: about 10; quadratic: about 100


def _seconds(pattern: str, size: int) -> float:
    text = (pattern * (size // len(pattern) + 1))[:size]
    start = time.perf_counter()
    profile = framing.analyze(Article(id="x", title="Title", text=text))
    elapsed = time.perf_counter() - start
    assert profile.article.text == text
    return elapsed


@pytest.fixture(scope="module", autouse=True)
def _warm():
    framing.analyze(Article(id="w", title="Warm", text="Officials said it may be war, if talks fail."))


@pytest.mark.parametrize("name", list(PATTERNS))
def test_a_megabyte_of_a_hostile_pattern_costs_about_ten_times_100_kb(name):
    pattern = PATTERNS[name]
    _seconds(pattern, SMALL // 5)  # whatever the pattern loads first (each size is a new text: nothing cached)
    small = _seconds(pattern, SMALL)
    large = _seconds(pattern, LARGE)
    assert large <= MAX_RATIO * max(small, 0.005), f"{name}: 100 KB {small:.3f} s, 1 MB {large:.3f} s"
