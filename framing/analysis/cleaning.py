"""Clutter in scraped article text: the spans that are not the article's body.

Text scraped from a news page carries the page around the article: photo captions and credits,
"Advertisement" and "Story continued below" markers, related-link blocks, newsletter and share
prompts, contributor lines, WordPress's "The post X appeared first on Y." footer, copyright lines,
embedded social-media posts, wire tags ("JUST IN:"), cookie banners and navigation words.
:func:`find_clutter` marks them, each with the rule that marked it; :func:`blank_out` replaces their
characters by spaces (line breaks kept), so that the text tokenized for every feature has no clutter
words while every offset still points into the original text.

What is marked, and what is not:

- Whole lines (a paragraph or a line of one) are marked when the line as a whole is clutter. A body
  sentence that mentions an advertisement, or a quotation with "Share" in it, is not: the rules match
  the shape of the whole line (a marker alone on its line, a prompt that starts the line, a caption
  that ends in a photo credit), not a word in it.
- Datelines ("WASHINGTON (AP) —", "DUBAI, United Arab Emirates (Reuters) -") and wire tags
  ("JUST IN:") are marked alone: the sentence after them is the writer's.
- Subheads (a short line without end punctuation between paragraphs) are the writer's words and
  stay body text; the tokenizer already ends a sentence at the line break after them, so a subhead
  never runs into the next paragraph's sentence.

Related links are also found inside a line: a news site's card of a person's related stories, inlined
after the person's name ("President Trump Donald John TrumpGOP senators balk ... MORE should pick").
Every rule looks at one line (the related-link rule also at the few short lines after a "Related:"
header), with regular expressions of bounded repetition: linear in the length of the text. Nothing
here raises on a string.
"""
from __future__ import annotations

import re
from typing import Final

from .cleaning_notes import is_editors_note
from .cleaning_teasers import podcast_promos, teaser_rule

# the rule names, in the order they are listed to readers
RULES: Final = ("caption", "photo credit", "advertisement", "related link", "newsletter prompt", "share prompt",
                "contributor line", "wordpress footer", "copyright line", "dateline", "social post", "wire tag",
                "cookie banner", "navigation", "disclaimer", "placeholder", "editor's note")

MAX_LINE: Final = 600  # a longer line is running prose, never a line of page furniture (captions excepted)

_MARKERS: Final = frozenset("""advertisement
story continued below
story continues below
article continues below
continue reading below
continue reading the main story
continue reading
skip advertisement
ad
sponsored
sponsored content
paid content
advertisement:""".splitlines())

_NAVIGATION: Final = frozenset("""feedback
others
home
menu
search
skip to content
skip to main content
back to top
log in
login
sign in
register
next
previous
previous next
next article
previous article
more
top stories
most read
most popular
trending
trending now
latest
latest news
related
related stories
related articles
related content
you may also like
recommended
recommended for you
comments
view comments
show comments
print
email
share
tags
topics
close
open menu
advertise
contact us
about us
privacy policy
terms of use
terms of service
site map
all rights reserved""".splitlines())

_SHARE_WORDS: Final = frozenset("""share shares sharing this story article post page on via tweet email e-mail print
facebook twitter pinterest whatsapp linkedin reddit flipboard messenger telegram tumblr copy link url
save comment comments click to and or the with friends read""".split())
_SHARE_CORE: Final = frozenset("share tweet facebook twitter pinterest whatsapp linkedin reddit".split())

# a line that ends in a credit in brackets: "(AP Photo/John Locher)", "(Photo: Sputnik/VNA)",
# "(Gary Hershorn/Reuters)", "(George Bush Presidential Library and Museum/REUTERS)"
_AGENCY: Final = (r"AP|Reuters|REUTERS|AFP|Getty(?: Images)?|EPA|UPI|Bloomberg|Shutterstock|iStock\w*|"
                  r"Pool|Handout|Xinhua|TASS|Sputnik|VNA|Zuma\w*|ZUMA\w*|NurPhoto|SIPA|Sipa|Landov|Corbis|"
                  r"Alamy|Wikimedia(?: Commons)?|File|AP file")
