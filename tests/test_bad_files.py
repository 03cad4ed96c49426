"""Nothing lost, nothing crashes (issue 12), on the input side: hostile and broken inputs.

Every bad input is one :class:`InputError` whose one-line message names the file (and the line,
row or record); in :func:`iter_input` (``framing batch``) a bad record is one yielded error and the
records around it are still read. The properties at the end write arbitrary bytes into every
supported format and check that nothing else ever comes out.
"""
from __future__ import annotations

import codecs
import csv
import io
import json
import os
import socket
import sys
import tempfile
import tracemalloc
from concurrent.futures import ThreadPoolExecutor, wait
from concurrent.futures import TimeoutError as FutureTimeout
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing.errors import InputError, UsageError
from framing.evaluation import evaluate
from framing.ingest import MAX_ARTICLE_CHARS, iter_input, load_article, load_articles, load_many
from framing.ingest import lines
from framing.ingest.corpora import load_labels
from framing.types import Article

DEEP_LIST = "[" * 100_000 + "]" * 100_000
DEEP_OBJECT = '{"a":' * 100_000 + "1" + "}" * 100_000
SURROGATE_RECORD = '{"title": "T", "text": "x \\ud83d"}'  # a truncated emoji, as a JSON escape
NUL_RECORD = '{"title": "T", "text": "a\\u0000b"}'


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def one_line(err: InputError, where: str | Path, *fragments: str) -> InputError:
    """``err`` is one line, starts with ``where`` and holds every fragment."""
    message = str(err)
    assert message.startswith(str(where)), message
    assert len(message.splitlines()) == 1 and "\n" not in message and "\r" not in message
    message.encode("utf-8")
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in {message!r}"
    return err


def load_error(source: str | Path, *fragments: str, **kwargs) -> InputError:
    with pytest.raises(InputError) as info:
        load_articles(source, **kwargs)
    return one_line(info.value, "<stdin>" if source == "-" else source, *fragments)


def good(i: int) -> str:
    return json.dumps({"title": f"Title {i}", "text": f"Body of article {i}."})


def split(items) -> tuple[list[Article], list[InputError]]:
    items = list(items)
    assert all(isinstance(x, (Article, InputError)) for x in items)
    return [x for x in items if isinstance(x, Article)], [x for x in items if isinstance(x, InputError)]


def fields_are_unicode(article: Article) -> None:
    for value in (article.id, article.title, article.text, article.source, article.url, article.date,
                  article.story, article.path, article.author):
        if value is not None:
            value.encode("utf-8")  # raises on a lone surrogate


def without_hanging(call, fifo: Path):
    """``call()`` in a thread; if it blocks on the FIFO, unblock it and fail the test."""
    pool = ThreadPoolExecutor(1)
    future = pool.submit(call)
    try:
        return future.result(timeout=5)
    except FutureTimeout:
        while not future.done():  # each open of the FIFO waits for a writer: open and close one
            try:
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
            except OSError:  # no reader at this instant
                pass
            wait([future], timeout=0.05)
        pytest.fail(f"hung reading {fifo}")
    finally:
        pool.shutdown(wait=True)


# --------------------------------------------------------------------------- 1. lone surrogates

