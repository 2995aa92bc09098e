"""A story filed twice, short and then in full, is one article (dedupe.lede_print, dedupe._contained)."""
from __future__ import annotations

from generator.dedupe import duplicate_groups, prints
from generator.pipeline import merge_duplicates

LEDE = ("VELMORA, March 3 - The Velmora harbour board said on Tuesday it would delay the sale of its "
        "container terminal to Ostrava Shipping until the port's auditors had reported on the value "
        "of the cranes, a decision that surprised the unions and most of the bidders. The board's chairman, "
        "Ilse Warrender, told reporters the delay would last no more than two months and that the "
        "terms agreed with Ostrava in January still stood. ")
BODY = " ".join(f"Paragraph {i} says the board met {i + 3} times and the bid rose by {i * 7} mln crowns."
                for i in range(60))


def test_the_short_and_the_full_filing_of_a_story_are_one_article():
    full = LEDE + BODY
    short = LEDE + BODY[:len(BODY) // 3].replace("rose", "roze", 1)    # cut short, with a slip
    entries = [prints(short), prints(full)]
    assert duplicate_groups(entries) == [[1, 0]]                      # the full text is kept
    records = [{"source": "short.txt"}, {"source": "full.txt"}]
    kept, warnings = merge_duplicates(records, entries)
    assert [r["source"] for r in kept] == ["full.txt"] and kept[0]["sources"] == ["full.txt", "short.txt"]
    assert warnings == ["short.txt: a shorter version of full.txt; shown as one article"]


def test_two_stories_that_open_with_the_same_furniture_stay_apart():
    other = " ".join(f"Section {i} lists {i * 11} new homes and {i + 5} schools in the county." for i in range(60))
    entries = [prints(LEDE + BODY), prints(LEDE + other)]
    assert entries[0]["lede"] == entries[1]["lede"]
    assert duplicate_groups(entries) == []


def test_a_short_text_has_no_lede_print():
    opening = " ".join(LEDE.split()[:55])        # under 80 words: its opening is most of it
    assert prints(opening)["lede"] is None
    assert prints(LEDE + BODY[:200])["lede"] is not None

