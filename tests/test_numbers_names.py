"""Key-number labels on unseen news (issue 8): a date range inside a label stays whole, and a figure
that is part of a name (a race's distance before its event, a stage name such as "50 Cent") or a
score ("25 under") is held back with its reason, and so is a figure only hoped for ("able to find
the 30,000 emails", whose label would say "found"). Every sentence here is invented."""
from __future__ import annotations

from generator.extract.numbers import judged_numbers


def _judged(nlp, body):
    shown, held = judged_numbers(nlp(f"Headline\n\n{body}"), body_start=10)
    return {n.text: n.context for n in shown}, {n.text: n.reason for n in held}


def test_a_date_range_inside_a_label_is_not_glued_to_the_next_word(nlp):
    shown, _ = _judged(nlp, "Harbour Motors said its car sales for the May 1-10 period rose 8.5 pct to 2,410.")
    assert shown["8.5 pct"].startswith("car sales for the May 1-10 period rose")
    assert not any("10period" in label or "1period" in label for label in shown.values())


def test_a_race_distance_names_the_event_and_is_no_key_number(nlp):
    shown, held = _judged(nlp, "The 19-year-old from Fife finished second in the 60m hurdles at the Harbour "
                               "Games. Her club raised 20,000 pounds for new tracks.")
    assert held.get("60m") == "name" and "60m" not in shown
    assert "20,000 pounds" in shown


def test_a_stage_name_with_a_unit_word_is_no_sum_of_money(nlp):
    shown, held = _judged(nlp, "Ada Vale and Tom Reed are among artists who have used the Harbour studio, as "
                               "well as 50 Cent who survived an attack outside it in 2000.")
    assert "50 Cent" not in shown and held.get("50 Cent") == "name"


def test_a_score_against_par_has_no_unit(nlp):
    shown, held = _judged(nlp, "Lena Brook, holder of a course-record 21 under at Harbour Links, leads by two shots.")
    assert "21" not in shown


def test_a_figure_only_hoped_for_gets_no_label_that_says_it_happened(nlp):
    shown, held = _judged(nlp, "“I hope you are able to find the 4,000 letters that are missing,” Ada Vale told "
                               "reporters. Police found 300 rifles in the house.")
    assert "4,000" not in shown and held.get("4,000") == "not stated as fact"
    assert shown.get("300", "").startswith("rifles found")


def test_a_figure_that_ends_a_name_is_no_count(nlp):
    # the tagger calls the name's last word a common noun ("Aid"); the figure modifies it mid-sentence
    shown, held = _judged(nlp, "Singers from Choir Aid 20 recorded a new song. The single by Choir Aid 30 "
                               "sold 200,000 copies.")
    assert "20" not in shown and held.get("20") == "name"
    assert shown.get("200,000", "").startswith("copies sold")


def test_a_day_before_a_month_is_a_date_also_when_glued_to_the_next_line(nlp):
    # a date is no figure at all: neither shown nor held back
    shown, held = _judged(nlp, "The vote is moved to 4 May, then 11 May9 May - Harbour expelled from the league.")
    assert "11" not in shown and "11" not in held
