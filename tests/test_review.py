"""framing review: each rule fires where it should and not where it should not, positions slice the
text and point at the right line and column of the file, the outputs (text, JSON, SARIF 2.1.0), the
exit codes, house profiles and the configuration. The drafts are written here, by hand."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from framing import Article, analyze, load_article
from framing.cli import main
from framing.review import review, review_profiles
from framing.review.config import ConfigError, ReviewConfig, load_config
from framing.review.house import percentile
from framing.review.output import format_text, printable
from framing.review.rules import RULE_IDS, RULES
from framing.review.sarif import to_sarif
from framing.version import __version__

DRAFT_MD = """---
title: "Budget catastrophe: council vote will ruin the city"
author: Test Writer
---

The city council approved a budget of $4.2 million on Tuesday, Mayor Ana Ruiz said in a statement.

Critics claimed the plan would hurt schools. Officials say the vote was rushed.

“We cannot keep paying for roads that nobody uses and bridges that go nowhere,” the statement read.

The city is on the verge of collapse. If the council fails again, the city will go bankrupt.

Some residents may possibly move away, according to the planning office.

This is an OUTRAGE, and the council members know it.

The committee's consideration of infrastructural reauthorization notwithstanding, administrative \
representatives characterized the intergovernmental appropriations methodology as fundamentally incompatible \
with the municipality's constitutionally authorized budgetary responsibilities regarding transportation.
"""

# the same kinds of words, where a careful writer puts them: quoted, attributed, hedged once, supported
CAREFUL_TXT = """Council approves road budget after a catastrophe warning

The city council approved a road budget of $4.2 million on Tuesday, Mayor Ana Ruiz said in a statement.

“This is a catastrophe for the east side, and it will only get WORSE if we wait,” Ruiz told reporters.

Tom Berg, who chairs the finance committee, said the repairs would likely take two years.

Council member Lena Ortiz called the plan a “cheap fix” and said she wanted more money for buses.
"""

CLEAN_TXT = """Council approves road budget

The city council approved a road budget of $4.2 million on Tuesday, Mayor Ana Ruiz said in a statement.

“The money goes to repairs on the east side first,” Ruiz told reporters after the vote.

Tom Berg, who chairs the finance committee, said the repairs should take two years.

The vote was seven to two. Council member Lena Ortiz, who voted against the plan, said she wanted more money for buses.
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _findings(path: Path, config: ReviewConfig = ReviewConfig()):
    article = load_article(path)
    return article, review(analyze(article), config)


def _by_rule(findings) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for f in findings:
        out.setdefault(f.rule, []).append(f.excerpt)
    return out


# ------------------------------------------------------------------ the rules

def test_each_rule_fires_on_the_draft_where_it_should(tmp_path):
    _, findings = _findings(_write(tmp_path, "draft.md", DRAFT_MD))
    found = _by_rule(findings)
    # ("ruin" alone is a weak fear word, alarm only when framed: alarmist.WEAK_FEAR)
    assert found["framing.headline-overclaims"] == ["catastrophe"]
    assert found["framing.loaded-report-verb"] == ["claimed"]
    # "the council members know it": unnamed members, a vague source (no name in the phrase)
    assert found["framing.anonymous-source"] == ["Critics", "Officials", "the council members"]
    assert len(found["framing.quote-without-speaker"]) == 1
    assert found["framing.quote-without-speaker"][0].startswith("“We cannot keep paying")
    assert "on the verge of collapse" in found["framing.alarmist-own-voice"]
    assert "The city is on the verge of collapse." in found["framing.unattributed-claim"]
    assert found["framing.certain-prediction"][-1] == "If the council fails again, the city will go bankrupt"
    # "Some residents" is a plain quantity, not a hedge (issue 13): the stack is "may possibly"
    assert found["framing.stacked-hedges"] == ["may possibly"]
    assert found["framing.shouted-word"] == ["OUTRAGE"]
    assert [e.split()[:2] for e in found["framing.hard-sentence"]] == [["The", "committee's"]]
    assert "framing.house-norm" not in found  # no house profile given
    severities = {f.rule: f.severity for f in findings}
    assert severities["framing.headline-overclaims"] == "error"
    assert severities["framing.loaded-report-verb"] == "warning"
    assert severities["framing.shouted-word"] == "suggestion"


