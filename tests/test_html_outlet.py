"""The publisher of a saved web page: markup first, then the table of news sites, then the domain."""
import pytest

from generator.readers.html_outlet import page_outlet
from generator.readers.html_tree import page_tree


def _page(head: str) -> str:
    return f"<html><head>{head}</head><body><article><p>Text.</p></article></body></html>"


@pytest.mark.parametrize("head,guessed,expected", [
    ('<script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"@type": "Organization", '
     '"name": "Daily Planet"}}</script><meta property="og:site_name" content="Planet Online">', None,
     ("Daily Planet", "json-ld")),
    ('<meta property="og:site_name" content="Raw Feed - Celebrating 18 Years of News">', None,
     ("Raw Feed", "html meta")),
    # a known news site: the table's spelling, even when og:site_name holds a section
    ('<meta property="og:url" content="https://www.reuters.com/article/x"><meta property="og:site_name" content="U.S.">',
     None, ("Reuters", "domain")),
    # addresses and copyright lines are not names; then the domain stands in
    ('<link rel="canonical" href="https://www.example-news.net/story/1">', "https://facebook.com/ExampleNews/",
     ("example-news.net", "domain")),
    ('<link rel="canonical" href="https://www.example-news.net/story/1">',
     "2022 Example News Ventures. All rights reserved.", ("example-news.net", "domain")),
    # the domain's letters title-cased are replaced by the table's spelling
    ('<link rel="canonical" href="https://www.latimes.com/story">', "Latimes", ("Los Angeles Times", "domain")),
    ("<title>Nothing about the site</title>", None, (None, "none")),
])
def test_page_outlet(head, guessed, expected):
    assert page_outlet(page_tree(_page(head)), guessed=guessed) == expected


def test_html_reader_takes_the_outlet_from_the_page():
    from generator.readers import read_text

    html = ('<html><head><title>Storm hits coast</title>'
            '<meta property="og:site_name" content="https://www.facebook.com/CoastNews/">'
            '<link rel="canonical" href="https://www.npr.org/2024/01/02/storm"></head><body><article>'
            '<h1>Storm hits coast</h1><p>' + "A storm hit the coast on Tuesday, officials said. " * 8 +
            '</p></article></body></html>')
    raw = read_text(html, source="storm.html", format="html")
    assert raw.outlet == "NPR"
    assert dict(raw.provenance)["outlet"] == "domain"
