"""A he/she right after an opening clause whose subject is "the" + a title ("As the president recounted his
story, he also mentioned ...") stands for that titled subject, not a person named in passing before.
Sentences written for the test."""
from __future__ import annotations

from conftest import profile


def _labels(text: str) -> dict[str, str]:
    """each highlighted speaker span with its label."""
    return {e.text: e.label or "" for e in profile(text).features["sourcing"].evidence if e.role == "source"}


def test_pronoun_after_titled_opening_clause_is_the_titled_subject():
    found = _labels("The guests included Army veteran Tom Ridley. As the president recounted his story, he also "
                    "mentioned that Tuesday was Mr. Ridley's birthday.")
    assert "he = president" in found.get("he", "")


def test_pronoun_after_opening_clause_with_a_title_of_something_is_read_as_before():
    found = _labels("Senator Jane Roe spoke first. When the president of the club spoke, she said the plan was bad.")
    assert "she = Jane Roe" in found.get("she", "")


def test_pronoun_after_named_opening_subject_stays():
    found = _labels("The guests included Tom Ridley. When Kennedy announced his challenge, he called for reform.")
    assert "he = Kennedy" in found.get("he", "")
