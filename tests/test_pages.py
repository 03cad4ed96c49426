"""Files as they come from the wild: YAML front matter, positions back to the file.
"""
from __future__ import annotations

import datetime
import io
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.errors import InputError
from framing.ingest import line_and_column, load_article, load_articles
from framing.types import Article, Profile


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def input_error(path: Path, *fragments: str, where: str | None = None) -> InputError:
    """load_articles(path) raises one InputError of one line that starts with ``where`` (the path, or
    the path and a line) and holds every fragment."""
    with pytest.raises(InputError) as info:
        load_articles(path)
    message = str(info.value)
    assert message.startswith(f"{where or path}: "), message
    assert "\n" not in message and "\r" not in message
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in {message!r}"
    return info.value


# --------------------------------------------------------------------------- YAML front matter

FRONT = """---
title: "Council approves: the barrier"
source: The Harbour Courier
url: https://www.harbourcourier.example/news/flood-barrier
date: 2024-03-14
author: Maria Okonkwo
id: harbour-0042
story: flood-barrier
tags: [flooding, council]
layout: post
---

# A heading in the body

The council voted on Wednesday.
"""


class TestFrontMatter:
    def test_front_matter_fills_the_fields_and_the_text_follows_it(self, tmp_path):
        a = load_article(write(tmp_path, "post.md", FRONT))
        assert a == Article(id="harbour-0042", title="Council approves: the barrier",
                            text="# A heading in the body\n\nThe council voted on Wednesday.",
                            source="The Harbour Courier", url="https://www.harbourcourier.example/news/flood-barrier",
                            date="2024-03-14", path=str(tmp_path / "post.md"), story="flood-barrier",
                            author="Maria Okonkwo", text_line=13)

    def test_without_a_title_key_the_first_line_after_it_is_the_title(self, tmp_path):
        a = load_article(write(tmp_path, "t.md", "---\nauthor: A. Writer\n---\n\n## The headline\n\nBody.\n"))
        assert (a.title, a.text, a.author, a.id, a.text_line) == ("The headline", "Body.", "A. Writer", "t", 7)

    def test_a_txt_file_with_front_matter_no_longer_gets_the_title_dashes(self, tmp_path):
        a = load_article(write(tmp_path, "t.txt", "---\nsource: Wire\n---\nHeadline\nBody line.\n"))
        assert (a.title, a.text, a.source) == ("Headline", "Body line.", "Wire")

    def test_a_date_with_a_time_is_kept_as_its_day_and_a_string_date_as_written(self, tmp_path):
        a = load_article(write(tmp_path, "a.md", "---\ndate: 2024-03-14 21:40:00\n---\nT\nB\n"))
        b = load_article(write(tmp_path, "b.md", "---\ndate: March 14, 2024\n---\nT\nB\n"))
        assert (a.date, b.date) == ("2024-03-14", "March 14, 2024")

    def test_empty_and_null_values_and_unknown_keys_are_as_if_absent(self, tmp_path):
        a = load_article(write(tmp_path, "n.md", "---\nauthor:\nsource: null\nid: ''\nweird: {a: 1}\n"
                                                 "# only a comment\n---\nT\nB\n"))
        assert (a.author, a.source, a.id, a.title) == (None, None, "n", "T")

    def test_empty_front_matter_and_dots_as_the_closing_line(self, tmp_path):
        a = load_article(write(tmp_path, "e.md", "---\n---\nT\nB\n"))
        b = load_article(write(tmp_path, "d.md", "---\ntitle: Dotted\n...\nB\n"))
        assert (a.title, a.text, b.title, b.text) == ("T", "B", "Dotted", "B")

    @pytest.mark.parametrize("yaml_text, line, fragment", [
        ("title: [unclosed\n", 2, "invalid YAML"),
        ("title: x\n  bad: indent\n", 3, "invalid YAML"),
        ("title: 'x'\nsource: \"a\n", 3, "invalid YAML"),
        ("- a list\n- not a mapping\n", 2, "must be a mapping"),
        ("just a string\n", 2, "must be a mapping"),
        ("title: x\nid: 0042\n", 3, "'id' must be a string, not a number"),
        ("title: yes\n", 2, "'title' must be a string, not a boolean"),
        ("source: S\nauthor: [A, B]\n", 3, "'author' must be a string, not a list"),
        ("url: {a: 1}\n", 2, "'url' must be a string, not a mapping"),
        ("date: 2024\n", 2, "'date' must be a string, not a number"),
        ('source: x\ntitle: "a\\0b"\n', 3, "contains NUL characters"),
        ('title: "\\ud83d"\n', 2, "lone surrogate"),
    ])
    def test_bad_front_matter_is_one_line_naming_the_file_and_the_line(self, tmp_path, yaml_text, line, fragment):
        path = write(tmp_path, "bad.md", f"---\n{yaml_text}---\nTitle\nBody.\n")
        input_error(path, fragment, where=f"{path} line {line}")

    def test_a_date_that_does_not_exist_is_an_error_naming_the_file(self, tmp_path):
        path = write(tmp_path, "d.md", "---\ndate: 2024-13-45\n---\nT\nB\n")
        input_error(path, "invalid YAML")

    def test_front_matter_never_closed_is_an_error_at_line_1(self, tmp_path):
        path = write(tmp_path, "open.md", "---\ntitle: T\nBody without the closing line.\n")
        input_error(path, "no line '---' closes it", where=f"{path} line 1")

    def test_front_matter_and_nothing_after_it_is_an_error(self, tmp_path):
        input_error(write(tmp_path, "a.md", "---\nauthor: X Y\n---\n\n  \n"), "no text after its front matter")
        input_error(write(tmp_path, "b.md", "---\ntitle: T\n---\n\n"), "no body text after its front matter")

    def test_yaml_tags_that_build_objects_are_refused(self, tmp_path):
        path = write(tmp_path, "evil.md", "---\ntitle: !!python/object/apply:os.system ['true']\n---\nT\nB\n")
        input_error(path, "invalid YAML", where=f"{path} line 2")


