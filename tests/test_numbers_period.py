"""Key numbers name their period when the sentence states one, and a dropped figure stays in the
record with its reason (issue 8). Every sentence here is invented."""
from __future__ import annotations

import jsonschema
import json
from pathlib import Path

from generator.extract import extract, nlp_text, to_record
from generator.extract.numbers import judged_numbers, numbers
from generator.readers import read_text

SCHEMA = json.loads((Path(__file__).resolve().parent.parent / "generator" / "article.schema.json").read_text())


def _found(nlp, body):
    doc = nlp(f"Headline\n\n{body}")
    return {n.text: n.context for n in numbers(doc, body_start=10)}



def test_labels_name_their_period(nlp):
    assert _found(nlp, "Harbour Foods Ltd made a net profit of 40 million pounds in 2019.") == \
        {"40 million pounds": "net profit in 2019"}
    assert _found(nlp, "The storm killed 14 people in northern Brackenford on Sunday.")["14"].endswith("on Sunday")
    assert _found(nlp, "The firm said its 1986 revenues were 45 mln dlrs.") == {"45 mln dlrs": "revenues in 1986"}


def test_a_label_of_change_takes_its_period_after_the_subject(nlp):
    found = _found(nlp, "Sales were down by 30 per cent last year at the Brackenford bakery chain.")
    assert found["30 per cent"].startswith("Sales last year were down")


def test_a_period_of_another_clause_is_not_the_figures(nlp):
    found = _found(nlp, "The firm said on Monday that its profit was 5 million dollars.")
    assert "Monday" not in found["5 million dollars"]


def test_a_dropped_figure_stays_in_the_record_with_its_reason(nlp):
    text = ("Chapel shooter guilty\n\nA jury found the gunman guilty of attempting to kill three others "
            "at the Brackenford chapel in 2015, and of killing 9 worshippers, prosecutors said.\n")
    raw = read_text(text, source="court/chapel.txt")
    body, start = nlp_text(raw)
    record = to_record(raw, extract(raw, nlp(body), body_start=start), article_id="x")
    assert "three" not in [n["text"] for n in record["numbers"]]
    held = {n["text"]: n["reason"] for n in record["numbers_held_back"]}
    assert held.get("three")
    jsonschema.validate(record, SCHEMA)


def test_held_back_figures_say_why(nlp):
    doc = nlp("Headline\n\nThe first minister said the second lockdown cost 2,000 jobs in the 10-month-old scheme.")
    kept, held = judged_numbers(doc, body_start=10)
    assert all(n.reason for n in held) and not any(n.reason for n in kept)


def test_a_period_opening_the_sentence_is_not_capitalised_in_the_label(nlp):
    found = _found(nlp, "The bank lent money. Last week borrowings totalled 1.775 billion marks at Brackenford Bank.")
    assert found["1.775 billion marks"] == "borrowings totalled last week"


def test_results_table_lines_give_no_key_numbers(nlp):
    found = _found(nlp, "Shr loss 10 cts vs profit seven cts\n\nNet loss 918,000 vs profit 585,000\n\n"
                        "Note: 1986 net includes 17 ct shr writedown of stake in Harlow Mills.")
    assert not any(w in label.split() for label in found.values() for w in ("vs", "cts", "ct", "shr"))
    assert "10" not in found and "17" not in found


def test_a_house_number_is_no_key_number(nlp):
    found = _found(nlp, "The shelter at 80 Harlow Avenue in Brackenford held 1,200 people during the drill.")
    assert "80" not in found and found.get("1,200")


def test_a_period_after_the_earlier_value_of_a_change_is_that_values(nlp):
    found = _found(nlp, "Harbour Foods announced a profit rise to 35 billion lira from 32.3 billion in 2019.")
    assert found["35 billion lira"] == "profit rise to"
    found = _found(nlp, "Kelby Bank profits increased to 30.6 billion lira from 6.1 billion in 2019.")
    assert "2019" not in found["30.6 billion lira"]


def test_a_period_after_a_count_of_another_thing_stays(nlp):
    found = _found(nlp, "Kelbia has signed 36 oil contracts with firms from 10 countries since 1979.")
    assert found["36"].endswith("since 1979")


def test_a_period_the_recogniser_left_unmarked_is_named(nlp):
    # "Last year" opening the sentence gets no DATE entity from the model
    found = _found(nlp, "Last year Harbour Foods saw a 40 pct surge in sales.")
    assert found["40 pct"] == "surge in sales last year"


def test_a_period_after_a_second_verb_is_that_verbs(nlp):
    found = _found(nlp, "The inquiry into the Kelby Bus Bill has so far attracted almost 400 responses and "
                        "closes on 12 June.")
    assert found.get("almost 400") == "responses attracted"
