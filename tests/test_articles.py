"""Loading articles: formats, encodings, stdin and every input error.

Files are written into pytest's ``tmp_path``; every error must be an
:class:`InputError` whose one-line message names the file.
"""
from __future__ import annotations

import codecs
import io
import json
from pathlib import Path

import pytest

from framing.ingest.files import decode_bytes, load_article, load_articles
from framing.errors import FramingError, InputError
from framing.types import Article


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, str):
        path.write_bytes(content.encode("utf-8"))
    else:
        path.write_bytes(content)
    return path


def assert_input_error(path: Path | str, *fragments: str) -> InputError:
    """load_articles(path) raises InputError naming the path, in one line, containing fragments."""
    with pytest.raises(InputError) as info:
        load_articles(path)
    message = str(info.value)
    assert str(path) in message
    assert message.startswith(f"{path}")
    assert "\n" not in message and "\r" not in message
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in {message!r}"
    return info.value


# --------------------------------------------------------------------------- plain text and markdown

class TestPlainText:
    def test_txt_first_line_is_title_rest_is_body(self, tmp_path):
        p = write(tmp_path, "story.txt", "The headline\nFirst paragraph.\n\nSecond paragraph.\n")
        [a] = load_articles(p)
        assert a == Article(id="story", title="The headline",
                            text="First paragraph.\n\nSecond paragraph.", path=str(p), text_line=2)

    def test_load_article_returns_the_single_article(self, tmp_path):
        p = write(tmp_path, "one.txt", "Title\nBody text here.")
        a = load_article(p)
        assert (a.id, a.title, a.text) == ("one", "Title", "Body text here.")

    def test_load_article_accepts_str_path(self, tmp_path):
        p = write(tmp_path, "one.txt", "Title\nBody text here.")
        assert load_article(str(p)) == load_article(p)

    def test_leading_blank_lines_are_skipped(self, tmp_path):
        p = write(tmp_path, "lead.txt", "\n\n   \n\t\n  Real title  \n\nBody line one.\nBody line two.\n\n")
        [a] = load_articles(p)
        assert a.title == "Real title"
        assert a.text == "Body line one.\nBody line two."

    def test_blank_lines_between_title_and_body_are_not_in_body(self, tmp_path):
        p = write(tmp_path, "gap.txt", "Title\n\n\n\nBody.")
        assert load_article(p).text == "Body."

    def test_crlf_line_endings_are_normalized(self, tmp_path):
        lf = write(tmp_path, "lf.txt", "Title here\nPara one.\n\nPara two.\nLine three.\n")
        crlf = write(tmp_path, "crlf.txt", "Title here\r\nPara one.\r\n\r\nPara two.\r\nLine three.\r\n")
        a, b = load_article(lf), load_article(crlf)
        assert "\r" not in b.title and "\r" not in b.text
        assert (b.title, b.text) == (a.title, a.text)
        assert b.text == "Para one.\n\nPara two.\nLine three."

    def test_old_mac_cr_line_endings_are_normalized(self, tmp_path):
        p = write(tmp_path, "cr.txt", "Title\rBody one.\r\rBody two.")
        a = load_article(p)
        assert (a.title, a.text) == ("Title", "Body one.\n\nBody two.")

    def test_id_is_file_stem(self, tmp_path):
        p = write(tmp_path, "my.article.v2.txt", "Title\nBody.")
        assert load_article(p).id == "my.article.v2"

    def test_file_without_suffix_is_plain_text(self, tmp_path):
        p = write(tmp_path, "README", "Title\nBody.")
        a = load_article(p)
        assert (a.id, a.title, a.text) == ("README", "Title", "Body.")

    def test_uppercase_suffix(self, tmp_path):
        p = write(tmp_path, "LOUD.TXT", "Title\nBody.")
        assert load_article(p).title == "Title"

    def test_txt_keeps_hash_in_title(self, tmp_path):
        p = write(tmp_path, "hash.txt", "# Not markdown\nBody.")
        assert load_article(p).title == "# Not markdown"

    def test_markdown_heading_marker_stripped(self, tmp_path):
        p = write(tmp_path, "post.md", "# The Heading\n\nSome *body* text.\n")
        a = load_article(p)
        assert (a.id, a.title, a.text) == ("post", "The Heading", "Some *body* text.")

    def test_markdown_level_two_heading_and_crlf(self, tmp_path):
        p = write(tmp_path, "post.markdown", "\r\n## Second level  \r\n\r\nBody line\r\nline 2\r\n")
        a = load_article(p)
        assert (a.title, a.text) == ("Second level", "Body line\nline 2")

    def test_markdown_without_heading_marker(self, tmp_path):
        p = write(tmp_path, "plain.md", "Plain title\nBody.")
        assert load_article(p).title == "Plain title"

    def test_optional_metadata_is_none_for_text(self, tmp_path):
        a = load_article(write(tmp_path, "t.txt", "Title\nBody."))
        assert (a.source, a.url, a.date) == (None, None, None)


