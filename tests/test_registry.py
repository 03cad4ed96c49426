"""The feature registry, the lexicons and the README stay in step."""
from __future__ import annotations

import ast
import re

import pytest

import framing
from framing.analysis.features import FEATURES, FEATURE_NAMES
from framing.analysis.lexicons import LEXICON_NAMES, load_lexicon, parse_lexicon

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
        # read from the source: a module compiled by mypyc has no __doc__
        base = ROOT / module.__name__.replace(".", "/")
        source = base / "__init__.py" if base.is_dir() else base.with_suffix(".py")
        assert ast.get_docstring(ast.parse(source.read_text(encoding="utf-8")))
        assert callable(module.compute)
        assert re.search(rf"`{module.NAME}`", readme), f"README does not document {module.NAME}"


@pytest.mark.parametrize("name", LEXICON_NAMES)
def test_every_lexicon_parses_and_names_its_sources(name):
    lx = load_lexicon(name)
    assert lx.title and lx.sources, f"{name}.txt needs a title line and # Source: lines"
    assert len(lx.entries) >= 50
    path = ROOT / "framing" / "analysis" / "lexicons" / f"{name}.txt"
    assert path.is_file()
    assert name in (ROOT / "README.md").read_text(encoding="utf-8")


def test_lexicon_format_errors_are_reported():
    with pytest.raises(framing.FramingError, match="line 3"):
        parse_lexicon("bad", "# Title\n# Source: x\nfoo*bar\n")
    with pytest.raises(framing.FramingError, match="first comment line"):
        parse_lexicon("bad", "foo\n")


def test_readme_opens_with_the_two_setup_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("```sh\n", 1)[1].split("```", 1)[0]
    commands = [line.split("#")[0].strip() for line in block.strip().splitlines()]
    assert commands == ["make demo", "make test"]
    assert readme.index("make demo") < readme.index("## ")  # before any section
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci


def test_readme_summary_example_is_real_output():
    from conftest import PL, VOV

    profiles = [framing.analyze(framing.load_article(p)) for p in (VOV, PL)]
    summary = framing.compare(profiles).summary
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for line in summary:
        assert f"- {line}\n" in readme, line


def test_readme_text_example_is_real_output():
    """Every line of the `framing analyze` example appears in the real output (long lines are cut with ...)."""
    from framing.cli import format_text
    from conftest import PL

    real = format_text(framing.analyze(framing.load_article(PL)))
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    example = readme.split("$ framing analyze seeds/002_5283c69be6bb5e58.txt\n", 1)[1].split("```", 1)[0]
    for line in example.splitlines():
        assert line.removesuffix(", ...").removesuffix(" ...") in real, line
