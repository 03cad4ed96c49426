"""A speaking he/she is not a person the sentence shows of the other gender ("Le Pen said she wanted ...") nor a
person named inside a clause reported after the sentence's subject ("I asked Rep. Ann Cole's aide ... that
Biden"). Every sentence is written for the test."""
from __future__ import annotations

from conftest import profile


def _labels(text: str, words: tuple[str, ...]) -> list[str]:
    ev = profile(text).features["sourcing"].evidence
    return [e.label for e in ev if e.role == "source" and e.text.lower() in words]


def test_a_name_followed_by_said_she_is_no_he():
    text = ("President Paul Varga said the union must act. When, in their debate, Dupont said she wanted a strong "
            "state, Varga did not defend open markets. Instead, he said that his goal was a stronger union.")
    labels = _labels(text, ("he",))
    assert labels and "Varga" in labels[-1], labels


def test_a_name_followed_by_said_he_stays_the_antecedent():
    text = ("Senator Tom Reyes spoke on Monday. Reyes said he wanted a vote before the recess. "
            "\"We cannot wait,\" he added.")
    labels = _labels(text, ("he",))
    assert labels and "Reyes" in labels[-1], labels


def test_a_cited_name_inside_a_reported_clause_gives_way_to_the_subject():
    text = ("Joe Biden said he was ready. I asked Rep. Tim Ruiz, who had been quoted saying that Biden was "
            "slowing, whether he meant the polls. Pressed further by another reporter, he would only say "
            "\"there is a lack of clarity\" in the campaign.")
    labels = _labels(text, ("he",))
    assert labels and "Ruiz" in labels[-1], labels


def test_a_cited_subject_still_wins_over_a_new_name_not_reported():
    text = ("Ann Klein said the plan was late. Later Klein met Rep. Tom Ruiz at the hearing. "
            "\"It is worse than we thought,\" she said.")
    labels = _labels(text, ("she",))
    assert labels and "Klein" in labels[-1], labels
