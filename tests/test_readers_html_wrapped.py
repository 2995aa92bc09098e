"""A line break inside a paragraph of a page's source is a space (HTML white-space processing): a
sentence the source wrapped stays one sentence in the body, the summary and the entities (a saved
page's lead read "We watched as Daniel Radcliffe and Emma", its next line starting "Watson grew
up"). Preformatted text keeps its lines. Hand-made pages."""
from __future__ import annotations

from generator.readers import read_text
from generator.readers.html_tree import page_tree

WRAPPED = """<!doctype html><html lang="en"><head><title>Harbour plan approved</title></head><body>
<article>
  <p><span>The harbour board voted on Tuesday to rebuild the northern quay, a plan that
      councillor Maria Jensen and engineer Tomas
      Berg had pressed for since the storms of last winter damaged the old wall.</span></p>
  <p>The new quay will open in spring and cost about four million pounds, according to a budget
      document released by the board, which said the work would employ sixty people.</p>
  <pre>Tide table
06:10  high</pre>
</article></body></html>"""


def test_a_wrapped_sentence_is_one_paragraph():
    raw = read_text(WRAPPED, source="harbour.html", format="html")
    first = next(p for p in raw.paragraphs if p.startswith("The harbour board"))
    assert "engineer Tomas Berg had pressed for" in first
    assert not any(p.startswith("Berg had") for p in raw.paragraphs)


def test_preformatted_text_keeps_its_lines():
    tree = page_tree(WRAPPED)
    assert tree.xpath("//pre")[0].text == "Tide table\n06:10  high"


def test_the_tree_the_extractors_read_has_no_line_break_inside_a_paragraph():
    # the main-text extractor keeps a source line break of some pages' markup as a paragraph break
    tree = page_tree(WRAPPED)
    first = tree.xpath("//p")[0].text_content()
    assert "\n" not in first
    assert "engineer Tomas Berg had" in " ".join(first.split())


def test_a_control_character_in_wrapped_text_is_no_crash():
    # lxml reads a form feed but refuses to set a text holding one (found by tests/test_reader_fuzz.py)
    raw = read_text("<html><body><p>0\n0\x0c</p></body></html>", source="ff.html", format="html")
    assert raw is not None