def test_no_rule_fires_on_a_careful_draft(tmp_path):
    """Alarm and capitals inside a quotation, a prediction that is attributed and hedged, a two-word
    scare quote, a headline word the body uses: none of it is the writer overclaiming."""
    _, findings = _findings(_write(tmp_path, "careful.txt", CAREFUL_TXT))
    assert findings == [], [(f.rule, f.excerpt) for f in findings]
    _, findings = _findings(_write(tmp_path, "clean.txt", CLEAN_TXT))
    assert findings == []


def test_a_headline_alarm_with_no_alarm_in_the_body():
    profile = analyze(Article("h", "Council vote sparks utter chaos", "The council voted seven to two on Tuesday, "
                              "the clerk said. The budget passes to the mayor, who signs it next week."))
    found = [f for f in review(profile) if f.rule == "framing.headline-overclaims"]
    assert [f.excerpt for f in found] == ["chaos"]
    assert "no alarmist language at all" in found[0].message


def test_rules_are_documented_with_stable_ids_and_known_severities():
    assert len(set(RULE_IDS)) == len(RULE_IDS) == 11
    for rule in RULES:
        assert rule.id.startswith("framing.") and rule.id == rule.id.lower()
        assert rule.severity in ("error", "warning", "suggestion")
        assert rule.summary and rule.suggestion and rule.reads
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for rule_id in RULE_IDS:
        assert f"`{rule_id}`" in readme, f"{rule_id} is not in the README's table of rules"


# ------------------------------------------------------------------ positions

@pytest.mark.parametrize("name,text", [("draft.md", DRAFT_MD), ("careful.txt", CAREFUL_TXT.replace(
    "likely", "possibly perhaps"))])
def test_positions_slice_the_text_and_point_at_the_file(tmp_path, name, text):
    path = _write(tmp_path, name, text)
    article, findings = _findings(path)
    assert findings
    lines = text.split("\n")
    for f in findings:
        field = article.title if f.field == "title" else article.text
        assert field[f.start:f.end] == f.excerpt
        assert f.in_file
        first_line = f.excerpt.split("\n")[0]
        assert lines[f.line - 1][f.column - 1:].startswith(first_line), (f.rule, f.line, f.column)
        if f.line == f.end_line:
            assert lines[f.line - 1][f.column - 1:f.end_column - 1] == f.excerpt


def test_hand_checked_line_and_column(tmp_path):
    _, findings = _findings(_write(tmp_path, "draft.md", DRAFT_MD))
    where = {(f.rule, f.excerpt): (f.line, f.column, f.end_line, f.end_column) for f in findings}
    # line 2 is 'title: "Budget catastrophe: ...': 'catastrophe' starts after 'title: "Budget ' (15 characters)
    assert where[("framing.headline-overclaims", "catastrophe")] == (2, 16, 2, 27)
    assert where[("framing.loaded-report-verb", "claimed")] == (8, 9, 8, 16)  # 'Critics claimed'
    assert where[("framing.shouted-word", "OUTRAGE")] == (16, 12, 16, 19)  # 'This is an OUTRAGE'


def test_html_positions_are_in_the_extracted_text_and_say_so(tmp_path):
    html = ("<html><head><title>Vote sparks utter chaos</title></head><body><article><h1>Vote sparks utter chaos</h1>"
            "<p>The council voted seven to two on Tuesday, the clerk said in a statement to reporters.</p>"
            "<p>Critics claimed the vote was rushed and that the budget would leave the city short of money "
            "for its buses and roads next year.</p></article></body></html>")
    path = _write(tmp_path, "page.html", html)
    article = load_article(path)
    findings = review(analyze(article))
    verbs = [f for f in findings if f.rule == "framing.loaded-report-verb"]
    assert verbs and not verbs[0].in_file
    body = article.text
    line = 3 + body.count("\n", 0, verbs[0].start)
    column = verbs[0].start - (body.rfind("\n", 0, verbs[0].start) + 1) + 1
    assert (verbs[0].line, verbs[0].column) == (line, column)
    text = format_text(findings, [str(path)])
    assert f"{path}: note: positions are in the text extracted from the file" in text.splitlines()[0]
    assert to_sarif(findings)["runs"][0]["results"][0]["properties"]["positions"] == "extracted text"


# ------------------------------------------------------------------ outputs

def test_text_output_lines(tmp_path):
    path = _write(tmp_path, "draft.md", DRAFT_MD)
    _, findings = _findings(path)
    out = format_text(findings, [str(path)])
    lines = out.splitlines()
    assert lines[0] == (f"{path}:2:16  error  framing.headline-overclaims  the headline says 'catastrophe' "
                        "(alarmist); the body never uses the word")
    assert lines[1] == "    Budget catastrophe: council vote will ruin the city"
    assert lines[2] == "           ^^^^^^^^^^^"
    assert lines[3].startswith("    suggestion: ")
    n = len(findings)
    errors = sum(f.severity == "error" for f in findings)
    assert lines[-1].startswith(f"{errors} errors, ") and lines[-1].endswith(" in 1 file.")
    assert len(lines) == 4 * n + 2


