"""Pages that are no story at all: a web server's error page and a recipe.

A saved "404 Not Found" page (the server's own, or a site's "Sorry, we couldn't find that page") has
a headline naming the error and a few lines telling the reader the address is wrong; a recipe has
an ingredients list with measures and its method under their own headings. A story about a website
outage or about food names these things inside sentences of reporting, never as the page's own
headline, its own short body or its own section headings, so each rule asks for two signs of
different kinds. No maintained library classifies a page's genre offline, hence the rules.
"""
from __future__ import annotations

import re

# A headline that is an HTTP error or a site's "not found" notice: "404 Not Found", "Error 404",
# "403 Forbidden", "Page not found | The Herald", "Sorry, we couldn't find that page".
_ERROR_HEADLINE = re.compile(
    r"^\s*(?:HTTP|error|status)\s*:?\s*(?:400|401|403|404|410|500|502|503)\b"
    r"|^\s*(?:400|401|403|404|410|500|502|503)\s*(?:[:|\-–—]\s*)?(?:$|(?:page\s+)?not\s+found|error|forbidden|gone"
    r"|unauthori[sz]ed|bad\s+request|internal\s+server\s+error|service\s+unavailable)\b"
    r"|^\s*(?:error\s*:?\s*)?(?:page|file|article|story|content)\s+(?:not\s+found|(?:is\s+)?unavailable|does\s*n[o']t\s+exist)\b"
    r"|^\s*(?:not\s+found|access\s+denied|forbidden|bad\s+request|internal\s+server\s+error|service\s+unavailable)\s*(?:$|[|:\-–—])"
    r"|^\s*(?:sorry|oops)\b.{0,40}\b(?:can(?:no|[’'])t|could\s*n[o’']t|could\s+not|unable\s+to)\s+(?:find|be\s+found)\b",
    re.I)
# What the body of an error page tells its reader, in the words servers and sites use.
_ERROR_SIGNS = re.compile(
    r"\bwas not found on this server\b|\bthe requested (?:URL|page|resource|document)\b"
    r"|\b(?:the |this )?page you (?:are|were|have been|'re|’re)? ?(?:looking for|trying to reach|requested)\b"
    r"|\b(?:page|article|content) (?:you requested )?(?:cannot|can[’']t|could not|couldn[’']t) be found\b"
    r"|\bmay have been (?:moved|removed|deleted|renamed)\b|\b(?:check|verify) (?:the|your) (?:URL|address|link|spelling)\b"
    r"|\breturn to (?:the |our )?home ?page\b|\bServer at \S+ Port \d+\b|\b(?:nginx|Apache|Microsoft-IIS)/\d",
    re.I)
_WORD = re.compile(r"\w+")
# Quoted words are someone's report of what they saw, not the page's own notice.
_QUOTED = re.compile(r'"[^"\n]{0,600}"|“[^”\n]{0,600}”')
# An error page says little: longer text is a page with a story on it (a report quoting an error).
ERROR_MAX_WORDS = 250
ERROR_MIN_SIGNS = 2

# A recipe's section headings, each a paragraph of its own ("Ingredients", "For the sauce:", "Method").
_INGREDIENTS_HEADING = re.compile(r"^\s*(?:#+\s*)?(?:ingredients?|you will need|what you(?:[’']ll| will) need)\s*:?\s*$", re.I)
_METHOD_HEADING = re.compile(
    r"^\s*(?:#+\s*)?(?:method|directions|instructions|preparation|steps|how to make it|to make)\s*:?\s*$", re.I)
# A measure of a cook's quantity: "225g", "2 tbsp", "1 litre", "3 garlic cloves", "a pinch of".
_MEASURE = re.compile(
    r"\b\d+(?:[./]\d+)?\s?(?:g|kg|mg|ml|l|litres?|liters?|tbsp|tsp|tablespoons?|teaspoons?|cups?|oz|lb|lbs|"
    r"pints?|quarts?|sticks?|cans?|tins?|(?:garlic\s+)?cloves?)\b|\b(?:a|one)\s+(?:pinch|dash|handful)\s+of\b", re.I)
RECIPE_MIN_MEASURES = 3


def error_page_reason(headline: str | None, paragraphs: list[str]) -> str | None:
    """Why a page is a web server's or a site's error page ("404 Not Found"), or None: at most
    :data:`ERROR_MAX_WORDS` words with a headline naming the error and one line telling the reader
    the address is wrong, or with two such lines."""
    text = "\n".join(paragraphs)
    if len(_WORD.findall(text)) > ERROR_MAX_WORDS:
        return None
    signs = len(_ERROR_SIGNS.findall(_QUOTED.sub(" ", text)))
    titled = bool(headline and _ERROR_HEADLINE.search(headline))
    if (titled and signs) or signs >= ERROR_MIN_SIGNS:
        return "an error page (" + ("its headline names the error, " if titled else "") + \
            f"{signs} phrase{'s' if signs > 1 else ''} saying the page is not there)"
    return None


def recipe_reason(paragraphs: list[str]) -> str | None:
    """Why a text is a recipe, or None: an ingredients heading and a method heading, each a
    paragraph of its own, and at least :data:`RECIPE_MIN_MEASURES` measured quantities."""
    if not any(_INGREDIENTS_HEADING.match(p) for p in paragraphs):
        return None
    if not any(_METHOD_HEADING.match(p) for p in paragraphs):
        return None
    measures = sum(len(_MEASURE.findall(p)) for p in paragraphs)
    if measures >= RECIPE_MIN_MEASURES:
        return f"a recipe (ingredients with {measures} measures, and a method)"
    return None
