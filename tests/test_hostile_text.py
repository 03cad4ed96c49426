"""Nothing lost, nothing crashes (issue 12), on the text side: hostile text inside a valid record.

A body with no words, text that is not English, values no real article can have, adversarial strings
(zero-width joiners, direction overrides, combining marks, thousands of quotation marks, NUL, lone
surrogates) and arbitrary Unicode: every feature still gives every measure of the catalog, each value
is finite or ``None`` with a note saying why, evidence offsets slice the text exactly, and the
comparison, its summary, its page and the batch tables take it all.
"""
from __future__ import annotations

import json
import math

import pytest

import framing
from framing.catalog import MEASURES
from framing.cli import main
from framing.compare import is_low_confidence
from framing.types import Article, Profile

from conftest import VOV

NO_WORDS = ["😀", "“”", "... !!! ???", "—", "\u200d\u200d", "« »", "\n\n\n", "🇺🇸👍🏽"]


def _seed() -> Article:
    return framing.load_article(VOV)


def check_profile(p: Profile) -> None:
    """Every measure of the catalog is there; every value is finite or None with a note; every
    evidence span slices its field exactly."""
    a = p.article
    for name, f in p.features.items():
        assert [m.name for m in f.measures] == [m for (feature, m) in MEASURES if feature == name], name
        for value, note, where in [(f.value, f.note, name)] + [(m.value, m.note, f"{name}.{m.name}")
                                                               for m in f.measures]:
            if value is None:
                assert note, f"{where} has no value and no note"
            else:
                assert isinstance(value, (int, float)) and math.isfinite(value), where
        for e in f.evidence:
            source = a.title if e.field == "title" else a.text
            assert 0 <= e.start <= e.end <= len(source)
            assert source[e.start:e.end] == e.text


# ------------------------------------------------------------------ defect 2: a body with no words

@pytest.mark.parametrize("body", NO_WORDS)
def test_a_body_with_no_words_gives_every_measure_with_a_note(body):
    p = framing.analyze(Article("x", "A title", body))
    check_profile(p)
    readability = p.features["readability"]
    assert readability.value is None and readability.measure("flesch_reading_ease").value is None
    assert readability.measure("flesch_reading_ease").note


@pytest.mark.parametrize("body", ["😀", "“”", "... !!! ???"])
def test_compare_and_render_take_a_body_with_no_words(body):
    profiles = [framing.analyze(_seed()), framing.analyze(Article("x", "A title", body))]
    comparison = framing.compare(profiles)
    grade = next(r for r in comparison.rows if (r.feature, r.measure) == ("readability", "flesch_reading_ease"))
    assert grade.values[1] is None and grade.notes[1]
    assert not any("grade" in line and "B " in line for line in comparison.summary)
    page = framing.render_comparison(comparison)
    assert "<html" in page and "A title" in page


def test_compare_command_with_an_emoji_only_body_writes_a_report(tmp_path, capsys):
    emoji = tmp_path / "emoji.txt"
    emoji.write_text("A title\n\n😀\n", encoding="utf-8")
    out = tmp_path / "r.html"
    assert main(["compare", str(VOV), str(emoji), "-o", str(out)]) == 0
    assert "internal error" not in capsys.readouterr().err
    assert "A title" in out.read_text(encoding="utf-8")


def test_batch_story_with_no_words_bodies_finishes(tmp_path):
    seed = _seed()
    rows = [{"id": "a", "title": seed.title, "text": seed.text, "story": "s1", "source": "X"},
            {"id": "b", "title": "Emoji", "text": "😀", "story": "s1", "source": "Y"},
            {"id": "c", "title": "Quotes", "text": "“”", "story": "s1", "source": "Y"}]
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["batch", str(corpus), "--out", str(out), "--jobs", "1", "--quiet"]) == 0
    assert not (out / "errors.jsonl").read_text(encoding="utf-8").strip()
    lines = (out / "features.jsonl").read_text(encoding="utf-8").splitlines()
    assert len(lines) == 3
    assert any(p.name.startswith("story") for p in out.rglob("*.html"))


