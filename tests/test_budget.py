"""The page budget: an actor or topic earns a page of its own only with two articles or more."""
import pytest

from generator.site.budget import MIN_ARTICLES, earns_page, earns_topic_page
from generator.site.index import build_index


def record(article_id, people, topics=()):
    return {"id": article_id, "source": f"{article_id}.txt", "headline": article_id, "published": "2024-01-01",
            "entities": [{"name": n, "kind": "person", "mentions": 1} for n in people],
            "quotes": [{"text": "We will.", "speaker": people[0]}] if people else [], "topics": list(topics)}


def test_actors_of_one_article_earn_no_page_even_when_quoted():
    index = build_index([record("a", ["Ann Lee", "Bo Chan"], ["Trade"]), record("b", ["Ann Lee"], ["Trade", "Rates"])])
    assert MIN_ARTICLES == 2
    assert earns_page(index.actors[("person", "Ann Lee")])
    assert not earns_page(index.actors[("person", "Bo Chan")])
    assert earns_topic_page(index.topics["Trade"]) and not earns_topic_page(index.topics["Rates"])


def test_anything_without_articles_is_an_error():
    with pytest.raises(TypeError):
        earns_page(object())
