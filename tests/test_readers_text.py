"""Plain-text metadata: datelines, wire outlets from a story's own signs, credit lines.

All texts are written here; none comes from a corpus.
"""
from __future__ import annotations

import pytest

from generator.readers import read_text
from generator.readers.dateline import dateline_of, place_text
from generator.readers.endnotes import end_note_contributors
from generator.readers.outlets import signed_outlet, wire_outlet
from generator.types import Contributor

AP = "The Associated Press"
AFP = "Agence France-Presse"
UPI = "United Press International"

BODY = (
    "The harbour authority said on Tuesday that grain loading would resume after a week-long strike, "
    "and that ships waiting offshore would be berthed in the order they arrived."
)
BODY2 = "Dock workers voted to accept a pay offer of four percent, the union said in a statement."


@pytest.mark.parametrize("text, place, outlet", [
    # Capitals, with and without a date or an agency tag.
    ("OSLO, MARCH 3 - Grain loading resumed.", "Oslo", None),
    ("OSLO, Mar 3 - Grain loading resumed.", "Oslo", None),
    ("OSLO, mar. 3 - Grain loading resumed.", "Oslo", None),
    ("OSLO, Sept. 30, 2015 (UPI) -- Grain loading resumed.", "Oslo", UPI),
    ("HAMBURG, GERMANY, JUNE 2 - Grain loading resumed.", "Hamburg, Germany", None),
    ("PORTO ALEGRE, RIO GRANDE DO SUL, BRAZIL, MAY 9 - Grain loading resumed.",
     "Porto Alegre, Rio Grande do Sul, Brazil", None),
    ("BUENOS AIRES , April 4 - Grain loading resumed.", "Buenos Aires", None),
    ("DULUTH, Minn. (AP) — Grain loading resumed.", "Duluth, Minn.", AP),
    ("DULUTH — Grain loading resumed.", "Duluth", None),
    ("WINSTON-SALEM, N.C. (AP) _ Grain loading resumed.", "Winston-Salem, N.C.", AP),
    ("WASHINGTON, D.C. (Reuters) - Grain loading resumed.", "Washington, D.C.", "Reuters"),
    ("ALBANY, NY, Jan 5 - Grain loading resumed.", "Albany, NY", None),
    ("PORT OF SPAIN (Reuters) - Grain loading resumed.", "Port of Spain", "Reuters"),
    # Mixed and lower case places need a date or an agency tag.
    ("Rotterdam (AFP) – Grain loading resumed.", "Rotterdam", AFP),
    ("Buenos Aires, June 7 - Grain loading resumed.", "Buenos Aires", None),
    ("duluth, June 7 - Grain loading resumed.", "Duluth", None),
    ("Frankfurt am Main (dpa) - Grain loading resumed.", "Frankfurt am Main", "Deutsche Presse-Agentur"),
    ("The Hague (Reuters) - Grain loading resumed.", "The Hague", "Reuters"),
    ("SÃO PAULO, 7 June (Reuters) - Grain loading resumed.", "São Paulo", "Reuters"),
    ("ZÜRICH, 7 JUNE 2016 - Grain loading resumed.", "Zürich", None),
    ("ROTTERDAM (Reuters Health) - Grain loading resumed.", "Rotterdam", "Reuters"),
    ("ROTTERDAM (KXYZ) — Grain loading resumed.", "Rotterdam", None),
    # Must find nothing: sentences, headlines, kickers, tickers.
    ("The company said - in a statement - that loading resumed.", None, None),
    ("The company said, June 7 - loading resumed.", None, None),
    ("Critics — who had warned of delays — were proved right.", None, None),
    ("Dock workers — about 400 of them — voted on Tuesday.", None, None),
    ("Port Reopens After Strike - Live Updates", None, None),
    ("NATO - the alliance - met on Monday.", None, None),
    ("U.S.—China talks resumed on Monday.", None, None),
    ("BREAKING — Grain loading resumed.", None, None),
    ("Shares of Acme Corp (ACME.N) - a grain trader - rose.", None, None),
    ("Acme Corp (ACME) — a grain trader — rose.", None, None),
    ("March 5 - Grain loading resumed.", None, None),
    ("Loading resumed on June 7 - a week late.", None, None),
    ("OSLO (AP) —", None, None),
    ("The harbour reopened on Tuesday.", None, None),
])
def test_dateline(text, place, outlet):
    found = dateline_of(text)
    assert (None if found is None else (found.place, found.outlet)) == ((place, outlet) if place else None)
    if found is not None:
        assert text[found.end:].startswith("Grain")


def test_dateline_without_place_keeps_the_agency():
    found = dateline_of("Jun 7 (Reuters) - Grain loading resumed.")
    assert (found.place, found.outlet) == (None, "Reuters")
    assert dateline_of("Jun 7 (Acme) - Grain loading resumed.") is None