def test_sources_command_takes_no_words_bodies(tmp_path):
    seed = _seed()
    rows = [{"id": f"a{i}", "title": seed.title, "text": seed.text, "source": "X"} for i in range(3)]
    rows += [{"id": f"b{i}", "title": "Emoji", "text": body, "source": "Y"} for i, body in enumerate(NO_WORDS[:3])]
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["sources", str(corpus), "--out", str(out), "--jobs", "1", "--quiet"]) == 0
    assert (out / "sources.html").is_file() or any(out.glob("*.html"))


# ------------------------------------------------------------------ defect 9: values no article can have

NUMBERS = " ".join(str(i) for i in range(500))  # one 500-word sentence: grade 191 before
MEGA_LINE = ("Officials said the plan was dead and experts warned " * 20_000)[:1_000_000]  # no sentence end
NESTED = 'He said "' * 50 + "yes" + '"' * 50  # 1,250 attributions per 100 sentences before
QUOTE_MARKS = "\"'" * 1000  # 1,000 quotations in two words: 500,000 per 1,000 words before
# (marks with no words between them quote nobody: they are counted as scare_quotes, not quotes)


@pytest.mark.parametrize("text, where", [
    (NUMBERS, ("readability", None)), (NUMBERS, ("readability", "flesch_reading_ease")),
    (NUMBERS, ("style", "mean_sentence_length")), (MEGA_LINE, ("readability", "dale_chall")),
    (MEGA_LINE, ("sourcing", None)), (NESTED, ("sourcing", "per_100_sentences")),
    (QUOTE_MARKS, ("sourcing", "scare_quotes")),
])
def test_a_value_no_article_can_have_is_given_no_value_and_a_note(text, where):
    p = framing.analyze(Article("x", "T", text))
    check_profile(p)
    f = p.features[where[0]]
    value, note = (f.value, f.note) if where[1] is None else (f.measure(where[1]).value, f.measure(where[1]).note)
    assert value is None and note.startswith("out of range:") and is_low_confidence(note)


def test_every_plausible_range_is_wide_enough_for_the_seed_articles(vov, pl):
    for p in (vov, pl):
        check_profile(p)
        for f in p.features.values():
            assert not f.note.startswith("out of range")
            assert not any(m.note.startswith("out of range") for m in f.measures)


def test_out_of_range_values_never_reach_the_summary():
    absurd = framing.analyze(Article("x", "Numbers", NUMBERS))
    comparison = framing.compare([framing.analyze(_seed()), absurd])
    assert not any("grade" in line for line in comparison.summary)
    page = framing.render_comparison(comparison)
    assert "out of range" in page and "191" not in page.split("out of range")[0][-200:]


# ------------------------------------------------------------------ defect 8: text that is not English

SPANISH = ("El gobierno anunció este martes que las elecciones generales se celebrarán en marzo, según "
           "fuentes oficiales del ministerio del Interior. La oposición calificó la decisión de "
           "precipitada y pidió que se retrase hasta que el censo esté completo. «Es una maniobra para "
           "ganar tiempo», dijo la portavoz del principal partido opositor, que advirtió de posibles "
           "protestas en las próximas semanas si el Ejecutivo no rectifica.")
CHINESE = ("政府周二宣布，大选将于三月举行。据内政部官方消息，反对党称这一决定过于仓促，并要求推迟到人口普查完成之后。"
           "主要反对党的发言人表示：“这是拖延时间的手段。”她警告说，如果政府不纠正，未来几周可能会出现抗议活动。")


@pytest.mark.parametrize("text, code", [(SPANISH, "es"), (CHINESE, "zh")])
def test_text_that_is_not_english_gets_no_english_lexicon_values(text, code):
    p = framing.analyze(Article("x", "Titular", text))
    check_profile(p)
    assert p.language == code and not p.is_english
    for name in ("readability", "hedging", "boosters", "alarmist", "loaded", "sentiment", "sourcing", "speculation"):
        f = p.features[name]
        assert f.value is None and f.note == f"not English ({code}): this measure reads English words"
        assert not f.evidence and all(m.value is None for m in f.measures)
    style = p.features["style"]
    assert style.value and style.measure("direct_address").value is None
    assert style.measure("sentences").value >= 1
    assert p.to_dict()["language"] == code and p.to_row()["language"] == code


def test_an_english_article_quoting_spanish_stays_english():
    seed = _seed()
    mixed = seed.text[:1500] + " «No pasarán», gritaban los manifestantes frente al ministerio. " + seed.text[1500:3000]
    p = framing.analyze(Article("x", seed.title, mixed))
    assert p.language == "en" and p.is_english
    assert p.features["hedging"].value is not None and p.features["readability"].value is not None