# --------------------------------------------------------------------------- JSON, JSON Lines, CSV

class TestRecords:
    def test_json_object(self, tmp_path):
        p = write(tmp_path, "obj.json", json.dumps({"title": "  A title ", "text": "The body."}))
        [a] = load_articles(p)
        assert a == Article(id="obj", title="A title", text="The body.", path=str(p))

    def test_json_object_optional_fields_carried_over(self, tmp_path):
        rec = {"title": "T", "text": "Body.", "id": "custom-id", "source": "Reuters",
               "url": "https://example.org/a", "date": "2020-01-02"}
        [a] = load_articles(write(tmp_path, "meta.json", json.dumps(rec)))
        assert (a.id, a.source, a.url, a.date) == ("custom-id", "Reuters", "https://example.org/a", "2020-01-02")

    def test_json_numeric_id_becomes_string(self, tmp_path):
        [a] = load_articles(write(tmp_path, "n.json", json.dumps({"title": "T", "text": "B", "id": 42})))
        assert a.id == "42"

    def test_json_blank_optional_field_is_none(self, tmp_path):
        rec = {"title": "T", "text": "B", "id": "  ", "source": ""}
        [a] = load_articles(write(tmp_path, "blank.json", json.dumps(rec)))
        assert (a.id, a.source) == ("blank", None)

    def test_json_null_title_becomes_empty(self, tmp_path):
        [a] = load_articles(write(tmp_path, "nt.json", json.dumps({"title": None, "text": "Body."})))
        assert (a.title, a.text) == ("", "Body.")

    def test_json_list_ids_numbered_from_one_unless_given(self, tmp_path):
        recs = [{"title": "A", "text": "Body A."},
                {"title": "B", "text": "Body B.", "id": "own", "source": "BBC"},
                {"title": "C", "text": "Body C."}]
        p = write(tmp_path, "batch.json", json.dumps(recs))
        arts = load_articles(p)
        assert [a.id for a in arts] == ["batch-1", "own", "batch-3"]
        assert [a.title for a in arts] == ["A", "B", "C"]
        assert [a.text for a in arts] == ["Body A.", "Body B.", "Body C."]
        assert [a.source for a in arts] == [None, "BBC", None]
        assert all(a.path == str(p) for a in arts)

    def test_json_list_of_one_uses_stem(self, tmp_path):
        arts = load_articles(write(tmp_path, "single.json", json.dumps([{"title": "A", "text": "B"}])))
        assert [a.id for a in arts] == ["single"]

    def test_json_text_keeps_inner_newlines(self, tmp_path):
        [a] = load_articles(write(tmp_path, "nl.json", json.dumps({"title": "T", "text": "P1.\n\nP2."})))
        assert a.text == "P1.\n\nP2."

    def test_load_article_rejects_file_with_two_articles(self, tmp_path):
        p = write(tmp_path, "two.json", json.dumps([{"title": "A", "text": "a"}, {"title": "B", "text": "b"}]))
        with pytest.raises(InputError) as info:
            load_article(p)
        assert str(p) in str(info.value)
        assert "holds 2 articles" in str(info.value)

    def test_jsonl(self, tmp_path):
        lines = [json.dumps({"title": "A", "text": "Body A."}), "",
                 json.dumps({"title": "B", "text": "Body B.", "id": "b", "date": "2021"}),
                 json.dumps({"title": "C", "text": "Body C."})]
        p = write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
        arts = load_articles(p)
        assert [(a.id, a.title, a.text, a.date) for a in arts] == [
            ("feed-1", "A", "Body A.", None), ("b", "B", "Body B.", "2021"), ("feed-3", "C", "Body C.", None)]

    def test_ndjson_with_crlf(self, tmp_path):
        p = write(tmp_path, "feed.ndjson", '{"title":"A","text":"a"}\r\n{"title":"B","text":"b"}\r\n')
        assert [a.id for a in load_articles(p)] == ["feed-1", "feed-2"]

    def test_csv(self, tmp_path):
        p = write(tmp_path, "table.csv", "title,text\nFirst,Body one.\nSecond,Body two.\n")
        arts = load_articles(p)
        assert [(a.id, a.title, a.text) for a in arts] == [
            ("table-1", "First", "Body one."), ("table-2", "Second", "Body two.")]
        assert all(a.path == str(p) for a in arts)

    def test_csv_quoted_field_with_comma_and_newline_and_optional_columns(self, tmp_path):
        content = ('id,title,text,source,url,date\n'
                   ',"Hello, world","First line, with comma\nsecond ""quoted"" line",AP,http://x.example,2019-05-01\n'
                   'given,Plain,Body,,,\n')
        arts = load_articles(write(tmp_path, "rich.csv", content))
        assert len(arts) == 2
        a, b = arts
        assert a.id == "rich-1"
        assert a.title == "Hello, world"
        assert a.text == 'First line, with comma\nsecond "quoted" line'
        assert (a.source, a.url, a.date) == ("AP", "http://x.example", "2019-05-01")
        assert (b.id, b.title, b.text, b.source, b.url, b.date) == ("given", "Plain", "Body", None, None, None)

    def test_csv_single_row_uses_stem(self, tmp_path):
        arts = load_articles(write(tmp_path, "one.csv", "text,title\nBody.,Title\n"))
        assert [(a.id, a.title, a.text) for a in arts] == [("one", "Title", "Body.")]


