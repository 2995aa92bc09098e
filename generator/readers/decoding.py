"""Bytes to text: encoding detection, binary rejection, size warning, mojibake repair.

Text that was decoded with the wrong encoding before it reached us ("AndrÃ©s", "Â£25,000": UTF-8
read as Windows-1252 and saved again, common in scraped pages and data sets) is repaired with ftfy's
``fix_encoding`` (Speer 2019; it changes only sequences that are far likelier mojibake than text,
and leaves quotation marks and other characters alone), with a warning naming the file.
"""
from __future__ import annotations

import codecs

import ftfy

from generator.readers.errors import ReadError

LARGE_BYTES = 1_000_000
# Share of characters that may be control or replacement characters before a file counts as binary.
MAX_NON_TEXT = 0.05
_ALLOWED_CONTROLS = set("\t\n\r\f\v")


def non_text_share(text: str) -> float:
    """The share of ``text`` that is control characters or U+FFFD, 0..1."""
    if not text:
        return 0.0
    bad = sum(
        1 for ch in text
        if ch == "\ufffd" or ((ord(ch) < 32 or 0x7F <= ord(ch) < 0xA0) and ch not in _ALLOWED_CONTROLS)
    )
    return bad / len(text)


def decode_bytes(data: bytes, *, name: str) -> tuple[str, list[str]]:
    """Decode a file's bytes to text.

    Args:
        data: the raw bytes.
        name: the file name used in messages.
    Returns:
        (text, warnings). UTF-8 (with or without BOM) is read silently; UTF-16 with a BOM too;
        anything else is read as cp1252 (latin-1 for bytes cp1252 leaves undefined) with a warning.
    Raises:
        ReadError: empty, blank or binary content.
    """
    warnings: list[str] = []
    if not data:
        raise ReadError(f"{name}: the file is empty")
    if len(data) > LARGE_BYTES:
        warnings.append(
            f"{name}: the file is {len(data) / 1_000_000:.1f} MB, larger than an article usually is; "
            "it was read in full"
        )
    text: str | None = None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            text = None
    if text is None:
        if b"\x00" in data:
            raise ReadError(f"{name}: the file is binary (it holds NUL bytes), not text")
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
                encoding = "Windows-1252 (cp1252)"
            except UnicodeDecodeError:
                text = data.decode("latin-1")
                encoding = "Latin-1"
            warnings.append(f"{name}: the text is not UTF-8; it was read as {encoding}")
    if not text.strip():
        raise ReadError(f"{name}: the file holds only blank space, no text")
    repaired = ftfy.fix_encoding(text)
    if repaired != text:
        warnings.append(f"{name}: the text held characters decoded with the wrong encoding "
                        "(such as 'Ã©' for 'é'); they were repaired")
        text = repaired
    if non_text_share(text) > MAX_NON_TEXT:
        raise ReadError(f"{name}: the file is binary (mostly control characters), not text")
    return text, warnings
