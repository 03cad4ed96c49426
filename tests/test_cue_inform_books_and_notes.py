"""Twentieth pass, round 2, on cues: an "inform" that gives no words (the adjective "the informed voter", a thing
shaped "helped inform the direction of the study", notice given "informed the tenant of the eviction"), a book
authored ("wrote a book about his years in office") and the editor's "emphasis added" are set aside; an
"informed ... that ...", a book's view ("wrote in his book that ...") and "he added" stay. The sentences are
written for these tests."""
from __future__ import annotations

import pytest
from conftest import acting_cue


@pytest.mark.parametrize("text, cue", [
    ("Polls of the informed electorate show a steady decline in trust.", "informed"),
    ("Any reasonably informed voter knows the deficit has grown.", "informed"),
    ("The forum drew sharp, informed questions from the students.", "informed"),
    ("The early surveys helped inform the direction of the study.", "inform"),
    ("His years as a farmer have informed his whole approach to trade.", "have informed"),
    ("The rules grew through trial and error informed by experience.", "informed"),
    ("No manager in person informed the clerk of the dismissal.", "informed"),
])
def test_inform_without_words_attributes_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The director informed Congress that new emails had been found.", "informed"),
    ("A roommate informed me that he would be moving out in May.", "informed"),
    ("She did not inform her bosses that she was leaving the firm.", "did not inform"),
    ("The agency informed the council of the fact that the permit had lapsed.", "informed"),
])
def test_inform_with_content_stays(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("He knew the rules well, writing a 1990 history book on the trial of a governor.", "writing"),
    ("She did not write a book about her years at the agency.", "write"),
    ("(emphasis added) The agency then moved the funds elsewhere.", "added"),
    ("The memo called the plan unworkable. [Emphasis added.]", "added"),
])
def test_book_authored_and_editor_note_attribute_nothing(text: str, cue: str) -> None:
    assert acting_cue(text, cue)


@pytest.mark.parametrize("text, cue", [
    ("The former governor wrote in his book that the party had lost its way.", "wrote"),
    ("She wrote a book arguing that the tax code favors the rich.", "wrote"),
    ("He wrote a book about how the agency hid its mistakes.", "wrote"),
    ("The former aide wrote a memoir of her time in the cabinet.", "wrote"),
    ("\"We will not back down,\" he added.", "added"),
])
def test_book_view_and_added_words_stay(text: str, cue: str) -> None:
    assert not acting_cue(text, cue)


def test_adverb_before_informed_verb_with_content_stays() -> None:
    assert not acting_cue("Officials promptly informed reporters that the road was closed.", "informed")
