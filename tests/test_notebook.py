"""Profiles and comparisons in a Jupyter notebook: ``_repr_html_`` shows the report without the page
chrome, with styles that stay inside it; ``profiles_to_frame`` gives the feature table as a DataFrame."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import framing
from framing.types import Article

CHROMIUM = Path("/usr/bin/chromium")


def test_a_profile_and_a_comparison_display_their_report_without_the_page_chrome(vov, pl):
    for obj in (vov, framing.compare([vov, pl])):
        html = obj._repr_html_()
        assert html.lstrip().startswith('<div class="framing-report">')
        assert "<html" not in html and "<body" not in html and "<!DOCTYPE" not in html
        assert "@scope (.framing-report)" in html
        assert 'class="hl hl-' in html  # the highlighted text is there
    assert "How are these 2 articles written?" in framing.compare([vov, pl])._repr_html_()
    assert vov.article.title in vov._repr_html_()


def test_notebook_html_escapes_the_article():
    p = framing.analyze(Article("x", "<script>alert(1)</script>", "Officials said <b>bold</b> things."))
    html = p._repr_html_()
    assert "<script>alert" not in html and "&lt;script&gt;" in html and "<b>bold" not in html


def test_the_report_styles_stay_inside_the_report(vov, pl):
    """In a notebook page, the report's rules (body font, .small, tables) must not restyle the notebook."""
    assert CHROMIUM.exists(), "install Debian's chromium (apt-get install chromium)"
    from playwright.sync_api import sync_playwright

    host = ('<!DOCTYPE html><html lang="en"><head><title>notebook</title></head><body style="font: 20px sans-serif">'
            '<p class="small" id="outside">the notebook\'s own text</p>'
            + framing.compare([vov, pl])._repr_html_() + "</body></html>")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM))
        page = browser.new_page()
        page.set_content(host)
        outside = page.evaluate("getComputedStyle(document.querySelector('#outside')).fontSize")
        inside = page.evaluate("getComputedStyle(document.querySelector('.framing-report .small')).fontSize")
        browser.close()
    assert outside == "20px"  # the report's ".small { font-size: .86rem }" did not reach it
    assert inside != "20px"


def test_profiles_to_frame_has_one_row_per_article_with_the_table_columns(vov, pl):
    frame = framing.profiles_to_frame([vov, pl])
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.index) == [vov.article.id, pl.article.id]
    row = vov.to_row()
    assert list(frame.columns) == list(row)
    for column, value in row.items():
        cell = frame.loc[vov.article.id, column]
        assert (pd.isna(cell) and value is None) or cell == value, column


def test_profiles_to_frame_of_nothing_is_an_empty_table_with_the_metadata_columns():
    frame = framing.profiles_to_frame([])
    assert len(frame) == 0 and "id" in frame.columns and "title" in frame.columns
