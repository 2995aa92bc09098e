"""Key numbers: what is found, what it counts, and what is never a key number."""
from pathlib import Path

import pytest

from generator.extract.numbers import number_value, numbers

SEED = Path(__file__).resolve().parent.parent / "seeds" / "000_74fc545b955188a6.txt"


def _doc(nlp, body, headline="Headline"):
    text = f"{headline}\n\n{body}"
    return nlp(text), len(headline) + 2


@pytest.mark.parametrize("text, expected", [
    ("Police said 14 people were arrested after the march through the city.",
     [("14", 14.0, "people")]),
    ("The company said its profits rose 12% to £4.5bn this year.",
     [("12%", 12.0, "profits"), ("£4.5bn", 4.5e9, None)]),
    ("Two-thirds of voters backed the plan in a referendum.", [("Two-thirds", 2 / 3, "voters")]),
    ("The quake killed more than 300 people in the mountain villages.",
     [("more than 300", 300.0, "people killed")]),
    ("The club paid $2 million for the striker.", [("$2 million", 2e6, "paid")]),
    # must find nothing: dates, days, times, years, phone numbers, page references, names
    ("Hamas attacked Israel on Oct. 7 and the talks resumed on Monday.", []),
    ("The minister will travel to Cairo on Tuesday morning at 9 a.m.", []),
    ("The bridge was finished in 1987 after a long campaign by residents.", []),
    ("Readers can call 555-123-4567 for more details about the scheme.", []),
    ("The full table is printed on page 12 of the report.", []),
    ("The Type 22 frigates were moored in the harbour for the winter.", []),
    ('"I have told you a million times," she said to the reporters.', []),
])
def test_key_numbers(nlp, text, expected):
    doc, start = _doc(nlp, text)
    found = numbers(doc, body_start=start)
    assert [n.text for n in found] == [t for t, _, _ in expected]
    for number, (_, value, context) in zip(found, expected):
        assert number.value == pytest.approx(value)
        if context is not None:
            assert context in number.context
        assert number.sentence == text


def test_numbers_only_from_body(nlp):
    doc, start = _doc(nlp, "Officials met in the capital to discuss the plan.",
                      headline="Storm kills 40 people")
    assert numbers(doc, body_start=start) == ()


def test_limit_keeps_most_important_in_text_order(nlp):
    body = ("The council has three members. The storm destroyed 4,000 homes and cost $9 billion. "
            "About 60% of residents lost power.")
    doc, start = _doc(nlp, body)
    found = numbers(doc, body_start=start, limit=2)
    assert len(found) == 2
    assert "three" not in [n.text for n in found]
    starts = [doc.text.index(n.text, start) for n in found]
    assert starts == sorted(starts)


def test_duplicates_kept_once(nlp):
    body = "The toll rose to 1,200 people. Officials confirmed the toll rose to 1,200 people."
    doc, start = _doc(nlp, body)
    assert [n.text for n in numbers(doc, body_start=start)].count("1,200") == 1


@pytest.mark.parametrize("text, value", [
    ("about 1,200", 1200), ("past 40,000", 40000), ("ninth", 9), ("three-phase", 3),
    ("10-month-old", 10), ("£4.5bn", 4.5e9), ("$2 million", 2e6), ("12%", 12),
    ("two hundred thousand", 2e5), ("a dozen", 12), ("half", 0.5), ("several", None),
])
def test_number_value(text, value):
    assert number_value(text) == (pytest.approx(value) if value is not None else None)


def test_seed_key_numbers(nlp):
    lines = SEED.read_text(encoding="utf-8").splitlines()
    headline = lines[0]
    body = "\n\n".join(line for line in lines[2:] if line.strip())
    doc, start = _doc(nlp, body, headline=headline)
    found = {n.text: n for n in numbers(doc, body_start=start)}
    expected = {
        "ninth": (9, "diplomatic mission to the Middle East"),
        "past 40,000": (40000, "Palestinian death toll in Gaza"),
        "about 1,200": (1200, "people killed"),
        "10-month-old": (10, "war"),
        "three-phase": (3, "process"),
    }
    for text, (value, context) in expected.items():
        assert text in found, text
        assert found[text].value == value
        assert found[text].context == context
        assert found[text].sentence in doc.text
    assert not any("Oct" in t or "Monday" in t for t in found)