_CREDIT_TAIL: Final = re.compile(
    r"\(\s*(?:(?:AP |Reuters |AFP |File |AP file )?(?:Photo|PHOTO|photo|Image|IMAGE|Picture|Credit|Photograph)s?"
    r"(?: by)?\s*[:/][^()\n]{1,100}"
    r"|[^()\n]{0,80}/\s*(?:" + _AGENCY + r")[^()\n]{0,40}"
    r"|(?:" + _AGENCY + r")(?: [Pp]hoto| via [^()\n]{1,40}))\s*\)[.\s]*$")
_CREDIT_LINE: Final = re.compile(
    r"^(?:\(?\s*(?:Photo|PHOTO|Image|Photograph|Credit|Photo credit|Image source|Photo source)s?(?: by)?\s*[:/][^\n]{1,120}\)?"
    r"|[A-Z][\w.’'\- ]{1,60}/\s*(?:" + _AGENCY + r")(?:[ /][\w ]{0,40})?"
    r"|(?:Getty Images|AP Photo|Reuters|Shutterstock)(?: [\w ]{0,40})?"
    # "(Illustration: Roman Genn)", "(Reuters file photo: Joshua Roberts)", "(Via CNBC)", and a name alone
    # in brackets on its own line ("(Pixabay)", "(Roman Genn)"): the credit of the picture above it
    r"|\((?:(?:Illustration|Graphic|Video|(?:" + _AGENCY + r") (?:file )?photo)s?(?: by)?\s*:[^()\n]{1,80}"
    r"|Via [A-Z][^()\n]{1,40}|[A-Z][\w.’'\-]{1,25}(?: [A-Z][\w.’'\-]{1,25}){0,2})\))\s*$")
_CAPTION_START: Final = re.compile(
    r"^(?:FILE\s?[-–—:]|File photo\b|In this (?:[\w,. ]{0,60} )?(?:file )?(?:photo|image|picture)\b|"
    r"This (?:[\w,. ]{0,40} )?(?:file )?photo\b|Enlarge this image\b|toggle caption\b|[Hh]ide caption\b|"
    r"Caption:|(?:Photo|Image) \d+ of \d+\b|\d+ of \d+:)")
_IMAGE_ALT: Final = re.compile(r"\s[-–—]\s(?:ảnh|photo|image|Photo|Image) \d{1,3}\s*$")

_RELATED_HEAD: Final = re.compile(
    r"^\(?\s*(?:RELATED|Related|READ MORE|Read [Mm]ore|READ ALSO|Read [Aa]lso|ALSO READ|Also [Rr]ead|SEE ALSO|"
    r"See [Aa]lso|More [Oo]n [Tt]his\.{0,3}$|MORE|More|WATCH|Watch|READ|LISTEN|PHOTOS|VIDEO|Video|QUIZ|CARTOONS?|DOCUMENT|"
    r"RECOMMENDED|Recommended|MORE FROM [\w ]{1,30}|More from [\w ]{1,30}|More on [\w ]{1,30}|"
    r"Related (?:coverage|stories|articles|content|links)|RELATED (?:COVERAGE|STORIES|ARTICLES|CONTENT)|"
    r"Don['’]t [Mm]iss|DON['’]T MISS|Further [Rr]eading|FURTHER READING)"
    r"\s*:")
# a header alone on its line over a list of links, without a colon: CNN's "Don't miss", "Further reading",
# National Review's "ICYMI . . ." and "And now, the weird stuff." (the list may run past six lines)
_LIST_HEADER: Final = re.compile(r"^(?:Don['’]t [Mm]iss|DON['’]T MISS|Further [Rr]eading|FURTHER READING|ICYMI|"
                                 r"And now,? the weird stuff)\s*(?::|\.(?: ?\.){0,2})?\s*$")
