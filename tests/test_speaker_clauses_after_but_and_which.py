"""Speakers of the eighteenth pass, round 2: a participle after "but" and a new subject takes that subject ("X
has none, but Y had been weighing a run, citing ..."), and "which" after a text's recipient stands for the text
("a letter to the president which stated": the letter). Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, set[str]]:
    """the highlighted speaker spans, each with the cue rules it is the source of."""
    out: dict[str, set[str]] = {}
    for e in profile(text).features["sourcing"].evidence:
        if e.role == "source":
            out.setdefault(e.text, set()).add(e.rule)
    return out


# ------------------------------------------------------------------ a participle after "but" and a new subject

def test_participle_after_but_takes_the_new_subject():
    found = _sources("The mayor has no rivals yet, but Jane Porter, a lawyer in the city, has been weighing a run, "
                     "citing the budget.")
    assert "source of 'citing'" in found.get("Jane Porter", set())
    assert "The mayor" not in found


def test_participle_after_but_takes_a_common_noun_subject():
    found = _sources("The groups asked for the list for years, but the agency refused, saying the law barred it.")
    assert "source of 'saying'" in found.get("the agency", set())
    assert "source of 'saying'" not in found.get("The groups", set())


def test_participle_after_but_with_a_plain_verb_keeps_the_subject():
    found = _sources("The ministry said the driver tried to stop but failed, adding that nobody was hurt.")
    assert "source of 'adding'" in found.get("The ministry", set())


def test_participle_after_but_and_a_pronoun_keeps_the_subject():
    found = _sources("Smith is likely to win, but he sent an alarmist email on Thursday, warning of defeat.")
    assert "source of 'warning'" in found.get("Smith", set())


# ------------------------------------------------------------------ "which" after a text's recipient

def test_which_after_recipient_is_the_text():
    found = _sources("Last year the general delivered a resignation letter to the president which stated that "
                     "he had the right to choose.")
    assert "source of 'stated'" in found.get("a resignation letter", set())
    assert "the president" not in found


def test_which_after_a_body_stays_the_body():
    found = _sources("The money went to FreedomWorks which has blasted the deal as a farce.")
    assert "source of 'blasted'" in found.get("FreedomWorks", set())


def test_participle_after_nothing_but_is_no_new_subject():
    found = _sources("The board met again. There was nothing but Smith preventing the vote, and the chair left, "
                     "saying nothing.")
    assert "Smith" not in found


# ------------------------------------------------------------------ people spread over places

def test_people_in_each_state_say():
    found = _sources("Voters in each state say the economy matters most.")
    assert "Voters" in found and "state" not in found


def test_members_in_both_chambers_say():
    found = _sources("It is tricky, but GOP members in both the House and Senate say that bills lag.")
    assert "GOP members" in found and "the House and Senate" not in found


def test_people_in_a_named_place_stay():
    assert "Officials in Seoul" in _sources("Officials in Seoul said the talks failed.")
