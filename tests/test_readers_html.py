"""Saved HTML pages: headline, authors, date and body from small hand-made pages."""
from __future__ import annotations

import pytest

from generator.readers import read_text
from generator.readers.html_body import body_paragraphs, is_caption_or_credit, is_link_list, is_notice
from generator.readers.html_title import page_headline, site_names, strip_site
from generator.readers.html_tree import page_tree
from generator.readers.htmlmeta import names_in_byline, stated_authors
from generator.types import Author

P1 = ("The city council voted on Tuesday to add six bus routes to the northern suburbs, "
      "a plan that officials said would cut commuting times for thousands of residents.")
P2 = ("The new routes will start in March and cost about four million dollars a year, "
      "according to a budget document released by the transport department.")


def _page(head: str = "", body: str = "") -> str:
    return f"<!doctype html><html lang='en'><head>{head}</head><body>{body}</body></html>"


def _article(body_extra: str = "", head: str = "") -> str:
    return _page(head, f"<article>{body_extra}<p>{P1}</p><p>{P2}</p></article>")


# ---------------------------------------------------------------- headline

@pytest.mark.parametrize("head, body, expected", [
    # <title> alone: the site name after the separator goes (it is og:site_name).
    ('<title>Council adds six bus routes | Example Herald</title>'
     '<meta property="og:site_name" content="Example Herald">', "", "Council adds six bus routes"),
    # the site name is recognised from the domain of og:url too, before or after the title
    ('<title>Examplenews - Council adds six bus routes</title>'
     '<meta property="og:url" content="https://www.examplenews.com/a/1">', "", "Council adds six bus routes"),
    # og:title when there is no heading, without its site suffix
    ('<meta property="og:title" content="Council adds six bus routes - Example Herald">'
     '<meta property="og:site_name" content="Example Herald"><title>Other</title>', "",
     "Council adds six bus routes"),
    # the value kept in a "value" attribute (some page savers) is read like content
    ('<meta name="og:title" value="Council adds six bus routes">', "", "Council adds six bus routes"),
    # JSON-LD headline when neither heading nor og:title exists
    ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Council adds six bus routes"}'
     '</script>', "", "Council adds six bus routes"),
    # the h1 is what readers see; it wins over a different social title
    ('<meta property="og:title" content="Six new bus routes for the suburbs">',
     "<h1>Council adds six bus routes to northern suburbs</h1>", "Council adds six bus routes to northern suburbs"),
    # of several h1s (logo, section, related), the one agreeing with the meta titles
    ('<title>Council adds six bus routes | Example Herald</title>'
     '<meta property="og:site_name" content="Example Herald">',
     "<h1>Example Herald</h1><h1>Local News</h1><h1>Council adds six bus routes</h1>"
     "<h1>Zoo welcomes two penguin chicks</h1>", "Council adds six bus routes"),
    # a logo heading is not a headline; the meta title stands in
    ('<meta property="og:title" content="Insiders: council will add routes">',
     "<h1>HERALD Herald Logo</h1>", "Insiders: council will add routes"),
    # a kicker heading that the meta title extends after a colon
    ('<meta property="og:title" content="Night Owls: Night Owls">', "<h1>Night Owls</h1>", "Night Owls: Night Owls"),
    # a space before a colon from split markup is closed up
    ("", "<h1><span>Buses</span> <span>:</span> a new plan</h1>", "Buses: a new plan"),
    # nothing states a headline
    ("", "<p>Just a paragraph.</p>", None),
    ("", "<h1>Menu</h1>", None),
])
def test_page_headline(head, body, expected):
    assert page_headline(page_tree(_page(head, body))) == expected


@pytest.mark.parametrize("title, expected", [
    ("Council adds routes | Example Herald", "Council adds routes"),
    ("Example Herald — Council adds routes", "Council adds routes"),
    ("Council adds routes : Example Herald", "Council adds routes"),
    # a colon inside a headline is not a separator, nor is a dash before an unknown name
    ("Insiders: the council adds routes", "Insiders: the council adds routes"),
    ("Council adds routes - and cuts fares", "Council adds routes - and cuts fares"),
])
def test_strip_site(title, expected):
    assert strip_site(title, sites={"exampleherald"}) == expected


