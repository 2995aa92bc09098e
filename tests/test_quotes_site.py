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


def _quotes_part(page: str) -> str:
    return page[page.index("## Quotes"):page.index("## In this article")]


def test_each_quotation_is_its_own_paragraph(tmp_path, every_actor_has_a_page):  # noqa: F811
    quotes = [{"text": "We will build the dam first.", "speaker": "Ann Ayre", "cue": "said"},
              {"text": "And the bridge after it.", "speaker": "Ann Ayre", "cue": "said"}]
    write_site([record("dam", entities=[person("Ann Ayre")], quotes=quotes)], tmp_path)
    part = _quotes_part((tmp_path / "articles/dam.md").read_text())
    assert "> “We will build the dam first\\.”\n>\n> “And the bridge after it\\.”\n>\n> — **" in part
    assert "” “" not in part


def test_unnamed_quotations_are_not_joined_and_a_phrase_is_no_quotation(tmp_path, every_actor_has_a_page):  # noqa: F811
    quotes = [{"text": "The water will reach the town by Friday.", "speaker": None},
              {"text": "reasonable and proportionate", "speaker": None},
              {"text": "as soon as the valley is safe to enter again", "speaker": None},
              {"text": "Nobody has told the farmers anything yet.", "speaker": None},
              {"text": "a fair price", "speaker": "Ann Ayre", "cue": "said"}]
    write_site([record("dam", entities=[person("Ann Ayre")], quotes=quotes)], tmp_path)
    part = _quotes_part((tmp_path / "articles/dam.md").read_text())
    # two quotations, two entries, each with its own line saying no speaker is named
    assert part.count("speaker not named") == 2
    water, farmers = part.index("The water will reach"), part.index("Nobody has told")
    assert "next speaker" in part[water:farmers]
    # a short phrase in marks with no speaker is a term, not someone's words; with a speaker it is theirs
    assert "reasonable and proportionate" not in part and "as soon as the valley" not in part
    assert "a fair price" in part
