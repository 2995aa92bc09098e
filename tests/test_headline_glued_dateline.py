"""A wire headline run into its dateline on one line stops before the dateline (readers/header.py).

All texts are invented here; none comes from a corpus.
"""
from __future__ import annotations

import pytest

from generator.readers import read_text

LEDE = "Brantwell Foods said on Tuesday its third-quarter profit rose 12 percent to 40 million dollars."
MORE = "The company also raised its forecast for the full year."


@pytest.mark.parametrize("text, headline, dateline", [
    # headline, date, agency and lede on one line
    (f"BRIEF-Brantwell Foods says Q3 profit rises Oct 22 (Reuters) - {LEDE}\n\n{MORE}\n",
     "BRIEF-Brantwell Foods says Q3 profit rises", None),
    # the dateline ends the first line; the story starts below it
    (f"BRIEF-Brantwell Foods says Q3 profit rises Oct 22 (Reuters) -\n\n{LEDE}\n\n{MORE}\n",
     "BRIEF-Brantwell Foods says Q3 profit rises", None),
    # an ALL-CAPS place before the date
    (f"Brantwell Foods profit rises in third quarter OSLO, Oct 22 (Reuters) - {LEDE}\n\n{MORE}\n",
     "Brantwell Foods profit rises in third quarter", "Oslo"),
    (f"Brantwell Foods profit rises NEW YORK (AP) — {LEDE}\n\n{MORE}\n", "Brantwell Foods profit rises", "New York"),
])
def test_a_headline_stops_before_a_glued_dateline(text, headline, dateline):
    raw = read_text(text, source="glued.txt")
    assert raw.headline == headline
    assert raw.dateline == dateline
    assert raw.outlet in ("Reuters", "The Associated Press")
    assert raw.paragraphs[0] == LEDE


def test_an_abbreviation_in_capitals_stays_in_the_headline():
    raw = read_text(f"Brantwell profit up 5 PCT Oct 22 (Reuters) - {LEDE}\n\n{MORE}\n", source="pct.txt")
    assert raw.headline == "Brantwell profit up 5 PCT"
    assert raw.paragraphs[0] == LEDE


@pytest.mark.parametrize("text", [
    # a place in lower case before the date: where the headline ends is not known, nothing is cut
    f"Brantwell profit up in Oslo, Oct 22 (Reuters) - {LEDE}\n\n{MORE}\n",
    # a ticker, not an agency
    f"Brantwell Foods shares fell (BRWF.O) - {LEDE}\n\n{MORE}\n",
])
def test_no_cut_without_a_dateline_of_a_known_agency(text):
    raw = read_text(text, source="kept.txt")
    assert raw.dateline is None and raw.outlet is None
    assert not raw.headline or "Oct 22" in raw.headline or "BRWF" in raw.headline


def test_a_headline_on_its_own_line_keeps_its_dateline_below():
    raw = read_text(f"Brantwell Foods profit rises\n\nOSLO, Oct 22 (Reuters) - {LEDE}\n\n{MORE}\n", source="a.txt")
    assert (raw.headline, raw.dateline, raw.outlet) == ("Brantwell Foods profit rises", "Oslo", "Reuters")
    assert raw.paragraphs[0] == LEDE