def test_site_names_from_meta_publisher_and_domain():
    tree = page_tree(_page(
        '<meta property="og:site_name" content="The Example Herald">'
        '<link rel="canonical" href="https://news.example.org/x">'
        '<script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"@type": "Organization",'
        ' "name": "Herald Media Group"}}</script>'))
    assert {"exampleherald", "heraldmediagroup", "news"} <= site_names(tree)


# ---------------------------------------------------------------- authors

@pytest.mark.parametrize("text, expected", [
    ("By Jane Doe", ["Jane Doe"]),
    ("Byby JANE DOE, JOHN ROE and ANA LIMA December 2, 2024, 4:19 PM", ["Jane Doe", "John Roe", "Ana Lima"]),
    ("By Jane Doe | Updated May 2, 2024", ["Jane Doe"]),
    ("By Jane Doe Link Copied", ["Jane Doe"]),
    ("Jane Doe | jdoe@example.com", ["Jane Doe"]),
    ("By Jane Doe Email the author Follow @janedoe", ["Jane Doe"]),
    ("Jane Doe Senior Politics Editor, The Example Herald", ["Jane Doe"]),
    ("By Jane DoeExample HeraldMay 2, 2024", ["Jane Doe"]),
    ("May 2, 2024 at 6:08 PM ET by Jane Doe", ["Jane Doe"]),
    ("Jane Doe · Example News · Posted: May 2, 2024", ["Jane Doe"]),
    ("By Mary-Kate O'Neil and Luis de la Cruz", ["Mary-Kate O'Neil", "Luis de la Cruz"]),
    ("By Ian McDonald and LeShawn MacLeod", ["Ian McDonald", "LeShawn MacLeod"]),
    # must find nothing: outlets, desks, furniture, handles, lower case, one word, dates
    ("Example News", []),
    ("The Example Herald", []),
    ("Email the author", []),
    ("Link Copied", []),
    ("View author archive", []),
    ("@janedoe", []),
    ("jane doe", []),
    ("Jane", []),
    ("May 2, 2024", []),
    ("https://example.com/profile/jane-doe", []),
    ("", []),
])
def test_names_in_byline(text, expected):
    assert [a.name for a in names_in_byline(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("By Jane Doe, Local Government Correspondent", [("Jane Doe", "Local Government Correspondent")]),
    ("By Jane Doe Political Editor", [("Jane Doe", "Political Editor")]),
    ("By Jane Doe and Tom Hale, Health Correspondents",
     [("Jane Doe", "Health Correspondent"), ("Tom Hale", "Health Correspondent")]),
    ("By Jane Doe, Example News", [("Jane Doe", None)]),
])
def test_a_role_after_the_names_is_each_writers_role_and_no_writer(text, expected):
    # "Local Government Correspondent" had been read as a second writer, "Local Government"
    assert [(a.name, a.role) for a in names_in_byline(text)] == expected


def test_the_role_a_shown_byline_gives_joins_the_name_field():
    import lxml.html

    page = lxml.html.fromstring(
        '<html><head><meta name="author" content="Jane Doe"></head><body><article><h1>Pier to close</h1>'
        '<div class="byline">By <a href="/author/jane-doe">Jane Doe</a> <span class="author-title">Transport Editor</span></div>'
        '<p>The pier will close next month, the council said.</p></article></body></html>')
    assert [(a.name, a.role) for a in stated_authors(page, headline="Pier to close")] == [("Jane Doe", "Transport Editor")]


@pytest.mark.parametrize("text, expected", [
    ("Doe, Jane", ["Jane Doe"]),          # a name field written surname first
    ("Metro Staff", ["Metro Staff"]),     # a desk credit stated as the author
    ("Jane", ["Jane"]),                   # a one-word pen name in a name field
    ("Example Herald", []),               # the site itself
])
def test_names_in_name_fields(text, expected):
    assert [a.name for a in names_in_byline(text, field=True, sites={"exampleherald"})] == expected


