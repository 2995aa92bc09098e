"""The per-set scorers of the evaluation, on small made-up inputs (no corpus needed): actors (CoNLL),
dateline, date and no invented headline or author (Reuters), title, authors and summary (Mercury), the
outlet (BBC), and the summary against a lead of the same length (XSum)."""
from __future__ import annotations

from datetime import date

import pytest

from generator.eval import set_bbc as bbc, set_conll as conll, set_mercury as mercury, set_reuters as reuters, \
    set_xsum as xsum
from generator.eval.scoring import Item

# --- actors (CoNLL) -----------------------------------------------------------------------------

CONLL = """-DOCSTART- -X- O O

SOCCER NN I-NP O
- : O O
ARSENAL NNP I-NP I-ORG
WIN VB I-VP O
. . O O

LONDON NNP I-NP I-LOC
1996-08-30 CD I-NP O

Jane NNP I-NP I-PER
Roe NNP I-NP I-PER
's POS B-NP O
side NN I-NP O
, , O O
Arsenal NNP I-NP I-ORG
, , O O
beat VBD I-VP O
Chelsea NNP I-NP I-ORG
Leeds NNP I-NP B-ORG
in IN I-PP O
( ( O O
English JJ I-NP I-MISC
) ) O O
" " O O
big JJ I-NP O
games NNS I-NP O
" " O O
. . O O

-DOCSTART- -X- O O

Second NN I-NP O
. . O O
"""


def test_documents_and_text():
    docs = conll.documents(CONLL)
    assert len(docs) == 2
    text = conll.document_text(docs[0])
    assert text.splitlines()[0] == "SOCCER - ARSENAL WIN."
    assert "\n\nLONDON 1996-08-30\n\n" in text
    assert 'Jane Roe\'s side, Arsenal, beat Chelsea Leeds in (English) "big games".' in text


def test_gold_names_follow_iob1_and_ignore_misc():
    gold = conll.gold_names(conll.documents(CONLL)[0])
    assert gold == {"person": {"jane roe"}, "organization": {"arsenal", "chelsea", "leeds"}, "place": {"london"}}


def test_actor_tallies_count_names_and_aliases():
    gold = {"person": {"jane roe"}, "organization": {"arsenal", "chelsea"}, "place": {"london"}}
    record = {"entities": [
        {"name": "Jane Roe", "kind": "person", "aliases": ["Roe"], "mentions": 2},
        {"name": "Arsenal FC", "kind": "organization", "aliases": ["Arsenal"], "mentions": 2},
        {"name": "Leeds United", "kind": "organization", "aliases": [], "mentions": 1},
        {"name": "London", "kind": "person", "aliases": [], "mentions": 1},       # wrong kind
        {"name": "English", "kind": "group", "aliases": [], "mentions": 1},       # not scored
    ]}
    tallies = conll.actor_tallies(conll.actor_sets(record), gold)
    org = tallies["organization"]
    assert (org.predicted_right, org.predicted, org.gold_found, org.gold) == (1, 2, 1, 2)
    person = tallies["person"]
    assert (person.predicted_right, person.predicted, person.gold_found, person.gold) == (1, 2, 1, 1)
    place = tallies["place"]
    assert (place.predicted_right, place.predicted, place.gold_found, place.gold) == (0, 0, 0, 1)


def test_actor_rows_are_micro_over_documents():
    items = [Item(conll.SET, "a", None, {"person": {"jane roe"}, "organization": set(), "place": set()}),
             Item(conll.SET, "b", None, {"person": {"john doe", "ann lee"}, "organization": set(), "place": set()})]
    records = [{"entities": [{"name": "Jane Roe", "kind": "person", "aliases": [], "mentions": 1}]},
               {"entities": [{"name": "John Doe", "kind": "person", "aliases": [], "mentions": 1},
                             {"name": "Bob", "kind": "person", "aliases": [], "mentions": 1}]}]
    rows = {row.measure: row for row in conll.rows(items, records)}
    assert rows["actors precision"].value == pytest.approx(2 / 3)
    assert rows["actors recall"].value == pytest.approx(2 / 3)
    assert rows["actors F1"].passed is False
    # halves: document 1 is half A, document 2 half B
    assert rows["actors F1, half A"].value == pytest.approx(1.0)
    assert rows["actors F1, half B"].value == pytest.approx(2 * 0.5 * 0.5 / (0.5 + 0.5))
    assert rows["actors F1, gap between halves"].value == pytest.approx(0.5)


def test_published_rows_leave_held_back_entities_out():
    items = [Item(conll.SET, "a", None, {"person": {"jane roe"}, "organization": set(), "place": set()})]
    records = [{"entities": [{"name": "Jane Roe", "kind": "person", "aliases": [], "mentions": 1},
                             {"name": "Bob", "kind": "person", "aliases": [], "mentions": 1, "published": False}]}]
    rows = {row.measure: row for row in conll.rows(items, records)}
    assert rows["actors F1, half A"].value == pytest.approx(2 * 0.5 / 1.5)
    assert rows["published actors F1, half A"].value == pytest.approx(1.0)
    assert [conll.half(n) for n in range(4)] == ["A", "B", "A", "B"]