class TestLoneSurrogates:
    @pytest.mark.parametrize("name,content,record", [
        ("emoji.json", SURROGATE_RECORD, ""),
        ("list.json", f"[{good(0)}, {SURROGATE_RECORD}]", "[1]"),
        ("feed.jsonl", f"{good(1)}\n{SURROGATE_RECORD}\n", " line 2"),
    ])
    def test_a_lone_surrogate_escape_is_an_error_naming_the_file_and_record(self, tmp_path, name, content, record):
        p = write(tmp_path, name, content)
        assert load_error(p, "lone surrogate", "not valid Unicode", "'text'").where == f"{p}{record}"

    @pytest.mark.parametrize("field", ["title", "source", "id", "story"])
    def test_a_lone_surrogate_in_any_field_kept_is_an_error(self, tmp_path, field):
        record = {"title": "T", "text": "Body.", field: "x \udc00"}
        load_error(write(tmp_path, "f.json", json.dumps(record)), "lone surrogate", f"'{field}'")

    def test_a_surrogate_pair_escape_is_a_good_emoji(self, tmp_path):
        [a] = load_articles(write(tmp_path, "pair.json", '{"title": "T", "text": "x \\ud83d\\ude00"}'))
        assert a.text == "x \U0001F600"

    @pytest.mark.parametrize("name,content,record", [
        ("feed.jsonl", f"{good(1)}\n{SURROGATE_RECORD}\n{good(3)}\n", " line 2"),
        ("list.json", f"[{good(1)}, {SURROGATE_RECORD}, {good(3)}]", "[1]"),
    ])
    def test_iter_input_yields_one_error_for_the_record_and_reads_the_others(self, tmp_path, name, content, record):
        p = write(tmp_path, name, content)
        articles, [err] = split(iter_input(p))
        assert [a.title for a in articles] == ["Title 1", "Title 3"]
        one_line(err, f"{p}{record}", "lone surrogate")

    def test_a_csv_cell_cannot_carry_a_surrogate_its_bytes_are_not_utf8(self, tmp_path):
        # the only way to put U+D83D into a CSV file is its (invalid) UTF-8 form: a decoding error
        p = write(tmp_path, "table.csv", b"title,text\nT,x \xed\xa0\xbd\n")
        load_error(p, "not UTF-8 text")


# --------------------------------------------------------------------------- 2. nesting

class TestDeepNesting:
    @pytest.mark.parametrize("name,content,record", [
        ("list.json", DEEP_LIST, ""), ("object.json", DEEP_OBJECT, ""),
        ("extra.json", '{"title": "T", "text": "B", "x": ' + DEEP_LIST + "}", ""),
        ("feed.jsonl", f"{good(1)}\n{DEEP_OBJECT}\n{good(3)}\n", " line 2"),
    ])
    def test_json_nested_100000_deep_is_an_input_error_in_both_readers(self, tmp_path, name, content, record):
        p = write(tmp_path, name, content)
        assert load_error(p, "nested too deeply").where == f"{p}{record}"
        articles, [err] = split(iter_input(p))
        one_line(err, f"{p}{record}", "nested too deeply")
        assert len(articles) == (2 if record else 0)

    @pytest.mark.parametrize("deep", [DEEP_LIST, DEEP_OBJECT, f"{good(1)}\n{DEEP_OBJECT}"], ids=["list", "object", "lines"])
    def test_standard_input_nested_too_deeply_is_an_input_error(self, deep):
        with pytest.raises(InputError) as info:
            load_articles("-", stdin=io.BytesIO(deep.encode()))
        one_line(info.value, "<stdin>", "nested too deeply")
        errors = split(iter_input("-", stdin=io.BytesIO(deep.encode())))[1]
        assert len(errors) == 1 and "nested too deeply" in errors[0].problem

    def test_a_number_too_long_for_python_is_an_input_error(self, tmp_path):
        # json.loads raises a plain ValueError (not JSONDecodeError) past 4,300 digits
        p = write(tmp_path, "digits.json", '{"title": "T", "text": "B", "id": ' + "7" * 5000 + "}")
        load_error(p, "invalid JSON")
        [err] = list(iter_input(p))
        one_line(err, p, "invalid JSON")


# --------------------------------------------------------------------------- 3. one line at a time

