"""The Jinja2 environment of every page: autoescaped, strict about undefined names.

The templates live in ``reports/templates/`` in a checkout and are installed as
``framing/templates`` (see setup.py).
"""
from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

import jinja2


def template_dir() -> Path:
    """The Jinja2 templates: installed as ``framing/templates``, or ``reports/templates`` in a checkout."""
    packaged = resources.files("framing") / "templates"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "reports" / "templates"


@functools.cache
def environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(template_dir())),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
