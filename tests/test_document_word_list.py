"""The document words are one categorised word list (``lexicons/document_words.txt``) that the speaker kinds read."""
from __future__ import annotations

import pytest

from framing.analysis import lexicons
from framing.errors import FramingError


def test_each_document_word_carries_what_the_speaker_tables_make_of_it():
    words = lexicons.load_word_categories("document_words")
    assert {"memo", "lawsuit", "poll", "autopsy"} <= words["impersonal"]
    assert {"letter", "tweet", "statement"} <= words["written"] - words["impersonal"]
    assert {"studies", "reports", "data"} <= words["plural"]
    assert "remarks" in words["personal"] and "remarks" not in words["written"]  # spoken, not written
    assert {"indictment", "statement"} <= words["issued"] <= words["authored"]
    assert words["personal"] <= words["authored"]
    assert words["plural"] <= words["impersonal"] | words["written"]


def test_a_word_list_line_without_categories_is_a_clear_error():
    assert lexicons.parse_word_categories("ok", "# a list\nmemo\timpersonal issued\n") == {
        "impersonal": frozenset({"memo"}), "issued": frozenset({"memo"})}
    with pytest.raises(FramingError, match=r"broken\.txt line 2: expected 'word<TAB>category"):
        lexicons.parse_word_categories("broken", "# a list\nmemo\n")