@pytest.mark.parametrize("text", ["😀", "Sí.", "Hola amigos", "Paris, Texas"])
def test_text_too_short_to_tell_is_read_as_english_and_nothing_is_said(text):
    p = framing.analyze(Article("x", "", text))
    assert p.language is None and p.is_english
    assert not any(f.note.startswith("not English") for f in p.features.values())


def test_a_long_body_is_identified_from_three_windows_in_milliseconds():
    import time
    from framing.analysis.language import identify
    identify("warm", SPANISH)  # loads the model once per process
    start = time.process_time()
    for _ in range(20):
        assert identify("Titular", SPANISH * 2_000) == "es"  # about 900 KB
    assert (time.process_time() - start) / 20 < 0.05  # (about 5 ms; the model reads 6 KB of it)


def test_the_report_and_the_batch_index_say_an_article_is_not_english(tmp_path):
    spanish = Article("es1", "Titular", SPANISH)
    comparison = framing.compare([framing.analyze(_seed()), framing.analyze(spanish)])
    page = framing.render_comparison(comparison)
    assert "not English (es)" in page
    rows = [{"id": "a", "title": _seed().title, "text": _seed().text},
            {"id": "b", "title": "Titular", "text": SPANISH}, {"id": "c", "title": "标题", "text": CHINESE}]
    corpus = tmp_path / "in.jsonl"
    corpus.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["batch", str(corpus), "--out", str(out), "--jobs", "1", "--quiet"]) == 0
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "2 articles not in English" in index and "not English (es)" in index
    table = [json.loads(line) for line in (out / "features.jsonl").read_text(encoding="utf-8").splitlines()]
    assert [r["language"] for r in table] == ["en", "es", "zh"]
    assert table[1]["hedging"] is None and table[0]["hedging"] is not None


# ------------------------------------------------------------------ 45 adversarial strings

HOSTILE = {
    "zero-width joiners": "war\u200d" * 500, "zero-width non-joiners": "may\u200c be " * 300,
    "zero-width spaces": "said\u200b" * 500, "right-to-left override": "\u202eOfficials said it may be war\u202c",
    "left-to-right override": "\u202dabc\u202c said", "bidi isolates": "\u2067He said\u2069 \u2066\"war\"\u2069",
    "combining marks": "e\u0301" * 2000, "zalgo": ("war" + "\u0336\u0337\u0338" * 30 + " ") * 50,
    "10,000 straight quotes": '"' * 10_000, "10,000 curly quotes": "\u201c" * 10_000,
    "alternating curly quotes": "\u201c\u201d" * 5_000, "10,000 apostrophes": "'" * 10_000,
    "guillemets": "« " * 3_000 + "said" + " »" * 3_000, "corner brackets": "「said」" * 500,
    "nested quotes": 'He said "' * 200 + "yes" + '"' * 200, "lone high surrogate": "it may \ud83d be war",
    "lone low surrogate": "\udc00 officials said", "NUL": "a\x00b said\x00", "emoji only": "😀" * 1_000,
    "family emoji": "👨\u200d👩\u200d👧\u200d👦 " * 200, "flags": "🇺🇸🇬🇧" * 300,
    "skin tones": "👍🏽👍🏿" * 300, "byte order marks": "\ufeff said \ufeff" * 100,
    "CRLF lines": "Officials said.\r\n" * 300, "lone carriage returns": "may\rbe\r" * 300,
    "form feeds and vertical tabs": "said\f\vwar\f" * 300, "line and paragraph separators": "war\u2028may\u2029" * 300,
    "no-break spaces": "it\u00a0may\u00a0be\u00a0war " * 300, "ideographic spaces": "said\u3000" * 500,
    "fullwidth letters": "Ｏｆｆｉｃｉａｌｓ ｓａｉｄ " * 200, "mathematical bold": "𝐖𝐚𝐫 𝐦𝐚𝐲 " * 300,
    "dotted capital I": "İSTANBUL İ̇ said " * 300, "ligatures and sharp s": "ﬁnally ßtraße ﬂat " * 300,
    "Greek": "Ο υπουργός είπε ότι ίσως υπάρξει πόλεμος. " * 50, "Arabic": "قال المسؤولون إن الحرب ممكنة. " * 50,
    "Hebrew with marks": "\u200fאמר השר\u200e said " * 100, "Devanagari": "अधिकारियों ने कहा कि युद्ध संभव है। " * 50,
    "Thai without spaces": "เจ้าหน้าที่กล่าวว่าอาจเกิดสงคราม" * 50, "one 100,000-letter word": "a" * 100_000,
    "white space only": " \t \u00a0 \u3000 " * 100, "script tags": "<script>alert(1)</script> said " * 50,
    "template syntax": "{{ 7*7 }} {% raw %} said " * 50, "private use and noncharacters": "\ue000\uffff\ufffe said " * 200,
    "terminal escapes": "\x1b[31mwar\x1b[0m said " * 200, "10,000 exclamation marks": "!" * 10_000,
}


