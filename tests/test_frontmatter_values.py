"""Front-matter values that are no address, no name, no place or no tag are dropped with a warning
naming the file, never accepted or dropped silently.

All texts are written here; none comes from a corpus.
"""
from __future__ import annotations

import pytest

from generator.readers import read_file

BODY = ("KINGSPORT (Reuters) - The harbour of Kingsport reopened on Monday after a week of repairs, "
        "harbour master Tomas Reyes said.")


def _read(tmp_path, front: str):
    path = tmp_path / "story.md"
    path.write_text(f"---\ntitle: Harbour reopens after storm\n{front}---\n\n{BODY}\n", encoding="utf-8")
    return read_file(path, source="story.md")


@pytest.mark.parametrize("front, field, warning", [
    ("url: javascript:alert(1)\n", "url", "url "),
    ("url: 'https://example.org/a\" onmouseover=\"x'\n", "url", "url "),
    ("url: https://example.org/a b\n", "url", "url "),
    ("url: ftp://example.org/story\n", "url", "url "),
    ("url: //example.org/story\n", "url", "url "),
    ("dateline: '<img src=x onerror=alert(1)>'\n", "dateline", "dateline "),
    ("dateline: '{{ place }}'\n", "dateline", "dateline "),
])
def test_unusable_text_values_warn_and_drop(tmp_path, front, field, warning):
    article = _read(tmp_path, front)
    assert getattr(article, field) in (None, "Kingsport")      # the text's own dateline may stand
    assert any(w.startswith("story.md: front matter " + warning) and "ignored" in w for w in article.warnings)


@pytest.mark.parametrize("author", ['"<script>alert(1)</script>"', '"[Ann Lee](javascript:x)"', '"{{ author }}"',
                                    '{name: "<b>Ann Lee</b>"}'])
def test_an_author_with_markup_characters_is_no_name(tmp_path, author):
    article = _read(tmp_path, f"author: {author}\n")
    assert not any("<" in a.name or "[" in a.name or "{" in a.name for a in article.authors)
    assert any("front matter author" in w and "not a name" in w for w in article.warnings)


def test_tags_with_markup_characters_drop_alone(tmp_path):
    article = _read(tmp_path, 'tags: ["<b>tag</b>", "{{ x }}", "[x](javascript:alert(2))", "shipping", "C++"]\n')
    assert article.tags == ("shipping", "C++")
    assert sum("front matter tag" in w and "markup" in w for w in article.warnings) == 3


def test_usable_values_stay_without_warning(tmp_path):
    article = _read(tmp_path, "url: https://example.org/news/harbour?id=4#top\ndateline: Kingsport, Maine\n"
                              "author: {name: Ann Lee, role: Staff Writer}\ntags: [shipping, storms]\n")
    assert article.url == "https://example.org/news/harbour?id=4#top"
    assert article.dateline == "Kingsport, Maine"
    assert [a.name for a in article.authors] == ["Ann Lee"]
    assert article.tags == ("shipping", "storms")
    assert not any("front matter" in w for w in article.warnings)
