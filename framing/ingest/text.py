"""What framing accepts as the text of an article: encodings, characters and size.

* **Encodings.** UTF-8 (with or without a byte order mark) and UTF-16 with a BOM. Anything else is
  an error, never replaced. UTF-16 without a BOM (NUL bytes at every other position) is named as
  such, with what to do about it, rather than called a binary file.
* **The one NUL rule.** A NUL character (U+0000) is never part of an article. A raw NUL byte makes
  the file an error (binary data), or, for a JSON Lines or CSV file read line by line, that line or
  row; a ``\\u0000`` escape in a JSON string makes that record an error. Every such message says
  "contains NUL characters".
* **Lone surrogates.** A JSON escape can name half of a UTF-16 surrogate pair (``"\\ud83d"``, an
  emoji cut in two). Such a string is not valid Unicode: it cannot be hashed, written as UTF-8 or
  shown, so the record is an error ("holds a lone surrogate"). Decoded bytes never hold one (the
  decoders are strict), and HTML character references to surrogates become U+FFFD as HTML says.
* **Size.** An article (title and text together) holds at most :data:`MAX_ARTICLE_CHARS`
  characters unless the caller passes another ``max_chars`` (``None``: no limit); beyond it the
  analysis would take minutes and gigabytes. Files that could only hold one article are refused
  before they are read when their size on disk is far beyond the limit (:func:`file_too_large`).
"""
from __future__ import annotations

import codecs
import re

from ..errors import InputError

#: The largest article (title and text, in characters) read by default: about 300,000 words,
#: some 200 times a long feature article. Loaders take ``max_chars`` to change it (``None``: no limit);
#: on the command line, ``--max-article-size``.
MAX_ARTICLE_CHARS = 2_000_000

#: Bytes on disk per character allowed before a file is refused unread: UTF-8 and UTF-16 take at most
#: 4 bytes per character, an HTML page also carries markup, scripts and styles that are dropped, and a
#: line of JSON Lines or CSV carries escapes (up to 12 bytes for one character) and other fields.
BYTES_PER_CHAR = {"text": 4, "html": 16, "line": 16}

ENCODING_NAMES = {"utf-8": "UTF-8", "utf-16-le": "UTF-16", "utf-16-be": "UTF-16"}
_UNREADABLE = re.compile("[\x00\ud800-\udfff]")


def bom_encoding(head: bytes) -> tuple[str, int]:
    """(codec, length of the byte order mark) for data starting with ``head`` (its first bytes):
    ``utf-8``, ``utf-16-le`` or ``utf-16-be``; UTF-8 when there is no BOM."""
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8", len(codecs.BOM_UTF8)
    if head.startswith(codecs.BOM_UTF16_LE):
        return "utf-16-le", 2
    if head.startswith(codecs.BOM_UTF16_BE):
        return "utf-16-be", 2
    return "utf-8", 0


def utf16_without_bom(data: bytes) -> bool:
    """Do these bytes (the start of a file without a BOM) look like UTF-16 text?

    True when NUL bytes fill at least a quarter of the positions of one parity (and 16 of them) and
    (almost) none of the other (the high bytes of Latin letters, as in ``T\\0i\\0t\\0``), and the
    bytes read as UTF-16 in that order give printable text. (UTF-16 of scripts far from Latin has few
    NUL bytes, and a text of a few characters too few to tell: they are only called "not UTF-8 text"
    or binary.)"""
    sample = data[:65536]
    sample = sample[:len(sample) - len(sample) % 2]
    if len(sample) < 4 or b"\x00" not in sample:
        return False
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    few, many = sorted((even, odd))
    if many < max(16, len(sample) // 8) or few > many // 20:
        return False
    text = sample.decode("utf-16-le" if odd > even else "utf-16-be", "replace")
    if "\x00" in text:
        return False
    printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in text)
    return printable >= 0.9 * len(text)


UTF16_WITHOUT_BOM = "looks like UTF-16 without a BOM; save it as UTF-8 or UTF-16 with a BOM"
BINARY = "contains NUL characters: this looks like a binary file, not text"


def decode_bytes(data: bytes, where: str) -> str:
    """Decode UTF-8 (optional BOM) or UTF-16 with a BOM; raise InputError otherwise (see the module
    docstring: undecodable bytes, UTF-16 without a BOM, NUL characters)."""
    encoding, skip = bom_encoding(data[:4])
    if not skip and utf16_without_bom(data):
        raise InputError(where, UTF16_WITHOUT_BOM)
    try:
        text = data[skip:].decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(where, f"not {ENCODING_NAMES[encoding]} text (undecodable byte at offset "
                                f"{exc.start + skip}); save it as UTF-8 or UTF-16 with a BOM") from None
    if "\x00" in text:
        raise InputError(where, BINARY)
    return text


def check_string(value: str, where: str, name: str) -> None:
    """Raise InputError if field ``name`` holds a NUL character or a lone surrogate."""
    bad = _UNREADABLE.search(value)
    if bad is None:
        return
    if bad.group() == "\x00":
        raise InputError(where, f"field {name!r} contains NUL characters (\\u0000): not text")
    raise InputError(where, f"field {name!r} holds a lone surrogate (\\u{ord(bad.group()):04x} at character "
                            f"{bad.start()}, half of an emoji or other pair): not valid Unicode")


def check_size(n_chars: int, where: str, max_chars: int | None) -> None:
    """Raise InputError if an article of ``n_chars`` characters (title and text) is over the limit."""
    if max_chars is not None and n_chars > max_chars:
        raise InputError(where, f"the article is {n_chars:,} characters long (title and text), over the limit of "
                                f"{max_chars:,}; raise it with --max-article-size (max_chars in Python)")


def byte_limit(kind: str, max_chars: int | None) -> int | None:
    """The most bytes read of a file holding one article of ``kind`` (``text`` or ``html``), or of
    one streamed ``line``, under a limit of ``max_chars`` characters (None: no limit)."""
    return None if max_chars is None else BYTES_PER_CHAR[kind] * max_chars


def too_many_bytes(size: int, max_chars: int | None, over: bool = False) -> str:
    """The problem of a file or line of ``size`` bytes (``over``: more than that) too large to read."""
    return (f"is {'over ' if over else ''}{size:,} bytes, far beyond the limit of {max_chars:,} characters per "
            "article, so it was not read; raise the limit with --max-article-size (max_chars in Python)")


def file_too_large(size: int, kind: str, max_chars: int | None) -> str | None:
    """The problem with a file of ``size`` bytes that holds one article of ``kind`` (``text`` or
    ``html``), if it is too large to hold an article within the limit; None if it may be read."""
    limit = byte_limit(kind, max_chars)
    return None if limit is None or size <= limit else too_many_bytes(size, max_chars)