def test_there_are_45_hostile_strings():
    assert len(HOSTILE) == 45


@pytest.fixture(scope="module")
def seed_profile() -> Profile:
    return framing.analyze(_seed())


@pytest.mark.parametrize("name", list(HOSTILE))
def test_a_hostile_string_gives_a_whole_profile_and_a_report(name, seed_profile):
    text = HOSTILE[name]
    p = framing.analyze(Article("h", f"Title {text[:40]}", text))
    check_profile(p)
    page = framing.render_comparison(framing.compare([seed_profile, p]))
    assert "<script>alert(1)" not in page and "&lt;script&gt;" in page if "<script>" in text else "<html" in page


def test_a_nul_character_is_refused_by_the_loaders_whichever_way_it_is_written(tmp_path):
    from framing.errors import InputError

    escaped, raw = tmp_path / "escaped.json", tmp_path / "raw.txt"
    escaped.write_text(json.dumps({"title": "T", "text": HOSTILE["NUL"]}), encoding="utf-8")
    raw.write_text("T\n" + HOSTILE["NUL"], encoding="utf-8")
    for path in (escaped, raw):
        with pytest.raises(InputError, match="NUL"):
            framing.load_articles(path)


# ------------------------------------------------------------------ properties: any text at all

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

ANY_CHARACTER = st.characters(codec=None, exclude_categories=())  # surrogates, controls, NUL included
PIECES = st.sampled_from(["said", "may", "war", "\u201c", "\u201d", '"', "'", "!", "?", ".", "\n", "\n\n", "😀",
                          "\u200d", "\u202e", "If", "likely", "officials", "you", "El", "dijo", "que"])
ANY_TEXT = st.lists(st.one_of(st.text(ANY_CHARACTER, max_size=8), PIECES), max_size=40).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=ANY_TEXT, body=ANY_TEXT)
def test_any_text_gives_exact_offsets_finite_values_and_a_report(title, body, seed_profile):
    p = framing.analyze(Article("h", title, body))
    check_profile(p)
    comparison = framing.compare([seed_profile, p])
    for row in comparison.rows:
        assert all(v is None or math.isfinite(v) for v in row.values)
        assert all(n for v, n in zip(row.values, row.notes) if v is None)
    assert "<html" in framing.render_comparison(comparison)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(title=ANY_TEXT, body=ANY_TEXT, kind=st.sampled_from(["json", "jsonl", "txt"]))
def test_any_text_read_from_a_file_is_an_error_line_or_a_whole_profile(title, body, kind, tmp_path_factory):
    from framing.errors import InputError

    folder = tmp_path_factory.mktemp("any")
    record = {"title": title, "text": body}
    path = folder / f"a.{kind}"
    if kind == "txt":
        path.write_text(f"{title}\n{body}", encoding="utf-8", errors="surrogatepass")
    else:
        path.write_text(json.dumps(record) + ("\n" if kind == "jsonl" else ""), encoding="utf-8")
    try:
        articles = framing.load_articles(path)
    except InputError as exc:
        assert str(exc).startswith(str(path)) and "\n" not in str(exc)
        return
    for a in articles:
        check_profile(framing.analyze(a))


def test_analyze_says_the_language_of_an_article_that_is_not_english(tmp_path, capsys):
    path = tmp_path / "es.txt"
    path.write_text("Titular\n\n" + SPANISH + "\n", encoding="utf-8")
    assert main(["analyze", str(path)]) == 0
    out = capsys.readouterr().out
    assert "language: es (not English)" in out and "[not English (es)" in out
