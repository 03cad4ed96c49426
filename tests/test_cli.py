"""The ``framing`` command line: exit codes, one-line errors, output formats."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import framing
from framing import _native
from framing.cli import main

from test_articles import BAD_CASES, make_bad

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
SEED_A = SEEDS / "000_19f9451b57e8e734.txt"
SEED_B = SEEDS / "002_5283c69be6bb5e58.txt"
FEATURES = ["style", "readability", "hedging", "boosters", "alarmist", "loaded", "sentiment",
            "sourcing", "speculation"]
ARTICLE_KEYS = {"id", "title", "text", "source", "features"}
FEATURE_KEYS = {"value", "unit", "count", "per_1000_words", "evidence"}
EVIDENCE_KEYS = {"field", "start", "end", "text", "rule"}


def framing_command() -> list[str]:
    """The installed console script next to this interpreter, else ``python -m framing``."""
    script = shutil.which("framing", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "framing"]


def run_cli(args: list[str], *, module: bool = True, input: bytes | None = None,
            cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    cmd = [sys.executable, "-m", "framing"] if module else framing_command()
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run(cmd + args, input=input, capture_output=True, timeout=60, cwd=cwd, env=env)


def one_error_line(err: str) -> str:
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got {err!r}"
    assert err.endswith("\n")
    assert lines[0].startswith("framing: error: ")
    return lines[0]


def check_profile(article: dict) -> None:
    assert ARTICLE_KEYS <= set(article)
    assert list(article["features"]) == FEATURES
    for name, feature in article["features"].items():
        assert FEATURE_KEYS <= set(feature), name
        assert isinstance(feature["evidence"], list)
        for ev in feature["evidence"]:
            assert EVIDENCE_KEYS <= set(ev), (name, ev)
            assert ev["field"] in ("title", "text")
            assert 0 <= ev["start"] <= ev["end"] <= len(article[ev["field"]])
            assert article[ev["field"]][ev["start"]:ev["end"]] == ev["text"], (name, ev)


# --------------------------------------------------------------------------- analyze

class TestAnalyze:
    def test_json_format_prints_list_of_profiles(self, capsys):
        assert main(["analyze", str(SEED_A), "--format", "json"]) == 0
        out, err = capsys.readouterr()
        assert err == ""
        data = json.loads(out)
        assert isinstance(data, list) and len(data) == 1
        [article] = data
        assert article["id"] == "000_19f9451b57e8e734"
        assert article["title"] == "Russia-US confrontation, mounting concerns"
        assert article["text"].startswith("(VOVword) – Tense relations between Russia and the US")
        assert article["source"] is None
        check_profile(article)
        evidence = [ev for f in article["features"].values() for ev in f["evidence"]]
        assert len(evidence) > 10
        assert article["features"]["style"]["count"] > 400  # words

    def test_json_two_files_in_order(self, capsys):
        assert main(["analyze", str(SEED_A), str(SEED_B), "--format", "json"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert [a["id"] for a in data] == ["000_19f9451b57e8e734", "002_5283c69be6bb5e58"]
        for article in data:
            check_profile(article)

    def test_jsonl_format_one_object_per_line(self, capsys):
        assert main(["analyze", str(SEED_A), str(SEED_B), "--format", "jsonl"]) == 0
        out = capsys.readouterr().out
        lines = out.splitlines()
        assert len(lines) == 2 and out.endswith("\n")
        objs = [json.loads(line) for line in lines]
        assert [o["id"] for o in objs] == ["000_19f9451b57e8e734", "002_5283c69be6bb5e58"]
        for obj in objs:
            assert isinstance(obj, dict)
            check_profile(obj)

    def test_jsonl_matches_json(self, capsys):
        main(["analyze", str(SEED_A), "--format", "json"])
        as_json = json.loads(capsys.readouterr().out)
        main(["analyze", str(SEED_A), "--format", "jsonl"])
        as_jsonl = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
        assert as_json == as_jsonl

    def test_text_format_mentions_every_feature(self, capsys):
        assert main(["analyze", str(SEED_A)]) == 0
        out = capsys.readouterr().out
        assert out.splitlines()[0] == "Russia-US confrontation, mounting concerns"
        assert "id: 000_19f9451b57e8e734" in out
        for name in FEATURES:
            assert any(line.strip().startswith(name + " ") for line in out.splitlines()), name

    def test_explicit_text_format_equals_default(self, capsys):
        main(["analyze", str(SEED_A)])
        default = capsys.readouterr().out
        main(["analyze", str(SEED_A), "--format", "text"])
        assert capsys.readouterr().out == default

    def test_output_file(self, tmp_path, capsys):
        out = tmp_path / "sub" / "result.json"
        assert main(["analyze", str(SEED_A), "--format", "json", "-o", str(out)]) == 0
        assert capsys.readouterr().out == ""
        data = json.loads(out.read_text(encoding="utf-8"))
        assert [a["id"] for a in data] == ["000_19f9451b57e8e734"]
        check_profile(data[0])
        assert not (tmp_path / "sub" / "result.json.tmp").exists()

    def test_output_dash_is_stdout(self, capsys):
        assert main(["analyze", str(SEED_A), "--format", "jsonl", "-o", "-"]) == 0
        assert json.loads(capsys.readouterr().out)["id"] == "000_19f9451b57e8e734"

    def test_output_to_folder_is_error(self, tmp_path, capsys):
        assert main(["analyze", str(SEED_A), "-o", str(tmp_path)]) == 1
        line = one_error_line(capsys.readouterr().err)
        assert str(tmp_path) in line and "folder" in line

    def test_bad_format_is_usage_error(self, capsys):
        with pytest.raises(SystemExit) as info:
            main(["analyze", str(SEED_A), "--format", "xml"])
        assert info.value.code == 2
        assert "invalid choice" in capsys.readouterr().err

    def test_json_records_file(self, tmp_path, capsys):
        recs = [{"title": "Markets fall", "text": "Stocks fell sharply. Analysts said it may continue.",
                 "source": "Wire"},
                {"title": "Calm day", "text": "Nothing happened today.", "id": "calm"}]
        p = tmp_path / "batch.json"
        p.write_text(json.dumps(recs), encoding="utf-8")
        assert main(["analyze", str(p), "--format", "json"]) == 0
        data = json.loads(capsys.readouterr().out)
        assert [(a["id"], a["source"]) for a in data] == [("batch-1", "Wire"), ("calm", None)]
        for article in data:
            check_profile(article)


# --------------------------------------------------------------------------- bad input

@pytest.mark.parametrize("case", list(BAD_CASES))
def test_analyze_bad_input(tmp_path, capsys, case):
    bad, _ = make_bad(tmp_path, case)
    assert main(["analyze", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert str(bad) in one_error_line(err)


@pytest.mark.parametrize("case", list(BAD_CASES))
def test_compare_good_and_bad_input(tmp_path, capsys, case):
    bad, _ = make_bad(tmp_path, case)
    out_file = tmp_path / "out.html"
    assert main(["compare", str(SEED_A), str(bad), "-o", str(out_file)]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert str(bad) in one_error_line(err)
    assert not out_file.exists()
    assert not (tmp_path / "out.html.tmp").exists()


def test_analyze_stops_at_first_bad_file_among_good(tmp_path, capsys):
    bad, _ = make_bad(tmp_path, "json-no-text")
    assert main(["analyze", str(SEED_A), str(bad), str(SEED_B), "--format", "json"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert str(bad) in one_error_line(err)


def test_error_message_is_passed_stderr_argument(tmp_path, capsys):
    import io
    buf = io.StringIO()
    assert main(["analyze", str(tmp_path / "nope.txt")], stderr=buf) == 1
    assert buf.getvalue() == f"framing: error: {tmp_path / 'nope.txt'}: no such file\n"
    assert capsys.readouterr().err == ""


# --------------------------------------------------------------------------- compare

class TestCompare:
    def test_writes_html_report(self, tmp_path, capsys):
        out = tmp_path / "report.html"
        assert main(["compare", str(SEED_A), str(SEED_B), "-o", str(out)]) == 0
        stdout, err = capsys.readouterr()
        assert stdout == ""
        assert err == f"wrote {out} (2 articles)\n"
        html = out.read_text(encoding="utf-8")
        assert html.startswith("<!DOCTYPE html>")
        assert html.rstrip().endswith("</html>")
        assert "Russia-US confrontation, mounting concerns" in html
        assert "war drums get louder" in html

    def test_report_is_deterministic(self, tmp_path):
        first, second = tmp_path / "one.html", tmp_path / "two.html"
        assert main(["compare", str(SEED_A), str(SEED_B), "-o", str(first)]) == 0
        assert main(["compare", str(SEED_A), str(SEED_B), "-o", str(second)]) == 0
        assert first.read_bytes() == second.read_bytes()

    def test_overwrite_existing_output(self, tmp_path):
        out = tmp_path / "r.html"
        out.write_text("old", encoding="utf-8")
        assert main(["compare", str(SEED_A), str(SEED_B), "-o", str(out)]) == 0
        assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")

    def test_one_file_holding_two_articles(self, tmp_path, capsys):
        p = tmp_path / "two.jsonl"
        p.write_text('{"title":"A","text":"Officials said the storm may worsen."}\n'
                     '{"title":"B","text":"The catastrophic storm will destroy everything!"}\n',
                     encoding="utf-8")
        out = tmp_path / "r.html"
        assert main(["compare", str(p), "-o", str(out)]) == 0
        assert "(2 articles)" in capsys.readouterr().err
        assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")

    def test_only_one_article(self, tmp_path, capsys):
        out = tmp_path / "r.html"
        assert main(["compare", str(SEED_A), "-o", str(out)]) == 1
        line = one_error_line(capsys.readouterr().err)
        assert "at least 2 articles" in line
        assert "holds 1" in line
        assert not out.exists()

    def test_without_output_is_usage_error(self, capsys):
        with pytest.raises(SystemExit) as info:
            main(["compare", str(SEED_A), str(SEED_B)])
        assert info.value.code == 2
        err = capsys.readouterr().err
        assert "-o/--output" in err and "required" in err

    def test_no_command_is_usage_error(self, capsys):
        with pytest.raises(SystemExit) as info:
            main([])
        assert info.value.code == 2

    def test_version(self, capsys):
        with pytest.raises(SystemExit) as info:
            main(["--version"])
        assert info.value.code == 0
        core = "compiled" if _native.compiled() else f"pure Python: {_native.REASON}"
        assert capsys.readouterr().out == f"framing {framing.__version__} (analysis core {core})\n"


# --------------------------------------------------------------------------- subprocess

class TestSubprocess:
    def test_module_version(self):
        proc = run_cli(["--version"])
        assert proc.returncode == 0
        assert proc.stdout.decode().startswith(f"framing {framing.__version__} (analysis core ")

    def test_console_script_bad_input_one_line(self, tmp_path):
        bad, _ = make_bad(tmp_path, "latin1")
        proc = run_cli(["analyze", str(bad)], module=False)
        assert proc.returncode == 1
        assert proc.stdout == b""
        line = one_error_line(proc.stderr.decode())
        assert line == f"framing: error: {bad}: not UTF-8 text (undecodable byte at offset 3); " \
                       "save it as UTF-8 or UTF-16 with a BOM"

    def test_module_compare_bad_input_writes_nothing(self, tmp_path):
        bad, _ = make_bad(tmp_path, "csv-no-text")
        out = tmp_path / "out.html"
        proc = run_cli(["compare", str(SEED_A), str(bad), "-o", str(out)])
        assert proc.returncode == 1
        assert str(bad) in one_error_line(proc.stderr.decode())
        assert not out.exists()

    def test_module_compare_without_output_exits_2(self):
        proc = run_cli(["compare", str(SEED_A), str(SEED_B)])
        assert proc.returncode == 2
        assert b"Traceback" not in proc.stderr
        assert b"required" in proc.stderr

    def test_analyze_stdin(self):
        text = "Storm warning issued\n\nOfficials said the catastrophic storm may hit on Friday.\n"
        proc = run_cli(["analyze", "-", "--format", "jsonl"], input=text.encode("utf-8"))
        assert proc.returncode == 0, proc.stderr.decode()
        assert b"Traceback" not in proc.stderr
        lines = proc.stdout.decode("utf-8").splitlines()
        assert len(lines) == 1
        article = json.loads(lines[0])
        assert (article["id"], article["title"]) == ("stdin", "Storm warning issued")
        assert article["text"] == "Officials said the catastrophic storm may hit on Friday."
        check_profile(article)

    def test_analyze_empty_stdin_is_error(self):
        proc = run_cli(["analyze", "-"], input=b"")
        assert proc.returncode == 1
        assert one_error_line(proc.stderr.decode()).startswith("framing: error: <stdin>: ")
