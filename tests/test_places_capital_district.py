"""The District of Columbia is the city of Washington, one place with one page (a reader found "District
of Columbia" listed beside Washington, which already held "Washington, D.C."): the gazetteer gives it as
another name of the city, not as a region of its own. Invented text."""
from generator.extract.entities import entities


def test_the_district_is_washington(nlp):
    doc = nlp("Primary ends\n\nThe final primary contest is in the District of Columbia next week, and the "
              "candidates will campaign in Washington, D.C., on Monday.\n")
    places = {e.name: e for e in entities(doc) if e.kind == "place"}
    assert "District of Columbia" not in places
    assert "District of Columbia" in places["Washington"].aliases