def _authors(head: str = "", body: str = "") -> list[str]:
    tree = page_tree(_page(head, body))
    return [a.name for a in stated_authors(tree, sites=site_names(tree), headline=page_headline(tree))]


SITE = '<meta property="og:site_name" content="Example Herald">'


@pytest.mark.parametrize("head, body, expected", [
    # JSON-LD people; an organisation as author is not a person
    ('<script type="application/ld+json">{"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Jane Doe"},'
     ' {"@type": "Person", "name": "John Roe"}]}</script>', "", ["Jane Doe", "John Roe"]),
    ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Organization",'
     ' "name": "Example Herald"}}</script>', "", []),
    # the publisher named as author in a meta tag is passed over for the byline under the headline
    (SITE + '<meta name="author" content="Example Herald">',
     "<h1>Council adds routes</h1><p class='byline'>By Jane Doe</p>", ["Jane Doe"]),
    # article:author names win over meta author (often the publishing company)
    ('<meta name="author" content="Herald Nast"><meta property="article:author" content="Jane Doe">', "",
     ["Jane Doe"]),
    # a profile address as article:author gives the name when nothing else does
    ('<meta property="article:author" content="https://example.com/authors/jane-doe">', "", ["Jane Doe"]),
    # itemprop author with a name inside
    ("", '<div itemprop="author"><span itemprop="name">Jane Doe</span></div>', ["Jane Doe"]),
    # rel=author links next to each other; a later one elsewhere is another story's
    ("", "<h1>Council adds routes</h1><div><p>By <a rel='author' href='/a'>Jane Doe</a> and "
         "<a rel='author' href='/b'>John Roe</a></p></div><div><div><div><ul><li>"
         "<a rel='author' href='/c'>Ana Lima</a></li></ul></div></div></div>", ["Jane Doe", "John Roe"]),
    # the byline after the headline, not a related-stories byline before it
    ("", "<div class='w-stories'><span class='byline'>Ana Lima</span></div>"
         "<h1>Council adds routes</h1><span>By <a href='/author/jane-doe'>Jane Doe</a></span>", ["Jane Doe"]),
    # a "By" prefix of its own with the name beside it
    ("", "<h1>Council adds routes</h1><div><span>By</span><div><a href='/x'>Jane Doe</a></div></div>",
     ["Jane Doe"]),
    # comments, asides and navigation hold other people's names
    ("", "<div class='comments'><span class='comment-author'>John Roe</span></div>"
         "<aside><p class='byline'>By Ana Lima</p></aside><nav><a href='/author/ana-lima'>Ana Lima</a></nav>", []),
    # names in the contributor field narrowed by the byline the page shows
    ('<meta name="author" content="Jane Doe,John Roe">', "<h1>Council adds routes</h1>"
     "<div class='byline'>written by Jane Doe</div>", ["Jane Doe"]),
    # nothing names an author
    ("", "<p>No byline here.</p>", []),
])
def test_stated_authors(head, body, expected):
    assert _authors(head, body) == expected


# ---------------------------------------------------------------- body

@pytest.mark.parametrize("paragraph, caption, link_list, notice", [
    ("(Photo: Jane Doe, Example Images)", True, False, False),
    ("Workers repair a bus stop on Main Street. Getty Images", True, False, False),
    ("Read more: Council cuts fares", False, True, False),
    ("Home", False, True, False),
    ("UPDATES:", False, True, False),
    ("Sign up for our morning newsletter to get the news first.", False, True, True),
    (P1, False, False, False),
    ("Officials said the plan would work.", False, False, False),
])
def test_body_paragraph_kinds(paragraph, caption, link_list, notice):
    assert is_caption_or_credit(paragraph) is caption
    assert is_link_list(paragraph) is link_list
    assert is_notice(paragraph) is notice


def test_body_paragraphs_drop_headline_and_furniture():
    text = "\n".join(["Council adds routes", "(Photo: Jane Doe)", P1, "Related: Zoo news", P2, "Home"])
    assert body_paragraphs(text, headline="Council adds routes") == [P1, P2]


# ---------------------------------------------------------------- whole pages