# --------------------------------------------------------------------------- positions back to the file

class TestLineAndColumn:
    def test_front_matter_blank_lines_and_crlf_map_to_the_file(self, tmp_path):
        raw = ("---\r\ntitle: The title\r\nauthor: Someone Else\r\n---\r\n\r\n\r\n"
               "First line of the body.\r\n\r\n  Second paragraph with WORD in it.\r\n")
        path = write(tmp_path, "crlf.md", raw)
        a = load_article(path)
        assert a.text_line == 7
        offset = a.text.index("WORD")
        line, column = line_and_column(a, offset)
        assert (line, column) == (9, 25)
        assert raw.split("\r\n")[line - 1][column - 1:].startswith("WORD")
        assert line_and_column(a, 0) == (7, 1)
        assert line_and_column(a, len(a.text)) == (9, len("  Second paragraph with WORD in it.") + 1)

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
           front=st.booleans(), markdown=st.booleans())
    def test_every_character_of_the_text_is_at_its_line_and_column_in_the_file(self, lines, endings, front,
                                                                               markdown):
        head = ["---", "source: S", "---"] if front else []
        all_lines = head + ["Title"] + lines + ["last"]
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


def test_stdin_text_has_a_text_line_too():
    [a] = load_articles("-", stdin=io.BytesIO(b"---\ntitle: From stdin\n---\nBody.\n"))
    assert (a.title, a.text, a.text_line) == ("From stdin", "Body.", 4)


def test_a_date_object_never_leaks_into_the_article(tmp_path):
    a = load_article(write(tmp_path, "d.md", "---\ndate: 2020-02-29\n---\nT\nB\n"))
    assert isinstance(a.date, str) and datetime.date.fromisoformat(a.date) == datetime.date(2020, 2, 29)
