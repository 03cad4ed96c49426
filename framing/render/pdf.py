"""PDF of a written page, printed by a headless Chromium (Debian's ``chromium``, or Chrome).

framing carries no browser: ``--pdf`` looks for one (``$FRAMING_CHROMIUM``, then ``chromium``,
``chromium-browser``, ``google-chrome`` on the PATH) and says clearly when there is none. The page is
printed with its own print stylesheet, on A4 or US Letter (an ``@page`` size added to a temporary copy;
the HTML file written is not changed), without the browser's header and footer.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..errors import FramingError

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
PAPER = {"a4": "A4", "letter": "letter"}
TIMEOUT = 120  # seconds


def find_browser() -> str | None:
    """The headless Chromium to print with, or None."""
    named = os.environ.get("FRAMING_CHROMIUM")
    if named:
        return named if Path(named).is_file() else None
    for name in BROWSERS:
        found = shutil.which(name)
        if found:
            return found
    return None


def write_pdf(html: str, out: str | Path, paper: str = "a4") -> None:
    """Print ``html`` (a whole page) to the PDF file ``out``."""
    browser = find_browser()
    if browser is None:
        raise FramingError("--pdf needs a headless Chromium: install Debian's chromium (apt-get install chromium) "
                           "or Chrome, or name one in FRAMING_CHROMIUM; the HTML was written")
    size = f"<style>@page {{ size: {PAPER[paper]}; }}</style>"
    page = html.replace("</head>", size + "</head>", 1)
    out = Path(out)
    with tempfile.TemporaryDirectory(prefix="framing-pdf-") as tmp:
        source = Path(tmp) / "page.html"
        source.write_text(page, encoding="utf-8")
        target = Path(tmp) / "page.pdf"
        command = [browser, "--headless", "--disable-gpu", "--no-pdf-header-footer", f"--user-data-dir={tmp}/profile",
                   f"--print-to-pdf={target}", source.as_uri()]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            command.insert(1, "--no-sandbox")  # Chromium refuses to run as root inside its sandbox
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            raise FramingError(f"{out}: {browser} did not finish printing within {TIMEOUT} s") from None
        except OSError as e:
            raise FramingError(f"{out}: cannot run {browser}: {e.strerror or e}") from None
        if done.returncode != 0 or not target.is_file() or target.stat().st_size == 0:
            last = (done.stderr.strip().splitlines() or ["no message"])[-1]
            raise FramingError(f"{out}: {browser} could not print the page ({last[:200]})")
        try:
            shutil.move(str(target), out)
        except OSError as e:
            raise FramingError(f"{out}: cannot write the PDF: {e.strerror or e}") from None
