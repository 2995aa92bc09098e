"""More forms of the same metadata kinds (bylines, stamps, end notes) that sites and wires write:
an outlet in capitals after a bar, "Article by" / "Analysis by" lines, an aggregator's bare age
("• 3h"), a day.month.year stamp with a time after it, end notes of other outlets (Bloomberg's
"With assistance from", "X contributed reporting from P", "CNN's X contributed to this report",
credit lines naming only editors, contact lines).

All texts are written here; none comes from a corpus.
"""
from __future__ import annotations

import pytest

from generator.readers import read_text
from generator.readers.dates import stamp_line
from generator.readers.endnotes import end_note_contributors
from generator.readers.outlets import outlet_phrase
from generator.types import Contributor

LEDE = "ALDER BAY, Ore. — The water board voted 6-1 on Thursday to raise rates for the first time in a decade."
MORE = "The increase takes effect in July and adds about $4 a month to a typical bill, the board said."


def _text(*header: str, notes: tuple[str, ...] = ()) -> str:
    return "\n\n".join(["Water board raises rates", *header, LEDE, MORE, *notes]) + "\n"


@pytest.mark.parametrize("header, authors, outlet, published", [
    # An outlet written in capitals after a bar, "THE" included; a masthead word such as "Echo".
    ("By JUNE O'HARA-BLAKE | THE WESTERN ECHO", ["June O'Hara-Blake"], "THE WESTERN ECHO", None),
    ("By June O'Hara | Lakeside Echo", ["June O'Hara"], "Lakeside Echo", None),
    ("Article by Ilse Brandt | Updated 1 hour ago", ["Ilse Brandt"], None, None),
    ("Analysis by Ilse Brandt", ["Ilse Brandt"], None, None),
    # An aggregator's age after the byline is no date.
    ("Story by Ilse Brandt • 3h", ["Ilse Brandt"], None, None),
    ("Story by Ilse Brandt • 1d • 4 min read", ["Ilse Brandt"], None, None),
])
def test_byline_lines_of_other_sites(header, authors, outlet, published):
    article = read_text(_text(header), source="rates.txt")
    assert [a.name for a in article.authors] == authors
    assert article.outlet == outlet
    assert article.published == published
    assert article.dateline == "Alder Bay, Ore."
    assert not any("Brandt" in p or "O'Hara" in p for p in article.paragraphs)


@pytest.mark.parametrize("lines, role, outlet", [
    # The outlet, or the writer's role, on a line of its own under the byline: header, not body.
    (["By Ilse Brandt", "The Lakeside Echo"], None, "The Lakeside Echo"),
    (["By Ilse Brandt", "Staff Writer", "Lakeside Herald"], "Staff Writer", "Lakeside Herald"),
    (["By Ilse Brandt", "lakesideecho.com"], None, "lakesideecho.com"),
])
def test_an_outlet_line_under_the_byline(lines, role, outlet):
    for joiner in ("\n", "\n\n"):
        article = read_text("Water board raises rates\n" + joiner.join(lines) + "\n\n" + LEDE + "\n\n" + MORE + "\n",
                            source="rates.txt")
        assert [(a.name, a.role) for a in article.authors] == [("Ilse Brandt", role)]
        assert article.outlet == outlet
        assert article.dateline == "Alder Bay, Ore."
        assert article.paragraphs[0].startswith("The water board voted")


def test_a_title_case_line_under_the_byline_is_no_outlet():
    """A line that names no outlet (no masthead word, not a known outlet or a domain) stays text."""
    article = read_text("Water board raises rates\nBy Ilse Brandt\nThe Long Road To Cleaner Water\n\n"
                        + LEDE + "\n", source="rates.txt")
    assert article.outlet is None
    assert any("Long Road" in p for p in article.paragraphs)


@pytest.mark.parametrize("line, expected", [
    # Dotted dates are day.month.year; a time after the date is not read as a time before it.
    ("First published: 07.04.2023 14:10 CET", ("published", "2023-04-07")),
    ("Published 07.04.2023", ("published", "2023-04-07")),
    ("Updated: 07.04.2023 09:00", ("updated", "2023-04-07")),
    ("Published: 2023-04-07 08:00", ("published", "2023-04-07")),
    # Slashes stay ambiguous (April 7 or 4 July) ...
    ("Published 04/07/2023", ("published", None)),
    # ... and a time before the date still is one.
    ("Published 9:41 AM EDT, Fri April 7, 2023", ("published", "2023-04-07")),
    ("3h", ("relative", None)),
    ("12 min", ("relative", None)),
])
def test_stamp_lines_of_other_styles(line, expected):
    assert stamp_line(line) == expected


