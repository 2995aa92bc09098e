"""Markup written into an article's text (a saved page whose title is an HTML element, a template's
placeholder) is no word of a topic: no key phrase holds a tag's name, attribute or closing tag, and no
cue is read inside one. A wire's ticker in angle brackets ("<GLDN>") is a name, not markup."""
import pytest

from generator.extract.topics.words import MARKUP
from test_topics import article_topics, candidates

BODY = ("A storm flooded coastal villages on Monday, and rescue teams moved hundreds of families as the "
        "storm surge hit the sea wall. The storm surge broke the sea wall in two places, officials said.")


@pytest.mark.parametrize("headline", [
    '<h1 class="story-title">Storm floods coastal villages</h1>',
    '<h2 class="lead-title">Storm floods coastal villages</h2>',
    '<span data-role="hed">Storm floods coastal villages</span>',
    "{{ article.headline }} Storm floods coastal villages",
    "{% block title %}Storm floods coastal villages{% endblock %}",
])
def test_no_key_phrase_is_made_of_markup(nlp, headline):
    found = candidates(nlp, headline, BODY)
    assert "storm surge" in found
    markup_words = {"h1", "story-title", "h2", "class", "lead-title", "span", "data-role", "hed",
                    "article", "headline", "block", "title", "endblock"}
    for phrase in found:
        assert not set(phrase.replace("<", " ").replace(">", " ").replace("/", " ").split()) & markup_words, phrase
        assert not set(phrase) & set("<>{}%/"), phrase
    assert all(not set(t) & set("<>{}%") for t in article_topics(nlp, headline, BODY))


@pytest.mark.parametrize("text, markup", [
    ("<h1>Floods</h1>", ["<h1>", "</h1>"]),
    ('<a href="https://example.org/x">', ['<a href="https://example.org/x">']),
    ("{{ page.title }} and {% if x %}", ["{{ page.title }}", "{% if x %}"]),
    # a wire's ticker and a comparison are no markup
    ("GOLDEN MILLS <GLDN> SETS DIVIDEND", []),
    ("rates < 5 pct and > 3 pct", []),
])
def test_what_counts_as_markup(text, markup):
    assert [m.group() for m in MARKUP.finditer(text)] == markup
