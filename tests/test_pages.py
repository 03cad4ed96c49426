"""Files as they come from the wild: positions in an article's text back to its file.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.ingest import line_and_column, load_article
from framing.types import Article, Profile


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


# --------------------------------------------------------------------------- positions back to the file

class TestLineAndColumn:
    def test_blank_lines_and_crlf_map_to_the_file(self, tmp_path):
        raw = "\r\n\r\nThe title\r\n\r\n\r\nFirst line of the body.\r\n\r\n  Second paragraph with WORD in it.\r\n"
        a = load_article(write(tmp_path, "crlf.txt", raw))
        assert a.text_line == 6
        line, column = line_and_column(a, a.text.index("WORD"))
        assert (line, column) == (8, 25)
        assert raw.split("\r\n")[line - 1][column - 1:].startswith("WORD")
        assert line_and_column(a, 0) == (6, 1)
        assert line_and_column(a, len(a.text)) == (8, len("  Second paragraph with WORD in it.") + 1)

    def test_the_title_line_and_leading_blank_lines_are_counted(self, tmp_path):
        a = load_article(write(tmp_path, "t.txt", "\n\n  Title  \n\n\nBody starts here.\nSecond line.\n"))
        assert a.text_line == 6
        assert line_and_column(a, a.text.index("Second")) == (7, 1)

    def test_articles_whose_text_is_not_the_files_lines_have_no_position(self, tmp_path):
        page = load_article(write(tmp_path, "p.html", "<h1>T</h1><p>Body.</p>"))
        record = load_article(write(tmp_path, "r.json", '{"title": "T", "text": "Body."}'))
        assert page.text_line is None and record.text_line is None
        assert line_and_column(page, 0) is None and line_and_column(record, 3) is None

    @pytest.mark.parametrize("offset", [-1, 11, 2.0, True])
    def test_an_offset_outside_the_text_is_a_value_error(self, offset):
        with pytest.raises(ValueError):
            line_and_column(Article(id="x", title="T", text="0123456789", text_line=2), offset)

    @settings(max_examples=200, deadline=None)
    @given(lines=st.lists(st.text(st.sampled_from("ab \té“"), max_size=6), min_size=1, max_size=12),
           endings=st.lists(st.sampled_from(["\n", "\r\n", "\r"]), min_size=12, max_size=12),
           markdown=st.booleans())
    def test_every_character_of_the_text_is_at_its_line_and_column_in_the_file(self, lines, endings, markdown):
        all_lines = ["Title"] + lines + ["last"]
        raw = "".join(line + endings[i % len(endings)] for i, line in enumerate(all_lines))
        with tempfile.TemporaryDirectory() as folder:
            a = load_article(write(Path(folder), "f.md" if markdown else "f.txt", raw))
        file_lines = raw.splitlines()
        for offset, char in enumerate(a.text):
            if char != "\n":
                line, column = line_and_column(a, offset)
                assert file_lines[line - 1][column - 1] == char


# --------------------------------------------------------------------------- the author in the output

def test_the_author_is_written_to_json_only_when_known_and_read_back():
    plain = Profile(Article(id="a", title="T", text="B"), {})
    known = Profile(Article(id="a", title="T", text="B", author="Maria Okonkwo"), {})
    assert "author" not in plain.to_dict()
    assert known.to_dict()["author"] == "Maria Okonkwo"
    assert Profile.from_dict(known.to_dict()).article.author == "Maria Okonkwo"
    assert "author" not in known.to_row()  # the table columns stay as they are