# --- Reuters, Mercury, BBC, XSum ------------------------------------------------------------------

@pytest.mark.parametrize("dateline, expected", [
    ("SALVADOR, Feb 26 -", "salvador"),
    ("NEW YORK , March 5 -", "new york"),
    ("Somerville, N.J.", "somerville"),
    (None, ""),
])
def test_place_key(dateline, expected):
    assert reuters.place_key(dateline) == expected


def test_reuters_rows_count_null_date_as_right():
    gold = reuters.Gold("salvador", date(1987, 2, 26), False)
    items = [Item(reuters.SET, "1", None, gold)] * 2
    records = [{"dateline": "Salvador", "published": None, "headline": None, "authors": []},
               {"dateline": "Bahia", "published": "1987-02-26", "headline": "BAHIA", "authors": []}]
    rows = {row.measure: row for row in reuters.rows(items, records)}
    assert rows["dateline place"].correct == 1 and rows["published"].correct == 1
    assert rows["no headline invented"].correct == 1 and rows["no author invented"].correct == 2


@pytest.mark.parametrize("headline, expected", [
    ("Acme Plc said sales rose…", True),           # the ticker after the name is wire markup, not words
    ("The council voted to close the depot", True),  # a main clause's first letter capitalised
    ("Acme Plc said profits rose…", False),        # a word the body does not write
    ("The Council voted…", False),                 # only the first letter may change case
])
def test_reuters_stand_in_headline_is_the_bodys_words(headline, expected):
    body = "LONDON, March 3 - Acme Plc <ACME.L> said sales\nrose. After a long row, the council voted to close the depot."
    record = {"headline": headline, "provenance": {"headline": "first sentence"}}
    assert reuters.headline_not_invented(record, body) is expected


@pytest.mark.parametrize("value, expected", [
    ("By Jane Roe and John Doe", {"jane roe", "john doe"}),
    ("A One, B Two & C Three", {"a one", "b two", "c three"}),
    ("Jane Roe", {"jane roe"}),
    (None, set()),
])
def test_gold_authors(value, expected):
    assert mercury.gold_authors(value) == expected


@pytest.mark.parametrize("headline, gold, expected", [
    ("Houston hires  a coach", "houston hires a coach", True),
    ("Houston hires a coach!", "Houston hires a coach", False),
    (None, None, True),
    (None, "Houston hires a coach", False),
])
def test_mercury_title_right(headline, gold, expected):
    assert mercury.title_right(headline, gold) is expected


def test_mercury_authors_right_needs_the_same_set():
    record = {"authors": [{"name": "Jane Roe", "role": None}, {"name": "John Doe", "role": None}]}
    assert mercury.authors_right(record, "JOHN DOE and JANE ROE")
    assert not mercury.authors_right(record, "Jane Roe")
    assert mercury.authors_right({"authors": []}, None)


BODY = ("Menu Home Sports. The city council voted on Tuesday to close the old bridge for repairs. "
        "Work starts in May and will last a year. Drivers will use the ferry. Officials said the cost "
        "is not yet known. Residents asked for a second crossing. The mayor said she would consider it. "
        "More meetings are planned. Comments are closed.")


@pytest.mark.parametrize("sentence, expected", [
    ("The city council voted on Tuesday to close the old bridge for repairs.", True),
    ("Work starts in May and will last a year.", True),                        # early in the body
    ("More meetings are planned.", False),                                     # late in the body
    ("Menu Home Sports.", False),                                              # before the article
    (None, False),
])
def test_summary_from_body(sentence, expected):
    first_words = "The city council voted on Tuesday to close the old bridge for"
    assert mercury.summary_from_body(sentence, first_words, BODY) is expected


@pytest.mark.parametrize("outlet, expected", [(None, True), ("BBC News", True), ("CNN", False)])
def test_bbc_outlet_right(outlet, expected):
    assert bbc.outlet_right(outlet) is expected


def test_xsum_rows_compare_with_a_lead_of_the_same_length():
    article = "The cat sat on the mat. It was warm. Then it left."
    items = [Item(xsum.SET, "a", None, {"reference": "A cat left the warm mat.", "article": article})]
    split = lambda texts: [["The cat sat on the mat.", "It was warm.", "Then it left."] for _ in texts]
    better = xsum.rows(items, [{"summary": ["Then it left.", "It was warm."]}], sentences_of=split)
    rows = {row.measure: row for row in better}
    assert rows["rouge1 F lead-N"].value > 0
    assert rows["rouge1 F summary - lead"].value == pytest.approx(
        rows["rouge1 F summary"].value - rows["rouge1 F lead-N"].value)
    empty = {row.measure: row for row in xsum.rows(items, [{"summary": []}], sentences_of=split)}
    assert empty["rouge1 F summary"].value == 0.0 and empty["rouge1 F summary - lead"].passed is False


def test_lead_takes_at_least_one_sentence():
    assert xsum.lead(["One.", "Two.", "Three."], 2) == "One. Two."
    assert xsum.lead(["One.", "Two."], 0) == "One."
