"""Reader tests on small texts written here (no corpus files, no network)."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.readers import SUFFIXES, ReadError, discover, read_file, read_text
from generator.readers.byline import byline_line, glued_byline
from generator.readers.dateline import dateline_of
from generator.readers.dates import date_line
from generator.readers.endnotes import end_note_contributors
from generator.readers.names import person_case
from generator.types import Author, Contributor

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_74fc545b955188a6.txt"

BODY = (
    "The city council voted on Tuesday to expand the bus network, adding six routes that will "
    "connect the northern suburbs with the hospital and the university. The mayor said the plan "
    "would be paid for from the transport budget and that fares would not rise this year."
)
BODY2 = (
    "Opponents of the plan said the money should have gone to road repairs, which they argued "
    "were more urgent after a hard winter. The council will review the routes in the spring."
)


def test_seed_header_facts():
    article = read_file(SEED)
    assert article.headline == (
        "Blinken, on ninth Mideast trip since Gaza war began, seeks cease-fire momentum as talks to resume"
    )
    assert article.authors == (Author("Matthew Lee", "AP Diplomatic Writer"),)
    assert article.outlet == "The Associated Press"
    assert article.dateline == "Tel Aviv, Israel"
    assert article.description.startswith("U.S. Secretary of State Antony Blinken will use his ninth")
    assert article.contributors == (
        Contributor("Darlene Superville", "Moon, Pennsylvania"),
        Contributor("Ayanna Alexander", "Washington"),
    )
    assert article.published is None
    assert article.paragraphs[0].startswith("U.S. Secretary of State")
    assert not any(p.startswith(("TEL AVIV", "__", "Associated Press writers")) for p in article.paragraphs)
    assert all("By MATTHEW" not in p for p in article.paragraphs)
    assert dict(article.provenance)["headline"] == "text"
    assert [f for f, _ in article.provenance] == sorted(f for f, _ in article.provenance)
    assert article.warnings == ()


@pytest.mark.parametrize("name, expected", [
    ("MATTHEW LEE", "Matthew Lee"),
    ("SEAN O'BRIEN", "Sean O'Brien"),
    ("MARY MCCARTHY", "Mary McCarthy"),
    ("ANNE-MARIE DUVAL", "Anne-Marie Duval"),
    ("EMMANUEL MACRON", "Emmanuel Macron"),
    ("LUDWIG VAN BEETHOVEN", "Ludwig van Beethoven"),
    ("Jane McDonald", "Jane McDonald"),
])
def test_person_case(name, expected):
    assert person_case(name) == expected


@pytest.mark.parametrize("line, expected", [
    ("By Jane Doe", ((Author("Jane Doe"),), None)),
    ("By Jane Doe, Reuters", ((Author("Jane Doe"),), "Reuters")),
    ("By JANE DOE and JOHN ROE, Associated Press",
     ((Author("Jane Doe"), Author("John Roe")), "The Associated Press")),
    ("By Jane Doe, AP Science Writer", ((Author("Jane Doe", "AP Science Writer"),), None)),
    # a plural role after two names is each writer's role
    ("By Jane Doe and John Roe, Political Correspondents",
     ((Author("Jane Doe", "Political Correspondent"), Author("John Roe", "Political Correspondent")), None)),
    ("By the end of the year, prices had doubled.", None),
    ("By 2030 the plant will close.", None),
    ("Byron Smith went home.", None),
])
def test_byline_line(line, expected):
    byline = byline_line(line)
    assert (None if byline is None else (byline.authors, byline.outlet)) == expected


@pytest.mark.parametrize("line, headline, author", [
    ("Storm floods coastal townsBy JANE DOEAP Weather WriterThe Associated PressMIAMI, Florida",
     "Storm floods coastal towns", Author("Jane Doe", "AP Weather Writer")),
    ("Markets rally as rates fallBy PAT SMITHReuters", "Markets rally as rates fall", Author("Pat Smith")),
    ("Stand By Me is a song by Ben E. King", None, None),
])
def test_glued_byline(line, headline, author):
    found = glued_byline(line)
    if headline is None:
        assert found is None
    else:
        assert found[0] == headline and found[1].authors == (author,)


@pytest.mark.parametrize("paragraph, place, outlet", [
    ("TEL AVIV, Israel (AP) — The talks resumed.", "Tel Aviv, Israel", "The Associated Press"),
    ("LONDON (Reuters) - Shares fell.", "London", "Reuters"),
    ("SALVADOR, Feb 26 - Showers continued.", "Salvador", None),
    ("PARIS (AFP) - The strike ended.", "Paris", "Agence France-Presse"),
    ("WASHINGTON, Aug. 18 (UPI) -- Congress met.", "Washington", "United Press International"),
    ("ST. LOUIS, Mo. (AP) — A storm hit.", "St. Louis, Mo.", "The Associated Press"),
    ("NATO - the alliance - met on Monday.", None, None),
    ("The report - which was late - came out.", None, None),
    ("U.S. stocks fell on Monday.", None, None),
    # a wire headline with its source after a dash is no dateline ("U.S. Citrus Crop Estimate" was one)
    ("COCOA OUTPUT SEEN HIGHER -- FAO", None, None),
    ("LAGOS -- Cocoa output rose.", "Lagos", None),
])
def test_dateline(paragraph, place, outlet):
    found = dateline_of(paragraph)
    assert (None if found is None else (found.place, found.outlet)) == ((place, outlet) if place else None)


@pytest.mark.parametrize("line, expected", [
    ("Published: 2024-08-18", "2024-08-18"),
    ("August 18, 2024", "2024-08-18"),
    ("Sunday, Aug. 18, 2024 10:30 a.m. EDT", "2024-08-18"),
    ("18 August 2024", "2024-08-18"),
    ("By the end of 2024 the plant will close.", None),
    ("2024-02-30", None),
    ("The vote was on August 18, 2024, in the capital.", None),
])
def test_date_line(line, expected):
    assert date_line(line) == expected


@pytest.mark.parametrize("note, expected", [
    ("Associated Press writers Jane Doe in Paris, France, and John Roe in Rome contributed to this report.",
     [Contributor("Jane Doe", "Paris, France"), Contributor("John Roe", "Rome")]),
    ("Associated Press writer Jane Doe contributed.", [Contributor("Jane Doe")]),
    ("Reporting by Jane Doe in London; Editing by Mark Potter", [Contributor("Jane Doe", "London")]),
    ("Writers say the festival contributed to the town's revival.", None),
    ("The council said the grant contributed to this report.", None),
])
def test_end_note_contributors(note, expected):
    assert end_note_contributors(note) == expected


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


@pytest.mark.parametrize("text, headline, dateline, published, authors", [
    # BBC style: headline, blank line, paragraphs.
    (f"Council expands bus network\n\n{BODY}\n\n{BODY2}\n", "Council expands bus network", None, None, ()),
    # Headline ending in a period, set apart by a blank line.
    (f"Council expands bus network.\n\n{BODY}\n", "Council expands bus network.", None, None, ()),
    # Byline and explicit date in the header area.
    (f"Council expands bus network\nBy Jane Doe, Reuters\nPublished: 2024-08-18\n\n{BODY}\n",
     "Council expands bus network", None, "2024-08-18", (Author("Jane Doe"),)),
    # A wire dateline opening the body.
    (f"Council expands bus network\n\nLEEDS, England (AP) — {BODY}\n", "Council expands bus network",
     "Leeds, England", None, ()),
    # An ALL-CAPS headline with its source after a dash, then the dateline
    (f"COCOA OUTPUT SEEN HIGHER -- FAO\n\nROME, March 3 - {BODY}\n", "COCOA OUTPUT SEEN HIGHER -- FAO", "Rome",
     None, ()),
    # One long paragraph: no headline, nothing invented.
    (BODY + " " + BODY2 + "\n", None, None, None, ()),
    # "By the end of..." is story text, not a byline; a date inside a sentence is not a publication date.
    (f"Council expands bus network\n\nBy the end of the year, on August 18, 2024, six routes will run. {BODY}\n",
     "Council expands bus network", None, None, ()),
])
def test_plain_text_header(tmp_path, text, headline, dateline, published, authors):
    article = read_file(_write(tmp_path, "story.txt", text))
    assert article.headline == headline
    assert article.dateline == dateline
    assert article.published == published
    assert article.authors == authors
    assert headline is None or headline not in article.paragraphs
    assert article.paragraphs and all(p.strip() for p in article.paragraphs)
    if headline is None:
        assert any("no headline" in w for w in article.warnings)


def test_plain_text_dateline_sets_outlet_and_strips_prefix(tmp_path):
    article = read_file(_write(tmp_path, "a.txt", f"Headline here\n\nLONDON (Reuters) - {BODY}\n"))
    assert article.outlet == "Reuters"
    assert article.paragraphs[0].startswith("The city council")
    assert dict(article.provenance)["dateline"] == "text"


def test_hard_wrapped_text_is_joined(tmp_path):
    words = (BODY + " " + BODY2).split()
    lines, line = [], ""
    for word in words:
        if len(line) + len(word) + 1 > 65:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    lines.append(line)
    half = len(lines) // 2
    text = "SALVADOR, Feb 26 - " + "\n".join(lines[:half]) + "\n    " + "\n".join(lines[half:]) + "\n"
    article = read_file(_write(tmp_path, "wrapped.txt", text))
    assert article.headline is None
    assert article.dateline == "Salvador"
    assert article.published is None  # a day and month without a year is no date
    assert len(article.paragraphs) == 2
    assert " ".join(article.paragraphs) == " ".join(words)


MARKDOWN = """---
title: Council expands bus network
date: 2024-08-18
authors:
  - name: Jane Doe
    role: Transport Reporter
  - John Roe
