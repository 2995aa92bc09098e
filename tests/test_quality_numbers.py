"""Figures held back from an article's key numbers are on the Quality page with why (issue 8:
precision first; the record's ``numbers_held_back``), the way held-back names are. Invented records."""
from __future__ import annotations

from generator.site import write_site


def _record(article_id, held):
    return {"id": article_id, "source": f"seeds/{article_id}.txt", "headline": f"Mill results {article_id}",
            "description": None, "outlet": "Wire", "authors": [], "contributors": [], "dateline": None,
            "published": "2024-05-01", "summary": ["Harlow Mills said its profit rose."], "entities": [],
            "quotes": [], "topics": [], "warnings": [],
            "numbers": [{"text": "$3.4 million", "value": 3400000, "context": "net profit in 2023",
                         "sentence": "Net profit rose to $3.4 million in 2023."}],
            "numbers_held_back": held}


def test_held_back_figures_are_listed_on_the_quality_page_with_their_reason(tmp_path):
    held = [{"text": "15 cts", "value": 15, "context": "Shr", "sentence": "Shr 15 cts vs 12 cts", "reason": "label"},
            {"text": "third", "value": 3, "context": "largest mill", "sentence": "It is the third largest mill.",
             "reason": "ordinal or age"}]
    write_site([_record("a", held), _record("b", [])], tmp_path)
    quality = (tmp_path / "quality/index.md").read_text()
    assert "Figures held back" in quality and "| 2 |" in quality
    page = (tmp_path / "quality/numbers-held-back.md").read_text()
    assert "- 15 cts (Shr) — the sentence does not say clearly what it counts; in [Mill results a]" in page
    assert "- third (largest mill) — an ordinal or an age; in [Mill results a]" in page
    article = (tmp_path / "articles/a.md").read_text()
    assert "$3\\.4 million" in article and "15 cts" not in article     # shown only as held back


def test_reasons_in_a_readers_words_quote_no_example_of_their_own():
    """A reason is read beside the article's own figure: an example in it ("'seven-month-old'")
    reads as if it came from the article (review 6 of the mixed site)."""
    from generator.site.render_quality import HELD_NUMBER_REASONS

    assert not [r for r in HELD_NUMBER_REASONS.values() if "'" in r or "\"" in r or "(" in r]
