"""Speaker kinds of session 40 (final draws 7171-7272 of the nineteenth pass): a description set off before a
titled name ("your colleague, Sen. Jo Reyes (D-CT), said"; "The chairwoman of the committee, Rep. Ada Quill
of Ohio, said") is the named person; a former or current office holder's phrase cut at the body ("according to
former White House counterterrorism czar Ben Dorn") is the person, or unnamed people where a plural role ends
it. Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _sources(text: str) -> dict[str, str]:
    """highlighted speaker span -> its label."""
    return {e.text: e.label for e in profile(text).features["sourcing"].evidence if e.role == "source"}


def _labels(text: str) -> list[str]:
    return list(_sources(text).values())


# ------------------------------------------------------------------ a titled name in apposition

def test_a_colleague_named_with_a_party_tag_is_the_person():
    assert _sources("Earlier, something your colleague, Sen. Jo Reyes (D-CT), said to me was true.") \
        .get("your colleague") == "named person"


def test_a_chair_of_a_body_named_in_apposition_is_the_person():
    assert "named person" in _labels("The chairwoman of the Ruritan Party Committee, Rep. Ada Quill of Ohio, "
                                     "said in an email that the plan failed.")


def test_a_party_member_on_a_panel_with_an_unparenthesised_tag_is_the_person():
    assert "named person" in _labels("The top Democrat on the panel, Sen. Ada Quill D-Calif., said in her "
                                     "statement that the plan failed.")


def test_a_spokesman_of_a_named_leader_stays_unnamed():
    assert _sources("A spokesman for Senate Leader Ben Dorn, Kentucky Republican, said he does not answer.") \
        .get("A spokesman for Senate Leader Ben Dorn") == "anonymous or vague"


def test_members_with_one_of_them_named_stay_unnamed():
    assert "named person" not in _labels("Members of the House Budget Committee, including Rep. Ben Dorn, said "
                                         "the plan failed.")


def test_a_body_with_its_leader_named_stays_a_body():
    assert _sources("The Quill Foundation, a think tank led by Ben Dorn, said the plan failed.") \
        .get("The Quill Foundation") == "named organization"


# ------------------------------------------------------------------ former and current office holders

def test_a_former_office_holder_cut_at_the_body_is_the_person():
    labels = _sources("Why worry? According to former White House counterterrorism czar (and current CIA "
                      "director) Paul Dorn, the threat is small.")
    assert "named organization" not in labels.values() and "named person" in labels.values()


def test_a_former_host_cut_at_the_outlet_is_the_person():
    labels = _sources("The speech might change, said former Fox News host Maria Quill, who left the network.")
    assert "news outlet" not in labels.values() and "named person" in labels.values()


def test_current_and_former_officials_cut_at_the_body_are_unnamed():
    labels = _sources("The arrests are likely legal, according to current and former federal law enforcement "
                      "officials interviewed by reporters.")
    assert "named organization" not in labels.values() and "anonymous or vague" in labels.values()


def test_former_officials_of_a_body_stay_unnamed_and_a_body_stays_a_body():
    assert _sources("According to former White House officials, the plan failed.") \
        .get("former White House officials") == "anonymous or vague"
    assert _sources("The White House said the plan failed.").get("The White House") == "named organization"