def test_whole_page_reads_value_attributes_and_byline():
    head = ('<title>Council adds six bus routes | Example Herald</title>'
            '<meta name="og:site_name" value="Example Herald">'
            '<meta name="author" value="Example Herald">'
            '<meta name="article:published_time" value="2024-08-18T09:00:00Z">')
    body = ("<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            "<article><h1>Council adds six bus routes</h1>"
            "<div class='byline'>By Jane Doe | Updated Aug. 19, 2024 <a>Link Copied</a></div>"
            f"<figure><figcaption>(Photo: John Roe, Example Images)</figcaption></figure><p>{P1}</p><p>{P2}</p>"
            "</article><aside><h3>Related</h3><ul><li><a href='/x'>Zoo welcomes two penguin chicks</a></li></ul></aside>")
    article = read_text(_page(head, body), source="page.html", format="html")
    assert article.headline == "Council adds six bus routes"
    assert article.authors == (Author("Jane Doe"),)
    assert article.published == "2024-08-18"
    assert P1 in article.paragraphs and P2 in article.paragraphs
    assert not any("penguin" in p or "Photo" in p or p == "Home" for p in article.paragraphs)


def test_whole_page_jsonld_date_and_people():
    head = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",'
            ' "headline": "Council adds six bus routes", "datePublished": "2023-03-04T10:00:00Z",'
            ' "author": [{"@type": "Person", "name": "Jane Doe"}],'
            ' "publisher": {"@type": "Organization", "name": "Example Herald"}}</script>')
    article = read_text(_article(head=head), source="page.html", format="html")
    assert article.headline == "Council adds six bus routes"
    assert article.authors == (Author("Jane Doe"),)
    assert article.published == "2023-03-04"



# ---------------------------------------------------------------- body against the page's markup

from generator.readers.html_body import (  # noqa: E402
    body_container, container_text, is_furniture_element, is_stamp, page_body, story_start,
)

P3 = ("Residents of the northern suburbs have asked for better bus service for years, "
      "and several of them spoke in favour of the plan at the meeting.")


@pytest.mark.parametrize("paragraph, expected", [
    ("Updated: May 2, 2024 4:19 PM", True),
    ("Published 12:03 PM EDT, Thu May 2, 2024", True),
    ("Metro Edited by Jane Doe Updated: May 02, 2024 03:49 pm IST", True),
    ("This article is more than 2 years old.", True),
    # must find nothing: story sentences that mention publishing or updates
    ("The council updated its plan after residents complained about the routes.", False),
    ("The report, published by the transport department, said costs would rise.", False),
    (P1, False),
])
def test_is_stamp(paragraph, expected):
    assert is_stamp(paragraph) is expected


@pytest.mark.parametrize("markup, expected", [
    ("<figcaption>A bus stop</figcaption>", True),
    ("<div class='wp-caption-text'>A bus stop</div>", True),
    ("<p class='article__dek'>Six new routes</p>", True),
    ("<div id='cookieBanner'>We use cookies</div>", True),
    ("<ul class='related-stories'><li>Zoo news</li></ul>", True),
    ("<div class='newsletter-signup'>Sign up</div>", True),
    # must find nothing: story containers and plain paragraphs
    ("<div class='article-body'>Text</div>", False),
    ("<div class='story__content'>Text</div>", False),
    ("<p>Text</p>", False),
    ("<p class='address'>Text</p>", False),
])
def test_is_furniture_element(markup, expected):
    element = page_tree(_page(body=markup)).find(".//body")[0]
    assert is_furniture_element(element) is expected


@pytest.mark.parametrize("paragraphs, expected", [
    # key points and a short dek without a stop over the story go
    (["- Six routes start in March", "- Fares stay the same", P1, P2, P3], [P1, P2, P3]),
    (["Six new routes for the northern suburbs", P1, P2], [P1, P2]),
    # must drop nothing: the story opens with running text, or nothing but a list follows,
    # or the list is most of the text
    ([P1, P2], [P1, P2]),
    (["- Six routes", "- Fares stay"], ["- Six routes", "- Fares stay"]),
    (["- " + P1, "- " + P2, P3], ["- " + P1, "- " + P2, P3]),
])
def test_story_start(paragraphs, expected):
    assert story_start(paragraphs) == expected


