"""Bytes to text: encoding detection, binary rejection, size warning, mojibake repair, controls.

A file is binary when it starts with an image or archive signature or when more than
:data:`MAX_NON_TEXT` of it is control characters; a text with a few stray control characters (a NUL
left by an editor or a copy) is read with them removed and a warning. Unicode direction controls
(embeddings, overrides, isolates: U+202A-U+202E, U+2066-U+2069) are removed too, with a warning: in
a name or a headline they show text in another order than it is stored ("Ali\u202eevil\u202c Khan").

Text that was decoded with the wrong encoding before it reached us ("AndrÃ©s", "Â£25,000": UTF-8
read as Windows-1252 and saved again, common in scraped pages and data sets) is repaired with ftfy's
``fix_encoding`` (Speer 2019; it changes only sequences that are far likelier mojibake than text,
and leaves quotation marks and other characters alone), with a warning naming the file.
"""
from __future__ import annotations

import codecs
import re

import ftfy

from generator.readers.errors import ReadError

LARGE_BYTES = 1_000_000
# Share of characters that may be control or replacement characters before a file counts as binary.
MAX_NON_TEXT = 0.05
_ALLOWED_CONTROLS = set("\t\n\r\f\v")
# C0 and C1 control characters and DEL, but tab, newlines, form and vertical tab.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_DIRECTION = re.compile("[\u202a-\u202e\u2066-\u2069]")
# Signatures of files that are never text, whatever share of their bytes happens to read as text.
_BINARY_SIGNATURES = {b"\x89PNG\r\n\x1a\n": "a PNG image", b"\xff\xd8\xff": "a JPEG image",
                      b"GIF87a": "a GIF image", b"GIF89a": "a GIF image", b"%PDF-": "a PDF document",
                      b"PK\x03\x04": "a ZIP archive", b"\x1f\x8b": "a gzip archive"}


def _latin1_for_undefined(exc: UnicodeDecodeError) -> tuple[str, int]:
    return exc.object[exc.start:exc.end].decode("latin-1"), exc.end


codecs.register_error("_cp1252_or_latin1", _latin1_for_undefined)


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
    kind = next((what for sig, what in _BINARY_SIGNATURES.items() if data.startswith(sig)), None)
    if kind:
        raise ReadError(f"{name}: the file is binary ({kind}), not text")
    if text is None:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
                encoding = "Windows-1252 (cp1252)"
            except UnicodeDecodeError:
                # cp1252 for every byte it defines (curly quotes, dashes), Latin-1 for the five it
                # leaves undefined (control characters, removed below)
                text = data.decode("cp1252", errors="_cp1252_or_latin1")
                encoding = "Windows-1252 (cp1252) with Latin-1"
            warnings.append(f"{name}: the text is not UTF-8; it was read as {encoding}")
    if not text.strip():
        raise ReadError(f"{name}: the file holds only blank space, no text")
    repaired = ftfy.fix_encoding(text)
    if repaired != text:
        warnings.append(f"{name}: the text held characters decoded with the wrong encoding "
                        "(such as 'Ã©' for 'é'); they were repaired")
        text = repaired
    if non_text_share(text) > MAX_NON_TEXT:
        held = "it holds NUL bytes" if "\x00" in text else "mostly control characters"
        raise ReadError(f"{name}: the file is binary ({held}), not text")
    text = _removed(text, _CONTROLS, name, "control character", warnings)
    text = _removed(text, _DIRECTION, name, "Unicode direction control", warnings,
                    why=", which show text in another order than it is stored")
    if not text.strip():
        raise ReadError(f"{name}: the file holds only blank space, no text")
    return text, warnings


def _removed(text: str, pattern: re.Pattern, name: str, what: str, warnings: list[str], why: str = "") -> str:
    """``text`` without the characters ``pattern`` matches; a warning counting and naming them."""
    found = pattern.findall(text)
    if not found:
        return text
    codes = ", ".join(f"U+{ord(ch):04X}" for ch in sorted(set(found))[:4]) + (", ..." if len(set(found)) > 4 else "")
    plural = len(found) > 1
    warnings.append(f"{name}: the text held {len(found)} {what}{'s' if plural else ''} ({codes}){why}; "
                    f"{'they were' if plural else 'it was'} removed")
    return pattern.sub("", text)
