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


# Each case: the figures found, as (text, context); contexts name what is counted or measured.
@pytest.mark.parametrize("text, expected", [
    # ranges and alternatives are one figure
    ("The charity ride offers 46- or 95-mile routes through the hills.", [("46- or 95-mile", "routes")]),
    ("Between 10 and 20 people were hurt when the roof gave way.", [("Between 10 and 20", "people")]),
    ("The firm expects to hire 10 to 20 engineers at the new plant.",
     [("10 to 20", "engineers hired at the new plant")]),
    ("The council said two or three schools would close next year.", [("two or three", "schools")]),
    # measures name the thing measured
    ("The forest park covers 340 sq km of rolling hills.", [("340 sq km", "area of the forest park")]),
    ("The tremor struck 1.2 miles away from the drilling site.",
     [("1.2 miles", "distance of the tremor from the drilling site")]),
    # a figure that is a verb's subject counts its "of" phrase, else it is dropped
    ("Of the families surveyed, 628 had children at the school.", [("628", "families")]),
    ("Of these, 15 relate to the inquiry into the fire.", []),
    ("The striker made 68 before lunch.", []),
    # percentages: the thing that changed, with the unit part of the figure
    ("The bank cut its lending rate to 5.5 pct from 6.2 pct.",
     [("5.5 pct", "lending rate"), ("6.2 pct", "lending rate")]),
    ("Unemployment rose to 8.4 percent in March.", [("8.4 percent", "Unemployment")]),
    # money: what it is, was paid for or would cost
    ("The country's total foreign debt is 8.16 billion dlrs.", [("8.16 billion dlrs", "total foreign debt")]),
    ("It would take about 100 mln dlrs to repair the pipeline.",
     [("about 100 mln dlrs", "cost to repair the pipeline")]),
    ("The firm paid $40 million for the stake.", [("$40 million", "paid for the stake")]),
    # ordinals that describe the story, not routine ones
    ("The senator is seeking a third term in office.", [("third", "term in office")]),
    ("It was the minister's ninth trip to the region since the war began.",
     [("ninth", "trip to the region")]),
    ("The team scored for the first time in the second half.", []),
    ("Italy resents its second-rate status in the group.", []),
    ("He was one of the longest-serving members of the cast.", []),
    # scores and codes are not counts
    ("Rovers won 2-1 at the weekend.", []),
    ("The agency filed a 13-D form with the regulator.", []),
    ("Inspectors visited the premises nine times last year.", []),
])
def test_contexts_name_what_is_counted(nlp, text, expected):
    doc, start = _doc(nlp, text, headline="Council news.")
    found = numbers(doc, body_start=start)
    assert [(n.text, n.context) for n in found] == expected


@pytest.mark.parametrize("text, value", [
    ("5.5 pct", 5.5), ("100 mln dlrs", 1e8), ("8.16 billion dlrs", 8.16e9), ("46- or 95-mile", 46),
    ("Between 10 and 20", 10),
])
def test_number_value_of_units_and_ranges(text, value):
    assert number_value(text) == pytest.approx(value)


def test_context_is_never_a_bare_verb(nlp):
    body = ("The striker made 68 before lunch. Officials said 15 relate to the fire. "
            "The firm took 40 in the end. The storm destroyed 4,000 homes.")
    doc, start = _doc(nlp, body, headline="Council news.")
    found = numbers(doc, body_start=start)
    assert [n.text for n in found] == ["4,000"]
    assert all(n.context not in {"made", "relate", "taken", "took"} for n in found)


@pytest.mark.parametrize("text, value", [
    ("1.234.567", 1234567),          # dots grouping thousands
    ("3.250.000 tonnes", 3250000),
    ("1.234,5", 1234.5),             # a decimal comma after dot groups
    ("12,50,000", 1250000),          # Indian grouping
    ("Rs 4 lakh", 400000),
    ("Rs 2.5 crore", 25000000),
    ("1.2 lakh crore rupees", 1.2e12),
    ("0.125 pct", 0.125),
    ("7.375", 7.375),
    # Ambiguous writing gets no value rather than a wrong one.
    ("30.000", None),                # thirty thousand in most of Europe, thirty in English
    ("4,5", None),                   # four and a half, or a list
    ("1,23", None),
    ("9 Milliarden Euro", None),     # nine billion, not nine
    ("15 millones de euros", None),
    ("40 mil", None),
    ("3 Mio.", None),
])
def test_number_value_of_separators_and_scales(text, value):
    assert number_value(text) == (pytest.approx(value) if value is not None else None)


def test_a_european_figure_in_english_text_is_never_a_wrong_value(nlp):
    text = ("Festival numbers up\n\nThe harbour festival drew 30.000 visitors on Saturday, organisers said, "
            "and raised 9 Milliarden lire for the lifeboat service, the mayor added.")
    found = {n.text: n.value for n in numbers(nlp(text), body_start=len("Festival numbers up") + 2)}
    assert found.get("30.000", "absent") is None
    assert found.get("9 Milliarden lire", "absent") is None
