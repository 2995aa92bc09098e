"""Control characters in a text file: a few stray ones are removed with a warning, a binary file is
still refused, and Unicode direction controls never reach a headline or a name.

All texts are written here; none comes from a corpus.
"""
from __future__ import annotations

import pytest

from generator.readers import ReadError, read_file

STORY = ("Harbour reopens after storm\n\nBy Lena Marsh\n\nKINGSPORT (Reuters) - The harbour of Kingsport "
         "reopened on Monday after a week of repairs, harbour master Tomas Reyes said.\n\n"
         "Reyes said grain ships waiting offshore would be berthed in the order they arrived.\n")


def _read(tmp_path, data: bytes, name: str = "story.txt"):
    path = tmp_path / name
    path.write_bytes(data)
    return read_file(path, source=name)


@pytest.mark.parametrize("stray", ["\x00", "\x1b", "\x07\x00", "\x7f"])
def test_a_few_stray_controls_are_removed_with_a_warning(tmp_path, stray):
    text = STORY.replace("repairs,", "repairs," + stray).replace("Reyes said grain", "Reyes" + stray + " said grain")
    article = _read(tmp_path, text.encode("utf-8"))
    assert article.headline == "Harbour reopens after storm"
    assert not any(ch in "".join(article.paragraphs) for ch in stray)
    assert any("control character" in w and "removed" in w for w in article.warnings)
    assert "Reyes said grain ships" in "\n".join(article.paragraphs)


def test_clean_text_has_no_control_warning(tmp_path):
    article = _read(tmp_path, STORY.encode("utf-8"))
    assert not any("control" in w for w in article.warnings)


@pytest.mark.parametrize("data, what", [
    (b"\x00" * 400 + STORY.encode(), "NUL"),                       # mostly NULs
    ("Harbour".encode("utf-16-le") * 40, "NUL"),                  # UTF-16 with no BOM: half NULs
    (b"GIF89a" + STORY.encode(), "GIF"),                          # a signature, whatever follows
    (b"\x89PNG\r\n\x1a\n" + STORY.encode(), "PNG"),
])
def test_binary_files_are_still_refused(tmp_path, data, what):
    with pytest.raises(ReadError) as info:
        _read(tmp_path, data)
    assert "binary" in str(info.value) and what in str(info.value)


def test_direction_controls_are_removed_from_headline_and_names(tmp_path):
    rlo, pdf, lri, pdi = "\u202e", "\u202c", "\u2066", "\u2069"
    text = (f"Tomas{rlo}sey{pdf} Reyes reopens harbour{rlo}\n\n" + STORY.split("\n\n", 1)[1]
            ).replace("harbour master Tomas", f"harbour master {lri}Tomas{pdi}")
    article = _read(tmp_path, text.encode("utf-8"))
    everything = article.headline + "".join(article.paragraphs)
    assert not any(ch in everything for ch in (rlo, pdf, lri, pdi))
    assert article.headline == "Tomassey Reyes reopens harbour"
    assert "harbour master Tomas Reyes said" in everything
    assert any("direction control" in w for w in article.warnings)


def test_cp1252_quotes_survive_a_byte_cp1252_leaves_undefined(tmp_path):
    text = STORY.replace("Reyes said grain", "\u201cGrain ships come first,\u201d Reyes said, and grain")
    data = text.encode("cp1252").replace(b"Monday", b"Monday\x81")     # 0x81: undefined in cp1252
    article = _read(tmp_path, data)
    joined = "\n".join(article.paragraphs)
    assert "\u201cGrain ships come first,\u201d Reyes said" in joined and "\x81" not in joined