_LIST_RUN: Final = 25  # headline-like lines after such a header read as its links (the run ends at prose)
# USA TODAY's live blog ends a paragraph with "More headlines:" over bulleted links, some of them full
# sentences ("• 'It's ...': Crematoriums are running around the clock."): the bulleted lines after it are links
_BULLET_HEADERS: Final = ("More headlines:", "More top headlines:", "Top headlines:")
_BULLETS: Final = ("•", "·")
_PROSE_LINE: Final = 100  # a line this long without a bullet is prose: the bulleted links have ended
# a whole line in parentheses that points to another story: "( PHOTOS: ...)", "( Also on POLITICO: ...)",
# "( Earlier on POLITICO: ...)", "( From POLITICO Magazine: ...)", "( POLITICO podcast: ...)"
_RELATED_BRACKETED: Final = re.compile(r"^\(\s*(?:[A-Z][A-Z ]{2,20}|(?:(?:See )?[Aa]lso|Earlier|Read more|More|From) "
                                      r"(?:on|from|in|at) [^:()\n]{1,30}|From [A-Z][\w’' ]{1,30}|[A-Z]{3,}[\w’' ]{1,25})"
                                      r":[^()\n]{1,150}\)\s*$"
                                      # POLITICO's in-text link: "( Full 2014 election results)", "( See
                                      # POLITICO's full coverage of Ferguson)": a space after the bracket, no
                                      # sentence inside
                                      r"|^\(\s+[A-Z][^()\n.!?]{1,70}\)\s*$"
                                      # USA TODAY's list of earlier stories: "► April 6: Texas sending 250 ..."
                                      r"|^[►▶]\s*[^\n]{1,150}(?<![.!?])$"
                                      r"|^\(?(?:CLICK HERE|Click here|Click HERE|Click for more from)\b[^\n]{0,150}$"
                                      r"|^SPECIAL COVERAGE:")
_TAG_LINE: Final = re.compile(r"^(?:This (?:article|story) (?:is )?(?:tagged|filed) under|Tagged|Filed under|Tags|TAGS)\s*:")
_PLACEHOLDER: Final = re.compile(r"^\[[\w -]{1,20}\]$")
_DISCLAIMER: Final = re.compile(r"^(?:The|Any) (?:opinions|views) expressed (?:in this|by|here)")

_NEWSLETTER: Final = re.compile(
    r"(?:^|[.!?]\s)(?:Sign up|SIGN UP|Subscribe|SUBSCRIBE|Get our|Want [^.?!\n]{1,60}\?\s*Sign up|"
    r"Join our|Never miss)\b[^\n]{0,120}(?:newsletter|inbox|Sign up|sign up|subscribe|email|e-mail|alerts)"
    r"|(?:^|[.!?]\s)(?:Sign up|Subscribe) (?:here|today|now)\b"
    r"|Email Sign Up|By signing up|Thank you for signing up|[Nn]ewsletter [Ss]ign-?[Uu]p|meet your inbox|"
    r"delivered (?:to your inbox|weekday mornings)|breaking news alerts|Manage Newsletters|Sign up for (?:Daily|our|the|free)|newsletter\s+Sign up"
    # a prompt to hear first, or to write to the paper ("Be the first to hear about ...", "Send letters to
    # letters@...")
    r"|^Be the first to (?:hear|know|see|read|learn)\b|^Send (?:your )?letters to\b[^\n]{0,80}@"
    # a call for tips: "Got a TIP from the RIGHT or the LEFT? Email ...@..."
    r"|^Got a (?:news )?[Tt][Ii][Pp]\b[^\n]{0,80}@")

_SHARE_LINE: Final = re.compile(r"^(?:Read or Share this story:|Follow @\w{1,30}$|Share this(?: article| story)?:|Click to share\b|"
                                r"Share on (?:Facebook|Twitter)\b|Follow (?:us|him|her|them|[A-Z][\w.@ ]{1,40}) on "
                                r"(?:Twitter|Facebook|Instagram|X)\b)")

_CONTRIBUTOR: Final = re.compile(
    r"(?:contributed (?:reporting|to this (?:report|story|article)|additional reporting)|"
    r"^[•*\-–— ]*(?:Additional reporting by|Reporting by|Writing by|Editing by|Compiled by|Contributing:)"
    r"|^Write to [^\n@]{1,60} at [\w.+-]{1,40}@)")