# --------------------------------------------------------------------------- HTML

class TestHTML:
    def test_h1_title_paragraph_body_no_script_or_style(self, tmp_path):
        html = ("<!DOCTYPE html><html><head><title>Page title | Site</title>"
                "<style>p { color: red }</style><script>var head = 1;</script></head>"
                "<body><h1>The  real\n headline</h1>"
                "<p>First paragraph &amp; more.</p>"
                "<script>alert('inline script')</script><style>.x{}</style>"
                "<p>Second\n   paragraph.</p></body></html>")
        [a] = load_articles(write(tmp_path, "page.html", html))
        assert a.id == "page"
        assert a.title == "The real headline"
        assert a.text == "First paragraph & more.\n\nSecond paragraph."
        for junk in ("alert", "color", "var head", ".x", "Page title"):
            assert junk not in a.text

    def test_title_tag_used_when_no_h1(self, tmp_path):
        html = ("<html><head><title> Only  the title </title></head>"
                "<body><p>Para one.</p><div>Para two.</div></body></html>")
        [a] = load_articles(write(tmp_path, "t.htm", html))
        assert (a.id, a.title, a.text) == ("t", "Only the title", "Para one.\n\nPara two.")

    def test_first_paragraph_is_title_without_title_or_h1(self, tmp_path):
        [a] = load_articles(write(tmp_path, "bare.html", "<p>Lead line.</p><p>Body.</p>"))
        assert (a.title, a.text) == ("Lead line.", "Body.")

    def test_html_without_text_is_error(self, tmp_path):
        p = write(tmp_path, "empty.html", "<html><head><title>T</title></head><body><script>x()</script></body></html>")
        assert_input_error(p, "no body text")


# --------------------------------------------------------------------------- encodings

PLAIN = "Café headline — “quoted”\nBody with ünïcödé text.\n"


