"""Places the model reads but the extraction had dropped or never read (entities/names.py,
entities/placefinds.py). Every input here is made up for the test; each stands for a kind of fault
seen on held-out news."""
from generator.extract.entities import entities


def found(nlp, text):
    return {e.name: e for e in entities(nlp(text))}


def test_us_in_capitals_as_a_modifier_is_the_country(nlp):
    got = found(nlp, "Dry summer\n\nUS farmers said the drought cut yields, said Ann Bell, assistant US attorney "
                     "general. The US film won two awards.\n")
    assert got["United States"].kind == "place"
    assert len(got["United States"].mentions) == 3


def test_the_pronoun_us_is_no_place(nlp):
    got = found(nlp, "Talks resume\n\n\"Let us hope the talks resume,\" said Ann Bell. \"Give us time.\"\n")
    assert "United States" not in got


def test_us_opening_an_events_name_is_no_place(nlp):
    for text in ("The US Open champion lost in the second round on Tuesday, her coach said.",
                 "The U.S. Open champion lost in the second round on Tuesday, her coach said."):
        assert "United States" not in found(nlp, "Tennis\n\n" + text + "\n")
