"""A title is a person's post: a country's or a firm's page shows none (a reader met "Titles used,
newest first: Chief" on the United Kingdom's page, a title the recogniser had found beside the
country's name). A person's page still shows theirs. Invented records."""
from __future__ import annotations

from generator.site import write_site

from site_records import every_actor_has_a_page, person, record  # noqa: F401 - fixture


def test_only_a_persons_page_shows_titles(tmp_path, every_actor_has_a_page):  # noqa: F811
    records = [record("a", entities=[person("Ann Marlow", "Minister"), person("Norland", "Chief", kind="place"),
                                     person("Brisk Foods", "Chief", kind="organization")]),
               record("b", entities=[person("Ann Marlow", "Minister"), person("Norland", kind="place"),
                                     person("Brisk Foods", kind="organization")])]
    write_site(records, tmp_path)
    assert "Titles used" in (tmp_path / "people/ann-marlow.md").read_text()
    assert "Titles used" not in (tmp_path / "places/norland.md").read_text()
    assert "Titles used" not in (tmp_path / "organizations/brisk-foods.md").read_text()


def test_a_topic_without_a_page_is_listed_with_its_article(tmp_path):
    # like an actor named in one article: no dead end in the Topics index
    records = [record("solo", headline="Reservoir levels fall", topics=["Drought"]),
               record("one", headline="Council budget passed", topics=["Budgets"]),
               record("two", headline="Budget vote delayed", topics=["Budgets"])]
    write_site(records, tmp_path)
    listing = (tmp_path / "topics/index.md").read_text()
    line = next(x for x in listing.splitlines() if "Drought" in x)
    assert "1 article: [Reservoir levels fall](" in line
    budgets = next(x for x in listing.splitlines() if "Budgets" in x)
    assert "Budget vote delayed" not in budgets
