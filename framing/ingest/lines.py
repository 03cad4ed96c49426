"""The lines of a JSON Lines or CSV file, decoded one at a time.

A file is read as bytes and cut into physical lines first (after ``\\n``, ``\\r\\n`` or a lone
``\\r``, as Python's universal newlines cut them), and each line is decoded on its own. So a bad byte
costs only its own line, the error names that line and the column of the byte, and reading goes on
with the next line: lines read = good lines + bad lines, always.

UTF-16 files (with a BOM) are cut the same way, at the code units of the line breaks (two bytes,
at even offsets), and streamed like UTF-8 ones; a line whose code units do not decode (a lone
surrogate, an odd byte at the end) is one bad line. A file without a BOM that looks like UTF-16 is
one error for the whole file (none of its lines could be read).

A line of more bytes than an article within ``max_chars`` characters could take
(:func:`~framing.ingest.text.byte_limit`) is not held in memory: it is read through and reported as
one bad line. Nothing here interprets the lines: see :mod:`framing.ingest.records`.
"""
from __future__ import annotations

from typing import BinaryIO, Iterator, NamedTuple

from ..errors import InputError
from .text import ENCODING_NAMES, UTF16_WITHOUT_BOM, bom_encoding, byte_limit, too_many_bytes, utf16_without_bom

BLOCK = 1 << 16  # bytes read at a time (even, so UTF-16 code units never straddle two blocks)
SNIFF = 1 << 16  # bytes looked at for a byte order mark, or for UTF-16 without one


class Line(NamedTuple):
    """One physical line: its number (from 1), its text with its line break, and what is wrong with it
    (None for a good line). A bad line's text is its best reading (undecodable bytes as U+FFFD), so
    that a CSV reader keeps its place in the file."""

    number: int
    text: str
    problem: str | None


def _find_unit(block: bytes, unit: bytes, start: int, width: int) -> int:
    """Offset of the first ``unit`` at a multiple of ``width`` in ``block`` from ``start``, or -1."""
    i = block.find(unit, start)
    while i >= 0 and i % width:
        i = block.find(unit, i + 1)
    return i


def _blocks(fh: BinaryIO, cr: bytes) -> Iterator[bytes]:
    """The file in blocks; a block never ends between a ``\\r`` and the ``\\n`` after it."""
    while True:
        block = fh.read(BLOCK)
        if not block:
            return
        while block.endswith(cr):
            more = fh.read(len(cr))
            block += more
            if not more:
                break
        yield block


def raw_lines(fh: BinaryIO, codec: str, max_line_bytes: int | None = None) -> Iterator[bytes | None]:
    """The physical lines of a binary stream in ``codec`` (``utf-8``, ``utf-16-le`` or ``utf-16-be``),
    each with its line break; None for a line longer than ``max_line_bytes`` (not kept)."""
    lf, cr = "\n".encode(codec), "\r".encode(codec)
    width = len(lf)
    parts: list[bytes] = []
    size = 0
    too_long = False
    for block in _blocks(fh, cr):
        start = 0
        i = j = -2  # the next \n and \r at or after start: -2 not looked for yet, -1 none left in the block
        while True:
            if i != -1 and i < start:
                i = _find_unit(block, lf, start, width)
            if j != -1 and j < start:
                j = _find_unit(block, cr, start, width)
            k = i if j < 0 or 0 <= i < j else j
            if k < 0:
                rest = block[start:]
                size += len(rest)
                if max_line_bytes is not None and size > max_line_bytes:
                    too_long, parts = True, []
                elif rest and not too_long:
                    parts.append(rest)
                break
            end = k + width
            if k == j and block[end:end + width] == lf:
                end += width  # \r\n
            piece = block[start:end]
            size += len(piece)
            if too_long or (max_line_bytes is not None and size > max_line_bytes):
                yield None
            else:
                yield b"".join(parts) + piece if parts else piece
            parts, size, too_long, start = [], 0, False, end
    if too_long:
        yield None
    elif parts:
        yield b"".join(parts)


def decoded_lines(fh: BinaryIO, name: str, max_chars: int | None = None) -> Iterator[Line]:
    """Every physical line of a seekable binary stream (a file or standard input's bytes), decoded
    alone: UTF-8 (optional BOM) or UTF-16 with a BOM, as the file's first bytes say.

    Raises InputError(name, ...) before the first line when the file looks like UTF-16 without a BOM.
    A line with an undecodable byte, a NUL byte or too many bytes for an article of at most
    ``max_chars`` characters is a Line with a problem saying so (its column counts characters from 1)."""
    max_line_bytes = byte_limit("line", max_chars)
    start = fh.tell()
    head = fh.read(SNIFF)
    codec, skip = bom_encoding(head)
    if not skip and utf16_without_bom(head):
        raise InputError(name, UTF16_WITHOUT_BOM)
    fh.seek(start + skip)
    label = ENCODING_NAMES[codec]
    for number, raw in enumerate(raw_lines(fh, codec, max_line_bytes), 1):
        if raw is None:
            yield Line(number, "\ufffd\n", too_many_bytes(max_line_bytes or 0, max_chars, over=True))
            continue
        try:
            text = raw.decode(codec)
        except UnicodeDecodeError as exc:
            column = len(raw[:exc.start].decode(codec, "replace")) + 1
            yield Line(number, raw.decode(codec, "replace"),
                       f"not {label} text (undecodable byte at column {column})")
            continue
        if "\x00" in text:
            yield Line(number, text, "contains NUL characters (binary data)")
            continue
        yield Line(number, text, None)
