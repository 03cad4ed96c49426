"""The Hill's inline card of a person's related stories ("Speaker Paul Ryan Paul Davis Ryan <headlines> MORE
(R-Wis.)"): found when the full name is not glued to the first headline, and when the headlines hold names
that look glued ("McConnell", "TikTok"). Sentences written for the test."""
from framing.analysis.cleaning import blank_out, find_clutter


def _cards(text: str) -> list[str]:
    return [text[c.start:c.end] for c in find_clutter(text) if c.rule == "related link"]


def test_a_card_whose_full_name_is_not_glued_is_set_aside():
    card = ("Jane Ann Doe Council delays vote on depot sale Mayor calls the plan 'shameful and wrong' "
            "Five takeaways from the rail hearing MORE")
    text = f"The plan was backed by Speaker Jane Doe {card} (D-Ohio), who called it overdue."
    assert _cards(text) == [card]
    kept = " ".join(blank_out(text, find_clutter(text)).split())
    assert kept == "The plan was backed by Speaker Jane Doe (D-Ohio), who called it overdue."


def test_a_card_whose_headlines_hold_glued_looking_names_is_set_aside():
    card = ("Jane Ann DoeSenator calls McConnell remarks 'shameful and indefensible' TikTok threatens to sue "
            "the state DeVos visits depot MORE")
    text = f"Governor Jane Doe {card}'s own guidelines leave the decision to the counties."
    assert _cards(text) == [card]


def test_a_camel_case_surname_card_starts_after_the_whole_name():
    card = "Frank Alo LoBiondoFormer aide opens a shop Rail plan stalls again MORE"
    text = f"She hopes to succeed former Rep. Frank LoBiondo {card} (R-N.J.), who retired."
    assert _cards(text) == [card]


def test_repeated_place_names_and_plain_capitals_are_no_card():
    for line in ("Voters in New Hampshire New Members of the council said MORE than 200 people came.",
                 "Sen. Jane Doe said Doe family members want MORE (and soon)."):
        assert _cards(f"The council met on Tuesday.\n\n{line}") == []
