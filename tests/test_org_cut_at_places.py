"""An organisation's name the model cut at a list of places is a fragment (issue 8): "[IBM World Trade
Europe], Middle East, Africa Corp". Invented names."""
from generator.extract.entities import entities


def evidence(nlp, text):
    return {e.name: e.evidence for e in entities(nlp(text))}


def test_a_name_cut_at_a_list_of_places_is_a_fragment(nlp):
    got = evidence(nlp, "Orvex names a chief\n\nOrvex Corp said Nora Pell will head Orvex World Trade Europe, "
                        "Middle East, Africa Corp from August. Orvex World Trade Americas Group is unchanged.\n")
    assert "against:fragment" in got["Orvex World Trade Europe"]
    assert "against:fragment" not in got["Orvex World Trade Americas Group"]


def test_a_name_followed_by_its_city_is_kept(nlp):
    got = evidence(nlp, "Bank hires\n\nThe bank Halvard Europe, based in Paris, hired Nora Pell on Monday.\n")
    assert not any("against:fragment" in ev for name, ev in got.items() if name.startswith("Halvard"))
