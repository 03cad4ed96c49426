"""Speaker spans that are a comparative before "than", a phrase opening on a verb, an owner in "'s" cut before its
noun, or that run into a verb of going on: set aside or trimmed; similar right spans stay."""
from framing.analysis.text import tokenize
from framing.analysis.features.sourcing.speaker_non_nouns import comparative_measure, opens_on_a_verb
from framing.analysis.features.sourcing.speaker_span_edges import drawn_edges
from framing.analysis.features.sourcing.speaker_owner_spans import owner_in_s_before_its_noun
from framing.analysis.lexicons import Entry, Match


def _at(doc, word):
    return doc.tokens.index(word)


def test_a_comparative_before_than_is_no_speaker():
    doc = tokenize("Less than a week later, senators would blame the mayor.")
    assert comparative_measure(doc, 0, 1)


def test_more_as_part_of_a_phrase_stays():
    doc = tokenize("More economists said the plan would fail.")
    assert not comparative_measure(doc, 0, 2)
    assert not comparative_measure(doc, 0, 1)


def test_a_phrase_opening_on_includes_is_no_speaker():
    doc = tokenize("The list includes reports exposing the waste.")
    t = _at(doc, "includes")
    assert opens_on_a_verb(doc, t, t + 2)
    assert not opens_on_a_verb(doc, 0, 2)


def test_a_verb_of_going_on_is_trimmed_before_a_cue_in_ing():
    doc = tokenize("The agency keeps warning that prices will rise.")
    assert drawn_edges(doc, 0, 3) == (0, 2)


def test_a_participle_with_its_agent_stays():
    doc = tokenize("according to figures kept by the library, sales rose.")
    t = _at(doc, "figures")
    assert drawn_edges(doc, t, t + 2) == (t, t + 2)


def _entry(word: str) -> Entry:
    """A cue-lexicon entry for ``word`` (a real Entry: the compiled core checks the type)."""
    return Entry("cues", word, "", (word,))


def _match(doc, word):
    t = _at(doc, word)
    return Match(_entry(word), t, t + 1)


def test_an_owner_cut_before_its_noun_is_no_speaker():
    doc = tokenize("The aide took issue with Smith's claim that the town is badly run, calling it false.")
    t = _at(doc, "Smith's")
    assert owner_in_s_before_its_noun(doc, _match(doc, "calling"), (t, t + 1))


def test_an_owner_right_before_its_cue_noun_stays():
    doc = tokenize("Smith's claims about the budget drew calls for an inquiry.")
    assert not owner_in_s_before_its_noun(doc, _match(doc, "claims"), (0, 1))


def test_an_owner_before_alleged_and_its_noun_is_no_speaker():
    doc = tokenize("Prosecutors have not tied Smith's alleged misdeeds to the campaign.")
    t = _at(doc, "alleged")
    assert owner_in_s_before_its_noun(doc, Match(_entry("alleged"), t, t + 1), (t - 1, t))


def test_an_owner_before_alleged_that_stays_for_the_rule_to_judge():
    doc = tokenize("The report's author alleged that funds were moved.")
    t = _at(doc, "alleged")
    assert not owner_in_s_before_its_noun(doc, Match(_entry("alleged"), t, t + 1), (t - 2, t))


def test_a_first_initial_before_the_span_joins_the_name():
    doc = tokenize("Northwestern's J. A. Smithers told the magazine.")
    t = _at(doc, "A")
    assert drawn_edges(doc, t, t + 3) == (t - 2, t + 3)


def test_a_span_that_opens_on_a_full_name_takes_no_initial():
    doc = tokenize("said Plan B. Anne Smithers told the magazine.")
    t = _at(doc, "Anne")
    assert drawn_edges(doc, t, t + 2) == (t, t + 2)


def test_a_time_phrase_after_the_speaker_noun_is_cut_off():
    doc = tokenize('"Only here," read a banner during a May visit by the senator.')
    first = _at(doc, "a")
    assert drawn_edges(doc, first, _at(doc, "visit") + 1) == (first, _at(doc, "during"))
    doc = tokenize("The board last week spent four hours on the budget.")
    assert drawn_edges(doc, 0, _at(doc, "spent") + 1)[1] == _at(doc, "last")


def test_a_time_that_the_phrase_names_stays():
    doc = tokenize("Polls over the last week show the senator ahead.")
    assert drawn_edges(doc, 0, _at(doc, "week") + 1) == (0, _at(doc, "week") + 1)