_WORDPRESS: Final = re.compile(r"^The post .{1,300} appeared first on (.{1,100}?)\.?\s*$")
_COPYRIGHT: Final = re.compile(
    r"^(?:Copyright\s*)?(?:©|\(c\)|Copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?(?:by\s+)?([^\n]{0,100}?)"
    r"(?:[,.]?\s*(?:LLC|Inc|Ltd|Co|Corp|L\.L\.C)\.?)?(?:[.,]?\s*(?:All [Rr]ights [Rr]eserved|Click here for "
    r"reprint permission)[^\n]{0,60})?\s*$")

_MONTHS: Final = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_SOCIAL_SIGNATURE: Final = re.compile(
    r"[—–-]\s?[^\n()—]{1,60}\(@\w{1,30}\)\s+" + _MONTHS + r"\s\d{1,2},\s\d{4}\s*$"
    r"|pic\.twitter\.com/\w+"
    r"|^A (?:post|photo|video) shared by [^\n]{1,80}\(@[\w.]{1,30}\)")

_WIRE_TAG: Final = re.compile(
    r"^(?:JUST IN|BREAKING(?: NEWS)?|DEVELOPING(?: STORY)?|EXCLUSIVE|UPDATE(?: [IVX]{1,4}| \d{1,2})?|UPDATED|"
    r"WATCH LIVE|LIVE)\s*(?::|[-–—](?=\s))\s*"
    # a live blog's time stamp before an update's headline: "Update at 9:54 a.m. ET. Have Hopes Been Dashed?"
    r"|^(?:Update|Updated|UPDATE|UPDATED) at \d{1,2}(?::\d{2})? [ap]\.m\.(?: [A-Z]{2,4})?\s*[.:]?\s+")

# "WASHINGTON (AP) — ", "ALBANY, N.Y. – ", "DUBAI, United Arab Emirates (Reuters) - ", "(VOVworld) – ",
# "LONDON, March 3 (Reuters) - ", "NEW YORK (CNNMoney) -- "
_PLACE: Final = r"[A-Z][A-Z.'’\-]{1,25}(?: [A-Z][A-Z.'’\-]{0,25}){0,3}"
_REGION: Final = r"(?:, (?:[A-Z][\w.'’\-]{0,25}\.?)(?: [A-Z][\w.'’\-]{0,25}){0,3}){0,2}"
_DATE: Final = r"(?:,? (?:" + _MONTHS + r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2})?"
_CREDIT: Final = r"\(([A-Z][\w&.’'\- ]{0,30})\)"
_DATELINE: Final = re.compile(
    r"^(?:(?P<place>" + _PLACE + r")" + _REGION + _DATE + r"\s*(?:" + _CREDIT + r")?|" + _CREDIT + r")"
    r"(?:\s*(?:—|–|--)\s*|\s+-\s+|\s*:\s+)(?=[A-Z0-9“\"‘'(])")
_DATELINE_CREDIT: Final = re.compile(_CREDIT)

_COOKIE: Final = re.compile(r"\bcookies?\b[^\n]{0,200}\b(?:consent|accept|agree|privacy|browsing|experience|"
                            r"settings|preferences|policy)\b|\b(?:Accept|Reject) (?:all )?cookies\b", re.I)


class Clutter:
    """One clutter span: ``[start, end)`` of the text, and the rule (see :data:`RULES`) that marked it."""

    __slots__ = ("start", "end", "rule")

    def __init__(self, start: int, end: int, rule: str) -> None:
        self.start = start
        self.end = end
        self.rule = rule

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Clutter):
            return NotImplemented
        return (self.start, self.end, self.rule) == (other.start, other.end, other.rule)

    def __hash__(self) -> int:
        return hash((self.start, self.end, self.rule))

    def __repr__(self) -> str:
        return f"Clutter({self.start}, {self.end}, {self.rule!r})"


def _lines(text: str) -> list[tuple[int, int]]:
    """The non-blank lines of ``text`` as (start, end) spans, white space around them left out."""
    out: list[tuple[int, int]] = []
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl < 0:
            nl = n
        a, b = pos, nl
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
        pos = nl + 1
    return out


def _is_share_line(line: str) -> bool:
    """A line of share buttons: every word a share word, at least one of them a network or "share"."""
    words = [w.strip(":|·•,.!-–—()") for w in line.lower().split()]
    words = [w for w in words if w]
    if not words or len(words) > 12:
        return False
    return all(w in _SHARE_WORDS for w in words) and any(w in _SHARE_CORE for w in words)