tags: [transport, council]
url: https://example.org/bus
description: Six new routes.
---
# A heading the front matter overrides

**LEEDS (AP)** — The [city council](https://example.org) voted *on Tuesday* to expand the bus network.
![a bus](bus.jpg)

Opponents said <em>the money</em> should go to roads.

```
code stays as text
```
"""


def test_markdown_front_matter_and_body(tmp_path):
    article = read_file(_write(tmp_path, "story.md", MARKDOWN))
    assert article.format == "markdown"
    assert article.headline == "Council expands bus network"
    assert article.published == "2024-08-18"
    assert article.authors == (Author("Jane Doe", "Transport Reporter"), Author("John Roe"))
    assert article.tags == ("transport", "council")
    assert article.url == "https://example.org/bus"
    assert article.description == "Six new routes."
    assert article.dateline == "Leeds"
    assert article.paragraphs[0] == "The city council voted on Tuesday to expand the bus network."
    assert "Opponents said the money should go to roads." in article.paragraphs
    assert "code stays as text" in article.paragraphs
    assert not any("bus.jpg" in p or "<" in p or "**" in p for p in article.paragraphs)
    where = dict(article.provenance)
    assert where["headline"] == "front matter" and where["dateline"] == "text"


def test_markdown_link_whose_address_holds_parentheses_leaves_only_its_text(tmp_path):
    text = ("---\ntitle: Probe nears Mercury\n---\n\nThe probe will pass [Mercury](https://example.org/wiki/"
            "Mercury_(planet)) in May, said [Ana Ruiz](javascript:alert(1)) of the agency.\n"
            "![map](maps/orbit_(2).png)\n")
    article = read_file(_write(tmp_path, "probe.md", text))
    assert article.paragraphs[0] == "The probe will pass Mercury in May, said Ana Ruiz of the agency."
    assert not any(")" in p or "png" in p for p in article.paragraphs)


def test_markdown_heading_is_headline_without_front_matter(tmp_path):
    article = read_file(_write(tmp_path, "s.markdown", f"# Council expands bus network\n\n{BODY}\n"))
    assert article.headline == "Council expands bus network"
    assert article.paragraphs == (BODY,)
    assert article.published is None


@pytest.mark.parametrize("front, warning_part, line", [
    ("title: [unclosed\ndate: 2024-01-01\n", "not valid YAML", None),
    ("title: ok\n  bad: indent: here\n", "not valid YAML", None),
    ("title: 42\n", "title should be text", None),
    ("date: next Tuesday\n", "not a date", None),
    ("- just\n- a list\n", "not a set of keys", None),
])
def test_markdown_front_matter_problems_warn(tmp_path, front, warning_part, line):
    path = _write(tmp_path, "bad.md", f"---\n{front}---\n\nCouncil expands bus network\n\n{BODY}\n")
    article = read_file(path)
    assert any(warning_part in w and str(path) in w for w in article.warnings), article.warnings
    assert BODY in article.paragraphs


def test_malformed_front_matter_names_line(tmp_path):
    path = _write(tmp_path, "bad.md", f"---\ntitle: fine\nauthor: [a, b\ndate: 2024-01-01\n---\n\n{BODY}\n")
    warnings = read_file(path).warnings
    assert any(w.startswith(f"{path}:") and "YAML" in w for w in warnings)
    line = int(next(w for w in warnings if "YAML" in w).split(":")[1])
    assert 3 <= line <= 5  # the broken flow list opens on line 3 of the file


HTML = """<!doctype html><html lang="en"><head><title>Council expands bus network | Example News</title>
<meta property="og:title" content="Council expands bus network">
<meta property="og:site_name" content="Example News">
<meta name="author" content="By Jane Doe and John Roe">
<meta property="article:published_time" content="2024-08-18T09:00:00Z">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Council expands bus network</h1><p>{body}</p><p>{body2}</p></article>
<aside><h3>Related</h3><ul><li><a href="/x">Another story entirely</a></li></ul></aside>
</body></html>"""


def test_html_reader(tmp_path):
    article = read_file(_write(tmp_path, "page.html", HTML.format(body=BODY, body2=BODY2)))
    assert article.format == "html"
    assert article.headline == "Council expands bus network"
    assert article.authors == (Author("Jane Doe"), Author("John Roe"))
    assert article.published == "2024-08-18"
    assert article.outlet == "Example News"
    assert BODY in article.paragraphs and BODY2 in article.paragraphs
    assert not any("Home" == p or "Another story entirely" in p for p in article.paragraphs)


@pytest.mark.parametrize("content, message", [
    (b"", "empty"),
    (b"   \n\n\t  \n", "blank"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    (bytes(range(1, 32)) * 20, "binary"),
])
def test_unreadable_files_raise(tmp_path, content, message):
    path = _write(tmp_path, "bad.txt", content)
    with pytest.raises(ReadError) as info:
        read_file(path)
    assert str(path) in str(info.value) and message in str(info.value)
    assert "\n" not in str(info.value)


def test_missing_file_raises(tmp_path):
    with pytest.raises(ReadError):
        read_file(tmp_path / "nope.txt")


def test_cp1252_is_read_with_warning(tmp_path):
    text = f"Caf\u00e9 owners protest \u201crent rise\u201d\n\n{BODY}\n"
    article = read_file(_write(tmp_path, "cp.txt", text.encode("cp1252")))
    assert article.headline == "Caf\u00e9 owners protest \u201crent rise\u201d"
    assert any("not UTF-8" in w for w in article.warnings)


def test_utf8_has_no_encoding_warning(tmp_path):
    article = read_file(_write(tmp_path, "u.txt", f"Caf\u00e9 owners protest\n\n{BODY}\n"))
    assert not any("UTF-8" in w for w in article.warnings)


def test_mojibake_is_repaired_with_a_warning(tmp_path):
    """UTF-8 once read as Windows-1252 and saved again ("JosÃ©", "Â£5,000") reads as it was written."""
    written = f"Jos\u00e9 N\u00fa\u00f1ez wins \u00a35,000 prize\n\n{BODY}\n"
    garbled = written.encode("utf-8").decode("cp1252")
    article = read_file(_write(tmp_path, "m.txt", garbled))
    assert article.headline == "Jos\u00e9 N\u00fa\u00f1ez wins \u00a35,000 prize"
    assert any("m.txt" in w and "wrong encoding" in w for w in article.warnings)


def test_text_that_only_looks_foreign_is_left_alone(tmp_path):
    text = f"\u0141\u00f3d\u017a and S\u00e3o Paulo sign \u201cdeal\u201d \u2014 MONTR\u00c9AL\n\n{BODY}\n"
    article = read_file(_write(tmp_path, "ok.txt", text))
    assert article.headline == "\u0141\u00f3d\u017a and S\u00e3o Paulo sign \u201cdeal\u201d \u2014 MONTR\u00c9AL"
    assert not any("wrong encoding" in w for w in article.warnings)


def test_large_file_is_read_with_warning(tmp_path):
    text = "Council expands bus network\n\n" + "\n\n".join([BODY] * 4000) + "\n"
    assert len(text.encode()) > 1_000_000
    article = read_file(_write(tmp_path, "big.txt", text))
    assert len(article.paragraphs) == 4000
    assert any("MB" in w for w in article.warnings)


@pytest.mark.parametrize("body, warns", [
    ("Der Stadtrat hat am Dienstag beschlossen, das Busnetz zu erweitern. Sechs neue Linien sollen "
     "die n\u00f6rdlichen Vororte mit dem Krankenhaus und der Universit\u00e4t verbinden. Der "
     "B\u00fcrgermeister sagte, der Plan werde aus dem Verkehrshaushalt bezahlt und die Preise "
     "w\u00fcrden dieses Jahr nicht steigen, wie schon im letzten Jahr versprochen wurde.", True),
    (BODY, False),
])
def test_non_english_warns(tmp_path, body, warns):
    article = read_file(_write(tmp_path, "lang.txt", f"Busnetz wird erweitert\n\n{body}\n"))
    assert any("English" in w for w in article.warnings) is warns


def test_source_defaults_to_path_and_can_be_set(tmp_path):
    path = _write(tmp_path, "a.txt", f"Headline\n\n{BODY}\n")
    assert read_file(path).source == str(path)
    assert read_file(path, source="seeds/a.txt").source == "seeds/a.txt"


def test_read_text_matches_read_file(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    assert read_text(text, source=str(SEED)) == read_file(SEED)


def test_read_text_rejects_blank_and_unknown_format():
    with pytest.raises(ReadError):
        read_text("  \n", source="x")
    with pytest.raises(ReadError):
        read_text("text", source="x", format="pdf")


def test_discover(tmp_path):
    _write(tmp_path, "b.txt", "x")
    _write(tmp_path, "A folder/nested deeper/caf\u00e9 story.md", "x")
    _write(tmp_path, "a.HTML", "x")
    _write(tmp_path, "z/page.htm", "x")
    _write(tmp_path, "notes.pdf", "x")
    _write(tmp_path, ".hidden.txt", "x")
    _write(tmp_path, ".git/config.txt", "x")
    files, warnings = discover(tmp_path)
    rel = [p.relative_to(tmp_path).as_posix() for p in files]
    assert rel == ["a folder/nested deeper/caf\u00e9 story.md".replace("a folder", "A folder"), "a.HTML", "b.txt", "z/page.htm"]
    # every entry not read is named: the unknown suffix, the hidden file and the hidden folder
    assert len(warnings) == 3
    assert any("notes.pdf" in w and ".pdf" in w for w in warnings)
    assert any(".hidden.txt" in w and "hidden" in w for w in warnings)
    assert any(w.startswith(str(tmp_path / ".git")) and "hidden folder" in w for w in warnings)
    assert discover(tmp_path) == (files, warnings)
    assert set(SUFFIXES) == {".txt", ".md", ".markdown", ".html", ".htm"}