def test_a_dotted_stamp_in_the_header_is_the_publication_date():
    article = read_text(_text("Written by Ilse Brandt | Lakeside Echo", "First published: 07.04.2023 14:10 CET"),
                        source="rates.txt")
    assert article.published == "2023-04-07"
    assert [a.name for a in article.authors] == ["Ilse Brandt"]
    assert not any("published" in p.lower() for p in article.paragraphs)


@pytest.mark.parametrize("text, expected", [
    ("THE WESTERN ECHO", "THE WESTERN ECHO"),
    ("Western Echo", "Western Echo"),
    ("Maria Echo", None),         # a given name before a masthead word is a person
])
def test_outlet_phrase_in_capitals(text, expected):
    assert outlet_phrase(text) == expected


@pytest.mark.parametrize("note, expected", [
    ("—With assistance from Noor Haddad and Piet Vos.",
     [Contributor("Noor Haddad", None), Contributor("Piet Vos", None)]),
    ("Lise Moreau contributed reporting from Lyon, and Karl Brandt from Bonn.",
     [Contributor("Lise Moreau", "Lyon"), Contributor("Karl Brandt", "Bonn")]),
    ("Lise Moreau and Karl Brandt contributed reporting from Bonn.",
     [Contributor("Lise Moreau", "Bonn"), Contributor("Karl Brandt", "Bonn")]),
    ("KTVX's Lise Moreau contributed to this report.", [Contributor("Lise Moreau", None)]),
    ("Reporting was contributed by Lise Moreau from Lyon and Karl Brandt from Bonn.",
     [Contributor("Lise Moreau", "Lyon"), Contributor("Karl Brandt", "Bonn")]),
    ("(Compiled by Anil Rao; Editing by Joan Firth)", [Contributor("Anil Rao", None)]),
    # Editors, and the reporters' and editors' contact lines, are no contributors.
    ("(Editing by Joan Firth)", []),
    ("(Writing by Anil Rao; Editing by Joan Firth and Bo Lund)", [Contributor("Anil Rao", None)]),
    ("To contact the editors responsible for this story:\nJoan Firth at jfirth@example.net", []),
    # Sentences of a story are no end notes.
    ("The county contributed to this report.", None),
    ("The mayor contributed $5,000 to the fund.", None),
])
def test_end_notes_of_other_outlets(note, expected):
    assert end_note_contributors(note) == expected


def test_bloomberg_end_notes_leave_the_body_and_name_no_editor():
    article = read_text(_text("By Ilse Brandt", notes=(
        "—With assistance from Noor Haddad.",
        "To contact the reporter on this story:\nIlse Brandt in Portland at ibrandt@example.net",
        "To contact the editors responsible for this story:\nJoan Firth at jfirth@example.net")),
        source="rates.txt")
    assert [c.name for c in article.contributors] == ["Noor Haddad"]
    assert not any("Firth" in p or "contact" in p or "assistance" in p for p in article.paragraphs)


def test_an_editing_only_credit_line_is_no_body_text():
    article = read_text(_text("By Ilse Brandt", notes=("(Editing by Joan Firth)",)), source="rates.txt")
    assert not article.contributors
    assert not any("Firth" in p for p in article.paragraphs)


@pytest.mark.parametrize("line, expected", [
    # Stamps labelled in other languages; the date read with the label's language.
    ("Veröffentlicht am 07.04.2023", ("published", "2023-04-07")),
    ("Erstellt am 7. April 2023, 10:00 Uhr", ("published", "2023-04-07")),
    ("Publié le 7 avril 2023 à 08h30", ("published", "2023-04-07")),
    ("Mis à jour le 9 avril 2023", ("updated", "2023-04-09")),
    ("Pubblicato il 7 aprile 2023", ("published", "2023-04-07")),
    ("Publicado el 7 de abril de 2023", ("published", "2023-04-07")),
    # No year written, a relative time, or a sentence opening with the label's word: no stamp.
    ("Publié il y a 3 heures", None),
    ("Publié le 7 avril", None),
    ("Veröffentlicht wurde der Bericht erst 2023.", None),
    ("2 wk", ("relative", None)),
])
def test_stamps_labelled_in_other_languages(line, expected):
    assert stamp_line(line) == expected