class TestEncodings:
    @pytest.mark.parametrize("encoded", [
        codecs.BOM_UTF8 + PLAIN.encode("utf-8"),
        codecs.BOM_UTF16_LE + PLAIN.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + PLAIN.encode("utf-16-be"),
    ], ids=["utf8-bom", "utf16-le", "utf16-be"])
    def test_bom_encodings_equal_plain_utf8(self, tmp_path, encoded):
        plain = load_article(write(tmp_path, "x.txt", PLAIN.encode("utf-8")))
        other_dir = tmp_path / "other"
        other_dir.mkdir()
        other = load_article(write(other_dir, "x.txt", encoded))
        assert plain.title == "Café headline — “quoted”"
        assert (other.id, other.title, other.text) == (plain.id, plain.title, plain.text)
        assert "\ufeff" not in other.title

    @pytest.mark.parametrize("encoded", [
        codecs.BOM_UTF8 + PLAIN.encode("utf-8"),
        codecs.BOM_UTF16_LE + PLAIN.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + PLAIN.encode("utf-16-be"),
    ], ids=["utf8-bom", "utf16-le", "utf16-be"])
    def test_decode_bytes_strips_bom(self, encoded):
        assert decode_bytes(encoded, "x") == PLAIN

    def test_bom_csv_header_is_recognised(self, tmp_path):
        p = write(tmp_path, "bom.csv", codecs.BOM_UTF8 + b"title,text\nT,Body\n")
        assert [(a.title, a.text) for a in load_articles(p)] == [("T", "Body")]

    def test_latin1_is_rejected_not_replaced(self, tmp_path):
        p = write(tmp_path, "latin.txt", b"Caf\xe9 news\nbody text")
        err = assert_input_error(p, "not UTF-8 text")
        assert err.where == str(p)
        assert "offset 3" in str(err)

    def test_decode_bytes_latin1_message(self):
        with pytest.raises(InputError) as info:
            decode_bytes(b"Caf\xe9 news\nbody text", "some/where.txt")
        assert str(info.value).startswith("some/where.txt: not UTF-8 text")

    def test_nul_bytes_are_binary(self, tmp_path):
        p = write(tmp_path, "bin.txt", b"Title\x00\x00\nbody\x00")
        assert_input_error(p, "NUL", "binary")

    def test_utf16_without_bom_is_rejected(self, tmp_path):
        p = write(tmp_path, "nobom.txt", "Title\nBody".encode("utf-16-le"))
        assert_input_error(p)

    def test_truncated_utf16_is_rejected(self, tmp_path):
        p = write(tmp_path, "odd.txt", codecs.BOM_UTF16_LE + "Title\nBody".encode("utf-16-le") + b"x")
        assert_input_error(p, "not UTF-16 text")

    def test_errors_are_framing_errors(self, tmp_path):
        with pytest.raises(FramingError):
            load_articles(tmp_path / "nope.txt")


# --------------------------------------------------------------------------- input errors

BAD_CASES: dict[str, tuple[str, str | bytes | None, tuple[str, ...]]] = {
    # case: (file name, content (None = do not create, "DIR" = folder), message fragments)
    "missing": ("missing.txt", None, ("no such file",)),
    "folder": ("folder.txt", "DIR", ("folder",)),
    "empty": ("empty.txt", b"", ("empty",)),
    "whitespace": ("blank.txt", " \n\t\r\n  \n", ("empty",)),
    "title-no-body": ("title.txt", "Just a title\n\n  \n", ("no body",)),
    "json-no-text": ("notext.json", '{"title": "T"}', ("'text'",)),
    "json-no-title": ("notitle.json", '{"text": "Body."}', ("'title'",)),
    "json-invalid": ("bad.json", '{"title": "T", "text": ', ("invalid JSON",)),
    "json-empty-list": ("empty.json", "[]", ("empty",)),
    "json-scalar": ("scalar.json", '"just a string"', ("object",)),
    "json-list-of-strings": ("strs.json", '["a", "b"]', ("object",)),
    "json-text-not-string": ("num.json", '{"title": "T", "text": 5}', ("'text'", "string")),
    "jsonl-bad-line": ("bad.jsonl", '{"title":"A","text":"a"}\n\n{"title": oops}\n', ("line 3", "invalid JSON")),
    "jsonl-blank": ("blank.jsonl", "\n\n", ("empty",)),
    "csv-no-text": ("notext.csv", "title,body,author\nT,B,A\n", ("'text'", "'title', 'body', 'author'")),
    "csv-header-only": ("header.csv", "title,text\n", ("no rows",)),
    "pdf": ("paper.pdf", b"%PDF-1.4 whatever", ("unsupported", ".pdf")),
    "empty-text": ("emptytext.json", '{"title": "T", "text": "   \\n\\t "}', ("'text'", "empty")),
    "csv-empty-text": ("emptytext.csv", 'title,text\nT,"  "\n', ("'text'", "empty")),
    "latin1": ("latin1.txt", b"Caf\xe9 news\nbody text", ("not UTF-8 text",)),
    "binary": ("binary.txt", b"\x00\x01\x02\x00binary\x00", ("binary",)),
}


def make_bad(tmp_path: Path, case: str) -> tuple[Path, tuple[str, ...]]:
    name, content, fragments = BAD_CASES[case]
    path = tmp_path / name
    if content == "DIR":
        path.mkdir()
    elif content is not None:
        write(tmp_path, name, content)
    return path, fragments


@pytest.mark.parametrize("case", list(BAD_CASES))
def test_bad_input_raises_one_line_input_error(tmp_path, case):
    path, fragments = make_bad(tmp_path, case)
    assert_input_error(path, *fragments)


def test_missing_file_with_unsupported_suffix_reports_missing(tmp_path):
    assert_input_error(tmp_path / "nothing.pdf", "no such file")


def test_json_list_error_names_the_record(tmp_path):
    p = write(tmp_path, "list.json", json.dumps([{"title": "A", "text": "a"}, {"title": "B"}]))
    err = assert_input_error(p, "'text'")
    assert err.where == f"{p}[1]"