class TestDecodedPerLine:
    def test_a_bad_byte_costs_only_its_own_jsonl_line(self, tmp_path):
        lines = [good(i).encode() for i in range(1, 202)]
        lines[100] = lines[100].replace(b"Body", b"B\xffody")  # line 101
        p = write(tmp_path, "feed.jsonl", b"\n".join(lines) + b"\n")
        articles, errors = split(iter_input(p))
        assert len(articles) == 200 and len(errors) == 1
        assert [a.title for a in articles] == [f"Title {i}" for i in range(1, 202) if i != 101]
        one_line(errors[0], f"{p} line 101", "not UTF-8 text", "undecodable byte at column 34")

    def test_crlf_and_a_utf8_bom_still_stream(self, tmp_path):
        p = write(tmp_path, "feed.jsonl", codecs.BOM_UTF8 + f"{good(1)}\r\n\r\n{good(2)}\r\n".encode())
        articles, errors = split(iter_input(p))
        assert not errors and [a.id for a in articles] == ["feed-1", "feed-2"]

    def test_a_bad_byte_in_a_csv_row_is_one_error_naming_the_row(self, tmp_path):
        rows = [f"Title {i},Body {i}.".encode() for i in range(1, 201)]
        rows[99] = b"Title 100,B\xe9dy."  # row 101: the header is row 1
        p = write(tmp_path, "table.csv", b"title,text\n" + b"\n".join(rows) + b"\n")
        articles, errors = split(iter_input(p))
        assert len(articles) == 199 and len(errors) == 1
        assert errors[0].where.startswith(f"{p} row 101")
        one_line(errors[0], p, "not UTF-8 text", "column 12")

    def test_a_bad_byte_inside_a_multiline_csv_cell_costs_only_that_row(self, tmp_path):
        content = (b'title,text\nA,"one\ntwo"\nB,"th\xffree\nfour"\nC,five\n')
        p = write(tmp_path, "multi.csv", content)
        articles, [err] = split(iter_input(p))
        assert [(a.title, a.text) for a in articles] == [("A", "one\ntwo"), ("C", "five")]
        assert err.where.startswith(f"{p} row 3")

    def test_a_bad_byte_in_the_csv_header_is_one_error_for_the_file(self, tmp_path):
        p = write(tmp_path, "head.csv", b"ti\xfftle,text\nA,B\n")
        [err] = list(iter_input(p))
        one_line(err, p, "not UTF-8 text")

    def test_utf16_with_a_bom_streams_and_a_bad_line_costs_only_itself(self, tmp_path):
        lines = [good(i).encode("utf-16-le") for i in range(1, 6)]
        lines[2] = "\ud800".encode("utf-16-le", "surrogatepass") + lines[2]  # a lone surrogate unit
        data = codecs.BOM_UTF16_LE + "\r\n".encode("utf-16-le").join(lines)
        p = write(tmp_path, "wide.jsonl", data)
        articles, errors = split(iter_input(p))
        assert [a.title for a in articles] == ["Title 1", "Title 2", "Title 4", "Title 5"]
        [err] = errors
        one_line(err, f"{p} line 3", "not UTF-16 text")

    @pytest.mark.parametrize("bom,codec", [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")])
    def test_utf16_csv_with_a_bom_streams_as_utf8_does(self, tmp_path, bom, codec):
        text = 'title,text\r\nA,"x\r\ny"\r\nB,\u0141\u00f3d\u017a \U0001F600\r\n'
        wide = write(tmp_path, "wide.csv", bom + text.encode(codec))
        narrow = write(tmp_path, "narrow.csv", text)
        got = [(a.title, a.text) for a in iter_input(wide)]
        assert got == [(a.title, a.text) for a in iter_input(narrow)]
        assert got == [("A", "x\r\ny"), ("B", "\u0141\u00f3d\u017a \U0001F600")]

    def test_a_unicode_line_separator_inside_a_jsonl_string_is_not_a_line_break(self, tmp_path):
        line = json.dumps({"title": "T", "text": "one\u2028two"}, ensure_ascii=False)
        p = write(tmp_path, "sep.jsonl", line + "\n" + good(2) + "\n")
        assert [a.text for a in load_articles(p)] == ["one\u2028two", "Body of article 2."]
        assert [a.text for a in iter_input(p)] == ["one\u2028two", "Body of article 2."]


# --------------------------------------------------------------------------- 4. what is not a file

@pytest.fixture
def fifo(tmp_path):
    path = tmp_path / "pipe.txt"
    os.mkfifo(path)
    return path


class TestNotRegularFiles:
    def test_a_fifo_is_refused_not_waited_on(self, fifo):
        with pytest.raises(InputError) as info:
            without_hanging(lambda: load_articles(fifo), fifo)
        one_line(info.value, fifo, "is not a regular file (a FIFO")
        [err] = without_hanging(lambda: list(iter_input(fifo)), fifo)
        one_line(err, fifo, "is not a regular file (a FIFO")

    def test_a_link_to_a_fifo_is_refused(self, fifo, tmp_path):
        link = tmp_path / "link.jsonl"
        link.symlink_to(fifo)
        [err] = without_hanging(lambda: list(iter_input(link)), fifo)
        one_line(err, link, "not a regular file")

    def test_a_character_device_is_refused(self):
        load_error("/dev/null", "is not a regular file (a character device")

    def test_a_broken_link_and_a_link_loop_say_so(self, tmp_path):
        broken = tmp_path / "broken.txt"
        broken.symlink_to(tmp_path / "gone.txt")
        loop = tmp_path / "loop.txt"
        loop.symlink_to(loop)
        load_error(broken, "broken symbolic link")
        load_error(loop, "symbolic link loop")

    def test_a_folder_reports_each_special_entry_once_and_skips_hidden_files(self, tmp_path):
        folder = tmp_path / "in"
        folder.mkdir()
        write(folder, "a.txt", "Title A\nBody A.")
        write(folder, ".hidden.txt", "Hidden\nNever read.")
        os.mkfifo(folder / "b.txt")
        (folder / "c.txt").symlink_to(folder / "nowhere.txt")
        (folder / "d.txt").symlink_to(folder / "d.txt")
        (folder / ".e.txt").symlink_to(folder / "nowhere.txt")  # hidden: skipped, even broken
        sock = socket.socket(socket.AF_UNIX)
        try:
            sock.bind(str(folder / "s.json"))
            items = without_hanging(lambda: list(iter_input(folder)), folder / "b.txt")
        finally:
            sock.close()
        articles, errors = split(items)
        assert [a.title for a in articles] == ["Title A"]
        found = {Path(e.where).name: e.problem for e in errors}
        assert sorted(found) == ["b.txt", "c.txt", "d.txt", "s.json"]
        assert "FIFO" in found["b.txt"] and "socket" in found["s.json"]
        assert "broken symbolic link" in found["c.txt"] and "symbolic link loop" in found["d.txt"]
        for err in errors:
            one_line(err, folder)


# --------------------------------------------------------------------------- 5. standard input

class ExplodingStream:
    def __init__(self, exc: BaseException) -> None:
        self.exc = exc

    def read(self, *args):
        raise self.exc


class TestStandardInput:
    def test_no_standard_input_at_all_is_an_input_error(self, monkeypatch):
        monkeypatch.setattr(sys, "stdin", None)
        load_error("-", "standard input")
        [err] = list(iter_input("-"))
        one_line(err, "<stdin>", "standard input")

    @pytest.mark.parametrize("exc", [ValueError("I/O operation on closed file."), OSError(9, "Bad file descriptor")])
    def test_standard_input_that_cannot_be_read_is_an_input_error(self, monkeypatch, exc):
        monkeypatch.setattr(sys, "stdin", type("S", (), {"buffer": ExplodingStream(exc)})())
        load_error("-", "standard input")

    def test_a_closed_stream_given_as_stdin_is_an_input_error(self):
        closed = io.BytesIO(b"x")
        closed.close()
        load_error("-", "standard input", stdin=closed)

    @pytest.mark.parametrize("bad,problem", [(b"{bad json", "invalid JSON"), (b'{"title": "\xff"}', "not UTF-8 text")])
    def test_iter_input_reads_standard_input_lines_with_one_error_per_bad_line(self, bad, problem):
        data = f"{good(1)}\n".encode() + bad + f"\n{good(3)}\n".encode()
        articles, [err] = split(iter_input("-", stdin=io.BytesIO(data)))
        assert [a.title for a in articles] == ["Title 1", "Title 3"]
        one_line(err, "<stdin> line 2", problem)

    def test_iter_input_reads_plain_text_from_standard_input(self):
        [a] = iter_input("-", stdin=io.BytesIO(b"Headline\nBody text."))
        assert (a.id, a.title, a.text) == ("stdin", "Headline", "Body text.")


# --------------------------------------------------------------------------- 6. one NUL rule

class TestNul:
    def test_a_nul_escape_in_json_is_refused_like_a_raw_nul_byte(self, tmp_path):
        escaped = load_error(write(tmp_path, "esc.json", NUL_RECORD), "contains NUL characters")
        raw = load_error(write(tmp_path, "raw.txt", b"Title\nBody \x00 here."), "contains NUL characters")
        assert escaped.where.endswith("esc.json") and raw.where.endswith("raw.txt")

    def test_a_nul_escape_in_a_jsonl_line_is_one_error_in_iter_input(self, tmp_path):
        p = write(tmp_path, "feed.jsonl", f"{good(1)}\n{NUL_RECORD}\n")
        articles, [err] = split(iter_input(p))
        assert len(articles) == 1
        one_line(err, f"{p} line 2", "contains NUL characters")

    def test_a_raw_nul_byte_in_a_csv_row_is_one_error(self, tmp_path):
        p = write(tmp_path, "nul.csv", b"title,text\nA,one\nB,t\x00wo\nC,three\n")
        articles, [err] = split(iter_input(p))
        assert [a.title for a in articles] == ["A", "C"]
        one_line(err, f"{p} row 3", "contains NUL characters")


# --------------------------------------------------------------------------- 7. markdown titles

class TestMarkdownTitles:
    @pytest.mark.parametrize("head", ["### ", "#", "######", "  ##  "])
    def test_an_empty_heading_is_not_the_title(self, tmp_path, head):
        a = load_article(write(tmp_path, "post.md", f"{head}\n\nReal title\n\nThe body.\n"))
        assert (a.title, a.text) == ("Real title", "The body.")

    def test_a_normal_heading_is_still_the_title(self, tmp_path):
        a = load_article(write(tmp_path, "post.md", "# The Title\n\n### \n\nThe body.\n"))
        assert (a.title, a.text) == ("The Title", "### \n\nThe body.")

    def test_a_markdown_file_of_empty_headings_has_no_title(self, tmp_path):
        load_error(write(tmp_path, "empty.md", "#\n##\n### \n"), "no text")


# --------------------------------------------------------------------------- 8. UTF-16 without a BOM

class TestUtf16WithoutBom:
    @pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
    def test_it_is_named_not_called_binary(self, tmp_path, codec):
        p = write(tmp_path, "wide.txt", "Title\nBody of the article, in plain words.\n".encode(codec))
        err = load_error(p, "looks like UTF-16 without a BOM", "save it as UTF-8 or UTF-16 with a BOM")
        assert "binary" not in str(err)

    def test_iter_input_names_it_for_a_jsonl_file(self, tmp_path):
        p = write(tmp_path, "wide.jsonl", f"{good(1)}\n{good(2)}\n".encode("utf-16-le"))
        [err] = list(iter_input(p))
        one_line(err, p, "looks like UTF-16 without a BOM")

    def test_a_few_nul_bytes_in_a_small_file_are_not_taken_for_it(self, tmp_path):
        # NULs at odd positions only, and the bytes read as UTF-16 as printable text: too few to tell
        p = write(tmp_path, "few.jsonl", b'{\x00]\r\n\xc3(\x00')
        assert [e.where for e in iter_input(p)] == [f"{p} line 1", f"{p} line 2"]

    def test_binary_data_is_still_binary(self, tmp_path):
        load_error(write(tmp_path, "bin.txt", bytes(range(256)) * 4), "binary")


# --------------------------------------------------------------------------- 9. article size

class TestMaximumSize:
    def test_the_limit_is_two_million_characters(self):
        assert MAX_ARTICLE_CHARS == 2_000_000

    def test_an_article_over_the_limit_is_an_error_saying_size_limit_and_how_to_raise_it(self, tmp_path):
        p = write(tmp_path, "long.txt", "Title\n" + "word " * 50)
        err = load_error(p, "255 characters", "limit of 100", "max_chars", max_chars=100)
        assert "--max-article-size" in str(err)

    def test_a_record_over_the_limit_names_the_record(self, tmp_path):
        p = write(tmp_path, "feed.jsonl", f"{good(1)}\n" + json.dumps({"title": "T", "text": "x" * 500}) + "\n")
        articles, [err] = split(iter_input(p, max_chars=100))
        assert len(articles) == 1
        one_line(err, f"{p} line 2", "501 characters", "limit of 100")

    def test_the_default_limit_applies(self, tmp_path):
        p = write(tmp_path, "huge.json", json.dumps({"title": "T", "text": "y" * (MAX_ARTICLE_CHARS + 1)}))
        load_error(p, "2,000,002 characters", "limit of 2,000,000")

    def test_none_means_no_limit_and_every_loader_takes_the_keyword(self, tmp_path):
        p = write(tmp_path, "long.txt", "Title\n" + "word " * 50)
        assert load_articles(p, max_chars=None)[0].text.startswith("word")
        assert load_article(p, max_chars=1000).title == "Title"
        assert [a.title for a in load_many([p, p], max_chars=None)] == ["Title", "Title"]
        [err] = list(iter_input(p, max_chars=10))
        one_line(err, p, "limit of 10")
        with pytest.raises(InputError):
            load_article(p, max_chars=10)
        with pytest.raises(InputError):
            load_many([p], max_chars=10)

    def test_the_exact_limit_is_accepted_and_a_limit_must_be_a_positive_count(self, tmp_path):
        p = write(tmp_path, "exact.json", json.dumps({"title": "Ti", "text": "x" * 98}))
        assert load_article(p, max_chars=100).text == "x" * 98
        for wrong in (0, -5, 2.5, "100"):
            with pytest.raises(UsageError):
                load_articles(p, max_chars=wrong)

    def test_a_file_far_beyond_the_limit_is_refused_before_it_is_read(self, tmp_path):
        p = tmp_path / "sparse.txt"
        with p.open("wb") as fh:
            fh.truncate(4 * MAX_ARTICLE_CHARS + 4096)  # 8 MB of holes: cheap on disk
        with pytest.raises(InputError) as info:
            load_articles(p)
        one_line(info.value, p, "8,004,096 bytes", "limit of 2,000,000")
        with p.open("wb") as fh:
            fh.truncate(64_000_000)
        tracemalloc.start()
        try:
            with pytest.raises(InputError):
                load_articles(p, max_chars=1000)
            [err] = list(iter_input(p, max_chars=1000))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        one_line(err, p, "64,000,000 bytes", "limit of 1,000")
        assert peak < 16_000_000  # the 64 MB were never held (the margin: what other threads allocate meanwhile)

    def test_an_absurdly_long_jsonl_line_is_skipped_without_holding_it(self, tmp_path):
        p = tmp_path / "long.jsonl"
        with p.open("wb") as fh:
            fh.write(good(1).encode() + b'\n{"title": "T", "text": "')
            fh.seek(32_000_000, os.SEEK_CUR)  # a hole: 32 MB of NUL bytes inside line 2, cheap on disk
            fh.write(b'"}\n' + good(3).encode() + b"\n")
        tracemalloc.start()
        try:
            articles, [err] = split(iter_input(p, max_chars=1000))
            peak = tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()
        assert [a.title for a in articles] == ["Title 1", "Title 3"]
        one_line(err, f"{p} line 2", "bytes", "limit of 1,000")
        assert peak < 8_000_000  # the 32 MB line was never held


# --------------------------------------------------------------------------- 10. folders to skip

class TestSkip:
    def test_a_folder_to_skip_is_not_read(self, tmp_path):
        out = tmp_path / "out"
        out.mkdir()
        write(out, "features.jsonl", '{"id": "x", "title": "T"}\n')
        [err] = list(iter_input(out, skip=[out]))
        one_line(err, out, "skip")

    def test_a_folder_inside_a_folder_to_skip_is_not_read_and_others_are(self, tmp_path):
        inside = tmp_path / "out" / "articles"
        inside.mkdir(parents=True)
        write(inside, "page.html", "<h1>T</h1><p>Body.</p>")
        write(tmp_path, "a.txt", "Title\nBody.")
        assert len(list(iter_input(inside, skip=[str(tmp_path / "out")]))) == 1
        assert isinstance(next(iter(iter_input(inside, skip=[tmp_path / "out"]))), InputError)
        articles, errors = split(iter_input(tmp_path, skip=[tmp_path / "out"]))
        assert [a.title for a in articles] == ["Title"] and not errors

    def test_skip_matches_through_links_and_relative_names(self, tmp_path, monkeypatch):
        out = tmp_path / "out"
        out.mkdir()
        write(out, "a.txt", "Title\nBody.")
        (tmp_path / "alias").symlink_to(out)
        monkeypatch.chdir(tmp_path)
        assert split(iter_input("alias", skip=["out"]))[0] == []


# --------------------------------------------------------------------------- 11. labels

def _jsonl(path: Path, rows) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


LABEL_TEXT = "Lavrov said the talks failed."  # 29 characters
BAD_LABELS = {  # case: (task, the second label, fragments of its error)
    **{f"start {v!r}": ("attribution", {"id": "1", "label": "Cue", "start": v, "end": 11}, ("'start'", "integer"))
       for v in ("seven", 7.5, None, [7], True)},
    "inverted": ("attribution", {"id": "1", "label": "Cue", "start": 11, "end": 7}, ("before",)),
    "negative": ("attribution", {"id": "1", "label": "Cue", "start": -3, "end": 4}, ("negative",)),
    "past the end": ("alarmist", {"id": "1", "label": "Loaded_Language", "start": 20, "end": 200},
                     ("past the end", "29 characters")),
    "unknown id": ("attribution", {"id": "2", "label": "Cue", "start": 0, "end": 3}, ("'2'", "no article")),
    "no span": ("attribution", {"id": "1", "label": "Cue"}, ("'start'",)),
    "half a span": ("hedging", {"id": "1", "label": "certain", "end": 3}, ("'start'",)),
    "unknown id, hedging": ("hedging", {"id": "9", "label": "certain"}, ("'9'", "no article")),
}


@pytest.mark.parametrize("case", list(BAD_LABELS))
def test_a_bad_label_is_one_error_naming_the_labels_file_and_line(tmp_path, case):
    task, label, fragments = BAD_LABELS[case]
    arts = _jsonl(tmp_path / "a.jsonl", [{"id": "1", "title": None, "text": LABEL_TEXT}])
    labs = _jsonl(tmp_path / "l.jsonl", [{"id": "1", "label": "Cue", "start": 7, "end": 11}, label])
    with pytest.raises(InputError) as info:
        evaluate(task, str(arts), str(labs))
    one_line(info.value, f"{labs} line 2", *fragments)
    if case not in ("past the end", "unknown id", "no span", "unknown id, hedging"):
        # wrong in itself, whatever the articles: load_labels (which the trainers use) refuses it too
        with pytest.raises(InputError):
            load_labels(str(labs))


# --------------------------------------------------------------------------- 12. properties

SUFFIXES = [".txt", ".md", ".html", ".json", ".jsonl", ".csv"]
SETTINGS = settings(max_examples=300, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
# any code point, lone surrogates and NUL included (drawn often enough to matter)
ANY_CHAR = st.one_of(st.characters(exclude_categories=[]), st.just("\x00"),
                     st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF, exclude_categories=[]))
any_text = st.text(ANY_CHAR, max_size=30)


@st.composite
def spliced(draw, text: str) -> bytes:
    """``text`` as UTF-8 (lone surrogates as their invalid bytes), sometimes with arbitrary bytes put in."""
    raw = text.encode("utf-8", "surrogatepass")
    if draw(st.booleans()):
        cut = draw(st.integers(0, len(raw)))
        raw = raw[:cut] + draw(st.binary(max_size=8)) + raw[cut:]
    return raw


@st.composite
def json_ish(draw) -> bytes:
    """JSON or JSON Lines of records with arbitrary strings (lone surrogates come out as escapes)."""
    records = draw(st.lists(st.fixed_dictionaries(
        {"title": st.one_of(st.none(), any_text), "text": any_text},
        optional={"id": st.one_of(any_text, st.integers()), "source": any_text, "story": any_text}), max_size=4))
    if draw(st.booleans()):
        data = "\n".join(json.dumps(r, ensure_ascii=draw(st.booleans())) for r in records)
    else:
        data = json.dumps(records if draw(st.booleans()) else (records[0] if records else {}))
    return draw(spliced(data))


@st.composite
def csv_ish(draw) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["title", "text"])
    writer.writerows(draw(st.lists(st.tuples(any_text, any_text), max_size=4)))
    return draw(spliced(buffer.getvalue()))


BOMS = st.sampled_from([b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE])
contents = st.one_of(st.binary(max_size=300), json_ish(), csv_ish(),
                     st.builds(lambda bom, data: bom + data, BOMS, st.binary(max_size=200)),
                     any_text.map(lambda t: t.encode("utf-16-le", "surrogatepass")),
                     st.builds(lambda head, t: head + t.encode("utf-8", "surrogatepass"),
                               st.sampled_from([b"<![x[", b"<h1>", b"#\n", b"<p>"]), any_text))
files = st.one_of(st.tuples(contents, st.sampled_from(SUFFIXES)),
                  st.tuples(json_ish(), st.sampled_from([".json", ".jsonl"])),
                  st.tuples(csv_ish(), st.just(".csv")))


def check(source: str | Path, stdin: bytes = b"") -> None:
    """load_articles gives Articles of valid Unicode or one InputError naming the input in one line;
    iter_input never raises and yields only such Articles and InputErrors."""
    where = "<stdin>" if source == "-" else source
    try:
        articles = load_articles(source, stdin=io.BytesIO(stdin))
    except InputError as err:
        one_line(err, where)
    else:
        for a in articles:
            fields_are_unicode(a)
    for item in iter_input(source, stdin=io.BytesIO(stdin)):
        if isinstance(item, InputError):
            one_line(item, where)
        else:
            assert isinstance(item, Article)
            fields_are_unicode(item)


@SETTINGS
@given(file=files)
def test_any_bytes_in_any_format_load_or_give_one_line_errors(file):
    data, suffix = file
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"input{suffix}"
        path.write_bytes(data)
        check(path)


@SETTINGS
@given(data=contents)
def test_any_bytes_on_standard_input_load_or_give_one_line_errors(data):
    check("-", data)


def test_an_html_page_the_fallback_parser_gives_up_on_is_an_input_error(tmp_path):
    # trafilatura (lxml) reads this page; where it finds no text, the block collector reads the page,
    # and html.parser raises AssertionError on a marked section it does not know
    p = write(tmp_path, "odd.html", "<h1>Title</h1><p>Body</p><![x[ more")
    assert (load_article(p).title, load_article(p).text) == ("Title", "Body")
    with mock.patch("framing.ingest.webpage._extract", return_value=None):
        load_error(p, "HTML page cannot be parsed")


no_breaks = st.binary(max_size=30).map(lambda b: b.replace(b"\n", b"").replace(b"\r", b""))
BAD_LINES = st.one_of(
    no_breaks.map(lambda b: b"\xc3(" + b),                                       # not UTF-8 (nor a BOM)
    no_breaks.map(lambda b: b"{" + b + b"]"),                                    # not JSON
    st.just(SURROGATE_RECORD.encode()),                                          # lone surrogate
    st.just(NUL_RECORD.encode()),                                                # NUL escape
    st.just(b'{"title": "T", "text": "a\x00b"}'),                                # raw NUL byte
    st.just(DEEP_LIST.encode()),                                                 # nested too deeply
    st.just(b'{"title": "no text"}'),                                            # missing field
    st.just(b'{"title": "T", "text": "' + b"w" * 300 + b'"}'),                   # over the limit (200)
)
good_texts = st.text(st.characters(exclude_categories=["Cs", "Cc"]), min_size=1, max_size=40).filter(str.strip)


@SETTINGS
@given(lines=st.lists(st.one_of(good_texts.map(lambda t: (True, t)), BAD_LINES.map(lambda b: (False, b))),
                      max_size=25),
       crlf=st.booleans(), ascii_only=st.booleans())
def test_iter_input_never_loses_a_good_jsonl_line(lines, crlf, ascii_only):
    encoded = [json.dumps({"title": "t", "text": x}, ensure_ascii=ascii_only).encode() if ok else x
               for ok, x in lines]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mixed.jsonl"
        path.write_bytes((b"\r\n" if crlf else b"\n").join(encoded))
        articles, errors = split(iter_input(path, max_chars=200))
    if not lines:
        assert not articles and [(e.where, e.problem) for e in errors] == [(str(path), "is empty: no records")]
        return
    assert [a.text for a in articles] == [x for ok, x in lines if ok]
    assert [e.where for e in errors] == [f"{path} line {n}" for n, (ok, _) in enumerate(lines, 1) if not ok]
    assert len(articles) + len(errors) == len(lines)


@SETTINGS
@given(text=st.lists(st.sampled_from(["a", "\u00e9", "\U0001F600", " ", "\r", "\n", "\r\n"]), max_size=40).map("".join),
       block=st.sampled_from([2, 4, 6, 64, lines.BLOCK]), codec=st.sampled_from(["utf-8", "utf-16-le", "utf-16-be"]))
def test_lines_are_cut_where_universal_newlines_cut_them_in_every_encoding(text, block, codec):
    bom = {"utf-8": b"", "utf-16-le": codecs.BOM_UTF16_LE, "utf-16-be": codecs.BOM_UTF16_BE}[codec]
    expected = list(io.TextIOWrapper(io.BytesIO(text.encode(codec)), encoding=codec, newline=""))
    with mock.patch.object(lines, "BLOCK", block):
        got = list(lines.decoded_lines(io.BytesIO(bom + text.encode(codec)), "x"))
    assert [line.text for line in got] == expected
    assert [line.number for line in got] == list(range(1, len(expected) + 1))
    assert not any(line.problem for line in got)
