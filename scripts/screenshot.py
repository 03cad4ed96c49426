"""Screenshots of a report for a person to look at: the whole page, or one part of it.

    python scripts/screenshot.py PAGE.html OUT.png [--width 1400] [--selector CSS] [--part-to CSS]

Drives a real headless Chromium (Debian's ``chromium``, at /usr/bin/chromium; Playwright's Python
package, ``pip install playwright``, drives it, so no browser is downloaded). With ``--selector`` the
shot shows that element only; with ``--part-to`` too, the page from the top of ``--selector`` to
the top of ``--part-to`` (e.g. from the summary to the features table, or from "Who is quoted" to
"Distinctive vocabulary"). Used for the before/after figures of the closing notes of issues.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--width", type=int, default=1400)
    parser.add_argument("--selector", help="CSS selector of the element to show")
    parser.add_argument("--part-to", help="CSS selector of the element where the shot stops")
    args = parser.parse_args(argv)
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("screenshot: needs Playwright's Python package (pip install playwright)", file=sys.stderr)
        return 2
    if not Path(CHROMIUM).exists():
        print(f"screenshot: needs a headless Chromium at {CHROMIUM} (apt-get install chromium)", file=sys.stderr)
        return 2
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM)
        page = browser.new_page(viewport={"width": args.width, "height": 900})
        page.goto(args.page.resolve().as_uri())
        if args.selector and args.part_to:
            top = page.locator(args.selector).first.bounding_box()
            bottom = page.locator(args.part_to).first.bounding_box()
            if top is None or bottom is None:
                print("screenshot: a selector matches nothing visible", file=sys.stderr)
                return 1
            clip = {"x": 0, "y": top["y"], "width": args.width, "height": max(1, bottom["y"] - top["y"])}
            page.screenshot(path=str(args.out), clip=clip, full_page=True)
        elif args.selector:
            page.locator(args.selector).first.screenshot(path=str(args.out))
        else:
            page.screenshot(path=str(args.out), full_page=True)
        browser.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
