"""A strong word a source called someone is reported, not the writer's own wording."""
import pytest

from framing.analysis.reported_naming import named_by_another
from framing.analysis.text import tokenize


def reported(sentence: str, word: str) -> bool:
    doc = tokenize(sentence)
    i = next(k for k, t in enumerate(doc.tokens) if t == word)
    return named_by_another(doc, i)


@pytest.mark.parametrize("sentence,word", [
    ("Later the chairman called the two lawyers liars on the floor.", "liars"),
    ("The mayor called it “pretty disgraceful” that the council met in secret.", "disgraceful"),
    ("She branded the plan a disaster for the town.", "disaster"),
    ("The senator accused his colleagues of treachery.", "treachery"),
    ("The council member accused the mayor of being a hypocrite.", "hypocrite"),
    ("He called the head of the agency a liar in a radio interview.", "liar"),
    ("The governor faced accusations of cronyism all year.", "cronyism"),
])
def test_a_name_a_source_gave_is_reported(sentence, word):
    assert reported(sentence, word)


@pytest.mark.parametrize("sentence,word", [
    ("I call it a disgrace, and the council should be ashamed.", "disgrace"),  # the writer naming
    ("We have called this scheme a fraud from the start.", "fraud"),
    ("The union called for an end to the disastrous policy.", "disastrous"),  # no name given
    ("The mayor called on residents to resist the outrageous plan.", "outrageous"),
    ("The plan was a disaster, the auditor said.", "disaster"),  # no naming verb
    ("He called the meeting, and the shameful vote followed.", "shameful"),  # a clause later
    ("The heart of the matter is a shameful neglect of the depot.", "shameful"),
    ("You can call the mayor many things – and heaven knows the town has.", "heaven"),
    ("We keep hearing the term “reform” used to justify massive cuts.", "massive"),
    ("They accused the police of inaction and blamed hateful speech for the riot.", "hateful"),
])
def test_the_writers_own_strong_words_stay_the_writers(sentence, word):
    assert not reported(sentence, word)


def test_a_reported_insult_counts_with_the_sources_words_not_the_writers():
    from framing.analysis import analyze
    from framing.types import Article
    text = ("The hearing ran past midnight. Later the chairman called the two lawyers liars on the floor, "
            "and the lawyers accused him of hypocrisy. The committee adjourned at 1 a.m.")
    loaded = analyze(Article(id="t", title="Hearing ends late", text=text)).features["loaded"]
    labels = {e.text: e.label for e in loaded.evidence}
    assert labels.get("liars") == "reported" and labels.get("hypocrisy") == "reported", labels
    assert loaded.count == 0  # the writer's own voice called nobody anything
    quoted = next(m for m in loaded.measures if m.name == "quoted")
    assert quoted.count == 2
