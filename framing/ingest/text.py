"""What framing accepts as the text of an article: its encodings.

UTF-8 (with or without a byte order mark) and UTF-16 with a BOM. Anything else is an error, never
replaced; so are NUL characters (binary data).
"""
from __future__ import annotations

import codecs

from ..errors import InputError


def decode_bytes(data: bytes, where: str) -> str:
    """Decode UTF-8 (optional BOM) or UTF-16 with BOM; raise InputError otherwise."""
    if data.startswith(codecs.BOM_UTF8):
        data, encoding = data[len(codecs.BOM_UTF8):], "utf-8"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(where, f"not {encoding.upper()} text (undecodable byte at offset {exc.start}); "
                                "save it as UTF-8 or UTF-16 with a BOM") from None
    if "\x00" in text:
        raise InputError(where, "contains NUL characters: this looks like a binary file, not text")
    return text