def test_a_german_stamp_in_a_german_text_gives_its_date():
    text = ("Hafen erweitert Terminal\n\nVeröffentlicht am 07.04.2023\n\nBREMEN (dpa) - Der Hafen will sein "
            "Terminal bis zum Jahr 2027 um ein Drittel erweitern, teilte die Betreibergesellschaft am Freitag mit.\n")
    article = read_text(text, source="hafen.txt")
    assert article.published == "2023-04-07"
    assert not any("Veröffentlicht" in p for p in article.paragraphs)


@pytest.mark.parametrize("header, authors", [
    ("By Ilse Brandt in Portland | Lakeside Echo", ["Ilse Brandt"]),
    ("By Ilse Brandt in Portland and Noor Haddad in New York", ["Ilse Brandt", "Noor Haddad"]),
])
def test_a_byline_naming_where_each_writer_is(header, authors):
    article = read_text(_text(header), source="rates.txt")
    assert [a.name for a in article.authors] == authors
    assert not any("Brandt" in p for p in article.paragraphs)


# ---------------------------------------------------------------- front matter, page markup, scripts


@pytest.mark.parametrize("front, authors, published", [
    ('author: "By Tove Lind, Staff Writer"\ndate: 7 April 2023', ["Tove Lind"], "2023-04-07"),
    ("authors: [Tove Lind, Arne Vik]\npubDate: 2023-04-07", ["Tove Lind", "Arne Vik"], "2023-04-07"),
    # Hugo's "publishDate" is the publication date, "lastmod" is not; a date keeps its own day
    # whatever its offset from UTC.
    ("author: Tove Lind\nlastmod: 2023-05-01\npublishDate: 2023-04-07T23:30:00-08:00", ["Tove Lind"], "2023-04-07"),
    # Jekyll's "published: true" is a switch, not a date.
    ("author: Tove Lind\npublished: true\ndate: 2023-04-07", ["Tove Lind"], "2023-04-07"),
    ("author: Tove Lind\nupdated: 2023-05-01", ["Tove Lind"], None),
])
def test_front_matter_authors_and_date_keys(front, authors, published):
    text = f"---\ntitle: Ferry timetable changes\n{front}\n---\n\nThe ferry will run every hour from May, the operator said.\n"
    article = read_text(text, source="ferry.md", format="markdown")
    assert [a.name for a in article.authors] == authors
    assert article.published == published


def test_a_byline_shown_with_more_writers_than_the_author_meta_wins():
    page = ('<html><head><title>Ferry timetable changes</title><meta name="author" content="Tove Lind"></head>'
            '<body><article><h1>Ferry timetable changes</h1><div class="byline">By <a href="/by/tove-lind">Tove '
            'Lind</a> and <a href="/by/arne-vik">Arne Vik</a></div><p>The island ferry will run every hour from '
            'May, the operator said on Monday after a year of complaints about crowded boats.</p></article></body></html>')
    article = read_text(page, source="ferry.html", format="html")
    assert [a.name for a in article.authors] == ["Tove Lind", "Arne Vik"]


def test_a_japanese_page_with_one_sentence_is_read_and_marked_not_english():
    page = ('<html lang="ja"><head><title>大阪で新しい駅が開業</title></head><body><article><h1>大阪で新しい駅が開業</h1>'
            '<p>大阪市は火曜日、新しい地下鉄の駅を開業した。市長は、通勤が便利になると述べた。</p></article></body></html>')
    article = read_text(page, source="eki.html", format="html")
    assert article.paragraphs and article.paragraphs[0].startswith("大阪市は")
    assert article.language == "ja"


@pytest.mark.parametrize("text, code", [("大阪で新しい駅が開業", "ja"), ("NATO", None), ("大阪", None)])
def test_a_short_text_in_another_script_is_no_english(text, code):
    from generator.readers.language import language_of

    assert language_of(text) == code


@pytest.mark.parametrize("text, code", [
    # An English story full of names of another language is English ...
    ("Premier Amélie Gagnon visited Trois-Rivières on Friday. Amelie Gagnon promised a hospital for "
     "Trois-Rivieres and Saint-Jérôme.", "en"),
    ("Transport Minister Nguyễn Thị Hương opened a new terminal at the airport in Đà Nẵng on Friday.", "en"),
    # ... and a story written in that language is not.
    ("La première ministre Amélie Gagnon a visité Trois-Rivières vendredi et a promis un nouvel hôpital.", "fr"),
])
def test_names_alone_do_not_make_a_text_foreign(text, code):
    from generator.readers.language import language_of

    assert language_of(text) == code
