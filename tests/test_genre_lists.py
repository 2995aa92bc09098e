"""A bare list is not news: a shopping list or notes dropped into the seeds folder (found by a new
user, session 8: its items were shown as a news summary). A factbox or a news list, whose items are
sentences, stays news. Every input is invented."""
from __future__ import annotations

from generator.readers import read_text
from generator.readers.genre_text import list_reason

GROCERIES = "Weekend list\n- 3 lemons\n- oat milk (2)\n- rye bread\n- 400g chickpeas\n- coffee beans\n- dish soap\n"


def test_a_bare_list_is_not_news():
    article = read_text(GROCERIES, source="weekend.txt")
    assert not article.news
    assert any("weekend.txt: does not read as news (a list (6 items" in w for w in article.warnings)


def test_a_list_of_blank_line_paragraphs_is_not_news():
    assert list_reason(["- 3 lemons", "- oat milk (2)", "- rye bread", "- 400g chickpeas", "- dish soap"])


def test_a_factbox_of_sentences_stays_news():
    factbox = ["- The river rose 2.3 metres overnight at the Carrow gauge, the highest since 1998.",
               "- About 300 homes were evacuated in the lower town before the barrier gave way on Monday.",
               "- The Environment Office said pumps from three counties would arrive by noon today."]
    assert list_reason(factbox) is None
    article = read_text("Carrow flood: what we know\n\n" + "\n\n".join(factbox) + "\n", source="factbox.txt")
    assert article.news


def test_a_story_with_a_short_list_stays_news():
    paragraphs = ["CARROW, England - The town council voted 9-4 on Tuesday to rebuild the flood barrier, "
                  "its leader said after a four-hour meeting.",
                  "- new pumps", "- a second wall", "- warning sirens", "- sandbag stores", "- a repair fund"]
    assert list_reason(paragraphs) is None