def test_csv_row_error_names_the_row(tmp_path):
    p = write(tmp_path, "rows.csv", 'title,text\nA,Body\nB, \n')
    err = assert_input_error(p, "empty")
    assert err.where == f"{p} row 3"


def test_pdf_message_lists_supported_suffixes(tmp_path):
    p = write(tmp_path, "x.pdf", b"%PDF")
    err = assert_input_error(p)
    for suffix in (".txt", ".md", ".html", ".json", ".jsonl", ".csv"):
        assert suffix in err.problem


# --------------------------------------------------------------------------- standard input

class TestStdin:
    def test_plain_text(self):
        [a] = load_articles("-", stdin=io.BytesIO(b"\r\nStdin title\r\nStdin body.\r\n"))
        assert a == Article(id="stdin", title="Stdin title", text="Stdin body.", text_line=3)

    def test_utf8_bom_plain_text(self):
        [a] = load_articles("-", stdin=io.BytesIO(codecs.BOM_UTF8 + "Tïtle\nBody.".encode()))
        assert (a.title, a.text) == ("Tïtle", "Body.")

    def test_json_object(self):
        data = json.dumps({"title": "T", "text": "Body.", "source": "S"}).encode()
        [a] = load_articles("-", stdin=io.BytesIO(data))
        assert (a.id, a.title, a.text, a.source) == ("stdin", "T", "Body.", "S")

    def test_pretty_printed_json_object(self):
        data = json.dumps({"title": "T", "text": "Body."}, indent=2).encode()
        [a] = load_articles("-", stdin=io.BytesIO(data))
        assert (a.id, a.title, a.text) == ("stdin", "T", "Body.")

    def test_json_list(self):
        data = json.dumps([{"title": "A", "text": "a"}, {"title": "B", "text": "b", "id": "bee"}]).encode()
        arts = load_articles("-", stdin=io.BytesIO(b"  \n" + data))
        assert [(a.id, a.title, a.text) for a in arts] == [("stdin-1", "A", "a"), ("bee", "B", "b")]

    def test_json_lines(self):
        data = b'{"title":"A","text":"a"}\n{"title":"B","text":"b"}\n{"title":"C","text":"c"}\n'
        arts = load_articles("-", stdin=io.BytesIO(data))
        assert [(a.id, a.title, a.text) for a in arts] == [
            ("stdin-1", "A", "a"), ("stdin-2", "B", "b"), ("stdin-3", "C", "c")]

    def test_empty_stdin_is_error(self):
        with pytest.raises(InputError) as info:
            load_articles("-", stdin=io.BytesIO(b"  \n"))
        assert str(info.value).startswith("<stdin>: ")
        assert "empty" in str(info.value)

    def test_latin1_stdin_is_error(self):
        with pytest.raises(InputError) as info:
            load_articles("-", stdin=io.BytesIO(b"Caf\xe9 news\nbody text"))
        assert str(info.value).startswith("<stdin>: not UTF-8 text")

    def test_bad_json_lines_stdin_names_line(self):
        with pytest.raises(InputError) as info:
            load_articles("-", stdin=io.BytesIO(b'{"title":"A","text":"a"}\n{"title": nope}\n'))
        assert str(info.value).startswith("<stdin> line 2: invalid JSON")


def test_crlf_in_records_gives_the_same_paragraphs_as_a_text_file(tmp_path):
    """Windows line breaks inside CSV/JSON text (an Excel export) still separate paragraphs."""
    import framing

    csv_file = tmp_path / "crlf.csv"
    csv_file.write_bytes(b'title,text\r\nT,"Para one.\r\n\r\nPara two."\r\n')
    txt_file = tmp_path / "plain.txt"
    txt_file.write_text("T\nPara one.\n\nPara two.\n", encoding="utf-8")
    from_csv = framing.analyze(load_article(csv_file))
    from_txt = framing.analyze(load_article(txt_file))
    assert from_csv.features["style"].measure("paragraphs").value == 2
    assert from_txt.features["style"].measure("paragraphs").value == 2
    assert from_csv.features["style"].measure("sentences").value == \
        from_txt.features["style"].measure("sentences").value


def test_csv_header_with_a_newline_still_gives_one_line(tmp_path):
    path = tmp_path / "nl.csv"
    path.write_text('"ti\ntle",body\nA,B\n', encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_articles(path)
    assert "\n" not in str(info.value)
    assert str(info.value).startswith(str(path))