@pytest.mark.parametrize("place, expected", [
    ("NEW YORK", "New York"),
    ("RIO DE JANEIRO", "Rio de Janeiro"),
    ("DAR ES SALAAM", "Dar es Salaam"),
    ("ST. LOUIS, MO.", "St. Louis, Mo."),
    ("WASHINGTON, D.C.", "Washington, D.C."),
    ("U.S.", "U.S."),
    ("LONDON, UK", "London, UK"),
    ("MCALLEN, TEXAS", "McAllen, Texas"),
    ("N'DJAMENA", "N'Djamena"),
    ("kansas city", "Kansas City"),
    ("Mexico City", "Mexico City"),
])
def test_place_text(place, expected):
    assert place_text(place) == expected


@pytest.mark.parametrize("tag, expected", [
    ("AP", AP), ("Reuters", "Reuters"), ("REUTERS", "Reuters"), ("AFP", AFP), ("UPI", UPI),
    ("Reuters Health", "Reuters"), ("dpa", "Deutsche Presse-Agentur"),
    ("KXYZ", None), ("Photo", None), ("", None),
])
def test_wire_outlet(tag, expected):
    assert wire_outlet(tag) == expected


@pytest.mark.parametrize("closing, expected", [
    (["(Reporting by Jane Doe; Editing by John Roe)"], "Reuters"),
    (["(Reporting by Jane Doe in Oslo, additional reporting by Ann Lee; editing by John Roe.)"], "Reuters"),
    (["Writing by Jane Doe; Editing by John Roe"], "Reuters"),
    (["-- AFP"], AFP),
    (["— Agence France-Presse"], AFP),
    (["Copyright 2016 The Associated Press. All rights reserved."], AP),
    (["© 2015 United Press International"], UPI),
    (["Associated Press writer Jane Doe in Oslo contributed to this report."], AP),
    (["The Daily Planet has supplemented this Reuters article with local reaction."], "Reuters"),
    # Must find nothing: the wire named as a source, editing as a subject, no closing sign.
    (["The minister told Reuters that loading would resume."], None),
    (["Editing by hand took the monks a decade, the museum said."], None),
    (["The union said the offer was by Reuters' count the best in years."], None),
    (["Jane Doe contributed to this report."], None),
    ([BODY, BODY2], None),
    ([], None),
])
def test_signed_outlet(closing, expected):
    assert signed_outlet([BODY, *closing]) == expected


def test_signed_outlet_reads_only_the_closing_lines():
    assert signed_outlet(["-- AFP", BODY, BODY2, BODY, BODY2]) is None


@pytest.mark.parametrize("note, expected", [
    ("(Reporting by Jane Doe; Editing by John Roe.)", [Contributor("Jane Doe")]),
    ("(Additional reporting by Ann Lee, Bo Chen and Cy Park in OSLO and Di Ito in Bergen; Editing by X Y)",
     [Contributor("Ann Lee", "Oslo"), Contributor("Bo Chen", "Oslo"), Contributor("Cy Park", "Oslo"),
      Contributor("Di Ito", "Bergen")]),
    ("(Reporting by Jane Doe in Oslo; Writing by Ann Lee; Editing by John Roe)",
     [Contributor("Jane Doe", "Oslo"), Contributor("Ann Lee")]),
    ("(The harbour authority declined to comment.)", None),
    ("(reporting was slow, the union said)", None),
])
def test_end_note_contributors_in_parentheses(note, expected):
    assert end_note_contributors(note) == expected


@pytest.mark.parametrize("text, dateline, outlet, first", [
    (f"Port strike ends\n\nRotterdam (AFP) – {BODY}\n\n{BODY2}\n", "Rotterdam", AFP, "The harbour"),
    (f"Port strike ends\n\nJun 7 (Reuters) - {BODY}\n\n{BODY2}\n", None, "Reuters", "The harbour"),
    (f"Port strike ends\n\n{BODY}\n\n{BODY2}\n\n(Reporting by Jane Doe; Editing by John Roe)\n",
     None, "Reuters", "The harbour"),
    (f"ROTTERDAM, JUNE 7 - {BODY}\n\n{BODY2}\n", "Rotterdam", None, "The harbour"),
    # A byline's outlet wins over a credit line.
    (f"Port strike ends\nBy Jane Doe, Associated Press\n\n{BODY}\n\n(Reporting by Ann Lee; Editing by Bo Chen)\n",
     None, AP, "The harbour"),
    # Nothing names a wire.
    (f"Port strike ends\n\n{BODY}\n\n{BODY2}\n", None, None, "The harbour"),
])
def test_plain_text_dateline_and_outlet(text, dateline, outlet, first):
    article = read_text(text, source="story.txt")
    assert (article.dateline, article.outlet) == (dateline, outlet)
    assert article.paragraphs[0].startswith(first)
    assert not any(p.startswith("(Reporting") for p in article.paragraphs)