def _ends_sentence(line: str) -> bool:
    return line.rstrip("”’\"')]").endswith((".", "!", ";", ","))


def _line_rule(line: str) -> str | None:
    """The rule that marks a whole line as clutter, if any.

    Most lines are paragraphs of prose, so each rule that has to search a line is first guarded by a
    substring test (in C) that every line it marks passes: a prose paragraph costs a few scans."""
    n = len(line)
    low = line.lower()
    if n < 80 and (low.rstrip(":") in _MARKERS or set(low.split()) == {"advertisement"}):
        return "advertisement"
    if n < 25 and _PLACEHOLDER.match(line):
        return "placeholder"
    if ("(@" in line or "pic.twitter.com" in line or "shared by" in line) and _SOCIAL_SIGNATURE.search(line):
        return "social post"
    tail = line.rstrip(" .")
    credit_tail = tail.endswith(")") and _CREDIT_TAIL.search(line, max(0, n - 200)) is not None
    if n > MAX_LINE:
        return "caption" if credit_tail and _CAPTION_START.match(line) else None
    if (n < 40 and low in _NAVIGATION) or (n < 200 and _TAG_LINE.match(line)):
        return "navigation"
    if line.startswith("The post ") and _WORDPRESS.match(line):
        return "wordpress footer"
    if _CAPTION_START.match(line) or _IMAGE_ALT.search(line, max(0, n - 16)):
        return "caption"
    if n < 200 and _CREDIT_LINE.match(line):
        return "photo credit"
    if credit_tail:
        return "caption"
    if n < 250 and (_RELATED_BRACKETED.match(line) or _RELATED_HEAD.match(line)) \
            or n < 40 and _LIST_HEADER.match(line):
        return "related link"
    if n < 300 and (_SHARE_LINE.match(line) or (n < 120 and _is_share_line(line))):
        return "share prompt"
    if n < 400 and ("sign" in low or "subscri" in low or "newsletter" in low or "inbox" in low
                    or "never miss" in low or "alerts" in low or low.startswith(("be the first", "send", "got a"))) \
            and _NEWSLETTER.search(line):
        return "newsletter prompt"
    if n < 400 and ("contributed" in low or "reporting by" in low or "writing by" in low or "editing by" in low
                    or "compiled by" in low or low.startswith(("contributing:", "write to "))) and _CONTRIBUTOR.search(line):
        return "contributor line"
    if n < 300 and _DISCLAIMER.match(line):
        return "disclaimer"
    if n < 200 and ("©" in line or low.startswith("copyright")) and _COPYRIGHT.match(line):
        return "copyright line"
    if n < 500 and "cookie" in low and _COOKIE.search(line):
        return "cookie banner"
    return None


# A news site's card of a person's related stories, inlined where the page had a pop-up: after the
# person's name in the sentence, their full name glued to the first headline, two or three headlines,
# then "MORE" ("President Trump Donald John TrumpGOP senators balk at ... veterans' votes MORE should
# pick"). The card runs from after the name in the sentence to "MORE"; the sentence goes on around it.
# The Hill's cards: the full name is sometimes not glued ("Speaker Paul Ryan Paul Davis Ryan Retirees
# should say ... MORE (R-Wis.)"), and the headlines hold names that look glued ("McConnell", "TikTok",
# "DeSantis"): each candidate surname is tried, the latest first, until one repeats the name before it.
_CARD_END: Final = re.compile(r" MORE(?=[\s(’'),.;:]|$)")
_CARD_GLUE: Final = re.compile(
    r"(?<![\w’'])((?:Mc|Mac|O'|De|La|Le|Lo|Di|Du)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?=[A-Z0-9]|[‘“\"][A-Z0-9]|( )[A-Z0-9‘“\"'])")
# between the name in the sentence and the card's surname: the card's first and middle names only
_CARD_NAMES: Final = re.compile(r"\s?(?:(?:[A-Z][\w.'’\-]*|\([A-Z][\w.]*\)|de|van|von|da|di|du|le|la|bin|al)\s){0,4}")
_CARD_REACH: Final = 700  # characters from "MORE" back to the card's start: a card holds three headlines
_MENTION_REACH: Final = 120  # characters from the card's surname back to the name in the sentence


