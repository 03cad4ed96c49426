"""An alarm word inside someone else's title (a book's, a film's, a headline quoted in title case) is a
mention, not alarm raised by the writer; a quoted sentence of someone's words that opens with a capital stays.

Written for the test (issue 13, fifteenth pass: a quoted headline of another site, "... Nightmare: Nuclear War,
Climate Change ...", read wrong by the independent readers 8 times in 11). The function is called on a match
of the alarm lexicon directly, so that the other rules of :mod:`.alarmist` do not decide the outcome.
"""
from __future__ import annotations

import pytest

from framing.analysis.features.alarm_titles import in_a_title
from framing.analysis.lexicons import scan
from framing.analysis.text import tokenize


def _in_title(text: str, word: str) -> bool:
    doc = tokenize(text, "text")
    for match in scan(doc, ("alarmist",))["alarmist"]:
        if doc.norms[match.first] == word:
            return in_a_title(doc, match)
    raise AssertionError(f"{word!r} is no alarm match in {text!r}")


@pytest.mark.parametrize("text, word", [
    ("Here is one of the site's top headlines today: “The Coming Storm: Nuclear War, Famine and the End of "
     "Trade.” Another site calls itself neutral.", "nuclear"),
    ("An expert who wrote “Nuclear Showdown, North Korea Takes On The World,” spoke to the network.", "nuclear"),
    ("She reviewed the novel Nuclear War for the weekend edition.", "nuclear"),
])
def test_alarm_inside_a_title_is_a_mention(text, word):
    assert _in_title(text, word)


@pytest.mark.parametrize("text, word", [
    ("“Nuclear war is closer than ever,” the minister told reporters.", "nuclear"),
    ("The minister warned: “We are heading for Nuclear War if the talks fail.”", "nuclear"),
    ("“The Regime Wants War, and it Wants Nuclear War now,” he shouted at the rally.", "nuclear"),
    ("Experts now warn of nuclear war on the peninsula.", "nuclear"),
])
def test_alarm_in_a_quoted_sentence_or_running_text_stays(text, word):
    assert not _in_title(text, word)
