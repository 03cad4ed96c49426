"""A label denied after an article and a name or figure ("I am not a COVID-19 denier") judges nothing, while
the same label asserted stays; "never-ending" is an adjective, not a "Never-X" faction label. Sentences
written for the test (s32, twelfth pass)."""
from __future__ import annotations

import pytest

from conftest import profile


def _loaded(text: str) -> list[str]:
    return [e.text.lower() for e in profile(text).features["loaded"].evidence]


@pytest.mark.parametrize("text, word", [
    ("\"I am not a COVID-19 denier,\" the mechanic said outside the statehouse on Tuesday.", "denier"),
    ("The veterans told the panel they are fighting a never-ending war at home.", "never-ending"),
])
def test_denied_label_and_never_adjective_are_not_loaded(text, word):
    assert not any(word in t for t in _loaded(text))


@pytest.mark.parametrize("text, word", [
    ("The senator called the governor a COVID-19 denier who ignored his own doctors.", "denier"),
])
def test_asserted_label_stays_loaded(text, word):
    assert any(word in t for t in _loaded(text))