def test_output_escapes_nothing_but_control_characters(tmp_path):
    text = ("Fish & chips <b>shop</b> closes\n\nThe owner said the shop will close & that the <b>CHEAP</b> "
            "fish \x1b[31mWILL\x1b[0m be gone. Critics claimed it was rushed.\n")
    path = _write(tmp_path, "amp.txt", text)
    _, findings = _findings(path)
    out = format_text(findings, [str(path)])
    assert "claimed" in out and "&" in out and "<b>" in out
    assert "&amp;" not in out and "&lt;" not in out and "\x1b" not in out
    assert printable("a\x1bb\u202ec\td") == "a\\x1bb\\u202ec d"
    assert "\\x1b[31mWILL\\x1b[0m" in out  # shown, not sent to the terminal


def _require(obj, path: str, *keys):
    for key in keys:
        assert key in obj, f"{path}.{key} is required"


def validate_sarif(log: dict) -> None:
    """The required structure of SARIF 2.1.0 (from the OASIS schema's 'required' lists, plus the fields
    code hosts read): version, runs[].tool.driver{name, version, informationUri, rules[]}, results[]
    {ruleId, level, message.text, locations[].physicalLocation{artifactLocation.uri, region{...}}}."""
    _require(log, "log", "version", "$schema", "runs")
    assert log["version"] == "2.1.0"
    assert isinstance(log["runs"], list) and log["runs"]
    for run in log["runs"]:
        _require(run, "run", "tool", "results")
        driver = run["tool"]["driver"]
        _require(driver, "driver", "name", "version", "informationUri", "rules")
        ids = [r["id"] for r in driver["rules"]]
        for rule in driver["rules"]:
            _require(rule, "rule", "id", "shortDescription", "defaultConfiguration")
            assert rule["defaultConfiguration"]["level"] in ("none", "note", "warning", "error")
        for result in run["results"]:
            _require(result, "result", "ruleId", "level", "message", "locations")
            assert result["ruleId"] in ids and ids[result["ruleIndex"]] == result["ruleId"]
            assert result["level"] in ("none", "note", "warning", "error")
            assert isinstance(result["message"]["text"], str) and result["message"]["text"]
            for location in result["locations"]:
                physical = location["physicalLocation"]
                assert isinstance(physical["artifactLocation"]["uri"], str)
                region = physical["region"]
                _require(region, "region", "startLine", "startColumn", "endLine", "endColumn", "snippet")
                assert 1 <= region["startLine"] <= region["endLine"]
                assert region["startColumn"] >= 1 and region["endColumn"] >= 1
                if region["startLine"] == region["endLine"]:
                    assert region["endColumn"] >= region["startColumn"]
                assert isinstance(region["snippet"]["text"], str)


