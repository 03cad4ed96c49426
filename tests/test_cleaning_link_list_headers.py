"""Link lists under a header with no colon ("Don't miss", "Further reading", "ICYMI . . .", "And now, the weird
stuff.") and "Don't miss: <headline>" lines are related-link clutter; a body sentence that opens with the same
words, and running prose after the list, are not. Texts written for the test (issue 13, eleventh pass: readers
judged "very ugly" and "terrifying" in such lists as page clutter)."""
from __future__ import annotations

from framing.analysis.cleaning import find_clutter


def _marked(text: str) -> list[str]:
    return [text[c.start:c.end] for c in find_clutter(text) if c.rule == "related link"]


BODY = "The council voted on Tuesday to close the depot by March, officials said."


def test_dont_miss_header_marks_the_headlines_after_it():
    text = (f"{BODY}\n\nDon't miss\n\nAnna Field: The budget hides some very ugly truths\n\n"
            f"Ben Cole: Why the depot vote matters\n\n{BODY}")
    marked = _marked(text)
    assert "Don't miss" in marked
    assert "Anna Field: The budget hides some very ugly truths" in marked
    assert "Ben Cole: Why the depot vote matters" in marked
    assert BODY not in marked


def test_a_long_list_after_icymi_is_marked_until_prose():
    links = [f"The {n} most amazing (and terrifying) places to park a bike" for n in range(3, 13)]
    text = BODY + "\n\nICYMI . . .\n\n" + "\n\n".join(links) + "\n\n" + BODY
    marked = _marked(text)
    assert all(link in marked for link in links)
    assert BODY not in marked


def test_inline_dont_miss_and_further_reading():
    assert _marked("Don’t miss: Banks unload flooded homes at taxpayer expense") \
        == ["Don’t miss: Banks unload flooded homes at taxpayer expense"]
    text = f"{BODY}\n\nFurther reading:\n\n-- A guide to the state's water fights\n\n{BODY}"
    assert "-- A guide to the state's water fights" in _marked(text)


def test_body_sentences_with_the_same_words_stay():
    text = ("Don't miss the chance to vote on Tuesday, the mayor told residents at the depot.\n\n"
            "Further reading of the report shows the depot lost money for a decade.")
    assert _marked(text) == []


def test_bulleted_links_after_more_headlines_are_marked_until_prose():
    prose = ("The county reported 40 new cases on Monday, and the health officer said testing would expand to "
             "two more clinics next week.")
    text = (f"Refresh for the latest news. More headlines:\n\n• Depot vote: What the closure means for drivers\n\n"
            f"• 'It's chaos': Bus drivers describe the first week.\n\nWhy did the council vote?\n\n"
            f"• Need a pass? 5 ways to ride for less.\n\n{prose}\n\n• A bullet of the writer's own list.")
    marked = _marked(text)
    assert "• 'It's chaos': Bus drivers describe the first week." in marked
    assert "• Need a pass? 5 ways to ride for less." in marked
    assert prose not in marked
    assert "• A bullet of the writer's own list." not in marked
    assert _marked("• A bullet of the writer's own list.\n\n• Another point, not a link.") == []
