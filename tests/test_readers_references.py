"""A plain-text story copied from a page's source keeps HTML character references ("pass&#233;");
the reader shows their characters, and leaves an ampersand that starts no complete reference
("AT&T", "R&D", "&eacute" without its semicolon) as it is. Invented text."""
from __future__ import annotations

import pytest

from generator.readers import read_text
from generator.readers.plaintext import references_decoded


@pytest.mark.parametrize("text, expected", [
    ("a quaintly pass&#233; idea", "a quaintly passé idea"),
    ("caf&eacute; &amp; bar", "café & bar"),
    ("&#x201C;Yes&#x201D;", "\u201cYes\u201d"),
    ("AT&T and R&D", "AT&T and R&D"),
    ("&eacute without its end", "&eacute without its end"),
    ("&notaname; stays", "&notaname; stays"),
])
def test_references_decoded(text, expected):
    assert references_decoded(text) == expected


def test_a_plain_story_shows_the_characters():
    raw = read_text("Gadget review\n\nThe phone looks quaintly pass&#233; beside its rivals, "
                    "the reviewer said on Tuesday.\n", source="review.txt")
    assert "passé" in " ".join(raw.paragraphs)
    assert "&#233;" not in " ".join(raw.paragraphs)


def test_a_markdown_story_is_not_decoded_twice():
    raw = read_text("# Prices\n\nThe sign read &amp;lt;closed&amp;gt; all week, the owner said.\n",
                    source="prices.md", format="markdown")
    assert "&lt;closed&gt;" in " ".join(raw.paragraphs)