def test_sarif_has_the_required_structure(tmp_path, capsys):
    path = _write(tmp_path, "draft.md", DRAFT_MD)
    assert main(["review", str(path), "--format", "sarif"]) == 0
    log = json.loads(capsys.readouterr().out)
    validate_sarif(log)
    results = log["runs"][0]["results"]
    assert log["runs"][0]["tool"]["driver"]["version"] == __version__
    first = results[0]
    assert first["ruleId"] == "framing.headline-overclaims" and first["level"] == "error"
    region = first["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["snippet"]["text"]) == (2, 16, "catastrophe")
    assert {r["level"] for r in results} == {"error", "warning", "note"}


def test_json_output(tmp_path, capsys):
    path = _write(tmp_path, "draft.md", DRAFT_MD)
    assert main(["review", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["files"] == [str(path)] and data["framing_version"] == __version__
    assert sum(data["counts"].values()) == len(data["findings"])
    assert data["findings"][0]["excerpt"] == "catastrophe" and data["findings"][0]["positions"] == "file"


# ------------------------------------------------------------------ exit codes

def test_fail_on_exit_codes(tmp_path, capsys):
    draft = str(_write(tmp_path, "draft.md", DRAFT_MD))
    clean = str(_write(tmp_path, "clean.txt", CLEAN_TXT))
    assert main(["review", draft]) == 0  # findings, but no --fail-on
    assert main(["review", draft, "--fail-on", "error"]) == 1
    assert main(["review", draft, "--fail-on", "warning"]) == 1
    assert main(["review", clean, "--fail-on", "warning"]) == 0
    shouted = str(_write(tmp_path, "shout.txt", CLEAN_TXT.replace("seven to two", "SEVEN to two")))
    assert main(["review", shouted, "--fail-on", "warning"]) == 0  # a suggestion only
    capsys.readouterr()
    with pytest.raises(SystemExit) as exc:
        main(["review", draft, "--fail-on", "note"])
    assert exc.value.code == 2


def test_a_missing_draft_is_one_line(tmp_path, capsys):
    missing = tmp_path / "nope.md"
    assert main(["review", str(missing)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("framing: error: ") and "nope.md" in err
    (tmp_path / "empty").mkdir()
    assert main(["profile", "build", str(tmp_path / "empty"), "-o", str(tmp_path / "h.json")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "empty" in err and not (tmp_path / "h.json").exists()


# ------------------------------------------------------------------ house profiles

def _published(i: int) -> str:
    return (f"Council approves budget number {i}\n\nThe city council approved a budget of ${i}.{i} million on "
            f"Tuesday, Mayor Ana Ruiz said in a statement. The vote was {i % 5 + 5} to two.\n\n"
            f"“The money goes to repairs on street {i} first,” Ruiz told reporters after the vote.\n\n"
            "Tom Berg, who chairs the finance committee, said the repairs should take two years.\n")


def test_percentiles_by_hand():
    values = [1.0, 2.0, 3.0, 4.0, 10.0]
    assert percentile(values, 50) == 3.0
    assert percentile(values, 25) == 2.0
    assert percentile(values, 95) == pytest.approx(4 + 0.8 * 6)  # 4 of 4 ranks * 0.95 = 3.8
    assert percentile([7.0], 5) == 7.0


def test_profile_build_and_review_against_it(tmp_path, capsys):
    (tmp_path / "published").mkdir()
    published = [str(_write(tmp_path / "published", f"pub{i:02}.txt", _published(i))) for i in range(12)]
    house = tmp_path / "house.json"
    assert main(["profile", "build", *published, "-o", str(house)]) == 0
    from_folder = tmp_path / "folder.json"
    assert main(["profile", "build", str(tmp_path / "published"), "-o", str(from_folder)]) == 0
    assert from_folder.read_bytes() == house.read_bytes()
    data = json.loads(house.read_text(encoding="utf-8"))
    assert data["framing_version"] == __version__ and data["n_articles"] == 12
    assert data["percentiles"] == [5, 25, 50, 75, 95]
    hedging = data["columns"]["hedging"]
    assert hedging["n"] == 12 and hedging["p5"] <= hedging["p50"] <= hedging["p95"]
    assert "style.words" in data["columns"] and "sourcing.quoted_share" in data["columns"]
    capsys.readouterr()
    hedgy = _write(tmp_path, "hedgy.txt", _published(3).replace(
        "The vote was", "The vote may possibly have been, perhaps, roughly").replace(
        "should take", "might possibly take"))
    assert main(["review", str(hedgy), "--profile", str(house), "--format", "json"]) == 0
    findings = json.loads(capsys.readouterr().out)["findings"]
    norms = [f for f in findings if f["rule"] == "framing.house-norm"]
    messages = [f["message"] for f in norms]
    assert any(m.startswith("Hedging, per 1,000 own-voice words: ") and "above the 95th percentile of your published "
               "articles, " in m for m in messages), messages
    for f in norms:
        assert f["severity"] == "suggestion"
    (tmp_path / "framing.toml").write_text('[review]\nhouse-numbers = "all"\n', encoding="utf-8")
    assert main(["review", str(hedgy), "--profile", str(house), "--format", "json", "--config",
                 str(tmp_path / "framing.toml")]) == 0
    every = [f for f in json.loads(capsys.readouterr().out)["findings"] if f["rule"] == "framing.house-norm"]
    assert len(every) > len(norms)
    assert any(m.startswith("Hedging: modal, per 1,000 own-voice words: ") for m in (f["message"] for f in every))
    assert main(["review", str(_write(tmp_path, "same.txt", _published(4))), "--profile", str(house),
                 "--format", "json"]) == 0
    assert not [f for f in json.loads(capsys.readouterr().out)["findings"] if f["rule"] == "framing.house-norm"]


@pytest.mark.parametrize("content,problem", [
    ("{not json", "not a house profile (not valid JSON"),
    ('{"format": "something else"}', "not a house profile (make one with"),
    ('{"format": "framing-house-profile", "format_version": 1, "framing_version": "0.0.1", "columns": {}}',
     "a house profile of framing 0.0.1"),
    (json.dumps({"format": "framing-house-profile", "format_version": 1, "framing_version": __version__,
                 "n_articles": 3, "columns": {"hedging": {"n": 3}}}), "corrupt house profile"),
])
def test_a_bad_house_profile_is_one_clear_line(tmp_path, capsys, content, problem):
    house = _write(tmp_path, "house.json", content)
    draft = _write(tmp_path, "clean.txt", CLEAN_TXT)
    assert main(["review", str(draft), "--profile", str(house)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"house.json: {problem}" in err


# ------------------------------------------------------------------ configuration

def test_config_unknown_key_is_one_line_listing_the_valid_keys(tmp_path, monkeypatch, capsys):
    (tmp_path / "pyproject.toml").write_text('[tool.framing.review]\nhard-sentence = 20\n', encoding="utf-8")
    draft = _write(tmp_path, "clean.txt", CLEAN_TXT)
    monkeypatch.chdir(tmp_path)
    assert main(["review", str(draft)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "pyproject.toml: [tool.framing.review] unknown key 'hard-sentence'; valid keys: enable, disable" in err
    assert "hard-sentence-grade" in err


@pytest.mark.parametrize("toml,message", [
    ('[tool.framing.review.severity]\n"framing.shouted-word" = "fatal"\n',
     "severity.framing.shouted-word: 'fatal' is not a severity; valid values: error, warning, suggestion, off"),
    ('[tool.framing.review]\ndisable = ["framing.shouting"]\n', "disable: unknown rule 'framing.shouting'"),
    ('[tool.framing.review]\nhouse-range = 90\n', "house-range: 90 is not valid; valid values: 95, 75"),
    ('[tool.framing.review]\nhedges-per-sentence = 1\n', "hedges-per-sentence: 1 is not valid"),
    ('[tool.framing.review\n', "not valid TOML"),
    ('[tool.framing.reveiw]\n', "[tool.framing] unknown key 'reveiw'; valid keys: review"),
])
def test_config_bad_values(tmp_path, toml, message):
    path = tmp_path / "pyproject.toml"
    path.write_text(toml, encoding="utf-8")
    with pytest.raises(ConfigError) as exc:
        load_config(str(path))
    assert message in str(exc.value) and str(path) in str(exc.value)


def test_config_found_upwards_switches_rules_and_severities(tmp_path, monkeypatch):
    (tmp_path / "framing.toml").write_text(
        '[review]\ndisable = ["framing.anonymous-source"]\nhard-sentence-grade = 50\n\n'
        '[review.severity]\n"framing.loaded-report-verb" = "error"\n"framing.shouted-word" = "off"\n', encoding="utf-8")
    sub = tmp_path / "drafts" / "today"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    config = load_config()
    assert config.source == str(tmp_path / "framing.toml")
    _, findings = _findings(_write(tmp_path, "draft.md", DRAFT_MD), config)
    rules = {f.rule: f.severity for f in findings}
    assert "framing.anonymous-source" not in rules and "framing.shouted-word" not in rules
    assert "framing.hard-sentence" not in rules  # grade 40 < 50
    assert rules["framing.loaded-report-verb"] == "error"


def test_a_pyproject_without_the_table_is_passed_over(tmp_path, monkeypatch):
    (tmp_path / "framing.toml").write_text('[tool.framing.review]\nfail-on = "warning"\n', encoding="utf-8")
    sub = tmp_path / "project"
    sub.mkdir()
    (sub / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    monkeypatch.chdir(sub)
    assert load_config().fail_on == "warning"
    draft = _write(tmp_path, "draft.md", DRAFT_MD)
    assert main(["review", str(draft)]) == 1  # fail-on from the configuration
    assert main(["review", str(draft), "--config", str(sub / "pyproject.toml")]) == 2  # no table in it


def test_review_profiles_names_records_of_one_file(tmp_path):
    path = tmp_path / "drafts.jsonl"
    path.write_text("".join(json.dumps({"id": f"d{i}", "title": "Vote sparks utter chaos", "text": CLEAN_TXT}) + "\n"
                            for i in range(2)), encoding="utf-8")
    from framing import load_articles
    findings = review_profiles([analyze(a) for a in load_articles(path)])
    assert {f.path for f in findings} == {f"{path}#d0", f"{path}#d1"}
    assert all(not f.in_file and f.file == str(path) for f in findings)