def _card_start(line: str, floor: int, glued: re.Match[str]) -> int:
    """Where a card starts if ``glued`` is its full name's surname repeating the name in the sentence
    (the offset right after that name), else -1."""
    surname = glued.group(1)
    mention = line.rfind(surname, max(floor, glued.start() - _MENTION_REACH), glued.start())
    if mention < 0 or (mention > 0 and line[mention - 1].isalnum()):
        return -1
    after = mention + len(surname)
    names = _CARD_NAMES.fullmatch(line, after, glued.start())
    if names is None or (glued.group(2) is not None and len(names.group(0).split()) < 2):
        return -1  # a surname followed by a space needs first and middle names between: "Ryan Paul Davis Ryan"
    return after + 1 if line[after].isspace() else after


def _link_cards(line: str) -> list[tuple[int, int]]:
    """The name cards inside one line, as (start, end) offsets in the line: see ``_CARD_END``. A card is
    marked only when the card's surname is the name right before it in the sentence; each card's search
    starts after the one before (every "MORE" reads at most ``_CARD_REACH`` characters back)."""
    out: list[tuple[int, int]] = []
    floor = 0  # the end of the last card
    for end in _CARD_END.finditer(line):
        lo = max(floor, end.start() - _CARD_REACH)
        candidates = list(_CARD_GLUE.finditer(line, lo, end.start()))
        for glued in reversed(candidates):
            start = _card_start(line, floor, glued)
            if start >= 0:
                out.append((start, end.end()))
                floor = end.end()
                break
    return out


def _headline_like(line: str) -> bool:
    """A related link's headline: short, and not a sentence of running text."""
    return len(line) <= 160 and not _ends_sentence(line) and ". " not in line


def find_clutter(text: str) -> list[Clutter]:
    """The clutter spans of ``text``, in order, not overlapping. More spans = more of the text set aside
    as page furniture (never the article's own sentences)."""
    found: list[Clutter] = []
    lines = _lines(text)
    related_open = 0  # how many more headline-like lines after a "Related:" header are links
    bullets = 0  # how many more bulleted lines after a "More headlines:" paragraph end are links
    body_lines = 0  # lines of body text so far: a dateline opens the story (the first, or the second after a
    # title line), so "POLL CHECK - ..." further down is a section head of the writer's, not a dateline
    promos = podcast_promos(text, lines)
    for index, (a, b) in enumerate(lines):
        line = text[a:b]
        rule = _line_rule(line) or teaser_rule(line) or promos.get(index) \
            or ("editor's note" if is_editors_note(line) else None)
        if rule is None and bullets > 0:
            if line.lstrip().startswith(_BULLETS) and b - a < 250:
                rule = "related link"
                bullets -= 1
            elif b - a >= _PROSE_LINE:
                bullets = 0
        if rule is None and related_open > 0 and _headline_like(line):
            rule = "related link"
        if rule is not None:
            if rule == "related link" and b - a < 40 and _LIST_HEADER.match(line):
                related_open = _LIST_RUN  # "Don't miss", "ICYMI . . .": the headline-like lines after it
            elif rule == "related link" and b - a < 40 and line.rstrip().endswith(":"):
                related_open = 6  # a header alone: the next short lines are its links
            elif rule != "advertisement" and rule != "related link":
                related_open = 0
            else:
                related_open = max(related_open - 1, 0) if rule == "related link" else related_open
            found.append(Clutter(a, b, rule))
            continue
        related_open = 0
        body_lines += 1
        if line.rstrip().endswith(_BULLET_HEADERS):
            bullets = _LIST_RUN
        head = 0  # where the line's body starts after a wire tag or a dateline (the cards come after it)
        m = _WIRE_TAG.match(line)
        if m is not None and m.end() < len(line):
            found.append(Clutter(a, a + len(m.group(0).rstrip()), "wire tag"))
            head = len(m.group(0))
        elif body_lines <= 2:
            m = _DATELINE.match(line)
            if m is not None and m.end() < len(line) and _is_dateline(m):
                found.append(Clutter(a, a + len(m.group(0).rstrip()), "dateline"))
                head = len(m.group(0))
        if " MORE" in line:
            found.extend(Clutter(a + c, a + d, "related link") for c, d in _link_cards(line) if c >= head)
    return found


