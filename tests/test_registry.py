"""The feature registry, the lexicons and the README stay in step."""
from __future__ import annotations

import re

import pytest

import framing
from framing.features import FEATURES, FEATURE_NAMES
from framing.lexicons import LEXICON_NAMES, load_lexicon, parse_lexicon

from conftest import ROOT

PUBLIC_NAMES = ("style", "readability", "hedging", "boosters", "alarmist", "loaded", "sentiment", "sourcing",
                "speculation")


def test_public_feature_names():
    assert FEATURE_NAMES == PUBLIC_NAMES
    p = framing.analyze(framing.Article(id="x", title="t", text="Some text here."))
    assert tuple(p.features) == PUBLIC_NAMES


def test_every_feature_module_is_documented():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for module in FEATURES:
        assert module.__doc__ and module.MEANING and callable(module.compute)
        assert re.search(rf"`{module.NAME}`", readme), f"README does not document {module.NAME}"


@pytest.mark.parametrize("name", LEXICON_NAMES)
def test_every_lexicon_parses_and_names_its_sources(name):
    lx = load_lexicon(name)
    assert lx.title and lx.sources, f"{name}.txt needs a title line and # Source: lines"
    assert len(lx.entries) >= 50
    path = ROOT / "framing" / "lexicons" / f"{name}.txt"
    assert path.is_file()
    assert name in (ROOT / "README.md").read_text(encoding="utf-8")


def test_lexicon_format_errors_are_reported():
    with pytest.raises(framing.FramingError, match="line 3"):
        parse_lexicon("bad", "# Title\n# Source: x\nfoo*bar\n")
    with pytest.raises(framing.FramingError, match="first comment line"):
        parse_lexicon("bad", "foo\n")
