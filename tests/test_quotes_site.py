"""The quotes part of an article page: the description the article names a speaker by is shown
beside the person it was read as (issue 8, item 3), as text, never markup."""
from __future__ import annotations

from generator.site import write_site

from site_records import every_actor_has_a_page, person, record  # noqa: F401 - fixture


def test_description_shown_beside_the_resolved_speaker(tmp_path, every_actor_has_a_page):  # noqa: F811
    quotes = [{"text": "We will build the dam first.", "speaker": "Ann Ayre", "cue": "said",
               "speaker_as_written": "the river minister"},
              {"text": "And the bridge after it.", "speaker": "Ann Ayre", "cue": "said",
               "speaker_as_written": "the river minister"},
              {"text": "Nobody asked the valley.", "speaker": "Bob Bell", "cue": "said"}]
    write_site([record("dam", entities=[person("Ann Ayre"), person("Bob Bell")], quotes=quotes)], tmp_path)
    page = (tmp_path / "articles/dam.md").read_text()
    ann = page[page.index("We will build"):page.index("Nobody asked")]
    # said once for the speaker's entry, not once per quotation
    assert ann.count("the article says “the river minister”") == 1
    bob = page[page.index("Nobody asked"):]
    bob = bob[:bob.index("next speaker")]
    assert "the article says" not in bob


def test_description_is_text_not_markup(tmp_path, every_actor_has_a_page):  # noqa: F811
    quotes = [{"text": "We will build the dam first.", "speaker": "Ann Ayre", "cue": "said",
               "speaker_as_written": "the <b>river</b> [minister](javascript:x)"}]
    write_site([record("dam", entities=[person("Ann Ayre")], quotes=quotes)], tmp_path)
    page = (tmp_path / "articles/dam.md").read_text()
    assert "<b>" not in page and "](javascript" not in page


def test_a_description_equal_to_the_name_is_not_repeated(tmp_path, every_actor_has_a_page):  # noqa: F811
    quotes = [{"text": "We will build the dam first.", "speaker": "Ann Ayre", "cue": "said",
               "speaker_as_written": "Ann Ayre"}]
    write_site([record("dam", entities=[person("Ann Ayre")], quotes=quotes)], tmp_path)
    assert "the article says" not in (tmp_path / "articles/dam.md").read_text()