def _is_dateline(m: re.Match[str]) -> bool:
    """A dateline names a place in capitals or credits an agency, and ends in a dash."""
    if m.group(0).rstrip().endswith(":"):
        return False  # "WARNING: ...", "HARRIS FAULKNER (HOST): ..." are labels, not datelines
    if m.group(2) is not None or m.group(3) is not None:  # a credit in brackets
        return True
    place = m.group("place")
    return place is not None and any(c.isalpha() for c in place)


def blank_out(text: str, spans: list[Clutter]) -> str:
    """``text`` with the characters of every span replaced by spaces, line breaks kept: the same length,
    so every offset still points at the same character of the original."""
    return blank_ranges(text, [(s.start, s.end) for s in spans])


def blank_ranges(text: str, ranges: list[tuple[int, int]]) -> str:
    """``text`` with the characters of every ``(start, end)`` range (in reading order) replaced by
    spaces, line breaks kept (what :func:`blank_out` does, for ranges kept elsewhere, such as a
    Profile's ``cleaning``)."""
    if not ranges:
        return text
    parts: list[str] = []
    pos = 0
    for start, end in ranges:
        if start < pos or end <= start:
            continue
        parts.append(text[pos:start])
        parts.append("\n".join(" " * len(piece) for piece in text[start:end].split("\n")))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


_SITE_SUFFIX: Final = re.compile(r"[,.]?\s*(?:LLC|Inc|Ltd|Co|Corp|L\.L\.C)\.?$")
_AGENCIES: Final = {"AP": "Associated Press", "Reuters": "Reuters", "REUTERS": "Reuters", "AFP": "AFP",
                    "UPI": "UPI", "CNN": "CNN", "CNNMoney": "CNN", "Bloomberg": "Bloomberg"}


def infer_source(text: str, spans: list[Clutter]) -> tuple[str, int, int, str] | None:
    """The outlet the text names for itself, if it does: (name, start, end, rule) of the clutter span
    that names it. A WordPress footer ("appeared first on Personal Liberty®") or a copyright line names
    the publishing site; a dateline credit ("(AP)", "(VOVworld)") the agency or site that wrote it. The
    footer and copyright line win over a credit."""
    best: tuple[str, int, int, str] | None = None
    for s in spans:
        line = text[s.start:s.end]
        name = None
        rank = 0
        if s.rule == "wordpress footer":
            m = _WORDPRESS.match(line)
            name, rank = (m.group(1) if m else None), 3
        elif s.rule == "copyright line":
            # a rights holder with a year ("Copyright © 2019 The Washington Times, LLC."); "© AFP Karadima
            # ..." and "© Provided by X" credit a picture above its caption
            m = _COPYRIGHT.match(line) if _YEAR.search(line) and "Provided by" not in line else None
            name, rank = (m.group(1) if m else None), 2
        elif s.rule == "dateline":
            m = _DATELINE_CREDIT.search(line)
            name, rank = (m.group(1) if m else None), 1
        if name is None:
            continue
        name = _SITE_SUFFIX.sub("", name.strip().rstrip("®™©").strip()).strip(" ,.")
        name = _AGENCIES.get(name, name)
        if not name or len(name) > 60 or "/" in name or not any(c.isalpha() for c in name):
            continue  # "© Jane Doe/AFP/Getty Images" credits a photo, not the outlet
        if s.rule == "copyright line" and _SYNDICATE.search(name):
            continue  # a syndicated column's copyright names the syndicate, not the outlet that ran it
        if best is None or rank > _RANK[best[3]]:
            best = (name, s.start, s.end, s.rule)
    return best


_YEAR: Final = re.compile(r"(?:19|20)\d\d")
_SYNDICATE: Final = re.compile(r"\b(?:Syndicate|Content Agency|Writers Group|Features|Getty|Associated Press|"
                               r"Reuters|AP Photo|Images)\b")
_RANK: Final = {"wordpress footer": 3, "copyright line": 2, "dateline": 1}
