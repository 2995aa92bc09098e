"""Checks made once per mention look at the mention's surroundings, not at the whole article again:
one pass over the article per mention makes a long article's extraction quadratic (no timings here:
the tests take away what a check must not need and compare its answers with the plain reading)."""
import pytest
import spacy

from generator.extract.entities import sports

TEXT = ("Rain hits the coast\n\nLISBON 2024-05-03\n\nLisbon  said the storm would pass.  \n"
        + "Officials in Lisbon and Porto said it would pass. " * 40
        + "\nPorto 1998\n \n\nPorto\n\nThe 2001 report in Porto\n")


def _by_lines(doc, start, body_start=None):
    """The plain reading of sports.dateline: the token's line found among all of the doc's lines."""
    line = next((ln for ln in sports.lines(doc) if ln[0].i <= start <= ln[-1].i), [])
    if any(sports._DATE_NUMBER.match(t.text) for t in line) and len(line) <= 12:
        return True
    if body_start is None or doc[start].idx >= body_start:
        return False
    opening = doc.text[:body_start].rstrip()
    last = opening[opening.rfind("\n\n") + 2:] if "\n\n" in opening else opening
    return doc[start].idx >= len(opening) - len(last) and len(last.split()) <= 6 \
        and not last.endswith((".", "!", "?", ":"))


@pytest.mark.parametrize("text", [TEXT, "Porto 1998", "\n\nPorto\n", "A  1999 \n\n 2001-01-01  B\nC"])
def test_a_dateline_is_read_from_the_tokens_own_line(text, monkeypatch):
    doc = spacy.blank("en")(text)
    starts = (None, 0, 25, text.find("Porto\n\nThe"), len(text))
    expected = {(i, b): _by_lines(doc, i, b) for i in range(len(doc)) for b in starts}

    def every_line(doc):
        raise AssertionError("dateline went through every line of the article")

    monkeypatch.setattr(sports, "lines", every_line)
    assert {(i, b): sports.dateline(doc, i, b) for i in range(len(doc)) for b in starts} == expected
    if text == TEXT:
        assert sports.dateline(doc, 5) and not sports.dateline(doc, 12)


def test_entities_inside_a_stretch_come_from_one_list_of_the_docs_entities():
    from spacy.tokens import Span

    from generator.extract.sentences import ents_in

    doc = spacy.blank("en")("In 2004 Acme Corp of Lisbon paid Ana Ruiz $ 3 m , the board said in May 2005 .")
    doc.ents = [Span(doc, 1, 2, "DATE"), Span(doc, 2, 4, "ORG"), Span(doc, 5, 6, "GPE"),
                Span(doc, 7, 9, "PERSON"), Span(doc, 16, 18, "DATE")]
    for start in range(len(doc) + 1):
        for end in range(start, len(doc) + 1):
            assert [(e.start, e.end, e.label_) for e in ents_in(doc, start, end)] == \
                   [(e.start, e.end, e.label_) for e in doc[start:end].ents], (start, end)
    first = ents_in(doc, 0, len(doc))
    assert ents_in(doc, 0, len(doc))[0] is first[0]       # built once, not again at each call
