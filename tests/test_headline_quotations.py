"""A headline quotes in single marks ('Lousy' News): those words are the sources', not the writer's."""
from framing.analysis.context import headline_quotation_spans


def quoted(title: str) -> list[str]:
    return [title[a:b] for a, b in headline_quotation_spans(title)]


def test_single_marks_in_a_headline_are_quotations():
    assert quoted("'Lousy' News: Just 69,000 Jobs Added In May") == ["'Lousy'"]
    assert quoted("Mayor: Depot closing is ‘a disaster for Marlow’") == ["‘a disaster for Marlow’"]


def test_apostrophes_are_no_quotation_marks():
    assert quoted("Trump's plan and Democrats' answer: the '90s are back") == []
    assert quoted("Senators' 'grave concerns' over the depot's closure") == ["'grave concerns'"]


def test_double_marks_keep_their_single_quoted_words():
    title = "Mayor: \"Call it a 'disaster' if you like\""
    assert quoted(title) == ["\"Call it a 'disaster' if you like\""]


def test_a_single_quoted_headline_word_counts_as_the_sources_not_the_writers():
    from framing.analysis import analyze
    from framing.types import Article
    profile = analyze(Article(id="t", title="'Lousy' News: Jobs Report Disappoints",
                                      text="The economy added 69,000 jobs in May, the bureau said on Friday."))
    loaded = [e for e in profile.features["loaded"].evidence if e.text == "Lousy"]
    assert loaded and all(e.label == "quoted" for e in loaded), loaded