FURNISHED = (
    "<div class='cookie-banner'><p>We use cookies to improve your experience on this site. Accept all cookies.</p></div>"
    "<nav><ul><li><a href='/'>Home</a></li><li><a href='/local'>Local</a></li></ul></nav>"
    "<article><header><h1>Council adds six bus routes</h1>"
    "<p class='dek'>The plan will cut commuting times for thousands of residents, officials said on Tuesday.</p>"
    "<p class='byline'>By Jane Doe</p><p>Updated: May 2, 2024 4:19 PM</p></header>"
    "<figure><img src='bus.jpg'><figcaption>Passengers wait at a bus stop on Main Street in the northern "
    "suburbs on Monday morning.</figcaption></figure>"
    f"<div class='article-body'><p>{P1}</p><p>{P2}</p>"
    "<div class='newsletter-signup'><p>Get the morning briefing in your inbox every day before seven o'clock.</p></div>"
    f"<p>{P3}</p></div></article>"
    "<aside class='related'><h3>More stories</h3><ul><li><a href='/a'>Zoo welcomes two penguin chicks after a "
    "long wait, keepers said.</a></li></ul></aside>"
)


def test_page_keeps_only_the_article_body():
    article = read_text(_page("<title>Council adds six bus routes</title>", FURNISHED), source="p.html", format="html")
    assert article.paragraphs == (P1, P2, P3)


def test_page_body_drops_text_before_the_article_body():
    # A dek and a photo caption sit before the story's own container; the extractor kept them.
    dek = "Officials expect the routes to cut commuting times by a quarter for thousands of residents."
    caption = "Passengers wait at a bus stop on Main Street on Monday morning in the northern suburbs."
    page = _page(body=f"<h2>{dek}</h2><div><p>{caption}</p></div>"
                      f"<div itemprop='articleBody'><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>")
    tree = page_tree(page)
    assert page_body(tree, "\n".join([dek, caption, P1, P2, P3])) == [P1, P2, P3]


def test_page_body_restores_a_missed_lead_and_a_missed_story():
    tree = page_tree(_page(body=f"<article><div class='text'>{P1}<br><br>{P2}<br><br>{P3}</div></article>"))
    assert page_body(tree, "\n".join([P2, P3])) == [P1, P2, P3]   # the extractor missed the lead
    assert page_body(tree, "") == [P1, P2, P3]                   # the extractor found nothing


def test_page_body_keeps_the_lead_that_a_summary_box_repeats():
    page = _page(body=f"<div class='story-summary'><p>{P1}</p></div><article><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>")
    assert page_body(page_tree(page), "\n".join([P1, P2, P3])) == [P1, P2, P3]


def test_container_text_and_container():
    tree = page_tree(_page(body=f"<div><p>Short.</p></div><div id='main'><p>{P1}</p><p>{P2}</p>"
                                f"<figure><figcaption>A caption</figcaption></figure><p>{P3}</p></div>"))
    container = body_container(tree)
    assert container is not None and container.get("id") == "main"
    assert container_text(container).split("\n") == [P1, P2, P3]
    # must find nothing: a page without a story-sized block of text
    assert body_container(page_tree(_page(body="<p>Menu</p><p>Contact us.</p>"))) is None


def test_a_link_or_image_address_gives_no_publication_date():
    """htmldate's extensive search reads dates in any URL; a menu link's or a photo's is not the story's."""
    body = ("<nav><a href='https://example.org/2020/01/09/virus-update'>Virus update</a></nav>"
            "<article><h1>Council adds six bus routes</h1>"
            "<img src='https://example.org/photos/2000/03/01/council.jpg' alt='The council'>"
            f"<p>{P1}</p><p>{P2}</p></article>")
    article = read_text(_page("<title>Council adds six bus routes</title>", body), source="page.html", format="html")
    assert article.published not in ("2020-01-09", "2000-03-01")
    stated = body.replace("<p>", "<p>Published December 12, 2016. ", 1)
    article = read_text(_page("<title>Council adds six bus routes</title>", stated), source="page.html", format="html")
    assert article.published == "2016-12-12"                 # a date the page's text states still counts
